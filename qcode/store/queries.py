"""Reading the project: every SELECT the rest of qcode needs.

Functions here take an open connection and return model values; they never
write.  Each has an index behind it (see :mod:`qcode.store.schema`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from qcode.model import (
    AttributeValue,
    Code,
    Coder,
    Coding,
    Document,
    Memo,
    SpeakerTurn,
    Variable,
)

_CODING_COLUMNS = "id, uuid, document_id, code_id, start_pos, end_pos, coder_id, created_at"
_MEMO_COLUMNS = (
    "id, uuid, document_id, code_id, coding_id, title, text, coder_id, created_at, modified_at"
)


def project_info(conn: sqlite3.Connection) -> dict[str, str]:
    return {str(key): str(value) for key, value in conn.execute("SELECT key, value FROM project")}


# -- coders ----------------------------------------------------------------------


def coders(conn: sqlite3.Connection) -> list[Coder]:
    return [Coder(*row) for row in conn.execute("SELECT id, uuid, name FROM coders ORDER BY name")]


def coder_by_name(conn: sqlite3.Connection, name: str) -> Coder | None:
    row = conn.execute("SELECT id, uuid, name FROM coders WHERE name = ?", (name,)).fetchone()
    return None if row is None else Coder(*row)


# -- documents -------------------------------------------------------------------


def documents(conn: sqlite3.Connection, ids: Sequence[int] | None = None) -> list[Document]:
    """Documents in display order, with their attributes and speakers."""
    sql = (
        "SELECT id, uuid, name, length, sha256, source_name, importer, imported_at, speakers "
        "FROM documents"
    )
    params: list[Any] = []
    if ids is not None:
        sql += f" WHERE id IN ({', '.join('?' for _ in ids)})"
        params = list(ids)
    rows = conn.execute(sql + " ORDER BY position, name COLLATE NOCASE, id", params).fetchall()
    attributes = _attributes_by_document(conn, None if ids is None else [row[0] for row in rows])
    return [
        Document(
            id=row[0],
            uuid=row[1],
            name=row[2],
            length=row[3],
            sha256=row[4],
            source_name=row[5],
            importer=row[6],
            imported_at=row[7],
            attributes=attributes.get(row[0], {}),
            speakers=tuple(json.loads(row[8])),
        )
        for row in rows
    ]


def document_lengths(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, int]:
    result: dict[int, int] = {}
    for document_id in set(ids):
        row = conn.execute("SELECT length FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is not None:
            result[document_id] = int(row[0])
    return result


def document_names(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """(name, uuid) of each of these documents."""
    result: dict[int, tuple[str, str]] = {}
    for document_id in set(ids):
        row = conn.execute(
            "SELECT name, uuid FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is not None:
            result[document_id] = (str(row[0]), str(row[1]))
    return result


def document_ids_by(conn: sqlite3.Connection, column: str, value: str) -> list[int]:
    if column not in ("uuid", "name", "sha256"):
        raise ValueError(column)
    return [
        row[0] for row in conn.execute(f"SELECT id FROM documents WHERE {column} = ?", (value,))
    ]


def document_ids_by_uuid_prefix(conn: sqlite3.Connection, prefix: str) -> list[int]:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return [
        row[0]
        for row in conn.execute(
            "SELECT id FROM documents WHERE uuid LIKE ? ESCAPE '\\'", (escaped + "%",)
        )
    ]


def document_text(conn: sqlite3.Connection, document_id: int) -> str:
    row = conn.execute(
        "SELECT text FROM document_texts WHERE document_id = ?", (document_id,)
    ).fetchone()
    return "" if row is None else str(row[0])


def max_document_position(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(position), 0) FROM documents").fetchone()[0])


def _attributes_by_document(
    conn: sqlite3.Connection, ids: Sequence[int] | None
) -> dict[int, dict[str, AttributeValue]]:
    result: dict[int, dict[str, AttributeValue]] = {}
    sql = (
        "SELECT dv.document_id, v.name, v.type, dv.value FROM document_values dv "
        "JOIN variables v ON v.id = dv.variable_id"
    )
    params: list[Any] = []
    if ids is not None:
        if len(ids) > 900:
            ids = None  # cheaper to read them all than to list them
        else:
            sql += f" WHERE dv.document_id IN ({', '.join('?' for _ in ids)})"
            params = list(ids)
    for document_id, name, type_, value in conn.execute(sql + " ORDER BY v.name", params):
        result.setdefault(document_id, {})[name] = bool(value) if type_ == "boolean" else value
    return result


def speaker_turns(conn: sqlite3.Connection, document_id: int) -> list[SpeakerTurn]:
    cursor = conn.execute(
        "SELECT speaker, start_pos, end_pos, time_start, time_end FROM speaker_turns "
        "WHERE document_id = ? ORDER BY start_pos",
        (document_id,),
    )
    return [SpeakerTurn(*row) for row in cursor]


def speaker_turn_ids(conn: sqlite3.Connection, document_ids: Sequence[int]) -> list[int]:
    return _ids_where(conn, "speaker_turns", "document_id", document_ids)


def document_value_ids(conn: sqlite3.Connection, document_ids: Sequence[int]) -> list[int]:
    return _ids_where(conn, "document_values", "document_id", document_ids)


def variables(conn: sqlite3.Connection) -> list[Variable]:
    return [
        Variable(*row)
        for row in conn.execute("SELECT id, uuid, name, type FROM variables ORDER BY name")
    ]


def document_value(
    conn: sqlite3.Connection, document_id: int, variable_id: int
) -> tuple[int, Any] | None:
    row = conn.execute(
        "SELECT id, value FROM document_values WHERE document_id = ? AND variable_id = ?",
        (document_id, variable_id),
    ).fetchone()
    return None if row is None else (int(row[0]), row[1])


# -- codes -----------------------------------------------------------------------


def codes(conn: sqlite3.Connection) -> list[Code]:
    cursor = conn.execute(
        "SELECT id, uuid, parent_id, name, color, description, keywords, codable, position "
        "FROM codes"
    )
    return [
        Code(
            id=row[0],
            uuid=row[1],
            parent_id=row[2],
            name=row[3],
            color=row[4],
            description=row[5],
            keywords=tuple(json.loads(row[6])),
            codable=bool(row[7]),
            position=row[8],
        )
        for row in cursor
    ]


def max_code_position(conn: sqlite3.Connection, parent_id: int | None) -> int:
    row = conn.execute(
        "SELECT coalesce(max(position), -1) FROM codes WHERE coalesce(parent_id, 0) = ?",
        (parent_id or 0,),
    ).fetchone()
    return int(row[0])


def coding_counts(conn: sqlite3.Connection) -> dict[int, int]:
    """Codings per code id (codes without codings are absent)."""
    return {
        int(code_id): int(count)
        for code_id, count in conn.execute("SELECT code_id, count(*) FROM codings GROUP BY code_id")
    }


def coding_counts_by_document(conn: sqlite3.Connection) -> dict[int, int]:
    """Codings per document id (documents without codings are absent)."""
    return {
        int(document_id): int(count)
        for document_id, count in conn.execute(
            "SELECT document_id, count(*) FROM codings GROUP BY document_id"
        )
    }


def coding_count(conn: sqlite3.Connection, column: str, value: int) -> int:
    if column not in ("document_id", "code_id"):
        raise ValueError(column)
    row = conn.execute(f"SELECT count(*) FROM codings WHERE {column} = ?", (value,)).fetchone()
    return int(row[0])


# -- codings ---------------------------------------------------------------------


def codings(
    conn: sqlite3.Connection,
    *,
    document_id: int | None = None,
    code_ids: Sequence[int] | None = None,
    coder_id: int | None = None,
    ids: Sequence[int] | None = None,
) -> list[Coding]:
    """Codings matching every given filter, in document then text order."""
    where: list[str] = []
    params: list[Any] = []
    if document_id is not None:
        where.append("document_id = ?")
        params.append(document_id)
    if code_ids is not None:
        where.append(f"code_id IN ({', '.join('?' for _ in code_ids)})")
        params.extend(code_ids)
    if coder_id is not None:
        where.append("coder_id = ?")
        params.append(coder_id)
    if ids is not None:
        where.append(f"id IN ({', '.join('?' for _ in ids)})")
        params.extend(ids)
    sql = f"SELECT {_CODING_COLUMNS} FROM codings"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY document_id, start_pos, end_pos, id"
    return [Coding(*row) for row in conn.execute(sql, params)]


def coding_ids_by_uuid(conn: sqlite3.Connection, uuids: Iterable[str]) -> dict[str, int]:
    result: dict[str, int] = {}
    for uuid in uuids:
        row = conn.execute("SELECT id FROM codings WHERE uuid = ?", (uuid,)).fetchone()
        if row is not None:
            result[uuid] = int(row[0])
    return result


def existing_coding_keys(
    conn: sqlite3.Connection, document_ids: Iterable[int]
) -> set[tuple[int, int, int, int, int]]:
    """(document, code, start, end, coder) of every coding in these documents."""
    keys: set[tuple[int, int, int, int, int]] = set()
    for document_id in set(document_ids):
        keys.update(
            conn.execute(
                "SELECT document_id, code_id, start_pos, end_pos, coder_id FROM codings "
                "WHERE document_id = ?",
                (document_id,),
            )
        )
    return keys


def coding_spans_by_code(conn: sqlite3.Connection) -> list[tuple[int, int, int, int]]:
    """(code, document, start, end) of every coding, sorted for interval sweeps."""
    return conn.execute(
        "SELECT code_id, document_id, start_pos, end_pos FROM codings "
        "ORDER BY code_id, document_id, start_pos"
    ).fetchall()


def coding_ids_where(conn: sqlite3.Connection, column: str, values: Sequence[int]) -> list[int]:
    if column not in ("document_id", "code_id"):
        raise ValueError(column)
    return _ids_where(conn, "codings", column, values)


# -- memos -----------------------------------------------------------------------


def memos(conn: sqlite3.Connection, *, ids: Sequence[int] | None = None) -> list[Memo]:
    sql = f"SELECT {_MEMO_COLUMNS} FROM memos"
    params: list[Any] = []
    if ids is not None:
        sql += f" WHERE id IN ({', '.join('?' for _ in ids)})"
        params = list(ids)
    return [Memo(*row) for row in conn.execute(sql + " ORDER BY created_at, id", params)]


def memos_on(conn: sqlite3.Connection, column: str | None, target_id: int | None) -> list[Memo]:
    """Memos on one target; ``column=None`` gives the project memos."""
    if column is None:
        sql = (
            f"SELECT {_MEMO_COLUMNS} FROM memos WHERE document_id IS NULL AND code_id IS NULL "
            "AND coding_id IS NULL ORDER BY created_at, id"
        )
        return [Memo(*row) for row in conn.execute(sql)]
    if column not in ("document_id", "code_id", "coding_id"):
        raise ValueError(column)
    sql = f"SELECT {_MEMO_COLUMNS} FROM memos WHERE {column} = ? ORDER BY created_at, id"
    return [Memo(*row) for row in conn.execute(sql, (target_id,))]


def memo_ids_where(conn: sqlite3.Connection, column: str, values: Sequence[int]) -> list[int]:
    if column not in ("document_id", "code_id", "coding_id"):
        raise ValueError(column)
    return _ids_where(conn, "memos", column, values)


def coding_memo_texts(conn: sqlite3.Connection, coding_ids: Sequence[int]) -> dict[int, str]:
    """The memo text of each coding that has one (several joined by blank lines)."""
    result: dict[int, list[str]] = {}
    for chunk_start in range(0, len(coding_ids), 900):
        chunk = coding_ids[chunk_start : chunk_start + 900]
        cursor = conn.execute(
            f"SELECT coding_id, text FROM memos WHERE coding_id IN "
            f"({', '.join('?' for _ in chunk)}) ORDER BY created_at, id",
            list(chunk),
        )
        for coding_id, text in cursor:
            result.setdefault(coding_id, []).append(text)
    return {coding_id: "\n\n".join(texts) for coding_id, texts in result.items()}


def _ids_where(
    conn: sqlite3.Connection, table: str, column: str, values: Sequence[int]
) -> list[int]:
    ids: list[int] = []
    values = list(values)
    for start in range(0, len(values), 900):
        chunk = values[start : start + 900]
        cursor = conn.execute(
            f"SELECT id FROM {table} WHERE {column} IN ({', '.join('?' for _ in chunk)})", chunk
        )
        ids.extend(int(row[0]) for row in cursor)
    return ids
