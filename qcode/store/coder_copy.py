"""Turning a copy of a project file into a coder's copy.

The copy keeps everything a coder needs to code on their own (documents,
texts, attributes, speaker turns, the codebook, memos on the project,
documents, codes and cases, speakers' roles, cases with their attributes and
their document and speaker members, framework summaries, link types, the
grade scale and saved queries, all with their UUIDs) and loses everything
that is someone's coding work or the project's own past: codings with what
refers to them (their memos, links, grades, framework quotes, case
memberships, "text changed" flags and provenance), rejected suggestions, trained
suggestion models, the edit history, the bytes of the original files (their
names, sizes and hashes stay) and the texts' past versions.  The consent
register stays, so that the copy's exports honour it too.

It is one transaction over a whole file that nobody has open (as the
encrypted copy of :mod:`qcode.store.encryption` is), so it is kept together
here rather than spread over the entity modules.
"""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from pathlib import Path

from qcode.store import cipher
from qcode.store.database import now_iso
from qcode.store.schema_provenance import UNKNOWN_THROUGH_KEY


def strip_for_coder(
    path: Path, coder: str, project_name: str, *, passphrase: str | None = None
) -> None:
    """Strip the project file at ``path`` (a fresh copy nobody has open) in
    one transaction, make sure ``coder`` is one of its coders, rename the
    project, then compact the file.  An encrypted copy needs its ``passphrase``
    and stays encrypted."""
    if passphrase is not None:
        conn = cipher.connect(path, passphrase)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    try:
        # One file, no -wal beside it, so that the copy can be renamed into place.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("DELETE FROM memos WHERE coding_id IS NOT NULL")
            conn.execute("DELETE FROM links")
            conn.execute("DELETE FROM coding_grades")
            conn.execute("DELETE FROM framework_quotes")
            # a cell is its summary or its quotes: one left with neither goes
            conn.execute("DELETE FROM framework_cells WHERE summary = ''")
            conn.execute("DELETE FROM case_members WHERE coding_id IS NOT NULL")
            conn.execute("DELETE FROM changed_codings")
            conn.execute("DELETE FROM coding_provenance")
            conn.execute("DELETE FROM codings")
            # No coding is left from before qcode kept how codings are made.
            conn.execute("DELETE FROM project WHERE key = ?", (UNKNOWN_THROUGH_KEY,))
            # A coder needs the text, not the evidence: originals keep their
            # name, size and hash without the bytes, and each text only its
            # current version (past edits may hold words since corrected).
            conn.execute("UPDATE originals SET data = NULL, imported_by = NULL")
            conn.execute(
                "DELETE FROM text_versions WHERE version < (SELECT max(version) "
                "FROM text_versions v WHERE v.document_id = text_versions.document_id)"
            )
            conn.execute(
                "UPDATE text_versions SET start_pos = NULL, removed = NULL, inserted = NULL, "
                "coder_id = NULL"
            )
            conn.execute("DELETE FROM rejected_suggestions")
            conn.execute("DELETE FROM suggestion_models")
            conn.execute("DELETE FROM history")
            conn.execute("DELETE FROM sqlite_sequence WHERE name = 'history'")
            # Coders nothing refers to any more: the other coders of the team.
            conn.execute(
                "DELETE FROM coders WHERE name != ? AND id NOT IN "
                "(SELECT coder_id FROM memos WHERE coder_id IS NOT NULL) AND id NOT IN "
                "(SELECT coder_id FROM framework_cells WHERE coder_id IS NOT NULL)",
                (coder,),
            )
            conn.execute(
                "INSERT INTO coders (uuid, name, created_at) SELECT ?, ?, ? "
                "WHERE NOT EXISTS (SELECT 1 FROM coders WHERE name = ?)",
                (str(uuidlib.uuid4()), coder, now_iso(), coder),
            )
            conn.execute("UPDATE project SET value = ? WHERE key = 'name'", (project_name,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("VACUUM")
    finally:
        conn.close()
