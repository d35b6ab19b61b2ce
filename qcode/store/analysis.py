"""The reads behind the analyses (:mod:`qcode.analysis`) and the reports.

Codings are read one document at a time, sorted by position, so that an
analysis can sweep a document's codings from start to end while holding only
that document in memory.  Id filters go in as one JSON parameter
(``json_each``), so any number of ids fits in one statement.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable
from typing import Any

# (code, start, end, coder) of one coding
Span = tuple[int, int, int, int]
# (id, uuid, code, start, end, coder, created_at) of one coding
CodingRow = tuple[int, str, int, int, int, int, str]


def _ids_json(ids: Iterable[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def _where(
    document_ids: Collection[int] | None,
    code_ids: Collection[int] | None,
    coder_ids: Collection[int] | None,
) -> tuple[str, list[Any]]:
    """An SQL condition on ``codings`` (``1`` when nothing is filtered)."""
    clauses: list[str] = []
    params: list[Any] = []
    for column, ids in (
        ("document_id", document_ids),
        ("code_id", code_ids),
        ("coder_id", coder_ids),
    ):
        if ids is not None:
            clauses.append(f"{column} IN (SELECT value FROM json_each(?))")
            params.append(_ids_json(ids))
    return (" AND ".join(clauses) or "1"), params


class CodingReader:
    """Reads the codings of one document after another, with the same code
    and coder filters each time (the filters are encoded once)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        code_ids: Collection[int] | None,
        coder_ids: Collection[int] | None,
    ) -> None:
        self._conn = conn
        self._where, self._params = _where(None, code_ids, coder_ids)

    def spans(self, document_id: int) -> list[Span]:
        """(code, start, end, coder) of the document's codings, by start
        (codings starting together come in no particular order: ordering them
        too would cost a sort, and interval sweeps do not need it)."""
        cursor = self._conn.execute(
            "SELECT code_id, start_pos, end_pos, coder_id FROM codings "
            f"WHERE document_id = ? AND {self._where} ORDER BY start_pos",
            [document_id, *self._params],
        )
        return cursor.fetchall()

    def rows(self, document_id: int) -> list[CodingRow]:
        """(id, uuid, code, start, end, coder, created_at), by start."""
        cursor = self._conn.execute(
            "SELECT id, uuid, code_id, start_pos, end_pos, coder_id, created_at FROM codings "
            f"WHERE document_id = ? AND {self._where} ORDER BY start_pos, end_pos, id",
            [document_id, *self._params],
        )
        return cursor.fetchall()


def coding_memos_of_document(conn: sqlite3.Connection, document_id: int) -> dict[int, str]:
    """Memo text of each coding in the document that has one (several are
    joined by a blank line, oldest first)."""
    cursor = conn.execute(
        "SELECT m.coding_id, m.text FROM memos m JOIN codings c ON c.id = m.coding_id "
        "WHERE c.document_id = ? ORDER BY m.created_at, m.id",
        (document_id,),
    )
    memos: dict[int, list[str]] = {}
    for coding_id, text in cursor:
        memos.setdefault(int(coding_id), []).append(str(text))
    return {coding_id: "\n\n".join(texts) for coding_id, texts in memos.items()}


def segment_counts(
    conn: sqlite3.Connection,
    document_ids: Collection[int] | None,
    code_ids: Collection[int] | None,
    coder_ids: Collection[int] | None,
) -> list[tuple[int, int, int]]:
    """(code, document, codings) for every pair with at least one coding."""
    where, params = _where(document_ids, code_ids, coder_ids)
    cursor = conn.execute(
        f"SELECT code_id, document_id, count(*) FROM codings WHERE {where} "
        "GROUP BY code_id, document_id",
        params,
    )
    return cursor.fetchall()


def coding_total(
    conn: sqlite3.Connection,
    document_ids: Collection[int] | None,
    code_ids: Collection[int] | None,
    coder_ids: Collection[int] | None,
) -> int:
    """How many codings pass these filters."""
    where, params = _where(document_ids, code_ids, coder_ids)
    return int(conn.execute(f"SELECT count(*) FROM codings WHERE {where}", params).fetchone()[0])


def codings_by_id(
    conn: sqlite3.Connection, ids: Collection[int]
) -> dict[int, tuple[int, int, int, int, int]]:
    """(document, code, start, end, coder) of each of these codings."""
    cursor = conn.execute(
        "SELECT id, document_id, code_id, start_pos, end_pos, coder_id FROM codings "
        "WHERE id IN (SELECT value FROM json_each(?))",
        (_ids_json(ids),),
    )
    return {int(row[0]): (row[1], row[2], row[3], row[4], row[5]) for row in cursor}


def text_excerpt(conn: sqlite3.Connection, document_id: int, start: int, length: int) -> str:
    """``length`` characters of a document's text from ``start`` (code points:
    SQLite's ``substr`` counts characters of UTF-8 text)."""
    row = conn.execute(
        "SELECT substr(text, ? + 1, ?) FROM document_texts WHERE document_id = ?",
        (start, length, document_id),
    ).fetchone()
    return "" if row is None else str(row[0])
