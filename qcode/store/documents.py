"""Documents and their texts.

A document's row (name, length, hash, speakers, place in the list) is kept
apart from its text, so that listing documents never reads megabytes of
text; texts are read one document at a time (:func:`texts`).  The distinct
speakers of a document are stored with its row as a JSON list, so that
listing documents does not scan every speaker turn.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, NamedTuple

from qcode.model import Document
from qcode.store import attributes
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, json_ids

_ORDER = " ORDER BY position, name COLLATE NOCASE, id"  # the order documents are listed in
_TEXT_BATCH = 64  # texts read in one query (64 long transcripts are a few megabytes)


class DocumentRow(NamedTuple):
    """Every stored field of a document but its text and attributes."""

    id: int
    uuid: str
    name: str
    length: int
    sha256: str
    source_name: str | None
    importer: str | None
    imported_at: str
    position: int
    speakers: tuple[str, ...]


class NewDocument(NamedTuple):
    """A document row to insert (``id=None``: the next free one)."""

    uuid: str
    name: str
    length: int
    sha256: str
    source_name: str | None
    importer: str | None
    imported_at: str
    position: int
    speakers: Sequence[str]
    id: int | None = None


class DocumentName(NamedTuple):
    name: str
    uuid: str


# -- reading ---------------------------------------------------------------------


def documents(conn: Connection, ids: Iterable[int] | None = None) -> list[Document]:
    """Documents in display order (only those with ``ids``), with their
    attributes and speakers."""
    sql = (
        "SELECT id, uuid, name, length, sha256, source_name, importer, imported_at, speakers "
        "FROM documents"
    )
    params: list[Any] = []
    if ids is not None:
        sql += f" WHERE id {IN_IDS}"
        params.append(json_ids(ids))
    rows = conn.execute(sql + _ORDER, params).fetchall()
    values = attributes.by_document(conn, None if ids is None else [row[0] for row in rows])
    # A survey's 100,000 answers share their source, importer, time and (no)
    # speakers: each distinct one is decoded and kept once.
    shared: dict[Any, Any] = {}
    speakers: dict[str, tuple[str, ...]] = {}
    keep = shared.setdefault
    found = []
    for row in rows:
        listed = speakers.get(row[8])
        if listed is None:
            listed = speakers[row[8]] = tuple(json.loads(row[8]))
        # Positional: Document(id, uuid, name, length, sha256, source_name,
        # importer, imported_at, attributes, speakers), a third quicker.
        found.append(
            Document(
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                keep(row[5], row[5]),
                keep(row[6], row[6]),
                keep(row[7], row[7]),
                values.get(row[0]) or {},
                listed,
            )
        )
    return found


def rows(conn: Connection) -> list[DocumentRow]:
    """Every document's row, in id order (a merge reads a project whole)."""
    cursor = conn.execute(
        "SELECT id, uuid, name, length, sha256, source_name, importer, imported_at, position, "
        "speakers FROM documents ORDER BY id"
    )
    return [
        DocumentRow(
            id=row[0],
            uuid=row[1],
            name=row[2],
            length=row[3],
            sha256=row[4],
            source_name=row[5],
            importer=row[6],
            imported_at=row[7],
            position=row[8],
            speakers=tuple(json.loads(row[9])),
        )
        for row in cursor
    ]


def names_in_order(conn: Connection, ids: Iterable[int] | None = None) -> list[tuple[int, str]]:
    """(id, name) of the documents in display order, optionally only these ids."""
    sql = "SELECT id, name FROM documents"
    params: list[Any] = []
    if ids is not None:
        sql += f" WHERE id {IN_IDS}"
        params.append(json_ids(ids))
    return [(int(row[0]), str(row[1])) for row in conn.execute(sql + _ORDER, params)]


def names(conn: Connection, ids: Iterable[int]) -> dict[int, DocumentName]:
    """Name and UUID of each of these documents that exists."""
    cursor = conn.execute(
        f"SELECT id, name, uuid FROM documents WHERE id {IN_IDS}", (json_ids(set(ids)),)
    )
    return {int(row[0]): DocumentName(str(row[1]), str(row[2])) for row in cursor}


def lengths(conn: Connection, ids: Iterable[int]) -> dict[int, int]:
    """The length of each of these documents that exists."""
    cursor = conn.execute(
        f"SELECT id, length FROM documents WHERE id {IN_IDS}", (json_ids(set(ids)),)
    )
    return {int(row[0]): int(row[1]) for row in cursor}


def ids_named(conn: Connection, name: str) -> list[int]:
    """The document called exactly ``name`` (names are unique: one at most)."""
    return _ids_with(conn, "name = ?", name)


def ids_with_uuid(conn: Connection, uuid: str) -> list[int]:
    return _ids_with(conn, "uuid = ?", uuid)


def ids_with_sha256(conn: Connection, digest: str) -> list[int]:
    """Documents whose text has this SHA-256 (hex digest)."""
    return _ids_with(conn, "sha256 = ?", digest)


def ids_with_uuid_prefix(conn: Connection, prefix: str) -> list[int]:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return _ids_with(conn, "uuid LIKE ? ESCAPE '\\'", escaped + "%")


def _ids_with(conn: Connection, condition: str, value: str) -> list[int]:
    return [
        int(row[0]) for row in conn.execute(f"SELECT id FROM documents WHERE {condition}", (value,))
    ]


def max_position(conn: Connection) -> int:
    """The place of the last document in the list (0: none)."""
    return int(conn.execute("SELECT coalesce(max(position), 0) FROM documents").fetchone()[0])


def name_characters(conn: Connection) -> int:
    """Characters in all document names."""
    row = conn.execute("SELECT coalesce(sum(length(name)), 0) FROM documents").fetchone()
    return int(row[0])


