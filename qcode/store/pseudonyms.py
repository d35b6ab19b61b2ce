"""Reading the pseudonym table (identifier → what exports put in its place).

Rows come back as plain tuples ``(id, uuid, original, replacement, kind,
created_at)``; :mod:`qcode.core.pseudonyms` turns them into values.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

PseudonymRow = tuple[int, str, str, str, str, str]

_COLUMNS = "id, uuid, original, replacement, kind, created_at"


def rows(conn: sqlite3.Connection, ids: Sequence[int] | None = None) -> list[PseudonymRow]:
    """Every row (or those with ``ids``), longest original first, then by original."""
    sql = f"SELECT {_COLUMNS} FROM pseudonyms"
    params: list[Any] = []
    if ids is not None:
        sql += f" WHERE id IN ({', '.join('?' for _ in ids)})"
        params = list(ids)
    sql += " ORDER BY length(original) DESC, original, id"
    return [_row(row) for row in conn.execute(sql, params)]


def row_by_original(conn: sqlite3.Connection, original: str) -> PseudonymRow | None:
    """The row whose original is exactly ``original`` (case-sensitive)."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM pseudonyms WHERE original = ?", (original,)
    ).fetchone()
    return None if row is None else _row(row)


def _row(row: Sequence[Any]) -> PseudonymRow:
    return (int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]))
