"""A project file whose stored texts are not valid UTF-8 (damaged, or
written by another program): every command that reads such a text says so
in one line naming the file, exits 1, quotes none of the text, and changes
nothing; the commands that do not read it still work."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from qcode.cli import main

TEXT = "Interviewer: Who saw it?\r\nGulnara: Zhang Wei 𠮷 saw it 😀.\r\n"
# A participant's words, then a byte no UTF-8 text holds.
DAMAGED = b"Zhang Wei was there\xff"
# qcode keeps the text with LF line ends and no line end at its end.
STORED = TEXT.replace("\r\n", "\n").rstrip("\n")
WITNESS = (STORED.index("Zhang Wei"), STORED.index("Zhang Wei") + len("Zhang Wei"))
SAID = (
    "qcode: error: study.qcode: the project file is damaged: a text stored in it is not valid "
    "UTF-8 (another program wrote it, or the disk failed)"
)


@pytest.fixture
def study(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A project with a document, a code, a coding and two memos."""
    path = tmp_path / "study.qcode"
    (tmp_path / "interview.txt").write_text(TEXT, encoding="utf-8", newline="")
    for args in (
        ["new", path],
        ["import", path, tmp_path / "interview.txt"],
        ["add-code", path, "Witness"],
        ["code", path, "interview", "Witness", *WITNESS],
        ["memo", path, "--project", "Ask about the night."],
        ["memo", path, "--doc", "interview", "Second visit planned."],
    ):
        assert main([str(arg) for arg in args]) == 0
    capsys.readouterr()
    return path


def _damage(path: Path, table: str, column: str) -> None:
    """What another program (or a failing disk) leaves: bytes SQLite keeps
    as text that are not UTF-8."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(f"UPDATE {table} SET {column} = CAST(? AS TEXT)", (DAMAGED,))
    conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# (damaged table and column, a command that reads them)
REFUSED = [
    ("memos", "text", ["memos"]),
    ("memos", "text", ["export", "{out}.xlsx"]),
    ("memos", "text", ["export", "{out}.qdpx"]),
    ("memos", "text", ["delete-doc", "interview"]),  # an edit: it keeps the memo for undo
    ("document_texts", "text", ["text", "interview"]),
    ("document_texts", "text", ["segments"]),
    ("document_texts", "text", ["export", "{out}.csv"]),
    ("document_texts", "text", ["search", "Zhang"]),
    ("documents", "name", ["documents"]),
    ("codes", "name", ["codes"]),
    ("codes", "name", ["stats"]),
]


@pytest.mark.parametrize(("table", "column", "command"), REFUSED)
def test_a_command_reading_a_damaged_text_says_so_in_one_line_and_changes_nothing(
    study: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    column: str,
    command: list[str],
) -> None:
    _damage(study, table, column)
    before = _digest(study)
    out = study.parent / "out"
    args = [command[0], str(study), *(arg.format(out=out) for arg in command[1:])]
    status = main(args)
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.splitlines() == [SAID]
    assert "Zhang" not in captured.out + captured.err  # the damaged text is not quoted
    assert _digest(study) == before
    assert not list(study.parent.glob("out*"))  # no half-written export


def test_commands_that_do_not_read_the_damaged_text_still_work(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage(study, "memos", "text")
    assert main(["documents", str(study)]) == 0
    assert main(["segments", str(study)]) == 0
    out = capsys.readouterr().out
    assert "interview" in out and "Zhang Wei" in out  # the coded passage, from the text


def test_the_damage_is_reported_whatever_the_bytes(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A lone surrogate encoded (CESU-8), an overlong form, a cut-off 𠮷:
    none is UTF-8, none is read as text."""
    for damaged in (b"\xed\xa0\x80", b"\xc0\xaf", "𠮷".encode()[:3]):
        conn = sqlite3.connect(study)
        with conn:
            conn.execute("UPDATE memos SET text = CAST(? AS TEXT)", (damaged,))
        conn.close()
        assert main(["memos", str(study)]) == 1
        assert capsys.readouterr().err.splitlines() == [SAID]


def test_exports_never_take_a_damaged_text_for_a_document_not_there(study: Path) -> None:
    """The pseudonymised agreement export cuts coders' passages again out of
    each document: a damaged text is said as such, not as "a document changed"
    (nor an empty excerpt)."""
    from qcode.analysis.agreement.report import Unmatched
    from qcode.core.project import Project
    from qcode.errors import DamagedTextError
    from qcode.export.agreement_xlsx import _Recut
    from qcode.export.pseudonymised import Pseudonymiser

    _damage(study, "document_texts", "text")
    with Project.open(study, read_only=True) as project:
        recut = _Recut(project, Pseudonymiser([("Zhang Wei", "W")]), "study.qcode")
        unmatched = Unmatched("Amina", "interview", "Witness", *WITNESS, "Zhang Wei", 0.0)
        with pytest.raises(DamagedTextError):
            recut.span(unmatched)
