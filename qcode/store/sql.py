"""Small SQL helpers the entity modules share.

Lists of ids go into a statement as one JSON parameter read with
``json_each``, so that any number of them fits in one statement (SQLite
limits the number of ``?`` parameters).
"""

from __future__ import annotations

from collections.abc import Iterable

from qcode.store.database import Connection

# "column IN_IDS" with json_ids(ids) as its parameter.
IN_IDS = "IN (SELECT value FROM json_each(?))"


def json_ids(ids: Iterable[int]) -> str:
    """Ids as the JSON list :data:`IN_IDS` reads."""
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def ids_where(conn: Connection, table: str, column: str, values: Iterable[int]) -> list[int]:
    """Ids of the rows of ``table`` whose ``column`` is one of ``values``, in
    id order (both names come from the calling entity module, never from
    input)."""
    cursor = conn.execute(
        f"SELECT id FROM {table} WHERE {column} {IN_IDS} ORDER BY id", (json_ids(values),)
    )
    return [int(row[0]) for row in cursor]
