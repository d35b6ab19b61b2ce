"""The workbook's sheets of findings: speakers, cases with their
attributes, the case × code matrix, the framework matrix and its quotes,
corroboration, and a sheet per saved query (at most 20, said on the
Summary sheet); each pickable with --sheets, and pseudonymised like the rest
(quotes cut again out of the pseudonymised texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.export.xlsx import SHEETS, export_workbook
from qcode.export.xlsx_findings import MAX_QUERY_SHEETS
from qcode.model import Member
from tests.findings import code, interviews
from tests.test_cli import Run


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


@pytest.fixture
def study(tmp_path: Path) -> Project:
    project = interviews(tmp_path)
    notice = code(project, "Interview 1", "Notice", "I did not receive any notice")
    code(project, "Interview 2", "Notice", "他们没有通知我们")
    station = code(project, "Interview 2", "Stopped", "They stopped me at the station")
    seen = code(project, "Interview 2", "Stopped", "Liu was there too. 😀 He was stopped")
    project.set_speaker("Liu", role="respondent", description="farmer from Liu village")
    liu = project.create_case("Liu", type="informant", attributes={"age": 34, "city": "Wuhan"})
    wang = project.create_case("Wang", type="informant", attributes={"age": 51})
    project.assign_to_case(liu, [Member(speaker="Liu"), Member(coding_id=seen.id)])
    project.assign_to_case(wang, [Member(speaker="Wang")])
    project.set_summary(liu, project.code("Notice"), "Liu was never told.")
    project.link_quotes(liu, project.code("Notice"), [notice])
    project.set_summary(wang, project.code("Stopped"), "Wang says Liu was stopped too.")
    project.link_quotes(wang, project.code("Stopped"), [seen])
    project.add_grade("first-hand", first_hand=True)
    project.set_grade([station], "first-hand")
    project.link_codings(notice, station, "contradicts")
    project.save_query("Stopped or told", '"Stopped" OR "Notice"')
    project.save_query("Near", '"Stopped" NEAR/turn "Notice"', None)
    return project


def _rows(path: Path, title: str) -> list[tuple]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    return [tuple(row) for row in book[title].iter_rows(values_only=True)]


def _titles(path: Path) -> list[str]:
    from openpyxl import load_workbook

    return load_workbook(path, read_only=True).sheetnames


def test_the_findings_sheets(study: Project, tmp_path: Path) -> None:
    out = tmp_path / "findings.xlsx"
    summary = export_workbook(study, out)
    titles = _titles(out)
    for title in ("Speakers", "Cases", "Cases × codes", "Framework", "Framework quotes"):
        assert title in titles
    assert "Corroboration" in titles and "Query – Near" in titles
    assert "Query – Stopped or told" in summary.sheets
    speakers = {row[0]: row for row in _rows(out, "Speakers")[1:]}
    assert speakers["Liu"][1:3] == ("respondent", "farmer from Liu village")
    assert speakers["Wang"][4] == 2  # turns
    cases = _rows(out, "Cases")
    assert cases[0] == ("Case", "Type", "Description", "Members", "Members listed", "age", "city")
    assert cases[1][:2] == ("Liu", "informant") and cases[1][5:] == (34, "Wuhan")
    assert cases[2][5] == 51 and cases[2][6:] in ((), (None,))  # Wang has no city
    assert cases[2][4] == "speaker Wang (everywhere)"
    matrix = _rows(out, "Cases × codes")
    assert matrix[0] == ("Case (own codings of each code)", "Notice", "Stopped", "Total")
    # Liu: his notice answer and the witness coding assigned to him; Wang: all of interview 2
    assert matrix[1:] == [("Liu", 1, 1, 2), ("Wang", 1, 2, 3)]
    framework = _rows(out, "Framework")
    assert framework == [
        ("Case", "Notice", "Stopped"),
        ("Liu", "Liu was never told.", None),
        ("Wang", None, "Wang says Liu was stopped too."),
    ]
    quotes = _rows(out, "Framework quotes")
    text = study.text(study.document("Interview 2"))
    start = text.index("Liu was there too")
    assert quotes[2][:7] == (
        "Wang",
        "Stopped",
        "Liu was there too. 😀 He was stopped",
        "Interview 2",
        start,
        start + len("Liu was there too. 😀 He was stopped"),
        f"Interview 2, characters {start}–{start + len('Liu was there too. 😀 He was stopped')}",
    )
    corroboration = _rows(out, "Corroboration")
    by_quote = {row[7]: row for row in corroboration[1:]}
    station = by_quote["They stopped me at the station"]
    assert station[:4] == ("Stopped", 2, 1, 1)  # sources Liu and Wang, one first-hand, contradicted
    assert station[9:12] == ("first-hand", "yes", "Wang")
    assert by_quote["Liu was there too. 😀 He was stopped"][11] == "Liu; Wang"
    assert len(corroboration) == 1 + 4
    hits = _rows(out, "Query – Stopped or told")
    assert [row[3] for row in hits[1:]] == [
        "I did not receive any notice",
        "他们没有通知我们",
        "They stopped me at the station",
        "Liu was there too. 😀 He was stopped",
    ]
    notes = dict(_rows(out, "Summary")[1:])
    assert notes["Saved queries"] == "2 saved; a sheet each for 2"
    crosstab = _rows(out, "Codes × case age")
    # age 34: Liu's notice answer and the witness coding; 51: Wang's three
    # codings in interview 2 (the witness coding is both men's)
    assert crosstab[0] == ("Code (own segments) × case age", "34", "51", "Total")
    assert crosstab[1:] == [("Notice", 1, 1, 2), ("Stopped", 1, 2, 3)]


def test_sheets_are_picked_by_name(study: Project, tmp_path: Path, qcode: Run) -> None:
    assert {"speakers", "cases", "case-matrix", "framework", "corroboration", "queries"} <= set(
        SHEETS
    )
    out = tmp_path / "some.xlsx"
    path = study.path
    study.close()
    qcode("export", path, out, "--sheets", "cases", "framework")
    assert _titles(out) == ["Summary", "Cases", "Framework", "Framework quotes"]
    assert "unknown sheet(s) nope" in qcode.error(
        "export", path, tmp_path / "x.xlsx", "--sheets", "nope"
    )
    assert "--sheets picks the sheets of an .xlsx" in qcode.error(
        "export", path, tmp_path / "x.csv", "--sheets", "cases"
    )


def test_at_most_twenty_query_sheets(study: Project, tmp_path: Path) -> None:
    for number in range(MAX_QUERY_SHEETS):
        study.save_query(f"q{number:02d}", '"Notice"')
    out = tmp_path / "many.xlsx"
    summary = export_workbook(study, out, sheets={"queries"})
    queries = [title for title in summary.sheets if title.startswith("Query – ")]
    assert len(queries) == MAX_QUERY_SHEETS == 20
    notes = dict(_rows(out, "Summary")[1:])
    assert notes["Saved queries"].startswith("22 saved; a sheet each for 20 (the first 20 by name")


def test_a_query_that_cannot_run_says_so(study: Project, tmp_path: Path) -> None:
    study.delete_code(study.code("Stopped"))
    out = tmp_path / "broken.xlsx"
    export_workbook(study, out, sheets={"queries"})
    rows = _rows(out, "Query – Near")
    assert rows[1][0] == "this query cannot run now: query: column 1: no code 'Stopped'"


def test_pseudonymised(study: Project, tmp_path: Path) -> None:
    study.set_pseudonym("Liu", "Person A")
    study.set_pseudonym("Wang", "Person B")
    from qcode.core.pseudonymise import Pseudonymiser

    out = tmp_path / "safe.xlsx"
    export_workbook(study, out, pseudonymiser=Pseudonymiser.of(study))  # leak-checked
    assert "Person A" in [row[0] for row in _rows(out, "Speakers")]
    assert [row[0] for row in _rows(out, "Cases")[1:]] == ["Person A", "Person B"]
    framework = _rows(out, "Framework")
    assert framework[2] == ("Person B", None, "Person B says Person A was stopped too.")
    quotes = _rows(out, "Framework quotes")
    quote = quotes[2]
    assert quote[2] == "Person A was there too. 😀 He was stopped"
    rewritten = Pseudonymiser.of(study).rewrite(study.text(study.document("Interview 2"))).text
    assert rewritten[quote[4] : quote[5]] == quote[2]  # positions in the pseudonymised text
    assert quote[6] == f"Interview 2, characters {quote[4]}–{quote[5]}"
    corroboration = _rows(out, "Corroboration")
    assert "Person A; Person B" in [row[11] for row in corroboration]
    hits = _rows(out, "Query – Stopped or told")
    assert hits[4][3] == "Person A was there too. 😀 He was stopped"
    assert rewritten[hits[4][1] : hits[4][2]] == hits[4][3]
