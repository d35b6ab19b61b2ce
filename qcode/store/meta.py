"""The few writes that are not user edits and so never enter the history:
the project's identity when it is created, and the coders a process names
before its first edit (a coder named inside an edit, as ``--from-json`` does,
is part of that edit and its undo)."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib

from qcode.store.database import now_iso


def init_project(conn: sqlite3.Connection, name: str) -> None:
    conn.executemany(
        "INSERT INTO project (key, value) VALUES (?, ?)",
        [
            ("uuid", str(uuidlib.uuid4())),
            ("name", name),
            ("description", ""),
            ("created_at", now_iso()),
        ],
    )


def insert_coder(conn: sqlite3.Connection, name: str, uuid: str | None = None) -> int:
    cursor = conn.execute(
        "INSERT INTO coders (uuid, name, created_at) VALUES (?, ?, ?)",
        (uuid or str(uuidlib.uuid4()), name, now_iso()),
    )
    return int(cursor.lastrowid or 0)
