"""Privacy ▸ Pseudonyms…: the table of identifiers and their replacements.

Exports put each replacement in place of its identifier ("Zhang Wei" →
"Respondent 3"); the project's own text never changes.  Every change here is
one undoable project command (:meth:`Project.set_pseudonym`,
:meth:`Project.delete_pseudonyms`) run through :meth:`Session.edit`, so a
refused one (a replacement that names someone, say) is a message, not a
crash.  The table follows the project: an undo elsewhere shows here at once.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcode.core.events import ProjectChanged
from qcode.gui.session import Session
from qcode.model import Pseudonym

KINDS = ("person", "place", "organisation", "address", "phone", "e-mail", "id number", "date")
ORIGINAL, REPLACEMENT, KIND = range(3)
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PseudonymsDialog(QDialog):
    """Identifier | Replacement | Kind; replacement and kind edit in place."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("Pseudonyms")
        self.setWindowTitle(self.tr("Pseudonyms — qcode"))
        self.setAccessibleName(self.tr("Pseudonyms"))
        self._loading = False
        self._entries: list[Pseudonym] = []

        hint = QLabel(
            self.tr(
                "Exports show the replacement wherever the identifier appears. "
                "The project's own text is not changed."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Pseudonym table"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Identifier"), self.tr("Replacement"), self.tr("Kind")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ORIGINAL, Qt.SortOrder.AscendingOrder)
        self.table.itemChanged.connect(self._on_item_changed)

        self.original_edit = QLineEdit(self)
        self.original_edit.setAccessibleName(self.tr("Identifier"))
        self.original_edit.setPlaceholderText(self.tr("e.g. Zhang Wei"))
        self.replacement_edit = QLineEdit(self)
        self.replacement_edit.setAccessibleName(self.tr("Replacement"))
        self.replacement_edit.setPlaceholderText(self.tr("e.g. Respondent 3"))
        self.kind_edit = QComboBox(self)
        self.kind_edit.setEditable(True)
        self.kind_edit.addItems(["", *KINDS])
        self.kind_edit.setAccessibleName(self.tr("Kind"))
        form = QFormLayout()
        form.addRow(self.tr("&Identifier:"), self.original_edit)
        form.addRow(self.tr("&Replacement:"), self.replacement_edit)
        form.addRow(self.tr("&Kind:"), self.kind_edit)
        self.add_button = QPushButton(self.tr("&Add or change"), self)
        self.add_button.setAccessibleName(self.tr("Add or change pseudonym"))
        self.add_button.clicked.connect(self.add_from_form)
        self.replacement_edit.returnPressed.connect(self.add_from_form)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete pseudonyms"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.find_button = QPushButton(self.tr("Find &identifying details…"), self)
        self.find_button.clicked.connect(self._on_find)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.find_button):
            buttons.addWidget(button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.resize(640, 480)
        self.reload()

        # The table has no Qt signal of its own: listen to the project.
        project, listener = session.project, self._on_project_changed
        project.changed.connect(listener)

        def forget(*_args: object) -> None:
            with contextlib.suppress(ValueError):  # already let go
                project.changed.disconnect(listener)

        self.destroyed.connect(forget)

    # -- showing ----------------------------------------------------------------------

    def reload(self) -> None:
        self._entries = self.session.project.pseudonyms()
        self._loading = True
        self.table.setSortingEnabled(False)
        try:
            self.table.setRowCount(len(self._entries))
            for row, entry in enumerate(self._entries):
                original = QTableWidgetItem(entry.original)
                original.setFlags(original.flags() & ~Qt.ItemFlag.ItemIsEditable)
                original.setData(_ID_ROLE, entry.id)
                self.table.setItem(row, ORIGINAL, original)
                self.table.setItem(row, REPLACEMENT, QTableWidgetItem(entry.replacement))
                self.table.setItem(row, KIND, QTableWidgetItem(entry.kind))
        finally:
            self.table.setSortingEnabled(True)
            self._loading = False
        self.delete_button.setEnabled(bool(self.selected()))

    def rows(self) -> list[tuple[str, str, str]]:
        """(identifier, replacement, kind) as shown, top to bottom."""
        return [
            (self._text(row, ORIGINAL), self._text(row, REPLACEMENT), self._text(row, KIND))
            for row in range(self.table.rowCount())
        ]

    def selected(self) -> list[Pseudonym]:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return [entry for row in sorted(rows) if (entry := self._entry_at(row)) is not None]

    def select_original(self, original: str) -> None:
        for row in range(self.table.rowCount()):
            if self._text(row, ORIGINAL) == original:
                self.table.selectRow(row)
                return

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _entry_at(self, row: int) -> Pseudonym | None:
        item = self.table.item(row, ORIGINAL)
        if item is None:
            return None
        entry_id = item.data(_ID_ROLE)
        return next((e for e in self._entries if e.id == entry_id), None)

    def _on_project_changed(self, event: ProjectChanged) -> None:
        if "pseudonyms" in event.kinds:
            self.reload()

    def _on_selection_changed(self) -> None:
        chosen = self.selected()
        self.delete_button.setEnabled(bool(chosen))
        if len(chosen) == 1:
            self.original_edit.setText(chosen[0].original)
            self.replacement_edit.setText(chosen[0].replacement)
            self.kind_edit.setCurrentText(chosen[0].kind)

    # -- editing ----------------------------------------------------------------------

    def add_from_form(self) -> None:
        original, replacement = self.original_edit.text(), self.replacement_edit.text()
        kind = self.kind_edit.currentText().strip()
        entry = self.session.edit(
            lambda: self.session.project.set_pseudonym(original, replacement, kind)
        )
        if entry is not None:
            self.select_original(entry.original)
            self.original_edit.clear()
            self.replacement_edit.clear()
            self.kind_edit.setCurrentText("")
            self.session.status.emit(
                self.tr("Pseudonym set: → {replacement}").format(replacement=entry.replacement)
            )

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.session.edit(lambda: self.session.project.delete_pseudonyms(chosen))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() == ORIGINAL:
            return
        entry = self._entry_at(item.row())
        if entry is None:
            return
        replacement = self._text(item.row(), REPLACEMENT)
        kind = self._text(item.row(), KIND).strip()
        result = self.session.edit(
            lambda: self.session.project.set_pseudonym(entry.original, replacement, kind)
        )
        if result is None:  # refused: show the table as it is
            self.reload()

    def _on_find(self) -> None:
        from qcode.gui.privacy.identifiers_dialog import show_identifiers_dialog

        show_identifiers_dialog(self.session, self.parentWidget() or self)


def show_pseudonyms(session: Session, parent: QWidget) -> PseudonymsDialog:
    """Show the window's Pseudonyms dialog, making it on first use."""
    dialog = parent.findChild(PseudonymsDialog, "Pseudonyms")
    if dialog is None:
        dialog = PseudonymsDialog(session, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
