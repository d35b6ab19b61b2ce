"""Speakers, cases, the framework matrix, links, grades and corroboration in
the app, used as a researcher would: set a speaker's role and auto-code
their turns, make cases and assign a document, a speaker and a single coding
to them and read the Code × case figures, write a framework summary and
quote a passage, link two codings and grade one from the text's menu, and
read a corroboration table whose counts are worked out by hand here."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.findings import speakers_panel
from qcode.gui.findings.case_dialogs import CaseDialog
from qcode.gui.findings.framework_window import FrameworkWindow
from qcode.gui.findings.grades_dialog import GradesDialog
from qcode.gui.findings.link_dialog import LinkDialog
from qcode.gui.main_window import MainWindow
from qcode.gui.reports.segments import drill_rows
from qcode.model import Coding, Document, Member
from qcode.settings import Settings

pytestmark = pytest.mark.gui

TEXTS = {
    "Liu interview": (
        "Interviewer: Were you stopped at the station?\n"
        "Liu: Yes, 𠮷 the gate refused my card and the police took me aside.\n"
        "Interviewer: Were you told before?\n"
        "Liu: Nobody told me anything 😀 about the list."
    ),
    "Wang interview": (
        "Interviewer: What happened at the station?\n"
        "Wang: They stopped me at the gate too, in front of everyone.\n"
        "Interviewer: Did you get notice?\n"
        "Wang: A letter came later."
    ),
    "Official interview": (
        "Interviewer: Are people stopped at stations?\n"
        "Zhao: Nobody is stopped without a court order.\n"
        "Interviewer: Thank you.\n"
        "Zhao: You are welcome."
    ),
}
STOPPED, NOTICE, DENIAL = "Allegations/Stopped at station", "Allegations/No notice", "Denials"
# (document, code, words coded)
CODINGS = [
    ("Liu interview", STOPPED, "the gate refused my card and the police took me aside"),
    ("Liu interview", NOTICE, "Nobody told me anything 😀 about the list"),
    ("Wang interview", STOPPED, "They stopped me at the gate too"),
    ("Official interview", STOPPED, "Are people stopped at stations?"),
    ("Official interview", DENIAL, "Nobody is stopped without a court order."),
]


def utf16(text: str, index: int) -> int:
    """Independent of the app: UTF-16 units before code point ``index``."""
    return len(text[:index].encode("utf-16-le")) // 2


def span(document: str, words: str) -> tuple[int, int]:
    start = TEXTS[document].index(words)
    return start, start + len(words)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: errors.append(a[2]))
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    paths = []
    for name, text in TEXTS.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
        paths.append(path)
    project.import_files(paths)
    for document, code, words in CODINGS:
        project.apply_code(project.document(document), code, *span(document, words), create=True)
    project.add_code("Voices/Liu speaking")
    project.make_history_permanent()
    shown = MainWindow(project, Settings(tmp_path / "config"))
    shown.errors = errors  # type: ignore[attr-defined]
    qtbot.addWidget(shown)
    shown.show()
    return shown


def coding(window: MainWindow, document: str, code: str) -> Coding:
    project = window.project
    (found,) = project.codings(document=project.document(document), code=project.code(code))
    return found


def doc(window: MainWindow, name: str) -> Document:
    return window.project.document(name)


def menu_at(window: MainWindow, document: str, words: str) -> QMenu:
    """The text view's right-click menu inside ``words`` of ``document``."""
    window.session.open_document(doc(window, document))
    start, _end = span(document, words)
    return window.document_view.context_menu(utf16(TEXTS[document], start + 2))


def action(menu: QMenu, text: str):  # type: ignore[no-untyped-def]
    for candidate in menu.actions():
        if candidate.text() == text:
            return candidate
    raise AssertionError(f"no '{text}' in {[a.text() for a in menu.actions()]}")


def answer_case(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (name, True))


# -- speakers ----------------------------------------------------------------------------


