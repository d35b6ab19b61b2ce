"""Saved queries: an expression of the query language, as typed, with the
filters it runs with (JSON), kept under a name.

The store keeps the text; checking that it parses belongs to the query
language (:mod:`qcode.analysis.queries`), above the core.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Sequence
from typing import Any, NamedTuple

from qcode.model import QueryOptions, SavedQuery
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection

_COLUMNS = "id, uuid, name, expression, options, created_at, modified_at"


class NewQuery(NamedTuple):
    """A saved query to insert (``uuid=None``: a new one)."""

    name: str
    expression: str
    options: QueryOptions
    created_at: str
    modified_at: str
    uuid: str | None = None


def options_from_json(text: str) -> QueryOptions:
    """The stored options; what is not a list of strings is left out, so a
    file edited by hand still opens."""
    try:
        raw = json.loads(text)
    except ValueError:
        raw = {}
    if not isinstance(raw, dict):
        raw = {}
    values: dict[str, tuple[str, ...]] = {}
    for name in QueryOptions.FIELDS:
        items = raw.get(name)
        if isinstance(items, list):
            values[name] = tuple(item for item in items if isinstance(item, str))
    return QueryOptions(**values)


def options_json(options: QueryOptions) -> str:
    return json.dumps(options.as_json(), ensure_ascii=False, sort_keys=True)


def _query(row: Sequence[Any]) -> SavedQuery:
    return SavedQuery(
        int(row[0]),
        str(row[1]),
        str(row[2]),
        str(row[3]),
        options_from_json(str(row[4])),
        str(row[5]),
        str(row[6]),
    )


# -- reading ---------------------------------------------------------------------


def saved_queries(conn: Connection) -> list[SavedQuery]:
    """Every saved query, by name."""
    cursor = conn.execute(
        f"SELECT {_COLUMNS} FROM saved_queries ORDER BY name COLLATE NOCASE, name, id"
    )
    return [_query(row) for row in cursor]


def rows(conn: Connection) -> list[SavedQuery]:
    """Every saved query in id order (a merge reads a project whole)."""
    cursor = conn.execute(f"SELECT {_COLUMNS} FROM saved_queries ORDER BY id")
    return [_query(row) for row in cursor]


def by_name(conn: Connection, name: str) -> SavedQuery | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM saved_queries WHERE name = ?", (name,))
    found = row.fetchone()
    return None if found is None else _query(found)


def by_id(conn: Connection, query_id: int) -> SavedQuery | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM saved_queries WHERE id = ?", (query_id,))
    found = row.fetchone()
    return None if found is None else _query(found)


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def insert(changes: ChangeRecorder, new: Sequence[NewQuery]) -> list[int]:
    """Add saved queries; returns their ids."""
    return changes._insert(
        "saved_queries",
        [
            {
                "uuid": query.uuid or str(uuidlib.uuid4()),
                "name": query.name,
                "expression": query.expression,
                "options": options_json(query.options),
                "created_at": query.created_at,
                "modified_at": query.modified_at,
            }
            for query in new
        ],
    )


def update(
    changes: ChangeRecorder,
    query_id: int,
    *,
    name: str | None = None,
    expression: str | None = None,
    options: QueryOptions | None = None,
    modified_at: str | None = None,
) -> None:
    """Change a saved query (``None``: left as it is); one recorded step."""
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = name
    if expression is not None:
        values["expression"] = expression
    if options is not None:
        values["options"] = options_json(options)
    if modified_at is not None:
        values["modified_at"] = modified_at
    if values:
        changes._update("saved_queries", query_id, values)


def delete(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("saved_queries", ids)
