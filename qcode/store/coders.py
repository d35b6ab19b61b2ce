"""Coders: the people who code, by name (unique) and UUID."""

from __future__ import annotations

import uuid as uuidlib
from typing import NamedTuple

from qcode.model import Coder
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection, now_iso


class CoderRow(NamedTuple):
    """A coder with when they were added."""

    id: int
    uuid: str
    name: str
    created_at: str


def coders(conn: Connection) -> list[Coder]:
    """Every coder, by name."""
    return [Coder(*row) for row in conn.execute("SELECT id, uuid, name FROM coders ORDER BY name")]


def by_name(conn: Connection, name: str) -> Coder | None:
    row = conn.execute("SELECT id, uuid, name FROM coders WHERE name = ?", (name,)).fetchone()
    return None if row is None else Coder(*row)


def rows(conn: Connection) -> list[CoderRow]:
    """Every coder in id order (a merge reads a project whole)."""
    cursor = conn.execute("SELECT id, uuid, name, created_at FROM coders ORDER BY id")
    return [CoderRow(*row) for row in cursor]


def add(conn: Connection, name: str, uuid: str | None = None) -> int:
    """Add a coder outside any edit, so not undone: the coder a process names
    before its first edit (a coder named inside an edit, as ``--from-json``
    does, is part of that edit: :func:`insert`)."""
    cursor = conn.execute(
        "INSERT INTO coders (uuid, name, created_at) VALUES (?, ?, ?)",
        (uuid or str(uuidlib.uuid4()), name, now_iso()),
    )
    return int(cursor.lastrowid or 0)


def insert(changes: ChangeRecorder, name: str, created_at: str, uuid: str | None = None) -> int:
    """Add a coder as part of an edit (recorded: undone with it); returns the id."""
    row = {"uuid": uuid or str(uuidlib.uuid4()), "name": name, "created_at": created_at}
    return int(changes._insert("coders", [row])[0])
