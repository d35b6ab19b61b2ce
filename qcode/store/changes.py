"""Change sets: the row-level record of one edit, which undo and redo replay.

A command never writes SQL itself: it calls the writers of the entity
modules (:mod:`qcode.store.codings`, :mod:`qcode.store.documents`, ...),
which ask a :class:`ChangeRecorder` to insert, delete or update rows.  The
recorder does so and keeps, for each step, exactly what is needed to
reverse it (the full rows it deleted, the old values it overwrote).  Undo
applies the inverse steps in reverse order, redo the steps again in order,
and both first check that the rows are as the change set left them, so an
undo that no longer fits the project is refused instead of corrupting it.

A change set is plain JSON-able data, stored in the ``history`` table, so
undo works across sessions and between the app and the command line.

A long text changed in one place is recorded as a splice: the piece
replaced and the piece put in its place, not the text twice.

An insert is recorded by its keys only (an import of a thousand transcripts
must not store their text twice); undo reads the rows before deleting them
and keeps them in the step, so that redo can put them back, after which the
step shrinks to keys again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any, NamedTuple

from qcode.errors import ConflictError
from qcode.messages import Message
from qcode.store.schema import KEY_COLUMN, KIND_OF_TABLE, TABLES

Row = dict[str, Any]
Step = dict[str, Any]

# SQLite's default limit on host parameters is 32766; stay well below it.
_CHUNK = 900


def _chunks(values: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


class ChangeRecorder:
    """Applies row edits inside an open transaction and records them.

    Its row methods take table and column names, so they are for the entity
    modules of :mod:`qcode.store` only (hence the underscore); everything
    else passes the recorder to those modules' writers."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.steps: list[Step] = []
        # The same steps with inserted rows in full: not stored, only used to
        # tell views what changed.
        self.full_steps: list[Step] = []

    def _record(self, step: Step, full: Step | None = None) -> None:
        self.steps.append(step)
        self.full_steps.append(full or step)

    # -- forward edits -------------------------------------------------------

    def _next_id(self, table: str) -> int:
        """The id the next inserted row of ``table`` will get."""
        key = KEY_COLUMN[table]
        row = self.conn.execute(f"SELECT coalesce(max({key}), 0) + 1 FROM {table}").fetchone()
        return int(row[0])

    def _insert(self, table: str, rows: Sequence[Mapping[str, Any]]) -> list[Any]:
        """Insert rows (ids assigned when missing); returns their keys."""
        if not rows:
            return []
        columns = TABLES[table]
        key = KEY_COLUMN[table]
        next_key = self._next_id(table) if key == "id" else None
        values: list[list[Any]] = []
        for row in rows:
            unknown = set(row) - set(columns)
            if unknown:
                raise ValueError(
                    Message(
                        "unknown columns for {table}: {columns}",
                        table=table,
                        columns=str(sorted(unknown)),
                    )
                )
            if key == "id" and row.get("id") is None:
                assert next_key is not None
                row = {**row, "id": next_key}
                next_key += 1
            values.append([row.get(column) for column in columns])
        _insert_values(self.conn, table, columns, values)
        key_index = columns.index(key)
        keys = [value[key_index] for value in values]
        self._record(
            {"op": "insert", "table": table, "keys": keys}, _outline(table, columns, values)
        )
        return keys

    def _insert_values(self, table: str, values: Sequence[Sequence[Any]]) -> None:
        """Bulk insert of complete rows (keys included) in the table's column
        order: the fast path for many codings at once."""
        if not values:
            return
        columns = TABLES[table]
        rows = list(values)
        width = len(columns)
        if any(len(row) != width for row in rows):
            raise ValueError(
                Message("rows for {table} need {count} values", table=table, count=len(columns))
            )
        _insert_values(self.conn, table, columns, rows)
        key_index = columns.index(KEY_COLUMN[table])
        self._record(
            {"op": "insert", "table": table, "keys": [row[key_index] for row in rows]},
            _outline(table, columns, rows),
        )

    def _delete(self, table: str, keys: Sequence[Any]) -> list[Row]:
        """Delete rows by key, recording them whole; returns the deleted rows."""
        if not keys:
            return []
        columns = TABLES[table]
        rows = _fetch_rows(self.conn, table, keys)
        if len(rows) != len(set(keys)):
            raise ConflictError(Message("some {table} to delete no longer exist", table=table))
        _delete_keys(self.conn, table, keys)
        self._record(
            {
                "op": "delete",
                "table": table,
                "columns": list(columns),
                "rows": [[row[column] for column in columns] for row in rows],
            }
        )
        return rows

    def _update(self, table: str, key: Any, changes: Mapping[str, Any]) -> Row:
        """Set some columns of one row, recording their old values."""
        unknown = set(changes) - set(TABLES[table])
        if unknown or KEY_COLUMN[table] in changes:
            raise ValueError(
                Message(
                    "cannot update {columns} of {table}", columns=str(sorted(changes)), table=table
                )
            )
        old = _fetch_values(self.conn, table, key, list(changes))
        if old is None:
            raise ConflictError(Message("the {table} row to change no longer exists", table=table))
        new = dict(changes)
        if old == new:
            return old
        _set_values(self.conn, table, key, new)
        self._record({"op": "update", "table": table, "key": key, "old": old, "new": new})
        return old

    def _update_many(self, table: str, changes: Mapping[Any, Mapping[str, Any]]) -> int:
        """Set some columns of many rows (key → new values), as one update
        step per row that changes, reading them all at once (a text edit
        moves a thousand codings).  Returns how many rows changed."""
        if not changes:
            return 0
        columns = sorted({column for values in changes.values() for column in values})
        unknown = set(columns) - set(TABLES[table])
        if unknown or KEY_COLUMN[table] in columns:
            raise ValueError(
                Message("cannot update {columns} of {table}", columns=str(columns), table=table)
            )
        current = {
            row[KEY_COLUMN[table]]: row for row in _fetch_rows(self.conn, table, list(changes))
        }
        if len(current) != len(changes):
            raise ConflictError(Message("some {table} rows to change no longer exist", table=table))
        count = 0
        for key, values in changes.items():
            old = {column: current[key][column] for column in values}
            new = dict(values)
            if old == new:
                continue
            _set_values(self.conn, table, key, new)
            self._record({"op": "update", "table": table, "key": key, "old": old, "new": new})
            count += 1
        return count

    def _splice(self, table: str, key: Any, column: str, start: int, end: int, new: str) -> str:
        """Replace ``value[start:end]`` of one text value by ``new`` and record
        only the two pieces (a one-word correction in a long transcript must
        not store the transcript twice); returns the piece replaced."""
        if column not in TABLES[table] or column == KEY_COLUMN[table]:
            raise ValueError(
                Message("cannot splice {column} of {table}", column=column, table=table)
            )
        found = _fetch_values(self.conn, table, key, [column])
        if found is None:
            raise ConflictError(Message("the {table} row to change no longer exists", table=table))
        value = str(found[column])
        if not 0 <= start <= end <= len(value):
            raise ValueError(
                Message(
                    "splice {start}:{end} outside a value of {length}",
                    start=start,
                    end=end,
                    length=len(value),
                )
            )
        old = value[start:end]
        _set_values(self.conn, table, key, {column: value[:start] + new + value[end:]})
        self._record(
            {
                "op": "splice",
                "table": table,
                "key": key,
                "column": column,
                "start": start,
                "old": old,
                "new": new,
            }
        )
        return old


