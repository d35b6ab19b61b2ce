"""Cases: people, incidents, institutions that span documents.

A case has a name, a type, a description, attribute values (of the same
variables documents use) and members: documents, speakers (everywhere, or in
one document) and single codings.  :func:`codings_by_case` answers the
question every case analysis starts from: which codings belong to which case.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from qcode.model import AttributeValue, Case, CaseMember, Member
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, ids_where, json_ids

_COLUMNS = "id, uuid, name, type, description, created_at"
_ORDER = " ORDER BY name COLLATE NOCASE, name, id"


class CaseRow(NamedTuple):
    id: int
    uuid: str
    name: str
    type: str
    description: str
    created_at: str


class NewCase(NamedTuple):
    """A case to insert (``uuid=None``: a new one; ``id=None``: the next free one)."""

    name: str
    type: str
    description: str
    created_at: str
    uuid: str | None = None
    id: int | None = None


class CaseValueRow(NamedTuple):
    """One case's value of one variable, as stored (yes/no as 0 or 1)."""

    id: int
    case_id: int
    variable_id: int
    value: Any


class NewCaseValue(NamedTuple):
    case_id: int
    variable_id: int
    value: AttributeValue


# -- reading ---------------------------------------------------------------------


def cases(
    conn: Connection, ids: Iterable[int] | None = None, *, with_values: bool = True
) -> list[Case]:
    """Cases by name (only those with ``ids``), with their attributes
    (unless not ``with_values``: empty) and how many members each has."""
    sql = f"SELECT {_COLUMNS} FROM cases"
    params: list[Any] = []
    if ids is not None:
        sql += f" WHERE id {IN_IDS}"
        params.append(json_ids(ids))
    found = [CaseRow(*row) for row in conn.execute(sql + _ORDER, params)]
    wanted = None if ids is None else [row.id for row in found]
    values = values_by_case(conn, wanted) if with_values else {}
    counts = member_counts(conn)
    return [
        Case(*row, attributes=values.get(row.id, {}), members=counts.get(row.id, 0))
        for row in found
    ]


def rows(conn: Connection) -> list[CaseRow]:
    """Every case in id order (a merge reads a project whole)."""
    return [CaseRow(*row) for row in conn.execute(f"SELECT {_COLUMNS} FROM cases ORDER BY id")]


def ids_named(conn: Connection, name: str) -> list[int]:
    """The case called exactly ``name`` (names are unique: one at most)."""
    return [int(r[0]) for r in conn.execute("SELECT id FROM cases WHERE name = ?", (name,))]


def ids_with_uuid(conn: Connection, uuid: str) -> list[int]:
    return [int(r[0]) for r in conn.execute("SELECT id FROM cases WHERE uuid = ?", (uuid,))]


def values_by_case(
    conn: Connection, ids: Sequence[int] | None = None
) -> dict[int, dict[str, AttributeValue]]:
    """The attributes of these cases (``None``: of all), by variable name."""
    result: dict[int, dict[str, AttributeValue]] = {}
    sql = (
        "SELECT cv.case_id, v.name, v.type, cv.value FROM case_values cv "
        "JOIN variables v ON v.id = cv.variable_id"
    )
    params: list[Any] = []
    if ids is not None:
        sql += f" WHERE cv.case_id {IN_IDS}"
        params.append(json_ids(ids))
    for case_id, name, type_, value in conn.execute(sql + " ORDER BY v.name", params):
        result.setdefault(case_id, {})[name] = bool(value) if type_ == "boolean" else value
    return result


def variable_names(conn: Connection) -> list[str]:
    """Names of the variables at least one case has a value of (one index
    probe per variable, not a read of every value)."""
    cursor = conn.execute(
        "SELECT name FROM variables v "
        "WHERE EXISTS (SELECT 1 FROM case_values cv WHERE cv.variable_id = v.id)"
    )
    return [str(row[0]) for row in cursor]


def value(conn: Connection, case_id: int, variable_id: int) -> CaseValueRow | None:
    """A case's value of a variable, if it has one."""
    row = conn.execute(
        "SELECT id, case_id, variable_id, value FROM case_values "
        "WHERE case_id = ? AND variable_id = ?",
        (case_id, variable_id),
    ).fetchone()
    return None if row is None else CaseValueRow(*row)


