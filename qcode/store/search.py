"""The reads behind text search (:mod:`qcode.analysis.search`).

SQLite only narrows the candidates here: ``instr`` is an exact, case-sensitive
substring test, so a document it rejects cannot hold a match.  Finding the
matches and their offsets is left to Python, which counts code points.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any


def documents_in_order(
    conn: sqlite3.Connection, ids: Sequence[int] | None = None
) -> list[tuple[int, str]]:
    """(id, name) of the documents, in display order, optionally only these ids."""
    sql = "SELECT id, name FROM documents"
    params: list[Any] = []
    if ids is not None:
        # One parameter however many ids: no limit on the number of variables.
        sql += " WHERE id IN (SELECT value FROM json_each(?))"
        params.append("[" + ",".join(str(int(i)) for i in ids) + "]")
    rows = conn.execute(sql + " ORDER BY position, name COLLATE NOCASE, id", params)
    return [(int(row[0]), str(row[1])) for row in rows]


def document_ids_containing(
    conn: sqlite3.Connection,
    needle: str,
    *,
    fold_ascii: bool = False,
    or_containing: Iterable[str] = (),
) -> set[int]:
    """Ids of documents whose text contains ``needle``.

    With ``fold_ascii`` both sides go through SQLite's ``lower()``, which folds
    A–Z only (``needle`` should then be ASCII).  A text that contains any of
    ``or_containing`` is a candidate too.  Texts never leave SQLite.
    """
    condition = "instr(lower(text), lower(?)) > 0" if fold_ascii else "instr(text, ?) > 0"
    params: list[Any] = [needle]
    for extra in or_containing:
        condition += " OR instr(text, ?) > 0"
        params.append(extra)
    rows = conn.execute(f"SELECT document_id FROM document_texts WHERE {condition}", params)
    return {int(row[0]) for row in rows}
