"""``qcode cases``, ``qcode case`` and ``qcode import-cases``: cases made,
edited, given members and deleted from the command line, a case list read
from a sheet, and every mistake a one-line error that changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.core.project import Project
from tests.findings import code, interviews, stored_state
from tests.test_cli import Run


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    project = interviews(tmp_path)
    code(project, "Interview 1", "Notice", "I did not receive any notice")
    code(project, "Interview 2", "Station", "They stopped me at the station")
    project.close()
    return tmp_path / "study.qcode"


def _state(path: Path) -> dict:
    with Project.open(path, read_only=True) as project:
        return stored_state(project)


def _coding(qcode: Run, path: Path, text: str) -> str:
    return next(s["id"] for s in qcode.json("segments", path) if s["text"] == text)


def test_a_case_is_made_with_members_and_listed(qcode: Run, path: Path) -> None:
    station = _coding(qcode, path, "They stopped me at the station")
    _out, err = qcode(
        "case",
        path,
        "Liu",
        "--type",
        "informant",
        "--description",
        "interviewed in 2024",
        "--attr",
        "age=34",
        "--attr",
        "city=Beijing",
        "--add-speaker",
        "liu",
        "--add-coding",
        station,
    )
    assert "created case 'Liu'" in err and "2 members" in err
    qcode("case", path, "Station incident", "--type", "incident", "--add-document", "Interview 2")
    qcode("case", path, "Wang", "--add-speaker", "Wang", "--in", "Interview 2")
    cases = qcode.json("cases", path)
    assert [c["name"] for c in cases] == ["Liu", "Station incident", "Wang"]
    liu = cases[0]
    assert (liu["type"], liu["description"]) == ("informant", "interviewed in 2024")
    assert liu["attributes"] == {"age": 34, "city": "Beijing"}
    assert liu["members"] == [
        {"kind": "speaker", "speaker": "Liu", "document": None},
        {"kind": "coding", "coding": station},
    ]
    assert cases[1]["members"] == [{"kind": "document", "document": "Interview 2"}]
    assert cases[2]["members"] == [
        {"kind": "speaker", "speaker": "Wang", "document": "Interview 2"}
    ]
    assert len(liu["id"]) == 36
    out, _ = qcode("cases", path)
    assert "Station incident" in out and "informant" in out
    out, _ = qcode("case", path, "liu")
    assert "interviewed in 2024" in out and "speaker Liu" in out


def test_a_case_is_edited_renamed_and_deleted_each_undoable(qcode: Run, path: Path) -> None:
    qcode("case", path, "Liu", "--attr", "age=34", "--add-speaker", "Liu")
    made = _state(path)
    qcode(
        "case",
        path,
        "Liu",
        "--rename",
        "Liu Wei",
        "--type",
        "informant",
        "--attr",
        "age=",
        "--attr",
        "city=Wuhan",
        "--remove-speaker",
        "Liu",
        "--add-document",
        "Interview 1",
    )
    (case,) = qcode.json("cases", path)
    assert (case["name"], case["type"], case["attributes"]) == (
        "Liu Wei",
        "informant",
        {"city": "Wuhan"},
    )
    assert case["members"] == [{"kind": "document", "document": "Interview 1"}]
    edited = _state(path)
    # a step per kind of change: rename, type, attributes, assign, unassign
    for _ in range(5):
        qcode("undo", path)
    assert _state(path) == made
    for _ in range(5):
        qcode("redo", path)
    assert _state(path) == edited
    qcode("case", path, "liu wei", "--delete")
    assert qcode.json("cases", path) == []
    qcode("undo", path)
    assert _state(path) == edited


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Liu", "--add-document", "Interview 9"], "no document 'Interview 9'"),
        (["Liu", "--add-speaker", "Zhang"], "no speaker 'Zhang' in any document"),
        (
            ["Liu", "--add-speaker", "Wang", "--in", "Interview 1"],
            "no speaker 'Wang' in 'Interview 1'",
        ),
        (["Liu", "--add-coding", "0000"], "no coding '0000'"),
        (["Liu", "--attr", "age"], "attribute 'age' is not KEY=VALUE"),
        (["Liu", "--in", "Interview 1"], "--in DOC goes with --add-speaker or --remove-speaker"),
        (["Nobody", "--rename", "X"], "no case 'Nobody' to rename"),
        (["Nobody", "--remove-document", "Interview 1"], "no case 'Nobody' to take members off"),
        (["Nobody", "--delete"], "no case 'Nobody'"),
        (["Known", "--delete", "--type", "x"], "--delete goes alone"),
        (["Known", "--rename", "Other"], "there is already a case named 'Other'"),
        (["Known", "--remove-document", "Interview 1"], "nothing to take off"),
        (["Known", "--type", "a", "--attr", "age=old"], "age"),
        (["", "--type", "x"], "name"),
    ],
)
def test_case_mistakes_change_nothing(
    qcode: Run, path: Path, args: list[str], message: str
) -> None:
    qcode("case", path, "Known", "--attr", "age=40")
    qcode("case", path, "Other")
    before = _state(path)
    line = qcode.error("case", path, *args)
    assert message in line, line
    assert _state(path) == before


def test_a_refused_later_step_undoes_the_earlier_ones(qcode: Run, path: Path) -> None:
    qcode("case", path, "Known", "--attr", "age=40")
    before = _state(path)
    # the type is set first; the attribute value then does not fit 'age' (a number)
    line = qcode.error("case", path, "Known", "--type", "informant", "--attr", "age=old")
    assert "age" in line
    assert _state(path) == before


def test_a_case_list_is_imported(qcode: Run, path: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "cases.csv"
    sheet.write_text(
        "Case,Kind,age,city\nLiu,informant,34,Beijing\nWang,informant,51,\n", encoding="utf-8"
    )
    _out, err = qcode("import-cases", path, sheet, "--type-column", "Kind")
    assert "2 cases created, 0 updated, 0 unchanged" in err
    cases = {c["name"]: c for c in qcode.json("cases", path)}
    assert cases["Liu"]["attributes"] == {"age": 34, "city": "Beijing"}
    assert cases["Wang"]["type"] == "informant" and cases["Wang"]["attributes"] == {"age": 51}
    result = qcode.json("import-cases", path, sheet, "--type-column", "Kind")
    assert result == {"created": 0, "updated": 0, "unchanged": 2}
    qcode("undo", path)
    qcode("undo", path)
    assert qcode.json("cases", path) == []


def test_a_bad_case_list_is_refused_whole(qcode: Run, path: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "cases.csv"
    sheet.write_text("name,age\nLiu,34\n,51\n", encoding="utf-8")
    before = _state(path)
    line = qcode.error("import-cases", path, sheet)
    assert "cases.csv" in line and "row 3" in line
    assert "no column 'Type'" in qcode.error("import-cases", path, sheet, "--type-column", "Type")
    assert "none.csv: file not found" in qcode.error("import-cases", path, tmp_path / "none.csv")
    assert _state(path) == before
