"""The stored command history: undo/redo stack and the project's log.

A row's state: ``done`` (undo can reverse it), ``undone`` (redo can apply it
again), ``dropped`` (an undone edit superseded by a new one), ``permanent``
(happened, cannot be undone: undo stops there) or ``logged`` (not an edit:
something that happened to the evidence, such as an original written out or
every hash checked; undo and redo pass over it).

Change sets are JSON; the bytes of an original file (which undoing an
import puts in its change set) are written as base64 under ``"$bytes"``.

A label is stored twice: as its English text (``label``: what the command line
prints, and the truth) and, when it is a :class:`~qcode.messages.Message`, as
its template and values (``label_message``, JSON; since migration 11), so the
app can show it in the interface's language after the project is reopened.
The message is only used while it gives exactly the stored English text; rows
written before migration 11 have none and show their English label.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from qcode.messages import Message
from qcode.store.database import now_iso


@dataclass(frozen=True)
class HistoryEntry:
    """One applied edit as the log shows it."""

    seq: int
    kind: str
    label: str  # a Message when the row keeps its template (see the module)
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
        "INSERT INTO history (kind, label, label_message, changes, coder_id, created_at, state) "
        "VALUES (?, ?, ?, ?, ?, ?, 'done')",
        (
            kind,
            label,
            _message_json(label),
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
        "INSERT INTO history (kind, label, label_message, changes, coder_id, created_at, state) "
        "VALUES (?, ?, ?, '[]', ?, ?, 'logged')",
        (kind, label, _message_json(label), coder_id, now_iso()),
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
        relabel_log(conn, relabel)
    cursor = conn.execute(
        "INSERT INTO history (kind, label, label_message, changes, coder_id, created_at, state) "
        "VALUES (?, ?, ?, '[]', ?, ?, 'permanent')",
        (kind, label, _message_json(label), coder_id, now),
    )
    return int(cursor.lastrowid or 0)


def relabel_log(conn: sqlite3.Connection, relabel: Callable[[str], str]) -> None:
    """Rewrite every label of the log with ``relabel`` (it takes out names a
    redaction or a withdrawal removed).  A stored message is rewritten value
    by value; when that does not give the rewritten English text (a name that
    spans a value and the template around it), the message is dropped, so
    that no stored value keeps a removed name: the row shows its English label."""
    rows = conn.execute("SELECT seq, label, label_message FROM history").fetchall()
    updates = []
    for seq, old, stored in rows:
        new = relabel(old)
        message = _label(old, stored)
        kept = stored if isinstance(message, Message) else None
        if isinstance(message, Message) and new != old:
            renamed = _relabelled(message, relabel)
            kept = _message_json(renamed) if renamed == new else None
        if new != old or kept != stored:
            updates.append((new, kept, seq))
    conn.executemany("UPDATE history SET label = ?, label_message = ? WHERE seq = ?", updates)


def undo_target(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """The edit an undo would reverse: (seq, label).

    Undo goes back in order, so it stops at the first edit that cannot be
    undone (state "permanent").
    """
    row = conn.execute(
        "SELECT seq, label, label_message, state FROM history "
        "WHERE state IN ('done', 'permanent') ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    if row is None or row[3] != "done":
        return None
    return int(row[0]), _label(str(row[1]), row[2])


def redo_target(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """The edit a redo would apply again: (seq, label)."""
    row = conn.execute(
        "SELECT seq, label, label_message FROM history WHERE state = 'undone' "
        "ORDER BY seq ASC LIMIT 1"
    ).fetchone()
    return None if row is None else (int(row[0]), _label(str(row[1]), row[2]))


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


def done_steps(conn: sqlite3.Connection, op: str) -> list[dict[str, Any]]:
    """The steps whose ``"op"`` is ``op`` in the change sets of the edits
    still done (not undone, not made permanent: those change sets are gone),
    oldest first.  SQLite picks them out of the JSON, so that a change set
    holding whole texts is not decoded here."""
    rows = conn.execute(
        "SELECT j.value FROM history h, json_each(h.changes) j "
        "WHERE h.state = 'done' AND instr(h.changes, ?) > 0 AND json_valid(h.changes) "
        "AND j.type = 'object' AND json_extract(j.value, '$.op') = ? ORDER BY h.seq, j.key",
        (json.dumps({"op": op}, separators=(",", ":"))[1:-1], op),
    )
    return [json.loads(row[0], object_hook=_decode) for row in rows]


def entries(conn: sqlite3.Connection) -> list[HistoryEntry]:
    """The whole log, oldest first."""
    cursor = conn.execute(
        "SELECT h.seq, h.kind, h.label, h.label_message, c.name, h.created_at, h.state, "
        "h.changed_at FROM history h LEFT JOIN coders c ON c.id = h.coder_id ORDER BY h.seq"
    )
    return [
        HistoryEntry(seq, kind, _label(label, stored), *rest)
        for seq, kind, label, stored, *rest in cursor
    ]


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


def _message_json(label: str) -> str | None:
    if not isinstance(label, Message):
        return None
    return json.dumps(label.as_json(), ensure_ascii=False, separators=(",", ":"))


def _label(text: str, stored: str | None) -> str:
    """The label a row shows: the message its JSON rebuilds when that gives
    exactly the English text stored beside it, else that text."""
    if stored is None:
        return text
    try:
        message = Message.from_json(json.loads(stored))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        return text  # not written by qcode: the English text is the truth
    return message if message == text else text


def _relabelled(message: Message, relabel: Callable[[str], str]) -> Message:
    values = {
        key: _relabelled(value, relabel)
        if isinstance(value, Message)
        else relabel(value)
        if isinstance(value, str)
        else value
        for key, value in message.values.items()
    }
    return message.with_values(values)  # (a counted message stays counted)


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
