"""Encrypted projects from the command line: ``new --encrypt``, ``encrypt``,
the passphrase from QCODE_PASSPHRASE or the terminal, and one-line refusals."""

from __future__ import annotations

import csv
import io
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3.dbapi2")

from qcode.cli import main
from qcode.core.project import Project
from tests.test_cli import Run

PASSPHRASE = "correct horse battery staple"
TEXT = "Interviewer: Who saw it?\nGulnara: Zhang Wei saw it, in Ürümqi 𠮷.\n"
SQLITE_HEADER = b"SQLite format 3\x00"


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A script's stdin, with no passphrase in the environment."""
    monkeypatch.delenv("QCODE_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


class Terminal:
    """What the user will type at the passphrase prompts, and the prompts shown."""

    def __init__(self) -> None:
        self.typed: list[str] = []
        self.prompts: list[str] = []

    def getpass(self, prompt: str = "") -> str:
        self.prompts.append(prompt)
        return self.typed.pop(0)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    monkeypatch.delenv("QCODE_PASSPHRASE", raising=False)

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    user = Terminal()
    monkeypatch.setattr(sys, "stdin", Tty(""))
    monkeypatch.setattr("getpass.getpass", user.getpass)
    return user


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``new --encrypt``, import and code, with QCODE_PASSPHRASE set (once:
    each test gets a copy, the key stretching is slow on purpose)."""
    folder = tmp_path_factory.mktemp("made")
    path = folder / "secret.qcode"
    source = folder / "Gulnara.txt"
    source.write_text(TEXT, encoding="utf-8")
    start = TEXT.index("Zhang Wei")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QCODE_PASSPHRASE", PASSPHRASE)
        assert main(["new", str(path), "--encrypt", "--coder", "Amina"]) == 0
        assert main(["import", str(path), str(source)]) == 0
        code = ["code", str(path), "Gulnara", "Witnesses", str(start), str(start + 9)]
        assert main([*code, "--create", "--coder", "Amina"]) == 0
    return path


@pytest.fixture
def secret(made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QCODE_PASSPHRASE", PASSPHRASE)
    return Path(shutil.copy(made, tmp_path / made.name))


def test_new_encrypted_says_so(tmp_path: Path, qcode: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QCODE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "new.qcode"
    _out, err = qcode("new", path, "--encrypt")
    assert err == f"created {path} (encrypted)\n"


def test_new_encrypted_import_code_export(secret: Path, qcode: Run, tmp_path: Path) -> None:
    data = secret.read_bytes()
    assert not data.startswith(SQLITE_HEADER)
    assert b"Zhang Wei" not in data and b"Gulnara" not in data
    out, _err = qcode("segments", secret)
    assert "Witnesses" in out and "Zhang Wei" in out
    # Exports are written unencrypted: that is what they are for.
    qcode("export", secret, tmp_path / "out.csv")
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as file:
        (row,) = list(csv.DictReader(file))
    assert (row["Code"], row["Document"], row["Coded text"]) == (
        "Witnesses",
        "Gulnara",
        "Zhang Wei",
    )


def test_no_passphrase_and_no_terminal_is_one_line(
    secret: Path, qcode: Run, no_terminal: None
) -> None:
    before = secret.read_bytes()
    for command in (["documents"], ["add-code", "Harms"], ["suggest", "Gulnara"]):
        line = qcode.error(command[0], secret, *command[1:])
        assert line == (
            "qcode: error: secret.qcode is encrypted: set QCODE_PASSPHRASE or run from a terminal"
        )
    assert secret.read_bytes() == before


def test_a_wrong_passphrase_is_one_line(
    secret: Path, qcode: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QCODE_PASSPHRASE", "correct horse battery stable")
    line = qcode.error("documents", secret)
    assert line == "qcode: error: secret.qcode: wrong passphrase (or the file is damaged)"


def test_the_passphrase_is_asked_on_a_terminal(
    secret: Path, qcode: Run, terminal: Terminal
) -> None:
    terminal.typed.append(PASSPHRASE)
    out, _err = qcode("documents", secret)
    assert out.splitlines()[1].startswith("Gulnara")
    assert terminal.prompts == ["Passphrase for secret.qcode: "]


def test_new_encrypt_asks_twice_and_refuses_a_mismatch(
    tmp_path: Path, qcode: Run, terminal: Terminal
) -> None:
    path = tmp_path / "new.qcode"
    terminal.typed += [PASSPHRASE, PASSPHRASE + "!"]
    assert qcode.error("new", path, "--encrypt") == (
        "qcode: error: the two passphrases differ; nothing was changed"
    )
    assert terminal.prompts == ["New passphrase for new.qcode: ", "The same passphrase again: "]
    assert not path.exists()
    terminal.typed += ["short"]
    assert "at least 8 characters" in qcode.error("new", path, "--encrypt")
    assert not path.exists()
    terminal.typed += [PASSPHRASE, PASSPHRASE]
    qcode("new", path, "--encrypt")
    assert terminal.typed == []
    with Project.open(path, passphrase=PASSPHRASE) as project:
        assert project.encrypted


def test_encrypt_a_plain_project(tmp_path: Path, qcode: Run, terminal: Terminal) -> None:
    path = tmp_path / "plain.qcode"
    qcode("new", path)
    source = tmp_path / "Gulnara.txt"
    source.write_text(TEXT, encoding="utf-8")
    qcode("import", path, source)
    assert b"Zhang Wei" in path.read_bytes()
    terminal.typed += [PASSPHRASE, PASSPHRASE]
    _out, err = qcode("encrypt", path)
    assert err.startswith(f"encrypted {path}; it now needs the passphrase to open.")
    assert b"Zhang Wei" not in path.read_bytes()
    terminal.typed.append(PASSPHRASE)
    out, _err = qcode("segments", path)
    assert out.splitlines()[1:] == []  # opened: no codings yet
    terminal.typed.append(PASSPHRASE)
    out, _err = qcode("documents", path)
    assert out.splitlines()[1].split()[0] == "Gulnara"


def test_encrypt_refusals(secret: Path, qcode: Run, tmp_path: Path, terminal: Terminal) -> None:
    # Each is refused before a passphrase is asked.
    assert qcode.error("encrypt", secret) == (
        "qcode: error: secret.qcode is already encrypted; nothing was changed"
    )
    assert qcode.error("encrypt", tmp_path / "missing.qcode").startswith(
        "qcode: error: project not found"
    )
    plain = tmp_path / "plain.qcode"
    qcode("new", plain)
    with Project.open(plain):
        assert "open for editing in another" in qcode.error("encrypt", plain)
    assert plain.read_bytes().startswith(SQLITE_HEADER)
    assert terminal.prompts == []


def test_merge_an_encrypted_copy(secret: Path, qcode: Run) -> None:
    rows = qcode.json("copies", secret, "Bo")
    copy = Path(rows[0]["path"])
    assert not copy.read_bytes().startswith(SQLITE_HEADER)
    start = TEXT.index("Ürümqi")
    qcode("code", copy, "Gulnara", "Places", start, start + 6, "--create", "--coder", "Bo")
    report = qcode.json("merge", secret, copy)
    assert report["codings_added"] == 1
    backup = Path(report["backup"])
    assert not backup.read_bytes().startswith(SQLITE_HEADER)
    assert b"Zhang Wei" not in backup.read_bytes()
