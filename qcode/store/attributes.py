"""Document attributes: variables (name, type) and each document's values.

A value column has no declared type, so SQLite keeps integers as integers
and text as text; a yes/no value is stored as 0 or 1 and read back as a
``bool`` by :func:`by_document`.  Raw readers (:func:`value_rows`) give
values as stored.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from qcode.model import AttributeValue, Variable
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, ids_where, json_ids


class VariableRow(NamedTuple):
    """A variable with its description."""

    id: int
    uuid: str
    name: str
    type: str  # text | integer | float | boolean | date
    description: str


class ValueRow(NamedTuple):
    """One document's value of one variable, as stored (yes/no as 0 or 1)."""

    id: int
    document_id: int
    variable_id: int
    value: Any


class NewValue(NamedTuple):
    document_id: int
    variable_id: int
    value: AttributeValue


# -- reading ---------------------------------------------------------------------


def variables(conn: Connection) -> list[Variable]:
    """Every variable, by name."""
    cursor = conn.execute("SELECT id, uuid, name, type FROM variables ORDER BY name")
    return [Variable(*row) for row in cursor]


def variable_rows(conn: Connection) -> list[VariableRow]:
    """Every variable with its description, by name (then id)."""
    cursor = conn.execute(
        "SELECT id, uuid, name, type, description FROM variables ORDER BY name, id"
    )
    return [VariableRow(*row) for row in cursor]


def by_document(
    conn: Connection, ids: Sequence[int] | None
) -> dict[int, dict[str, AttributeValue]]:
    """The attributes of these documents (``None``: of all), by variable name."""
    result: dict[int, dict[str, AttributeValue]] = {}
    # A variable at a time, in name order, so that each document's values
    # arrive in name order without SQLite sorting every value of the project.
    known = conn.execute("SELECT id, name, type FROM variables ORDER BY name").fetchall()
    if ids is None:
        sql = "SELECT document_id, value FROM document_values WHERE variable_id = ?"
        wanted: list[Any] = []
    else:
        sql = (
            "SELECT document_id, value FROM document_values "
            f"WHERE variable_id = ? AND document_id {IN_IDS}"
        )
        wanted = [json_ids(ids)]
    get = result.get
    for variable_id, name, type_ in known:
        for document_id, value in conn.execute(sql, [variable_id, *wanted]):
            values = get(document_id)
            if values is None:
                values = result[document_id] = {}
            values[name] = bool(value) if type_ == "boolean" else value
    return result


def values_of_variable(
    conn: Connection, name: str, inherited_from: str | None = None
) -> dict[int, AttributeValue]:
    """Each document's value of the variable called ``name``: its own; else,
    for a document that is a member (as a whole) of a case of the type
    ``inherited_from``, that case's value (of the lowest case id, when it
    is in several).  Documents with neither are absent."""
    found = conn.execute("SELECT id, type FROM variables WHERE name = ?", (name,)).fetchone()
    if found is None:
        return {}
    variable_id, type_ = found
    result: dict[int, Any] = {}
    if inherited_from is not None:
        cursor = conn.execute(
            "SELECT m.document_id, cv.value FROM case_members m "
            "JOIN cases c ON c.id = m.case_id "
            "JOIN case_values cv ON cv.case_id = m.case_id AND cv.variable_id = ? "
            "WHERE c.type = ? AND m.document_id IS NOT NULL AND m.speaker IS NULL "
            "ORDER BY m.case_id DESC",
            (variable_id, inherited_from),
        )
        result.update(cursor)
    cursor = conn.execute(
        "SELECT document_id, value FROM document_values WHERE variable_id = ?", (variable_id,)
    )
    result.update(cursor)
    if type_ == "boolean":
        return {document_id: bool(value) for document_id, value in result.items()}
    return result


def names_held(conn: Connection, inherited_from: str | None = None) -> list[str]:
    """Names of the variables some document holds, itself or (with
    ``inherited_from``) through a case of that type it is a member of."""
    sql = (
        "SELECT name FROM variables v WHERE EXISTS "
        "(SELECT 1 FROM document_values dv WHERE dv.variable_id = v.id)"
    )
    params: list[Any] = []
    if inherited_from is not None:
        sql += (
            " OR EXISTS (SELECT 1 FROM case_values cv JOIN cases c ON c.id = cv.case_id "
            "WHERE cv.variable_id = v.id AND c.type = ? AND EXISTS (SELECT 1 FROM case_members m "
            "WHERE m.case_id = c.id AND m.document_id IS NOT NULL AND m.speaker IS NULL))"
        )
        params.append(inherited_from)
    return [str(row[0]) for row in conn.execute(sql, params)]


def value(conn: Connection, document_id: int, variable_id: int) -> ValueRow | None:
    """A document's value of a variable, if it has one."""
    row = conn.execute(
        "SELECT id, document_id, variable_id, value FROM document_values "
        "WHERE document_id = ? AND variable_id = ?",
        (document_id, variable_id),
    ).fetchone()
    return None if row is None else ValueRow(*row)


def value_rows(conn: Connection) -> list[ValueRow]:
    """Every value of every document, in id order (a merge reads a project whole)."""
    cursor = conn.execute(
        "SELECT id, document_id, variable_id, value FROM document_values ORDER BY id"
    )
    return [ValueRow(*row) for row in cursor]


def text_values(conn: Connection, document_id: int) -> list[ValueRow]:
    """A document's values of text variables (what could name someone)."""
    cursor = conn.execute(
        "SELECT dv.id, dv.document_id, dv.variable_id, dv.value FROM document_values dv "
        "JOIN variables v ON v.id = dv.variable_id "
        "WHERE dv.document_id = ? AND v.type = 'text' AND typeof(dv.value) = 'text' "
        "ORDER BY dv.id",
        (document_id,),
    )
    return [ValueRow(*row) for row in cursor]


def value_ids_of_documents(conn: Connection, document_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "document_values", "document_id", document_ids)


def characters(conn: Connection) -> int:
    """Characters in variable names and descriptions and in every value."""
    row = conn.execute(
        "SELECT (SELECT coalesce(sum(length(name) + length(description)), 0) FROM variables)"
        " + (SELECT coalesce(sum(length(value)), 0) FROM document_values)"
    ).fetchone()
    return int(row[0] or 0)


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def insert_variable(
    changes: ChangeRecorder, name: str, type_: str, description: str = "", uuid: str | None = None
) -> int:
    """Add a variable (a new UUID unless one is given); returns its id."""
    row = {
        "uuid": uuid or str(uuidlib.uuid4()),
        "name": name,
        "type": type_,
        "description": description,
    }
    return int(changes._insert("variables", [row])[0])


def insert_values(changes: ChangeRecorder, values: Sequence[NewValue]) -> None:
    """Add documents' values of variables (none there yet for the pair)."""
    changes._insert(
        "document_values",
        [
            {
                "document_id": new.document_id,
                "variable_id": new.variable_id,
                "value": _stored(new.value),
            }
            for new in values
        ],
    )


def set_value(changes: ChangeRecorder, value_id: int, value: AttributeValue) -> None:
    changes._update("document_values", value_id, {"value": _stored(value)})


def delete_values(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("document_values", ids)


def _stored(value: AttributeValue) -> Any:
    return int(value) if isinstance(value, bool) else value
