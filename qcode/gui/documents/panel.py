"""The list of documents in the main window (NVivo's "Files", MAXQDA's
"Document System"): name, number of codings and one column per attribute.

Choosing a row opens that document; F2 renames it in place, Delete removes
the selected documents (after asking), and "Edit attributes…" and
"Document memo…" open dialogs.  The table follows the project's change
signals and redraws only the rows and counts that changed.
The table's model is in :mod:`qcode.gui.documents.model`, the attributes
dialog in :mod:`qcode.gui.documents.attributes_dialog`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.errors import QcodeError
from qcode.gui.coding.memo_dialog import edit_memos
from qcode.gui.documents.attributes_dialog import AttributesDialog
from qcode.gui.documents.model import NAME_COLUMN, DocumentFilterProxy, DocumentTableModel
from qcode.gui.i18n.plurals import sentence_list
from qcode.gui.session import Session
from qcode.model import Document

# Past this many changed documents a full reload is as cheap as row updates.
ROW_UPDATE_LIMIT = 50


class DocumentsPanel(QWidget):
    """The project's documents as a sortable, filterable table."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._syncing = False  # True while the table follows the session, not the user
        # Other features add to the right-click menu (the main window wires
        # them): hook(menu, selected documents).
        self.context_menu_hooks: list[Callable[[QMenu, list[Document]], None]] = []
        self.model = DocumentTableModel(self)
        self.proxy = DocumentFilterProxy(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter documents…"))
        self.filter_edit.setAccessibleName(self.tr("Filter documents"))
        self.filter_edit.setClearButtonEnabled(True)

        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Documents"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the project's own order
        self.view.setSortingEnabled(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)

        self.open_action = self._action(self.tr("&Open"), None, self._on_open)
        self.rename_action = self._action(
            self.tr("&Rename"), QKeySequence(Qt.Key.Key_F2), self._on_rename
        )
        self.delete_action = self._action(
            self.tr("&Delete…"), QKeySequence(QKeySequence.StandardKey.Delete), self._on_delete
        )
        self.attributes_action = self._action(
            self.tr("Edit &attributes…"), None, self._on_attributes
        )
        self.memo_action = self._action(self.tr("Document &memo…"), None, self._on_memo)
        self._single_document_actions = (
            self.open_action, self.rename_action, self.attributes_action, self.memo_action
        )  # fmt: skip

        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.model.renameRequested.connect(self._on_rename_requested)
        session.documentsChanged.connect(self._on_documents_changed)
        session.codingsChanged.connect(self._on_codings_changed)
        session.currentDocumentChanged.connect(self._on_current_document_changed)
        self.reload()

    def _action(self, text: str, shortcut: QKeySequence | None, handler: Any) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(handler)
        self.addAction(action)
        return action

    @contextlib.contextmanager
    def _following_session(self) -> Iterator[None]:
        # Filtering or reloading moves Qt's current row; that must not open a document.
        syncing, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = syncing

    # -- reading the project --------------------------------------------------------------

    def reload(self) -> None:
        """Read every document and count again (a new project, an undo of an import…)."""
        project = self.session.project
        with self._following_session():
            self.model.load(project.documents(), project.coding_counts_by_document())
        self.view.resizeColumnToContents(NAME_COLUMN)
        self._select_current_document()
        self._update_actions()

    def _on_documents_changed(self, ids: frozenset[int]) -> None:
        if not ids or len(ids) > ROW_UPDATE_LIMIT:
            self.reload()
            return
        changed = []
        for document_id in ids:
            if self.model.row_of(document_id) is None:  # added (or re-added by an undo)
                self.reload()
                return
            try:
                changed.append(self.session.project.document(document_id))
            except QcodeError:  # deleted
                self.reload()
                return
        with self._following_session():
            updated = self.model.update_documents(changed)
        if not updated:
            self.reload()

    def _on_codings_changed(self, document_ids: frozenset[int], _codes: frozenset[int]) -> None:
        project = self.session.project
        if not document_ids:
            counts = project.coding_counts_by_document()
            counts.update({d.id: counts.get(d.id, 0) for d in self.model.documents()})
        else:
            counts = {
                document_id: project.coding_count(document=self.model.document(row))
                for document_id in document_ids
                if (row := self.model.row_of(document_id)) is not None
            }
        with self._following_session():
            self.model.set_counts(counts)

    # -- what is selected -------------------------------------------------------------------

    def selected_documents(self) -> list[Document]:
        """The selected documents, top to bottom as shown."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [
            self.model.document(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows
        ]

    def document_index(self, document: Document) -> QModelIndex:
        """The (proxy) index of ``document``'s name cell; invalid if hidden or gone."""
        row = self.model.row_of(document.id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, NAME_COLUMN))

    def _chosen_document(self) -> Document | None:
        """The document single-document actions act on: the current row if selected."""
        current = self.view.selectionModel().currentIndex()
        if current.isValid() and self.view.selectionModel().isRowSelected(current.row()):
            return self.model.document(self.proxy.mapToSource(current).row())
        selected = self.selected_documents()
        return selected[0] if selected else None

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        document = self.model.document(self.proxy.mapToSource(current).row())
        shown = self.session.current_document
        if shown is not None and shown.id == document.id:
            return
        with self._following_session():
            self.session.open_document(document)

    def _on_current_document_changed(self, _document: Document | None) -> None:
        if not self._syncing:
            self._select_current_document()

    def _select_current_document(self) -> None:
        document = self.session.current_document
        selection = self.view.selectionModel()
        index = QModelIndex() if document is None else self.document_index(document)
        with self._following_session():
            if not index.isValid():
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
                return
            self._select_row(index)
            self.view.scrollTo(index)

    def _select_row(self, index: QModelIndex) -> None:
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)

    def _on_filter_changed(self, text: str) -> None:
        with self._following_session():
            self.proxy.set_filter_text(text)
        self._select_current_document()

    def _update_actions(self) -> None:
        selected = len(self.view.selectionModel().selectedRows())
        for action in self._single_document_actions:
            action.setEnabled(selected == 1)
        self.delete_action.setEnabled(selected >= 1)

    # -- actions -----------------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        """The right-click menu (built fresh, so it shows the current state)."""
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addSeparator()
        for action in (self.rename_action, self.attributes_action, self.memo_action):
            menu.addAction(action)
        selected = self.selected_documents()
        for hook in self.context_menu_hooks:
            hook(menu, selected)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def _on_context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            self._select_row(index)
        menu = self.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _on_open(self) -> None:
        document = self._chosen_document()
        if document is not None:
            self.session.open_document(document)

    def _on_rename(self) -> None:
        document = self._chosen_document()
        if document is not None:
            index = self.document_index(document)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def _on_rename_requested(self, document: Document, name: str) -> None:
        self.session.edit(lambda: self.session.project.rename_document(document, name))
        row = self.model.row_of(document.id)
        if row is not None:  # refused: show the old name again
            cell = self.model.index(row, NAME_COLUMN)
            self.model.dataChanged.emit(cell, cell)

    def _on_delete(self) -> None:
        documents = self.selected_documents()
        if not documents:
            return
        codings = sum(self.model.count(document.id) for document in documents)
        coding_words = self.tr("%Ln codings", "", codings)
        if len(documents) == 1:
            what = self.tr("the document '{name}' and its {coding_words}").format(
                name=documents[0].name, coding_words=coding_words
            )
        else:
            names = [f"'{d.name}'" for d in documents[:5]]
            if len(documents) > 5:
                names.append(self.tr("%Ln more", "", len(documents) - 5))
            what = self.tr("%Ln documents ({names}) and their {coding_words}", "", len(documents))
            what = what.format(names=sentence_list(names), coding_words=coding_words)
        answer = QMessageBox.question(
            self,
            self.tr("Delete documents"),
            self.tr(
                "Delete {what}? Memos on them go too.\n\nYou can undo this with Edit ▸ Undo."
            ).format(what=what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.edit(lambda: self.session.project.delete_documents(documents))

    def _on_attributes(self) -> None:
        document = self._chosen_document()
        if document is None:
            return
        dialog = AttributesDialog(self.session, document, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _on_memo(self) -> None:
        document = self._chosen_document()
        if document is not None:
            edit_memos(
                self.session,
                "document",
                document.id,
                self.tr("Memos on '{name}'").format(name=document.name),
                self,
                target_name=document.name,
            )
