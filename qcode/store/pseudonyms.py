"""The pseudonym table: identifiers and what exports put in their place.

An original is matched exactly (case-sensitive) here; the rules that keep
the table safe to apply are in :mod:`qcode.core.pseudonyms`.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from qcode.model import Pseudonym
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, json_ids

_COLUMNS = "id, uuid, original, replacement, kind, created_at"


class NewPseudonym(NamedTuple):
    """An entry to insert (``id=None``: the next free one; ``uuid=None``: a new one)."""

    original: str
    replacement: str
    kind: str
    created_at: str
    uuid: str | None = None
    id: int | None = None


def pseudonyms(conn: Connection, ids: Iterable[int] | None = None) -> list[Pseudonym]:
    """Every entry (or those with ``ids``), longest original first, then by
    original: the order to replace in."""
    sql = f"SELECT {_COLUMNS} FROM pseudonyms"
    params: list[Any] = []
    if ids is not None:
        sql += f" WHERE id {IN_IDS}"
        params.append(json_ids(ids))
    sql += " ORDER BY length(original) DESC, original, id"
    return [_pseudonym(row) for row in conn.execute(sql, params)]


def rows(conn: Connection) -> list[Pseudonym]:
    """Every entry in id order (a merge reads a project whole)."""
    return [
        _pseudonym(row) for row in conn.execute(f"SELECT {_COLUMNS} FROM pseudonyms ORDER BY id")
    ]


def _pseudonym(row: Sequence[Any]) -> Pseudonym:
    return Pseudonym(int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]))


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def next_id(changes: ChangeRecorder) -> int:
    """The id the next inserted entry will get."""
    return changes._next_id("pseudonyms")


def insert(changes: ChangeRecorder, new: Sequence[NewPseudonym]) -> list[int]:
    """Add entries; returns their ids."""
    return changes._insert(
        "pseudonyms",
        [
            {
                "id": entry.id,
                "uuid": entry.uuid or str(uuidlib.uuid4()),
                "original": entry.original,
                "replacement": entry.replacement,
                "kind": entry.kind,
                "created_at": entry.created_at,
            }
            for entry in new
        ],
    )


def set_replacement(
    changes: ChangeRecorder, pseudonym_id: int, replacement: str, kind: str | None = None
) -> None:
    """Change an entry's replacement, and its kind unless ``kind`` is ``None``."""
    values = {"replacement": replacement}
    if kind is not None:
        values["kind"] = kind
    changes._update("pseudonyms", pseudonym_id, values)


def delete(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("pseudonyms", ids)
