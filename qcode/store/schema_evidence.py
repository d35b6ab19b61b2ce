"""Migration 6: sources as evidence (kept apart from :mod:`qcode.store.schema`,
which registers it, so that neither module grows past a screenful of DDL).

* ``originals``: each imported file's bytes (zlib-compressed, or not kept at
  all when the project says so), its size and SHA-256, who imported it and
  when, and what converting it changed (the importer's warnings).
* ``text_versions``: every version of a document's stored text, each with
  its SHA-256; a version after the first records the one edit that made it
  (``removed`` was replaced by ``inserted`` at ``start_pos``), so any past
  version is rebuilt exactly from the current text.  A redaction or a
  withdrawal erases the edits before it (their text is what had to go).
* ``changed_codings``: codings a text edit cut through, kept on what remains
  of them and flagged for review, with their span before the edit.
* ``participants`` and ``participant_documents``: the consent register.
* The history may now hold ``logged`` rows: things that happened to the
  evidence without changing the project (an original written out, a check
  of every hash), which undo and redo pass over.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

EVIDENCE_TABLES: dict[str, tuple[str, ...]] = {
    "originals": (
        "document_id",
        "file_name",
        "size",
        "sha256",
        "data",
        "imported_at",
        "imported_by",
        "warnings",
    ),
    "text_versions": (
        "id",
        "document_id",
        "version",
        "sha256",
        "length",
        "start_pos",
        "removed",
        "inserted",
        "coder_id",
        "created_at",
        "label",
    ),
    "changed_codings": ("coding_id", "version", "start_before", "end_before", "created_at"),
    "participants": (
        "id",
        "uuid",
        "name",
        "speaker",
        "quote",
        "named",
        "keep_recording",
        "retain_until",
        "consent_ref",
        "case_id",
        "created_at",
        "modified_at",
    ),
    "participant_documents": ("id", "participant_id", "document_id"),
}

EVIDENCE_KEYS = {"originals": "document_id", "changed_codings": "coding_id"}

# An original and a text's versions are part of its document; a consent
# record is a kind of its own.
EVIDENCE_KINDS = {
    "originals": "documents",
    "text_versions": "documents",
    "changed_codings": "codings",
    "participants": "consent",
    "participant_documents": "consent",
}

_V6 = """
CREATE TABLE IF NOT EXISTS originals (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id),
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    -- zlib-compressed bytes of the file; NULL when the project keeps only
    -- the hash (a setting), or once a redaction or withdrawal dropped them
    data BLOB,
    imported_at TEXT NOT NULL,
    imported_by INTEGER REFERENCES coders(id),
    warnings TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS originals_coder ON originals(imported_by);
CREATE TABLE IF NOT EXISTS text_versions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    version INTEGER NOT NULL CHECK (version >= 1),
    sha256 TEXT NOT NULL,
    length INTEGER NOT NULL,
    -- the edit that made this version from the one before (NULL for the
    -- first, and once erased): text[start_pos : start_pos + length(removed)]
    -- of the version before became "inserted"
    start_pos INTEGER,
    removed TEXT,
    inserted TEXT,
    coder_id INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    UNIQUE (document_id, version)
);
CREATE INDEX IF NOT EXISTS text_versions_coder ON text_versions(coder_id);
CREATE TABLE IF NOT EXISTS changed_codings (
    coding_id INTEGER PRIMARY KEY REFERENCES codings(id),
    version INTEGER NOT NULL,
    start_before INTEGER NOT NULL,
    end_before INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    speaker TEXT,
    quote TEXT NOT NULL DEFAULT 'unknown' CHECK (quote IN ('yes', 'no', 'unknown')),
    named TEXT NOT NULL DEFAULT 'unknown' CHECK (named IN ('yes', 'no', 'unknown')),
    keep_recording TEXT NOT NULL DEFAULT 'unknown'
        CHECK (keep_recording IN ('yes', 'no', 'unknown')),
    retain_until TEXT,
    consent_ref TEXT NOT NULL DEFAULT '',
    case_id INTEGER REFERENCES cases(id),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK (name <> ''),
    CHECK (speaker IS NULL OR speaker <> '')
);
CREATE INDEX IF NOT EXISTS participants_speaker ON participants(speaker);
CREATE INDEX IF NOT EXISTS participants_case ON participants(case_id);
CREATE TABLE IF NOT EXISTS participant_documents (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    document_id INTEGER NOT NULL REFERENCES documents(id),
    UNIQUE (participant_id, document_id)
);
CREATE INDEX IF NOT EXISTS participant_documents_document
    ON participant_documents(document_id);
-- Every document has its first version: the text as it is now.
INSERT INTO text_versions (document_id, version, sha256, length, created_at, label)
SELECT id, 1, sha256, length, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'),
       'the text when qcode began keeping versions'
FROM documents WHERE id NOT IN (SELECT document_id FROM text_versions);
"""

# The history with one more state, "logged".  A CHECK cannot be changed in
# place, so the table is rebuilt (same rows, same sequence numbers).
_HISTORY = """
CREATE TABLE history_v6 (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    changes TEXT NOT NULL,
    coder_id INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    state TEXT NOT NULL
        CHECK (state IN ('done', 'undone', 'dropped', 'permanent', 'logged')),
    changed_at TEXT
);
INSERT INTO history_v6 (seq, kind, label, changes, coder_id, created_at, state, changed_at)
SELECT seq, kind, label, changes, coder_id, created_at, state, changed_at FROM history;
DROP TABLE history;
ALTER TABLE history_v6 RENAME TO history;
CREATE INDEX history_state ON history(state, seq);
"""


def migrate_v6(conn: sqlite3.Connection, run_script: Callable[[str], None]) -> None:
    """Add the evidence tables, and let the history hold logged rows."""
    run_script(_V6)
    table = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'history'").fetchone()
    if table is not None and "'logged'" in str(table[0]):
        return  # a file rebuilt from a newer one (as tests do) already has it
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'history'").fetchone()
    last = 0 if row is None else int(row[0])
    run_script(_HISTORY)
    # Sequence numbers are never reused, even those of rows no longer there.
    conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'history'", (last,))
    if conn.execute("SELECT 1 FROM sqlite_sequence WHERE name = 'history'").fetchone() is None:
        conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('history', ?)", (last,))
