"""Storage for code suggestions: the ones a coder rejected, and cached
trained models.

A rejected suggestion ("not this code here") is never offered again and is
a negative example when the suggestion model learns; it follows its
document's text like a coding.  Trained models are not research data:
never part of undo, safe to delete.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection, now_iso
from qcode.store.schema_state import STATE_TABLE
from qcode.store.sql import ids_where

_COLUMNS = "id, uuid, document_id, code_id, start_pos, end_pos, coder_id, created_at"


class RejectedSpan(NamedTuple):
    document_id: int
    code_id: int
    start: int
    end: int


class Rejection(NamedTuple):
    """A rejected suggestion with everything stored about it."""

    id: int
    uuid: str
    document_id: int
    code_id: int
    start: int
    end: int
    coder_id: int
    created_at: str


class NewRejection(NamedTuple):
    uuid: str
    document_id: int
    code_id: int
    start: int
    end: int
    coder_id: int
    created_at: str


# -- rejected suggestions ------------------------------------------------------------


def rejections(conn: Connection, document_id: int | None = None) -> list[RejectedSpan]:
    """(document, code, start, end) of rejected suggestions (only in one document)."""
    sql = "SELECT document_id, code_id, start_pos, end_pos FROM rejected_suggestions"
    params: list[Any] = []
    if document_id is not None:
        sql += " WHERE document_id = ?"
        params.append(document_id)
    cursor = conn.execute(sql + " ORDER BY document_id, start_pos", params)
    return [RejectedSpan(*row) for row in cursor]


def rejection_rows(conn: Connection, document_id: int | None = None) -> list[Rejection]:
    """One document's rejections in text order, or (``None``) every one in id
    order (a merge reads a project whole)."""
    if document_id is None:
        cursor = conn.execute(f"SELECT {_COLUMNS} FROM rejected_suggestions ORDER BY id")
    else:
        cursor = conn.execute(
            f"SELECT {_COLUMNS} FROM rejected_suggestions WHERE document_id = ? "
            "ORDER BY start_pos, id",
            (document_id,),
        )
    return [Rejection(*row) for row in cursor]


def rejection_ids_of_documents(conn: Connection, document_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "rejected_suggestions", "document_id", document_ids)


def rejection_ids_of_codes(conn: Connection, code_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "rejected_suggestions", "code_id", code_ids)


def rejection_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM rejected_suggestions").fetchone()[0])


def coding_state(conn: Connection) -> tuple[Any, ...]:
    """A key that changes whenever codings, rejections, codes (their words
    and place in the codebook), code memos, documents' texts and attributes
    or speakers change: the key for caches of things derived from them.

    One row, kept by triggers (:mod:`qcode.store.schema_state`): cheap on a
    project of any size, and bumped by every writer, undo and redo included."""
    row = conn.execute(f"SELECT version FROM {STATE_TABLE} WHERE id = 1").fetchone()
    return (int(row[0]),)


def insert_rejections(changes: ChangeRecorder, new: Sequence[NewRejection]) -> None:
    """Record rejected suggestions (recorded: undo and redo replay it)."""
    changes._insert(
        "rejected_suggestions",
        [
            {
                "uuid": rejection.uuid,
                "document_id": rejection.document_id,
                "code_id": rejection.code_id,
                "start_pos": rejection.start,
                "end_pos": rejection.end,
                "coder_id": rejection.coder_id,
                "created_at": rejection.created_at,
            }
            for rejection in new
        ],
    )


def move_rejection(changes: ChangeRecorder, rejection_id: int, start: int, end: int) -> None:
    """Give a rejection another span (its document's text changed)."""
    changes._update("rejected_suggestions", rejection_id, {"start_pos": start, "end_pos": end})


def move_rejections(changes: ChangeRecorder, spans: dict[int, tuple[int, int]]) -> int:
    """Give many rejections other spans at once (rejection id → (start, end))."""
    return changes._update_many(
        "rejected_suggestions",
        {key: {"start_pos": a, "end_pos": b} for key, (a, b) in spans.items()},
    )


def recode_rejection(changes: ChangeRecorder, rejection_id: int, code_id: int) -> None:
    """Put a rejection on another code (its code was merged into that one)."""
    changes._update("rejected_suggestions", rejection_id, {"code_id": code_id})


def delete_rejections(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("rejected_suggestions", ids)


# -- trained models (not edits: no history) ----------------------------------------------


def forget_models(conn: Connection) -> None:
    """Delete every cached suggestion model: they were learned from the text
    (not research data: not recorded, not undone)."""
    conn.execute("DELETE FROM suggestion_models")


def load_model(conn: Connection, fingerprint: str) -> bytes | None:
    row = conn.execute(
        "SELECT model FROM suggestion_models WHERE fingerprint = ?", (fingerprint,)
    ).fetchone()
    return None if row is None else bytes(row[0])


def save_model(conn: Connection, fingerprint: str, pipeline: str, model: bytes) -> None:
    """Keep only the newest model: an older one can never be asked for again."""
    conn.execute("DELETE FROM suggestion_models")
    conn.execute(
        "INSERT INTO suggestion_models (fingerprint, pipeline, created_at, model) "
        "VALUES (?, ?, ?, ?)",
        (fingerprint, pipeline, now_iso(), model),
    )
