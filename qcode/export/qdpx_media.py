"""Recordings in a REFI-QDA export: a document with a linked recording is an
``<AudioSource>`` or ``<VideoSource>`` holding its text as a ``<Transcript>``.

The standard has no text source with a recording; a transcript belongs to
its media source.  So a transcribed interview goes out as:

* ``<AudioSource>``/``<VideoSource>`` (by the link's kind), GUID derived from
  the document's UUID (:func:`media_source_guid`), ``path`` where the
  recording is: ``internal://<GUID>.<ext>`` with the file inside the
  ``.qdpx`` (``sources/``) when the user asked for it (``--include-media``),
  else ``absolute:///...`` to where the file is now (the standard's
  "relative://" needs a ``basePath`` the user would have to choose, and an
  absolute path is what the other tools' importers ask the user to fix when
  it does not exist on their machine);
* its ``<Transcript>`` (GUID = the document's UUID, so an import gives the
  document back; the text in ``sources/<UUID>.txt`` as for a text source),
  with one ``<SyncPoint>`` at the start and one at the end of each timed cue
  (``position`` in code points, ``timeStamp`` in milliseconds);
* each coding as a ``<TranscriptSelection>`` (the only selection a transcript
  may hold) between two sync points at its start and end; a sync point made
  only for a coding has a position and no ``timeStamp``, which the schema
  allows: qcode does not invent a time the transcript does not know.

A pseudonymised export writes no recording at all (a voice identifies), and
a recording is never put inside the file for a document whose text has
passages left out for consent, or whose text was redacted: the recording
still holds what the text no longer says.
"""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Iterable
from pathlib import Path

from qcode.core.media import LinkedMedia, find_media, resolved_path
from qcode.core.project import Project
from qcode.export.qdpx_xml import XmlWriter
from qcode.messages import Message
from qcode.model import Document, SpeakerTurn

MEDIA_GUIDS = uuid.uuid5(uuid.NAMESPACE_URL, "qcode:refi-qda:media")
ELEMENTS = {"audio": "AudioSource", "video": "VideoSource"}
_COPY_PIECE = 1 << 20


def media_source_guid(document_uuid: str) -> str:
    """The GUID of the media source exported for this document's recording."""
    return str(uuid.uuid5(MEDIA_GUIDS, document_uuid))


def _point_guid(document_uuid: str, position: int, millis: int | None) -> str:
    return str(uuid.uuid5(MEDIA_GUIDS, f"{document_uuid}:{position}:{millis}"))


def absolute_url(path: Path) -> str:
    """``absolute:///home/x/a.wav`` (``absolute:///C:/x/a.wav`` on Windows)."""
    posix = path.absolute().as_posix()
    return "absolute://" + (posix if posix.startswith("/") else "/" + posix)


