"""The codebook: codes, their tree (parent, place among siblings) and details.

A code's keywords are stored as a JSON list, whether it can be applied as
0 or 1; readers and writers here take and give them as a tuple of words
and a ``bool``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, NamedTuple

from qcode.model import Code
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection


class NewCode(NamedTuple):
    """A code to insert (``id=None``: the next free one)."""

    uuid: str
    parent_id: int | None
    name: str
    color: str
    description: str
    keywords: Sequence[str]
    codable: bool
    position: int
    created_at: str
    id: int | None = None


# -- reading ---------------------------------------------------------------------


def codes(conn: Connection) -> list[Code]:
    """Every code (in no particular order: :class:`~qcode.model.Codebook` orders them)."""
    cursor = conn.execute(
        "SELECT id, uuid, parent_id, name, color, description, keywords, codable, position "
        "FROM codes"
    )
    return [
        Code(
            id=row[0],
            uuid=row[1],
            parent_id=row[2],
            name=row[3],
            color=row[4],
            description=row[5],
            keywords=tuple(json.loads(row[6])),
            codable=bool(row[7]),
            position=row[8],
        )
        for row in cursor
    ]


def created_times(conn: Connection) -> dict[int, str]:
    """When each code was created."""
    return {int(row[0]): str(row[1]) for row in conn.execute("SELECT id, created_at FROM codes")}


def max_position(conn: Connection, parent_id: int | None) -> int:
    """The place of the last child of ``parent_id`` (``None``: the top; -1: none)."""
    row = conn.execute(
        "SELECT coalesce(max(position), -1) FROM codes WHERE coalesce(parent_id, 0) = ?",
        (parent_id or 0,),
    ).fetchone()
    return int(row[0])


def count_with_keywords(conn: Connection) -> int:
    row = conn.execute("SELECT count(*) FROM codes WHERE keywords NOT IN ('', '[]')").fetchone()
    return int(row[0] or 0)


def characters(conn: Connection) -> int:
    """Characters in code names and descriptions."""
    row = conn.execute(
        "SELECT coalesce(sum(length(name) + length(description)), 0) FROM codes"
    ).fetchone()
    return int(row[0] or 0)


def fingerprint(conn: Connection) -> tuple[Any, ...]:
    """A cheap summary that changes whenever a code is added, removed or
    made (not) codable."""
    return tuple(
        conn.execute("SELECT count(*), coalesce(max(id), 0), total(codable) FROM codes").fetchone()
    )


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def next_id(changes: ChangeRecorder) -> int:
    """The id the next inserted code will get."""
    return changes._next_id("codes")


def insert(changes: ChangeRecorder, new: Sequence[NewCode]) -> list[int]:
    """Insert codes; returns their ids."""
    return changes._insert(
        "codes",
        [
            {
                "id": code.id,
                "uuid": code.uuid,
                "parent_id": code.parent_id,
                "name": code.name,
                "color": code.color,
                "description": code.description,
                "keywords": _keywords(code.keywords),
                "codable": int(code.codable),
                "position": code.position,
                "created_at": code.created_at,
            }
            for code in new
        ],
    )


def update(
    changes: ChangeRecorder,
    code_id: int,
    *,
    name: str | None = None,
    color: str | None = None,
    description: str | None = None,
    keywords: Sequence[str] | None = None,
    codable: bool | None = None,
) -> None:
    """Change some details of a code (``None``: left as it is); one recorded step."""
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = name
    if color is not None:
        values["color"] = color
    if description is not None:
        values["description"] = description
    if keywords is not None:
        values["keywords"] = _keywords(keywords)
    if codable is not None:
        values["codable"] = int(codable)
    changes._update("codes", code_id, values)


def move(
    changes: ChangeRecorder, code_id: int, parent_id: int | None, position: int | None = None
) -> None:
    """Give a code another parent (``None``: the top level), and a place
    among its new siblings when ``position`` is given."""
    values: dict[str, Any] = {"parent_id": parent_id}
    if position is not None:
        values["position"] = position
    changes._update("codes", code_id, values)


def set_position(changes: ChangeRecorder, code_id: int, position: int) -> None:
    """A code's place among its siblings."""
    changes._update("codes", code_id, {"position": position})


def delete(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("codes", ids)


def _keywords(keywords: Sequence[str]) -> str:
    return json.dumps(list(keywords), ensure_ascii=False)
