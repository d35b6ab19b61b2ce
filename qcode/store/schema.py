"""The project file's schema and its migrations.

The schema version lives in ``PRAGMA user_version``; each migration moves the
file from version ``n - 1`` to ``n`` and runs in the same transaction as the
version bump, so a failed migration leaves the file as it was.  Migrations are
only ever appended: a released migration is never edited.

``application_id`` marks the file as a qcode project, so that opening some
other SQLite database gives a clear message instead of a confusing failure.
"""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Callable

from qcode.store.schema_evidence import (
    EVIDENCE_KEYS,
    EVIDENCE_KINDS,
    EVIDENCE_TABLES,
    migrate_v6,
)
from qcode.store.schema_history import migrate_v11
from qcode.store.schema_media import MEDIA_KINDS, MEDIA_TABLES, MIGRATION_V8
from qcode.store.schema_provenance import MIGRATION_V9
from qcode.store.schema_state import MIGRATION_V10

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

# Findings (migration 5): speakers as units, cases, framework matrices, links
# between codings, source grades and saved queries.
TABLES["memos"] = (*TABLES["memos"], "case_id")
TABLES["speakers"] = ("id", "uuid", "name", "role", "description", "created_at")
TABLES["cases"] = ("id", "uuid", "name", "type", "description", "created_at")
TABLES["case_values"] = ("id", "case_id", "variable_id", "value")
TABLES["case_members"] = ("id", "case_id", "document_id", "speaker", "coding_id")
TABLES["framework_cells"] = (
    "id",
    "uuid",
    "case_id",
    "code_id",
    "summary",
    "coder_id",
    "modified_at",
)
TABLES["framework_quotes"] = ("id", "cell_id", "coding_id")
TABLES["link_types"] = ("id", "uuid", "name", "description", "created_at")
TABLES["links"] = (
    "id",
    "uuid",
    "type_id",
    "origin_coding_id",
    "target_coding_id",
    "memo",
    "coder_id",
    "created_at",
)
TABLES["grades"] = ("id", "uuid", "name", "position", "first_hand", "description")
TABLES["coding_grades"] = ("coding_id", "grade_id")
TABLES["saved_queries"] = (
    "id",
    "uuid",
    "name",
    "expression",
    "options",
    "created_at",
    "modified_at",
)

# Sources as evidence (migration 6): originals, text versions, codings a
# text edit cut through, the consent register.
TABLES.update(EVIDENCE_TABLES)
TABLES.update(MEDIA_TABLES)  # recordings linked to documents (migration 8)

# How a coding not made by hand was made (migration 7): an accepted
# suggestion with its model and confidence, an auto-coding, a "code all".
TABLES["coding_provenance"] = (
    "coding_id",
    "source",
    "model_version",
    "confidence",
    "reason",
    "created_at",
)

_KEYS = {
    "project": "key",
    "document_texts": "document_id",
    "coding_grades": "coding_id",
    "coding_provenance": "coding_id",
    **EVIDENCE_KEYS,
}
KEY_COLUMN: dict[str, str] = {table: _KEYS.get(table, "id") for table in TABLES}

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
    "speakers": "speakers",
    "cases": "cases",
    "case_values": "cases",
    "case_members": "cases",
    "framework_cells": "framework",
    "framework_quotes": "framework",
    "link_types": "links",
    "links": "links",
    "grades": "grades",
    "coding_grades": "grades",
    "saved_queries": "queries",
    "coding_provenance": "codings",
    **EVIDENCE_KINDS,
    **MEDIA_KINDS,
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

# The link types every project has, with the same UUIDs everywhere (so that
# analyses and merges recognise them): uuid5 of this namespace and the name.
LINK_TYPE_NAMESPACE = uuidlib.UUID("5b7c2a1e-3f0d-4c55-9e1a-7d2f0c4b8a61")
BUILTIN_LINK_TYPES: tuple[tuple[str, str], ...] = (
    ("corroborates", "the target supports what the origin says"),
    ("contradicts", "the target says otherwise"),
    ("explains", "the target explains the origin"),
)


