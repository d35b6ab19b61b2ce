"""The Cases panel beyond assigning: a case list imported from a sheet (and a
bad one refused in one line, changing nothing), a case memo, deleting cases
with undo, and case attributes as the columns of the Code × attribute
crosstab."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.coding.memo_dialog import MemoDialog
from qcode.gui.findings.case_dialogs import import_case_list
from qcode.gui.findings.cases_panel import PAGE
from qcode.gui.main_window import MainWindow
from qcode.model import Member
from qcode.settings import Settings

pytestmark = pytest.mark.gui

TEXT = (
    "Interviewer: Were you stopped?\n"
    "Liu: Yes, at the station 😀, in front of everyone.\n"
    "Wang: They stopped me too.\n"
    "Interviewer: And you, 𠮷?\n"
    "Liu: Nobody warned me.\n"
    "Wang: Nor me."
)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: errors.append(a[2]))
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    source = tmp_path / "Group interview.txt"
    source.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    (document,) = project.import_files([source])
    for words in ("at the station 😀", "They stopped me"):
        start = TEXT.index(words)
        project.apply_code(document, "Stopped", start, start + len(words), create=True)
    project.make_history_permanent()
    shown = MainWindow(project, Settings(tmp_path / "config"))
    shown.errors = errors  # type: ignore[attr-defined]
    qtbot.addWidget(shown)
    shown.show()
    shown.docks["cases"].raise_()  # the Cases tab open (behind a tab, the panel reads nothing)
    return shown


def test_a_case_list_is_imported_in_one_step(window: MainWindow, tmp_path: Path) -> None:
    project = window.project
    project.create_case("Liu", type="informant")
    project.make_history_permanent()
    sheet = tmp_path / "informants.csv"
    sheet.write_text("name,type,city\nLiu,informant,Beijing\nWang,informant,Wuhan\n", "utf-8")
    result = import_case_list(window.session, None, sheet)
    assert result is not None and (result.created, result.updated, result.unchanged) == (1, 1, 0)
    assert [(c.name, c.attributes) for c in project.cases()] == [
        ("Liu", {"city": "Beijing"}),
        ("Wang", {"city": "Wuhan"}),
    ]
    assert [c.name for c in window.cases.model.rows] == ["Liu", "Wang"]
    assert window.cases.model.headers == ["Case", "Type", "Members", "city"]
    window.undo_action.trigger()
    assert [(c.name, c.attributes) for c in project.cases()] == [("Liu", {})]


def test_a_bad_case_list_is_one_line_and_changes_nothing(
    window: MainWindow, tmp_path: Path
) -> None:
    sheet = tmp_path / "informants.ods"
    sheet.write_bytes(b"not a sheet")
    assert import_case_list(window.session, None, sheet) is None
    (message,) = window.errors  # type: ignore[attr-defined]
    assert "informants.ods" in message and "\n" not in message
    assert window.project.cases() == []


def test_a_case_memo_and_deleting_cases_with_undo(window: MainWindow) -> None:
    project = window.project
    case = project.create_case("Liu", type="informant")
    project.assign_to_case(case, [Member(speaker="Liu")])
    dialog = MemoDialog(window.session, "case", case.id, "Memos on case 'Liu'", window)
    dialog.editor.setPlainText("Asked not to be named; city only.")
    dialog.accept()
    (memo,) = project.memos_on("case", case.id)
    assert memo.text == "Asked not to be named; city only."

    window.cases.select("Liu")
    assert window.cases.members.item(0).text() == "Speaker Liu in every document"
    window.cases.delete_cases(ask=False)
    assert project.cases() == [] and window.cases.model.rows == []
    assert project.memos_on("case", case.id) == []
    assert len(project.codings()) == 2  # the coding stays
    window.undo_action.trigger()
    assert [c.name for c in project.cases()] == ["Liu"]
    assert [m.text for m in project.memos_on("case", case.id)] == [memo.text]


def test_case_attributes_are_crosstab_columns(window: MainWindow) -> None:
    project = window.project
    liu = project.create_case("Liu", attributes={"city": "Beijing"})
    project.assign_to_case(liu, [Member(speaker="Liu")])
    wang = project.create_case("Wang", attributes={"city": "Wuhan"})
    project.assign_to_case(wang, [Member(speaker="Wang")])
    window._on_reports()
    reports = window.reports
    assert reports is not None
    crosstab = reports.crosstab  # type: ignore[attr-defined]
    reports.tabs.setCurrentWidget(crosstab)  # type: ignore[attr-defined]
    crosstab.attribute.setCurrentText("case: city")
    assert crosstab.model.headers == ["Code", "Beijing", "Wuhan", "Total"]
    (row,) = crosstab.model.rows
    # Liu's coding under his case's city, Wang's under his.
    assert row.cells[1:3] == [1, 1]
    assert crosstab.drill(0, 1) is None  # no list behind a case attribute's cell


def test_the_cases_are_read_when_their_tab_is_raised(window: MainWindow) -> None:
    window.docks["documents"].raise_()
    window.project.create_case("Liu", type="informant")
    assert window.cases.model.rows == []  # behind the Documents tab: not read yet
    window.docks["cases"].raise_()
    assert [(c.name, c.type) for c in window.cases.model.rows] == [("Liu", "informant")]


def test_a_long_case_list_shows_each_rows_own_attributes(
    window: MainWindow, tmp_path: Path
) -> None:
    # More rows than the panel reads attributes for at a time.
    count = PAGE + 50
    sheet = tmp_path / "respondents.csv"
    rows = [f"R{n:04d},respondent,Region {n % 7},{n}" for n in range(count)]
    sheet.write_text("\n".join(["name,type,region,age", *rows]) + "\n", "utf-8")
    assert import_case_list(window.session, None, sheet) is not None
    model = window.cases.model
    region, age = model.headers.index("region"), model.headers.index("age")
    for row in (0, PAGE - 1, PAGE, count - 1):
        assert model.index(row, 0).data() == f"R{row:04d}"
        assert model.index(row, region).data() == f"Region {row % 7}"
        assert model.index(row, age).data() == str(row)
    last = f"R{count - 1:04d}"
    assert window.cases.select(last)
    (case,) = window.cases.selected_cases()  # what Attributes… edits: all of them
    assert case.attributes == {"age": count - 1, "region": f"Region {(count - 1) % 7}"}
    window.project.set_case_attributes(case, {"region": "Coast"})
    assert model.index(count - 1, region).data() == "Coast"
    assert model.index(count - 2, region).data() == f"Region {(count - 2) % 7}"
    window.undo_action.trigger()
    assert model.index(count - 1, region).data() == f"Region {(count - 1) % 7}"
