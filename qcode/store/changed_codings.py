"""Codings whose text an edit changed under them, flagged "text changed" for
the researcher to review: an edit that cut through a coding kept it on what
remains of its text, and a coding whose whole text was replaced now covers
the new text.  Each flag keeps the coding's span before the first such edit
and the text version that edit made; reviewing the coding removes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from qcode.model import ChangedCoding
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, json_ids


class NewFlag(NamedTuple):
    coding_id: int
    version: int
    start_before: int
    end_before: int
    created_at: str


def flags(conn: Connection, coding_ids: Iterable[int] | None = None) -> dict[int, ChangedCoding]:
    """The flag of each flagged coding (of these, or of all), by coding id."""
    sql = "SELECT coding_id, version, start_before, end_before, created_at FROM changed_codings"
    params: list[str] = []
    if coding_ids is not None:
        sql += f" WHERE coding_id {IN_IDS}"
        params.append(json_ids(coding_ids))
    return {int(row[0]): ChangedCoding(*row) for row in conn.execute(sql + " ORDER BY 1", params)}


def flagged_of(conn: Connection, coding_ids: Iterable[int]) -> list[int]:
    """Which of these codings are flagged."""
    return list(flags(conn, coding_ids))


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def flag(changes: ChangeRecorder, new: Sequence[NewFlag]) -> None:
    changes._insert("changed_codings", [row._asdict() for row in new])


def clear(changes: ChangeRecorder, coding_ids: Sequence[int]) -> None:
    changes._delete("changed_codings", coding_ids)
