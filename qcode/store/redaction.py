"""Storage side of permanent redaction (see :mod:`qcode.core.redaction`):
:func:`purge_redactions`, which makes redactions permanent when the project
is closed: their change sets (which hold the
original text, for undo) are erased, and so are the bytes SQLite would
otherwise leave behind in freed pages and in the write-ahead log.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator

from qcode.store.database import now_iso
from qcode.store.errors import sqlite_errors
from qcode.store.history import relabel_log

KIND = "redact"
_REBUILD = "rebuild_pending"  # project key: a withdrawal's file still to be rebuilt


def redactions_pending(conn: sqlite3.Connection) -> bool:
    """Whether the history still holds a redaction's change set."""
    row = conn.execute(
        "SELECT 1 FROM history WHERE kind = ? AND changes <> '[]' LIMIT 1", (KIND,)
    ).fetchone()
    return row is not None


def purge_redactions(conn: sqlite3.Connection, relabel: Callable[[str], str] | None = None) -> int:
    """Make every redaction in the history permanent; returns how many were.

    * The last redaction that is done, and every edit done before it, become
      permanent with their change sets erased (undo stops there, as after
      :func:`qcode.store.history.make_permanent`; the earlier change sets
      could hold the original text too: a memo's old wording, a name).
    * A redaction that was undone is dropped, with the edits undone after it
      (they could only be redone on top of it); their change sets go too.
    * ``relabel`` rewrites the labels of the whole log (document names in
      labels like "import '…'"), and cached suggestion models, learned from
      the original text, are deleted.
    * Freed pages are overwritten (``secure_delete``), the write-ahead log is
      checkpointed and emptied and the file rebuilt (``VACUUM``), so that no
      byte of the original text is left in the file or its ``-wal``.

    Needs ``conn`` outside any transaction (it runs its own).  Does nothing,
    and returns 0, when no redaction's change set is left."""
    if not redactions_pending(conn):
        return 0
    secure = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            count = _seal_history(conn, relabel)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        _rebuild(conn)
    finally:
        with contextlib.suppress(*sqlite_errors()):
            conn.execute(f"PRAGMA secure_delete = {int(secure)}")
    return count


def _seal_history(conn: sqlite3.Connection, relabel: Callable[[str], str] | None) -> int:
    done = conn.execute(
        "SELECT max(seq), count(*) FROM history WHERE kind = ? AND state = 'done'", (KIND,)
    ).fetchone()
    last_done, count = done[0], int(done[1])
    if last_done is not None:
        conn.execute(
            "UPDATE history SET state = 'permanent', changes = '[]' "
            "WHERE state = 'done' AND seq <= ?",
            (last_done,),
        )
    first_undone = conn.execute(
        "SELECT min(seq) FROM history WHERE kind = ? AND state = 'undone'", (KIND,)
    ).fetchone()[0]
    if first_undone is not None:
        conn.execute(
            "UPDATE history SET state = 'dropped', changes = '[]', changed_at = ? "
            "WHERE state = 'undone' AND seq >= ?",
            (now_iso(), first_undone),
        )
    # Anything else of kind 'redact' still holding changes (none in practice).
    conn.execute("UPDATE history SET changes = '[]' WHERE kind = ? AND changes <> '[]'", (KIND,))
    if last_done is not None:
        if relabel is not None:
            relabel_log(conn, relabel)
        conn.execute("DELETE FROM suggestion_models")
    return count


def _rebuild(conn: sqlite3.Connection) -> None:
    """Leave no freed page or logged frame with old bytes behind."""
    journal = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    temp_store = conn.execute("PRAGMA temp_store").fetchone()[0]
    # VACUUM builds the new file in a temporary database: keep it in memory.
    conn.execute("PRAGMA temp_store = MEMORY")
    try:
        if journal == "wal":
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("VACUUM")
        if journal == "wal":
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.execute(f"PRAGMA temp_store = {int(temp_store)}")


@contextlib.contextmanager
def secure_deletion(conn: sqlite3.Connection) -> Iterator[None]:
    """While inside, what is deleted or overwritten is overwritten with zeros
    in the file too (``secure_delete``), not left in freed space."""
    secure = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        with contextlib.suppress(*sqlite_errors()):
            conn.execute(f"PRAGMA secure_delete = {int(secure)}")


def mark_rebuild(conn: sqlite3.Connection) -> None:
    """Note, inside the transaction that deleted something for good, that
    the file must be rebuilt (done by :func:`rebuild_if_pending` right after,
    or when the project is next opened or closed if qcode stopped first)."""
    conn.execute("INSERT OR REPLACE INTO project (key, value) VALUES (?, '1')", (_REBUILD,))


def rebuild_pending(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM project WHERE key = ?", (_REBUILD,)).fetchone()
    return row is not None


def rebuild_if_pending(conn: sqlite3.Connection) -> bool:
    """Rebuild the file (no freed page, no logged frame left with old bytes)
    if a withdrawal asked for it; returns whether the write-ahead log could
    be emptied too (a reader elsewhere can hold that up: it is tried again
    when the project is closed).  Needs ``conn`` outside any transaction."""
    if not rebuild_pending(conn):
        return True
    with secure_deletion(conn):
        _rebuild(conn)
        conn.execute("DELETE FROM project WHERE key = ?", (_REBUILD,))
    journal = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    if journal != "wal":
        return True
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return int(busy) == 0