# -- replay ------------------------------------------------------------------


def undo_steps(conn: sqlite3.Connection, steps: list[Step]) -> None:
    """Reverse a recorded change set (inside an open transaction).

    Insert steps are rewritten in place to hold the rows they remove, so the
    caller must store ``steps`` again for redo.
    """
    for index in range(len(steps) - 1, -1, -1):
        step = steps[index]
        table = step["table"]
        op = step["op"]
        if op == "insert":
            keys = _step_keys(step)
            rows = _fetch_rows(conn, table, keys)
            if len(rows) != len(set(keys)):
                raise ConflictError(
                    Message("the project has changed since ({table} are missing)", table=table)
                )
            _delete_keys(conn, table, keys)
            columns = TABLES[table]
            steps[index] = {
                "op": "insert",
                "table": table,
                "keys": keys,
                "columns": list(columns),
                "rows": [[row[column] for column in columns] for row in rows],
            }
        elif op == "delete":
            _expect_absent(conn, step)
            _insert_values(conn, table, step["columns"], step["rows"])
        elif op == "splice":
            _replace_piece(conn, step, step["new"], step["old"])
        else:
            _expect_values(conn, table, step["key"], step["new"])
            _set_values(conn, table, step["key"], step["old"])


def redo_steps(conn: sqlite3.Connection, steps: list[Step]) -> None:
    """Apply a recorded change set again (inside an open transaction).

    Insert steps shrink back to their keys; the caller stores ``steps`` again.
    """
    for index, step in enumerate(steps):
        table = step["table"]
        op = step["op"]
        if op == "insert":
            _expect_absent(conn, step)
            _insert_values(conn, table, step["columns"], step["rows"])
            steps[index] = {"op": "insert", "table": table, "keys": step["keys"]}
        elif op == "delete":
            _expect_rows(conn, step)
            _delete_keys(conn, table, _step_keys(step))
        elif op == "splice":
            _replace_piece(conn, step, step["old"], step["new"])
        else:
            _expect_values(conn, table, step["key"], step["old"])
            _set_values(conn, table, step["key"], step["new"])


