"""Speakers: who speaks where in a document (``Interviewer:``, subtitles),
and what the researcher says about each speaker across the project.

A turn's ``speaker`` is its label; a speaker is that label across the
project.  A row in ``speakers`` (role, description) exists only once the
researcher has said something about one.  A document's row also lists its
distinct speakers (see :mod:`qcode.store.documents`), written together with
its turns.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from qcode.model import Speaker, SpeakerTurn
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, ids_where, json_ids


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


class SpeakerRow(NamedTuple):
    """What the researcher said about a speaker."""

    id: int
    uuid: str
    name: str
    role: str
    description: str
    created_at: str


_SPEAKER_COLUMNS = "id, uuid, name, role, description, created_at"

# A coding is a speaker's when it starts inside one of their turns.
_CODINGS_IN_TURNS = (
    "JOIN codings c ON c.document_id = t.document_id "
    "AND c.start_pos >= t.start_pos AND c.start_pos < t.end_pos"
)


def speaker_rows(conn: Connection) -> list[SpeakerRow]:
    """Every speaker row, in id order."""
    cursor = conn.execute(f"SELECT {_SPEAKER_COLUMNS} FROM speakers ORDER BY id")
    return [SpeakerRow(*row) for row in cursor]


def speaker_row(conn: Connection, name: str) -> SpeakerRow | None:
    """The row of the speaker with this label, if there is one."""
    row = conn.execute(f"SELECT {_SPEAKER_COLUMNS} FROM speakers WHERE name = ?", (name,))
    found = row.fetchone()
    return None if found is None else SpeakerRow(*found)


def speakers(conn: Connection) -> list[Speaker]:
    """Every speaker: each label that has turns or a row, with its role,
    description and counts (documents, turns, characters of turns, codings
    starting inside the turns), by name."""
    counts: dict[str, list[int]] = {}
    cursor = conn.execute(
        "SELECT speaker, count(DISTINCT document_id), count(*), total(end_pos - start_pos) "
        "FROM speaker_turns GROUP BY speaker"
    )
    for name, documents, turns, characters in cursor:
        counts[str(name)] = [int(documents), int(turns), int(characters), 0]
    cursor = conn.execute(
        f"SELECT t.speaker, count(*) FROM speaker_turns t {_CODINGS_IN_TURNS} GROUP BY t.speaker"
    )
    for name, codings in cursor:
        counts[str(name)][3] = int(codings)
    rows = {row.name: row for row in speaker_rows(conn)}
    result = []
    for name in sorted(set(counts) | set(rows), key=lambda n: (n.casefold(), n)):
        documents, turns, characters, codings = counts.get(name, [0, 0, 0, 0])
        row = rows.get(name)
        result.append(
            Speaker(
                name=name,
                role=row.role if row else "",
                description=row.description if row else "",
                uuid=row.uuid if row else None,
                documents=documents,
                turns=turns,
                characters=characters,
                codings=codings,
            )
        )
    return result


def labels(conn: Connection) -> list[str]:
    """Every speaker label: of turns, or of a speaker row."""
    cursor = conn.execute("SELECT speaker FROM speaker_turns UNION SELECT name FROM speakers")
    return [str(row[0]) for row in cursor]


def label_in_use(conn: Connection, name: str, *, but_document: int | None = None) -> bool:
    """Whether any turn (outside ``but_document``) has this speaker label."""
    row = conn.execute(
        "SELECT 1 FROM speaker_turns WHERE speaker = ? AND document_id IS NOT ? LIMIT 1",
        (name, but_document),
    ).fetchone()
    return row is not None


def turns_of(
    conn: Connection, name: str, document_ids: Iterable[int] | None = None
) -> list[TurnRow]:
    """The turns with this speaker label (in these documents), in the
    documents' display order, then text order."""
    sql = (
        "SELECT t.id, t.document_id, t.speaker, t.start_pos, t.end_pos, t.time_start, "
        "t.time_end FROM speaker_turns t JOIN documents d ON d.id = t.document_id "
        "WHERE t.speaker = ?"
    )
    params: list[Any] = [name]
    if document_ids is not None:
        sql += f" AND t.document_id {IN_IDS}"
        params.append(json_ids(document_ids))
    sql += " ORDER BY d.position, d.name COLLATE NOCASE, d.id, t.start_pos, t.id"
    return [TurnRow(*row) for row in conn.execute(sql, params)]


# -- writing (recorded: undo and redo replay it) ---------------------------------------


class NewSpeaker(NamedTuple):
    """A speaker row to insert (``uuid=None``: a new one)."""

    name: str
    role: str
    description: str
    created_at: str
    uuid: str | None = None


def insert_speakers(changes: ChangeRecorder, new: Sequence[NewSpeaker]) -> list[int]:
    """Add speaker rows; returns their ids."""
    return changes._insert(
        "speakers",
        [
            {
                "uuid": row.uuid or str(uuidlib.uuid4()),
                "name": row.name,
                "role": row.role,
                "description": row.description,
                "created_at": row.created_at,
            }
            for row in new
        ],
    )


def update_speaker(
    changes: ChangeRecorder,
    speaker_id: int,
    *,
    name: str | None = None,
    role: str | None = None,
    description: str | None = None,
) -> None:
    """Change a speaker row (``None``: left as it is); one recorded step."""
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = name
    if role is not None:
        values["role"] = role
    if description is not None:
        values["description"] = description
    if values:
        changes._update("speakers", speaker_id, values)


def delete_speakers(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("speakers", ids)


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


def move_many(changes: ChangeRecorder, spans: dict[int, tuple[int, int]]) -> int:
    """Give many turns other spans at once (turn id → (start, end))."""
    return changes._update_many(
        "speaker_turns", {key: {"start_pos": a, "end_pos": b} for key, (a, b) in spans.items()}
    )
