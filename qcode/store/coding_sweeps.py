"""Codings as the analyses (:mod:`qcode.analysis`) and reports sweep them.

Codings are read one document at a time, sorted by position, so that an
analysis can sweep a document's codings from start to end while holding only
that document in memory; every read takes the same filters (documents,
codes, coders, each ``None`` for all, and origins: how the codings were
made, see :func:`qcode.store.coding_provenance.origin_condition`).  Id
filters go in as one JSON parameter (``json_each``), so any number of ids
fits in one statement.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from qcode.store.coding_provenance import origin_condition
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, json_ids

# The rows are plain tuples, as SQLite gives them, on purpose: a sweep reads
# every coding of a project, and building an object for each would cost more
# than the sweep.
# (code, start, end, coder) of one coding
Span = tuple[int, int, int, int]
# (document, code, start, end, coder) of one coding
DocumentSpan = tuple[int, int, int, int, int]
# (id, uuid, code, start, end, coder, created_at) of one coding of a document
DocumentCoding = tuple[int, str, int, int, int, int, str]
# (id, uuid, code, start, end, coder) of one coding of a document
PlacedCoding = tuple[int, str, int, int, int, int]
# (code, document, coder, start, end, id) of one coding
AgreementRow = tuple[int, int, int, int, int, int]


def _where(
    document_ids: Collection[int] | None,
    code_ids: Collection[int] | None,
    coder_ids: Collection[int] | None,
    origins: Collection[str] | None = None,
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
            clauses.append(f"{column} {IN_IDS}")
            params.append(json_ids(ids))
    if origins is not None:
        clause, more = origin_condition(origins)
        clauses.append(clause)
        params += more
    return (" AND ".join(clauses) or "1"), params


class CodingReader:
    """Reads the codings of one document after another, with the same code
    and coder filters each time (the filters are encoded once)."""

    def __init__(
        self,
        conn: Connection,
        code_ids: Collection[int] | None,
        coder_ids: Collection[int] | None,
        origins: Collection[str] | None = None,
    ) -> None:
        self._conn = conn
        self._where, self._params = _where(None, code_ids, coder_ids, origins)

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

    def spans_in(self, document_ids: Collection[int] | None) -> Iterator[DocumentSpan]:
        """(document, code, start, end, coder) of the codings of these
        documents (``None``: of every document), by document then start, in
        one read, as they are consumed: what a sweep over a whole project (or
        a survey's 100,000 answers) reads, where one query per document would
        cost more than the sweep."""
        where, params = self._where, self._params
        if document_ids is not None:
            where = f"document_id {IN_IDS} AND {where}"
            params = [json_ids(document_ids), *params]
        cursor = self._conn.execute(
            "SELECT document_id, code_id, start_pos, end_pos, coder_id FROM codings "
            f"WHERE {where} ORDER BY document_id, start_pos",
            params,
        )
        return iter(cursor)

    def rows(self, document_id: int) -> list[DocumentCoding]:
        """(id, uuid, code, start, end, coder, created_at), by start."""
        cursor = self._conn.execute(
            "SELECT id, uuid, code_id, start_pos, end_pos, coder_id, created_at FROM codings "
            f"WHERE document_id = ? AND {self._where} ORDER BY start_pos, end_pos, id",
            [document_id, *self._params],
        )
        return cursor.fetchall()

    def placed(self, document_id: int, *, uuids: bool = True) -> list[PlacedCoding]:
        """(id, uuid, code, start, end, coder), in the order of :meth:`rows`:
        for the sweeps that never show when a coding was made (reading that
        for every coding of a project costs a sixth of the read).  Without
        ``uuids`` each uuid is ``""``: the rest is read from the document
        index alone, without a look-up of each coding's row (half the time)."""
        uuid = "uuid" if uuids else "''"
        cursor = self._conn.execute(
            f"SELECT id, {uuid}, code_id, start_pos, end_pos, coder_id FROM codings "
            f"WHERE document_id = ? AND {self._where} ORDER BY start_pos, end_pos, id",
            [document_id, *self._params],
        )
        return cursor.fetchall()


def segment_counts(
    conn: Connection,
    document_ids: Collection[int] | None,
    code_ids: Collection[int] | None,
    coder_ids: Collection[int] | None,
    origins: Collection[str] | None = None,
) -> list[tuple[int, int, int]]:
    """(code, document, codings) for every pair with at least one coding."""
    where, params = _where(document_ids, code_ids, coder_ids, origins)
    cursor = conn.execute(
        f"SELECT code_id, document_id, count(*) FROM codings WHERE {where} "
        "GROUP BY code_id, document_id",
        params,
    )
    return cursor.fetchall()


def coding_total(
    conn: Connection,
    document_ids: Collection[int] | None,
    code_ids: Collection[int] | None,
    coder_ids: Collection[int] | None,
    origins: Collection[str] | None = None,
) -> int:
    """How many codings pass these filters."""
    where, params = _where(document_ids, code_ids, coder_ids, origins)
    return int(conn.execute(f"SELECT count(*) FROM codings WHERE {where}", params).fetchone()[0])


def codings_by_id(
    conn: Connection, ids: Collection[int]
) -> dict[int, tuple[int, int, int, int, int]]:
    """(document, code, start, end, coder) of each of these codings."""
    cursor = conn.execute(
        "SELECT id, document_id, code_id, start_pos, end_pos, coder_id FROM codings "
        f"WHERE id {IN_IDS}",
        (json_ids(ids),),
    )
    return {int(row[0]): (row[1], row[2], row[3], row[4], row[5]) for row in cursor}


def documents_coded_by(conn: Connection, coder_ids: Collection[int]) -> dict[int, set[int]]:
    """The documents each of these coders has coded at least once (any code)."""
    cursor = conn.execute(
        f"SELECT DISTINCT coder_id, document_id FROM codings WHERE coder_id {IN_IDS}",
        (json_ids(coder_ids),),
    )
    result: dict[int, set[int]] = {coder_id: set() for coder_id in coder_ids}
    for coder_id, document_id in cursor:
        result[int(coder_id)].add(int(document_id))
    return result


def agreement_codings(
    conn: Connection,
    document_ids: Collection[int],
    code_ids: Collection[int] | None,
    coder_ids: Collection[int],
    origins: Collection[str] | None = None,
) -> list[AgreementRow]:
    """The codings of these coders in these documents (and codes; ``None``:
    every code), ordered by code, document, coder and start for sweeping."""
    where, params = _where(document_ids, code_ids, coder_ids, origins)
    cursor = conn.execute(
        "SELECT code_id, document_id, coder_id, start_pos, end_pos, id FROM codings "
        f"WHERE {where} ORDER BY code_id, document_id, coder_id, start_pos",
        params,
    )
    return cursor.fetchall()
