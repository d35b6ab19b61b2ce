"""Memos: a researcher's notes on the project, a document, a code, a coding or a case.

A memo is on at most one thing (none: on the project).  The things a memo
can be on are named by :data:`TARGETS`.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from qcode.model import Memo
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, ids_where, json_ids

TARGETS = ("project", "document", "code", "coding", "case")

_COLUMNS = (
    "id, uuid, document_id, code_id, coding_id, title, text, coder_id, created_at, modified_at, "
    "case_id"
)
_TARGET_COLUMN = {
    "document": "document_id",
    "code": "code_id",
    "coding": "coding_id",
    "case": "case_id",
}
_ON_PROJECT = "document_id IS NULL AND code_id IS NULL AND coding_id IS NULL AND case_id IS NULL"
_ORDER = " ORDER BY created_at, id"  # oldest first


class NewMemo(NamedTuple):
    """A memo to insert, on ``target`` (one of :data:`TARGETS`) ``target_id``."""

    target: str
    target_id: int | None
    title: str
    text: str
    coder_id: int | None
    created_at: str
    modified_at: str
    uuid: str | None = None  # None: a new one


class NoteRow(NamedTuple):
    """One memo, with its author's identity instead of a row id."""

    uuid: str
    title: str
    text: str
    coder_uuid: str | None
    created_at: str
    modified_at: str


def target_of(memo: Memo) -> tuple[str, int | None]:
    """What a memo is on: (one of :data:`TARGETS`, its id; ``None`` for the project)."""
    for target, target_id in (
        ("document", memo.document_id),
        ("code", memo.code_id),
        ("coding", memo.coding_id),
        ("case", memo.case_id),
    ):
        if target_id is not None:
            return target, target_id
    return "project", None


# -- reading ---------------------------------------------------------------------


def memos(conn: Connection, *, ids: Iterable[int] | None = None) -> list[Memo]:
    """Memos (only those with ``ids``), oldest first."""
    sql = f"SELECT {_COLUMNS} FROM memos"
    params: list[Any] = []
    if ids is not None:
        sql += f" WHERE id {IN_IDS}"
        params.append(json_ids(ids))
    return [Memo(*row) for row in conn.execute(sql + _ORDER, params)]


def rows(conn: Connection) -> list[Memo]:
    """Every memo in id order (a merge reads a project whole)."""
    return [Memo(*row) for row in conn.execute(f"SELECT {_COLUMNS} FROM memos ORDER BY id")]


def memos_on(conn: Connection, target: str, target_id: int | None = None) -> list[Memo]:
    """The memos on one thing (``target``: one of :data:`TARGETS`), oldest first."""
    condition, params = _on(target, target_id)
    cursor = conn.execute(f"SELECT {_COLUMNS} FROM memos WHERE {condition}{_ORDER}", params)
    return [Memo(*row) for row in cursor]


def uuids_on(conn: Connection, target: str, target_id: int | None = None) -> list[str]:
    """UUIDs of the memos on one thing, oldest first."""
    condition, params = _on(target, target_id)
    cursor = conn.execute(f"SELECT uuid FROM memos WHERE {condition}{_ORDER}", params)
    return [str(row[0]) for row in cursor]


def _on(target: str, target_id: int | None) -> tuple[str, list[Any]]:
    if target == "project":
        return _ON_PROJECT, []
    if target not in _TARGET_COLUMN:
        raise ValueError(target)
    return f"{_TARGET_COLUMN[target]} = ?", [target_id]


def uuids(conn: Connection) -> set[str]:
    """Every memo's UUID."""
    return {str(row[0]) for row in conn.execute("SELECT uuid FROM memos")}


def ids_on_documents(conn: Connection, document_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "memos", "document_id", document_ids)


def ids_on_codes(conn: Connection, code_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "memos", "code_id", code_ids)


def ids_on_codings(conn: Connection, coding_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "memos", "coding_id", coding_ids)


def ids_on_cases(conn: Connection, case_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "memos", "case_id", case_ids)


