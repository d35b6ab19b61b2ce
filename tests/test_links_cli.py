"""Links between codings and source grades from the command line:
``qcode link``, ``unlink``, ``links``, ``link-type``, ``grades``,
``grade-scale`` and ``grade``; each edit undoable, each mistake a one-line
error that changes nothing."""

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
    code(project, "Interview 2", "Station", "He was stopped as well")
    project.close()
    return tmp_path / "study.qcode"


def _ids(qcode: Run, path: Path) -> dict[str, str]:
    return {s["text"]: s["id"] for s in qcode.json("segments", path)}


def _state(path: Path) -> dict:
    with Project.open(path, read_only=True) as project:
        return stored_state(project)


def test_codings_are_linked_listed_and_unlinked(qcode: Run, path: Path) -> None:
    ids = _ids(qcode, path)
    station, well = ids["They stopped me at the station"], ids["He was stopped as well"]
    notice = ids["I did not receive any notice"]
    before = _state(path)
    out, _ = qcode("link", path, well, station, "--memo", "the same morning")
    first = out.strip()
    out, _ = qcode("link", path, notice, station, "--type", "Contradicts")
    second = out.strip()
    links = qcode.json("links", path)
    assert [(link["id"], link["type"], link["memo"]) for link in links] == [
        (first, "corroborates", "the same morning"),
        (second, "contradicts", ""),
    ]
    assert links[0]["origin"]["text"] == "He was stopped as well"
    assert links[0]["target"] == {
        "id": station,
        "document": "Interview 2",
        "code": "Station",
        "start": links[0]["target"]["start"],
        "end": links[0]["target"]["start"] + len("They stopped me at the station"),
        "text": "They stopped me at the station",
    }
    assert [link["id"] for link in qcode.json("links", path, "--coding", notice)] == [second]
    assert [link["id"] for link in qcode.json("links", path, "--type", "corroborates")] == [first]
    out, _ = qcode("links", path)
    assert "Interview 2 — Station: He was stopped as well" in out
    qcode("unlink", path, first, second.upper())
    assert qcode.json("links", path) == []
    for _ in range(3):
        qcode("undo", path)
    after = _state(path)
    assert after.pop("coders")[:1] == before.pop("coders")  # who linked stays a coder
    assert after == before


def test_link_types_are_added_described_renamed_and_removed(qcode: Run, path: Path) -> None:
    qcode("link-type", path, "context", "--description", "gives the background")
    shown = qcode.json("link-type", path, "Context")
    assert (shown["name"], shown["description"], shown["builtin"]) == (
        "context",
        "gives the background",
        False,
    )
    qcode("link-type", path, "context", "--rename", "background")
    ids = _ids(qcode, path)
    qcode(
        "link",
        path,
        ids["He was stopped as well"],
        ids["I did not receive any notice"],
        "--type",
        "background",
    )
    assert "link type 'background'" in qcode.error("link-type", path, "background", "--delete")
    qcode("unlink", path, qcode.json("links", path)[0]["id"])
    qcode("link-type", path, "background", "--delete")
    assert qcode.json("link-type", path, "explains")["builtin"] is True
    assert "built in" in qcode.error("link-type", path, "explains", "--rename", "why")
    assert "built in" in qcode.error("link-type", path, "corroborates", "--delete")


def test_the_grade_scale_and_grading(qcode: Run, path: Path) -> None:
    qcode("grade-scale", path, "second-hand")
    qcode("grade-scale", path, "first-hand witness", "--first-hand", "--position", "0")
    qcode("grade-scale", path, "documentary", "--description", "a paper trail")
    scale = qcode.json("grades", path)
    assert [(g["name"], g["position"], g["first_hand"]) for g in scale] == [
        ("first-hand witness", 0, True),
        ("second-hand", 1, False),
        ("documentary", 2, False),
    ]
    ids = _ids(qcode, path)
    station, well = ids["They stopped me at the station"], ids["He was stopped as well"]
    _out, err = qcode("grade", path, station, well, "First-hand witness")
    assert "graded 2 codings 'first-hand witness'" in err
    assert [g["codings"] for g in qcode.json("grades", path)] == [2, 0, 0]
    qcode("grade", path, well, "second-hand")
    assert [g["codings"] for g in qcode.json("grades", path)] == [1, 1, 0]
    line = qcode.error("grade-scale", path, "second-hand", "--delete")
    assert "grade 'second-hand' is given to 1 coding; clear or change their grade first" in line
    qcode("grade", path, well, "--clear")
    qcode("grade-scale", path, "second-hand", "--delete")
    qcode(
        "grade-scale",
        path,
        "documentary",
        "--no-first-hand",
        "--rename",
        "papers",
        "--position",
        "0",
    )
    shown = qcode.json("grade-scale", path, "papers")
    assert (shown["position"], shown["first_hand"], shown["description"]) == (
        0,
        False,
        "a paper trail",
    )
    assert [g["name"] for g in qcode.json("grades", path)] == ["papers", "first-hand witness"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["link", "{station}", "{station}"], "a coding cannot be linked to itself"),
        (["link", "{station}", "0000"], "no coding '0000'"),
        (["link", "{station}", "{notice}", "--type", "causes"], "no link type 'causes'"),
        (["unlink", "0000"], "no link '0000'"),
        (["links", "--type", "causes"], "no link type 'causes'"),
        (["link-type", "nothing", "--delete"], "no link type 'nothing'"),
        (["link-type", "nothing", "--rename", "x"], "no link type 'nothing' to rename"),
        (["link-type", "x", "--delete", "--description", "y"], "--delete goes alone"),
        (["link-type", "", "--description", "y"], "name"),
        (["grade", "{station}", "top"], "no grade 'top'"),
        (["grade", "{station}"], "give the codings and then the grade"),
        (["grade", "0000", "--clear"], "no coding '0000'"),
        (["grade-scale", "x", "--delete"], "no grade 'x'"),
        (["grade-scale", "x", "--rename", "y"], "no grade 'x' to rename"),
        (["grade-scale", "x", "--position", "first"], "is not a position"),
    ],
)
def test_mistakes_change_nothing(qcode: Run, path: Path, args: list[str], message: str) -> None:
    ids = _ids(qcode, path)
    station, notice = ids["They stopped me at the station"], ids["I did not receive any notice"]
    before = _state(path)
    command, *rest = [a.format(station=station, notice=notice) for a in args]
    assert message in qcode.error(command, path, *rest)
    assert _state(path) == before
