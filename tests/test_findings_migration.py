"""A project made before findings existed (format 4) opens: it is backed up,
gains the new tables (with the built-in link types) and the memos' case
column, keeps everything it held, and its old edits can still be undone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.store.schema import BUILTIN_LINK_TYPES, SCHEMA_VERSION
from tests.findings import code, interviews

_FINDINGS_TABLES = (
    "speakers",
    "cases",
    "case_values",
    "case_members",
    "framework_cells",
    "framework_quotes",
    "link_types",
    "links",
    "grades",
    "coding_grades",
    "saved_queries",
)


def make_version_4(path: Path) -> None:
    """Take the findings schema out of a project file: what qcode 4 wrote."""
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TRIGGER memos_case_only_insert; DROP TRIGGER memos_case_only_update;"
        "DROP INDEX memos_case; DROP INDEX speaker_turns_speaker;"
        "ALTER TABLE memos DROP COLUMN case_id;"
        + "".join(f"DROP TABLE {table};" for table in reversed(_FINDINGS_TABLES))
        + "PRAGMA user_version = 4;"
    )
    conn.close()


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_a_version_4_project_is_upgraded_with_a_backup(tmp_path: Path) -> None:
    with interviews(tmp_path) as project:
        notice = code(project, "Interview 1", "No notice", "I did not receive any notice")
        project.add_memo("coding", notice.id, "Said twice.")
        memo = project.add_memo("document", notice.document_id, "Recorded in a café.")
        project.delete_memo(memo)
    path = tmp_path / "study.qcode"
    make_version_4(path)
    assert not tables(path) & set(_FINDINGS_TABLES)
    with Project.open(path) as project:
        assert [m.text for m in project.memos()] == ["Said twice."]
        assert [t.name for t in project.link_types()] == [name for name, _ in BUILTIN_LINK_TYPES]
        # Edits made by the older version still undo and redo.
        assert project.undo() == "delete memo"
        assert sorted(m.text for m in project.memos()) == ["Recorded in a café.", "Said twice."]
        project.undo()
        project.redo()
        liu = project.create_case("Liu")
        assert project.add_memo("case", liu.id, "Met twice.").case_id == liu.id
    backup = tmp_path / "study.qcode.v4.bak"
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    conn.close()
    assert not tables(backup) & set(_FINDINGS_TABLES)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.execute("PRAGMA foreign_keys = ON")
    # The file itself holds the rule that a memo is on one thing at most.
    with pytest.raises(sqlite3.IntegrityError, match="a memo is on at most one thing"):
        conn.execute(
            "INSERT INTO memos (uuid, document_id, case_id, text, created_at, modified_at) "
            "VALUES ('u', 1, 1, 'x', 'now', 'now')"
        )
    conn.close()


def test_opening_an_upgraded_file_again_changes_nothing(tmp_path: Path) -> None:
    with interviews(tmp_path):
        pass
    path = tmp_path / "study.qcode"
    make_version_4(path)
    Project.open(path).close()
    before = path.read_bytes()
    Project.open(path, read_only=True).close()
    assert path.read_bytes() == before
