"""The project file's schema and its migrations.

The schema version lives in ``PRAGMA user_version``; each migration moves the
file from version ``n - 1`` to ``n`` and runs in the same transaction as the
version bump, so a failed migration leaves the file as it was.  Migrations are
only ever appended: a released migration is never edited.

``application_id`` marks the file as a qcode project, so that opening some
other SQLite database gives a clear message instead of a confusing failure.
"""

from __future__ import annotations

# "QCOD" in ASCII: a value of our own for SQLite's application_id header field.
APPLICATION_ID = 0x51434F44

# Columns of each table that a change set may touch, in insert order, and the
# column that identifies a row.  Table names in SQL are only ever taken from
# here, never from input.
TABLES: dict[str, tuple[str, ...]] = {
    "project": ("key", "value"),
    "coders": ("id", "uuid", "name", "created_at"),
    "documents": (
        "id",
        "uuid",
        "name",
        "length",
        "sha256",
        "source_name",
        "importer",
        "imported_at",
        "position",
        "speakers",
    ),
    "document_texts": ("document_id", "text"),
    "variables": ("id", "uuid", "name", "type", "description"),
    "document_values": ("id", "document_id", "variable_id", "value"),
    "speaker_turns": (
        "id",
        "document_id",
        "speaker",
        "start_pos",
        "end_pos",
        "time_start",
        "time_end",
    ),
    "codes": (
        "id",
        "uuid",
        "parent_id",
        "name",
        "color",
        "description",
        "keywords",
        "codable",
        "position",
        "created_at",
    ),
    "codings": (
        "id",
        "uuid",
        "document_id",
        "code_id",
        "start_pos",
        "end_pos",
        "coder_id",
        "created_at",
    ),
    "memos": (
        "id",
        "uuid",
        "document_id",
        "code_id",
        "coding_id",
        "title",
        "text",
        "coder_id",
        "created_at",
        "modified_at",
    ),
}

TABLES["rejected_suggestions"] = (
    "id",
    "uuid",
    "document_id",
    "code_id",
    "start_pos",
    "end_pos",
    "coder_id",
    "created_at",
)

# Identifiers and the pseudonyms that replace them in exports (migration 4).
TABLES["pseudonyms"] = ("id", "uuid", "original", "replacement", "kind", "created_at")

KEY_COLUMN: dict[str, str] = {
    table: ("key" if table == "project" else "document_id" if table == "document_texts" else "id")
    for table in TABLES
}

# What the rest of qcode calls the things each table holds: change events
# (:class:`qcode.core.events.ProjectChanged`) carry these kinds, never table
# names.  A document's text, speaker turns and attributes are part of it.
KIND_OF_TABLE: dict[str, str] = {
    "project": "project",
    "coders": "coders",
    "documents": "documents",
    "document_texts": "documents",
    "variables": "documents",
    "document_values": "documents",
    "speaker_turns": "documents",
    "codes": "codes",
    "codings": "codings",
    "memos": "memos",
    "rejected_suggestions": "suggestions",
    "pseudonyms": "pseudonyms",
}

