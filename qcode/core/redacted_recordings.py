"""A redacted transcript's recording still says what the text no longer
does (see :mod:`qcode.core.redaction`): which recording, when in it the
cues that held a replaced identifier are spoken, and the line that tells
the researcher so."""

from __future__ import annotations

from collections.abc import Sequence

from qcode.core.pseudonymise import OffsetMap
from qcode.core.timeline import Timeline, Times, clock_span
from qcode.messages import Message
from qcode.store import media as linked_media
from qcode.store import speakers
from qcode.store.database import Connection


def recording_of(conn: Connection, document_id: int, replaced: object) -> str | None:
    """The recording that still holds what was replaced: the linked file's
    name, ``""`` for a timed transcript with none linked, ``None`` when
    nothing was replaced or the text is not a transcript."""
    if not replaced:
        return None
    link = linked_media.of_document(conn, document_id)
    if link is not None:
        return link.file_name
    timed = any(turn.time_start is not None for turn in speakers.turns(conn, document_id))
    return "" if timed else None


def replaced_times(
    conn: Connection, document_id: int, maps: Sequence[OffsetMap]
) -> tuple[Times, ...]:
    """When the timed cues that held a replaced identifier are spoken (the
    turns have moved with the text already), in order, each span once.
    ``maps`` are the redaction's passes, applied in order."""
    timeline = Timeline(speakers.turns(conn, document_id))
    found: set[Times] = set()
    for index, offsets in enumerate(maps):
        for _old_start, _old_end, start, end in offsets.spans:
            # a replacement of an earlier pass moved with the later passes
            for later in maps[index + 1 :]:
                start, end = later.span(start, end)
            times = timeline.span(start, max(end, start + 1))
            if times[0] is not None:
                found.add(times)
    return tuple(sorted(found, key=lambda times: (times[0] or 0.0, times[1] or 0.0)))


def recording_warning(
    document: str, recording: str | None, times: Sequence[Times]
) -> Message | None:
    """One line: the recording of ``document`` still holds what was replaced,
    and when (``None`` when there is no recording to warn of)."""
    if recording is None:
        return None
    spoken = ", ".join(clock_span(span) for span in times if span[0] is not None)
    if recording and spoken:
        return Message(
            "'{document}': its recording {file} still holds what was replaced (qcode "
            "cannot redact audio): keep it apart from anything shared, or edit it "
            "(the replaced words are spoken at {times})",
            document=document,
            file=recording,
            times=spoken,
        )
    if recording:
        return Message(
            "'{document}': its recording {file} still holds what was replaced (qcode "
            "cannot redact audio): keep it apart from anything shared, or edit it",
            document=document,
            file=recording,
        )
    if spoken:
        return Message(
            "'{document}': the recording it transcribes still holds what was replaced "
            "(qcode cannot redact audio): keep it apart from anything shared, or edit it "
            "(the replaced words are spoken at {times})",
            document=document,
            times=spoken,
        )
    return Message(
        "'{document}': the recording it transcribes still holds what was replaced "
        "(qcode cannot redact audio): keep it apart from anything shared, or edit it",
        document=document,
    )
