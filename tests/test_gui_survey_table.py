"""View ▸ Survey answers…: a question's answers as a table (respondent, the
respondent's attributes, the answer, its codes), filtered and sorted, where
selected rows are coded in one undoable step and part of an answer's text
can be coded from the pane below; counts follow at once."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.core.surveys import ImportSurvey, SurveyColumns, read_survey
from qcode.gui.codebook.tree import CODE_ID_ROLE, COUNT, NAME
from qcode.gui.main_window import MainWindow
from qcode.gui.surveys.answers_model import PAGE
from qcode.gui.surveys.answers_window import SurveyAnswersWindow
from qcode.settings import Settings

pytestmark = pytest.mark.gui

# Respondents in file order; q1 answers hold CJK, emoji and 𠮷 (outside the BMP).
SURVEY = (
    "respondent,q1_experience,q2_remedy,region,age\n"
    "R1,我们等了三天 nobody told us,None,North,34\n"
    'R2,"They came at night 😀\nand took him",Court,South,7\n'
    "R3,𠮷田 said the police refused,,North,61\n"
    "R4,We were afraid,Nothing,Coast,25\n"
)
Q1 = {
    "R1": "我们等了三天 nobody told us",
    "R2": "They came at night 😀\nand took him",
    "R3": "𠮷田 said the police refused",
    "R4": "We were afraid",
}


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    sheet = tmp_path / "survey.csv"
    sheet.write_text(SURVEY, encoding="utf-8")
    project = Project.create(tmp_path / "survey.qcode", coder="Amina")
    columns = SurveyColumns("respondent", ("q1_experience", "q2_remedy"), all_other=True)
    project.push(ImportSurvey(read_survey(sheet, columns)))
    project.create_code("Fear")
    project.create_code("Detention")
    shown = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def open_table(window: MainWindow) -> SurveyAnswersWindow:
    window.survey_answers_action.trigger()
    table = window.survey_answers
    assert isinstance(table, SurveyAnswersWindow)
    return table


def cells(table: SurveyAnswersWindow, column: int) -> list[str]:
    model = table.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def header(table: SurveyAnswersWindow) -> list[str]:
    model = table.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def select_rows(table: SurveyAnswersWindow, rows: list[int]) -> None:
    selection = QItemSelection()
    for row in rows:
        selection.select(table.model.index(row, 0), table.model.index(row, 0))
    table.view.selectionModel().select(
        selection,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def codebook_count(window: MainWindow, name: str) -> str:
    code_id = window.project.code(name).id
    proxy = window.codebook.proxy
    (index,) = proxy.match(
        proxy.index(0, NAME), CODE_ID_ROLE, code_id, 1, Qt.MatchFlag.MatchExactly
    )
    return str(index.siblingAtColumn(COUNT).data())


def test_a_question_shows_its_answers_with_respondents_and_attributes(window: MainWindow) -> None:
    table = open_table(window)
    assert table.isVisible()
    questions = [table.question_box.itemText(i) for i in range(table.question_box.count())]
    assert questions == ["q1_experience", "q2_remedy"]
    assert table.question_box.currentText() == "q1_experience"
    assert header(table) == ["Respondent", "age", "region", "Answer", "Codes"]
    assert cells(table, 0) == ["R1", "R2", "R3", "R4"]
    assert cells(table, 1) == ["34", "7", "61", "25"]
    assert cells(table, 2) == ["North", "South", "North", "Coast"]
    # One line per row; the pane below holds the answer exactly.
    assert cells(table, 3) == [text.replace("\n", " ") for text in Q1.values()]
    assert cells(table, 4) == ["", "", "", ""]
    table.view.setCurrentIndex(table.model.index(1, 3))
    assert table.detail.toPlainText() == Q1["R2"]
    assert table.count_label.text() == "4 answers"

    # R3's q2 answer is empty: no row for it.
    table.show_question("q2_remedy")
    assert cells(table, 0) == ["R1", "R2", "R4"]
    assert cells(table, 3) == ["None", "Court", "Nothing"]


def test_attribute_columns_are_chosen_by_the_researcher(window: MainWindow) -> None:
    table = open_table(window)
    table.show_attribute("age", False)
    assert header(table) == ["Respondent", "region", "Answer", "Codes"]
    menu = {action.text(): action.isChecked() for action in table.columns_menu.actions()}
    assert menu == {"age": False, "region": True}
    next(a for a in table.columns_menu.actions() if a.text() == "age").trigger()
    assert header(table) == ["Respondent", "age", "region", "Answer", "Codes"]


def test_filter_and_sort_by_any_column(window: MainWindow) -> None:
    table = open_table(window)
    table.filter_edit.setText("north")  # an attribute value, whatever its case
    table.apply_filter()
    assert cells(table, 0) == ["R1", "R3"]
    assert table.count_label.text() == "2 of 4 answers"
    table.filter_edit.setText("三天")  # Chinese inside an answer
    table.apply_filter()
    assert cells(table, 0) == ["R1"]
    table.filter_edit.setText("r4")  # a respondent
    table.apply_filter()
    assert cells(table, 0) == ["R4"]
    table.filter_edit.clear()
    table.apply_filter()
    assert len(cells(table, 0)) == 4

    # Ages sort as numbers (7 before 25), not as text ("25" before "7").
    table.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert cells(table, 1) == ["7", "25", "34", "61"]
    table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert cells(table, 0) == ["R4", "R3", "R2", "R1"]
    table.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert cells(table, 0) == ["R2", "R4", "R1", "R3"]  # "they", "we", 我, 𠮷


def test_a_long_table_shows_each_respondents_own_attributes(qtbot: QtBot, tmp_path: Path) -> None:
    # More rows than the table reads attribute values for at a time.
    count = PAGE + 60
    regions = ("North", "South", "Coast")
    lines = ["respondent,q1,region,age"]
    lines += [f"R{n:04d},answer {n},{regions[n % 3]},{(n * 37) % 100}" for n in range(count)]
    sheet = tmp_path / "survey.csv"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project = Project.create(tmp_path / "survey.qcode", coder="Amina")
    columns = SurveyColumns("respondent", ("q1",), all_other=True)
    project.push(ImportSurvey(read_survey(sheet, columns)))
    shown = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(shown)
    shown.show()
    table = open_table(shown)
    assert header(table) == ["Respondent", "age", "region", "Answer", "Codes"]
    model = table.model
    for row in (0, PAGE - 1, PAGE, count - 1):
        assert model.index(row, 0).data() == f"R{row:04d}"
        assert model.index(row, 1).data() == str((row * 37) % 100)
        assert model.index(row, 2).data() == regions[row % 3]
    # Sorting and filtering use every row's values, not only those drawn.
    table.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    ages = sorted(((n * 37) % 100 for n in range(count)), reverse=True)
    assert cells(table, 1) == [str(age) for age in ages]
    table.filter_edit.setText("coast")
    table.apply_filter()
    assert model.rowCount() == sum(1 for n in range(count) if n % 3 == 2)
    assert set(cells(table, 2)) == {"Coast"}
    # A respondent's attribute edited elsewhere: the table reads it again.
    last = project.case(f"R{count - 1:04d}")
    project.set_case_attributes(last, {"region": "Highlands"})
    table.filter_edit.clear()
    table.apply_filter()
    table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert model.index(count - 1, 2).data() == "Highlands"
    assert model.index(count - 2, 2).data() == regions[(count - 2) % 3]


def test_codes_far_down_a_long_table_follow_codings_and_the_coder_shown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # The codes, like the attribute values, are read a page of rows at a time.
    count = 2 * PAGE + 40
    lines = ["respondent,q1,region"] + [f"R{n:04d},answer {n},North" for n in range(count)]
    sheet = tmp_path / "survey.csv"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project = Project.create(tmp_path / "survey.qcode", coder="Amina")
    project.push(
        ImportSurvey(read_survey(sheet, SurveyColumns("respondent", ("q1",), all_other=True)))
    )
    fear = project.create_code("Fear")
    project.create_code("Detention")
    far, middle = 2 * PAGE + 5, PAGE + 3
    project.apply_code(project.document(f"q1 – R{far:04d}"), "Fear", 0, 6)  # before the table
    shown = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(shown)
    shown.show()
    table = open_table(shown)
    model, codes = table.model, table.model.codes_column
    assert model.index(far, codes).data() == "Fear"
    assert model.index(far - 1, codes).data() == ""
    assert model.answer(far).code_ids == (fear.id,)
    project.coder_name = "Bashir"  # coded after the table is open, by someone else
    project.apply_code(project.document(f"q1 – R{middle:04d}"), "Detention", 0, 6)
    project.apply_code(project.document(f"q1 – R{far:04d}"), "Detention", 2, 6)
    assert model.index(middle, codes).data() == "Detention"
    assert model.index(far, codes).data() == "Fear, Detention"
    shown.session.set_coder_filter("Amina")
    assert model.index(middle, codes).data() == ""
    assert model.index(far, codes).data() == "Fear"
    shown.session.set_coder_filter("Bashir")
    assert model.index(far, codes).data() == "Detention"
    shown.session.set_coder_filter(None)
    # Sorting by the codes column sorts every row, those never drawn too.
    table.view.sortByColumn(codes, Qt.SortOrder.AscendingOrder)
    assert [model.index(row, 0).data() for row in range(2)] == [f"R{middle:04d}", f"R{far:04d}"]
    assert cells(table, codes)[:3] == ["Detention", "Fear, Detention", ""]


def test_three_selected_answers_are_coded_in_one_undoable_step(window: MainWindow) -> None:
    project = window.project
    table = open_table(window)
    fear = project.code("Fear")
    table.choose_code(fear)
    select_rows(table, [0, 1, 2])
    assert table.code_rows_button.isEnabled()
    table.code_rows_button.click()

    codings = project.codings(code=fear)
    spans = {(project.document(c.document_id).name, c.start, c.end) for c in codings}
    assert spans == {
        (f"q1_experience – {r}", 0, len(Q1[r])) for r in ("R1", "R2", "R3")
    }  # whole answers, in code points (😀 and 𠮷 count one each)
    assert cells(table, 4) == ["Fear", "Fear", "Fear", ""]
    assert codebook_count(window, "Fear") == "3"
    assert window.undo.stack.undoText() == "code 3 answers 'Fear'"

    window.undo_action.trigger()  # one undo removes all three
    assert project.codings(code=fear) == []
    assert cells(table, 4) == ["", "", "", ""]
    assert codebook_count(window, "Fear") == "0"


def test_coding_from_elsewhere_updates_the_codes_column(window: MainWindow) -> None:
    project = window.project
    table = open_table(window)
    r4 = project.document("q1_experience – R4")
    project.apply_code(r4, "Detention", 0, 2)
    project.apply_code(r4, "Fear", 8, 14)
    assert cells(table, 4) == ["", "", "", "Detention, Fear"]
    project.rename_document(r4, "R4 renamed")  # no longer an answer to q1: its row goes
    assert cells(table, 0) == ["R1", "R2", "R3"]


def test_part_of_an_answer_is_coded_in_code_points(window: MainWindow) -> None:
    project = window.project
    table = open_table(window)
    table.view.setCurrentIndex(table.model.index(2, 3))  # R3: "𠮷田 said the police refused"
    text = Q1["R3"]
    start = text.index("police")
    end = start + len("police")
    table.select_text(start, end)
    # The pane counts UTF-16 units: 𠮷 takes two there.
    assert table.detail.textCursor().selectedText() == "police"
    assert table.detail.textCursor().selectionStart() == start + 1
    table.choose_code(project.code("Detention"))
    assert table.code_text_button.isEnabled()
    table.code_text_button.click()
    (coding,) = project.codings(code=project.code("Detention"))
    assert (coding.start, coding.end) == (start, end)
    assert project.text(coding.document_id)[coding.start : coding.end] == "police"
    assert cells(table, 4)[2] == "Detention"
    assert codebook_count(window, "Detention") == "1"


def test_the_documents_list_opens_the_table_at_an_answer(window: MainWindow) -> None:
    project = window.project
    answer = project.document("q2_remedy – R4")
    flags = QItemSelectionModel.SelectionFlag
    window.documents.view.selectionModel().setCurrentIndex(
        window.documents.document_index(answer), flags.ClearAndSelect | flags.Rows
    )
    menu = window.documents.context_menu()
    (action,) = [a for a in menu.actions() if a.text() == "Show answers as a table…"]
    action.trigger()
    table = window.survey_answers
    assert isinstance(table, SurveyAnswersWindow)
    assert table.question_box.currentText() == "q2_remedy"
    assert [a.respondent for a in table.selected_answers()] == ["R4"]


# Long enough (30 characters or more) for the dialog to guess them text to code.
LATER = (
    "我们 still wait for an answer from the court",
    "Nothing changed 𠮷, they never wrote back",
)


def two_sheet_workbook(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    intake = book.active
    intake.title = "Intake"
    intake.append(["id", "complaint", "district"])
    intake.append(["C1", "The guards beat him in front of us all", "Lowlands"])
    follow = book.create_sheet("Follow-up 😀")
    follow.append(["respondent", "q_after", "region", "age"])
    for number, text in enumerate(LATER):
        follow.append([f"F{number + 1}", text, "North", 30 + number])
    book.save(path)
    return path


def test_the_sheet_picker_reloads_the_preview_and_imports_the_chosen_sheet(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer

    from qcode.gui.surveys.import_dialog import SurveyImportDialog, import_survey

    workbook = two_sheet_workbook(tmp_path / "intake.xlsx")
    chosen: list[list[str]] = []

    def choose_second_sheet() -> None:
        (dialog,) = window.findChildren(SurveyImportDialog)
        try:
            look_and_choose(dialog)
        finally:
            dialog.accept()  # a failed look must not leave the dialog waiting

    def look_and_choose(dialog: SurveyImportDialog) -> None:
        assert dialog.sheet_box.isVisible()
        names = [dialog.sheet_box.itemText(i) for i in range(dialog.sheet_box.count())]
        assert names == ["Intake", "Follow-up 😀"]
        assert dialog.preview.item(0, 1).text() == "The guards beat him in front of us all"
        dialog.sheet_box.setCurrentText("Follow-up 😀")
        headers = [dialog.preview.horizontalHeaderItem(c).text() for c in range(4)]
        chosen.append(headers)
        chosen.append([dialog.preview.item(r, 1).text() for r in range(dialog.preview.rowCount())])
        chosen.append([dialog.id_box.itemText(i) for i in range(dialog.id_box.count())])

    errors: list[str] = []
    window.session.error.disconnect(window._on_error)  # a message box would wait for a click
    window.session.error.connect(errors.append)
    QTimer.singleShot(0, choose_second_sheet)
    before = len(window.project.documents())
    result = import_survey(window.session, window, workbook)
    assert chosen == [
        ["respondent", "q_after", "region", "age"],
        list(LATER),
        ["respondent", "q_after", "region", "age"],
    ]
    assert errors == []
    assert result is not None and result.questions == ("q_after",)
    names = [d.name for d in window.project.documents()][before:]
    assert names == ["q_after – F1", "q_after – F2"]
    assert window.project.text(window.project.document("q_after – F2")) == LATER[1]


def test_a_csv_has_no_sheet_picker(qtbot: QtBot, tmp_path: Path) -> None:
    from qcode.gui.surveys.import_dialog import SurveyImportDialog
    from qcode.io.sheets import read_sheet

    sheet = tmp_path / "survey.csv"
    sheet.write_text(SURVEY, encoding="utf-8")
    dialog = SurveyImportDialog(read_sheet(sheet))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.sheet_box.isVisible()
    assert dialog.preview.item(0, 1).text() == "我们等了三天 nobody told us"


def test_the_survey_bench_measures_the_app(qtbot: QtBot, tmp_path: Path) -> None:
    from qcode.gui.bench_survey import run_survey_gui_benchmarks

    sheet = tmp_path / "survey.csv"
    sheet.write_text(SURVEY, encoding="utf-8")
    with Project.create(tmp_path / "bench.qcode", coder="bench") as project:
        columns = SurveyColumns("respondent", ("q1_experience", "q2_remedy"), all_other=True)
        project.push(ImportSurvey(read_survey(sheet, columns)))
        project.create_code("Fear")
    results = {result.name: result for result in run_survey_gui_benchmarks(project.path)}
    assert list(results) == [
        "app window ready on 7 answers",
        "show a question's table (4 answers)",
        "longest frame paging down the table (200×)",
        "code 4 selected answers, counts redrawn (4 new)",
    ]
    assert all(result.value > 0 for result in results.values())
    with Project.open(tmp_path / "bench.qcode") as reopened:
        assert len(reopened.codings()) == 4  # the bench coded the table's rows, durably
