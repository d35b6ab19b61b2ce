"""The dialog that edits one document's (or case's) attributes (name/value rows)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcode.errors import QcodeError
from qcode.gui.documents.model import shown_value
from qcode.gui.i18n.messages import error_text
from qcode.gui.session import Session
from qcode.gui.widgets.overrides import guarded
from qcode.model import AttributeValue, Case, Document


class AttributesDialog(QDialog):
    """Name/value rows for one document's (or case's) attributes; OK sets
    them in one edit.

    Values are typed by the project (``year`` = ``2021`` is a whole number);
    a value that does not fit its attribute's type is reported here and the
    dialog stays open with what the user typed.  An empty value removes the
    attribute from this document.
    """

    def __init__(self, session: Session, document: Document | Case, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.document = document
        self._original = {name: shown_value(v) for name, v in document.attributes.items()}
        self.setWindowTitle(self.tr("Attributes of '{name}'").format(name=document.name))
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Attributes"))
        self.table.setHorizontalHeaderLabels([self.tr("Attribute"), self.tr("Value")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        for name in sorted(self._original, key=str.casefold):
            self.add_row(name, self._original[name])
        add_button = QPushButton(self.tr("&Add attribute"))
        add_button.clicked.connect(self._on_add_row)
        self.remove_button = QPushButton(self.tr("&Remove attribute"))
        self.remove_button.clicked.connect(self._on_remove_row)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Attribute problem"))
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row_buttons)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def add_row(self, name: str = "", value: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        return row

    def rows(self) -> list[tuple[str, str]]:
        """(name, value) as typed, top to bottom."""
        cells = [
            (self.table.item(r, 0), self.table.item(r, 1)) for r in range(self.table.rowCount())
        ]
        return [(n.text() if n else "", v.text() if v else "") for n, v in cells]

    def _on_add_row(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def _on_remove_row(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        for row in sorted(rows or {self.table.currentRow()}, reverse=True):
            if row >= 0:
                self.table.removeRow(row)

    def changes(self) -> dict[str, AttributeValue | None]:
        """What OK sets: changed and new values, ``None`` for removed attributes."""
        kept: dict[str, str] = {}
        for name, value in self.rows():
            name, value = name.strip(), value.strip()
            if not name and not value:
                continue
            if not name:
                raise QcodeError(
                    self.tr("the value '{value}' needs an attribute name").format(value=value)
                )
            if name in kept:
                raise QcodeError(self.tr("'{name}' is listed twice").format(name=name))
            kept[name] = value
        values: dict[str, AttributeValue | None] = {
            name: value
            for name, value in kept.items()
            if value and self._original.get(name) != value
        }
        values.update({name: None for name in self._original if not kept.get(name)})
        return values

    @guarded
    def accept(self) -> None:
        try:
            values = self.changes()
            if values and isinstance(self.document, Case):
                self.session.project.set_case_attributes(self.document, values)
            elif values:
                self.session.project.set_attributes(self.document, values)
        except QcodeError as problem:
            self.message.setText(error_text(problem))
            self.message.show()
            return
        super().accept()