def builtin_link_type_uuid(name: str) -> str:
    """The fixed UUID of a built-in link type."""
    return str(uuidlib.uuid5(LINK_TYPE_NAMESPACE, name))


_SEEDS = ",\n".join(
    f"('{builtin_link_type_uuid(name)}', '{name}', '{description}', "
    "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'))"
    for name, description in BUILTIN_LINK_TYPES
)

# No table here deletes in cascade: every row an edit removes is removed by
# the edit itself, so that its change set holds it and undo brings it back.
_V5 = f"""
-- Speakers as units: a speaker is its label (speaker_turns.speaker) across
-- the project; a row exists once the researcher says something about them.
CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK (name <> '')
);
-- a speaker's turns, and the codings that start inside them, without a scan
CREATE INDEX IF NOT EXISTS speaker_turns_speaker
    ON speaker_turns(speaker, document_id, start_pos, end_pos);
-- Cases: people, incidents, institutions that span documents.
CREATE TABLE IF NOT EXISTS cases (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
-- Case attributes share the variables of document attributes (as REFI-QDA
-- does); "value" is untyped like document_values.value.
CREATE TABLE IF NOT EXISTS case_values (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    variable_id INTEGER NOT NULL REFERENCES variables(id),
    value,
    UNIQUE (case_id, variable_id)
);
CREATE INDEX IF NOT EXISTS case_values_variable ON case_values(variable_id, value);
-- What belongs to a case: a document; a speaker, everywhere (no document) or
-- in one document; or a single coding.
CREATE TABLE IF NOT EXISTS case_members (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    document_id INTEGER REFERENCES documents(id),
    speaker TEXT,
    coding_id INTEGER REFERENCES codings(id),
    CHECK (
        (coding_id IS NOT NULL AND document_id IS NULL AND speaker IS NULL)
        OR (coding_id IS NULL AND (document_id IS NOT NULL OR speaker IS NOT NULL))
    ),
    CHECK (speaker IS NULL OR speaker <> '')
);
CREATE UNIQUE INDEX IF NOT EXISTS case_members_unique ON case_members(
    case_id, coalesce(document_id, 0), coalesce(speaker, ''), coalesce(coding_id, 0)
);
CREATE INDEX IF NOT EXISTS case_members_document ON case_members(document_id);
CREATE INDEX IF NOT EXISTS case_members_speaker ON case_members(speaker);
CREATE INDEX IF NOT EXISTS case_members_coding ON case_members(coding_id);
-- Framework matrix: the researcher's summary of a case on a code, and the
-- codings (quotes) it rests on.
CREATE TABLE IF NOT EXISTS framework_cells (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    code_id INTEGER NOT NULL REFERENCES codes(id),
    summary TEXT NOT NULL,
    coder_id INTEGER REFERENCES coders(id),
    modified_at TEXT NOT NULL,
    UNIQUE (case_id, code_id)
);
CREATE INDEX IF NOT EXISTS framework_cells_code ON framework_cells(code_id);
CREATE INDEX IF NOT EXISTS framework_cells_coder ON framework_cells(coder_id);
CREATE TABLE IF NOT EXISTS framework_quotes (
    id INTEGER PRIMARY KEY,
    cell_id INTEGER NOT NULL REFERENCES framework_cells(id),
    coding_id INTEGER NOT NULL REFERENCES codings(id),
    UNIQUE (cell_id, coding_id)
);
CREATE INDEX IF NOT EXISTS framework_quotes_coding ON framework_quotes(coding_id);
-- Typed links between codings ("corroborates", "contradicts", ...).
CREATE TABLE IF NOT EXISTS link_types (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK (name <> '')
);
INSERT OR IGNORE INTO link_types (uuid, name, description, created_at) VALUES
{_SEEDS};
CREATE TABLE IF NOT EXISTS links (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    type_id INTEGER NOT NULL REFERENCES link_types(id),
    origin_coding_id INTEGER NOT NULL REFERENCES codings(id),
    target_coding_id INTEGER NOT NULL REFERENCES codings(id),
    memo TEXT NOT NULL DEFAULT '',
    coder_id INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    UNIQUE (type_id, origin_coding_id, target_coding_id),
    CHECK (origin_coding_id <> target_coding_id)
);
CREATE INDEX IF NOT EXISTS links_origin ON links(origin_coding_id);
CREATE INDEX IF NOT EXISTS links_target ON links(target_coding_id);
CREATE INDEX IF NOT EXISTS links_coder ON links(coder_id);
-- Source grades: the project's scale (in "position" order) and each
-- coding's one grade.
CREATE TABLE IF NOT EXISTS grades (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0,
    first_hand INTEGER NOT NULL DEFAULT 0 CHECK (first_hand IN (0, 1)),
    description TEXT NOT NULL DEFAULT '',
    CHECK (name <> '')
);
CREATE TABLE IF NOT EXISTS coding_grades (
    coding_id INTEGER PRIMARY KEY REFERENCES codings(id),
    grade_id INTEGER NOT NULL REFERENCES grades(id)
);
CREATE INDEX IF NOT EXISTS coding_grades_grade ON coding_grades(grade_id);
-- Saved queries: the expression as typed and its filters (JSON).
CREATE TABLE IF NOT EXISTS saved_queries (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    expression TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{{}}',
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
"""