def texts_of_codings(conn: Connection, coding_ids: Iterable[int]) -> dict[int, str]:
    """The memo text of each of these codings that has one (several are
    joined by a blank line, oldest first)."""
    cursor = conn.execute(
        f"SELECT coding_id, text FROM memos WHERE coding_id {IN_IDS}{_ORDER}",
        (json_ids(coding_ids),),
    )
    return _joined(cursor)


def texts_of_codings_in(conn: Connection, document_id: int) -> dict[int, str]:
    """The memo text of each coding in the document that has one (as
    :func:`texts_of_codings`)."""
    cursor = conn.execute(
        "SELECT m.coding_id, m.text FROM memos m JOIN codings c ON c.id = m.coding_id "
        "WHERE c.document_id = ? ORDER BY m.created_at, m.id",
        (document_id,),
    )
    return _joined(cursor)


def _joined(pairs: Iterable[tuple[Any, Any]]) -> dict[int, str]:
    found: dict[int, list[str]] = {}
    for coding_id, text in pairs:
        found.setdefault(int(coding_id), []).append(str(text))
    return {coding_id: "\n\n".join(texts) for coding_id, texts in found.items()}


def uuids_of_codings_in(conn: Connection, document_id: int) -> dict[int, list[str]]:
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


def uuids_by_code(conn: Connection) -> dict[int, list[str]]:
    """The memos on each code (code id → memo UUIDs, oldest first)."""
    result: dict[int, list[str]] = {}
    cursor = conn.execute(f"SELECT code_id, uuid FROM memos WHERE code_id IS NOT NULL{_ORDER}")
    for code_id, uuid in cursor:
        result.setdefault(int(code_id), []).append(str(uuid))
    return result


def notes(conn: Connection) -> Iterator[NoteRow]:
    """Every memo, oldest first, read as it is consumed (memo texts can be long)."""
    cursor = conn.execute(
        "SELECT m.uuid, m.title, m.text, u.uuid, m.created_at, m.modified_at "
        "FROM memos m LEFT JOIN coders u ON u.id = m.coder_id ORDER BY m.created_at, m.id"
    )
    for row in cursor:
        yield NoteRow(*row)


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM memos").fetchone()[0])


def characters(conn: Connection) -> int:
    """Characters in all memo texts and titles."""
    row = conn.execute(
        "SELECT coalesce(sum(length(text) + length(title)), 0) FROM memos"
    ).fetchone()
    return int(row[0] or 0)


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def insert(changes: ChangeRecorder, new: Sequence[NewMemo]) -> list[int]:
    """Insert memos; returns their ids."""
    rows: list[dict[str, Any]] = []
    for memo in new:
        if memo.target not in TARGETS:
            raise ValueError(memo.target)
        row: dict[str, Any] = {
            "uuid": memo.uuid or str(uuidlib.uuid4()),
            "document_id": None,
            "code_id": None,
            "coding_id": None,
            "case_id": None,
            "title": memo.title,
            "text": memo.text,
            "coder_id": memo.coder_id,
            "created_at": memo.created_at,
            "modified_at": memo.modified_at,
        }
        if memo.target != "project":
            row[_TARGET_COLUMN[memo.target]] = memo.target_id
        rows.append(row)
    return changes._insert("memos", rows)


def update(
    changes: ChangeRecorder,
    memo_id: int,
    *,
    text: str | None = None,
    title: str | None = None,
    modified_at: str | None = None,
) -> None:
    """Change a memo's text or title (``None``: left as it is); one recorded step."""
    values: dict[str, Any] = {}
    if text is not None:
        values["text"] = text
    if modified_at is not None:
        values["modified_at"] = modified_at
    if title is not None:
        values["title"] = title
    changes._update("memos", memo_id, values)


def move_to_coding(changes: ChangeRecorder, memo_id: int, coding_id: int) -> None:
    changes._update("memos", memo_id, {"coding_id": coding_id})


def move_to_code(changes: ChangeRecorder, memo_id: int, code_id: int) -> None:
    changes._update("memos", memo_id, {"code_id": code_id})


def delete(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("memos", ids)
