"""The stored command history: undo/redo stack and the project's log.

A row's state: ``done`` (undo can reverse it), ``undone`` (redo can apply it
again), ``dropped`` (an undone edit superseded by a new one), ``permanent``
(happened, cannot be undone: undo stops there) or ``logged`` (not an edit:
something that happened to the evidence, such as an original written out or
every hash checked; undo and redo pass over it).

Change sets are JSON; the bytes of an original file (which undoing an
import puts in its change set) are written as base64 under ``"$bytes"``.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Callable
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
            _dumps(steps),
            coder_id,
            now_iso(),
        ),
    )
    return int(cursor.lastrowid or 0)


def log(conn: sqlite3.Connection, kind: str, label: str, coder_id: int | None) -> int:
    """Record something that happened without changing the project (state
    ``logged``): the redo stack is left as it is."""
    cursor = conn.execute(
        "INSERT INTO history (kind, label, changes, coder_id, created_at, state) "
        "VALUES (?, ?, '[]', ?, ?, 'logged')",
        (kind, label, coder_id, now_iso()),
    )
    return int(cursor.lastrowid or 0)


def append_permanent(
    conn: sqlite3.Connection,
    kind: str,
    label: str,
    coder_id: int,
    relabel: Callable[[str], str] | None = None,
) -> int:
    """Record an edit that cannot be undone, erasing every change set in the
    history first (they could hold what the edit removed): what was done
    becomes permanent, what was undone is dropped.  ``relabel`` rewrites the
    labels of the log."""
    now = now_iso()
    conn.execute("UPDATE history SET state = 'permanent', changes = '[]' WHERE state = 'done'")
    conn.execute(
        "UPDATE history SET state = 'dropped', changes = '[]', changed_at = ? "
        "WHERE state = 'undone'",
        (now,),
    )
    conn.execute("UPDATE history SET changes = '[]' WHERE changes <> '[]'")
    if relabel is not None:
        labels = conn.execute("SELECT seq, label FROM history").fetchall()
        conn.executemany(
            "UPDATE history SET label = ? WHERE seq = ?",
            [(new, seq) for seq, old in labels if (new := relabel(old)) != old],
        )
    cursor = conn.execute(
        "INSERT INTO history (kind, label, changes, coder_id, created_at, state) "
        "VALUES (?, ?, '[]', ?, ?, 'permanent')",
        (kind, label, coder_id, now),
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
    steps: list[dict[str, Any]] = json.loads(row[0], object_hook=_decode)
    return steps


def save_steps(conn: sqlite3.Connection, seq: int, steps: list[dict[str, Any]], state: str) -> None:
    """Store a replayed change set (undo/redo rewrite their insert steps)."""
    conn.execute(
        "UPDATE history SET changes = ?, state = ?, changed_at = ? WHERE seq = ?",
        (_dumps(steps), state, now_iso(), seq),
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


def summary(conn: sqlite3.Connection) -> tuple[int, str | None, list[str]]:
    """How many edits the log holds (logged events not counted), when the
    last happened, and the coders who made them, by name."""
    row = conn.execute(
        "SELECT count(*), max(coalesce(changed_at, created_at)) FROM history "
        "WHERE state <> 'logged'"
    ).fetchone()
    names = conn.execute(
        "SELECT DISTINCT c.name FROM history h JOIN coders c ON c.id = h.coder_id "
        "WHERE h.state <> 'logged' ORDER BY c.name"
    ).fetchall()
    return int(row[0]), None if row[1] is None else str(row[1]), [str(n[0]) for n in names]


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    raise TypeError(f"cannot store {type(value).__name__} in a change set")


def _decode(value: dict[str, Any]) -> Any:
    if len(value) == 1 and "$bytes" in value:
        return base64.b64decode(value["$bytes"])
    return value


def _dumps(steps: list[dict[str, Any]]) -> str:
    return json.dumps(steps, ensure_ascii=False, separators=(",", ":"), default=_encode)
