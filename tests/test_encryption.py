"""Encrypted projects (SQLCipher): unreadable without the passphrase, down
to the bytes of the file, its write-ahead log and its backups; everything
working as usual with it; plain projects encrypted in place."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pytest

pytest.importorskip("sqlcipher3.dbapi2")

import sqlcipher3.dbapi2 as sqlcipher

from qcode.core.commands import Command, Transaction
from qcode.core.copies import prepare_coder_copies
from qcode.core.encryption import encrypt_project
from qcode.core.merge.project import merge_project
from qcode.core.project import Project
from qcode.errors import ProjectLockedError, QcodeError
from qcode.io.base import ImportedDocument
from qcode.store import documents
from qcode.store.documents import NewDocument
from qcode.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

PASSPHRASE = "correct horse battery staple"
TEXT = (
    "Interviewer: Where were you taken?\n"
    "Gulnara: To the camp near Ürümqi 新疆, with 𠮷 and 😀 — Zhang Wei saw it.\n"
)
DOCUMENT = "Gulnara Tursun interview"
CODE = "Detention by police"
MEMO = "Protect Gulnara's identity"
# What must never be found in an encrypted file's bytes (as UTF-8).
SECRETS = ["Gulnara", "Ürümqi", "新疆", "Zhang Wei", "Tursun", CODE, "Protect"]
SQLITE_HEADER = b"SQLite format 3\x00"


def fill(project: Project) -> None:
    (document,) = project.add_documents([ImportedDocument(DOCUMENT, TEXT, "g.txt", "text")])
    code = project.create_code(CODE)
    start = TEXT.index("Zhang Wei")
    coding = project.apply_code(document, code, start, start + len("Zhang Wei"))
    assert coding is not None
    project.add_memo("coding", coding.id, MEMO)


def files_of(path: Path) -> list[Path]:
    """The project file and whatever SQLite keeps beside it."""
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name)]


def leaked(path: Path) -> list[str]:
    found = []
    for file in files_of(path):
        data = file.read_bytes()
        found += [f"{file.name}: {s}" for s in SECRETS if s.encode("utf-8") in data]
    return found


def digests(path: Path) -> dict[str, str]:
    """Each file of the project's, by name: its SHA-256."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(files_of(path))}


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("made") / "secret.qcode"
    with Project.create(path, coder="Amina", passphrase=PASSPHRASE) as project:
        fill(project)
    return path


@pytest.fixture
def secret(made: Path, tmp_path: Path) -> Path:
    """An encrypted project with a document, a code, a coding and a memo,
    closed (a copy: the key stretching is slow on purpose)."""
    return Path(shutil.copy(made, tmp_path / made.name))


def test_nothing_readable_in_the_file_or_its_log(tmp_path: Path) -> None:
    plain_path = tmp_path / "plain" / "plain.qcode"
    plain_path.parent.mkdir()
    path = tmp_path / "secret" / "secret.qcode"
    path.parent.mkdir()
    with Project.create(plain_path) as plain, Project.create(path, passphrase=PASSPHRASE) as p:
        fill(plain)
        fill(p)
        # While open, recent edits sit in the write-ahead log.
        assert (path.parent / "secret.qcode-wal").stat().st_size > 0
        assert leaked(plain_path)  # the search finds what is there
        assert leaked(path) == []
    assert leaked(path) == []
    assert not path.read_bytes().startswith(SQLITE_HEADER)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()


def test_without_the_passphrase_nothing_opens(secret: Path) -> None:
    with pytest.raises(QcodeError) as missing:
        Project.open(secret)
    assert str(missing.value) == "secret.qcode is encrypted: a passphrase is needed"
    with pytest.raises(QcodeError) as also_missing:
        Project.open(secret, read_only=True)
    assert "a passphrase is needed" in str(also_missing.value)


