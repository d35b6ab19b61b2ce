"""The framework matrix: the grid the app edits (summaries, their quotes,
and the coded text beside each cell) and ``qcode framework`` / ``qcode
summary`` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.analysis.framework import framework_grid
from qcode.core.project import Project
from qcode.model import Member
from tests.findings import code, interviews, stored_state
from tests.test_cli import Run


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


@pytest.fixture
def study(tmp_path: Path) -> Project:
    project = interviews(tmp_path)
    code(project, "Interview 1", "Notice", "I did not receive any notice")
    code(project, "Interview 1", "Harms/Phone", "They took my phone")
    code(project, "Interview 2", "Notice", "他们没有通知我们")
    code(project, "Interview 2", "Harms", "They stopped me at the station")
    code(project, "Interview 2", "Harms", "He was stopped as well")
    liu = project.create_case("Liu")
    wang = project.create_case("Wang")
    project.assign_to_case(liu, [Member(speaker="Liu")])
    project.assign_to_case(wang, [Member(speaker="Wang")])
    return project


def test_the_grid_holds_summaries_quotes_and_the_coded_text(study: Project) -> None:
    liu, wang = study.case("Liu"), study.case("Wang")
    harms = study.code("Harms")
    station = study.codings(code=harms)[0]
    study.set_summary(wang, harms, "Stopped at the station; saw Liu stopped too.")
    study.link_quotes(wang, harms, [station])
    grid = framework_grid(study)
    assert [c.name for c in grid.cases] == ["Liu", "Wang"]
    assert grid.paths == ["Notice", "Harms", "Harms/Phone"]
    cell = grid.cell(1, 1)
    assert cell is not None and cell.summary.startswith("Stopped at the station")
    assert grid.cell(0, 1) is None
    assert [s.text for s in grid.quotes(1, 1)] == ["They stopped me at the station"]
    assert [s.text for s in grid.coded_text(1, 1)] == [
        "They stopped me at the station",
        "He was stopped as well",
    ]
    assert [s.text for s in grid.coded_text(0, 0)] == ["I did not receive any notice"]
    assert grid.coded_text(0, 1) == []  # Liu's phone is coded Harms/Phone, not Harms
    rolled = framework_grid(study, [liu], [harms], with_subcodes=True)
    assert [s.text for s in rolled.coded_text(0, 0)] == ["They took my phone"]
    assert [(i, j) for i, j, _cell in grid.filled()] == [(1, 1)]


def test_summaries_and_quotes_from_the_command_line(qcode: Run, study: Project) -> None:
    path = study.path
    study.close()
    ids = {s["text"]: s["id"] for s in qcode.json("segments", path)}
    station, well = ids["They stopped me at the station"], ids["He was stopped as well"]
    _out, err = qcode(
        "summary", path, "Wang", "Harms", "Stopped at the station.", "--quote", station
    )
    assert "case 'Wang' on 'Harms': 1 quote" in err
    qcode("summary", path, "wang", "Harms", "--quote", well)
    shown = qcode.json("framework", path)
    assert shown["cases"] == ["Liu", "Wang"] and shown["codes"] == [
        "Notice",
        "Harms",
        "Harms/Phone",
    ]
    (cell,) = shown["cells"]
    assert (cell["case"], cell["code"], cell["summary"]) == (
        "Wang",
        "Harms",
        "Stopped at the station.",
    )
    assert cell["quotes"] == [station, well]
    qcode("summary", path, "Liu", "Notice", "Never told.")
    only = qcode.json("framework", path, "--cases", "Liu", "--codes", "Notice")
    assert only["cells"] == [
        {**only["cells"][0], "case": "Liu", "summary": "Never told.", "quotes": []}
    ]
    out, _ = qcode("framework", path)
    assert "Stopped at the station." in out and "Never told." in out
    qcode("summary", path, "Wang", "Harms", "", "--unquote", station, "--unquote", well)
    assert [c["case"] for c in qcode.json("framework", path)["cells"]] == ["Liu"]
    qcode("undo", path)  # unquoting and clearing were one command each: undo both
    qcode("undo", path)
    (_liu, wang) = qcode.json("framework", path)["cells"]
    assert wang["quotes"] == [station, well] and wang["summary"] == "Stopped at the station."


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["summary", "Nobody", "Harms", "x"], "no case 'Nobody'"),
        (["summary", "Wang", "Nope", "x"], "no code 'Nope'"),
        (["summary", "Wang", "Harms"], "give the summary TEXT, --quote CODING_ID or --unquote"),
        (["summary", "Wang", "Harms", " "], "the summary is empty"),
        (["summary", "Wang", "Harms", "x", "--quote", "0000"], "no coding '0000'"),
        (
            ["summary", "Wang", "Harms", "x", "--unquote", "{station}"],
            "is not a quote of this cell",
        ),
        (["framework", "--cases", "Nobody"], "no case 'Nobody'"),
        (["framework", "--codes", "Nope"], "no code 'Nope'"),
    ],
)
def test_mistakes_change_nothing(qcode: Run, study: Project, args: list[str], message: str) -> None:
    path = study.path
    before = stored_state(study)
    study.close()
    station = next(
        s["id"] for s in qcode.json("segments", path) if s["text"].startswith("They stopped")
    )
    command, *rest = [a.format(station=station) for a in args]
    assert message in qcode.error(command, path, *rest)
    with Project.open(path, read_only=True) as project:
        assert stored_state(project) == before
