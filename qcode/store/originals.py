"""The original files documents were imported from: their bytes, kept
compressed beside the working text, their size and SHA-256, who imported
them and when, and what converting them to text changed.

The bytes are zlib-compressed at level 1.  Measured on the bench's
50,000-character transcripts (54 KB each): level 1 takes 0.33 ms a file and
keeps 23% of the bytes, level 6 takes 1.9 ms and keeps 19%; importing a
thousand files takes about 2.5 s, so only level 1 keeps the cost of keeping
originals within a quarter of that.  A project may keep only the hash
(:func:`keep_originals`), for very large corpora whose files hold no more
than their text.

Listing originals never reads their bytes; :func:`packed` reads one file's.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from qcode.messages import Message
from qcode.model import OriginalFile
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection

COMPRESSION_LEVEL = 1
_SETTING = "keep_originals"  # key in the project table; absent means kept


class NewOriginal(NamedTuple):
    """An original to record for a new document; ``packed`` is the file's
    bytes as :func:`pack` packs them, or ``None`` to keep only its name, size
    and hash."""

    document_id: int
    file_name: str
    size: int
    sha256: str
    packed: bytes | None
    imported_at: str
    imported_by: int | None
    warnings: Sequence[str]


class StoredBytes(NamedTuple):
    """One original's compressed bytes with what they must turn out to be."""

    document_id: int
    size: int
    sha256: str
    data: bytes


class OriginalTooLargeError(ValueError):
    """Stored bytes that unpack to more than they may (a damaged file)."""


_COLUMNS = (
    "o.document_id, o.file_name, o.size, o.sha256, o.data IS NOT NULL, o.imported_at, "
    "c.name, o.warnings"
)
_FROM = "FROM originals o LEFT JOIN coders c ON c.id = o.imported_by"


def _original(row: Sequence[Any]) -> OriginalFile:
    return OriginalFile(
        document_id=int(row[0]),
        file_name=str(row[1]),
        size=int(row[2]),
        sha256=str(row[3]),
        kept=bool(row[4]),
        imported_at=str(row[5]),
        imported_by=None if row[6] is None else str(row[6]),
        warnings=tuple(json.loads(row[7])),
    )


# -- reading ---------------------------------------------------------------------


def originals(conn: Connection) -> dict[int, OriginalFile]:
    """Every document's original, by document id (documents imported from no
    file are absent); the bytes are not read."""
    return {int(row[0]): _original(row) for row in conn.execute(f"SELECT {_COLUMNS} {_FROM}")}


def original(conn: Connection, document_id: int) -> OriginalFile | None:
    row = conn.execute(f"SELECT {_COLUMNS} {_FROM} WHERE o.document_id = ?", (document_id,))
    found = row.fetchone()
    return None if found is None else _original(found)


def packed(conn: Connection, document_id: int) -> StoredBytes | None:
    """One original's compressed bytes as stored (``None``: not kept)."""
    row = conn.execute(
        "SELECT size, sha256, data FROM originals WHERE document_id = ?", (document_id,)
    ).fetchone()
    if row is None or row[2] is None:
        return None
    return StoredBytes(document_id, int(row[0]), str(row[1]), bytes(row[2]))


def stored_bytes(conn: Connection) -> Iterator[StoredBytes]:
    """Every kept original's compressed bytes, one at a time (verifying a
    thousand files never holds them all)."""
    ids = [
        int(row[0])
        for row in conn.execute(
            "SELECT document_id FROM originals WHERE data IS NOT NULL ORDER BY document_id"
        )
    ]
    for document_id in ids:
        found = packed(conn, document_id)
        if found is not None:
            yield found


def unpack(packed: bytes, limit: int) -> bytes:
    """Decompress, never past ``limit`` bytes (a damaged or forged project
    must not make qcode unpack gigabytes)."""
    return b"".join(unpack_pieces(packed, limit))


