"""The reads behind exchanging a whole project (REFI-QDA ``.qdpx`` export).

An export reads everything, so these reads are shaped for streaming: the
codings and memos of one document at a time, memo texts through a cursor,
never a whole project's texts at once.  :func:`snapshot` holds one read
transaction around the export, so a project edited by the app meanwhile is
exported as it was when the export began, never half before and half after.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple


class VariableRow(NamedTuple):
    id: int
    uuid: str
    name: str
    type: str  # text | integer | float | boolean | date
    description: str


class SelectionRow(NamedTuple):
    """One coding with the identities an exchange file refers to."""

    id: int
    uuid: str
    start: int
    end: int
    code_uuid: str
    coder_uuid: str
    created_at: str


class NoteRow(NamedTuple):
    """One memo, with its author's identity instead of a row id."""

    uuid: str
    title: str
    text: str
    coder_uuid: str | None
    created_at: str
    modified_at: str


class ExportCounts(NamedTuple):
    codings: int
    memos: int
    codes_with_keywords: int
    documents_with_speaker_turns: int
    rejected_suggestions: int
    # characters of every text that goes into project.qde (not the documents)
    characters: int


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction: every read inside sees the same project."""
    if conn.in_transaction:  # already inside one (a caller's): nothing to add
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")  # a read transaction: commit and rollback are the same


def last_edit_at(conn: sqlite3.Connection) -> str | None:
    """When the project was last edited (or an edit undone), if it ever was."""
    row = conn.execute("SELECT max(coalesce(changed_at, created_at)) FROM history").fetchone()
    return None if row is None or row[0] is None else str(row[0])


def counts(conn: sqlite3.Connection) -> ExportCounts:
    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0] or 0)

    characters = one(
        "SELECT (SELECT coalesce(sum(length(text) + length(title)), 0) FROM memos)"
        " + (SELECT coalesce(sum(length(name) + length(description)), 0) FROM codes)"
        " + (SELECT coalesce(sum(length(name)), 0) FROM documents)"
        " + (SELECT coalesce(sum(length(name) + length(description)), 0) FROM variables)"
        " + (SELECT coalesce(sum(length(value)), 0) FROM document_values)"
    )
    return ExportCounts(
        codings=one("SELECT count(*) FROM codings"),
        memos=one("SELECT count(*) FROM memos"),
        codes_with_keywords=one("SELECT count(*) FROM codes WHERE keywords NOT IN ('', '[]')"),
        documents_with_speaker_turns=one("SELECT count(DISTINCT document_id) FROM speaker_turns"),
        rejected_suggestions=one("SELECT count(*) FROM rejected_suggestions"),
        characters=characters,
    )


def variables(conn: sqlite3.Connection) -> list[VariableRow]:
    """Every document variable, by name, with its description."""
    cursor = conn.execute(
        "SELECT id, uuid, name, type, description FROM variables ORDER BY name, id"
    )
    return [VariableRow(*row) for row in cursor]


def selections(conn: sqlite3.Connection, document_id: int) -> list[SelectionRow]:
    """The document's codings in text order (ties: the shorter first, then the older)."""
    cursor = conn.execute(
        "SELECT c.id, c.uuid, c.start_pos, c.end_pos, k.uuid, u.uuid, c.created_at "
        "FROM codings c JOIN codes k ON k.id = c.code_id JOIN coders u ON u.id = c.coder_id "
        "WHERE c.document_id = ? ORDER BY c.start_pos, c.end_pos, c.id",
        (document_id,),
    )
    return [SelectionRow(*row) for row in cursor]


def coding_memo_uuids(conn: sqlite3.Connection, document_id: int) -> dict[int, list[str]]:
    """The memos on each coding of one document (coding id → memo UUIDs, oldest first)."""
    result: dict[int, list[str]] = {}
    cursor = conn.execute(
        "SELECT m.coding_id, m.uuid FROM memos m JOIN codings c ON c.id = m.coding_id "
        "WHERE c.document_id = ? ORDER BY m.created_at, m.id",
        (document_id,),
    )
    for coding_id, uuid in cursor:
        result.setdefault(int(coding_id), []).append(str(uuid))
    return result


def memo_uuids_on(conn: sqlite3.Connection, column: str | None, target_id: int) -> list[str]:
    """UUIDs of the memos on one document (``column="document_id"``), oldest first;
    ``column=None`` gives the project's own memos."""
    if column is None:
        sql = (
            "SELECT uuid FROM memos WHERE document_id IS NULL AND code_id IS NULL "
            "AND coding_id IS NULL ORDER BY created_at, id"
        )
        return [str(row[0]) for row in conn.execute(sql)]
    if column != "document_id":
        raise ValueError(column)
    sql = "SELECT uuid FROM memos WHERE document_id = ? ORDER BY created_at, id"
    return [str(row[0]) for row in conn.execute(sql, (target_id,))]


def code_memo_uuids(conn: sqlite3.Connection) -> dict[int, list[str]]:
    """The memos on each code (code id → memo UUIDs, oldest first)."""
    result: dict[int, list[str]] = {}
    cursor = conn.execute(
        "SELECT code_id, uuid FROM memos WHERE code_id IS NOT NULL ORDER BY created_at, id"
    )
    for code_id, uuid in cursor:
        result.setdefault(int(code_id), []).append(str(uuid))
    return result


def notes(conn: sqlite3.Connection) -> Iterator[NoteRow]:
    """Every memo, oldest first, read as it is consumed (memo texts can be long)."""
    cursor = conn.execute(
        "SELECT m.uuid, m.title, m.text, u.uuid, m.created_at, m.modified_at "
        "FROM memos m LEFT JOIN coders u ON u.id = m.coder_id ORDER BY m.created_at, m.id"
    )
    for row in cursor:
        yield NoteRow(*row)