# A memo may now be on a case.  The table's CHECK (on at most one thing)
# cannot be changed by ALTER TABLE, so triggers hold the rule for case_id.
_V5_MEMOS = """
CREATE INDEX IF NOT EXISTS memos_case ON memos(case_id);
CREATE TRIGGER IF NOT EXISTS memos_case_only_insert BEFORE INSERT ON memos
WHEN NEW.case_id IS NOT NULL
    AND (NEW.document_id IS NOT NULL OR NEW.code_id IS NOT NULL OR NEW.coding_id IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'a memo is on at most one thing');
END;
CREATE TRIGGER IF NOT EXISTS memos_case_only_update
BEFORE UPDATE OF document_id, code_id, coding_id, case_id ON memos
WHEN NEW.case_id IS NOT NULL
    AND (NEW.document_id IS NOT NULL OR NEW.code_id IS NOT NULL OR NEW.coding_id IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'a memo is on at most one thing');
END;
"""


def _v5(conn: sqlite3.Connection, run_script: Callable[[str], None]) -> None:
    run_script(_V5)
    # ALTER TABLE has no IF NOT EXISTS: a file that already has the column (an
    # older file rebuilt from a newer one, as tests do) must still open.
    columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(memos)")}
    if "case_id" not in columns:
        conn.execute("ALTER TABLE memos ADD COLUMN case_id INTEGER REFERENCES cases(id)")
    run_script(_V5_MEMOS)


# A migration is a script, or a function given the connection and a way to
# run a script (for what SQL alone cannot say, like adding a column once).
Migration = str | Callable[[sqlite3.Connection, Callable[[str], None]], None]

# A coding made by hand has no row, and neither has any coding made before
# qcode kept this (they were all made by hand or imported).  No cascade, as
# in _V5: the edit that deletes a coding deletes its row, so undo restores it.
_V7 = """
CREATE TABLE IF NOT EXISTS coding_provenance (
    coding_id INTEGER PRIMARY KEY REFERENCES codings(id),
    source TEXT NOT NULL CHECK (source <> ''),
    model_version TEXT,
    confidence REAL CHECK (confidence IS NULL OR (0 <= confidence AND confidence <= 1)),
    reason TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS coding_provenance_source ON coding_provenance(source);
"""

# Index i holds the migration that takes the file from version i to i + 1.
MIGRATIONS: tuple[Migration, ...] = (
    *(_V1, _V2, _V3, _V4, _v5, migrate_v6, _V7, MIGRATION_V8),
    MIGRATION_V9,  # which codings are older than the record of how codings are made
    MIGRATION_V10,  # a counter bumped by triggers: the key of derived caches
    migrate_v11,  # each edit's label as a message the app can translate
)

SCHEMA_VERSION = len(MIGRATIONS)
