"""The Agreement window's tables: figures formatted for reading, the
"(overall)" row pinned first however the table is sorted."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from qcode.analysis.agreement.figures import Figures
from qcode.gui.i18n.plurals import number
from qcode.gui.widgets.overrides import guarded
from qcode.gui.widgets.table_model import RIGHT, SORT_ROLE, Column, ModelIndex, TableModel

# Marked in the "headers" context, which TableModel.headerData translates
# (and the agreement window for the rest of these).
OVERALL = QT_TRANSLATE_NOOP("headers", "(overall)")
MISSING = "—"
WIDEST_COLUMN = 340  # pixels
UNIT_NAMES = {
    "character": (
        QT_TRANSLATE_NOOP("headers", "Characters"),
        QT_TRANSLATE_NOOP("headers", "Characters"),
    ),
    "sentence": (
        QT_TRANSLATE_NOOP("headers", "Sentences"),
        QT_TRANSLATE_NOOP("headers", "Sentences"),
    ),
    "paragraph": (
        QT_TRANSLATE_NOOP("headers", "Paragraphs"),
        QT_TRANSLATE_NOOP("headers", "Paragraphs"),
    ),
    "segment": (
        QT_TRANSLATE_NOOP("headers", "Coded segments"),
        QT_TRANSLATE_NOOP("headers", "Segments"),
    ),
}
FIGURE_HEADERS = [
    QT_TRANSLATE_NOOP("headers", "% agreement"),
    QT_TRANSLATE_NOOP("headers", "Cohen's κ"),
    QT_TRANSLATE_NOOP("headers", "Krippendorff's α"),
    QT_TRANSLATE_NOOP("headers", "Specific agreement"),
]
HEADER_TIPS = {
    "% agreement": QT_TRANSLATE_NOOP(
        "headers", "Share of units on which the coders agree: all coded them, or none did"
    ),
    "Cohen's κ": QT_TRANSLATE_NOOP(
        "headers", "Agreement beyond chance: 1 is perfect, 0 no better than chance"
    ),
    "Krippendorff's α": QT_TRANSLATE_NOOP(
        "headers",
        "Agreement beyond chance (nominal): 0.8 is a common bar, "
        "0.667 the lowest for tentative conclusions",
    ),
    "Specific agreement": QT_TRANSLATE_NOOP(
        "headers",
        "Positive agreement: of the units any coder coded, the share "
        "the coders agree on (text nobody coded does not count)",
    ),
}


@dataclass(frozen=True)
class Cell:
    text: str
    sort: float | str
    tooltip: str | None = None
    number: bool = True


def figure_cells(figures: Figures, unit: str) -> list[Cell]:
    """The four figures and the unit count as table cells; an undefined
    figure shows "—" with the reason as its tooltip."""
    cells = []
    for key, form in (
        ("percent_agreement", "{:.1f} %"),
        ("kappa", "{:.3f}"),
        ("alpha", "{:.3f}"),
        ("specific_agreement", "{:.3f}"),
    ):
        value = getattr(figures, key)
        if value is None:
            reason = figures.reasons.get(key, "not defined for these codings")
            cells.append(Cell(MISSING, -math.inf, reason[:1].upper() + reason[1:]))
        else:
            cells.append(Cell(form.format(value), float(value)))
    if unit == "segment":
        counts = QCoreApplication.translate(
            "team.agreement_tables", "Matched codings: {both}\nUnmatched codings: {some}"
        ).format(both=number(figures.both), some=number(figures.some))
    else:
        counts = QCoreApplication.translate(
            "team.agreement_tables",
            "Coded by every coder: {both}\nCoded by none: {neither}\nCoded by only some: {some}",
        ).format(
            both=number(figures.both), neither=number(figures.neither), some=number(figures.some)
        )
    cells.append(Cell(number(figures.units), figures.units, counts))
    return cells


def name_cell(name: str) -> Cell:
    return Cell(name, name.casefold(), name, number=False)


def _cell_column(index: int, header: str) -> Column[list[Cell]]:
    """Column ``index`` of rows of :class:`Cell`: each cell says how it shows."""
    return Column(
        header,
        lambda cells: cells[index].text,
        tooltip=lambda cells: cells[index].tooltip,
        header_tooltip=HEADER_TIPS.get(header),
        roles={
            SORT_ROLE: lambda cells: cells[index].sort,
            Qt.ItemDataRole.TextAlignmentRole: lambda cells: (
                int(RIGHT) if cells[index].number else None
            ),
        },
    )


class AgreementModel(TableModel[list[Cell]]):
    """A read-only table of :class:`Cell` rows; row ``pinned`` (the overall
    figures) is bold and stays on top however the table is sorted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.keys: list[Any] = []  # what each row stands for (an id, a record)
        self.pinned: int | None = None

    def set_table(
        self,
        headers: Sequence[str],
        rows: list[list[Cell]],
        keys: Sequence[Any] = (),
        pinned: int | None = None,
    ) -> None:
        """Show ``rows`` under ``headers``; ``keys`` say what each row stands for."""
        self.pinned = pinned
        self.keys = list(keys) or [None] * len(rows)
        self.set_rows(rows, [_cell_column(i, header) for i, header in enumerate(headers)])

    @guarded
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.row() == self.pinned:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class PinnedFirstProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`, keeping the source's pinned row first."""

    @guarded
    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        pinned = getattr(self.sourceModel(), "pinned", None)
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        if left.row() == pinned:
            return ascending
        if right.row() == pinned:
            return not ascending
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if type(a) is not type(b) and not all(isinstance(v, int | float) for v in (a, b)):
            return str(a) < str(b)
        return bool(a < b)


def fit_columns(view: QTableView, stretch: int) -> None:
    """Size the columns to their contents, none wider than
    :data:`WIDEST_COLUMN`, column ``stretch`` taking up the width left over."""
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's order
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.resizeColumnsToContents()
    for column in range(header.count()):  # long code paths: see the tooltip
        header.resizeSection(column, min(header.sectionSize(column), WIDEST_COLUMN))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def make_table(name: str, parent: QWidget) -> tuple[QTableView, AgreementModel]:
    model = AgreementModel(parent)
    proxy = PinnedFirstProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # in the report's order at first
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, model
