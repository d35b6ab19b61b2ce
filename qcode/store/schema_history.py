"""Migration 11: the log keeps each edit's name as a message (its template
and values), so the app can show the names of past edits in the interface's
language (kept apart from :mod:`qcode.store.schema`, which registers it).

Rows written before have none and keep showing their English label (see
:mod:`qcode.store.history`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def migrate_v11(conn: sqlite3.Connection, run_script: Callable[[str], None]) -> None:
    """Add ``history.label_message`` (JSON of the label's message, or NULL)."""
    # ALTER TABLE has no IF NOT EXISTS: a file rebuilt from a newer one (as
    # tests do) already has the column and must still open.
    columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(history)")}
    if "label_message" not in columns:
        run_script("ALTER TABLE history ADD COLUMN label_message TEXT")
