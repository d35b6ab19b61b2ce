"""A yardstick for ``qcode bench``: codings written with bare sqlite3.

The bulk-insert benchmark compares qcode's own path (validation, change set,
history) with this, on a copy of the same project, so the ratio says what
qcode's bookkeeping costs on this machine.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from qcode.store.codings import CodingRow


def raw_insert_codings(path: Path, rows: Sequence[CodingRow]) -> float:
    """Insert complete coding rows (ids included) with one ``executemany``;
    returns seconds."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO codings (id, uuid, document_id, code_id, start_pos, end_pos, coder_id, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return seconds
