"""Privacy ▸ Find identifying details…: candidates for the pseudonym table.

The search is the core's (:func:`qcode.analysis.identifiers.find_identifiers`);
this dialog shows its candidates once per distinct text (kind, where, the
passage in context), the researcher ticks the ones to replace and edits the
suggested replacement ("Person 1", "Phone 2", or the table's own for another
spelling of a known identifier), and "Add to pseudonyms" adds all ticked ones
as one undoable edit.  Nothing is added until then.  Double-clicking a row
shows the passage in the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.identifiers.finder import (
    Candidate,
    context,
    find_identifiers,
    suggest_replacements,
)
from qcode.core.pseudonyms import PseudonymEntry, SetPseudonyms
from qcode.gui.i18n.messages import shown
from qcode.gui.session import Session

KEEP, KIND, TEXT, WHERE, CONTEXT, SOURCE, REPLACEMENT = range(7)
# Translated when shown (self.tr): the translator is installed after import.
HEADERS = [
    QT_TRANSLATE_NOOP("IdentifiersDialog", "Replace"),
    QT_TRANSLATE_NOOP("IdentifiersDialog", "Kind"),
    QT_TRANSLATE_NOOP("IdentifiersDialog", "Text"),
    QT_TRANSLATE_NOOP("IdentifiersDialog", "Where"),
    QT_TRANSLATE_NOOP("IdentifiersDialog", "Context"),
    QT_TRANSLATE_NOOP("IdentifiersDialog", "Found by"),
    QT_TRANSLATE_NOOP("IdentifiersDialog", "Replacement"),
]
_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_SOURCES = {
    "rule": QT_TRANSLATE_NOOP("IdentifiersDialog", "pattern"),
    "model": QT_TRANSLATE_NOOP("IdentifiersDialog", "language model"),
    "table": QT_TRANSLATE_NOOP("IdentifiersDialog", "pseudonym table"),
}


@dataclass
class Group:
    """Every occurrence of one candidate text."""

    text: str
    kind: str
    source: str
    known_replacement: str | None
    occurrences: list[Candidate] = field(default_factory=list)


class IdentifiersDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("Find identifying details")
        self.setWindowTitle(self.tr("Find identifying details — qcode"))
        self.setAccessibleName(self.tr("Find identifying details"))
        self.groups: dict[str, Group] = {}
        self._covered: set[str] = set()

        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Look in"))
        self.scope.addItem(self.tr("All documents"), None)
        for document in session.project.documents():
            self.scope.addItem(document.name, document.id)
        search = QPushButton(self.tr("&Search"), self)
        search.clicked.connect(self.search)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Look in:"), self)
        label.setBuddy(self.scope)
        top.addWidget(label)
        top.addWidget(self.scope, 1)
        top.addWidget(search)
        self.notes = QLabel(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a5a00;")

        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setAccessibleName(self.tr("Identifying details"))
        self.table.setHorizontalHeaderLabels([self.tr(header) for header in HEADERS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CONTEXT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        # Sortable by any column once shown; first in the documents' order.
        self.table.setSortingEnabled(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.itemChanged.connect(lambda _item: self._update_buttons())
        self.table.cellDoubleClicked.connect(self._on_double_clicked)

        self.add_button = QPushButton(self.tr("&Add to pseudonyms"), self)
        self.add_button.setAccessibleName(self.tr("Add to pseudonyms"))
        self.add_button.clicked.connect(self.add_ticked)
        tick_all = QPushButton(self.tr("Tick &all"), self)
        tick_all.clicked.connect(lambda: self.tick_all(True))
        untick_all = QPushButton(self.tr("&Untick all"), self)
        untick_all.clicked.connect(lambda: self.tick_all(False))
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (tick_all, untick_all):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        buttons.addWidget(close)

        hint = QLabel(
            self.tr(
                "Tick the details that could identify someone and check each replacement; "
                "exports will show the replacement instead. Double-click a row to see it in "
                "its document."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.notes)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(980, 560)
        self._update_buttons()

    # -- searching --------------------------------------------------------------------

    def search(self) -> None:
        """Look for candidates in the chosen documents (busy cursor meanwhile)."""
        project = self.session.project
        document_id = self.scope.currentData()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            documents = None if document_id is None else [project.document(int(document_id))]
            found = self.session.edit(lambda: find_identifiers(project, documents))
        finally:
            QGuiApplication.restoreOverrideCursor()
        if found is None:
            return
        table = project.pseudonyms()
        self._covered = {entry.original for entry in table}
        self.groups = {}
        for candidate in found:
            group = self.groups.get(candidate.text)
            if group is None:
                group = self.groups[candidate.text] = Group(
                    candidate.text, candidate.kind, candidate.source, candidate.known_replacement
                )
            group.occurrences.append(candidate)
        firsts = [group.occurrences[0] for group in self.groups.values()]
        self._fill(suggest_replacements(firsts, table))
        self.notes.setText("\n".join(shown(note) for note in found.notes))
        self.notes.setVisible(bool(found.notes))
        count = len(self.groups)
        self.session.status.emit(self.tr("%Ln possible identifying details found.", "", count))

    def _fill(self, suggestions: dict[str, str]) -> None:
        texts: dict[int, str] = {}
        self.table.blockSignals(True)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.groups))
        for row, group in enumerate(self.groups.values()):
            covered = group.text in self._covered
            keep = QTableWidgetItem(self.tr("in table") if covered else "")
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if not covered:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                keep.setCheckState(Qt.CheckState.Unchecked)
            keep.setFlags(flags)
            keep.setData(_KEY_ROLE, group.text)
            first = group.occurrences[0]
            text = texts.get(first.document_id)
            if text is None:
                text = texts[first.document_id] = self.session.project.text(first.document_id)
            cells = {
                KIND: group.kind,
                TEXT: " ".join(group.text.split()),
                WHERE: _where(group.occurrences),
                CONTEXT: context(text, first.start, first.end),
                SOURCE: self.tr(_SOURCES.get(group.source, group.source)),
            }
            self.table.setItem(row, KEEP, keep)
            for column, value in cells.items():
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
            replacement = QTableWidgetItem(suggestions.get(group.text, ""))
            if covered:
                replacement.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, REPLACEMENT, replacement)
        self.table.setSortingEnabled(True)
        self.table.blockSignals(False)
        self._update_buttons()

    # -- choosing -----------------------------------------------------------------------

    def row_of(self, text: str) -> int:
        """The row showing candidate ``text`` (-1 if none)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, KEEP)
            if item is not None and item.data(_KEY_ROLE) == text:
                return row
        return -1

    def set_ticked(self, text: str, ticked: bool = True, replacement: str | None = None) -> None:
        row = self.row_of(text)
        if row < 0:
            raise KeyError(text)
        item = self.table.item(row, KEEP)
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        if replacement is not None:
            self.table.item(row, REPLACEMENT).setText(replacement)

    def tick_all(self, ticked: bool) -> None:
        for group in self.groups:
            self.set_ticked(group, ticked)

    def ticked(self) -> list[PseudonymEntry]:
        """What "Add to pseudonyms" adds, in the table's order."""
        entries = []
        for row in range(self.table.rowCount()):
            keep = self.table.item(row, KEEP)
            if keep is None or keep.checkState() != Qt.CheckState.Checked:
                continue
            group = self.groups[keep.data(_KEY_ROLE)]
            replacement = self.table.item(row, REPLACEMENT).text()
            entries.append(PseudonymEntry(group.text, replacement, group.kind))
        return entries

    def add_ticked(self) -> None:
        """Add every ticked candidate to the pseudonym table, as one edit."""
        entries = self.ticked()
        if not entries:
            return
        ids = self.session.edit(lambda: self.session.project.push(SetPseudonyms(entries)))
        if ids is None:
            return
        self.session.status.emit(
            self.tr("Added %Ln pseudonyms (Edit ▸ Undo takes them back).", "", len(entries))
        )
        self._covered |= {entry.original for entry in entries}
        self._fill({t: self.table.item(self.row_of(t), REPLACEMENT).text() for t in self.groups})

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(
            any(
                (item := self.table.item(row, KEEP)) is not None
                and item.checkState() == Qt.CheckState.Checked
                for row in range(self.table.rowCount())
            )
        )

    def _on_double_clicked(self, row: int, column: int) -> None:
        if column == REPLACEMENT:
            return
        keep = self.table.item(row, KEEP)
        group = self.groups.get(keep.data(_KEY_ROLE)) if keep is not None else None
        if group is None:
            return
        first = group.occurrences[0]
        document = self.session.edit(lambda: self.session.project.document(first.document_id))
        if document is not None:
            self.session.open_document(document, select=(first.start, first.end))


def _where(occurrences: list[Candidate]) -> str:
    counts: dict[str, int] = {}
    for candidate in occurrences:
        counts[candidate.document] = counts.get(candidate.document, 0) + 1
    return ", ".join(f"{name} ({n})" if n > 1 else name for name, n in counts.items())


def show_identifiers_dialog(session: Session, parent: QWidget) -> IdentifiersDialog:
    """Open the dialog and search all documents at once."""
    dialog = IdentifiersDialog(session, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.search()
    return dialog
