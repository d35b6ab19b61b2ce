"""Files an edit wrote beside the project, and what undo and redo do with them.

qcode keeps recordings by reference and never copies one in; the one edit
that writes files of its own is a REFI-QDA import whose recordings are
inside the ``.qdpx`` (written out to ``<project>.media/``, see
:mod:`qcode.core.qdpx_media`).  Undoing that import removes the documents
those files belonged to: left on disk, they would be recordings of people's
voices that nothing in the project points to any more, which a researcher
who undid the import of the wrong file would not know to delete.

So each file an edit wrote is recorded in its change set, beside the rows
(a step ``{"op": "file", ...}``: its path as a link keeps it, its size and
SHA-256, the archive and entry its bytes came from), and:

* **undo** removes it once the edit's rows are gone (after the undo is
  committed, so a failed undo never loses a file), but only when it still
  holds the bytes written (size and SHA-256) and no recording still linked
  is that file: a file changed since, or linked again, is the researcher's
  and stays.  A media folder the edit made goes too when it is left empty;
* **redo** writes it again from the archive before the rows come back, and
  checks its bytes; if the archive is gone, no longer holds those bytes, or
  another file now has that name, redo is refused in one line and changes
  nothing (the files it had written by then are removed again).

The same records say which files in the media folder are qcode's own copies
(:func:`written_copies`): a withdrawal deletes those unasked, and only those
(:mod:`qcode.core.withdrawal`).  A file is never taken for qcode's because of
the folder it is in: a researcher may put a recording there by hand.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qcode.errors import ConflictError, QcodeError, message_of
from qcode.io.media import same_file_facts
from qcode.io.qdpx_zip import QdpxArchive
from qcode.messages import Message
from qcode.store import history
from qcode.store import media as stored
from qcode.store.database import Connection

FILE_OP = "file"

Record = dict[str, Any]


def file_record(
    path: str,
    size: int,
    sha256: str,
    archive: QdpxArchive,
    entry: str,
    made_folder: str | None,
) -> Record:
    """The record of a file written out of ``archive``'s ``sources/ENTRY`` to
    ``path`` (kept as :func:`qcode.core.media.stored_path` keeps a link's);
    ``made_folder``: the folder the edit made for it, kept the same way."""
    return {
        "op": FILE_OP,
        "path": path,
        "size": size,
        "sha256": sha256,
        "archive": os.path.abspath(archive.path),
        "entry": entry,
        "max_bytes": archive.max_bytes,
        "made_folder": made_folder,
    }


def media_folder_of(project_file: Path) -> Path:
    """``study.qcode`` → ``study.media`` beside it: where recordings that came
    inside a ``.qdpx`` are written out."""
    return project_file.with_name(f"{project_file.stem}.media")


def split_steps(steps: Sequence[Record]) -> tuple[list[Record], list[Record]]:
    """A change set's row steps and its file records, apart."""
    rows = [step for step in steps if step.get("op") != FILE_OP]
    files = [step for step in steps if step.get("op") == FILE_OP]
    return rows, files


def _where(record_path: str, folder: Path | None) -> Path:
    path = Path(record_path)
    if path.is_absolute() or folder is None:
        return path
    return folder / path


def written_copies(conn: Connection) -> dict[Path, tuple[int, str]]:
    """The files qcode wrote into this project's media folder (by an edit
    still in the history: a change set erased, by a withdrawal say, no longer
    says), each (as an absolute path) with the size and SHA-256 written."""
    project_file = stored.project_file(conn)
    if project_file is None:
        return {}
    folder = project_file.parent
    own = os.path.abspath(media_folder_of(project_file))
    written: dict[Path, tuple[int, str]] = {}
    for record in history.done_steps(conn, FILE_OP):
        try:
            path = os.path.abspath(_where(str(record["path"]), folder))
            facts = int(record["size"]), str(record["sha256"])
        except (KeyError, TypeError, ValueError):
            continue  # not a record qcode wrote: it proves nothing
        # Only this project's own folder: a copy of the project (a backup
        # beside it) must never take the original's recordings for its own.
        if os.path.dirname(path) == own:
            written[Path(path)] = facts
    return written


def is_own_copy(path: Path, size: int, sha256: str, written: dict[Path, tuple[int, str]]) -> bool:
    """Whether the file at ``path``, linked with this size and SHA-256, is
    qcode's own copy: one of the ``written`` (:func:`written_copies`) with
    these very bytes, and still holding them.  Its SHA-256 is computed only
    when all else agrees (the record names it, with its size)."""
    facts = written.get(Path(os.path.abspath(path)))
    if facts != (size, sha256):
        return False
    return same_file_facts(path, size, sha256)


def remove_files(conn: Connection, files: Sequence[Record]) -> None:
    """After an undo: remove the files written by the edit undone (see the
    module); anything that cannot be removed stays, as it was."""
    project_file = stored.project_file(conn)
    if not files or project_file is None:
        return
    folder = project_file.parent
    # Only in this project's own media folder: a copy of the project (a
    # backup beside it) must never remove the recordings of the original.
    own = os.path.abspath(media_folder_of(project_file))
    linked = {os.path.abspath(_where(link.path, folder)) for link in stored.all_media(conn)}
    for record in reversed(files):
        path = _where(record["path"], folder)
        if os.path.dirname(os.path.abspath(path)) != own or os.path.abspath(path) in linked:
            continue
        if same_file_facts(path, int(record["size"]), str(record["sha256"])):
            with contextlib.suppress(OSError):
                path.unlink()
        made = record.get("made_folder")
        if made and os.path.abspath(_where(made, folder)) == own:
            with contextlib.suppress(OSError):
                _where(made, folder).rmdir()  # only when empty


def restore_files(conn: Connection, files: Sequence[Record]) -> list[Path]:
    """Before a redo: write again each file of the edit that is not there
    with its bytes; returns the files written (for :func:`discard` if the
    redo fails after).  Raises :class:`ConflictError`, having written
    nothing, when one cannot be (see the module)."""
    folder = stored.project_folder(conn)
    written: list[Path] = []
    try:
        for record in files:
            path = _where(record["path"], folder)
            size, sha256 = int(record["size"]), str(record["sha256"])
            if same_file_facts(path, size, sha256):
                continue  # kept by the undo (linked again) or put back by hand
            if os.path.lexists(path):
                raise ConflictError(
                    Message(
                        "{path} is now another file; move it away to write the recording "
                        "there again",
                        path=str(path),
                    )
                )
            _write_out(record, path, written)
    except BaseException:
        discard(written)
        raise
    return written


def _write_out(record: Record, path: Path, written: list[Path]) -> None:
    archive_path = Path(record["archive"])
    gone = ConflictError(
        Message(
            "the recording {file} was written out of {archive}, which is no longer there",
            file=path.name,
            archive=str(archive_path),
        )
    )
    if not archive_path.is_file():
        raise gone
    changed = ConflictError(
        Message(
            "{archive} no longer holds the recording {file} that the import wrote out",
            archive=str(archive_path),
            file=path.name,
        )
    )
    try:
        with QdpxArchive(archive_path, max_bytes=int(record["max_bytes"])) as archive:
            entry = archive.internal_entry(str(record["entry"]))
            if entry is None:
                raise changed
            if not path.parent.is_dir():
                path.parent.mkdir()
                written.append(path.parent)
            with open(path, "xb") as handle:  # never over a file that is there
                written.append(path)
                archive.extract(entry, handle)
    except ConflictError:
        raise
    except QcodeError as error:
        raise ConflictError(
            Message("{file}: {problem}", file=str(archive_path), problem=message_of(error))
        ) from None
    except OSError as error:
        raise ConflictError(
            Message(
                "could not write {path} ({problem})",
                path=str(path),
                problem=error.strerror or str(error),
            )
        ) from None
    if not same_file_facts(path, int(record["size"]), str(record["sha256"])):
        raise changed


def discard(written: Sequence[Path]) -> None:
    """Remove what a failed redo wrote (files, then the folder it made)."""
    for path in reversed(written):
        with contextlib.suppress(OSError):
            if path.is_dir():
                path.rmdir()
            else:
                path.unlink()