class Touched(NamedTuple):
    """What a change set touched, in the words of the rest of qcode.

    ``kinds`` are the kinds of things changed (see
    :data:`~qcode.store.schema.KIND_OF_TABLE`); ``documents`` the ids of
    documents whose row changed or whose codings, text, turns, attributes,
    memos or rejected suggestions were added or removed; ``codes`` likewise
    for codes."""

    kinds: frozenset[str]
    documents: frozenset[int]
    codes: frozenset[int]


def touched(steps: Sequence[Step]) -> Touched:
    """Which kinds of things a change set touches, and which documents and
    codes, so that a view can redraw just those.  Insert steps must carry
    their rows (see ``full_steps``)."""
    kinds: set[str] = set()
    documents: set[int] = set()
    codes: set[int] = set()
    for step in steps:
        table = step["table"]
        kinds.add(KIND_OF_TABLE[table])
        if step["op"] in ("update", "splice"):
            keys = [step["key"]]
        elif "rows" not in step:
            keys = list(step["keys"])
        else:
            columns = step["columns"]
            key_index = columns.index(KEY_COLUMN[table])
            keys = [row[key_index] for row in step["rows"]]
            for column, found in (("document_id", documents), ("code_id", codes)):
                if column in columns:
                    index = columns.index(column)
                    found.update(row[index] for row in step["rows"] if row[index] is not None)
        if table == "documents":
            documents.update(keys)
        elif table == "codes":
            codes.update(keys)
    return Touched(frozenset(kinds), frozenset(documents), frozenset(codes))


