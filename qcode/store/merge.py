"""The reads behind merging one project into another.

A merge compares whole tables of two projects, so these reads are bulk:
every row of a table in one query, as plain dicts keyed by the column names
of :data:`~qcode.store.schema.TABLES`.  Document texts are read one at a time,
and only for the documents a merge has to add or re-anchor.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from qcode.store.schema import KEY_COLUMN, TABLES

# Tables a merge reads whole (document_texts is read per document).
MERGED_TABLES = (
    "coders",
    "documents",
    "variables",
    "document_values",
    "speaker_turns",
    "codes",
    "codings",
    "memos",
    "rejected_suggestions",
    "pseudonyms",
)


def table_rows(conn: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    """Every row of ``table`` with all its columns, in key order."""
    if table not in MERGED_TABLES:
        raise ValueError(f"not a merged table: {table}")
    columns = TABLES[table]
    cursor = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {KEY_COLUMN[table]}")
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def document_texts(conn: sqlite3.Connection, document_ids: list[int]) -> dict[int, str]:
    """The stored text of each of these documents."""
    texts: dict[int, str] = {}
    for start in range(0, len(document_ids), 900):
        chunk = document_ids[start : start + 900]
        cursor = conn.execute(
            "SELECT document_id, text FROM document_texts WHERE document_id IN "
            f"({', '.join('?' for _ in chunk)})",
            chunk,
        )
        texts.update((int(row[0]), str(row[1])) for row in cursor)
    return texts


def broken_references(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(table, referred table) for rows that refer to a row that is not
    there: a damaged file, which a merge must refuse rather than half-read."""
    found = conn.execute("PRAGMA foreign_key_check").fetchall()
    return sorted({(str(row[0]), str(row[2])) for row in found})


@contextmanager
def read_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction, so that a project a coder is still editing is
    read as it was at one moment."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")
