"""The framework matrix: a summary per case and code, and its quotes.

A cell holds the researcher's own summary of what a case says on a code;
its quotes are the codings the summary rests on.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from qcode.model import FrameworkCell
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, ids_where, json_ids

_COLUMNS = "id, uuid, case_id, code_id, summary, coder_id, modified_at"


class CellRow(NamedTuple):
    id: int
    uuid: str
    case_id: int
    code_id: int
    summary: str
    coder_id: int | None
    modified_at: str


class QuoteRow(NamedTuple):
    id: int
    cell_id: int
    coding_id: int


class NewCell(NamedTuple):
    """A cell to insert (``uuid=None``: a new one; ``id=None``: the next free one)."""

    case_id: int
    code_id: int
    summary: str
    coder_id: int | None
    modified_at: str
    uuid: str | None = None
    id: int | None = None


# -- reading ---------------------------------------------------------------------


def cells(conn: Connection, case_ids: Iterable[int] | None = None) -> list[FrameworkCell]:
    """The cells (of these cases), with their quotes, by case and code id."""
    sql = f"SELECT {_COLUMNS} FROM framework_cells"
    params: list[Any] = []
    if case_ids is not None:
        sql += f" WHERE case_id {IN_IDS}"
        params.append(json_ids(case_ids))
    found = [CellRow(*row) for row in conn.execute(sql + " ORDER BY case_id, code_id", params)]
    quotes = quotes_by_cell(conn, [row.id for row in found])
    return [FrameworkCell(*row, quotes=tuple(quotes.get(row.id, ()))) for row in found]


def cell(conn: Connection, case_id: int, code_id: int) -> FrameworkCell | None:
    """The cell of a case and a code, if it has one."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM framework_cells WHERE case_id = ? AND code_id = ?",
        (case_id, code_id),
    ).fetchone()
    if row is None:
        return None
    found = CellRow(*row)
    return FrameworkCell(*found, quotes=tuple(quotes_by_cell(conn, [found.id]).get(found.id, ())))


def rows(conn: Connection) -> list[CellRow]:
    """Every cell in id order (a merge reads a project whole)."""
    cursor = conn.execute(f"SELECT {_COLUMNS} FROM framework_cells ORDER BY id")
    return [CellRow(*row) for row in cursor]


def quote_rows(conn: Connection) -> list[QuoteRow]:
    """Every quote in id order."""
    cursor = conn.execute("SELECT id, cell_id, coding_id FROM framework_quotes ORDER BY id")
    return [QuoteRow(*row) for row in cursor]


def quotes_by_cell(conn: Connection, cell_ids: Iterable[int]) -> dict[int, list[int]]:
    """The coding ids quoted by each of these cells, in the order linked."""
    result: dict[int, list[int]] = {}
    cursor = conn.execute(
        f"SELECT cell_id, coding_id FROM framework_quotes WHERE cell_id {IN_IDS} ORDER BY id",
        (json_ids(cell_ids),),
    )
    for cell_id, coding_id in cursor:
        result.setdefault(int(cell_id), []).append(int(coding_id))
    return result


def quotes_of(conn: Connection, cell_id: int) -> list[QuoteRow]:
    """One cell's quotes, in the order linked."""
    cursor = conn.execute(
        "SELECT id, cell_id, coding_id FROM framework_quotes WHERE cell_id = ? ORDER BY id",
        (cell_id,),
    )
    return [QuoteRow(*row) for row in cursor]


def cell_ids_of_cases(conn: Connection, case_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "framework_cells", "case_id", case_ids)


def cell_ids_of_codes(conn: Connection, code_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "framework_cells", "code_id", code_ids)


def quote_ids_of_cells(conn: Connection, cell_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "framework_quotes", "cell_id", cell_ids)


def quote_ids_of_codings(conn: Connection, coding_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "framework_quotes", "coding_id", coding_ids)


def quotes(conn: Connection, ids: Iterable[int]) -> list[QuoteRow]:
    """These quotes, by id."""
    cursor = conn.execute(
        f"SELECT id, cell_id, coding_id FROM framework_quotes WHERE id {IN_IDS} ORDER BY id",
        (json_ids(ids),),
    )
    return [QuoteRow(*row) for row in cursor]


def cell_rows(conn: Connection, ids: Iterable[int]) -> list[CellRow]:
    """These cells, by id."""
    cursor = conn.execute(
        f"SELECT {_COLUMNS} FROM framework_cells WHERE id {IN_IDS} ORDER BY id", (json_ids(ids),)
    )
    return [CellRow(*row) for row in cursor]


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def next_id(changes: ChangeRecorder) -> int:
    """The id the next inserted cell will get."""
    return changes._next_id("framework_cells")


def insert(changes: ChangeRecorder, new: Sequence[NewCell]) -> list[int]:
    """Add cells; returns their ids."""
    return changes._insert(
        "framework_cells",
        [
            {
                "id": cell.id,
                "uuid": cell.uuid or str(uuidlib.uuid4()),
                "case_id": cell.case_id,
                "code_id": cell.code_id,
                "summary": cell.summary,
                "coder_id": cell.coder_id,
                "modified_at": cell.modified_at,
            }
            for cell in new
        ],
    )


def update(
    changes: ChangeRecorder,
    cell_id: int,
    *,
    summary: str | None = None,
    coder_id: int | None = None,
    modified_at: str | None = None,
    code_id: int | None = None,
) -> None:
    """Change a cell (``None``: left as it is); one recorded step."""
    values: dict[str, Any] = {}
    if summary is not None:
        values["summary"] = summary
    if coder_id is not None:
        values["coder_id"] = coder_id
    if modified_at is not None:
        values["modified_at"] = modified_at
    if code_id is not None:
        values["code_id"] = code_id
    if values:
        changes._update("framework_cells", cell_id, values)


def delete(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    """Delete cells (their quotes go first)."""
    changes._delete("framework_cells", ids)


def insert_quotes(changes: ChangeRecorder, pairs: Sequence[tuple[int, int]]) -> None:
    """Add quotes: (cell, coding) pairs not there yet."""
    changes._insert(
        "framework_quotes", [{"cell_id": cell, "coding_id": coding} for cell, coding in pairs]
    )


def move_quote(
    changes: ChangeRecorder,
    quote_id: int,
    *,
    cell_id: int | None = None,
    coding_id: int | None = None,
) -> None:
    """Point a quote at another cell or coding."""
    values: dict[str, Any] = {}
    if cell_id is not None:
        values["cell_id"] = cell_id
    if coding_id is not None:
        values["coding_id"] = coding_id
    if values:
        changes._update("framework_quotes", quote_id, values)


def delete_quotes(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("framework_quotes", ids)
