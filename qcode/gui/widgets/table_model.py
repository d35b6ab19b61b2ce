"""The one base of the app's read-only tables: rows of any type, columns declared.

A :class:`TableModel` holds a list of rows and a list of :class:`Column`; a
column says its header (and the header's tooltip) and how a row shows in
it, one getter per Qt role.  Row and column counts and headers are worked
out here, once, for every table; a model with a rule that spans columns
(a heat map, a pinned row) overrides :meth:`TableModel.data` and asks
``super()`` for the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from qcode.gui.widgets.overrides import guarded

Row = TypeVar("Row")
ModelIndex = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole | int

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a sorting proxy sorts by
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the cell's value itself (numbers as numbers)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: ``header``, what a row shows (``text``), and optionally
    its tooltip, its alignment and what it gives for other ``roles``."""

    header: str
    text: Callable[[Row], Any] = lambda _row: None
    tooltip: Callable[[Row], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    header_tooltip: str | None = None
    roles: Mapping[int, Callable[[Row], Any]] = field(default_factory=dict)

    def value(self, row: Row, role: Role) -> Any:
        """What ``row`` gives for ``role`` in this column (None: nothing)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and self.tooltip is not None:
            return self.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.align is not None:
            return int(self.align)
        getter = self.roles.get(int(role))
        return None if getter is None else getter(row)


class TableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table of ``rows`` shown in ``columns``."""

    def __init__(self, columns: Sequence[Column[Row]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column[Row]] = list(columns)
        self.rows: list[Row] = []

    @property
    def headers(self) -> list[str]:
        return [column.header for column in self.columns]

    def set_rows(self, rows: list[Row], columns: Sequence[Column[Row]] | None = None) -> None:
        """Show ``rows`` (in ``columns``, when the columns change too)."""
        self.beginResetModel()
        self.rows = rows
        if columns is not None:
            self.columns = list(columns)
        self.endResetModel()

    def row(self, index: ModelIndex) -> Row | None:
        """The row at ``index`` of this model, or None for an invalid index."""
        return self.rows[index.row()] if index.isValid() else None

    @guarded
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    @guarded
    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    @guarded
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # Headers named below the GUI (e.g. SEGMENT_HEADERS, shared with the
            # exports) are marked in the "headers" context; others come translated.
            return QCoreApplication.translate("headers", self.columns[section].header)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.columns[section].header_tooltip
            return None if tip is None else QCoreApplication.translate("headers", tip)
        return None

    @guarded
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.columns[index.column()].value(self.rows[index.row()], role)
