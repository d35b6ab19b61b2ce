"""The consent register: each participant, what they agreed to (being quoted,
being named, the recording being kept, until when the data may be kept, the
reference of their consent form), and what in the project is theirs: whole
documents, and their speaker label (their turns in any document).
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from qcode.model import Participant
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import ids_where

_COLUMNS = (
    "id, uuid, name, speaker, quote, named, keep_recording, retain_until, consent_ref, "
    "case_id, created_at, modified_at"
)


class NewParticipant(NamedTuple):
    name: str
    created_at: str
    uuid: str | None = None


def participants(conn: Connection, ids: Iterable[int] | None = None) -> list[Participant]:
    """Participants by name (only these ids), with their documents' ids."""
    sql = f"SELECT {_COLUMNS} FROM participants"
    params: list[Any] = []
    if ids is not None:
        sql += " WHERE id IN (SELECT value FROM json_each(?))"
        params.append("[" + ",".join(str(int(i)) for i in ids) + "]")
    rows = conn.execute(sql + " ORDER BY name COLLATE NOCASE, name, id", params).fetchall()
    linked: dict[int, list[int]] = {}
    cursor = conn.execute(
        "SELECT participant_id, document_id FROM participant_documents ORDER BY id"
    )
    for participant_id, document_id in cursor:
        linked.setdefault(int(participant_id), []).append(int(document_id))
    return [
        Participant(
            id=row[0],
            uuid=row[1],
            name=row[2],
            speaker=row[3],
            quote=row[4],
            named=row[5],
            keep_recording=row[6],
            retain_until=row[7],
            consent_ref=row[8],
            case_id=row[9],
            created_at=row[10],
            modified_at=row[11],
            documents=tuple(linked.get(int(row[0]), ())),
        )
        for row in rows
    ]


def ids_named(conn: Connection, name: str) -> list[int]:
    cursor = conn.execute("SELECT id FROM participants WHERE name = ?", (name,))
    return [int(row[0]) for row in cursor]


def ids_with_uuid(conn: Connection, uuid: str) -> list[int]:
    cursor = conn.execute("SELECT id FROM participants WHERE uuid = ?", (uuid,))
    return [int(row[0]) for row in cursor]


def link_ids_of_documents(conn: Connection, document_ids: Iterable[int]) -> list[int]:
    """The participant–document links of these documents."""
    return ids_where(conn, "participant_documents", "document_id", document_ids)


def link_ids_of_participants(conn: Connection, participant_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "participant_documents", "participant_id", participant_ids)


def links(conn: Connection, participant_id: int) -> dict[int, int]:
    """Document id → link id, for one participant."""
    cursor = conn.execute(
        "SELECT document_id, id FROM participant_documents WHERE participant_id = ?",
        (participant_id,),
    )
    return {int(row[0]): int(row[1]) for row in cursor}


def ids_of_cases(conn: Connection, case_ids: Iterable[int]) -> list[int]:
    """Participants who are one of these cases."""
    return ids_where(conn, "participants", "case_id", case_ids)


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def insert(changes: ChangeRecorder, new: NewParticipant) -> int:
    (participant_id,) = changes._insert(
        "participants",
        [
            {
                "uuid": new.uuid or str(uuidlib.uuid4()),
                "name": new.name,
                "created_at": new.created_at,
                "modified_at": new.created_at,
                "quote": "unknown",
                "named": "unknown",
                "keep_recording": "unknown",
                "consent_ref": "",
            }
        ],
    )
    return int(participant_id)


def update(changes: ChangeRecorder, wanted: Participant) -> bool:
    """Give the participant ``wanted.id`` the consent fields, speaker and case
    of ``wanted`` (its name, documents and times are not read; the time of
    the change is ``wanted.modified_at``).  Returns whether anything changed."""
    row = {
        "speaker": wanted.speaker,
        "quote": wanted.quote,
        "named": wanted.named,
        "keep_recording": wanted.keep_recording,
        "retain_until": wanted.retain_until,
        "consent_ref": wanted.consent_ref,
        "case_id": wanted.case_id,
    }
    changed = changes._update_many("participants", {wanted.id: row}) > 0
    if changed:
        changes._update("participants", wanted.id, {"modified_at": wanted.modified_at})
    return changed


def link(changes: ChangeRecorder, participant_id: int, document_ids: Sequence[int]) -> None:
    changes._insert(
        "participant_documents",
        [{"participant_id": participant_id, "document_id": d} for d in document_ids],
    )


def unlink(changes: ChangeRecorder, link_ids: Sequence[int]) -> None:
    changes._delete("participant_documents", link_ids)


def delete(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    """Delete participants (their document links go first)."""
    changes._delete("participants", ids)


def uncase(changes: ChangeRecorder, participant_ids: Sequence[int]) -> None:
    """No longer a case (the case is being deleted)."""
    changes._update_many("participants", {i: {"case_id": None} for i in participant_ids})
