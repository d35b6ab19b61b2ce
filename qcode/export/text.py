"""Documents as plain text files: their stored text, exactly, in UTF-8.

``qcode export PROJECT OUT.txt --documents DOC`` writes one document;
``qcode export PROJECT FOLDER`` writes every document (or those chosen) as
``<name>.txt`` in an existing folder.  The text is the stored text, so the
positions of codings and of ``qcode text`` are positions in these files;
line ends are ``\\n`` as stored, with no byte-order mark.

A document name becomes a file name every system accepts: characters that
Windows, macOS or Linux refuse (``/ \\ : * ? " < > |`` and control
characters) become ``_``, and names that differ only in case or that Windows
reserves (``CON``, ``NUL``...) are told apart with " (2)", " (3)"...

With a :class:`~qcode.core.pseudonymise.Pseudonymiser` the texts and the file
names have the identifiers replaced, and each file is checked for leaks
before it is moved into place.  Each file is written beside its target first,
so a failure never leaves half a file.

**Consent**: a document of a participant who did not consent to being quoted
is not written; their turns in a shared document have each character
replaced by ``█`` (line breaks kept, so positions stay), see
:mod:`qcode.export.consent`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from qcode.core.project import Project
from qcode.core.pseudonymise import Pseudonymiser
from qcode.errors import QcodeError
from qcode.export.atomic import write_bytes_atomically
from qcode.export.consent import Consent
from qcode.export.leak_check import leak_check
from qcode.messages import Message
from qcode.model import Document

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{port}{n}" for port in ("com", "lpt") for n in range(1, 10)]
)
_MAX_NAME_BYTES = 200  # file systems allow 255 bytes; room for " (2)" and ".txt"


def export_texts(
    project: Project,
    out: str | Path,
    documents: Sequence[Document] | None = None,
    pseudonymiser: Pseudonymiser | None = None,
    consent: Consent | None = None,
) -> list[Path]:
    """Write documents' texts: to ``out`` (a ``.txt`` file, exactly one
    document) or into the existing folder ``out`` (``documents``, default all).
    Returns the files written.  ``consent`` None: the consent register as it
    is (see the module)."""
    out = Path(out)
    consent = consent if consent is not None else Consent.of(project)
    if out.is_dir():
        chosen = list(project.documents() if documents is None else documents)
        if not chosen:
            raise QcodeError(
                Message("{file}: the project has no documents to export", file=out.name)
            )
        chosen = [document for document in chosen if not consent.whole(document.id)]
        if not chosen:
            raise QcodeError(
                Message(
                    "{file}: {consent}; no document may be written "
                    "(--ignore-consent for the project's own backups)",
                    file=out.name,
                    consent=consent.line(),
                )
            )
        replace = pseudonymiser.replace if pseudonymiser is not None else None
        names = file_names([replace(d.name) if replace else d.name for d in chosen])
        targets = [out / name for name in names]
    else:
        if out.suffix.lower() != ".txt":
            raise QcodeError(
                Message(
                    "{file}: a document's text is written to NAME.txt or a folder", file=out.name
                )
            )
        if not out.parent.is_dir():
            raise QcodeError(
                Message(
                    "{file}: folder {folder} does not exist", file=out.name, folder=str(out.parent)
                )
            )
        if documents is None or len(documents) != 1:
            raise QcodeError(
                Message(
                    "{file}: name one document with --documents DOC "
                    "(or give an existing folder to write each document there)",
                    file=out.name,
                )
            )
        chosen, targets = list(documents), [out]
        if consent.whole(chosen[0].id):
            raise QcodeError(
                Message(
                    "{file}: {consent}; nothing was written "
                    "(--ignore-consent for the project's own backups)",
                    file=out.name,
                    consent=consent.line(),
                )
            )
    for document, target in zip(chosen, targets, strict=True):
        text = consent.redact(document.id, project.text(document))
        if pseudonymiser is not None:
            text = pseudonymiser.replace(text)
        write_bytes_atomically(
            target, text.encode("utf-8"), check=leak_check(pseudonymiser, target.name)
        )
    return targets


def file_names(names: Sequence[str]) -> list[str]:
    """A safe, distinct ``<name>.txt`` for each name (see the module)."""
    taken: set[str] = set()
    result = []
    for name in names:
        base = _safe(name)
        candidate, number = base, 2
        while candidate.casefold() in taken or candidate.casefold() in _RESERVED:
            candidate = f"{base} ({number})"
            number += 1
        taken.add(candidate.casefold())
        result.append(candidate + ".txt")
    return result


def _safe(name: str) -> str:
    name = _UNSAFE.sub("_", name).strip().rstrip(".")
    if name.startswith("."):
        name = "_" + name[1:]
    encoded = name.encode("utf-8")
    if len(encoded) > _MAX_NAME_BYTES:
        name = encoded[:_MAX_NAME_BYTES].decode("utf-8", "ignore").rstrip(". ")
    return name or "document"
