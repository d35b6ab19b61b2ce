"""Codings: a code applied by a coder to ``text[start:end]`` of a document.

The reads an analysis sweeps through, one document at a time and filtered
by documents, codes and coders, are in :mod:`qcode.store.coding_sweeps`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from qcode.model import Coding
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, ids_where, json_ids

_COLUMNS = "id, uuid, document_id, code_id, start_pos, end_pos, coder_id, created_at"

# (document, code, start, end, coder): what makes two codings the same
CodingKey = tuple[int, int, int, int, int]


class CodingRow(NamedTuple):
    """A coding to insert, with its id (from :func:`next_id`)."""

    id: int
    uuid: str
    document_id: int
    code_id: int
    start: int
    end: int
    coder_id: int
    created_at: str


class SelectionRow(NamedTuple):
    """One coding with the identities an exchange file refers to."""

    id: int
    uuid: str
    start: int
    end: int
    code_uuid: str
    coder_uuid: str
    created_at: str


# -- reading ---------------------------------------------------------------------


def codings(
    conn: Connection,
    *,
    document_id: int | None = None,
    code_ids: Iterable[int] | None = None,
    coder_id: int | None = None,
    ids: Iterable[int] | None = None,
) -> list[Coding]:
    """Codings matching every given filter, in document then text order."""
    where: list[str] = []
    params: list[Any] = []
    if document_id is not None:
        where.append("document_id = ?")
        params.append(document_id)
    if code_ids is not None:
        where.append(f"code_id {IN_IDS}")
        params.append(json_ids(code_ids))
    if coder_id is not None:
        where.append("coder_id = ?")
        params.append(coder_id)
    if ids is not None:
        where.append(f"id {IN_IDS}")
        params.append(json_ids(ids))
    sql = f"SELECT {_COLUMNS} FROM codings"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY document_id, start_pos, end_pos, id"
    return [Coding(*row) for row in conn.execute(sql, params)]


def rows(conn: Connection) -> list[Coding]:
    """Every coding in id order (a merge reads a project whole)."""
    return [Coding(*row) for row in conn.execute(f"SELECT {_COLUMNS} FROM codings ORDER BY id")]


def count(conn: Connection, *, code_id: int | None = None, document_id: int | None = None) -> int:
    """How many codings of a code, or in a document, or (neither) in all."""
    if code_id is not None:
        row = conn.execute("SELECT count(*) FROM codings WHERE code_id = ?", (code_id,))
    elif document_id is not None:
        row = conn.execute("SELECT count(*) FROM codings WHERE document_id = ?", (document_id,))
    else:
        row = conn.execute("SELECT count(*) FROM codings")
    return int(row.fetchone()[0])


def counts_by_code(conn: Connection) -> dict[int, int]:
    """Codings per code id (codes without codings are absent)."""
    cursor = conn.execute("SELECT code_id, count(*) FROM codings GROUP BY code_id")
    return {int(code_id): int(number) for code_id, number in cursor}


def counts_by_document(conn: Connection) -> dict[int, int]:
    """Codings per document id (documents without codings are absent)."""
    cursor = conn.execute("SELECT document_id, count(*) FROM codings GROUP BY document_id")
    return {int(document_id): int(number) for document_id, number in cursor}


def ids_by_uuid(conn: Connection, uuids: Iterable[str]) -> dict[str, int]:
    """The id of each of these UUIDs that is a coding's."""
    result: dict[str, int] = {}
    for uuid in uuids:
        row = conn.execute("SELECT id FROM codings WHERE uuid = ?", (uuid,)).fetchone()
        if row is not None:
            result[uuid] = int(row[0])
    return result


def ids_of_codes(conn: Connection, code_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "codings", "code_id", code_ids)


def ids_in_documents(conn: Connection, document_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "codings", "document_id", document_ids)


def keys_in_documents(conn: Connection, document_ids: Iterable[int]) -> set[CodingKey]:
    """(document, code, start, end, coder) of every coding in these documents."""
    keys: set[CodingKey] = set()
    for document_id in set(document_ids):
        keys.update(
            conn.execute(
                "SELECT document_id, code_id, start_pos, end_pos, coder_id FROM codings "
                "WHERE document_id = ?",
                (document_id,),
            )
        )
    return keys


def spans_by_code(conn: Connection) -> list[tuple[int, int, int, int]]:
    """(code, document, start, end) of every coding, sorted for interval sweeps."""
    cursor = conn.execute(
        "SELECT code_id, document_id, start_pos, end_pos FROM codings "
        "ORDER BY code_id, document_id, start_pos"
    )
    return cursor.fetchall()


def selections(conn: Connection, document_id: int) -> list[SelectionRow]:
    """The document's codings in text order (ties: the shorter first, then
    the older), with their code's and coder's UUIDs."""
    cursor = conn.execute(
        "SELECT c.id, c.uuid, c.start_pos, c.end_pos, k.uuid, u.uuid, c.created_at "
        "FROM codings c JOIN codes k ON k.id = c.code_id JOIN coders u ON u.id = c.coder_id "
        "WHERE c.document_id = ? ORDER BY c.start_pos, c.end_pos, c.id",
        (document_id,),
    )
    return [SelectionRow(*row) for row in cursor]


def fingerprint(conn: Connection) -> tuple[Any, ...]:
    """A cheap summary that changes whenever codings are added, removed or moved."""
    return tuple(
        conn.execute(
            "SELECT count(*), coalesce(max(id), 0), total(start_pos), total(end_pos), "
            "total(code_id * 7 + document_id) FROM codings"
        ).fetchone()
    )


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def next_id(changes: ChangeRecorder) -> int:
    """The id the next inserted coding will get."""
    return changes._next_id("codings")


def insert(changes: ChangeRecorder, new: Sequence[CodingRow]) -> None:
    """Insert codings, ids included: the fast path for many at once (a
    :class:`CodingRow` is a tuple in the table's column order)."""
    changes._insert_values("codings", new)


def delete(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("codings", ids)


def move(changes: ChangeRecorder, coding_id: int, start: int, end: int) -> None:
    """Give a coding another span of its document's text."""
    changes._update("codings", coding_id, {"start_pos": start, "end_pos": end})


def recode(changes: ChangeRecorder, coding_id: int, code_id: int) -> None:
    """Put a coding on another code."""
    changes._update("codings", coding_id, {"code_id": code_id})


def move_many(changes: ChangeRecorder, spans: dict[int, tuple[int, int]]) -> int:
    """Give many codings other spans at once (coding id → (start, end));
    returns how many moved."""
    return changes._update_many(
        "codings", {key: {"start_pos": a, "end_pos": b} for key, (a, b) in spans.items()}
    )
