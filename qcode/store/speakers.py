"""Speaker turns: who speaks where in a document (``Interviewer:``, subtitles).

A document's row also lists its distinct speakers (see
:mod:`qcode.store.documents`), written together with its turns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from qcode.model import SpeakerTurn
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import ids_where


class TurnRow(NamedTuple):
    """A speaker turn with its id and document."""

    id: int
    document_id: int
    speaker: str
    start: int
    end: int
    time_start: float | None
    time_end: float | None

    @property
    def turn(self) -> SpeakerTurn:
        return SpeakerTurn(self.speaker, self.start, self.end, self.time_start, self.time_end)


_COLUMNS = "id, document_id, speaker, start_pos, end_pos, time_start, time_end"


def turns(conn: Connection, document_id: int) -> list[SpeakerTurn]:
    """A document's turns, in text order."""
    cursor = conn.execute(
        "SELECT speaker, start_pos, end_pos, time_start, time_end FROM speaker_turns "
        "WHERE document_id = ? ORDER BY start_pos",
        (document_id,),
    )
    return [SpeakerTurn(*row) for row in cursor]


def rows(conn: Connection, document_id: int | None = None) -> list[TurnRow]:
    """One document's turns in text order, or (``None``) every turn in id
    order (a merge reads a project whole)."""
    if document_id is None:
        cursor = conn.execute(f"SELECT {_COLUMNS} FROM speaker_turns ORDER BY id")
    else:
        cursor = conn.execute(
            f"SELECT {_COLUMNS} FROM speaker_turns WHERE document_id = ? ORDER BY start_pos, id",
            (document_id,),
        )
    return [TurnRow(*row) for row in cursor]


def ids_of_documents(conn: Connection, document_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "speaker_turns", "document_id", document_ids)


def documents_with_turns(conn: Connection) -> int:
    """How many documents have speaker turns."""
    row = conn.execute("SELECT count(DISTINCT document_id) FROM speaker_turns").fetchone()
    return int(row[0] or 0)


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def insert(changes: ChangeRecorder, document_id: int, new: Sequence[SpeakerTurn]) -> None:
    """Add turns to a document."""
    changes._insert(
        "speaker_turns",
        [
            {
                "document_id": document_id,
                "speaker": turn.speaker,
                "start_pos": turn.start,
                "end_pos": turn.end,
                "time_start": turn.time_start,
                "time_end": turn.time_end,
            }
            for turn in new
        ],
    )


def update(
    changes: ChangeRecorder,
    turn_id: int,
    *,
    speaker: str | None = None,
    start: int | None = None,
    end: int | None = None,
) -> None:
    """Change a turn's speaker or span (``None``: left as it is); one recorded step."""
    values: dict[str, Any] = {}
    if start is not None:
        values["start_pos"] = start
    if end is not None:
        values["end_pos"] = end
    if speaker is not None:
        values["speaker"] = speaker
    if values:
        changes._update("speaker_turns", turn_id, values)


def delete(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("speaker_turns", ids)
