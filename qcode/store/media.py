"""Recordings linked to documents (see :mod:`qcode.store.schema_media`):
reading the links, writing them (recorded, so undo and redo replay them),
and where the project file is, to resolve relative paths.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, json_ids


@dataclass(frozen=True)
class LinkedMedia:
    """A document's recording as recorded when it was linked: ``path`` as
    stored (relative to the project's folder, or absolute), its file name,
    size, SHA-256, kind (``"audio"``/``"video"``), duration in seconds when
    known, when it was linked and by whom (a coder's name)."""

    id: int
    document_id: int
    path: str
    file_name: str
    size: int
    sha256: str
    kind: str
    duration: float | None
    linked_at: str
    linked_by: str | None


@dataclass(frozen=True)
class NewMedia:
    """A link to record (``linked_by``: the coder's id)."""

    document_id: int
    path: str
    file_name: str
    size: int
    sha256: str
    kind: str
    duration: float | None
    linked_at: str
    linked_by: int | None


_COLUMNS = (
    "m.id, m.document_id, m.path, m.file_name, m.size, m.sha256, m.kind, m.duration, "
    "m.linked_at, c.name"
)
_FROM = "FROM linked_media m LEFT JOIN coders c ON c.id = m.linked_by"


def _linked(row: Sequence[Any]) -> LinkedMedia:
    return LinkedMedia(
        id=int(row[0]),
        document_id=int(row[1]),
        path=str(row[2]),
        file_name=str(row[3]),
        size=int(row[4]),
        sha256=str(row[5]),
        kind=str(row[6]),
        duration=None if row[7] is None else float(row[7]),
        linked_at=str(row[8]),
        linked_by=None if row[9] is None else str(row[9]),
    )


# -- reading ---------------------------------------------------------------------


def of_document(conn: Connection, document_id: int) -> LinkedMedia | None:
    """A document's recording (``None``: none linked)."""
    row = conn.execute(f"SELECT {_COLUMNS} {_FROM} WHERE m.document_id = ?", (document_id,))
    found = row.fetchone()
    return None if found is None else _linked(found)


def all_media(conn: Connection) -> list[LinkedMedia]:
    """Every linked recording, by document id."""
    cursor = conn.execute(f"SELECT {_COLUMNS} {_FROM} ORDER BY m.document_id")
    return [_linked(row) for row in cursor]


def ids_of_documents(conn: Connection, document_ids: Collection[int]) -> list[int]:
    """The links of these documents (by link id)."""
    cursor = conn.execute(
        f"SELECT id FROM linked_media WHERE document_id {IN_IDS} ORDER BY id",
        (json_ids(document_ids),),
    )
    return [int(row[0]) for row in cursor]


def project_file(conn: Connection) -> Path | None:
    """The project file this connection has open (``None`` for a database
    that is no file)."""
    for row in conn.execute("PRAGMA database_list"):
        if str(row[1]) == "main" and row[2]:
            return Path(str(row[2]))
    return None


def project_folder(conn: Connection) -> Path | None:
    """The folder of the project file this connection has open (``None``
    for a database that is no file), against which relative paths resolve."""
    found = project_file(conn)
    return None if found is None else found.parent


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def insert(changes: ChangeRecorder, new: NewMedia) -> int:
    """Record a document's recording; returns the link's id."""
    (key,) = changes._insert("linked_media", [dict(new.__dict__)])
    return int(key)


def delete(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("linked_media", ids)
