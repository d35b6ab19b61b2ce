"""The Reports window: tables that show the same numbers as the command line,
filters, the chart, the co-occurrence heat map, the segments behind a cell,
export to Excel and CSV, and coded segments loaded a batch at a time.

The project (coders Amina, the project's own, and Chen)::

    Interview A (gender=female, city=Beijing)
    0         1         2         3         4         5         6
    0123456789012345678901234567890123456789012345678901234567890123|
    Officials put her on the list. She could not buy a train ticket.
    She appealed to the court.                       (line 2: 65–91)

        Harms         [0, 30)  Chen
        Harms         [14, 40) Amina     overlaps the one before
        Harms/Travel  [45, 64) Chen
        Harms/Travel  [51, 56) Amina     "train", inside the one before
        Remedy        [65, 91) Amina

    Interview B (gender=male): "He lost his job. The court did nothing."
        Harms         [0, 16)  Amina
        Remedy        [3, 7)   Chen      "lost", inside Harms
        Remedy        [17, 39) Amina
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QProgressDialog,
    QTableView,
)

from qcode import cli
from qcode.analysis.cooccurrence import cooccurrence
from qcode.analysis.filters import Filters
from qcode.analysis.frequencies import code_frequencies
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.gui.exchange import export_flow
from qcode.gui.reports.tables import SORT_ROLE, VALUE_ROLE, ReportModel
from qcode.gui.reports.window import ReportsWindow
from qcode.gui.session import Session
from qcode.io.base import ImportedDocument
from qcode.settings import Settings

TEXT_A = (
    "Officials put her on the list. She could not buy a train ticket.\nShe appealed to the court."
)
TEXT_B = "He lost his job. The court did nothing."


@pytest.fixture
def coded(tmp_path: Path) -> Iterator[Project]:
    project = Project.create(tmp_path / "reports.qcode", coder="Amina")
    a, b = project.add_documents(
        [
            ImportedDocument("Interview A", TEXT_A, "a.txt", "text"),
            ImportedDocument("Interview B", TEXT_B, "b.txt", "text"),
        ]
    )
    project.set_attributes(a, {"gender": "female", "city": "Beijing"})
    project.set_attributes(b, {"gender": "male"})
    harms = project.create_code("Harms", color="#e41a1c")
    travel = project.create_code("Travel", harms, color="#4daf4a")
    remedy = project.create_code("Remedy", color="#377eb8")
    project.create_code("Unused")
    project.apply_code(a, harms, 0, 30, coder="Chen")
    project.apply_code(a, harms, 14, 40)
    project.apply_code(a, travel, 45, 64, coder="Chen")
    project.apply_code(a, travel, 51, 56)
    project.apply_code(a, remedy, 65, 91)
    project.apply_code(b, harms, 0, 16)
    project.apply_code(b, remedy, 3, 7, coder="Chen")
    project.apply_code(b, remedy, 17, 39)
    yield project
    project.close()


@pytest.fixture
def session(coded: Project, tmp_path: Path) -> Session:
    return Session(coded, Settings(tmp_path))


@pytest.fixture
def window(session: Session, qtbot: Any) -> ReportsWindow:
    shown = ReportsWindow(session)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def table(model: Any) -> list[list[Any]]:
    """Every row of a model as its raw values (numbers as numbers)."""
    return [
        [model.index(r, c).data(VALUE_ROLE) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def shown_frequencies(window: ReportsWindow) -> dict[str, dict[str, Any]]:
    """The frequencies table in the shape of ``qcode frequencies --json``."""
    keys = ("segments", "documents", "characters", "words", "coders")
    found = {}
    for row in table(window.frequencies.model):
        path, own, rolled = row[1], row[2:7], row[7:12]
        found[path] = {
            "code": path,
            "own": dict(zip(keys, own, strict=True)),
            "with_subcodes": dict(zip(keys, rolled, strict=True)),
        }
    return found


def cli_frequencies(project: Project, capsys: Any, *options: str) -> dict[str, Any]:
    capsys.readouterr()
    assert cli.main(["frequencies", str(project.path), *options, "--json"]) == 0
    return {row["code"]: row for row in json.loads(capsys.readouterr().out)}


def double_click(view: QTableView, row: int, column: int, qtbot: Any) -> None:
    proxy = view.model()
    index = proxy.index(row, column)
    view.scrollTo(index)
    center = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)


def proxy_row(view: QTableView, column: int, value: Any) -> int:
    proxy = view.model()
    for row in range(proxy.rowCount()):
        if proxy.index(row, column).data(VALUE_ROLE) == value:
            return row
    raise AssertionError(f"no row with {value!r} in column {column}")


def spans_listed(window: ReportsWindow) -> set[tuple[str, str, int, int, str]]:
    dialog = window.last_dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.table.rows_model
    model.fetch_all()
    return {(r.code, r.document, r.start, r.end, r.coder) for r in model.rows}


# -- the numbers ---------------------------------------------------------------------------


def test_frequencies_show_the_same_numbers_as_the_cli(
    window: ReportsWindow, coded: Project, capsys: Any
) -> None:
    assert shown_frequencies(window) == cli_frequencies(coded, capsys)
    rows = table(window.frequencies.model)
    assert [row[0] for row in rows] == ["Harms", "Travel", "Remedy", "Unused"]
    model = window.frequencies.model
    assert model.index(1, 0).data() == "    Travel"  # indented under Harms
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) == QColor("#e41a1c")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(12)]
    assert headers[2] == "Segments\n(own)" and headers[7] == "Segments\n(with sub-codes)"
    # Harms: own [0,30) ∪ [14,40) in A and [0,16) in B; with sub-codes also Travel.
    harms = shown_frequencies(window)["Harms"]
    assert harms["own"] == {
        "segments": 3,
        "documents": 2,
        "characters": 56,
        "words": 12,
        "coders": 2,
    }
    assert harms["with_subcodes"]["segments"] == 5
    assert harms["with_subcodes"]["characters"] == 56 + 19


def test_filters_change_the_numbers(
    window: ReportsWindow, coded: Project, capsys: Any, qtbot: Any
) -> None:
    before = shown_frequencies(window)
    bar = window.filter_bar
    chen = next(i for i in range(bar.coders.count()) if bar.coders.item(i).text() == "Chen")
    bar.coders.item(chen).setSelected(True)
    qtbot.mouseClick(bar.apply_button, Qt.MouseButton.LeftButton)
    after = shown_frequencies(window)
    assert after != before
    assert after == cli_frequencies(coded, capsys, "--coders", "Chen")
    assert after["Harms"]["own"]["segments"] == 1
    assert "coders: Chen" in bar.description.text()
    bar.attributes.setText("gender=female")
    qtbot.keyClick(bar.attributes, Qt.Key.Key_Return)
    assert shown_frequencies(window) == cli_frequencies(
        coded, capsys, "--coders", "Chen", "--attributes", "gender=female"
    )
    assert shown_frequencies(window)["Remedy"]["own"]["segments"] == 0  # Chen's is in B
    assert "gender = female" in bar.description.text()
    with qtbot.waitSignal(window.session.error) as problem:
        bar.attributes.setText("colour=red")
        qtbot.mouseClick(bar.apply_button, Qt.MouseButton.LeftButton)
    assert "colour" in problem.args[0]
    assert window.filters.attributes == (("gender", "female"),)  # the bad filter changed nothing
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert shown_frequencies(window) == before
    assert "none (the whole project)" in bar.description.text()


def test_the_chart_shows_the_top_codes_with_their_subcodes(window: ReportsWindow) -> None:
    chart = window.frequencies.chart
    assert chart.values_shown() == [("Harms", 5.0), ("Remedy", 3.0), ("Harms/Travel", 2.0)]
    assert chart.bar_set.count() == 3  # Unused has none: no bar
    remedy = window.session.project.code("Remedy")
    window.filter_bar.set_filters(Filters(codes=frozenset({remedy.id})))
    assert chart.values_shown() == [("Remedy", 3.0)]


def test_tables_sort_numbers_as_numbers_and_filter_rows(window: ReportsWindow) -> None:
    view = window.frequencies.table.view
    view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # Characters (own)
    proxy = view.model()
    shown = [proxy.index(r, 4).data(VALUE_ROLE) for r in range(proxy.rowCount())]
    assert shown == [56, 52, 19, 0]  # as text, "56" < "52" < "19" < "0" would not hold
    assert proxy.index(0, 4).data(SORT_ROLE) == 56
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the Code column: the tree again
    assert [proxy.index(r, 1).data() for r in range(4)] == [
        "Harms",
        "Harms/Travel",
        "Remedy",
        "Unused",
    ]
    window.frequencies.table.filter_box.setText("travel")
    assert proxy.rowCount() == 1 and proxy.index(0, 1).data() == "Harms/Travel"


def test_breakdowns_by_document_coder_and_attribute(window: ReportsWindow, qtbot: Any) -> None:
    window.tabs.setCurrentWidget(window.by_coder)
    rows = table(window.by_coder.model)
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("Harms", "Amina", 2),
        ("Harms", "Chen", 1),
        ("Harms/Travel", "Amina", 1),
        ("Harms/Travel", "Chen", 1),
        ("Remedy", "Amina", 2),
        ("Remedy", "Chen", 1),
    ]
    window.tabs.setCurrentWidget(window.by_attribute)
    window.by_attribute.attribute.setCurrentText("gender")  # type: ignore[union-attr]
    rows = table(window.by_attribute.model)
    assert ("Remedy", "male", 2) in [(r[1], r[2], r[3]) for r in rows]
    # The segments behind "Harms by Chen" are Chen's one coding of Harms.
    window.tabs.setCurrentWidget(window.by_coder)
    double_click(window.by_coder.table.view, 1, 3, qtbot)
    assert spans_listed(window) == {("Harms", "Interview A", 0, 30, "Chen")}


def test_cooccurrence_heat_map(window: ReportsWindow, coded: Project) -> None:
    window.tabs.setCurrentWidget(window.cooccurrence)
    model: ReportModel = window.cooccurrence.model
    rows = table(model)
    expected = cooccurrence(coded)
    assert [row[1:] for row in rows] == expected.counts
    for i in range(len(rows)):
        assert rows[i][i + 1] is None
        assert model.index(i, i + 1).data() == ""  # the diagonal is empty
    harms, remedy = 0, 2
    assert rows[harms][remedy + 1] == 1  # B: Harms [0,16) and Remedy [3,7)
    dark = model.index(harms, remedy + 1).data(Qt.ItemDataRole.BackgroundRole)
    blank = model.index(harms, 4).data(Qt.ItemDataRole.BackgroundRole)  # Harms × Unused: 0
    assert dark.lightness() < blank.lightness() and blank == QColor("#ffffff")
    window.cooccurrence.near.setChecked(True)
    near = table(model)
    assert [row[1:] for row in near] == cooccurrence(coded, near=True).counts
    assert near[harms][remedy + 1] == 2  # B's one paragraph holds Harms and both Remedys


def test_double_click_on_a_matrix_cell_lists_exactly_its_segments(
    window: ReportsWindow, qtbot: Any
) -> None:
    window.tabs.setCurrentWidget(window.matrix)
    view = window.matrix.table.view
    assert table(window.matrix.model)[0] == ["Harms", 2, 1, 3]
    double_click(view, proxy_row(view, 0, "Harms"), 1, qtbot)  # Harms × Interview A
    assert spans_listed(window) == {
        ("Harms", "Interview A", 0, 30, "Chen"),
        ("Harms", "Interview A", 14, 40, "Amina"),
    }
    window.matrix.subcodes.setChecked(True)
    assert table(window.matrix.model)[0] == ["Harms", 4, 1, 5]
    # From the keyboard: Return on the current cell.
    view.setCurrentIndex(view.model().index(proxy_row(view, 0, "Harms"), 1))
    assert QKeySequence("Return") in window.matrix.table.choose_action.shortcuts()
    window.matrix.table.choose_action.trigger()
    assert spans_listed(window) == {
        ("Harms", "Interview A", 0, 30, "Chen"),
        ("Harms", "Interview A", 14, 40, "Amina"),
        ("Harms/Travel", "Interview A", 45, 64, "Chen"),
        ("Harms/Travel", "Interview A", 51, 56, "Amina"),
    }


def test_double_click_on_crosstab_and_cooccurrence_cells(window: ReportsWindow, qtbot: Any) -> None:
    window.tabs.setCurrentWidget(window.crosstab)
    window.crosstab.attribute.setCurrentText("gender")
    view = window.crosstab.table.view
    assert window.crosstab.model.headers == ["Code", "female", "male", "Total"]
    double_click(view, proxy_row(view, 0, "Remedy"), 2, qtbot)  # Remedy × male
    assert spans_listed(window) == {
        ("Remedy", "Interview B", 3, 7, "Chen"),
        ("Remedy", "Interview B", 17, 39, "Amina"),
    }
    window.tabs.setCurrentWidget(window.cooccurrence)
    view = window.cooccurrence.table.view
    double_click(view, proxy_row(view, 0, "Harms"), 3, qtbot)  # Harms × Remedy
    assert spans_listed(window) == {
        ("Harms", "Interview B", 0, 16, "Amina"),
        ("Remedy", "Interview B", 3, 7, "Chen"),
    }
    dialogs = window.last_dialog
    double_click(view, 0, 1, qtbot)  # the diagonal stands for nothing
    assert window.last_dialog is dialogs


def test_clicking_a_segment_opens_its_document_there(
    window: ReportsWindow, session: Session, qtbot: Any
) -> None:
    window.tabs.setCurrentWidget(window.frequencies)
    view = window.frequencies.table.view
    double_click(view, proxy_row(view, 1, "Harms/Travel"), 2, qtbot)  # own codings
    dialog = window.last_dialog
    assert dialog is not None
    rows = dialog.table.rows_model.rows
    assert [(r.start, r.end) for r in rows] == [(45, 64), (51, 56)]
    segments = dialog.table.view
    with qtbot.waitSignal(session.selectRequested) as selected:
        rect = segments.visualRect(segments.model().index(1, 5))
        qtbot.mouseClick(segments.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [51, 56]
    assert session.current_document is not None
    assert session.current_document.name == "Interview A"
    # From the Coded segments tab, with the keyboard.
    window.tabs.setCurrentWidget(window.segments)
    view = window.segments.table.view
    row = proxy_row(view, 3, 17)
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    with qtbot.waitSignal(session.selectRequested) as selected:
        window.segments.table.choose_action.trigger()
    assert selected.args == [17, 39]
    assert session.current_document.name == "Interview B"


# -- exports -------------------------------------------------------------------------------


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_export_to_excel_writes_the_table_shown(
    window: ReportsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    chen = window.session.project.coder_id("Chen")
    window.filter_bar.set_filters(Filters(coders=frozenset({chen})))
    target = tmp_path / "out" / "report"
    target.parent.mkdir()
    choose_file(monkeypatch, target)
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.export_action.trigger()
    written = target.with_suffix(".xlsx")
    assert written.exists()
    assert str(written) in window.statusBar().currentMessage()
    book = load_workbook(written, read_only=True)
    sheet = [list(row) for row in book["Frequencies"].iter_rows(values_only=True)]
    shown = table(window.frequencies.model)
    assert [[row[0], row[1], *row[3:]] for row in sheet[1:]] == shown
    summary = dict(book["Summary"].iter_rows(values_only=True))
    assert summary["Filters"] == "coders: Chen"
    book.close()


def test_cancelling_the_export_leaves_no_file(
    window: ReportsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class CancelledAtOnce(QProgressDialog):
        def setValue(self, value: int) -> None:
            super().setValue(value)
            self.cancel()  # what the Cancel button does

    monkeypatch.setattr(export_flow, "QProgressDialog", CancelledAtOnce)
    errors: list[str] = []
    window.session.error.connect(errors.append)
    target = tmp_path / "cancelled.xlsx"
    choose_file(monkeypatch, target)
    assert window.export_excel() is None
    assert not target.exists()
    assert list(tmp_path.glob("*.xlsx")) == []  # nor a half-written temporary file
    assert errors == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_export_coded_segments_as_csv(
    window: ReportsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.filter_bar.attributes.setText("gender=male")
    window.filter_bar.apply()
    target = tmp_path / "segments.csv"
    choose_file(monkeypatch, target)
    window.csv_action.trigger()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Code,Document,Speaker,Start,End")
    assert len(lines) == 1 + 3  # the three codings of Interview B
    assert "3 coded segments" in window.statusBar().currentMessage()


# -- the segments tab, live updates, words ---------------------------------------------------


def test_segments_load_a_batch_at_a_time(coded: Project, session: Session, qtbot: Any) -> None:
    document = coded.document("Interview A")
    harms = coded.code("Harms")
    spans = [(i % 60, i % 60 + 1 + i // 60) for i in range(1200)]  # all different
    coded.add_codings([NewCoding(document.id, harms.id, start, end) for start, end in spans])
    window = ReportsWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.segments)
    model = window.segments.table.rows_model
    total = len(coded.codings())
    assert total == 1208
    assert model.rowCount() == model.batch == 500
    assert model.canFetchMore(QModelIndex())
    assert f"first 500 of {total:,}" in window.segments.table.note.text()
    view = window.segments.table.view
    view.scrollToBottom()  # the view asks for more as it reaches the end
    qtbot.waitUntil(lambda: model.rowCount() >= 1000)
    model.fetch_all()
    assert model.rowCount() == total and not model.canFetchMore(QModelIndex())
    assert window.segments.table.note.text() == f"{total:,} coded segments."


def test_the_tab_on_screen_follows_changes_to_the_project(
    window: ReportsWindow, coded: Project, qtbot: Any
) -> None:
    window.tabs.setCurrentWidget(window.matrix)
    window.tabs.setCurrentWidget(window.frequencies)
    remedy = coded.code("Remedy")
    coded.apply_code(coded.document("Interview A"), remedy, 0, 9)
    qtbot.waitUntil(lambda: shown_frequencies(window)["Remedy"]["own"]["segments"] == 4)
    assert window.frequencies.chart.values_shown()[1] == ("Remedy", 4.0)
    # The matrix, not on screen, is worked out again only when it is shown.
    assert table(window.matrix.model)[2] == ["Remedy", 1, 2, 3]
    window.tabs.setCurrentWidget(window.matrix)
    assert table(window.matrix.model)[2] == ["Remedy", 2, 2, 4]
    coded.create_code("Fear")
    window.flush()
    assert "Fear" in [window.filter_bar.codes.item(i).text() for i in range(5)]
    assert [row[0] for row in table(window.matrix.model)][-1] == "Fear"
    assert code_frequencies(coded)[-1].path == "Fear"


def test_memos_and_word_frequencies(window: ReportsWindow, coded: Project) -> None:
    coded.add_memo("document", coded.document("Interview B").id, "He was fired.", title="Job")
    window.flush()
    window.tabs.setCurrentWidget(window.memos)
    assert [row[4:6] for row in table(window.memos.model)] == [["Job", "He was fired."]]
    window.tabs.setCurrentWidget(window.words)
    window.words.choose("code", coded.code("Remedy").id)
    words = {row[1]: row[2] for row in table(window.words.model)}
    assert words["court"] == 2 and words["appeal"] == 1
    assert "the" not in words


def test_widgets_have_accessible_names(window: ReportsWindow) -> None:
    for tab in window.all_tabs():
        window.tabs.setCurrentWidget(tab)
        for kind in (QAbstractItemView, QLineEdit, QComboBox, QAbstractButton):
            for widget in window.findChildren(kind):
                if not widget.isVisibleTo(window) or isinstance(widget, QHeaderView):
                    continue
                name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
                assert name, f"{type(widget).__name__} on {tab.title} has no name"
    assert window.frequencies.chart.accessibleDescription().startswith("Harms: 5")
    assert window.tabs.focusPolicy() != Qt.FocusPolicy.NoFocus
