"""The reads behind inter-coder agreement (:mod:`qcode.analysis.agreement`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator

from qcode.store.analysis import _ids_json, _where

# (code, document, coder, start, end, id) of one coding
AgreementRow = tuple[int, int, int, int, int, int]


def documents_coded_by(conn: sqlite3.Connection, coder_ids: Collection[int]) -> dict[int, set[int]]:
    """The documents each of these coders has coded at least once (any code)."""
    cursor = conn.execute(
        "SELECT DISTINCT coder_id, document_id FROM codings "
        "WHERE coder_id IN (SELECT value FROM json_each(?))",
        (_ids_json(coder_ids),),
    )
    result: dict[int, set[int]] = {coder_id: set() for coder_id in coder_ids}
    for coder_id, document_id in cursor:
        result[int(coder_id)].add(int(document_id))
    return result


def agreement_codings(
    conn: sqlite3.Connection,
    document_ids: Collection[int],
    code_ids: Collection[int] | None,
    coder_ids: Collection[int],
) -> list[AgreementRow]:
    """The codings of these coders in these documents (and codes; ``None``:
    every code), ordered by code, document, coder and start for sweeping."""
    where, params = _where(document_ids, code_ids, coder_ids)
    cursor = conn.execute(
        "SELECT code_id, document_id, coder_id, start_pos, end_pos, id FROM codings "
        f"WHERE {where} ORDER BY code_id, document_id, coder_id, start_pos",
        params,
    )
    return cursor.fetchall()


def document_texts(conn: sqlite3.Connection, document_ids: Collection[int]) -> Iterator[str]:
    """The stored text of each document, in the order given (one at a time,
    so a thousand transcripts never sit in memory together)."""
    for document_id in document_ids:
        row = conn.execute(
            "SELECT text FROM document_texts WHERE document_id = ?", (document_id,)
        ).fetchone()
        yield "" if row is None else str(row[0])
