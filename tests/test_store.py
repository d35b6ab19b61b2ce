"""The project file: format, durability settings, locking, migrations, bad files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.errors import ProjectLockedError, QcodeError
from qcode.io.base import ImportedDocument
from qcode.store.schema import APPLICATION_ID, SCHEMA_VERSION


def test_new_project_file_settings(tmp_path: Path) -> None:
    path = tmp_path / "p.qcode"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    for needed in (
        "codings_document",
        "codings_code",
        "codings_coder",
        "memos_coding",
        "documents_name",
        "codes_parent",
        "speaker_turns_document",
    ):
        assert needed in indexes
    conn.close()


def test_every_edit_is_on_disk_when_it_returns(tmp_path: Path) -> None:
    path = tmp_path / "p.qcode"
    project = Project.create(path)
    project.create_code("Harms")
    # Read with a separate connection while the project is still open: no save needed.
    other = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert other.execute("SELECT name FROM codes").fetchall() == [("Harms",)]
    other.close()
    project.close()


def test_a_second_writer_is_refused_but_readers_are_welcome(tmp_path: Path) -> None:
    path = tmp_path / "p.qcode"
    with Project.create(path) as first:
        first.create_code("Harms")
        with pytest.raises(ProjectLockedError, match="open for editing in another qcode"):
            Project.open(path)
        with Project.open(path, read_only=True) as reader:
            assert [c.name for c in reader.codebook().walk()] == ["Harms"]
            with pytest.raises(QcodeError, match="read-only"):
                reader.create_code("Other")
    with Project.open(path) as again:  # the lock went with the first project
        assert again.code("Harms")


def test_another_process_is_refused_while_the_project_is_open(tmp_path: Path) -> None:
    path = tmp_path / "p.qcode"
    with Project.create(path):
        result = subprocess.run(
            [sys.executable, "-m", "qcode.cli", "add-code", str(path), "Fear"],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "QCODE_LOCK_WAIT": "0"},  # (waiting: test_writer_lock.py)
        )
        assert result.returncode == 1
        assert result.stderr.startswith("qcode: error: p.qcode is open for editing")
        assert "Traceback" not in result.stderr
        listing = subprocess.run(
            [sys.executable, "-m", "qcode.cli", "codes", str(path), "--json"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert listing.returncode == 0 and listing.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a qcode project"),
        (b"hello, this is a text file, not a database at all" * 20, "not a qcode project"),
    ],
)
def test_files_that_are_not_projects(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "fake.qcode"
    path.write_bytes(content)
    with pytest.raises(QcodeError, match=message):
        Project.open(path)
    assert path.read_bytes() == content


def test_another_sqlite_database_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "other.qcode"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(QcodeError, match=r"other\.qcode is not a qcode project"):
        Project.open(path)


def test_project_from_a_newer_qcode_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "p.qcode"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(QcodeError, match="made by a newer qcode"):
        Project.open(path)
    assert path.read_bytes() == before


def test_migration_backs_up_first_and_runs_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qcode.store import database, schema

    path = tmp_path / "p.qcode"
    Project.create(path).close()
    extra = "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, extra))
    monkeypatch.setattr(database, "MIGRATIONS", (*schema.MIGRATIONS,))
    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Project.open(path) as project:
        version = project.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION + 1
        tables = {r[0] for r in project.conn.execute("SELECT name FROM sqlite_master")}
        assert "tags" in tables
    backup = tmp_path / f"p.qcode.v{SCHEMA_VERSION}.bak"
    assert backup.exists()
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_a_failing_migration_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qcode.store import database

    path = tmp_path / "p.qcode"
    with Project.create(path) as project:
        project.create_code("Harms")
    broken = "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nCREATE TABLE tags (oops);"
    monkeypatch.setattr(database, "MIGRATIONS", (*database.MIGRATIONS, broken))
    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(sqlite3.OperationalError):
        Project.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "tags" not in names
    assert conn.execute("SELECT name FROM codes").fetchall() == [("Harms",)]
    conn.close()


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "p.qcode"
    with Project.create(path) as project:
        project.create_code("Harms")
    with pytest.raises(QcodeError, match="already exists"):
        Project.create(path)
    with Project.open(path) as project:
        assert project.code("Harms")


def test_unwritable_project_gives_a_message_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "p.qcode"
    with Project.create(path) as project:
        project.add_documents([ImportedDocument("D", "some text", "d.txt", "text")])
        code = project.create_code("Harms")
        # The disk fills up / the file becomes unwritable under us.
        project.conn.execute("PRAGMA max_page_count = 1")
        doc = project.document("D")
        big = [
            ImportedDocument(f"Big {i}", f"{i} " + "x" * 100_000, "b.txt", "text") for i in range(3)
        ]
        with pytest.raises(
            QcodeError, match=r"could not write to p\.qcode .* the project is as it was"
        ):
            project.add_documents(big)
        assert [d.name for d in project.documents()] == ["D"]
        project.conn.execute("PRAGMA max_page_count = 1073741823")
        assert project.apply_code(doc, code, 0, 4) is not None


def test_a_version_1_project_is_upgraded_with_a_backup(tmp_path: Path) -> None:
    """Projects made before suggestions existed gain their tables on open."""
    path = tmp_path / "old.qcode"
    with Project.create(path) as project:
        project.create_code("Harms")
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TABLE rejected_suggestions; DROP TABLE suggestion_models; PRAGMA user_version = 1;"
    )
    conn.close()
    with Project.open(path) as project:
        assert project.code("Harms")
        tables = {r[0] for r in project.conn.execute("SELECT name FROM sqlite_master")}
        assert {"rejected_suggestions", "suggestion_models"} <= tables
    backup = sqlite3.connect(tmp_path / "old.qcode.v1.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT name FROM codes").fetchall() == [("Harms",)]
    backup.close()


def test_every_table_an_edit_writes_is_announced_as_a_kind() -> None:
    """Views refresh by kind of thing (documents, codes, ...); a table without
    a kind would make every edit of it fail to announce itself."""
    from qcode.core.events import KINDS
    from qcode.store.schema import KIND_OF_TABLE, TABLES

    assert set(KIND_OF_TABLE) == set(TABLES)
    assert set(KIND_OF_TABLE.values()) == KINDS


def test_edits_announce_the_kinds_of_things_they_changed(tmp_path: Path) -> None:
    """What the app redraws after an edit, undo or redo comes from these."""
    from qcode.core.events import ProjectChanged

    with Project.create(tmp_path / "p.qcode", coder="Amina") as project:
        (document,) = project.add_documents(
            [ImportedDocument("D", "Liu: we met.\nWang: yes.", "d.txt", "text")]
        )
        code = project.create_code("Harms")
        seen: list[ProjectChanged] = []
        project.changed.connect(seen.append)

        def last() -> tuple[frozenset[str], frozenset[int], frozenset[int]]:
            return seen[-1].kinds, seen[-1].documents, seen[-1].codes

        project.set_attributes(document, {"age": 34})
        assert last() == ({"documents"}, {document.id}, set())
        project.rename_document(document, "Interview 1")
        assert last() == ({"documents"}, {document.id}, set())
        project.apply_code(document, code, 0, 3, coder="Bo")  # a new coder, with the coding
        assert last() == ({"codings", "coders"}, {document.id}, {code.id})
        project.reject_suggestion(document, code, 4, 10)
        assert last() == ({"suggestions"}, {document.id}, {code.id})
        project.add_memo("code", code.id, "about harms")
        assert last() == ({"memos"}, set(), {code.id})
        project.set_pseudonym("Liu", "Respondent 1")
        assert last() == ({"pseudonyms"}, set(), set())
        project.set_info(name="Study")
        assert last() == ({"project"}, set(), set())
        project.update_code(code, color="#123456")
        assert last() == ({"codes"}, set(), {code.id})
        project.undo()
        assert (seen[-1].action, last()) == ("undo", ({"codes"}, set(), {code.id}))
        project.delete_documents([project.document(document.id)])
        # its text, speaker turns and attribute, its coding and the rejection go with it
        assert last() == ({"documents", "codings", "suggestions"}, {document.id}, {code.id})
