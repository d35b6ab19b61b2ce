"""Where each coding came from, when not from a researcher's own selection:
an accepted suggestion (its source, the model's version, its confidence and
reason), a speaker's turns coded at once, a "code all" of query or search
results, a merge, an import.  A coding made by hand has no row, and neither
has one made before qcode kept this: the highest id of those is kept
(:mod:`qcode.store.schema_provenance`), so that they read ``unknown``.

The row is written by the edit that adds the coding and removed by the edit
that deletes it, so undo and redo bring both back together.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from typing import Any, NamedTuple

from qcode.model import ORIGIN_OF_SOURCE, CodingOrigin
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.schema_provenance import UNKNOWN_THROUGH_KEY
from qcode.store.sql import IN_IDS, json_ids

_COLUMNS = "coding_id, source, model_version, confidence, reason, created_at"

# The first part of a stored source ("suggestion" of "suggestion:learned").
_KIND = "substr(source, 1, instr(source || ':', ':') - 1)"
_ROWLESS = "codings.id NOT IN (SELECT coding_id FROM coding_provenance)"
_BEFORE = (
    "(SELECT coalesce(max(CAST(value AS INTEGER)), 0) FROM project "
    f"WHERE key = '{UNKNOWN_THROUGH_KEY}')"
)


class ProvenanceRow(NamedTuple):
    """One coding's provenance as stored."""

    coding_id: int
    source: str
    model_version: str | None
    confidence: float | None
    reason: str | None
    created_at: str

    @property
    def origin(self) -> CodingOrigin:
        return CodingOrigin(self.source, self.model_version, self.confidence, self.reason)


# -- reading ---------------------------------------------------------------------


def rows(conn: Connection, coding_ids: Iterable[int] | None = None) -> list[ProvenanceRow]:
    """The rows of these codings (or of all), by coding id."""
    sql = f"SELECT {_COLUMNS} FROM coding_provenance"
    params: list[str] = []
    if coding_ids is not None:
        sql += f" WHERE coding_id {IN_IDS}"
        params.append(json_ids(coding_ids))
    return [ProvenanceRow(*row) for row in conn.execute(sql + " ORDER BY coding_id", params)]


# What a coding from before qcode kept provenance reads as (it has no row).
BEFORE_RECORDS = CodingOrigin("unknown")


def origins(conn: Connection, coding_ids: Iterable[int] | None = None) -> dict[int, CodingOrigin]:
    """The origin of each of these codings (or of all) not made by hand, by
    coding id: its row, else :data:`BEFORE_RECORDS` for a coding made before
    qcode kept this (see :func:`unknown_through`)."""
    wanted = None if coding_ids is None else list(coding_ids)
    found = {row.coding_id: row.origin for row in rows(conn, wanted)}
    for coding_id in _rowless_before(conn, wanted):
        found[coding_id] = BEFORE_RECORDS
    return found


def origins_by_uuid(
    conn: Connection, uuids: Iterable[str] | None = None
) -> dict[str, CodingOrigin]:
    """The origin of every coding (or of those with these UUIDs) not made by
    hand, by the coding's UUID (see :func:`origins`)."""
    # Only the codings asked for: a window showing 500 rows of 200,000 reads 500.
    among, params = "", []
    if uuids is not None:
        among, params = " AND uuid IN (SELECT value FROM json_each(?))", [json.dumps(list(uuids))]
    cursor = conn.execute(
        "SELECT c.uuid, p.source, p.model_version, p.confidence, p.reason "
        "FROM coding_provenance p JOIN codings c ON c.id = p.coding_id WHERE 1" + among,
        params,
    )
    found = {str(row[0]): CodingOrigin(*row[1:]) for row in cursor}
    before = unknown_through(conn)
    if before:
        sql = f"SELECT uuid FROM codings WHERE id <= ? AND {_ROWLESS}" + among
        cursor = conn.execute(sql, [before, *params])
        found.update((str(row[0]), BEFORE_RECORDS) for row in cursor)
    return found


def _rowless_before(conn: Connection, coding_ids: list[int] | None) -> list[int]:
    """Which of these codings (or of all) have no row and are older than the records."""
    before = unknown_through(conn)
    if not before:
        return []
    sql = f"SELECT id FROM codings WHERE id <= ? AND {_ROWLESS}"
    params: list[Any] = [before]
    if coding_ids is not None:
        sql += f" AND id {IN_IDS}"
        params.append(json_ids(coding_ids))
    return [int(row[0]) for row in conn.execute(sql, params)]


def recorded_of(conn: Connection, coding_ids: Iterable[int]) -> list[int]:
    """Which of these codings have a provenance row."""
    return [row.coding_id for row in rows(conn, coding_ids)]


def unknown_through(conn: Connection) -> int:
    """The highest id of the codings made before qcode kept how codings are
    made (0: none; see :mod:`qcode.store.schema_provenance`)."""
    key = (UNKNOWN_THROUGH_KEY,)
    row = conn.execute("SELECT value FROM project WHERE key = ?", key).fetchone()
    return 0 if row is None else int(row[0])


def origin_names(conn: Connection, coding_ids: Collection[int]) -> dict[int, str]:
    """The origin (a word of :data:`~qcode.model.ORIGINS`) of each of these codings."""
    made = origins(conn, coding_ids)
    return {
        coding_id: made[coding_id].kind if coding_id in made else "hand" for coding_id in coding_ids
    }


def origin_condition(wanted: Collection[str]) -> tuple[str, list[Any]]:
    """An SQL condition on ``codings``: the coding's origin is one of
    ``wanted`` (words of :data:`~qcode.model.ORIGINS`), as
    :func:`origin_names` tells it, with its parameters."""
    kinds = [kind for kind, origin in ORIGIN_OF_SOURCE.items() if origin in wanted]
    clauses: list[str] = []
    params: list[Any] = []
    recorded = f"{_KIND} IN (SELECT value FROM json_each(?))"
    if "unknown" in wanted:  # "unknown" rows, and any source a newer qcode wrote
        recorded = f"({recorded} OR {_KIND} NOT IN (SELECT value FROM json_each(?)))"
        params += [json.dumps(kinds), json.dumps(list(ORIGIN_OF_SOURCE))]
    elif kinds:
        params.append(json.dumps(kinds))
    if params:
        clauses.append(f"codings.id IN (SELECT coding_id FROM coding_provenance WHERE {recorded})")
    if "hand" in wanted:
        clauses.append(f"({_ROWLESS} AND codings.id > {_BEFORE})")
    if "unknown" in wanted:
        clauses.append(f"({_ROWLESS} AND codings.id <= {_BEFORE})")
    return "(" + (" OR ".join(clauses) or "0") + ")", params


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def record(changes: ChangeRecorder, new: Sequence[ProvenanceRow]) -> None:
    changes._insert("coding_provenance", [row._asdict() for row in new])


def forget(changes: ChangeRecorder, coding_ids: Sequence[int]) -> None:
    changes._delete("coding_provenance", coding_ids)
