"""Coders' copies: one project file per coder, to code independently.

Each copy holds the project's documents, texts, attributes, speaker turns,
codebook, memos (on the project, documents, codes and cases), speakers'
roles, cases (with their attributes and their document and speaker
members), framework summaries, link types, grades and saved queries with the
same UUIDs, and no codings (nor what refers to them: links, grades, quotes,
coding members of cases), so that the copies, once coded, merge back into
the project cleanly (:mod:`qcode.core.merge.project`) and can be compared for
agreement.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Sequence
from pathlib import Path

from qcode.core.names import check_name
from qcode.core.project import Project
from qcode.errors import QcodeError, message_of
from qcode.messages import Message
from qcode.store.coder_copy import strip_for_coder
from qcode.store.database import SUFFIX
from qcode.store.errors import sqlite_errors

_UNSAFE = re.compile(r"[^\w\- ]+")


def safe_file_part(name: str) -> str:
    """A coder's name as part of a file name on any system: letters (of any
    script), digits, spaces, "-" and "_" only, and at most 100 bytes (a file
    name may have 255, and the project's name comes first)."""
    part = " ".join(_UNSAFE.sub("_", name).split()).strip("_") or "coder"
    return part.encode("utf-8")[:100].decode("utf-8", "ignore").strip()


def copy_paths(project: Project, coders: Sequence[str], folder: Path | None = None) -> list[Path]:
    """Where the copies for ``coders`` go; refuses bad names and existing files."""
    folder = project.path.parent if folder is None else folder
    if not coders:
        raise QcodeError(Message("name at least one coder to prepare a copy for"))
    names = [check_name(name, "coder") for name in coders]
    seen: dict[str, str] = {}
    paths: list[Path] = []
    for name in names:
        path = folder / f"{project.path.stem}-{safe_file_part(name)}{SUFFIX}"
        key = path.name.casefold()
        if key in seen:
            if seen[key] == name:
                raise QcodeError(
                    Message("coder '{name}' is named twice; nothing was written", name=name)
                )
            raise QcodeError(
                Message(
                    "coder '{name}' and '{other}' share a file name; nothing was written",
                    name=name,
                    other=seen[key],
                )
            )
        seen[key] = name
        paths.append(path)
    if not folder.is_dir():
        raise QcodeError(Message("folder not found: {folder}", folder=folder))
    for path in paths:
        if path.exists():
            raise QcodeError(
                Message(
                    "{file} already exists in {folder}; nothing was written",
                    file=path.name,
                    folder=folder,
                )
            )
    return paths


def prepare_coder_copies(
    project: Project, coders: Sequence[str], folder: str | Path | None = None
) -> list[Path]:
    """Write ``STEM-<coder>.qcode`` per coder into ``folder`` (default: beside
    the project); returns the paths.  All are written under temporary names
    first and renamed at the end, so a failure leaves no file behind."""
    paths = copy_paths(project, coders, None if folder is None else Path(folder))
    name = project.name
    parts: list[Path] = []
    renamed: list[Path] = []
    # An encrypted project's copies are encrypted with the same passphrase.
    key = {} if project.passphrase is None else {"passphrase": project.passphrase}
    try:
        for coder, path in zip(coders, paths, strict=True):
            part = path.with_name(f".{path.name}.part")
            parts.append(part)
            project.backup_to(part)
            strip_for_coder(part, coder.strip(), f"{name} — {coder.strip()}", **key)
        for path in paths:
            if path.exists():  # appeared meanwhile: never overwrite a project
                raise QcodeError(
                    Message("{file} already exists; nothing was written", file=path.name)
                )
        for part, path in zip(parts, paths, strict=True):
            os.replace(part, path)
            renamed.append(path)
    except sqlite_errors("Error", OSError) as error:
        _remove(parts + renamed)
        raise QcodeError(
            Message(
                "could not write the coders' copies ({error}); nothing was written",
                error=message_of(error),
            )
        ) from None
    except BaseException:
        _remove(parts + renamed)
        raise
    return paths


def _remove(files: list[Path]) -> None:
    for file in files:
        for suffix in ("", "-journal", "-wal", "-shm", ".tmp"):
            with contextlib.suppress(OSError):
                file.with_name(file.name + suffix).unlink()
