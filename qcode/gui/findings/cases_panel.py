"""The Cases panel: the informants, incidents and institutions a finding is
about, each with a type, attributes, a memo and its members (documents,
speakers and single codings assigned to it).

Everything here is an undoable edit: New case…, Edit…, Attributes…, Memo…,
Delete…, Import case list… (CSV or Excel: a row per case, a column per
attribute) and, in the members list below, Remove from case.  Documents,
speakers and codings are assigned from their own context menus.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from qcode.gui.session import Session
from qcode.gui.widgets.table_model import RIGHT, Column, TableModel
from qcode.gui.widgets.text import one_line
from qcode.model import Case, CaseMember, Segment

MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1


def case_columns(attributes: list[str]) -> list[Column[Case]]:
    fixed = [
        Column[Case]("Case", lambda c: c.name, tooltip=lambda c: c.description or None),
        Column[Case]("Type", lambda c: c.type),
        Column[Case](
            "Members",
            lambda c: f"{c.members:,}",
            align=RIGHT,
            header_tooltip="Documents, speakers and codings assigned to the case",
        ),
    ]
    return fixed + [
        Column[Case](name, lambda c, n=name: attribute_text(c.attributes.get(n)))
        for name in attributes
    ]


class CasesPanel(QWidget):
    """The cases as a table; the chosen case's members below it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = TableModel[Case](case_columns([]), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName("Cases")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.members = QListWidget(self)
        self.members.setAccessibleName("Members of the case")
        self.members.setToolTip("Double-click a document or coding to open it")
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members_label = QLabel("Members:", self)
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.setSpacing(4)
        for key, text, slot in (
            ("new", "New…", lambda: self.new_case()),
            ("edit", "Edit…", lambda: self.edit_case()),
            ("attributes", "Attributes…", lambda: self.edit_attributes()),
            ("memo", "Memo…", lambda: self.edit_memo()),
            ("delete", "Delete…", lambda: self.delete_cases()),
            ("import", "Import list…", lambda: import_case_list(self.session, self)),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(f"{text.rstrip('…')} case" if key != "import" else text)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            top.addWidget(button)
            self.buttons[key] = button
        self.buttons["import"].setAccessibleName("Import case list")
        self.buttons["import"].setToolTip("A CSV or Excel sheet: a row per case, a column each")
        top.addStretch(1)
        self.remove_button = QPushButton("Remove from case", self)
        self.remove_button.setAccessibleName("Remove the chosen members from the case")
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
        self.reload()

    # -- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        chosen = {case.id for case in self.selected_cases()}
        cases = self.session.project.cases()
        names = sorted({name for case in cases for name in case.attributes}, key=str.casefold)
        self.model.set_rows(cases, case_columns(names))
        for row, case in enumerate(cases):
            if case.id in chosen:
                self.view.selectRow(row)
        self._on_chosen()

    def selected_cases(self) -> list[Case]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.rows[row] for row in rows if row < len(self.model.rows)]

    def current_case(self) -> Case | None:
        chosen = self.selected_cases()
        return chosen[0] if len(chosen) == 1 else None

    def select(self, name: str) -> bool:
        for row, case in enumerate(self.model.rows):
            if case.name == name:
                self.view.selectRow(row)
                return True
        return False

    def _on_chosen(self) -> None:
        self._show_members()
        self._update_buttons()

    def _show_members(self) -> None:
        self.members.clear()
        case = self.current_case()
        if case is None:
            self.members_label.setText("Members: choose one case above.")
            return
        project = self.session.project
        found = project.case_members(case)
        documents = {document.id: document.name for document in project.documents()}
        coding_ids = [m.member.coding_id for m in found if m.member.coding_id is not None]
        codings = {c.id: c for c in project.reader.codings_with_ids(coding_ids)}
        segments = {s.coding.id: s for s in project.segments(list(codings.values()))}
        for member in found:
            item = QListWidgetItem(self._describe(member, documents, segments))
            item.setData(MEMBER_ROLE, member)
            self.members.addItem(item)
        self.members_label.setText(
            f"Members of '{case.name}' ({len(found)}): documents, speakers, codings"
        )

    @staticmethod
    def _describe(
        member: CaseMember, documents: dict[int, str], segments: dict[int, Segment]
    ) -> str:
        what = member.member
        if what.coding_id is not None:
            segment = segments.get(what.coding_id)
            if segment is None:
                return "Coding (deleted)"
            text = one_line(segment.text, 80)
            return f"Coding {segment.code_path} in {segment.document}: “{text}”"
        place = documents.get(what.document_id or -1, "?")
        if what.speaker is not None:
            where = "in every document" if what.document_id is None else f"in {place}"
            return f"Speaker {what.speaker} {where}"
        return f"Document {place}"

    def _update_buttons(self) -> None:
        chosen = len(self.selected_cases())
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
                f"Memos on case '{case.name}'",
                self,
                target_name=case.name,
            )

    def delete_cases(self, *, ask: bool = True) -> None:
        """Delete the chosen cases (the documents and codings stay)."""
        cases = self.selected_cases()
        if not cases:
            return
        names = ", ".join(f"'{case.name}'" for case in cases[:5])
        if len(cases) > 5:
            names += f" and {len(cases) - 5} more"
        if ask:
            answer = QMessageBox.question(
                self,
                "Delete cases",
                f"Delete {names}, with their attributes, memos and framework summaries? "
                "The documents and codings stay.\n\nYou can undo this with Edit ▸ Undo.",
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
        menu.addAction("New case…", lambda: self.new_case())
        if self.current_case() is not None:
            menu.addAction("Edit name, type and description…", lambda: self.edit_case())
            menu.addAction("Attributes…", lambda: self.edit_attributes())
            menu.addAction("Memo…", lambda: self.edit_memo())
        if self.selected_cases():
            menu.addSeparator()
            menu.addAction("Delete…", lambda: self.delete_cases())
        menu.addSeparator()
        menu.addAction("Import case list…", lambda: import_case_list(self.session, self))
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()
