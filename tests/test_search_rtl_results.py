"""The app's search results for right-to-left hits (issue 18): the columns
stay where they are, but an Arabic hit's text cells are laid out right to
left and aligned right; an English hit's are as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.coding.search_panel import DIRECTION_ROLE, SearchPanel
from qcode.gui.session import Session
from qcode.io.base import ImportedDocument
from qcode.settings import Settings

pytestmark = pytest.mark.gui

ARABIC = "𠮷 Amina: أُدرِجْتُ في القائمة السوداء ثم أدرجت مرة أخرى.\nشكراً"
ENGLISH = "Amina was listed in 2019 😀, then listed again.\n"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Right on the screen even in a right-to-left cell, where AlignRight alone is its left.
SCREEN_RIGHT = RIGHT | int(Qt.AlignmentFlag.AlignAbsolute)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@pytest.fixture
def panel(qtbot: QtBot, project: Project, tmp_path: Path) -> SearchPanel:
    project.add_documents(
        [
            ImportedDocument("Arabic", ARABIC, "a.txt", "text"),
            ImportedDocument("English", ENGLISH, "e.txt", "text"),
        ]
    )
    shown = SearchPanel(Session(project, Settings(tmp_path / "settings")))
    qtbot.addWidget(shown)
    shown.resize(900, 300)
    shown.show()
    qtbot.waitExposed(shown)
    shown.query.setText("Amina")  # in both: a Latin name in an Arabic sentence
    qtbot.keyClick(shown.query, Qt.Key.Key_Return)
    return shown


def cell(panel: SearchPanel, row: int, column: int, role: int) -> object:
    return panel.model.index(row, column).data(role)


def test_columns_stay_and_an_arabic_hits_text_cells_read_right_to_left(
    panel: SearchPanel,
) -> None:
    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Document", "Before", "Match", "After"]
    assert [cell(panel, row, 0, Qt.ItemDataRole.DisplayRole) for row in (0, 1)] == [
        "Arabic",
        "English",
    ]
    alignment = Qt.ItemDataRole.TextAlignmentRole
    # Arabic: before, match and after aligned right, laid out right to left.
    assert [cell(panel, 0, column, alignment) for column in (1, 2, 3)] == [SCREEN_RIGHT] * 3
    assert [cell(panel, 0, column, DIRECTION_ROLE) for column in (1, 2, 3)] == [
        Qt.LayoutDirection.RightToLeft
    ] * 3
    # English: the keyword-in-context layout as it was.
    assert [cell(panel, 1, column, alignment) for column in (1, 2, 3)] == [RIGHT, LEFT, LEFT]
    assert [cell(panel, 1, column, DIRECTION_ROLE) for column in (1, 2, 3)] == [
        Qt.LayoutDirection.LeftToRight
    ] * 3
    # The document's name is not the hit's text: it keeps the table's layout.
    assert cell(panel, 0, 0, alignment) is None and cell(panel, 0, 0, DIRECTION_ROLE) is None


def test_the_delegates_draw_in_the_rows_direction(panel: SearchPanel) -> None:
    table = panel.table
    for row, direction in (
        (0, Qt.LayoutDirection.RightToLeft),
        (1, Qt.LayoutDirection.LeftToRight),
    ):
        for column in (1, 2, 3):
            option = QStyleOptionViewItem()
            index = panel.model.index(row, column)
            table.itemDelegateForColumn(column).initStyleOption(option, index)
            assert option.direction == direction, (row, column)
            # Before: its start is cut, so that the words next to the match stay.
            elides_left = option.textElideMode == Qt.TextElideMode.ElideLeft
            assert elides_left == (column == 1)
    assert not panel.grab().isNull()


def test_an_arabic_hit_still_opens_exactly_its_characters(panel: SearchPanel) -> None:
    hit = panel.hits()[0]
    assert (hit.start, hit.end) == (ARABIC.index("Amina"), ARABIC.index("Amina") + 5)
    assert hit.after.startswith(": أُدرِجْتُ")


def inked_columns(panel: SearchPanel, row: int, column: int) -> tuple[int, int, int, int]:
    """(cell left, first inked x, last inked x, cell right) of a drawn cell."""
    table = panel.table
    rect = table.visualRect(panel.model.index(row, column))
    image = table.viewport().grab().toImage()
    background = image.pixelColor(rect.left() + 1, rect.top() + 1).lightness()
    inked = [
        x
        for x in range(rect.left() + 1, rect.right() - 1)
        for y in range(rect.top() + 2, rect.bottom() - 1, 2)
        if abs(image.pixelColor(x, y).lightness() - background) > 80
    ]
    return rect.left(), min(inked), max(inked), rect.right()


def test_on_screen_arabic_sits_at_the_right_of_its_cells(panel: SearchPanel) -> None:
    panel.table.setColumnWidth(3, 700)  # wider than the context: its alignment shows
    left, first, last, right = inked_columns(panel, 0, 3)
    assert right - last < 15 and first - left > 40, (left, first, last, right)
    left, first, last, right = inked_columns(panel, 1, 3)
    assert first - left < 15 and right - last > 40, (left, first, last, right)
