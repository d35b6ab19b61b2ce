"""Where each coding came from, when not from a researcher's own selection:
an accepted suggestion (its source, the model's version, its confidence and
reason), a speaker's turns coded at once, a "code all" of query or search
results.  A coding made by hand has no row.

The row is written by the edit that adds the coding and removed by the edit
that deletes it, so undo and redo bring both back together.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from qcode.model import CodingOrigin
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, json_ids

_COLUMNS = "coding_id, source, model_version, confidence, reason, created_at"


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


def origins(conn: Connection, coding_ids: Iterable[int] | None = None) -> dict[int, CodingOrigin]:
    """The origin of each of these codings (or of all) that has one, by coding id."""
    return {row.coding_id: row.origin for row in rows(conn, coding_ids)}


def origins_by_uuid(conn: Connection) -> dict[str, CodingOrigin]:
    """The origin of every coding that has one, by the coding's UUID."""
    cursor = conn.execute(
        "SELECT c.uuid, p.source, p.model_version, p.confidence, p.reason "
        "FROM coding_provenance p JOIN codings c ON c.id = p.coding_id"
    )
    return {str(row[0]): CodingOrigin(*row[1:]) for row in cursor}


def recorded_of(conn: Connection, coding_ids: Iterable[int]) -> list[int]:
    """Which of these codings have a provenance row."""
    return [row.coding_id for row in rows(conn, coding_ids)]


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def record(changes: ChangeRecorder, new: Sequence[ProvenanceRow]) -> None:
    changes._insert("coding_provenance", [row._asdict() for row in new])


def forget(changes: ChangeRecorder, coding_ids: Sequence[int]) -> None:
    changes._delete("coding_provenance", coding_ids)