def value_rows(conn: Connection) -> list[CaseValueRow]:
    """Every value of every case, in id order (a merge reads a project whole)."""
    cursor = conn.execute("SELECT id, case_id, variable_id, value FROM case_values ORDER BY id")
    return [CaseValueRow(*row) for row in cursor]


def text_values(conn: Connection, case_id: int) -> list[CaseValueRow]:
    """A case's values of text variables (what could name someone)."""
    cursor = conn.execute(
        "SELECT cv.id, cv.case_id, cv.variable_id, cv.value FROM case_values cv "
        "JOIN variables v ON v.id = cv.variable_id "
        "WHERE cv.case_id = ? AND v.type = 'text' AND typeof(cv.value) = 'text' ORDER BY cv.id",
        (case_id,),
    )
    return [CaseValueRow(*row) for row in cursor]


def value_ids_of_cases(conn: Connection, case_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "case_values", "case_id", case_ids)


# -- members -----------------------------------------------------------------------


_MEMBER_COLUMNS = "id, case_id, document_id, speaker, coding_id"


def _member(row: Sequence[Any]) -> CaseMember:
    return CaseMember(int(row[0]), int(row[1]), Member(row[2], row[3], row[4]))


def members(conn: Connection, case_id: int | None = None) -> list[CaseMember]:
    """The members of one case (``None``: of every case), in the order added."""
    if case_id is None:
        cursor = conn.execute(f"SELECT {_MEMBER_COLUMNS} FROM case_members ORDER BY id")
    else:
        cursor = conn.execute(
            f"SELECT {_MEMBER_COLUMNS} FROM case_members WHERE case_id = ? ORDER BY id",
            (case_id,),
        )
    return [_member(row) for row in cursor]


def member_counts(conn: Connection) -> dict[int, int]:
    """Members per case id (cases without members are absent)."""
    cursor = conn.execute("SELECT case_id, count(*) FROM case_members GROUP BY case_id")
    return {int(case_id): int(number) for case_id, number in cursor}


def member_ids_of_cases(conn: Connection, case_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "case_members", "case_id", case_ids)


def member_ids_of_documents(conn: Connection, document_ids: Iterable[int]) -> list[int]:
    """Members that are these documents, or a speaker in one of them."""
    return ids_where(conn, "case_members", "document_id", document_ids)


def member_ids_of_codings(conn: Connection, coding_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "case_members", "coding_id", coding_ids)


def members_with_speaker(conn: Connection, speaker: str) -> list[CaseMember]:
    """Members that are this speaker (everywhere or in one document)."""
    cursor = conn.execute(
        f"SELECT {_MEMBER_COLUMNS} FROM case_members WHERE speaker = ? ORDER BY id", (speaker,)
    )
    return [_member(row) for row in cursor]


def ids_touching_documents(conn: Connection, document_ids: Iterable[int]) -> list[int]:
    """Cases with a member in these documents: one of them, a speaker in one
    of them, a coding in one of them, or a speaker (everywhere) who speaks in
    one of them; by id."""
    ids = json_ids(document_ids)
    cursor = conn.execute(
        f"SELECT case_id FROM case_members WHERE document_id {IN_IDS} "
        "UNION SELECT m.case_id FROM case_members m JOIN codings c ON c.id = m.coding_id "
        f"WHERE c.document_id {IN_IDS} "
        "UNION SELECT m.case_id FROM case_members m JOIN speaker_turns t ON t.speaker = m.speaker "
        f"WHERE m.document_id IS NULL AND t.document_id {IN_IDS} ORDER BY 1",
        (ids, ids, ids),
    )
    return [int(row[0]) for row in cursor]


