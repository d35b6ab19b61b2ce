"""The versions of each document's stored text.

Version 1 is the text as imported; each edit makes the next one and records
itself (the piece removed, the piece inserted, where), so a past version is
the current text with the edits after it taken back one by one.  Measured on
a 60,000-character transcript: a one-word correction stored this way takes
well under a hundred bytes, a full copy per version 60,000 characters (and
the same again in the undo history), so the edit is what is kept.

Each version's SHA-256 is kept too, so that ``verify`` can tell whether the
stored text is still the one its last version says, and a rebuilt past
version can be checked.  A redaction or a withdrawal erases the edits of the
versions before it (``start_pos``/``removed``/``inserted`` become NULL):
they may hold exactly what had to go, so versions before it can no longer
be rebuilt, and the version list says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from qcode.model import TextVersion
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, ids_where, json_ids


class NewVersion(NamedTuple):
    document_id: int
    version: int
    sha256: str
    length: int
    start: int | None
    removed: str | None
    inserted: str | None
    coder_id: int | None
    created_at: str
    label: str


class Step(NamedTuple):
    """The edit that made ``version`` from the version before it (``start``
    ``None``: erased, or the first version)."""

    version: int
    sha256: str
    start: int | None
    removed: str | None
    inserted: str | None


_LIST = (
    "SELECT v.document_id, v.version, v.sha256, v.length, c.name, v.created_at, v.label, "
    "v.start_pos, length(v.removed), length(v.inserted), "
    "v.start_pos IS NOT NULL OR v.version = 1 "
    "FROM text_versions v LEFT JOIN coders c ON c.id = v.coder_id"
)


def _version(row: Sequence[Any]) -> TextVersion:
    return TextVersion(
        document_id=int(row[0]),
        version=int(row[1]),
        sha256=str(row[2]),
        length=int(row[3]),
        coder=None if row[4] is None else str(row[4]),
        created_at=str(row[5]),
        label=str(row[6]),
        start=None if row[7] is None else int(row[7]),
        removed=None if row[8] is None else int(row[8]),
        inserted=None if row[9] is None else int(row[9]),
        edit_kept=bool(row[10]),
    )


def versions(conn: Connection, document_id: int) -> list[TextVersion]:
    """A document's versions, oldest first (without the edits' text)."""
    cursor = conn.execute(_LIST + " WHERE v.document_id = ? ORDER BY v.version", (document_id,))
    return [_version(row) for row in cursor]


def latest(conn: Connection, document_ids: Iterable[int] | None = None) -> dict[int, TextVersion]:
    """The current version of each document (of these, or of all)."""
    sql = _LIST + (
        " WHERE v.version = (SELECT max(version) FROM text_versions w "
        "WHERE w.document_id = v.document_id)"
    )
    params: list[Any] = []
    if document_ids is not None:
        sql += f" AND v.document_id {IN_IDS}"
        params.append(json_ids(document_ids))
    return {int(row[0]): _version(row) for row in conn.execute(sql, params)}


def steps_after(conn: Connection, document_id: int, version: int) -> list[Step]:
    """The edits of the versions after ``version``, newest first (the order
    to take them back in), with ``version``'s own row last."""
    cursor = conn.execute(
        "SELECT version, sha256, start_pos, removed, inserted FROM text_versions "
        "WHERE document_id = ? AND version >= ? ORDER BY version DESC",
        (document_id, version),
    )
    return [Step(int(r[0]), str(r[1]), r[2], r[3], r[4]) for r in cursor]


def ids_of_documents(conn: Connection, document_ids: Iterable[int]) -> list[int]:
    return ids_where(conn, "text_versions", "document_id", document_ids)


def documents_with_edits(conn: Connection) -> list[int]:
    """Documents with more than one version (whose past versions a full
    check rebuilds)."""
    cursor = conn.execute(
        "SELECT document_id FROM text_versions GROUP BY document_id HAVING count(*) > 1 "
        "ORDER BY document_id"
    )
    return [int(row[0]) for row in cursor]


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def insert(changes: ChangeRecorder, new: Sequence[NewVersion]) -> None:
    changes._insert(
        "text_versions",
        [
            {
                "document_id": row.document_id,
                "version": row.version,
                "sha256": row.sha256,
                "length": row.length,
                "start_pos": row.start,
                "removed": row.removed,
                "inserted": row.inserted,
                "coder_id": row.coder_id,
                "created_at": row.created_at,
                "label": row.label,
            }
            for row in new
        ],
    )


def erase_edits(changes: ChangeRecorder, document_id: int) -> int:
    """Erase the text of every kept edit of a document (see the module);
    returns how many versions lost theirs."""
    cursor = changes.conn.execute(
        "SELECT id FROM text_versions WHERE document_id = ? AND start_pos IS NOT NULL",
        (document_id,),
    )
    ids = [int(row[0]) for row in cursor]
    return changes._update_many(
        "text_versions",
        {key: {"start_pos": None, "removed": None, "inserted": None} for key in ids},
    )


def delete(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("text_versions", ids)
