"""Recordings linked to documents and the times of passages in them: the
``Project`` methods (inherited by :class:`qcode.core.project.Project`); see
:mod:`qcode.core.media` and :mod:`qcode.core.timeline`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from qcode.core import media as linking
from qcode.core.media import HeldRecording, LinkedMedia, MediaCheck
from qcode.core.project_parts import ProjectPart
from qcode.core.timeline import Timeline, Times
from qcode.model import Coding, Document, SpeakerTurn
from qcode.store import media as stored
from qcode.store import speakers


class MediaMethods(ProjectPart):
    """Linking recordings, finding them, timing passages (see the module)."""

    @property
    def media_folder(self) -> Path | None:
        """The folder relative recording paths start from (the project's)."""
        return stored.project_folder(self.conn)

    def link_media(self, document: Document, path: Path) -> LinkedMedia:
        """Link the recording at ``path`` to ``document`` (one undoable edit;
        the file is hashed first, a piece at a time, and never copied in)."""
        facts = linking.read_recording(Path(path))
        return self.push(linking.LinkMedia(document, facts))

    def unlink_media(self, document: Document) -> None:
        """Forget a document's recording (one undoable edit; the file stays)."""
        self.push(linking.UnlinkMedia(document))

    def media(self, document: Document) -> LinkedMedia | None:
        """A document's recording as linked (``None``: none)."""
        return stored.of_document(self.conn, document.id)

    def all_media(self) -> list[LinkedMedia]:
        """Every linked recording, by document id."""
        return stored.all_media(self.conn)

    def find_media(self, document: Document, hash_check: bool = False) -> MediaCheck | None:
        """Where a document's recording is now (see :func:`qcode.core.media.find_media`);
        ``None`` when none is linked."""
        link = self.media(document)
        return None if link is None else linking.find_media(link, self.media_folder, hash_check)

    def recordings_holding(
        self, documents: Sequence[Document], speaker: str | None
    ) -> list[HeldRecording]:
        """The recordings of ``documents`` and of every document where
        ``speaker`` has a turn: those unlinked when a participant's recording
        may not be kept (the app lists them before saving that)."""
        return linking.held_recordings(self.conn, [d.id for d in documents], speaker or None)

    def delete_recording_files(self, held: Sequence[HeldRecording]) -> tuple[list[Path], list[str]]:
        """Delete the files of recordings a participant's consent no longer
        allows keeping, once unlinked (see
        :func:`qcode.core.media.delete_recording_files`: never a shared one,
        only the file that was linked); returns (deleted, why not others)."""
        return linking.delete_recording_files(self.conn, held)

    def timeline(self, document: Document) -> Timeline:
        """A document's timed cues (empty for untimed text)."""
        turns: list[SpeakerTurn] = speakers.turns(self.conn, document.id)
        return Timeline(turns)

    def passage_times(self, codings: Sequence[Coding]) -> dict[int, Times]:
        """When each coding is spoken in its document's recording, by coding
        id: ``(seconds begun, seconds ended)``, ``(None, None)`` for a
        coding in untimed text."""
        timelines: dict[int, Timeline] = {}
        found: dict[int, Times] = {}
        for coding in codings:
            timeline = timelines.get(coding.document_id)
            if timeline is None:
                turns = speakers.turns(self.conn, coding.document_id)
                timeline = timelines[coding.document_id] = Timeline(turns)
            found[coding.id] = timeline.span(coding.start, coding.end)
        return found