def codings_by_case(conn: Connection) -> dict[int, set[int]]:
    """Which codings belong to which case (case id → coding ids; cases
    without codings are absent).  A coding belongs to a case when it is a
    member, when its document is, or when it starts inside a turn of a
    speaker who is (in that document, or everywhere)."""
    result: dict[int, set[int]] = {}
    queries = (
        # single codings
        "SELECT case_id, coding_id FROM case_members WHERE coding_id IS NOT NULL",
        # whole documents
        "SELECT m.case_id, c.id AS coding_id FROM case_members m "
        "JOIN codings c ON c.document_id = m.document_id "
        "WHERE m.speaker IS NULL AND m.coding_id IS NULL",
        # a speaker in one document
        "SELECT m.case_id, c.id AS coding_id FROM case_members m "
        "JOIN speaker_turns t ON t.speaker = m.speaker AND t.document_id = m.document_id "
        "JOIN codings c ON c.document_id = t.document_id "
        "AND c.start_pos >= t.start_pos AND c.start_pos < t.end_pos "
        "WHERE m.speaker IS NOT NULL AND m.document_id IS NOT NULL",
        # a speaker everywhere
        "SELECT m.case_id, c.id AS coding_id FROM case_members m "
        "JOIN speaker_turns t ON t.speaker = m.speaker "
        "JOIN codings c ON c.document_id = t.document_id "
        "AND c.start_pos >= t.start_pos AND c.start_pos < t.end_pos "
        "WHERE m.speaker IS NOT NULL AND m.document_id IS NULL",
    )
    # Each case's codings come back as one JSON list: 200,000 ids parsed that
    # way take half the time of a Python step per row.
    for sql in queries:
        grouped = f"SELECT case_id, json_group_array(coding_id) FROM ({sql}) GROUP BY case_id"
        for case_id, ids in conn.execute(grouped):
            result.setdefault(case_id, set()).update(json.loads(ids))
    return result


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def next_id(changes: ChangeRecorder) -> int:
    """The id the next inserted case will get."""
    return changes._next_id("cases")


def insert(changes: ChangeRecorder, new: Sequence[NewCase]) -> list[int]:
    """Add cases; returns their ids."""
    return changes._insert(
        "cases",
        [
            {
                "id": case.id,
                "uuid": case.uuid or str(uuidlib.uuid4()),
                "name": case.name,
                "type": case.type,
                "description": case.description,
                "created_at": case.created_at,
            }
            for case in new
        ],
    )


def update(
    changes: ChangeRecorder,
    case_id: int,
    *,
    name: str | None = None,
    type_: str | None = None,
    description: str | None = None,
) -> None:
    """Change a case's name, type or description (``None``: left as it is)."""
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = name
    if type_ is not None:
        values["type"] = type_
    if description is not None:
        values["description"] = description
    if values:
        changes._update("cases", case_id, values)


def delete(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    """Delete cases (their members, values, memos and cells go first)."""
    changes._delete("cases", ids)


def insert_values(changes: ChangeRecorder, values: Sequence[NewCaseValue]) -> None:
    """Add cases' values of variables (none there yet for the pair)."""
    changes._insert(
        "case_values",
        [
            {"case_id": new.case_id, "variable_id": new.variable_id, "value": _stored(new.value)}
            for new in values
        ],
    )


def set_value(changes: ChangeRecorder, value_id: int, value: AttributeValue) -> None:
    changes._update("case_values", value_id, {"value": _stored(value)})


def delete_values(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("case_values", ids)


def insert_members(changes: ChangeRecorder, case_id: int, new: Sequence[Member]) -> list[int]:
    """Add members to a case; returns their ids."""
    return changes._insert(
        "case_members",
        [
            {
                "case_id": case_id,
                "document_id": member.document_id,
                "speaker": member.speaker,
                "coding_id": member.coding_id,
            }
            for member in new
        ],
    )


def insert_document_members(changes: ChangeRecorder, pairs: Sequence[tuple[int, int]]) -> None:
    """Make whole documents members of cases, (case id, document id) each,
    across many cases in one recorded step (a survey's respondents)."""
    start = changes._next_id("case_members")
    changes._insert_values(
        "case_members",
        [
            (start + n, case_id, document_id, None, None)
            for n, (case_id, document_id) in enumerate(pairs)
        ],
    )


def set_member_speaker(changes: ChangeRecorder, member_id: int, speaker: str) -> None:
    changes._update("case_members", member_id, {"speaker": speaker})


def set_member_coding(changes: ChangeRecorder, member_id: int, coding_id: int) -> None:
    changes._update("case_members", member_id, {"coding_id": coding_id})


def delete_members(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("case_members", ids)


def _stored(value: AttributeValue) -> Any:
    return int(value) if isinstance(value, bool) else value
