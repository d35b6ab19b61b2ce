"""The Agreement window: the figures for two coders, undefined figures
explained, unmatched coded segments, the side-by-side comparison with
characters outside the BMP before and inside the codings, export to Excel,
and mistakes shown in the window instead of a crash.

The project (coders A and B)::

    Interview: "😀 Police took him. 𠮷 came back.\\nNobody said why."
        Detention  A  "Police took him."
        Detention  B  "took him. 𠮷 came"     overlaps A's
        Return     A  "came back"             B never applied Return
    Short: "Yes."
        Whole      A and B, all of it
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QTableView

from qcode.core.project import Project
from qcode.gui.session import Session
from qcode.gui.team.agreement_compare import BOTH_COLOR, ONE_COLOR, CoderPane
from qcode.gui.team.agreement_window import AgreementWindow
from qcode.io.base import ImportedDocument
from qcode.settings import Settings

pytestmark = pytest.mark.gui

TEXT = "😀 Police took him. 𠮷 came back.\nNobody said why."
SHORT = "Yes."
A_DETENTION = "Police took him."
B_DETENTION = "took him. 𠮷 came"
A_RETURN = "came back"


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def utf16(index: int) -> int:
    """Independent of the app: UTF-16 units before code point ``index``."""
    return len(TEXT[:index].encode("utf-16-le")) // 2


@pytest.fixture
def coded(tmp_path: Path) -> Iterator[Project]:
    project = Project.create(tmp_path / "agreement.qcode", coder="A")
    interview, short = project.add_documents(
        [
            ImportedDocument("Interview", TEXT, "i.txt", "text"),
            ImportedDocument("Short", SHORT, "s.txt", "text"),
        ]
    )
    detention = project.create_code("Detention")
    back = project.create_code("Return")
    whole = project.create_code("Whole")
    project.apply_code(interview, detention, *span(A_DETENTION), coder="A")
    project.apply_code(interview, detention, *span(B_DETENTION), coder="B")
    project.apply_code(interview, back, *span(A_RETURN), coder="A")
    project.apply_code(short, whole, 0, len(SHORT), coder="A")
    project.apply_code(short, whole, 0, len(SHORT), coder="B")
    yield project
    project.close()


@pytest.fixture
def window(coded: Project, tmp_path: Path, qtbot: Any) -> AgreementWindow:
    shown = AgreementWindow(Session(coded, Settings(tmp_path / "config")))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def rows(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def cell(view: QTableView, first: str, header: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    model = view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == first:
            return model.index(r, headers.index(header)).data(role)
    raise KeyError(first)


def shade_at(pane: CoderPane, qt_position: int) -> str | None:
    """The background of the highlight over the character at a UTF-16 position."""
    for selection in pane.text.extraSelections():
        cursor = selection.cursor
        if cursor.selectionStart() <= qt_position < cursor.selectionEnd():
            return selection.format.background().color().name()
    return None


def shaded_texts(pane: CoderPane) -> list[tuple[str, str]]:
    return [
        (s.cursor.selectedText(), s.format.background().color().name())
        for s in pane.text.extraSelections()
    ]


# -- figures ----------------------------------------------------------------------------------


def test_character_figures_for_two_coders(window: AgreementWindow, qtbot: Any) -> None:
    assert window.chosen_coders() == ["A", "B"]  # the first two, ticked to begin with
    assert not window.threshold.isEnabled()
    qtbot.mouseClick(window.compute_button, Qt.MouseButton.LeftButton)
    assert not window.problem.isVisible()
    table = window.code_table
    assert [row[0] for row in rows(table)] == ["(overall)", "Detention", "Return", "Whole"]
    assert table.model().index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    # By hand: every character of each compared document, once per code.
    a, b = set(range(*span(A_DETENTION))), set(range(*span(B_DETENTION)))
    detention_disagree = len(a ^ b)  # "Police " and " 𠮷 came"
    assert detention_disagree == 7 + 7
    units = 3 * (len(TEXT) + len(SHORT))
    disagree = detention_disagree + len(A_RETURN)
    expected = f"{100 * (units - disagree) / units:.1f} %"
    assert cell(table, "(overall)", "% agreement") == expected
    detention = 100 * (len(TEXT) + len(SHORT) - detention_disagree) / (len(TEXT) + len(SHORT))
    assert cell(table, "Detention", "% agreement") == f"{detention:.1f} %"
    assert cell(table, "Detention", "Characters") == f"{len(TEXT) + len(SHORT)}"
    # Specific agreement of Detention: 2·both / (|A| + |B|).
    specific = 2 * len(a & b) / (len(a) + len(b))
    assert cell(table, "Detention", "Specific agreement") == f"{specific:.3f}"
    assert "Nothing" not in window.note.text() and window.note.text() == ""
    assert "A and B" in window.summary.text()
    # Sorting keeps the overall row on top, either way.
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert rows(table)[0][0] == "(overall)"
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in rows(table)][:2] == ["(overall)", "Detention"]
    by_document = [row[0] for row in rows(window.document_table)]
    assert by_document == ["(overall)", "Interview", "Short"]


def test_an_undefined_kappa_shows_a_dash_and_why(window: AgreementWindow) -> None:
    # Only "Short", which both coded whole: no chance-corrected figure exists.
    window.chosen_documents.setChecked(True)
    assert window.documents.isEnabled()
    window.documents.item(1).setCheckState(Qt.CheckState.Checked)
    assert window.chosen_document_names() == ["Short"]
    window.compute()
    table = window.code_table
    assert [row[0] for row in rows(table)] == ["(overall)", "Whole"]
    assert cell(table, "Whole", "% agreement") == "100.0 %"
    assert cell(table, "Whole", "Cohen's κ") == "—"
    reason = cell(table, "Whole", "Cohen's κ", Qt.ItemDataRole.ToolTipRole)
    assert "coded every unit" in reason
    assert cell(table, "Whole", "Specific agreement") == "1.000"


def test_segments_list_the_unmatched_codings(window: AgreementWindow) -> None:
    unmatched_tab = window.tabs.indexOf(window.unmatched_table)
    assert not window.tabs.isTabVisible(unmatched_tab)
    window.set_unit("segment")
    assert window.threshold.isEnabled() and window.threshold.value() == 0.9
    window.compute()
    assert window.tabs.isTabVisible(unmatched_tab)
    found = sorted((row[0], row[2], row[4]) for row in rows(window.unmatched_table))
    assert found == [
        ("A", "Detention", A_DETENTION),
        ("A", "Return", A_RETURN),
        ("B", "Detention", B_DETENTION),
    ]
    # Detention overlaps by "took him." (9) of a union of 23 characters.
    overlaps = {(r[0], r[2]): r[3] for r in rows(window.unmatched_table)}
    assert overlaps[("A", "Detention")] == f"{9 / 23:.2f}" and overlaps[("A", "Return")] == "0.00"
    assert cell(window.code_table, "(overall)", "Cohen's κ") == "—"
    assert "segment" in cell(window.code_table, "Detention", "Cohen's κ", 3)  # tooltip
    # At a lower threshold the two Detention codings match.
    window.threshold.setValue(0.35)
    window.compute()
    assert [(r[0], r[2]) for r in rows(window.unmatched_table)] == [("A", "Return")]
    assert cell(window.code_table, "Detention", "% agreement") == "100.0 %"
    window.set_unit("sentence")
    window.compute()
    assert not window.tabs.isTabVisible(unmatched_tab)


# -- the side-by-side comparison ------------------------------------------------------------


def test_compare_shades_each_coders_codings(window: AgreementWindow, qtbot: Any) -> None:
    window.compute()
    table = window.code_table
    index = table.model().index(1, 0)
    assert index.data() == "Detention"
    table.scrollTo(index)
    center = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    compare = window.compare
    assert window.tabs.currentWidget() is compare
    assert compare.document_choice.currentText() == "Interview"
    left, right = compare.left, compare.right
    both, one = BOTH_COLOR.name(), ONE_COLOR.name()
    a_start, a_end = span(A_DETENTION)
    b_start, b_end = span(B_DETENTION)
    # The 😀 before the codings takes two UTF-16 units, 𠮷 inside B's another two.
    assert utf16(a_start) == a_start + 1 and utf16(b_end) == b_end + 2
    assert shade_at(left, utf16(a_start)) == one  # "Police ": A only
    assert shade_at(right, utf16(a_start)) is None
    assert shade_at(left, utf16(b_start)) == both == shade_at(right, utf16(b_start))
    assert shade_at(left, utf16(a_end - 1)) == both
    assert shade_at(left, utf16(a_end)) is None  # " 𠮷 came": B only
    assert shade_at(right, utf16(a_end)) == one
    assert shade_at(right, utf16(b_end - 1)) == one and shade_at(right, utf16(b_end)) is None
    assert shade_at(left, utf16(a_start) - 1) is None
    assert shaded_texts(left) == [("Police ", one), ("took him.", both)]
    assert shaded_texts(right) == [("took him.", both), (" 𠮷 came", one)]
    assert compare.count_label.text() == "2 disagreements"
    # Next / previous select the stretches only one coder coded, in both panes.
    assert not compare.previous_button.isEnabled()
    qtbot.mouseClick(compare.next_button, Qt.MouseButton.LeftButton)
    assert left.text.textCursor().selectedText() == "Police "
    assert right.text.textCursor().selectedText() == "Police "
    qtbot.mouseClick(compare.next_button, Qt.MouseButton.LeftButton)
    assert left.text.textCursor().selectedText() == " 𠮷 came"
    assert right.text.textCursor().selectionStart() == utf16(a_end)
    assert compare.place_label.text() == "2 of 2: B only" and not compare.next_button.isEnabled()
    qtbot.mouseClick(compare.previous_button, Qt.MouseButton.LeftButton)
    assert right.text.textCursor().selectedText() == "Police "
    # Return: B never applied it, so all of A's coding is a disagreement.
    compare.code_choice.setCurrentText("Return")
    assert shaded_texts(left) == [(A_RETURN, one)] and shaded_texts(right) == []
    assert compare.count_label.text() == "1 disagreement"
    compare.coder_b.setCurrentText("A")
    assert compare.count_label.text() == "Choose two different coders to compare."


def test_compare_panes_scroll_together(window: AgreementWindow, coded: Project) -> None:
    long_text = "\n".join(f"Line {n} 😀 of a long answer." for n in range(300))
    (document,) = coded.add_documents([ImportedDocument("Long", long_text, "l.txt", "text")])
    detention = coded.code("Detention")
    late = long_text.index("Line 250")
    coded.apply_code(document, detention, late, late + 8, coder="A")
    coded.apply_code(document, detention, late, late + 4, coder="B")
    window.compute()
    window.compare_code(detention.id, document.id)
    compare = window.compare
    left_bar = compare.left.text.verticalScrollBar()
    right_bar = compare.right.text.verticalScrollBar()
    assert left_bar.maximum() > 0
    left_bar.setValue(40)
    assert right_bar.value() == 40
    compare.next_disagreement()  # " 250": far down, in both panes
    assert compare.left.text.textCursor().selectedText() == " 250"
    assert left_bar.value() == right_bar.value() > 100


def test_unmatched_row_opens_the_comparison(window: AgreementWindow) -> None:
    window.set_unit("segment")
    window.compute()
    view = window.unmatched_table
    row = next(
        r for r, values in enumerate(rows(view)) if values[:3] == ["B", "Interview", "Detention"]
    )
    view.doubleClicked.emit(view.model().index(row, 0))
    assert window.tabs.currentWidget() is window.compare
    assert window.compare.right.text.textCursor().selectedText() == " 𠮷 came"


# -- export, problems, the main window ------------------------------------------------------


def test_export_writes_a_workbook(
    window: AgreementWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    import openpyxl

    assert not window.export_button.isEnabled()
    window.compute()
    target = tmp_path / "agreement"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".xlsx")
    assert written.exists()
    book = openpyxl.load_workbook(written, read_only=True)
    values = {
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    }
    book.close()
    assert {"Detention", "Return", "Whole"} <= values
    assert str(written) in window.statusBar().currentMessage()


def test_mistakes_are_shown_in_the_window(
    window: AgreementWindow, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    boxes: list[Any] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: boxes.append(a))
    window.set_coders([])
    qtbot.mouseClick(window.compute_button, Qt.MouseButton.LeftButton)
    assert window.problem.isVisible()
    assert "at least two coders" in window.problem.text()
    assert window.compute(["A", "Nobody"]) is None
    assert "no coder named 'Nobody'" in window.problem.text()
    window.chosen_documents.setChecked(True)
    assert window.compute(["A", "B"]) is None
    assert "Tick at least one document" in window.problem.text()
    assert window.export_excel() is None and "Compute" in window.problem.text()
    window.every_document.setChecked(True)
    assert window.compute(["A", "B"]) is not None
    assert not window.problem.isVisible() and boxes == []


def test_opens_from_the_view_menu(coded: Project, tmp_path: Path, qtbot: Any) -> None:
    from qcode.gui.main_window import MainWindow

    main = MainWindow(coded, Settings(tmp_path / "config"))
    qtbot.addWidget(main)
    view = next(m for m in main.menuBar().findChildren(QMenu) if m.title() == "&View")
    action = next(a for a in view.actions() if a.text() == "Inter-coder &agreement…")
    action.trigger()
    opened = main.agreement  # type: ignore[attr-defined]
    assert isinstance(opened, AgreementWindow) and opened.isVisible()
    action.trigger()
    assert main.agreement is opened  # type: ignore[attr-defined]
    # A new coder appears in the list without reopening the window.
    coded.apply_code(coded.document("Short"), coded.code("Whole"), 0, 3, coder="C")
    assert [opened.coders.item(i).text() for i in range(opened.coders.count())] == ["A", "B", "C"]
    assert opened.chosen_coders() == ["A", "B"]