def unpack_pieces(packed: bytes, limit: int, piece: int = 1 << 20) -> Iterator[bytes]:
    """Decompress a megabyte at a time (so checking a hash holds no more),
    refusing with :class:`OriginalTooLargeError` past ``limit`` bytes and with
    ``zlib.error`` when the bytes are damaged or end early."""
    inflater = zlib.decompressobj()
    produced = 0
    pending = packed
    while not inflater.eof:
        out = inflater.decompress(pending, piece)
        produced += len(out)
        if produced > limit:
            raise OriginalTooLargeError(
                Message("unpacks to more than {limit:,} bytes", limit=limit)
            )
        pending = inflater.unconsumed_tail
        if not out and not pending:
            raise zlib.error(Message("the stored bytes end early"))
        if out:
            yield out


def ids_of_documents(conn: Connection, document_ids: Sequence[int]) -> list[int]:
    """Which of these documents have an original recorded."""
    found = []
    for document_id in document_ids:
        row = conn.execute(
            "SELECT 1 FROM originals WHERE document_id = ?", (document_id,)
        ).fetchone()
        if row is not None:
            found.append(document_id)
    return found


def keep_originals(conn: Connection) -> bool:
    """Whether imports keep the original files' bytes (the default), or only
    their name, size and hash."""
    row = conn.execute("SELECT value FROM project WHERE key = ?", (_SETTING,)).fetchone()
    return row is None or str(row[0]) != "0"


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def pack(data: bytes) -> bytes:
    """A file's bytes as they are stored (zlib releases the GIL while it
    works, so an import can pack files while it reads the next ones)."""
    return zlib.compress(data, COMPRESSION_LEVEL)


def pack_all(data: Sequence[bytes]) -> list[bytes]:
    """Several files' bytes as they are stored, in one call (for a worker
    thread: one hand-off for a batch, not one a file)."""
    return [pack(one) for one in data]


def insert(changes: ChangeRecorder, new: Sequence[NewOriginal]) -> None:
    """Record new documents' originals (one statement, one step for all)."""
    changes._insert(
        "originals",
        [
            {
                "document_id": one.document_id,
                "file_name": one.file_name,
                "size": one.size,
                "sha256": one.sha256,
                "data": one.packed,
                "imported_at": one.imported_at,
                "imported_by": one.imported_by,
                "warnings": json.dumps(list(one.warnings), ensure_ascii=False),
            }
            for one in new
        ],
    )


def copy_row(changes: ChangeRecorder, source: Connection, other_id: int, document_id: int) -> bool:
    """Copy another project's original (``source``, document ``other_id``) as
    it is stored, compressed bytes included, for ``document_id`` here (a
    merge); the coder who imported it is not carried over.  Returns whether
    there was one."""
    row = source.execute(
        "SELECT file_name, size, sha256, data, imported_at, warnings FROM originals "
        "WHERE document_id = ?",
        (other_id,),
    ).fetchone()
    if row is None:
        return False
    names = ("file_name", "size", "sha256", "data", "imported_at", "warnings")
    values = dict(zip(names, row, strict=True))
    changes._insert("originals", [{"document_id": document_id, **values}])
    return True


def drop_data(changes: ChangeRecorder, document_id: int) -> bool:
    """Forget an original's bytes (a redaction, a withdrawal), keeping its
    name, size and hash; returns whether there were bytes to forget."""
    row = changes.conn.execute(
        "SELECT data IS NOT NULL FROM originals WHERE document_id = ?", (document_id,)
    ).fetchone()
    if row is None or not row[0]:
        return False
    changes._update("originals", document_id, {"data": None})
    return True


def rename(changes: ChangeRecorder, document_id: int, file_name: str) -> None:
    changes._update("originals", document_id, {"file_name": file_name})


def delete(changes: ChangeRecorder, document_ids: Sequence[int]) -> None:
    changes._delete("originals", document_ids)


def set_keep_originals(changes: ChangeRecorder, keep: bool) -> None:
    value = "1" if keep else "0"
    row = changes.conn.execute("SELECT value FROM project WHERE key = ?", (_SETTING,)).fetchone()
    if row is None:
        changes._insert("project", [{"key": _SETTING, "value": value}])
    else:
        changes._update("project", _SETTING, {"value": value})
