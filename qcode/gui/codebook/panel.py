"""The code tree: the codebook with coding counts, favourite keys and editing.

Every change the user makes here is one core call through
:meth:`Session.edit`; the tree itself only ever changes when the session
announces a change (``codesChanged`` rebuilds it, ``codingsChanged`` updates
the counts of the codes concerned).  Drags carry code UUIDs; text dragged
from the document view carries a span in code points (:data:`SPAN_MIME`).
The tree's model and view are in :mod:`qcode.gui.codebook.tree`, its dialogs
in :mod:`qcode.gui.codebook.code_dialogs`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from qcode.gui.codebook.code_dialogs import DescriptionDialog, ask_merge_target, confirm
from qcode.gui.codebook.tree import (
    CODE_ID_ROLE,
    CODE_MIME,
    COUNT,
    KEY,
    NAME,
    CodebookModel,
    CodeTree,
    code_row,
    dragged_code_uuids,
    drop_destination,
    swatch,
)
from qcode.gui.session import Session
from qcode.model import Code, Codebook

SPAN_MIME = "application/x-qcode-span"  # UTF-8 JSON {"document": uuid, "start", "end"}
Key = str | QKeySequence.StandardKey | None


class CodebookPanel(QWidget):
    """The codebook as a tree: find, apply, edit, move and count codes."""

    segmentsRequested = Signal(object, bool)  # (Code, include sub-codes)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._codebook = Codebook([])
        self._counts: dict[int, int] = {}
        self._items: dict[int, QStandardItem] = {}  # code id → its name item
        self._expanded: set[int] | None = None  # None until the first build: expand all
        self._restoring = False
        self._icons: dict[str, QIcon] = {}

        self._filter = QLineEdit(self)
        self._filter.setPlaceholderText(self.tr("Find a code…"))
        self._filter.setClearButtonEnabled(True)
        self._filter.setAccessibleName(self.tr("Find code"))
        self.model = CodebookModel(self, (CODE_MIME, SPAN_MIME), self._on_name_edited)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(NAME)
        self.proxy.setRecursiveFilteringEnabled(True)  # ancestors of a match stay visible
        self.tree = CodeTree(self, self.handle_drop)
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Codebook"))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setExpandsOnDoubleClick(False)  # double-click applies the code
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COUNT, KEY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._filter)
        layout.addWidget(self.tree)
        QWidget.setTabOrder(self._filter, self.tree)
        self._make_actions()

        self._filter.textChanged.connect(self._on_filter_changed)
        self.tree.expanded.connect(lambda index: self._on_expansion(index, True))
        self.tree.collapsed.connect(lambda index: self._on_expansion(index, False))
        self.tree.doubleClicked.connect(self._on_double_clicked)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        self.tree.selectionModel().currentChanged.connect(self._update_actions)
        session.codesChanged.connect(self._on_codes_changed)
        session.codingsChanged.connect(self._on_codings_changed)
        session.favouritesChanged.connect(self._on_favourites_changed)
        self._rebuild()

    # -- actions ----------------------------------------------------------------------

    def _action(
        self, text: str, handler: Callable[[Code], object] | None, key: Key = None
    ) -> QAction:
        """An action on the current code (``handler`` gets it); ``key`` works in this panel."""
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if handler is not None:
            action.triggered.connect(lambda: (code := self.current_code()) and handler(code))
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.new_code_action = self._action(self.tr("&New Code…"), None, "Ctrl+Shift+N")
        self.new_code_action.triggered.connect(lambda: self._create_code(None))
        self.new_subcode_action = self._action(self.tr("New &Sub-code…"), self._create_code)
        self.rename_action = self._action(self.tr("&Rename"), self._on_rename, "F2")
        self.recolor_action = self._action(self.tr("&Colour…"), self._on_recolor)
        self.describe_action = self._action(
            self.tr("&Description and Keywords…"), self._on_describe
        )
        self.merge_action = self._action(self.tr("&Merge Into…"), self._on_merge)
        self.delete_action = self._action(
            self.tr("&Delete Code…"), self._on_delete, QKeySequence.StandardKey.Delete
        )
        self.show_segments_action = self._action(
            self.tr("Show Coded &Segments"), self._on_show_segments
        )
        self.apply_action = self._action(self.tr("&Apply to Selection"), self.session.apply_code)
        self.favourite_menu = QMenu(self.tr("Favourite &Key"), self)
        group = QActionGroup(self)
        self.favourite_actions: dict[int | None, QAction] = {}
        for key in [*range(1, 10), None]:
            action = QAction(self.tr("None") if key is None else str(key), group)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, k=key: self._on_favourite_chosen(k))
            self.favourite_menu.addAction(action)
            self.favourite_actions[key] = action
        self._code_actions = [
            self.new_subcode_action, self.rename_action, self.recolor_action,
            self.describe_action, self.merge_action, self.delete_action,
            self.show_segments_action, self.apply_action, self.favourite_menu.menuAction(),
        ]  # fmt: skip

    def _update_actions(self) -> None:
        code = self.current_code()
        for action in self._code_actions:
            action.setEnabled(code is not None)
        keys = self._keys()
        names = {
            key: self._codebook.codes[i].name for i, key in keys.items() if i in self._codebook
        }
        for key, action in self.favourite_actions.items():
            action.setChecked(key == (code and keys.get(code.id)))
            if key is not None:  # say which code holds each key
                action.setText(f"&{key}" + (f"  ({names[key]})" if key in names else ""))

    # -- reading the tree ---------------------------------------------------------------

    def current_code(self) -> Code | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self._codebook.codes.get(index.siblingAtColumn(NAME).data(CODE_ID_ROLE))

    def select_code(self, code_id: int) -> None:
        """Make ``code_id`` the current code, showing it (clearing the filter if it hides it)."""
        item = self._items.get(code_id)
        if item is None:
            return
        index = self.proxy.mapFromSource(item.index())
        if not index.isValid():
            self._filter.clear()
            index = self.proxy.mapFromSource(item.index())
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def _keys(self) -> dict[int, int]:
        return {code.id: key for key, code in self.session.favourites().items()}

    # -- building and refreshing ----------------------------------------------------------

    def _row(self, code: Code, keys: dict[int, int]) -> list[QStandardItem]:
        if code.color not in self._icons:
            self._icons[code.color] = swatch(code.color)
        row = code_row(code, self._icons[code.color], keys.get(code.id))
        self._items[code.id] = row[NAME]
        return row

    def _tree_rows(self, keys: dict[int, int]) -> list[list[QStandardItem]]:
        """The top-level rows, each holding its sub-codes' rows, built before
        any is shown (one insertion into the model per top-level code)."""
        top: list[list[QStandardItem]] = []
        # An explicit stack, not recursion: an older project may nest codes
        # deeper than Python's recursion limit.
        pending: list[tuple[QStandardItem | None, int | None]] = [(None, None)]
        while pending:
            parent, parent_id = pending.pop()
            for code in self._codebook.children(parent_id):
                row = self._row(code, keys)
                if parent is None:
                    top.append(row)
                else:
                    parent.appendRow(row)
                pending.append((row[NAME], code.id))
        return top

    def _rebuild(self) -> None:
        current = self.current_code()
        self._codebook = self.session.project.codebook()
        self._counts = self.session.project.coding_counts()
        keys = self._keys()
        self._items = {}
        self.model.removeRows(0, self.model.rowCount())
        for row in self._tree_rows(keys):
            self.model.appendRow(row)
        self._show_counts(self._codebook.codes)
        if self._expanded is None:
            self._expanded = {code.id for code in self._codebook.walk()}
        self._restore_expansion()
        if current is not None and current.id in self._items:
            index = self.proxy.mapFromSource(self._items[current.id].index())
            self.tree.setCurrentIndex(index)
        self._update_actions()

    def _restore_expansion(self) -> None:
        self._restoring = True
        try:
            if self._filter.text():
                self.tree.expandAll()  # every match visible
                return
            self.tree.collapseAll()  # what the filter expanded goes back as the user left it
            for code_id in self._expanded or ():
                item = self._items.get(code_id)
                if item is not None and item.hasChildren():
                    self.tree.expand(self.proxy.mapFromSource(item.index()))
        finally:
            self._restoring = False

    def _show_counts(self, code_ids: Iterable[int]) -> None:
        for code_id in code_ids:
            item = self._items.get(code_id)
            if item is None:
                continue
            own = self._counts.get(code_id, 0)
            text, tip = str(own), self.tr("{own} codings of this code").format(own=own)
            if item.hasChildren():
                below = self._codebook.descendants(code_id)
                total = own + sum(self._counts.get(c.id, 0) for c in below)
                text, tip = (
                    f"{own} ({total})",
                    self.tr("{tip}, {total} with its sub-codes").format(tip=tip, total=total),
                )
            count = self.model.itemFromIndex(item.index().siblingAtColumn(COUNT))
            count.setText(text)
            count.setToolTip(tip)

    def _on_codes_changed(self, _code_ids: frozenset[int]) -> None:
        self._rebuild()

    def _on_codings_changed(self, _document_ids: frozenset[int], code_ids: frozenset[int]) -> None:
        project = self.session.project
        if not code_ids:
            self._counts = project.coding_counts()
            self._show_counts(self._codebook.codes)
            return
        shown: set[int] = set()
        for code_id in code_ids:
            code = self._codebook.codes.get(code_id)
            if code is None:
                continue
            self._counts[code_id] = project.coding_count(code=code)
            ancestor: int | None = code_id
            while ancestor is not None:
                shown.add(ancestor)
                ancestor = self._codebook.codes[ancestor].parent_id
        self._show_counts(shown)

    def _on_favourites_changed(self) -> None:
        keys = self._keys()
        for code_id, item in self._items.items():
            key_item = self.model.itemFromIndex(item.index().siblingAtColumn(KEY))
            key_item.setText(str(keys.get(code_id, "")))
        self._update_actions()

    def _on_filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._restore_expansion()

    def _on_expansion(self, index: QModelIndex, expanded: bool) -> None:
        if self._restoring or self._filter.text() or self._expanded is None:
            return  # only what the user opens or closes in the whole tree is remembered
        code_id = index.siblingAtColumn(NAME).data(CODE_ID_ROLE)
        (self._expanded.add if expanded else self._expanded.discard)(code_id)

    # -- using codes ---------------------------------------------------------------------

    def _on_double_clicked(self, index: QModelIndex) -> None:
        code = self._codebook.codes.get(index.siblingAtColumn(NAME).data(CODE_ID_ROLE))
        if code is not None and self.session.selection() is not None:
            self.session.apply_code(code)
        elif code is not None:
            self.segmentsRequested.emit(code, False)

    def _on_show_segments(self, code: Code) -> None:
        # A code with sub-codes shows theirs too, like NVivo's aggregate view.
        self.segmentsRequested.emit(code, bool(self._codebook.children(code.id)))

    def _on_favourite_chosen(self, key: int | None) -> None:
        code = self.current_code()
        current_key = None if code is None else self._keys().get(code.id)
        if code is not None and key is not None:
            self.session.set_favourite(key, code)
        elif current_key is not None:
            self.session.set_favourite(current_key, None)

    def _on_context_menu(self, pos: QPoint) -> None:
        self.context_menu(pos).exec(self.tree.viewport().mapToGlobal(pos))

    def context_menu(self, pos: QPoint) -> QMenu:
        """The right-click menu for the code at ``pos`` (tree viewport coordinates)."""
        self.tree.setCurrentIndex(self.tree.indexAt(pos))  # none on empty space
        menu = QMenu(self)
        if self.current_code() is None:
            menu.addAction(self.new_code_action)
            return menu
        if self.session.selection() is not None:
            menu.addAction(self.apply_action)
        menu.addAction(self.show_segments_action)
        menu.addSeparator()
        for action in (self.new_code_action, self.new_subcode_action, self.rename_action,
                       self.recolor_action, self.describe_action):  # fmt: skip
            menu.addAction(action)
        menu.addMenu(self.favourite_menu)
        menu.addSeparator()
        menu.addAction(self.merge_action)
        menu.addAction(self.delete_action)
        return menu

    # -- editing codes -------------------------------------------------------------------

    def _create_code(self, parent: Code | None) -> None:
        where = "" if parent is None else self.tr(" under '{name}'").format(name=parent.name)
        name, ok = QInputDialog.getText(
            self, self.tr("New Code"), self.tr("Name of the new code{where}:").format(where=where)
        )
        if ok and name.strip():
            project = self.session.project
            code = self.session.edit(lambda: project.create_code(name.strip(), parent))
            if code is not None:
                self.select_code(code.id)

    def _on_rename(self, _code: Code) -> None:
        self.tree.edit(self.tree.currentIndex().siblingAtColumn(NAME))

    def _on_name_edited(self, code_id: int, name: str) -> bool:
        code = self._codebook.codes.get(code_id)
        if code is None or name.strip() == code.name:
            return False
        # On success codesChanged rebuilds the tree; on failure the item keeps its name.
        self.session.edit(lambda: self.session.project.update_code(code, name=name))
        return code_id in self._items and self._items[code_id].text() == name.strip()

    def _on_recolor(self, code: Code) -> None:
        color = QColorDialog.getColor(
            QColor(code.color), self, self.tr("Colour of '{name}'").format(name=code.name)
        )
        if color.isValid() and color.name() != code.color.lower():
            self.session.edit(lambda: self.session.project.update_code(code, color=color.name()))

    def _on_describe(self, code: Code) -> None:
        dialog = DescriptionDialog(code, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        project = self.session.project
        description, keywords = dialog.description(), dialog.keywords()
        # One command per changed property, so each has its own undo label.
        if description != code.description:
            self.session.edit(lambda: project.update_code(code, description=description))
        if keywords != code.keywords:
            self.session.edit(lambda: project.update_code(code, keywords=list(keywords)))

    def _on_merge(self, code: Code) -> None:
        excluded = {code.id, *(c.id for c in self._codebook.descendants(code.id))}
        paths = {
            self._codebook.path(c.id): c for c in self._codebook.walk() if c.id not in excluded
        }
        if not paths:
            self.session.status.emit(self.tr("There is no other code to merge into."))
            return
        target = ask_merge_target(self, code, paths, self._counts.get(code.id, 0))
        if target is not None:
            self.session.edit(lambda: self.session.project.merge_codes(code, target))
            self.select_code(target.id)

    def _on_delete(self, code: Code) -> None:
        below = self._codebook.descendants(code.id)
        codings = sum(self._counts.get(c.id, 0) for c in [code, *below])
        what = f"'{code.name}'" + (
            self.tr(" and its {n_below} sub-codes").format(n_below=len(below)) if below else ""
        )
        text = self.tr("Delete the code {what}? {codings} codings will be removed with it.").format(
            what=what, codings=codings
        )
        if confirm(self, self.tr("Delete Code"), text):
            self.session.edit(lambda: self.session.project.delete_code(code))

    # -- drag and drop ---------------------------------------------------------------------

    def handle_drop(self, mime: QMimeData, index: QModelIndex, place: str) -> None:
        """A drop at ``index`` of the tree, "above", "below" or "on" it (or on the "viewport")."""
        target = self._codebook.codes.get(index.siblingAtColumn(NAME).data(CODE_ID_ROLE))
        if mime.hasFormat(CODE_MIME):
            self._drop_codes(mime, target, place)
        elif mime.hasFormat(SPAN_MIME) and target is not None:
            self._drop_span(mime, target)

    def _drop_codes(self, mime: QMimeData, target: Code | None, place: str) -> None:
        uuids = dragged_code_uuids(mime)
        codebook = self.session.project.codebook()
        code = codebook.by_uuid(uuids[0]) if uuids else None
        if code is None:
            return
        destination = drop_destination(codebook, code, target, place)
        if destination is None:
            return  # dropped where it already is, or onto itself
        parent_id, position = destination
        parent = None if parent_id is None else codebook.codes[parent_id]
        self.session.edit(lambda: self.session.project.move_code(code, parent, position))
        if self._codebook.codes[code.id].parent_id == parent_id:  # moved, not refused
            self.select_code(code.id)

    def _drop_span(self, mime: QMimeData, code: Code) -> None:
        try:
            payload = json.loads(bytes(mime.data(SPAN_MIME).data()).decode("utf-8"))
            uuid, start, end = str(payload["document"]), int(payload["start"]), int(payload["end"])
        except (ValueError, KeyError, TypeError):
            self.session.error.emit(self.tr("The dragged text could not be read."))
            return
        document = self.session.edit(lambda: self.session.project.document(uuid))
        if document is not None:
            self.session.apply_code(code, (document, start, end))