def test_a_wrong_passphrase_is_refused_without_writing(
    secret: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    # SQLCipher logs a failed key to stderr when its log is on (the level is
    # process-wide): qcode must silence it, not the user see "hmac check failed".
    logging = sqlcipher.connect(":memory:")
    logging.execute("PRAGMA cipher_log = stderr")
    logging.execute("PRAGMA cipher_log_level = WARN")
    logging.close()
    before = digests(secret)
    for read_only in (False, True):
        with pytest.raises(QcodeError) as wrong:
            Project.open(secret, read_only=read_only, passphrase="correct horse battery stapler")
        assert str(wrong.value) == "secret.qcode: wrong passphrase (or the file is damaged)"
    assert digests(secret) == before  # no byte changed, no file appeared
    assert capfd.readouterr().err == ""
    # Nor is the writer lock kept after a refusal.
    Project.open(secret, passphrase=PASSPHRASE).close()


def test_a_wrong_passphrase_while_open_elsewhere_changes_nothing(secret: Path) -> None:
    with Project.open(secret, passphrase=PASSPHRASE, coder="Amina") as open_project:
        open_project.set_info(description="edited while open")  # the log holds this
        before = digests(secret)
        assert "secret.qcode-wal" in before
        with pytest.raises(QcodeError, match="wrong passphrase"):
            Project.open(secret, read_only=True, passphrase="not the passphrase")
        assert digests(secret) == before


class DuplicateDocumentName(Command[None]):
    """Breaks the unique document name, past the checks commands make."""

    kind: ClassVar[str] = "test_duplicate"

    @property
    def label(self) -> str:
        return "duplicate"

    def do(self, tx: Transaction) -> None:
        cursor = tx.conn.execute("SELECT * FROM documents")
        row = dict(
            zip([column[0] for column in cursor.description], cursor.fetchone(), strict=True)
        )
        copy = {**row, "id": 99, "uuid": "another", "speakers": json.loads(row["speakers"])}
        documents.insert(tx.changes, [NewDocument(**copy)])


def test_with_the_passphrase_everything_works(secret: Path) -> None:
    with Project.open(secret, passphrase=PASSPHRASE, coder="Amina") as project:
        assert project.encrypted
        (document,) = project.documents()
        assert (document.name, project.text(document)) == (DOCUMENT, TEXT)
        (segment,) = project.segments(project.codings())
        assert (segment.code_path, segment.text, segment.memo) == (CODE, "Zhang Wei", MEMO)
        project.rename_document(document, "Interview 1")
        project.undo()
        assert project.documents()[0].name == DOCUMENT
        project.redo()
        assert project.documents()[0].name == "Interview 1"
    with Project.open(secret, read_only=True, passphrase=PASSPHRASE) as reader:
        assert [d.name for d in reader.documents()] == ["Interview 1"]
        assert reader.read_only and reader.encrypted


def test_a_database_error_in_an_encrypted_project_is_one_line(secret: Path) -> None:
    # sqlcipher3 raises its own IntegrityError, not sqlite3's.
    with Project.open(secret, passphrase=PASSPHRASE) as project:
        with pytest.raises(QcodeError, match="would break the project's consistency"):
            project.push(DuplicateDocumentName())
        assert len(project.documents()) == 1


def test_a_merge_backup_is_encrypted_too(secret: Path, tmp_path: Path) -> None:
    with Project.open(secret, passphrase=PASSPHRASE, coder="Lead") as lead:
        (copy,) = prepare_coder_copies(lead, ["Bo"])
        with Project.open(copy, passphrase=PASSPHRASE, coder="Bo") as bo:
            start = TEXT.index("Ürümqi")
            bo.apply_code(bo.documents()[0], bo.code(CODE), start, start + 6)
        report = merge_project(lead, copy)
        assert report.codings_added == 1
        assert len(lead.codings()) == 2
        assert report.backup is not None
        backup = Path(report.backup)
    assert backup.exists()
    assert not backup.read_bytes().startswith(SQLITE_HEADER)
    assert leaked(backup) == []
    with Project.open(backup, read_only=True, passphrase=PASSPHRASE) as before_merge:
        assert len(before_merge.codings()) == 1


def test_coder_copies_are_encrypted_with_the_same_passphrase(secret: Path) -> None:
    with Project.open(secret, passphrase=PASSPHRASE, coder="Lead") as lead:
        paths = prepare_coder_copies(lead, ["Amina", "Bo"])
    for coder, path in zip(["Amina", "Bo"], paths, strict=True):
        assert not path.read_bytes().startswith(SQLITE_HEADER)
        assert leaked(path) == []
        with pytest.raises(QcodeError, match="a passphrase is needed"):
            Project.open(path)
        with Project.open(path, passphrase=PASSPHRASE, coder=coder) as copy:
            assert [d.name for d in copy.documents()] == [DOCUMENT]
            assert copy.text(copy.documents()[0]) == TEXT
            assert copy.codings() == []


def test_a_migration_backup_of_an_encrypted_project_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "old.qcode"
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.set_key(PASSPHRASE)
    conn.executescript(MIGRATIONS[0])
    conn.execute("INSERT INTO project (key, value) VALUES ('name', 'Gulnara study')")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with Project.open(path, passphrase=PASSPHRASE) as project:
        assert project.name == "Gulnara study"
    backup = tmp_path / "old.qcode.v1.bak"
    assert leaked(backup) == [] and not backup.read_bytes().startswith(SQLITE_HEADER)
    reading = sqlcipher.connect(str(backup))
    reading.set_key(PASSPHRASE)
    assert reading.execute("PRAGMA user_version").fetchone() == (1,)
    assert reading.execute("SELECT value FROM project").fetchall() == [("Gulnara study",)]
    reading.close()
    with Project.open(path, read_only=True, passphrase=PASSPHRASE) as migrated:
        assert migrated.name == "Gulnara study"
    assert sqlcipher_version(path) == SCHEMA_VERSION


def sqlcipher_version(path: Path) -> int:
    conn = sqlcipher.connect(str(path))
    conn.set_key(PASSPHRASE)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


@dataclass
class Crashed:
    """A plain project whose last edits are only in its write-ahead log."""

    path: Path


@pytest.fixture
def crashed(tmp_path: Path) -> Crashed:
    live = tmp_path / "live" / "plain.qcode"
    live.parent.mkdir()
    path = tmp_path / "plain.qcode"
    with Project.create(live, coder="Amina") as project:
        fill(project)
        project.set_info(description="the last edit")
        # Copy the file and its log as a crash would leave them.
        shutil.copy(live, path)
        shutil.copy(live.with_name("plain.qcode-wal"), path.with_name("plain.qcode-wal"))
    return Crashed(path)


def test_encrypting_a_plain_project_in_place(crashed: Crashed) -> None:
    path = crashed.path
    assert leaked(path)
    encrypt_project(path, PASSPHRASE)
    assert [p.name for p in files_of(path)] == ["plain.qcode"]  # the plain log is gone
    assert not path.read_bytes().startswith(SQLITE_HEADER)
    assert leaked(path) == []
    with pytest.raises(QcodeError, match="a passphrase is needed"):
        Project.open(path)
    with Project.open(path, passphrase=PASSPHRASE, coder="Amina") as project:
        assert project.encrypted
        assert project.info()["description"] == "the last edit"  # was only in the log
        (document,) = project.documents()
        assert (document.name, project.text(document)) == (DOCUMENT, TEXT)
        (segment,) = project.segments(project.codings())
        assert (segment.code_path, segment.text, segment.memo) == (CODE, "Zhang Wei", MEMO)
        assert segment.coder == "Amina"
        # The history came along: the edits before encrypting can be undone.
        project.undo()
        assert project.info().get("description", "") == ""


def test_encrypt_refuses_what_it_cannot_do(secret: Path, crashed: Crashed) -> None:
    before = digests(secret)
    with pytest.raises(QcodeError, match=r"secret\.qcode is already encrypted"):
        encrypt_project(secret, PASSPHRASE)
    assert digests(secret) == before
    plain = crashed.path
    with pytest.raises(QcodeError, match="at least 8 characters"):
        encrypt_project(plain, "short")
    with Project.open(plain), pytest.raises(ProjectLockedError):
        encrypt_project(plain, PASSPHRASE)
    notes = plain.with_name("notes.qcode")
    notes.write_text("not a project", encoding="utf-8")
    with pytest.raises(QcodeError, match=r"notes\.qcode is not a qcode project"):
        encrypt_project(notes, PASSPHRASE)
    assert notes.read_text(encoding="utf-8") == "not a project"
    assert leaked(plain)  # still plain
    with pytest.raises(QcodeError, match="project not found"):
        encrypt_project(plain.with_name("missing.qcode"), PASSPHRASE)


def test_a_new_passphrase_must_not_be_weak(tmp_path: Path) -> None:
    with pytest.raises(QcodeError, match="at least 8 characters"):
        Project.create(tmp_path / "weak.qcode", passphrase="1234")
    assert list(tmp_path.iterdir()) == []


def test_plain_projects_never_load_sqlcipher(tmp_path: Path) -> None:
    code = (
        "import sys; from qcode.cli import main; "
        f"assert main(['new', {str(tmp_path / 'p.qcode')!r}]) == 0; "
        f"assert main(['documents', {str(tmp_path / 'p.qcode')!r}]) == 0; "
        "print([m for m in sys.modules if m.startswith('sqlcipher3')])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