def _outline(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Step:
    """An insert step with only the columns :func:`touched` reads, so that a
    thousand imported transcripts are not kept in memory twice."""
    wanted = [c for c in columns if c in (KEY_COLUMN[table], "document_id", "code_id")]
    indexes = [columns.index(c) for c in wanted]
    if len(indexes) > 1:
        pick = itemgetter(*indexes)  # a tuple of those values: fast for 200,000 codings
        picked = [pick(row) for row in rows]
    else:
        picked = [(row[indexes[0]],) for row in rows]
    return {"op": "insert", "table": table, "columns": wanted, "rows": picked}


# -- SQL helpers ---------------------------------------------------------------


def _step_keys(step: Step) -> list[Any]:
    if "keys" in step:
        return list(step["keys"])
    index = step["columns"].index(KEY_COLUMN[step["table"]])
    return [row[index] for row in step["rows"]]


def _insert_values(
    conn: sqlite3.Connection, table: str, columns: Sequence[str], values: Sequence[Sequence[Any]]
) -> None:
    if table not in TABLES:
        raise ValueError(Message("unknown table {table}", table=table))
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", values)


def _delete_keys(conn: sqlite3.Connection, table: str, keys: Sequence[Any]) -> None:
    key = KEY_COLUMN[table]
    for chunk in _chunks(list(keys)):
        marks = ", ".join("?" for _ in chunk)
        conn.execute(f"DELETE FROM {table} WHERE {key} IN ({marks})", list(chunk))


def _fetch_rows(conn: sqlite3.Connection, table: str, keys: Sequence[Any]) -> list[Row]:
    columns = TABLES[table]
    key = KEY_COLUMN[table]
    rows: list[Row] = []
    names = ", ".join(columns)
    for chunk in _chunks(list(keys)):
        marks = ", ".join("?" for _ in chunk)
        cursor = conn.execute(
            f"SELECT {names} FROM {table} WHERE {key} IN ({marks}) ORDER BY {key}", list(chunk)
        )
        rows.extend(dict(zip(columns, values, strict=True)) for values in cursor)
    return rows


def _fetch_values(
    conn: sqlite3.Connection, table: str, key: Any, columns: Sequence[str]
) -> Row | None:
    names = ", ".join(columns)
    row = conn.execute(
        f"SELECT {names} FROM {table} WHERE {KEY_COLUMN[table]} = ?", (key,)
    ).fetchone()
    return None if row is None else dict(zip(columns, row, strict=True))


def _set_values(conn: sqlite3.Connection, table: str, key: Any, values: Mapping[str, Any]) -> None:
    for column in values:
        if column not in TABLES[table]:
            raise ValueError(
                Message("unknown column {column} of {table}", column=column, table=table)
            )
    assignments = ", ".join(f"{column} = ?" for column in values)
    conn.execute(
        f"UPDATE {table} SET {assignments} WHERE {KEY_COLUMN[table]} = ?",
        [*values.values(), key],
    )


def _expect_rows(conn: sqlite3.Connection, step: Step) -> None:
    """The rows a step inserted (or will delete) must be there, unchanged."""
    table = step["table"]
    columns = step["columns"]
    key_index = columns.index(KEY_COLUMN[table])
    current = {row[KEY_COLUMN[table]]: row for row in _fetch_rows(conn, table, _step_keys(step))}
    for values in step["rows"]:
        row = current.get(values[key_index])
        if row is None or [row[column] for column in columns] != list(values):
            raise ConflictError(
                Message("the project has changed since ({table} differ)", table=table)
            )


def _expect_absent(conn: sqlite3.Connection, step: Step) -> None:
    table = step["table"]
    if _fetch_rows(conn, table, _step_keys(step)):
        raise ConflictError(
            Message("the project has changed since ({table} already exist)", table=table)
        )


def _replace_piece(conn: sqlite3.Connection, step: Step, expected: str, piece: str) -> None:
    """Replay a splice: ``expected`` must be at the step's place, and
    ``piece`` takes its place."""
    table, key, column, start = step["table"], step["key"], step["column"], step["start"]
    found = _fetch_values(conn, table, key, [column])
    value = None if found is None else found[column]
    if not isinstance(value, str) or value[start : start + len(expected)] != expected:
        raise ConflictError(Message("the project has changed since ({table} differ)", table=table))
    _set_values(conn, table, key, {column: value[:start] + piece + value[start + len(expected) :]})


def _expect_values(conn: sqlite3.Connection, table: str, key: Any, expected: Row) -> None:
    current = _fetch_values(conn, table, key, list(expected))
    if current != expected:
        raise ConflictError(Message("the project has changed since ({table} differ)", table=table))
