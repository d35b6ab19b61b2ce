"""Changing an encrypted project's passphrase, and decrypting it back to a plain
file: from the core and the command line; a wrong passphrase, a weak one, a
project open elsewhere, or a missing --yes change nothing (byte for byte)."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3.dbapi2")

from qcode.core.encryption import (
    WrongPassphraseError,
    change_passphrase,
    decrypt_project,
    is_encrypted,
)
from qcode.core.project import Project
from qcode.errors import ProjectLockedError, QcodeError
from qcode.io.base import ImportedDocument
from tests.test_cli import Run

OLD = "correct horse battery staple"
NEW = "tiger lily harbour seven"
TEXT = "Interviewer: Who saw it?\nGulnara: Zhang Wei saw it, in Ürümqi 𠮷 😀.\n"


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina", passphrase=OLD) as project:
        (document,) = project.add_documents([ImportedDocument("Gulnara", TEXT, "g.txt", "text")])
        project.apply_code(document, "Witness", 25, 34, create=True, memo="named")
    return path


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


def _state(path: Path, passphrase: str | None) -> tuple[list[str], str, list[tuple[str, str]]]:
    with Project.open(path, read_only=True, passphrase=passphrase) as project:
        (document,) = project.documents()
        segments = project.segments(project.codings())
        return (
            [d.name for d in project.documents()],
            project.text(document),
            [(s.code_path, s.text) for s in segments],
        )


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_passphrase_opens_the_project_and_the_old_one_no_longer_does(study: Path) -> None:
    before = _state(study, OLD)
    change_passphrase(study, OLD, NEW)
    assert is_encrypted(study)
    assert _state(study, NEW) == before
    with pytest.raises(WrongPassphraseError):
        Project.open(study, read_only=True, passphrase=OLD)
    # Still encrypted: no document text in the file's bytes.
    assert b"Zhang Wei" not in study.read_bytes()
    assert not study.with_name(study.name + "-wal").exists()
    # History came along: the coding can still be undone.
    with Project.open(study, passphrase=NEW) as project:
        assert project.undo_label() == "apply 'Witness'"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("wrong passphrase!", NEW, "wrong passphrase"),
        (OLD, "short", "at least 8 characters"),
        (OLD, OLD, "the same as the old one"),
    ],
)
def test_a_refused_change_leaves_the_file_as_it_was(
    study: Path, old: str, new: str, message: str
) -> None:
    before = _sha(study)
    with pytest.raises(QcodeError, match=message):
        change_passphrase(study, old, new)
    assert _sha(study) == before
    assert sorted(p.name for p in study.parent.iterdir()) == ["study.qcode"]


def test_nothing_changes_while_the_project_is_open_for_editing(study: Path) -> None:
    before = _sha(study)
    with Project.open(study, passphrase=OLD), pytest.raises(ProjectLockedError):
        change_passphrase(study, OLD, NEW)
    with Project.open(study, passphrase=OLD), pytest.raises(ProjectLockedError):
        decrypt_project(study, OLD)
    assert _sha(study) == before


def test_decrypting_makes_a_plain_project_with_everything_in_it(study: Path) -> None:
    before = _state(study, OLD)
    decrypt_project(study, OLD)
    assert not is_encrypted(study)
    assert study.read_bytes().startswith(b"SQLite format 3\x00")
    # Readable by anything that reads SQLite now, and by qcode without a passphrase.
    conn = sqlite3.connect(study)
    assert conn.execute("SELECT text FROM document_texts").fetchone()[0] == TEXT
    conn.close()
    assert _state(study, None) == before


def test_decrypting_with_a_wrong_passphrase_changes_nothing(study: Path) -> None:
    before = _sha(study)
    with pytest.raises(WrongPassphraseError):
        decrypt_project(study, "not the passphrase")
    assert _sha(study) == before


def test_a_plain_project_has_no_passphrase_to_change(tmp_path: Path) -> None:
    path = tmp_path / "plain.qcode"
    Project.create(path).close()
    with pytest.raises(QcodeError, match="is not encrypted; nothing was changed"):
        change_passphrase(path, OLD, NEW)
    with pytest.raises(QcodeError, match="is not encrypted; nothing was changed"):
        decrypt_project(path, OLD)


# -- the command line ---------------------------------------------------------------


def test_qcode_passphrase_takes_both_passphrases_from_the_environment(
    study: Path, qcode: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QCODE_PASSPHRASE", OLD)
    monkeypatch.setenv("QCODE_NEW_PASSPHRASE", NEW)
    _out, err = qcode("passphrase", study)
    assert "now opens with the new passphrase" in err
    assert "still open with the old one" in err
    assert _state(study, NEW)[0] == ["Gulnara"]


def test_qcode_passphrase_asks_on_a_terminal(
    study: Path, qcode: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    typed = [OLD, NEW, NEW]
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return typed.pop(0)

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("QCODE_PASSPHRASE", raising=False)
    monkeypatch.delenv("QCODE_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys, "stdin", Tty(""))
    monkeypatch.setattr("getpass.getpass", getpass)
    qcode("passphrase", study)
    assert prompts == [
        "Passphrase for study.qcode: ",
        "New passphrase for study.qcode: ",
        "The same passphrase again: ",
    ]
    assert _state(study, NEW)[0] == ["Gulnara"]


def test_qcode_passphrase_refusals_are_one_line(
    study: Path, qcode: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    before = _sha(study)
    monkeypatch.setenv("QCODE_PASSPHRASE", "wrong passphrase!")
    monkeypatch.setenv("QCODE_NEW_PASSPHRASE", NEW)
    assert "wrong passphrase" in qcode.error("passphrase", study)
    monkeypatch.setenv("QCODE_PASSPHRASE", OLD)
    monkeypatch.setenv("QCODE_NEW_PASSPHRASE", "short")
    assert "at least 8 characters" in qcode.error("passphrase", study)
    assert _sha(study) == before
    plain = tmp_path / "plain.qcode"
    Project.create(plain).close()
    assert qcode.error("passphrase", plain).endswith(
        "plain.qcode is not encrypted; nothing was changed"
    )


def test_qcode_decrypt_needs_yes_and_then_warns(
    study: Path, qcode: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QCODE_PASSPHRASE", OLD)
    before = _sha(study)
    message = qcode.error("decrypt", study)
    assert "lets anyone who has the file read every transcript" in message
    assert message.endswith("add --yes to decrypt it")
    assert _sha(study) == before
    _out, err = qcode("decrypt", study, "--yes")
    assert "anyone who has it can read" in err
    assert not is_encrypted(study)
    monkeypatch.delenv("QCODE_PASSPHRASE")
    out, _err = qcode("documents", study)
    assert "Gulnara" in out
