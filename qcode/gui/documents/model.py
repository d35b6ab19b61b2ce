"""The documents table's Qt model: one row per document (name, number of
codings, then one column per attribute), and the proxy that sorts it by typed
values and filters it by name or attribute value."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QWidget

from qcode.gui.widgets.overrides import guarded
from qcode.gui.widgets.table_model import LEFT, RIGHT, VALUE_ROLE, Column, ModelIndex, TableModel
from qcode.model import AttributeValue, Document

NAME_COLUMN, CODINGS_COLUMN = 0, 1
# Translated when shown, by TableModel.headerData.
FIXED_COLUMNS = (QT_TRANSLATE_NOOP("headers", "Name"), QT_TRANSLATE_NOOP("headers", "Codings"))


def shown_value(value: AttributeValue) -> str:
    """An attribute value as the table (and the attributes dialog) shows it."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _column(header: str, value: Callable[[Document], Any]) -> Column[Document]:
    """A column showing ``value`` of each document: numbers on the right."""

    def shown(document: Document) -> str | None:
        found = value(document)
        return None if found is None else shown_value(found)

    def alignment(document: Document) -> int:
        found = value(document)
        number = isinstance(found, int | float) and not isinstance(found, bool)
        return int(RIGHT if number else LEFT)

    return Column(
        header,
        shown,
        roles={
            Qt.ItemDataRole.EditRole: shown,
            Qt.ItemDataRole.TextAlignmentRole: alignment,
            VALUE_ROLE: value,
        },
    )


class DocumentTableModel(TableModel[Document]):
    """One row per document: name, coding count, then the attributes (sorted)."""

    renameRequested = Signal(object, str)  # (Document, new name): the panel asks the project

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self._rows: dict[int, int] = {}
        self._counts: dict[int, int] = {}
        self._attributes: list[str] = []

    # -- loading ----------------------------------------------------------------------

    def load(self, documents: Sequence[Document], counts: dict[int, int]) -> None:
        listed = list(documents)
        self._rows = {document.id: row for row, document in enumerate(listed)}
        self._counts = dict(counts)
        self._attributes = self._attribute_names(listed)
        columns = [
            _column(FIXED_COLUMNS[NAME_COLUMN], lambda document: document.name),
            _column(FIXED_COLUMNS[CODINGS_COLUMN], lambda d: self._counts.get(d.id, 0)),
            *(
                _column(name, lambda document, name=name: document.attributes.get(name))
                for name in self._attributes
            ),
        ]
        self.set_rows(listed, columns)

    @staticmethod
    def _attribute_names(documents: Sequence[Document]) -> list[str]:
        names = {name for document in documents for name in document.attributes}
        return sorted(names, key=lambda name: (name.casefold(), name))

    def update_documents(self, documents: Sequence[Document]) -> bool:
        """Redraw these rows; ``False`` when the attribute columns would change
        (the caller then reloads everything)."""
        merged = list(self.rows)
        for document in documents:
            merged[self._rows[document.id]] = document
        if self._attribute_names(merged) != self._attributes:
            return False
        self.rows = merged
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
        return list(self.rows)

    def document(self, row: int) -> Document:
        return self.rows[row]

    def row_of(self, document_id: int) -> int | None:
        return self._rows.get(document_id)

    def count(self, document_id: int) -> int:
        return self._counts.get(document_id, 0)

    def sort_key(self, row: int, column: int) -> Any:
        """Typed: numbers by value, text without case; ``None`` when missing."""
        value = self.columns[column].value(self.rows[row], VALUE_ROLE)
        return (value.casefold(), value) if isinstance(value, str) else value

    def matches(self, row: int, needle: str) -> bool:
        """Whether the name or an attribute value contains ``needle`` (case-folded)."""
        document = self.rows[row]
        texts = [document.name, *(shown_value(v) for v in document.attributes.values())]
        return any(needle in text.casefold() for text in texts)

    # -- renaming in place ------------------------------------------------------------------

    @guarded
    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == NAME_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    @guarded
    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != NAME_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        document, name = self.rows[index.row()], str(value)
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

    @guarded
    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        return not self._needle or self._source.matches(source_row, self._needle)

    @guarded
    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        first = self._source.sort_key(left.row(), left.column())
        second = self._source.sort_key(right.row(), right.column())
        if first is None or second is None:  # missing values last, in either order
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (first is None) == descending and (second is None) != descending
        return bool(first < second)
