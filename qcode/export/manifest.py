"""``OUT.manifest.json``: what an export was made from, for whoever must
vouch for it later (a court, a UN mechanism, a reviewer).

Beside an export (``annex.xlsx`` → ``annex.manifest.json``; a folder of
texts → ``FOLDER.manifest.json`` beside it) it records:

* the export itself: each file written, its size and SHA-256;
* the sources: every document the export draws on, by name and UUID, with
  its original file (name, size, SHA-256, whether its bytes are kept) when
  it was imported from one, and its current text (SHA-256, length, version)
  — so that anyone holding the evidentiary copies can check them;
* the project's edit log in brief: how many edits, the last one's time, the
  coders who made them;
* qcode's version, when it was written, the filters, and anything the
  caller adds (``extra``).

Pseudonymised, document names and file names in it are pseudonymised too,
and the manifest is checked for identifiers like the export.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcode.export.atomic import write_bytes_atomically
from qcode.export.leak_check import leak_check

if TYPE_CHECKING:
    from qcode.core.project import Project
    from qcode.core.pseudonymise import Pseudonymiser
    from qcode.model import Document


def manifest_path(out: Path) -> Path:
    """``annex.xlsx`` → ``annex.manifest.json``; a folder ``texts`` →
    ``texts.manifest.json``, beside it."""
    if out.is_dir():
        return out.with_name(f"{out.name}.manifest.json")
    return out.with_name(f"{out.stem}.manifest.json")


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read a megabyte at a time."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for piece in iter(lambda: stream.read(1 << 20), b""):
            digest.update(piece)
    return digest.hexdigest()


def write_manifest(
    project: Project,
    out_path: Path,
    *,
    filters_description: str = "",
    extra: Mapping[str, Any] | None = None,
    documents: Sequence[Document] | None = None,
    files: Sequence[Path] | None = None,
    pseudonymiser: Pseudonymiser | None = None,
) -> Path:
    """Write the manifest of the export at ``out_path`` (a file, or a folder
    of files) and return its path.

    ``documents`` are the sources the export draws on (default: every
    document); ``files`` the files it wrote (default: ``out_path`` itself, or
    the files in the folder); ``filters_description`` says in words what the
    export was limited to; ``extra`` adds keys (a report's sections, what the
    consent register left out).  The manifest is written atomically, after
    the export, and checked for identifiers when ``pseudonymiser`` is given."""
    from qcode import __version__

    say = pseudonymiser.replace if pseudonymiser is not None else (lambda text: text)
    if files is None:
        files = (
            sorted(p for p in out_path.iterdir() if p.is_file())
            if out_path.is_dir()
            else [out_path]
        )
    sources = project.documents() if documents is None else list(documents)
    originals = project.originals()
    versions = project.current_versions()
    edits, last_edit, coders = project.edit_summary()
    values: dict[str, Any] = {
        "export": [
            {"file": say(path.name), "size": path.stat().st_size, "sha256": file_sha256(path)}
            for path in files
        ],
        "written_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "qcode_version": __version__,
        "project": {"name": say(project.name), "id": project.info().get("uuid", "")},
        "filters": filters_description or "none: the whole project",
        "pseudonymised": pseudonymiser is not None,
        "sources": [_source(say, document, originals, versions) for document in sources],
        "edits": {"count": edits, "last_edit_at": last_edit, "coders": [say(c) for c in coders]},
    }
    if extra:
        values.update(extra)
    path = manifest_path(out_path)
    data = json.dumps(values, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    write_bytes_atomically(path, data, check=leak_check(pseudonymiser, path.name))
    return path


def _source(
    say: Any, document: Document, originals: Mapping[int, Any], versions: Mapping[int, Any]
) -> dict[str, Any]:
    original = originals.get(document.id)
    version = versions.get(document.id)
    return {
        "name": say(document.name),
        "id": document.uuid,
        "original": None
        if original is None
        else {
            "file_name": say(original.file_name),
            "size": original.size,
            "sha256": original.sha256,
            "kept": original.kept,
        },
        "text": {
            "sha256": document.sha256,
            "length": document.length,
            "version": None if version is None else version.version,
        },
    }