def fingerprint(conn: Connection) -> tuple[Any, ...]:
    """A cheap summary that changes whenever a document is added, removed or
    its text changes."""
    return tuple(
        conn.execute(
            "SELECT count(*), coalesce(max(id), 0), total(length), group_concat(sha256) FROM "
            "(SELECT id, length, sha256 FROM documents ORDER BY id)"
        ).fetchone()
    )


# -- texts -----------------------------------------------------------------------


def texts(conn: Connection, ids: Iterable[int]) -> Iterator[str]:
    """The stored text of each document, in the order given ("" for one that
    does not exist), read a few dozen at a time as they are consumed, so that
    a thousand transcripts never sit in memory together, and 100,000 short
    answers are not 100,000 queries."""
    wanted = iter(ids)
    while batch := list(islice(wanted, _TEXT_BATCH)):
        if len(batch) == 1:
            row = conn.execute(
                "SELECT text FROM document_texts WHERE document_id = ?", (batch[0],)
            ).fetchone()
            yield "" if row is None else str(row[0])
            continue
        cursor = conn.execute(
            f"SELECT document_id, text FROM document_texts WHERE document_id {IN_IDS}",
            (json_ids(set(batch)),),
        )
        found = {int(row[0]): str(row[1]) for row in cursor}
        for document_id in batch:
            yield found.get(document_id, "")


def text(conn: Connection, document_id: int) -> str:
    """One document's stored text ("" if it does not exist)."""
    return next(texts(conn, [document_id]))


def excerpt(conn: Connection, document_id: int, start: int, length: int) -> str:
    """``length`` characters of a document's text from ``start`` (code points:
    SQLite's ``substr`` counts characters of UTF-8 text)."""
    row = conn.execute(
        "SELECT substr(text, ? + 1, ?) FROM document_texts WHERE document_id = ?",
        (start, length, document_id),
    ).fetchone()
    return "" if row is None else str(row[0])


def ids_containing(
    conn: Connection, needle: str, *, fold_ascii: bool = False, or_containing: Iterable[str] = ()
) -> set[int]:
    """Ids of documents whose text contains ``needle``.

    SQLite only narrows the candidates here: ``instr`` is an exact,
    case-sensitive substring test, so a document it rejects cannot hold a
    match.  With ``fold_ascii`` both sides go through SQLite's ``lower()``,
    which folds A–Z only (``needle`` should then be ASCII).  A text that
    contains any of ``or_containing`` is a candidate too.  Texts never leave
    SQLite.
    """
    condition = "instr(lower(text), lower(?)) > 0" if fold_ascii else "instr(text, ?) > 0"
    params: list[Any] = [needle]
    for extra in or_containing:
        condition += " OR instr(text, ?) > 0"
        params.append(extra)
    cursor = conn.execute(f"SELECT document_id FROM document_texts WHERE {condition}", params)
    return {int(row[0]) for row in cursor}


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def next_id(changes: ChangeRecorder) -> int:
    """The id the next inserted document will get."""
    return changes._next_id("documents")


def insert(changes: ChangeRecorder, new: Sequence[NewDocument]) -> list[int]:
    """Insert document rows (their texts: :func:`insert_text`); returns their ids."""
    return changes._insert(
        "documents",
        [
            {
                "id": document.id,
                "uuid": document.uuid,
                "name": document.name,
                "length": document.length,
                "sha256": document.sha256,
                "source_name": document.source_name,
                "importer": document.importer,
                "imported_at": document.imported_at,
                "position": document.position,
                "speakers": _speakers(document.speakers),
            }
            for document in new
        ],
    )


def insert_text(changes: ChangeRecorder, document_id: int, text: str) -> None:
    """The stored text of a new document (its row exists)."""
    changes._insert("document_texts", [{"document_id": document_id, "text": text}])


def insert_texts(changes: ChangeRecorder, texts: Sequence[tuple[int, str]]) -> None:
    """The stored texts of many new documents, (id, text) each, in one
    recorded step (a survey's 100,000 answers)."""
    changes._insert_values("document_texts", texts)


def rename(changes: ChangeRecorder, document_id: int, name: str) -> None:
    changes._update("documents", document_id, {"name": name})


def update(
    changes: ChangeRecorder,
    document_id: int,
    *,
    name: str | None = None,
    length: int | None = None,
    sha256: str | None = None,
    source_name: str | None = None,
    speakers: Sequence[str] | None = None,
) -> None:
    """Change some fields of a document's row (``None``: left as it is); one
    recorded step."""
    values: dict[str, Any] = {}
    if length is not None:
        values["length"] = length
    if sha256 is not None:
        values["sha256"] = sha256
    if name is not None:
        values["name"] = name
    if source_name is not None:
        values["source_name"] = source_name
    if speakers is not None:
        values["speakers"] = _speakers(speakers)
    if values:
        changes._update("documents", document_id, values)


def set_text(changes: ChangeRecorder, document_id: int, text: str) -> None:
    """Replace a document's stored text (its row's length and hash: :func:`update`)."""
    changes._update("document_texts", document_id, {"text": text})


def splice_text(changes: ChangeRecorder, document_id: int, start: int, end: int, new: str) -> str:
    """Replace ``text[start:end]`` of a document's stored text by ``new``,
    recording only the two pieces; returns the piece replaced (its row's
    length and hash: :func:`update`)."""
    return changes._splice("document_texts", document_id, "text", start, end, new)


def delete(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    """Delete documents' texts and rows (what refers to them goes first)."""
    changes._delete("document_texts", ids)
    changes._delete("documents", ids)


def _speakers(speakers: Sequence[str]) -> str:
    return json.dumps(list(speakers), ensure_ascii=False)
