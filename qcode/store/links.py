"""Links between codings, and the types they have.

A link goes from one coding (the origin) to another (the target) and has a
type: ``corroborates``, ``contradicts``, ``explains`` (built in, with the same
UUIDs in every project, see :data:`~qcode.store.schema.BUILTIN_LINK_TYPES`)
or one the project defines.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from qcode.model import Link, LinkType
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.schema import BUILTIN_LINK_TYPES, builtin_link_type_uuid
from qcode.store.sql import IN_IDS, ids_where, json_ids

BUILTIN_UUIDS = frozenset(builtin_link_type_uuid(name) for name, _ in BUILTIN_LINK_TYPES)

_TYPE_COLUMNS = "id, uuid, name, description, created_at"
_COLUMNS = "id, uuid, type_id, origin_coding_id, target_coding_id, memo, coder_id, created_at"


class NewLink(NamedTuple):
    """A link to insert (``uuid=None``: a new one)."""

    type_id: int
    origin_coding_id: int
    target_coding_id: int
    memo: str
    coder_id: int | None
    created_at: str
    uuid: str | None = None


# -- reading ---------------------------------------------------------------------


def _type(row: Sequence[Any]) -> LinkType:
    return LinkType(
        int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), row[1] in BUILTIN_UUIDS
    )


def link_types(conn: Connection) -> list[LinkType]:
    """Every link type: the built-in ones first (in their order), then by name."""
    found = [_type(row) for row in conn.execute(f"SELECT {_TYPE_COLUMNS} FROM link_types")]
    order = {
        builtin_link_type_uuid(name): index for index, (name, _) in enumerate(BUILTIN_LINK_TYPES)
    }
    return sorted(
        found, key=lambda t: (order.get(t.uuid, len(order)), t.name.casefold(), t.name, t.id)
    )


def type_rows(conn: Connection) -> list[LinkType]:
    """Every link type in id order (a merge reads a project whole)."""
    cursor = conn.execute(f"SELECT {_TYPE_COLUMNS} FROM link_types ORDER BY id")
    return [_type(row) for row in cursor]


def links(
    conn: Connection,
    *,
    ids: Iterable[int] | None = None,
    coding_ids: Iterable[int] | None = None,
    type_id: int | None = None,
) -> list[Link]:
    """Links in id order: these ones, or those from or to these codings, or
    of one type."""
    where: list[str] = []
    params: list[Any] = []
    if ids is not None:
        where.append(f"id {IN_IDS}")
        params.append(json_ids(ids))
    if coding_ids is not None:
        where.append(f"(origin_coding_id {IN_IDS} OR target_coding_id {IN_IDS})")
        codings = json_ids(coding_ids)
        params += [codings, codings]
    if type_id is not None:
        where.append("type_id = ?")
        params.append(type_id)
    sql = f"SELECT {_COLUMNS} FROM links"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [Link(*row) for row in conn.execute(sql + " ORDER BY id", params)]


def ids_touching_codings(conn: Connection, coding_ids: Iterable[int]) -> list[int]:
    """Links from or to any of these codings, by id."""
    codings = json_ids(coding_ids)
    cursor = conn.execute(
        f"SELECT id FROM links WHERE origin_coding_id {IN_IDS} "
        f"UNION SELECT id FROM links WHERE target_coding_id {IN_IDS} ORDER BY 1",
        (codings, codings),
    )
    return [int(row[0]) for row in cursor]


def ids_of_types(conn: Connection, type_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "links", "type_id", type_ids)


def count_by_type(conn: Connection) -> dict[int, int]:
    """Links per type id (types without links are absent)."""
    cursor = conn.execute("SELECT type_id, count(*) FROM links GROUP BY type_id")
    return {int(type_id): int(number) for type_id, number in cursor}


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def insert_type(
    changes: ChangeRecorder, name: str, description: str, created_at: str, uuid: str | None = None
) -> int:
    """Add a link type; returns its id."""
    row = {
        "uuid": uuid or str(uuidlib.uuid4()),
        "name": name,
        "description": description,
        "created_at": created_at,
    }
    return int(changes._insert("link_types", [row])[0])


def update_type(
    changes: ChangeRecorder,
    type_id: int,
    *,
    name: str | None = None,
    description: str | None = None,
) -> None:
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = name
    if description is not None:
        values["description"] = description
    if values:
        changes._update("link_types", type_id, values)


def delete_types(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("link_types", ids)


def insert(changes: ChangeRecorder, new: Sequence[NewLink]) -> list[int]:
    """Add links; returns their ids."""
    return changes._insert(
        "links",
        [
            {
                "uuid": link.uuid or str(uuidlib.uuid4()),
                "type_id": link.type_id,
                "origin_coding_id": link.origin_coding_id,
                "target_coding_id": link.target_coding_id,
                "memo": link.memo,
                "coder_id": link.coder_id,
                "created_at": link.created_at,
            }
            for link in new
        ],
    )


def update(
    changes: ChangeRecorder,
    link_id: int,
    *,
    memo: str | None = None,
    origin_coding_id: int | None = None,
    target_coding_id: int | None = None,
) -> None:
    """Change a link's memo or re-point its ends (``None``: left as it is)."""
    values: dict[str, Any] = {}
    if memo is not None:
        values["memo"] = memo
    if origin_coding_id is not None:
        values["origin_coding_id"] = origin_coding_id
    if target_coding_id is not None:
        values["target_coding_id"] = target_coding_id
    if values:
        changes._update("links", link_id, values)


def delete(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("links", ids)
