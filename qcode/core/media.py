"""Recordings linked to documents: linking one (an undoable edit), finding
it again once moved, and checking it is still the file that was linked.

A recording is kept by reference (see :mod:`qcode.store.schema_media`): its
path, relative to the project's folder when the file is in that folder or
below it, else absolute, so a project moved together with its recordings
still finds them.  When the file is not where it was, :func:`find_media`
looks for a file of the same name beside the project, in the project's
``media`` folder and in the folder it was linked from, and takes the first
whose size and SHA-256 match: a file of that name with other bytes is
another recording, never taken for it.

Linking reads the file once, a piece at a time, to hash it
(:func:`qcode.io.media.read_media_facts`); nothing of it enters the
project, which is why an encrypted project warns that its recordings are
not encrypted (:data:`NOT_ENCRYPTED`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from qcode.core.commands import Command, Transaction
from qcode.core.names import has_lone_surrogate
from qcode.errors import QcodeError
from qcode.io.base import file_name_text
from qcode.io.media import MediaFacts, read_media_facts, same_file_facts
from qcode.messages import Message
from qcode.model import Document
from qcode.store import documents, speakers
from qcode.store import media as stored
from qcode.store.database import Connection
from qcode.store.media import LinkedMedia, NewMedia

__all__ = [
    "NOT_ENCRYPTED",
    "NOT_ENCRYPTED_PROBLEM",
    "HeldRecording",
    "LinkMedia",
    "LinkedMedia",
    "MediaCheck",
    "UnlinkMedia",
    "check_media",
    "find_media",
    "link_recording",
]

# Messages, so the app can show them translated (a report that drops the
# "warning: " takes NOT_ENCRYPTED_PROBLEM rather than cutting the text).
NOT_ENCRYPTED_PROBLEM = Message(
    "the project is encrypted but its recordings are not: qcode links them where "
    "they are; keep them on an encrypted disk"
)
NOT_ENCRYPTED = Message("warning: {problem}", problem=NOT_ENCRYPTED_PROBLEM)
MEDIA_FOLDER = "media"  # a folder beside the project that find_media also looks in


def stored_path(path: Path, folder: Path | None) -> str:
    """How a recording's path is kept: relative to the project's folder when
    the file is inside it, else absolute (both with forward slashes)."""
    absolute = Path(os.path.abspath(path))
    if folder is not None:
        try:
            return absolute.relative_to(Path(os.path.abspath(folder))).as_posix()
        except ValueError:
            pass
    return absolute.as_posix()


def resolved_path(link: LinkedMedia, folder: Path | None) -> Path:
    """Where a link's stored path points (relative paths from ``folder``)."""
    path = Path(link.path)
    if path.is_absolute() or folder is None:
        return path
    return folder / path


def link_recording(tx: Transaction, document_id: int, facts: MediaFacts) -> int:
    """Record ``facts`` as the recording of a document that has none (an
    existing link is the caller's to remove first); returns the link's id."""
    if has_lone_surrogate(str(facts.path)):
        # Bytes that are not UTF-8 in the file's path: kept as text, the link
        # could never find the file again.
        raise QcodeError(
            Message(
                "{file}: the file's path is not valid UTF-8 text, so it cannot be linked; "
                "rename it (or its folder) and link it again",
                file=file_name_text(facts.path.name),
            )
        )
    folder = stored.project_folder(tx.conn)
    return stored.insert(
        tx.changes,
        NewMedia(
            document_id=document_id,
            path=stored_path(facts.path, folder),
            file_name=facts.path.name,
            size=facts.size,
            sha256=facts.sha256,
            kind=facts.kind,
            duration=facts.duration,
            linked_at=tx.now,
            linked_by=tx.coder.id,
        ),
    )


@dataclass
class LinkMedia(Command[LinkedMedia]):
    """Link a recording to a document (replacing the one linked before).
    The file is read (hashed) before the edit begins, so a large video
    never keeps the project's write lock while it is read."""

    kind: ClassVar[str] = "link_media"
    document: Document
    facts: MediaFacts

    @property
    def label(self) -> Message:
        return Message(
            "link the recording {file} to '{document}'",
            file=self.facts.path.name,
            document=self.document.name,
        )

    def do(self, tx: Transaction) -> LinkedMedia:
        if not documents.documents(tx.conn, [self.document.id]):
            raise QcodeError(
                Message("document '{document}' no longer exists", document=self.document.name)
            )
        old = stored.of_document(tx.conn, self.document.id)
        if old is not None:
            if old.sha256 == self.facts.sha256 and old.path == stored_path(
                self.facts.path, stored.project_folder(tx.conn)
            ):
                raise QcodeError(
                    Message(
                        "{file} is already the recording of '{document}'",
                        file=self.facts.path.name,
                        document=self.document.name,
                    )
                )
            stored.delete(tx.changes, [old.id])
        link_recording(tx, self.document.id, self.facts)
        found = stored.of_document(tx.conn, self.document.id)
        assert found is not None
        return found