class Recordings:
    """The recordings of one export: which documents have one, and the files
    to put inside the archive (``include``)."""

    def __init__(self, project: Project, *, include: bool, enabled: bool = True) -> None:
        self.project = project
        self.include = include
        self.links: dict[int, LinkedMedia] = (
            {link.document_id: link for link in project.all_media()} if enabled else {}
        )
        self.folder = project.media_folder
        self.inside: list[tuple[str, Path]] = []  # (entry name, file to copy)
        self.missing: list[str] = []  # included but not found (referenced instead)
        self.held_back: list[str] = []  # not included: consent left passages out
        self.redacted: list[str] = []  # not included: the text was redacted, the voice was not
        self.written = 0
        self.timed = 0  # transcripts whose cues went out as sync points

    def of(self, document: Document) -> LinkedMedia | None:
        """The recording of ``document`` this export writes, if any."""
        return self.links.get(document.id)

    def start(
        self,
        writer: XmlWriter,
        document: Document,
        link: LinkedMedia,
        name: str,
        created: str | None,
        *,
        holds_back: bool,
    ) -> str:
        """Open the media source and its transcript; returns the source's element."""
        element = ELEMENTS.get(link.kind, "AudioSource")
        check = find_media(link, self.folder)
        where = check.path if check.playable else resolved_path(link, self.folder)
        path = absolute_url(where)
        current = None
        if self.include and holds_back:
            self.held_back.append(document.name)
        elif self.include and self.project.was_redacted(document):
            self.redacted.append(document.name)
        elif self.include and check.playable:
            suffix = Path(link.file_name).suffix.lower()
            entry = f"{media_source_guid(document.uuid)}{suffix}"
            self.inside.append((entry, check.path))
            path, current = f"internal://{entry}", absolute_url(check.path)
        elif self.include:
            self.missing.append(f"{link.file_name} ('{document.name}')")
        writer.start(
            element,
            [
                ("guid", media_source_guid(document.uuid)),
                ("name", name),
                ("path", path),
                ("currentPath", current),
                ("creationDateTime", created),
            ],
        )
        writer.start(
            "Transcript",
            [
                ("guid", document.uuid),
                ("name", name),
                ("plainTextPath", f"internal://{document.uuid}.txt"),
                ("creationDateTime", created),
            ],
        )
        self.written += 1
        return element

    def sync_points(
        self,
        writer: XmlWriter,
        document: Document,
        cues: Iterable[SpeakerTurn],
        spans: Iterable[tuple[int, int]],
    ) -> dict[int, str]:
        """Write the transcript's sync points: each timed cue's start and end
        (with its time) and each coding's start and end (position only, unless
        a cue's point is already there); returns position → sync point GUID."""
        points: dict[tuple[int, int | None], None] = {}
        for cue in cues:
            if cue.time_start is None:
                continue
            points[(cue.start, round(cue.time_start * 1000))] = None
            if cue.time_end is not None:
                points[(cue.end, round(cue.time_end * 1000))] = None
        timed_at = {position for position, _ in points}
        self.timed += bool(timed_at)
        for start, end in spans:
            for position in (start, end):
                if position not in timed_at:
                    points[(position, None)] = None
        by_position: dict[int, str] = {}
        for position, millis in sorted(points, key=lambda point: (point[0], point[1] or 0)):
            guid = _point_guid(document.uuid, position, millis)
            by_position.setdefault(position, guid)
            timed = None if millis is None else str(millis)
            writer.empty(
                "SyncPoint", [("guid", guid), ("position", str(position)), ("timeStamp", timed)]
            )
        return by_position

    def write_files(self, archive: zipfile.ZipFile) -> None:
        """Copy the included recordings into ``sources/``, a piece at a time
        (stored, not compressed: audio and video are compressed already)."""
        for name, path in self.inside:
            info = zipfile.ZipInfo(f"sources/{name}", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            with path.open("rb") as source, archive.open(info, "w", force_zip64=True) as target:
                while piece := source.read(_COPY_PIECE):
                    target.write(piece)

    def lines(self) -> list[str]:
        """What the summary says about the recordings (one Message each)."""
        lines: list[str] = []
        inside, outside = len(self.inside), self.written - len(self.inside)
        if inside:
            lines.append(Message.counted("{count:,} recording{s} inside the file", count=inside))
        if outside:
            lines.append(
                Message.counted(
                    "{count:,} recording{s} referenced by their path, not inside the file",
                    count=outside,
                )
            )
        if self.missing:
            lines.append(
                Message(
                    "not found, so only referenced by path: {files}",
                    files=", ".join(self.missing),
                )
            )
        if self.held_back:
            lines.append(
                Message(
                    "not put inside, only referenced: the recordings of {documents} "
                    "(they hold passages left out for consent)",
                    documents=", ".join(f"'{name}'" for name in self.held_back),
                )
            )
        if self.redacted:
            lines.append(
                Message(
                    "not put inside, only referenced: the recordings of {documents} "
                    "(their text was redacted, and they still say what was replaced)",
                    documents=", ".join(f"'{name}'" for name in self.redacted),
                )
            )
        return lines
