"""``qcode add-code`` does what its help says: "create a code (and missing
parents)", reaching a parent whose name holds a "/" the way ``code --create``
does, in one undoable step."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.cli.parser import COMMANDS
from qcode.core.project import Project


def paths(project_path: Path) -> list[str]:
    with Project.open(project_path, read_only=True) as project:
        codebook = project.codebook()
        return [codebook.path(code.id) for code in codebook.walk()]


def run(capsys: pytest.CaptureFixture[str], *args: str | Path, status: int = 0) -> str:
    code = main([str(arg) for arg in args])
    _out, err = capsys.readouterr()
    assert code == status, err
    return err


@pytest.fixture
def study(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "study.qcode"
    run(capsys, "new", path)
    return path


def test_the_help_promises_missing_parents() -> None:
    assert COMMANDS["add-code"] == "create a code (and missing parents)"


def test_missing_parents_are_created_and_one_undo_removes_them_all(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "add-code", study, "Harms")
    run(capsys, "add-code", study, "NewParent/Middle/Child", "--color", "#123456")
    assert paths(study) == ["Harms", "NewParent", "NewParent/Middle", "NewParent/Middle/Child"]
    with Project.open(study, read_only=True) as project:
        assert project.code("NewParent/Middle/Child").color == "#123456"
        assert project.undo_label() == "create code 'Child'"
    assert "undone: create code 'Child'" in run(capsys, "undo", study)
    assert paths(study) == ["Harms"]
    run(capsys, "redo", study)
    assert paths(study) == ["Harms", "NewParent", "NewParent/Middle", "NewParent/Middle/Child"]


def test_an_existing_parent_is_used_not_duplicated(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "add-code", study, "Harms")
    run(capsys, "add-code", study, "Harms/Fear", "--description", "Any fear")
    assert paths(study) == ["Harms", "Harms/Fear"]
    with Project.open(study, read_only=True) as project:
        assert project.code("Harms/Fear").description == "Any fear"


def test_a_parent_with_a_slash_in_its_name_is_reached_as_code_create_reaches_it(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "Interview.txt"
    source.write_text("Informant: I lost my job and my home.\n", encoding="utf-8")
    run(capsys, "import", study, source)
    run(capsys, "code", study, "Interview", "Job\\/home loss", "0", "9", "--create")
    run(capsys, "add-code", study, "Job\\/home loss/Eviction")
    with Project.open(study, read_only=True) as project:
        codebook = project.codebook()
        (top,) = codebook.children(None)
        assert top.name == "Job/home loss"  # the code that holds the coding
        assert [child.name for child in codebook.children(top.id)] == ["Eviction"]


def test_an_existing_code_is_refused_and_nothing_changes(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "add-code", study, "Harms/Fear")
    before = hashlib.sha256(study.read_bytes()).hexdigest()
    err = run(capsys, "add-code", study, "Harms/Fear", status=1)
    assert err == "qcode: error: there is already a code 'Fear' under 'Harms'\n"
    assert hashlib.sha256(study.read_bytes()).hexdigest() == before


def test_a_refused_child_leaves_no_new_parent_behind(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = run(capsys, "add-code", study, "NewParent/Child", "--color", "red", status=1)
    assert err == "qcode: error: colour 'red' is not of the form #RRGGBB\n"
    assert paths(study) == []


def test_an_empty_part_is_refused(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = run(capsys, "add-code", study, "Harms//Fear", status=1)
    assert err == "qcode: error: 'Harms//Fear' is not a code path (empty part)\n"
    assert paths(study) == []