@dataclass
class UnlinkMedia(Command[None]):
    """Forget a document's recording (the file itself is left alone)."""

    kind: ClassVar[str] = "unlink_media"
    document: Document

    @property
    def label(self) -> Message:
        return Message("unlink the recording of '{document}'", document=self.document.name)

    def do(self, tx: Transaction) -> None:
        old = stored.of_document(tx.conn, self.document.id)
        if old is None:
            raise QcodeError(
                Message("'{document}' has no recording linked", document=self.document.name)
            )
        stored.delete(tx.changes, [old.id])


def read_recording(path: Path) -> MediaFacts:
    """What identifies the file at ``path`` (refused in one line naming it)."""
    return read_media_facts(Path(path))


@dataclass(frozen=True)
class MediaCheck:
    """Where a document's recording is now: ``state`` is ``"here"`` (at its
    stored path), ``"moved"`` (found elsewhere, same size and hash),
    ``"changed"`` (at its path, but its size or bytes differ from when it
    was linked) or ``"missing"``; ``path`` is where it was found (or looked
    for)."""

    link: LinkedMedia
    state: str
    path: Path

    @property
    def playable(self) -> bool:
        return self.state in ("here", "moved")

    def problem(self) -> Message | None:
        """One line saying what is wrong, or ``None``."""
        if self.state == "missing":
            return Message(
                "its recording {file_name} is missing (looked for {path})",
                file_name=self.link.file_name,
                path=str(self.path),
            )
        if self.state == "changed":
            return Message(
                "its recording {file_name} is not the file that was linked (bytes changed)",
                file_name=self.path.name,
            )
        return None


def find_media(link: LinkedMedia, folder: Path | None, hash_check: bool = False) -> MediaCheck:
    """Find a linked recording: at its stored path (its size checked, and its
    hash with ``hash_check``), else a file of the same name and the same
    size and hash beside the project, in its ``media`` folder, or in the
    folder it was linked from."""
    where = resolved_path(link, folder)
    try:
        size = os.stat(where).st_size if where.is_file() else None
    except OSError:
        size = None
    if size is not None:
        if size != link.size or (hash_check and not same_file_facts(where, link.size, link.sha256)):
            return MediaCheck(link, "changed", where)
        return MediaCheck(link, "here", where)
    for candidate in _candidates(link, folder, where):
        if same_file_facts(candidate, link.size, link.sha256):
            return MediaCheck(link, "moved", candidate)
    return MediaCheck(link, "missing", where)


def _candidates(link: LinkedMedia, folder: Path | None, where: Path) -> list[Path]:
    name = Path(link.file_name).name
    places = [where.parent]
    if folder is not None:
        places[:0] = [folder, folder / MEDIA_FOLDER]
    seen: list[Path] = []
    for place in places:
        candidate = place / name
        if candidate != where and candidate not in seen and candidate.is_file():
            seen.append(candidate)
    return seen


def check_media(conn_folder: Path | None, links: list[LinkedMedia]) -> list[MediaCheck]:
    """Every link found (or not), its bytes hashed: what ``qcode verify``
    reports."""
    return [find_media(link, conn_folder, hash_check=True) for link in links]


@dataclass(frozen=True)
class HeldRecording:
    """A linked recording that holds a participant's voice: ``path`` where
    the file is (or was looked for), ``shared`` when the document has other
    speakers too (a group interview: the file holds their voices as well)."""

    link: LinkedMedia
    path: Path
    shared: bool


def held_recordings(
    conn: Connection, document_ids: Sequence[int], speaker: str | None
) -> list[HeldRecording]:
    """The recordings of a participant's ``document_ids`` and of every
    document where ``speaker`` (their label) has a turn."""
    own = set(document_ids)
    shared = {turn.document_id for turn in speakers.turns_of(conn, speaker)} if speaker else set()
    folder = stored.project_folder(conn)
    held = []
    for link in stored.all_media(conn):
        if link.document_id in own or link.document_id in shared:
            where = find_media(link, folder).path
            held.append(HeldRecording(link, where, link.document_id not in own))
    return held


def delete_recording_files(
    conn: Connection, held: Sequence[HeldRecording]
) -> tuple[list[Path], list[str]]:
    """Delete the files of ``held`` recordings that are a participant's own
    (never a shared one: other people's voices), only when the file is
    still the one that was linked (its size and SHA-256) and no recording
    still linked is the same file.  Returns (deleted, why others were not)."""
    linked = {link.sha256 for link in stored.all_media(conn)}
    deleted: list[Path] = []
    kept: list[str] = []
    for recording in held:
        path, link = recording.path, recording.link
        if recording.shared:
            kept.append(Message("{path}: it holds other people's voices too", path=str(path)))
        elif not path.is_file():
            kept.append(Message("{path}: not found", path=str(path)))
        elif link.sha256 in linked:
            kept.append(Message("{path}: another document still links it", path=str(path)))
        elif not same_file_facts(path, link.size, link.sha256):
            kept.append(
                Message("{path}: its bytes are not those of the recording linked", path=str(path))
            )
        else:
            try:
                path.unlink()
            except OSError as error:
                kept.append(
                    Message(
                        "{path}: {problem}", path=str(path), problem=error.strerror or str(error)
                    )
                )
                continue
            deleted.append(path)
    return deleted, kept
