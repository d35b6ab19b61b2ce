"""The framework matrix as a table: a row per case (its name in the row
header, so it stays in view), a column per code, each cell the start of the
researcher's summary, how many coded passages of that case and code there
are, and how many of them the summary quotes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from qcode.analysis.framework import FrameworkGrid
from qcode.gui.widgets.overrides import guarded
from qcode.gui.widgets.table_model import Column, ModelIndex, TableModel

SUMMARY_SHOWN = 90  # characters of a summary shown in its cell
_SUMMARISED = QBrush(QColor("#e3eefa"))
_TO_SUMMARISE = QBrush(QColor("#fff6dc"))  # coded, no summary yet


def cell_text(summary: str, quotes: int, coded: int) -> str:
    """What a cell shows: the summary's start, then the coded passages
    behind it and how many it quotes (nothing for an empty cell)."""
    counts = []
    if coded:
        counts.append(
            QCoreApplication.translate("findings.framework_model", "{coded} coded").format(
                coded=coded
            )
        )
    if quotes:
        counts.append(
            QCoreApplication.translate("findings.framework_model", "{quotes} quoted").format(
                quotes=quotes
            )
        )
    flat = " ".join(summary.split())
    first = flat if len(flat) <= SUMMARY_SHOWN else flat[: SUMMARY_SHOWN - 1].rstrip() + "…"
    if coded and not first:
        first = QCoreApplication.translate("findings.framework_model", "(no summary yet)")
    return "\n".join(part for part in (first, " · ".join(counts)) if part)


class FrameworkModel(TableModel[int]):
    """Rows are case indexes of a :class:`FrameworkGrid`, columns its codes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.grid: FrameworkGrid | None = None
        self.coded: list[list[int]] = []

    def show(self, grid: FrameworkGrid, coded: list[list[int]]) -> None:
        """Show ``grid``; ``coded[case][code]`` counts each cell's coded passages."""
        self.grid, self.coded = grid, coded
        columns = [
            Column[int](
                code.name,
                lambda i, j=j: self._text(i, j),
                tooltip=lambda i, j=j: self._tooltip(i, j),
                header_tooltip=grid.paths[j],
            )
            for j, code in enumerate(grid.codes)
        ]
        self.set_rows(list(range(len(grid.cases))), columns)

    def coded_count(self, i: int, j: int) -> int:
        return self.coded[i][j] if i < len(self.coded) and j < len(self.coded[i]) else 0

    def _text(self, i: int, j: int) -> str:
        assert self.grid is not None
        cell = self.grid.cell(i, j)
        summary, quotes = ("", 0) if cell is None else (cell.summary, len(cell.quotes))
        return cell_text(summary, quotes, self.coded_count(i, j))

    def _tooltip(self, i: int, j: int) -> str | None:
        assert self.grid is not None
        cell = self.grid.cell(i, j)
        return cell.summary[:2000] if cell is not None and cell.summary else None

    @guarded
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        grid = self.grid
        if orientation == Qt.Orientation.Vertical and grid is not None:
            if not 0 <= section < len(grid.cases):
                return None
            case = grid.cases[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return case.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return " — ".join(part for part in (case.type, case.description) if part) or None
            return None
        return super().headerData(section, orientation, role)

    @guarded
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.grid is not None and role == Qt.ItemDataRole.BackgroundRole:
            i, j = index.row(), index.column()
            cell = self.grid.cell(i, j)
            if cell is not None and cell.summary.strip():
                return _SUMMARISED
            return _TO_SUMMARISE if self.coded_count(i, j) else None
        return super().data(index, role)