_V1 = """
CREATE TABLE project (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE coders (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX coders_name ON coders(name);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    length INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    source_name TEXT,
    importer TEXT,
    imported_at TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    -- distinct speakers in order of appearance (JSON list), so that listing
    -- documents does not scan every speaker turn
    speakers TEXT NOT NULL DEFAULT '[]'
);
CREATE UNIQUE INDEX documents_name ON documents(name);
CREATE INDEX documents_sha256 ON documents(sha256);
-- The text lives apart from the document row so that listing documents never
-- reads megabytes of text.
CREATE TABLE document_texts (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id),
    text TEXT NOT NULL
);
CREATE TABLE variables (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('text', 'integer', 'float', 'boolean', 'date')),
    description TEXT NOT NULL DEFAULT ''
);
-- "value" has no declared type on purpose: SQLite then keeps integers as
-- integers and text as text, which is what typed attributes need.
CREATE TABLE document_values (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    variable_id INTEGER NOT NULL REFERENCES variables(id),
    value,
    UNIQUE (document_id, variable_id)
);
CREATE INDEX document_values_variable ON document_values(variable_id, value);
CREATE TABLE speaker_turns (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    speaker TEXT NOT NULL,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    time_start REAL,
    time_end REAL,
    CHECK (0 <= start_pos AND start_pos <= end_pos)
);
CREATE INDEX speaker_turns_document ON speaker_turns(document_id, start_pos);
CREATE TABLE codes (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES codes(id),
    name TEXT NOT NULL,
    color TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    keywords TEXT NOT NULL DEFAULT '[]',
    codable INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX codes_sibling_name ON codes(coalesce(parent_id, 0), name);
CREATE INDEX codes_parent ON codes(parent_id, position);
CREATE TABLE codings (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    code_id INTEGER NOT NULL REFERENCES codes(id),
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    coder_id INTEGER NOT NULL REFERENCES coders(id),
    created_at TEXT NOT NULL,
    CHECK (0 <= start_pos AND start_pos < end_pos)
);
CREATE INDEX codings_document ON codings(document_id, start_pos);
-- covers the per-code interval sweeps (stats, agreement) without table lookups
CREATE INDEX codings_code ON codings(code_id, document_id, start_pos, end_pos);
CREATE INDEX codings_coder ON codings(coder_id);
CREATE TABLE memos (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    document_id INTEGER REFERENCES documents(id),
    code_id INTEGER REFERENCES codes(id),
    coding_id INTEGER REFERENCES codings(id),
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    coder_id INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    -- a memo is on at most one thing; on none means on the project
    CHECK ((document_id IS NOT NULL) + (code_id IS NOT NULL) + (coding_id IS NOT NULL) <= 1)
);
CREATE INDEX memos_document ON memos(document_id);
CREATE INDEX memos_code ON memos(code_id);
CREATE INDEX memos_coding ON memos(coding_id);
-- Every edit, as the change set that undoes and redoes it.  Rows are kept
-- after undo ("undone") and after being superseded ("dropped") as the
-- project's log; a dropped row's change set is emptied to save space.
-- "permanent" edits happened but cannot be undone (a merge, the demo set-up).
CREATE TABLE history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    changes TEXT NOT NULL,
    coder_id INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('done', 'undone', 'dropped', 'permanent')),
    changed_at TEXT
);
CREATE INDEX history_state ON history(state, seq);
"""

_V2 = """
-- Suggestions the researcher turned down: never offered again, and used as
-- negative examples when the suggestion model learns.
CREATE TABLE rejected_suggestions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    code_id INTEGER NOT NULL REFERENCES codes(id),
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    coder_id INTEGER NOT NULL REFERENCES coders(id),
    created_at TEXT NOT NULL,
    CHECK (0 <= start_pos AND start_pos < end_pos)
);
CREATE INDEX rejected_suggestions_document ON rejected_suggestions(document_id, start_pos);
CREATE INDEX rejected_suggestions_code ON rejected_suggestions(code_id);
-- Trained suggestion models, kept so a model is not retrained needlessly.
-- Not research data: never part of undo, safe to delete.
CREATE TABLE suggestion_models (
    fingerprint TEXT PRIMARY KEY,
    pipeline TEXT NOT NULL,
    created_at TEXT NOT NULL,
    model BLOB NOT NULL
);
"""

_V3 = """
-- Per-document interval sweeps (frequencies, co-occurrence, agreement) read
-- every coding's span, code and coder: an index that holds them all spares a
-- table lookup per coding (measured: code frequencies over 200,000 codings
-- 0.55 s -> 0.49 s).
DROP INDEX codings_document;
CREATE INDEX codings_document ON codings(document_id, start_pos, end_pos, code_id, coder_id);
"""

_V4 = """
-- Identifiers (names, places, phone numbers...) and what exports put in their
-- place ("Zhang Wei" -> "Respondent 3").  The project's own text is never
-- changed by it.  An original is matched exactly (case-sensitive) here; the
-- search for its other spellings happens in qcode.analysis.identifiers.
-- IF NOT EXISTS: a file that already has the table (an older file rebuilt
-- from a newer one, as tests do) must still open.
CREATE TABLE IF NOT EXISTS pseudonyms (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    original TEXT NOT NULL,
    replacement TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK (original <> '')
);
CREATE UNIQUE INDEX IF NOT EXISTS pseudonyms_original ON pseudonyms(original);
"""

# Index i holds the script that takes the file from version i to i + 1.
MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4)

SCHEMA_VERSION = len(MIGRATIONS)
