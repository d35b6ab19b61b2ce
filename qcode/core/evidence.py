"""Sources as evidence: checking that nothing changed (:func:`verify`),
rebuilding a past version of a text (:func:`text_at`), and writing an
original file back out byte for byte (:func:`write_original`).

What :func:`verify` recomputes, document by document:

* the kept bytes of the original file, against the size and SHA-256
  recorded when it was imported;
* the stored text, against the SHA-256 and length on the document's row and
  against the SHA-256 recorded for its current text version;
* each past version that can still be rebuilt, against its own SHA-256;
* each linked recording, found where it was linked (or moved beside the
  project) and hashed against the size and SHA-256 recorded when linked.

Nothing here changes the project; the project methods that call these log
writing an original out and running a check (custody of evidence asks who
handled it and when).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import itertools
import os
import re
import secrets
import zlib
from dataclasses import dataclass
from pathlib import Path

from qcode.core.document_edits import text_sha256
from qcode.core.media import check_media
from qcode.errors import QcodeError
from qcode.io.limits import max_import_bytes
from qcode.messages import Message
from qcode.model import Document, OriginalFile, TextVersion
from qcode.store import documents, originals
from qcode.store import media as stored_media
from qcode.store import text_versions as versions
from qcode.store.database import Connection, read_snapshot
from qcode.store.originals import OriginalTooLargeError, StoredBytes


@dataclass(frozen=True)
class Problem:
    """One thing :func:`verify` found that does not match: ``what`` is
    ``"original"``, ``"text"``, ``"version"`` or ``"media"``."""

    document: str  # its name
    uuid: str
    what: str
    detail: str

    def as_json(self) -> dict[str, str]:
        return {
            "document": self.document,
            "id": self.uuid,
            "what": self.what,
            "problem": self.detail,
        }

    def __str__(self) -> str:
        # A Message: the app shows it translated (``detail`` is one too).
        return Message("'{document}': {problem}", document=self.document, problem=self.detail)


@dataclass(frozen=True)
class Verification:
    """What a check looked at, and what it found."""

    documents: int
    originals: int  # original files whose bytes were checked
    versions: int  # past versions rebuilt and checked
    problems: list[Problem]
    media: int = 0  # linked recordings found and hashed


def verify(conn: Connection) -> Verification:
    """Recompute every hash (see the module) in one consistent read."""
    problems: list[Problem] = []
    with read_snapshot(conn):
        rows = {row.id: row for row in documents.rows(conn)}
        latest = versions.latest(conn)
        limit = max_import_bytes()
        checked = 0
        for stored in originals.stored_bytes(conn):
            row = rows[stored.document_id]
            checked += 1
            detail = _original_problem(stored.data, stored.size, stored.sha256, limit)
            if detail is not None:
                problems.append(Problem(row.name, row.uuid, "original", detail))
        for document_id, text in zip(rows, documents.texts(conn, rows), strict=True):
            row = rows[document_id]
            digest = text_sha256(text)
            current = latest.get(document_id)
            if digest != row.sha256 or len(text) != row.length:
                problems.append(
                    Problem(
                        row.name,
                        row.uuid,
                        "text",
                        Message("the stored text does not match its hash"),
                    )
                )
            elif current is None:
                problems.append(
                    Problem(
                        row.name, row.uuid, "version", Message("no version of its text is recorded")
                    )
                )
            elif current.sha256 != digest:
                problems.append(
                    Problem(
                        row.name,
                        row.uuid,
                        "version",
                        Message(
                            "the stored text is not version {version} as recorded",
                            version=current.version,
                        ),
                    )
                )
        rebuilt = 0
        for document_id in versions.documents_with_edits(conn):
            row = rows[document_id]
            if any(p.uuid == row.uuid for p in problems):
                continue  # a text that does not match cannot be taken back
            count, detail = _check_past(conn, document_id)
            rebuilt += count
            if detail is not None:
                problems.append(Problem(row.name, row.uuid, "version", detail))
        links = stored_media.all_media(conn)
        folder = stored_media.project_folder(conn)
    # Recordings are outside the project: hashed after the snapshot ends.
    for found in check_media(folder, links):
        detail = found.problem()
        if detail is not None:
            row = rows[found.link.document_id]
            problems.append(Problem(row.name, row.uuid, "media", detail))
    return Verification(len(rows), checked, rebuilt, problems, len(links))


def _original_problem(packed: bytes, size: int, sha256: str, limit: int) -> Message | None:
    try:
        found_size, found_sha256 = _digest(packed, min(limit, max(size, 0)))
    except (zlib.error, OriginalTooLargeError):
        return Message("the stored bytes of its original file are damaged")
    if found_size != size or found_sha256 != sha256:
        return Message("the stored bytes of its original file no longer match their hash")
    return None


def _digest(packed: bytes, limit: int) -> tuple[int, str]:
    """Size and SHA-256 of stored bytes, unpacked a piece at a time."""
    digest = hashlib.sha256()
    size = 0
    for piece in originals.unpack_pieces(packed, limit):
        digest.update(piece)
        size += len(piece)
    return size, digest.hexdigest()


def _check_past(conn: Connection, document_id: int) -> tuple[int, Message | None]:
    """Rebuild every past version that can be rebuilt; (how many, problem)."""
    text = documents.text(conn, document_id)
    steps = versions.steps_after(conn, document_id, 1)
    count = 0
    for newer, older in itertools.pairwise(steps):
        if newer.start is None or newer.removed is None or newer.inserted is None:
            break  # erased by a redaction or withdrawal: nothing before it to rebuild
        taken = _take_back(text, newer.start, newer.removed, newer.inserted)
        if taken is None or text_sha256(taken) != older.sha256:
            return count, Message(
                "version {version} cannot be rebuilt as recorded", version=older.version
            )
        text = taken
        count += 1
    return count, None


def _take_back(text: str, start: int, removed: str, inserted: str) -> str | None:
    if text[start : start + len(inserted)] != inserted:
        return None
    return text[:start] + removed + text[start + len(inserted) :]


# What a text version is called is stored in English (``qcode provenance``
# prints it, and projects made before the app was translated hold it); the
# app shows the labels qcode itself writes in its own language by matching
# them here (a label merged in from elsewhere is shown as it is).
_FIXED_LABELS = {
    str(label): label
    for label in (
        Message("as imported"),
        Message("a participant withdrew: their turns were removed"),
        Message("redaction: the pseudonym table's identifiers replaced"),
    )
}
_EDIT_LABEL = re.compile(r"([\d,]+) → ([\d,]+) characters at ([\d,]+)")
_MERGED_LABEL = re.compile(r"merged from (.+)", re.DOTALL)


def version_label(label: str) -> str:
    """A stored text-version label as a :class:`Message` when qcode wrote it
    (so the app can translate it), else ``label`` unchanged; the English
    text is the same either way."""
    fixed = _FIXED_LABELS.get(label)
    if fixed is not None:
        return fixed
    edit = _EDIT_LABEL.fullmatch(label)
    if edit is not None:
        removed, added, start = (int(group.replace(",", "")) for group in edit.groups())
        found = Message(
            "{removed:,} → {added:,} characters at {start:,}",
            removed=removed,
            added=added,
            start=start,
        )
        return found if found == label else label
    merged = _MERGED_LABEL.fullmatch(label)
    if merged is not None:
        return Message("merged from {project}", project=merged.group(1))
    return label


def text_versions(conn: Connection, document: Document) -> list[TextVersion]:
    """A document's text versions, oldest first (the labels qcode wrote as
    :class:`Message` values, see :func:`version_label`)."""
    return [
        dataclasses.replace(version, label=version_label(version.label))
        for version in versions.versions(conn, document.id)
    ]


def text_changes(conn: Connection, document: Document) -> dict[int, tuple[int, str, str]]:
    """What each kept edit changed: version → (start, text removed, text
    inserted), for the versions that were made by an edit still kept."""
    return {
        step.version: (step.start, step.removed, step.inserted)
        for step in versions.steps_after(conn, document.id, 1)
        if step.start is not None and step.removed is not None and step.inserted is not None
    }


def text_at(conn: Connection, document: Document, version: int) -> str:
    """The document's text as it was at ``version``, exactly (checked
    against the SHA-256 recorded for it)."""
    with read_snapshot(conn):
        text = documents.text(conn, document.id)
        steps = versions.steps_after(conn, document.id, version)
        if not steps or steps[-1].version != version:
            last = steps[0].version if steps else len(versions.versions(conn, document.id))
            raise QcodeError(
                Message(
                    "'{document}' has no version {version} (its versions are 1 to {last})",
                    document=document.name,
                    version=version,
                    last=last,
                )
            )
    for newer in steps[:-1]:
        if newer.start is None or newer.removed is None or newer.inserted is None:
            raise QcodeError(
                Message(
                    "version {version} of '{document}' can no longer be shown: version "
                    "{version2} (a redaction or withdrawal) erased the versions before it",
                    version=version,
                    document=document.name,
                    version2=newer.version,
                )
            )
        taken = _take_back(text, newer.start, newer.removed, newer.inserted)
        if taken is None:
            raise QcodeError(
                Message(
                    "the versions of '{document}' do not add up; run 'qcode verify'",
                    document=document.name,
                )
            )
        text = taken
    if text_sha256(text) != steps[-1].sha256:
        raise QcodeError(
            Message(
                "version {version} of '{document}' does not match its recorded hash; "
                "run 'qcode verify'",
                version=version,
                document=document.name,
            )
        )
    return text


def _kept(conn: Connection, document: Document) -> tuple[OriginalFile, StoredBytes]:
    """A document's original with its stored bytes; refused in one line
    when there is none or its bytes were not kept."""
    found = originals.original(conn, document.id)
    if found is None:
        raise QcodeError(
            Message(
                "'{document}' was not imported from a file: it has no original",
                document=document.name,
            )
        )
    stored = originals.packed(conn, document.id)
    if stored is None:
        raise QcodeError(
            Message(
                "the original of '{document}' ({file_name}) was not kept in the "
                "project, only its size and SHA-256",
                document=document.name,
                file_name=found.file_name,
            )
        )
    return found, stored


def _mismatch(document: Document) -> QcodeError:
    return QcodeError(
        Message(
            "the stored original of '{document}' does not match its hash; "
            "nothing was written (run 'qcode verify')",
            document=document.name,
        )
    )


def original_bytes(conn: Connection, document: Document) -> bytes:
    """The original file's bytes, checked against its hash; refused in one
    line when there is none, they were not kept, or they do not match."""
    found, stored = _kept(conn, document)
    limit = min(max_import_bytes(), max(stored.size, 0))
    try:
        data = originals.unpack(stored.data, limit)
    except (zlib.error, OriginalTooLargeError):
        raise _mismatch(document) from None
    if hashlib.sha256(data).hexdigest() != found.sha256:
        raise _mismatch(document)
    return data


def write_original(
    conn: Connection, document: Document, path: Path, project: Path | None = None
) -> Path:
    """Write the original file of ``document`` to ``path`` (into it, under its
    own name, when ``path`` is a folder), byte for byte, unpacked a piece at
    a time; the file appears whole, and only when its bytes match their
    hash, or not at all.  ``project`` (the project file) is never written
    over.  Returns where it went."""
    found, stored = _kept(conn, document)
    target = path / Path(found.file_name).name if path.is_dir() else path
    if not target.parent.is_dir():
        raise QcodeError(
            Message(
                "{file}: folder {parent} does not exist", file=target.name, parent=target.parent
            )
        )
    if project is not None and _same_file(target, project):
        raise QcodeError(
            Message("{file} is the project itself; choose another file", file=target.name)
        )
    part = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    digest = hashlib.sha256()
    try:
        with part.open("xb") as stream:
            limit = min(max_import_bytes(), max(stored.size, 0))
            for piece in originals.unpack_pieces(stored.data, limit):
                digest.update(piece)
                stream.write(piece)
            stream.flush()
            os.fsync(stream.fileno())
        if digest.hexdigest() != found.sha256:
            _remove(part)
            raise _mismatch(document)
        os.replace(part, target)
    except (zlib.error, OriginalTooLargeError):
        _remove(part)
        raise _mismatch(document) from None
    except OSError as error:
        _remove(part)
        raise QcodeError(
            Message(
                "cannot write {file}: {problem}",
                file=target.name,
                problem=error.strerror or str(error),
            )
        ) from None
    return target


def _remove(part: Path) -> None:
    with contextlib.suppress(OSError):
        part.unlink()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and os.path.samefile(a, b))
    except OSError:
        return False
