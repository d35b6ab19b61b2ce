"""The Cases panel: the informants, incidents and institutions a finding is
about, each with a type, attributes, a memo and its members (documents,
speakers and single codings assigned to it).

Everything here is an undoable edit: New case…, Edit…, Attributes…, Memo…,
Delete…, Import case list… (CSV or Excel: a row per case, a column per
attribute) and, in the members list below, Remove from case.  Documents,
speakers and codings are assigned from their own context menus.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.filters import attribute_text
from qcode.gui.coding.memo_dialog import edit_memos
from qcode.gui.documents.attributes_dialog import AttributesDialog
from qcode.gui.findings.case_dialogs import edit_case, import_case_list
from qcode.gui.findings.later import LaterRefresh
from qcode.gui.i18n.plurals import number, sentence_list
from qcode.gui.session import Session
from qcode.gui.widgets.overrides import guarded
from qcode.gui.widgets.table_model import RIGHT, Column, TableModel
from qcode.gui.widgets.text import one_line
from qcode.model import AttributeValue, Case, CaseMember, Segment

MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
# Attributes are read for this many rows at a time, as they come into view:
# a survey's 50,000 respondents hold a million values.
PAGE = 256
# Columns fit the widest of this many rows (plus those on screen), not all of them.
SIZING_ROWS = 200

Attributes = Callable[[Case], Mapping[str, AttributeValue]]


def case_columns(attributes: list[str], values: Attributes | None = None) -> list[Column[Case]]:
    """The panel's columns; ``values`` gives a case's attributes (by default
    the ones it was read with)."""
    of: Attributes = values or (lambda case: case.attributes)
    fixed = [
        Column[Case](
            QCoreApplication.translate("findings.cases_panel", "Case"),
            lambda c: c.name,
            tooltip=lambda c: c.description or None,
        ),
        Column[Case](QCoreApplication.translate("findings.cases_panel", "Type"), lambda c: c.type),
        Column[Case](
            QCoreApplication.translate("findings.cases_panel", "Members"),
            lambda c: number(c.members),
            align=RIGHT,
            header_tooltip=QCoreApplication.translate(
                "findings.cases_panel", "Documents, speakers and codings assigned to the case"
            ),
        ),
    ]
    return fixed + [
        Column[Case](name, lambda c, n=name: attribute_text(of(c).get(n))) for name in attributes
    ]


class CasesPanel(QWidget):
    """The cases as a table; the chosen case's members below it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = TableModel[Case](case_columns([]), self)
        self._values: dict[int, Mapping[str, AttributeValue]] = {}  # case id -> attributes
        self._row_of: dict[int, int] = {}
        # Read when first shown: in the window the panel starts behind a tab,
        # and a tab behind another is "visible" to Qt (moved off screen).
        self._stale = True
        self._on_screen = True  # until a dock says otherwise (follow_dock)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Cases"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        # Fitted once per reload (not per change), over a sample of the rows.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(SIZING_ROWS)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Members of the case"))
        self.members.setToolTip(self.tr("Double-click a document or coding to open it"))
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members_label = QLabel(self.tr("Members:"), self)
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.setSpacing(4)
        for key, text, slot in (
            ("new", self.tr("New…"), lambda: self.new_case()),
            ("edit", self.tr("Edit…"), lambda: self.edit_case()),
            ("attributes", self.tr("Attributes…"), lambda: self.edit_attributes()),
            ("memo", self.tr("Memo…"), lambda: self.edit_memo()),
            ("delete", self.tr("Delete…"), lambda: self.delete_cases()),
            ("import", self.tr("Import list…"), lambda: import_case_list(self.session, self)),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(
                self.tr("{action} case").format(action=text.rstrip("…"))
                if key != "import"
                else text
            )
            button.clicked.connect(lambda _checked=False, s=slot: s())
            top.addWidget(button)
            self.buttons[key] = button
        self.buttons["import"].setAccessibleName(self.tr("Import case list"))
        self.buttons["import"].setToolTip(
            self.tr("A CSV or Excel sheet: a row per case, a column each")
        )
        top.addStretch(1)
        self.remove_button = QPushButton(self.tr("Remove from case"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen members from the case"))
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.members_label)
        lower_layout.addWidget(self.members, 1)
        lower_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setSizes([260, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.view.selectionModel().selectionChanged.connect(lambda _s, _d: self._on_chosen())
        self.view.doubleClicked.connect(lambda _index: self.edit_case())
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.members.itemActivated.connect(self._on_member_activated)
        self.members.itemSelectionChanged.connect(self._update_buttons)
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_members())
        self.later = LaterRefresh(self, self._show_members)  # names of members' text
        session.casesChanged.connect(self.reload)
        session.documentsChanged.connect(self.later.request)
        session.codingsChanged.connect(self.later.request)

    def follow_dock(self, dock: QDockWidget) -> None:
        """Read the cases only while ``dock`` (the panel's) is on screen."""
        self._on_screen = False
        dock.visibilityChanged.connect(self._on_dock_visibility)

    def _on_dock_visibility(self, visible: bool) -> None:
        self._on_screen = visible
        if visible:
            self._ensure_read()

    @guarded
    def showEvent(self, event: QShowEvent) -> None:
        if self._on_screen:
            self._ensure_read()
        super().showEvent(event)

    # -- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the cases again (now if the panel is on screen, else when it
        is shown): names, types and member counts of all of them, attributes
        only of the rows that are drawn (see :data:`PAGE`)."""
        self._stale = True
        if self._on_screen and self.isVisible():
            self._ensure_read()

    def _ensure_read(self) -> None:
        if not self._stale:
            return
        self._stale = False
        chosen = {case.id for case in self._selected_rows()}
        project = self.session.project
        cases = project.case_list()
        names = sorted(project.case_attribute_names(), key=str.casefold)
        self._values = {}
        self._row_of = {case.id: row for row, case in enumerate(cases)}
        resize = self.model.headers != [c.header for c in case_columns(names)]
        self.model.set_rows(cases, case_columns(names, self._attributes_of))
        if resize or len(cases) <= SIZING_ROWS:
            self.view.resizeColumnsToContents()
        for row, case in enumerate(cases):
            if case.id in chosen:
                self.view.selectRow(row)
        self._on_chosen()

    def _attributes_of(self, case: Case) -> Mapping[str, AttributeValue]:
        """A listed case's attributes, read with those of its page of rows."""
        found = self._values.get(case.id)
        if found is None:
            row = self._row_of.get(case.id, 0)
            first = row - row % PAGE
            page = [listed.id for listed in self.model.rows[first : first + PAGE]]
            if case.id not in page:
                page.append(case.id)
            read = self.session.project.case_attributes(page)
            for case_id in page:
                self._values[case_id] = read.get(case_id, {})
            found = self._values[case.id]
        return found

    def _selected_rows(self) -> list[Case]:
        self._ensure_read()
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.rows[row] for row in rows if row < len(self.model.rows)]

    def selected_cases(self) -> list[Case]:
        """The chosen cases, read afresh with their attributes."""
        listed = self._selected_rows()
        if not listed:
            return []
        found = {
            case.id: case
            for case in self.session.project.cases_with_ids([case.id for case in listed])
        }
        return [found[case.id] for case in listed if case.id in found]

    def current_case(self) -> Case | None:
        chosen = self.selected_cases()
        return chosen[0] if len(chosen) == 1 else None

    def select(self, name: str) -> bool:
        self._ensure_read()
        for row, case in enumerate(self.model.rows):
            if case.name == name:
                self.view.selectRow(row)
                return True
        return False

    def _on_chosen(self) -> None:
        self._show_members()
        self._update_buttons()

    def _show_members(self) -> None:
        if self._stale:  # shown again once the cases are read (_ensure_read)
            return
        self.members.clear()
        case = self.current_case()
        if case is None:
            self.members_label.setText(self.tr("Members: choose one case above."))
            return
        project = self.session.project
        found = project.case_members(case)
        wanted = {m.member.document_id for m in found if m.member.document_id is not None}
        documents = dict(project.reader.document_names(wanted))
        coding_ids = [m.member.coding_id for m in found if m.member.coding_id is not None]
        codings = {c.id: c for c in project.reader.codings_with_ids(coding_ids)}
        segments = {s.coding.id: s for s in project.segments(list(codings.values()))}
        for member in found:
            item = QListWidgetItem(self._describe(member, documents, segments))
            item.setData(MEMBER_ROLE, member)
            self.members.addItem(item)
        self.members_label.setText(
            self.tr("Members of '{name}' ({n_found}): documents, speakers, codings").format(
                name=case.name, n_found=len(found)
            )
        )

    @staticmethod
    def _describe(
        member: CaseMember, documents: dict[int, str], segments: dict[int, Segment]
    ) -> str:
        what = member.member
        if what.coding_id is not None:
            segment = segments.get(what.coding_id)
            if segment is None:
                return QCoreApplication.translate("CasesPanel", "Coding (deleted)")
            text = one_line(segment.text, 80)
            return QCoreApplication.translate(
                "CasesPanel", "Coding {code_path} in {document}: “{text}”"
            ).format(code_path=segment.code_path, document=segment.document, text=text)
        place = documents.get(what.document_id or -1, "?")
        if what.speaker is not None:
            where = (
                QCoreApplication.translate("CasesPanel", "in every document")
                if what.document_id is None
                else QCoreApplication.translate("CasesPanel", "in {place}").format(place=place)
            )
            return QCoreApplication.translate("CasesPanel", "Speaker {speaker} {where}").format(
                speaker=what.speaker, where=where
            )
        return QCoreApplication.translate("CasesPanel", "Document {place}").format(place=place)

    def _update_buttons(self) -> None:
        chosen = len(self._selected_rows())
        for key in ("edit", "attributes", "memo"):
            self.buttons[key].setEnabled(chosen == 1)
        self.buttons["delete"].setEnabled(chosen >= 1)
        self.remove_button.setEnabled(bool(self.members.selectedItems()))

    # -- editing -----------------------------------------------------------------------

    def new_case(self) -> Case | None:
        case = edit_case(self.session, None, self)
        if case is not None:
            self.select(case.name)
        return case

    def edit_case(self) -> None:
        case = self.current_case()
        if case is not None:
            edit_case(self.session, case, self)

    def edit_attributes(self) -> None:
        case = self.current_case()
        if case is None:
            return
        dialog = AttributesDialog(self.session, case, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def edit_memo(self) -> None:
        case = self.current_case()
        if case is not None:
            edit_memos(
                self.session,
                "case",
                case.id,
                self.tr("Memos on case '{name}'").format(name=case.name),
                self,
                target_name=case.name,
            )

    def delete_cases(self, *, ask: bool = True) -> None:
        """Delete the chosen cases (the documents and codings stay)."""
        cases = self.selected_cases()
        if not cases:
            return
        shown = [f"'{case.name}'" for case in cases[:5]]
        if len(cases) > 5:
            shown.append(self.tr("%Ln more", "", len(cases) - 5))
        names = sentence_list(shown)
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Delete cases"),
                self.tr(
                    "Delete {names}, with their attributes, memos and framework summaries? The "
                    "documents and codings stay.\n\nYou can undo this with Edit ▸ Undo."
                ).format(names=names),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.session.edit(lambda: self.session.project.delete_cases(cases))

    def remove_members(self) -> None:
        case = self.current_case()
        members = [item.data(MEMBER_ROLE).member for item in self.members.selectedItems()]
        if case is not None and members:
            self.session.edit(lambda: self.session.project.unassign_from_case(case, members))

    def _on_member_activated(self, item: QListWidgetItem) -> None:
        member = item.data(MEMBER_ROLE).member
        project = self.session.project
        if member.coding_id is not None:
            found = project.reader.codings_with_ids([member.coding_id])
            if found:
                coding = found[0]
                document = project.document(coding.document_id)
                self.session.open_document(document, select=(coding.start, coding.end))
        elif member.document_id is not None:
            self.session.open_document(project.document(member.document_id))

    def _on_context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            self.view.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("New case…"), lambda: self.new_case())
        if len(self._selected_rows()) == 1:
            menu.addAction(self.tr("Edit name, type and description…"), lambda: self.edit_case())
            menu.addAction(self.tr("Attributes…"), lambda: self.edit_attributes())
            menu.addAction(self.tr("Memo…"), lambda: self.edit_memo())
        if self._selected_rows():
            menu.addSeparator()
            menu.addAction(self.tr("Delete…"), lambda: self.delete_cases())
        menu.addSeparator()
        menu.addAction(self.tr("Import case list…"), lambda: import_case_list(self.session, self))
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()
