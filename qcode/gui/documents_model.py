"""The documents table's Qt model: one row per document (name, number of
codings, then one column per attribute), and the proxy that sorts it by typed
values and filters it by name or attribute value."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from qcode.model import AttributeValue, Document

NAME_COLUMN, CODINGS_COLUMN = 0, 1
FIXED_COLUMNS = ("Name", "Codings")
AnyIndex = QModelIndex | QPersistentModelIndex


def shown_value(value: AttributeValue) -> str:
    """An attribute value as the table (and the attributes dialog) shows it."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


class DocumentTableModel(QAbstractTableModel):
    """One row per document: name, coding count, then the attributes (sorted)."""

    renameRequested = Signal(object, str)  # (Document, new name): the panel asks the project

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: list[Document] = []
        self._rows: dict[int, int] = {}
        self._counts: dict[int, int] = {}
        self._attributes: list[str] = []

    # -- loading ----------------------------------------------------------------------

    def load(self, documents: Sequence[Document], counts: dict[int, int]) -> None:
        self.beginResetModel()
        self._documents = list(documents)
        self._rows = {document.id: row for row, document in enumerate(self._documents)}
        self._counts = dict(counts)
        self._attributes = self._attribute_names(self._documents)
        self.endResetModel()

    @staticmethod
    def _attribute_names(documents: Sequence[Document]) -> list[str]:
        names = {name for document in documents for name in document.attributes}
        return sorted(names, key=lambda name: (name.casefold(), name))

    def update_documents(self, documents: Sequence[Document]) -> bool:
        """Redraw these rows; ``False`` when the attribute columns would change
        (the caller then reloads everything)."""
        merged = list(self._documents)
        for document in documents:
            merged[self._rows[document.id]] = document
        if self._attribute_names(merged) != self._attributes:
            return False
        self._documents = merged
        for document in documents:
            row = self._rows[document.id]
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def set_counts(self, counts: dict[int, int]) -> None:
        for document_id, count in counts.items():
            row = self._rows.get(document_id)
            if row is None or self._counts.get(document_id) == count:
                continue
            self._counts[document_id] = count
            cell = self.index(row, CODINGS_COLUMN)
            self.dataChanged.emit(cell, cell)

    # -- lookups ------------------------------------------------------------------------

    def documents(self) -> list[Document]:
        return list(self._documents)

    def document(self, row: int) -> Document:
        return self._documents[row]

    def row_of(self, document_id: int) -> int | None:
        return self._rows.get(document_id)

    def count(self, document_id: int) -> int:
        return self._counts.get(document_id, 0)

    def _value(self, row: int, column: int) -> Any:
        document = self._documents[row]
        if column == NAME_COLUMN:
            return document.name
        if column == CODINGS_COLUMN:
            return self._counts.get(document.id, 0)
        return document.attributes.get(self._attributes[column - len(FIXED_COLUMNS)])

    def sort_key(self, row: int, column: int) -> Any:
        """Typed: numbers by value, text without case; ``None`` when missing."""
        value = self._value(row, column)
        return (value.casefold(), value) if isinstance(value, str) else value

    def matches(self, row: int, needle: str) -> bool:
        """Whether the name or an attribute value contains ``needle`` (case-folded)."""
        document = self._documents[row]
        texts = [document.name, *(shown_value(v) for v in document.attributes.values())]
        return any(needle in text.casefold() for text in texts)

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED_COLUMNS) + len(self._attributes)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(FIXED_COLUMNS):
            return FIXED_COLUMNS[section]
        return self._attributes[section - len(FIXED_COLUMNS)]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._value(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if value is None:
                return None
            return value if index.column() == NAME_COLUMN else shown_value(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, int | float) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == NAME_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != NAME_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        document, name = self._documents[index.row()], str(value)
        if name.strip() == document.name:
            return False
        # The row changes when the project says it did; a refused name leaves the old one.
        self.renameRequested.emit(document, name)
        return True


class DocumentFilterProxy(QSortFilterProxyModel):
    """Sorts by typed values and keeps rows whose name or attributes match the filter."""

    def __init__(self, source: DocumentTableModel) -> None:
        super().__init__(source)
        self._source = source
        self._needle = ""
        self.setSourceModel(source)

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return not self._needle or self._source.matches(source_row, self._needle)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        first = self._source.sort_key(left.row(), left.column())
        second = self._source.sort_key(right.row(), right.column())
        if first is None or second is None:  # missing values last, in either order
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (first is None) == descending and (second is None) != descending
        return bool(first < second)
