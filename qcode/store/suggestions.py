"""Storage for code suggestions: rejected ones, and cached trained models."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from qcode.store.database import now_iso


def rejections(
    conn: sqlite3.Connection, document_id: int | None = None
) -> list[tuple[int, int, int, int]]:
    """(document, code, start, end) of rejected suggestions."""
    sql = "SELECT document_id, code_id, start_pos, end_pos FROM rejected_suggestions"
    params: list[Any] = []
    if document_id is not None:
        sql += " WHERE document_id = ?"
        params.append(document_id)
    return [tuple(row) for row in conn.execute(sql + " ORDER BY document_id, start_pos", params)]


def rejection_ids_where(conn: sqlite3.Connection, column: str, values: Sequence[int]) -> list[int]:
    if column not in ("document_id", "code_id"):
        raise ValueError(column)
    ids: list[int] = []
    values = list(values)
    for start in range(0, len(values), 900):
        chunk = values[start : start + 900]
        marks = ", ".join("?" for _ in chunk)
        cursor = conn.execute(
            f"SELECT id FROM rejected_suggestions WHERE {column} IN ({marks})", chunk
        )
        ids.extend(int(row[0]) for row in cursor)
    return ids


def coding_state(conn: sqlite3.Connection) -> tuple[Any, ...]:
    """A cheap summary that changes whenever codings, rejections, codes or
    documents change: the key for caches of things derived from them."""
    codings = conn.execute(
        "SELECT count(*), coalesce(max(id), 0), total(start_pos), total(end_pos), "
        "total(code_id * 7 + document_id) FROM codings"
    ).fetchone()
    rejected = conn.execute(
        "SELECT count(*), coalesce(max(id), 0), total(start_pos + code_id) "
        "FROM rejected_suggestions"
    ).fetchone()
    documents = conn.execute(
        "SELECT count(*), coalesce(max(id), 0), total(length), group_concat(sha256) FROM "
        "(SELECT id, length, sha256 FROM documents ORDER BY id)"
    ).fetchone()
    codes = conn.execute(
        "SELECT count(*), coalesce(max(id), 0), total(codable) FROM codes"
    ).fetchone()
    return (*codings, *rejected, *documents, *codes)


def load_model(conn: sqlite3.Connection, fingerprint: str) -> bytes | None:
    row = conn.execute(
        "SELECT model FROM suggestion_models WHERE fingerprint = ?", (fingerprint,)
    ).fetchone()
    return None if row is None else bytes(row[0])


def save_model(conn: sqlite3.Connection, fingerprint: str, pipeline: str, model: bytes) -> None:
    """Keep only the newest model: an older one can never be asked for again."""
    conn.execute("DELETE FROM suggestion_models")
    conn.execute(
        "INSERT INTO suggestion_models (fingerprint, pipeline, created_at, model) "
        "VALUES (?, ?, ?, ?)",
        (fingerprint, pipeline, now_iso(), model),
    )