def test_a_speakers_role_is_set_from_the_panel_and_undone(window: MainWindow) -> None:
    panel = window.speakers
    shown = {s.name: (s.turns, s.codings) for s in panel.model.rows}
    # Liu: two turns, two codings starting in them; the interviewer: six turns.
    assert shown["Liu"] == (2, 2) and shown["Interviewer"] == (6, 1)
    assert panel.select("Liu")
    panel.role.setCurrentText("respondent")
    panel.role.activated.emit(panel.role.currentIndex())
    assert window.project.speaker("Liu").role == "respondent"
    row = [s.name for s in panel.model.rows].index("Liu")
    assert panel.model.index(row, 1).data() == "respondent"
    panel.role.setCurrentText("witness (retired)")  # any word is a role
    line = panel.role.lineEdit()
    assert line is not None
    line.editingFinished.emit()
    assert window.project.speaker("Liu").role == "witness (retired)"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.project.speaker("Liu").role == ""
    assert panel.role.currentText() == ""


def test_auto_code_a_speakers_turns_is_one_undoable_step(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    target = project.code("Voices/Liu speaking")
    monkeypatch.setattr(speakers_panel, "pick_code", lambda *a, **k: target)
    window.speakers.select("Liu")
    qtbot.mouseClick(window.speakers.autocode_button, Qt.MouseButton.LeftButton)
    text = TEXTS["Liu interview"]
    expected = []  # each "Liu: " line, without its label
    at = 0
    for line in text.split("\n"):
        if line.startswith("Liu: "):
            expected.append((at + len("Liu: "), at + len(line)))
        at += len(line) + 1
    made = project.codings(code=target)
    assert [(c.start, c.end) for c in made] == expected
    assert window.undo.stack.undoText() == "auto-code speaker 'Liu' as 'Liu speaking'"
    window.undo_action.trigger()
    assert project.codings(code=target) == []


# -- cases -------------------------------------------------------------------------------


def make_case(window: MainWindow, name: str, type_: str = "informant") -> None:
    dialog = CaseDialog(window.session, None, window)
    dialog.name.setText(name)
    dialog.type.setCurrentText(type_)
    dialog.description.setPlainText(f"{name}, interviewed in 2023")
    dialog.accept()
    dialog.deleteLater()


def test_cases_made_and_assigned_show_in_code_by_case(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    window.docks["cases"].raise_()  # the Cases tab open
    make_case(window, "Liu")
    make_case(window, "Wang")
    assert [(c.name, c.type) for c in project.cases()] == [
        ("Liu", "informant"),
        ("Wang", "informant"),
    ]
    assert [case.name for case in window.cases.model.rows] == ["Liu", "Wang"]

    # A document, from the Documents panel's menu.
    window.session.open_document(doc(window, "Liu interview"))
    answer_case(monkeypatch, "Liu")
    action(window.documents.context_menu(), "Assign to case…").trigger()
    # A speaker (in every document), from the Speakers panel.
    window.speakers.select("Wang")
    answer_case(monkeypatch, "Wang")
    window.speakers.case_button.click()
    # One coding, from the text's menu, to a case that does not exist yet.
    menu = menu_at(window, "Official interview", "Nobody is stopped")
    answer_case(monkeypatch, "Zhao")
    action(menu, "Assign coding 'Denials' (Amina) to case…").trigger()

    members = {c.name: c.members for c in project.cases()}
    assert members == {"Liu": 1, "Wang": 1, "Zhao": 1}
    window.cases.select("Zhao")
    assert window.cases.members.count() == 1
    assert window.cases.members.item(0).text().startswith("Coding Denials in Official interview")

    window._on_reports()
    reports = window.reports
    assert reports is not None
    reports.tabs.setCurrentWidget(reports.by_case)  # type: ignore[attr-defined]
    tab = reports.by_case  # type: ignore[attr-defined]
    # Liu's document holds one Stopped and one Notice coding; Wang's turns one
    # Stopped coding; Zhao only the Denials coding assigned to it.
    assert tab.count("Liu", STOPPED) == 1 and tab.count("Liu", NOTICE) == 1
    assert tab.count("Wang", STOPPED) == 1 and tab.count("Wang", NOTICE) == 0
    assert tab.count("Zhao", DENIAL) == 1 and tab.count("Zhao", STOPPED) == 0
    # The coded text behind a cell, as a double-click lists it.
    row = [r.cells[0] for r in tab.model.rows].index("Stopped at station")
    drill = tab.drill(row, 2)  # Wang's column
    assert drill is not None
    assert [r.text for r in drill_rows(project, drill)] == ["They stopped me at the gate too"]

    window.undo_action.trigger()  # the coding's assignment
    reports.flush()  # type: ignore[attr-defined]
    assert tab.count("Zhao", DENIAL) == 0
    assert {c.name: c.members for c in project.cases()}["Zhao"] == 0


def test_case_attributes_and_memo_are_undoable_edits(window: MainWindow) -> None:
    from qcode.gui.documents.attributes_dialog import AttributesDialog

    project = window.project
    window.docks["cases"].raise_()  # the Cases tab open
    case = project.create_case("Liu", type="informant")
    dialog = AttributesDialog(window.session, case, window)
    dialog.add_row("city", "Beijing")
    dialog.accept()
    assert project.case("Liu").attributes == {"city": "Beijing"}
    headers = window.cases.model.headers
    assert headers[-1] == "city"
    assert window.cases.model.index(0, len(headers) - 1).data() == "Beijing"
    window.undo_action.trigger()
    assert project.case("Liu").attributes == {}


# -- the framework matrix ----------------------------------------------------------------


def cases_with_members(window: MainWindow) -> None:
    project = window.project
    liu = project.create_case("Liu", type="informant")
    project.assign_to_case(liu, [Member(document_id=doc(window, "Liu interview").id)])
    wang = project.create_case("Wang", type="informant")
    project.assign_to_case(wang, [Member(speaker="Wang")])


def test_framework_summary_and_quote_with_undo(qtbot: QtBot, window: MainWindow) -> None:
    project = window.project
    cases_with_members(window)
    window._on_framework()
    framework = window.framework  # type: ignore[attr-defined]
    assert isinstance(framework, FrameworkWindow)
    assert framework.grid is not None
    # No summary yet: the columns are the codes coded in the cases.
    assert [code.name for code in framework.grid.codes] == ["Stopped at station", "No notice"]
    liu, stopped = project.case("Liu"), project.code(STOPPED)
    assert framework.choose_cell(liu, stopped)
    (item,) = framework.quote_items()
    assert item.text() == ("Liu interview: “the gate refused my card and the police took me aside”")
    assert item.checkState() == Qt.CheckState.Unchecked

    framework.summary.setPlainText("Stopped at the gate and taken aside by the police.")
    qtbot.mouseClick(framework.save_button, Qt.MouseButton.LeftButton)
    cell = project.framework_cell(liu, stopped)
    assert cell is not None and cell.summary.startswith("Stopped at the gate")
    assert framework.model.index(0, 0).data().startswith("Stopped at the gate and taken aside")

    (item,) = framework.quote_items()
    item.setCheckState(Qt.CheckState.Checked)  # as clicking its box does
    cell = project.framework_cell(liu, stopped)
    assert cell is not None and cell.quotes == (coding(window, "Liu interview", STOPPED).id,)
    assert framework.model.index(0, 0).data().endswith("1 coded · 1 quoted")

    # Written, then left for another cell: saved on the way.
    framework.summary.setPlainText("Stopped at the gate, taken aside; no warning.")
    framework.choose_cell(project.case("Wang"), stopped)
    cell = project.framework_cell(liu, stopped)
    assert cell is not None and cell.summary == "Stopped at the gate, taken aside; no warning."

    framework.undo_action.trigger()  # the second summary, from the framework window
    window.undo_action.trigger()  # the quote
    cell = project.framework_cell(liu, stopped)
    assert cell is not None and cell.quotes == ()
    assert cell.summary == "Stopped at the gate and taken aside by the police."
    window.undo_action.trigger()  # the first summary
    assert project.framework_cell(liu, stopped) is None
    framework.choose_cell(liu, stopped)
    assert framework.summary.toPlainText() == ""


# -- links and grades --------------------------------------------------------------------


def test_link_two_codings_from_the_text_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    stopped = coding(window, "Liu interview", STOPPED)
    denial = coding(window, "Official interview", DENIAL)
    # Right-click the allegation in one document and remember it...
    menu = menu_at(window, "Liu interview", CODINGS[0][2])
    action(menu, "Remember coding 'Stopped at station' (Amina) for linking").trigger()

    def link_as_contradicting(dialog: LinkDialog) -> int:
        # ...it is offered first, as the coding chosen before.
        assert dialog.targets.item(0).text().startswith("(chosen before) Allegations/Stopped")
        assert dialog.target() == stopped
        dialog.type.setCurrentText("contradicts")
        dialog.memo.setText("the official denies it")
        dialog.accept()
        return 1

    monkeypatch.setattr(LinkDialog, "exec", link_as_contradicting)
    # ...then link the denial in another document to it.
    menu = menu_at(window, "Official interview", "Nobody is stopped")
    action(menu, "Link coding 'Denials' (Amina) to…").trigger()
    (link,) = project.links()
    assert (link.origin_coding_id, link.target_coding_id) == (denial.id, stopped.id)
    assert project.link_type("contradicts").id == link.type_id
    assert link.memo == "the official denies it"
    start, _end = span("Official interview", "Nobody is stopped")
    tip = window.document_view.tooltip_at(utf16(TEXTS["Official interview"], start + 2))
    assert tip == "Denials — Amina\n    links: contradicts 1"

    # Its Links menu opens the other end and removes the link.
    menu = menu_at(window, "Official interview", "Nobody is stopped")
    links = action(menu, "Links of 'Denials' (Amina) (1)").menu()
    (entry,) = links.actions()
    assert entry.text().startswith("contradicts → Allegations/Stopped at station — Liu interview")
    action(entry.menu(), "Open the other end").trigger()
    selection = window.document_view.selection()
    assert selection is not None and selection[1:] == (stopped.start, stopped.end)
    menu = menu_at(window, "Official interview", "Nobody is stopped")
    entry = action(menu, "Links of 'Denials' (Amina) (1)").menu().actions()[0]
    action(entry.menu(), "Remove the link").trigger()
    assert project.links() == []
    window.undo_action.trigger()
    assert len(project.links()) == 1


def test_linking_to_a_coding_chosen_from_the_project_list(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    wang = coding(window, "Wang interview", STOPPED)

    def corroborate(dialog: LinkDialog) -> int:
        dialog.scope.setCurrentIndex(1)  # the whole project
        dialog.code.setCurrentText(STOPPED)
        assert dialog.targets.count() == 2  # the other two Stopped codings
        assert dialog.choose(wang)
        dialog.accept()  # the type offered first: corroborates
        return 1

    monkeypatch.setattr(LinkDialog, "exec", corroborate)
    menu = menu_at(window, "Liu interview", CODINGS[0][2])
    action(menu, "Link coding 'Stopped at station' (Amina) to…").trigger()
    (link,) = project.links()
    assert link.target_coding_id == wang.id
    assert project.link_type("corroborates").id == link.type_id


def test_grades_are_defined_and_given_from_the_text_menu(window: MainWindow) -> None:
    project = window.project
    dialog = GradesDialog(window.session, window)
    dialog.add("second-hand")
    dialog.add("first-hand witness", first_hand=True)
    dialog.move(-1)  # the witness first
    assert [(g.name, g.first_hand) for g in project.grades()] == [
        ("first-hand witness", True),
        ("second-hand", False),
    ]
    dialog.deleteLater()

    menu = menu_at(window, "Liu interview", CODINGS[0][2])
    grades = action(menu, "Grade of 'Stopped at station' (Amina)").menu()
    assert [a.text() for a in grades.actions() if a.text()] == [
        "first-hand witness",
        "second-hand",
        "(no grade)",
        "Define grades…",
    ]
    action(grades, "first-hand witness").trigger()
    stopped = coding(window, "Liu interview", STOPPED)
    witness = project.grades()[0]
    assert project.coding_grades([stopped]) == {stopped.id: witness.id}
    start, _end = span("Liu interview", CODINGS[0][2])
    tip = window.document_view.tooltip_at(utf16(TEXTS["Liu interview"], start + 2))
    assert tip == "Allegations/Stopped at station — Amina\n    grade: first-hand witness"
    menu = menu_at(window, "Liu interview", CODINGS[0][2])
    grades = action(menu, "Grade of 'Stopped at station' (Amina)").menu()
    assert action(grades, "first-hand witness").isChecked()
    window.undo_action.trigger()
    assert project.coding_grades([stopped]) == {}


# -- corroboration ------------------------------------------------------------------------


def test_the_corroboration_table_counts_sources_first_hand_and_contradictions(
    window: MainWindow,
) -> None:
    project = window.project
    cases_with_members(window)
    project.add_grade("first-hand witness", first_hand=True)
    project.add_grade("second-hand")
    project.set_grade([coding(window, "Liu interview", STOPPED)], "first-hand witness")
    project.set_grade([coding(window, "Official interview", STOPPED)], "second-hand")
    project.link_codings(
        coding(window, "Official interview", DENIAL),
        coding(window, "Liu interview", STOPPED),
        "contradicts",
    )
    window._on_corroboration()
    table = window.corroboration  # type: ignore[attr-defined]
    table.tick(STOPPED, NOTICE)
    shown = [
        [table.rows_model.index(r, c).data() for c in range(5)]
        for r in range(table.rows_model.rowCount())
    ]
    # Stopped: Liu (a case, by its document), Wang (a case, by his turns) and
    # the official's document (no case): 3 sources; first-hand only Liu's;
    # one 'contradicts' link; three quotes.  Notice: Liu alone, not graded.
    assert shown == [
        [STOPPED, 3, 1, 1, 3],
        [NOTICE, 1, 0, 0, 1],
    ]
    table.rows_view.selectRow(0)
    sources = [table.quotes_model.index(r, 0).data() for r in range(table.quotes_model.rowCount())]
    assert sources == ["Liu", "Wang", "document: Official interview"]
    assert table.quotes_model.index(0, 2).data() == "first-hand witness ★"
    assert table.quotes_model.index(0, 3).data() == 1

    # Double-click a quote: it is shown in its text.
    table.quotes_view.doubleClicked.emit(table.quotes_model.index(1, 4))
    selection = window.document_view.selection()
    assert selection is not None
    assert (selection[0].name, *selection[1:]) == (
        "Wang interview",
        *span("Wang interview", CODINGS[2][2]),
    )

    # A new first-hand grade shows once the table refreshes.
    project.set_grade([coding(window, "Wang interview", STOPPED)], "first-hand witness")
    table.refresh()
    assert table.rows_model.index(0, 2).data() == 2


def test_counts_follow_new_coding_once_the_burst_is_over(window: MainWindow) -> None:
    project = window.project
    cases_with_members(window)
    window._on_framework()
    framework = window.framework  # type: ignore[attr-defined]
    window.docks["speakers"].show()
    window.docks["speakers"].raise_()
    before = {s.name: s.codings for s in window.speakers.model.rows}
    words = "Nobody told me"
    project.apply_code(doc(window, "Liu interview"), STOPPED, *span("Liu interview", words))
    framework.later.flush()  # what the short wait after an edit does
    window.speakers.later.flush()
    assert framework.model.index(0, 0).data() == "(no summary yet)\n2 coded"
    after = {s.name: s.codings for s in window.speakers.model.rows}
    assert after == {**before, "Liu": before["Liu"] + 1}
