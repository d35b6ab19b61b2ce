"""The project's own details: a key/value table (uuid, name, description,
created_at)."""

from __future__ import annotations

import uuid as uuidlib

from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection, now_iso


def info(conn: Connection) -> dict[str, str]:
    """Every detail, by key."""
    return {str(key): str(value) for key, value in conn.execute("SELECT key, value FROM project")}


def init(conn: Connection, name: str) -> None:
    """A new project's identity (written when it is created, never undone)."""
    conn.executemany(
        "INSERT INTO project (key, value) VALUES (?, ?)",
        [
            ("uuid", str(uuidlib.uuid4())),
            ("name", name),
            ("description", ""),
            ("created_at", now_iso()),
        ],
    )


def set_name(changes: ChangeRecorder, name: str) -> None:
    changes._update("project", "name", {"value": name})


def set_description(changes: ChangeRecorder, description: str) -> None:
    """Set the description (an older file may not have one yet)."""
    if "description" in info(changes.conn):
        changes._update("project", "description", {"value": description})
    else:
        changes._insert("project", [{"key": "description", "value": description}])
