"""The stored command history: undo/redo stack and the project's log."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from qcode.store.database import now_iso


@dataclass(frozen=True)
class HistoryEntry:
    """One applied edit as the log shows it."""

    seq: int
    kind: str
    label: str
    coder: str | None
    created_at: str
    state: str
    changed_at: str | None


def append(
    conn: sqlite3.Connection, kind: str, label: str, steps: list[dict[str, Any]], coder_id: int
) -> int:
    """Record a new edit; anything that could have been redone no longer can."""
    conn.execute(
        "UPDATE history SET state = 'dropped', changes = '[]', changed_at = ? "
        "WHERE state = 'undone'",
        (now_iso(),),
    )
    cursor = conn.execute(
        "INSERT INTO history (kind, label, changes, coder_id, created_at, state) "
        "VALUES (?, ?, ?, ?, ?, 'done')",
        (
            kind,
            label,
            json.dumps(steps, ensure_ascii=False, separators=(",", ":")),
            coder_id,
            now_iso(),
        ),
    )
    return int(cursor.lastrowid or 0)


def undo_target(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """The edit an undo would reverse: (seq, label).

    Undo goes back in order, so it stops at the first edit that cannot be
    undone (state "permanent").
    """
    row = conn.execute(
        "SELECT seq, label, state FROM history WHERE state IN ('done', 'permanent') "
        "ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    if row is None or row[2] != "done":
        return None
    return int(row[0]), str(row[1])


def redo_target(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """The edit a redo would apply again: (seq, label)."""
    row = conn.execute(
        "SELECT seq, label FROM history WHERE state = 'undone' ORDER BY seq ASC LIMIT 1"
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def load_steps(conn: sqlite3.Connection, seq: int) -> list[dict[str, Any]]:
    row = conn.execute("SELECT changes FROM history WHERE seq = ?", (seq,)).fetchone()
    steps: list[dict[str, Any]] = json.loads(row[0])
    return steps


def save_steps(conn: sqlite3.Connection, seq: int, steps: list[dict[str, Any]], state: str) -> None:
    """Store a replayed change set (undo/redo rewrite their insert steps)."""
    conn.execute(
        "UPDATE history SET changes = ?, state = ?, changed_at = ? WHERE seq = ?",
        (json.dumps(steps, ensure_ascii=False, separators=(",", ":")), state, now_iso(), seq),
    )


def entries(conn: sqlite3.Connection) -> list[HistoryEntry]:
    """The whole log, oldest first."""
    cursor = conn.execute(
        "SELECT h.seq, h.kind, h.label, c.name, h.created_at, h.state, h.changed_at "
        "FROM history h LEFT JOIN coders c ON c.id = h.coder_id ORDER BY h.seq"
    )
    return [HistoryEntry(*row) for row in cursor]


def last_edit_at(conn: sqlite3.Connection) -> str | None:
    """When the project was last edited (or an edit undone), if it ever was."""
    row = conn.execute("SELECT max(coalesce(changed_at, created_at)) FROM history").fetchone()
    return None if row is None or row[0] is None else str(row[0])


def make_permanent(conn: sqlite3.Connection) -> None:
    """Make every past edit permanent (used after building the demo project)."""
    conn.execute("UPDATE history SET state = 'permanent', changes = '[]' WHERE state = 'done'")
    conn.execute("UPDATE history SET state = 'dropped', changes = '[]' WHERE state = 'undone'")
