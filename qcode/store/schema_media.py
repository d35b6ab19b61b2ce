"""Migration 8: recordings linked to documents (kept apart from
:mod:`qcode.store.schema`, which registers it).

Table ``linked_media`` (not plain "media": the core says that word, and only
the store names tables).  A document may have one recording (audio or
video) it was transcribed from.  The file is kept by reference, never copied
in: its path (relative to the project's folder when it is inside that
folder, else absolute), its name (to find it again once moved), its size
and SHA-256 (to know it is the same file), its kind, its duration when
known, who linked it and when.
"""

from __future__ import annotations

MEDIA_TABLES: dict[str, tuple[str, ...]] = {
    "linked_media": (
        "id",
        "document_id",
        "path",
        "file_name",
        "size",
        "sha256",
        "kind",
        "duration",
        "linked_at",
        "linked_by",
    ),
}

# A recording is part of its document's evidence, but the app redraws only
# the player when it changes, so it is a kind of its own.
MEDIA_KINDS = {"linked_media": "media"}

# No cascade (as in migration 5): deleting a document deletes its link in
# the same edit, so undo brings both back.
MIGRATION_V8 = """
CREATE TABLE IF NOT EXISTS linked_media (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id),
    path TEXT NOT NULL CHECK (path <> ''),
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('audio', 'video')),
    duration REAL CHECK (duration IS NULL OR duration >= 0),
    linked_at TEXT NOT NULL,
    linked_by INTEGER REFERENCES coders(id)
);
CREATE INDEX IF NOT EXISTS linked_media_coder ON linked_media(linked_by);
"""
