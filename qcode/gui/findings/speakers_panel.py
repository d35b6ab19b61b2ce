"""The Speakers panel: everyone who speaks in the project's transcripts,
with how much they say and how much of it is coded, and their role
(interviewer, respondent, interpreter, or any other word).

"Auto-code turns…" codes every turn of the chosen speaker with one code in
one undoable step; "Assign to case…" makes the speaker (everywhere) a member
of a case, so that what they say counts for that case.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.gui.findings.case_dialogs import assign
from qcode.gui.findings.later import LaterRefresh
from qcode.gui.i18n.plurals import number
from qcode.gui.session import Session
from qcode.gui.widgets.code_picker import pick_code
from qcode.gui.widgets.table_model import RIGHT, Column, TableModel
from qcode.model import Case, Code, Member, Speaker

ROLES = ("interviewer", "respondent", "interpreter")


def _count(value: int) -> str:
    return number(value)


class SpeakersModel(TableModel[Speaker]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column[Speaker](
                    self.tr("Speaker"), lambda s: s.name, tooltip=lambda s: s.description
                ),
                Column[Speaker](self.tr("Role"), lambda s: s.role),
                Column[Speaker](self.tr("Documents"), lambda s: _count(s.documents), align=RIGHT),
                Column[Speaker](self.tr("Turns"), lambda s: _count(s.turns), align=RIGHT),
                Column[Speaker](self.tr("Characters"), lambda s: _count(s.characters), align=RIGHT),
                Column[Speaker](
                    self.tr("Codings"),
                    lambda s: _count(s.codings),
                    align=RIGHT,
                    header_tooltip=self.tr("Codings that start inside the speaker's turns"),
                ),
            ],
            parent,
        )


class SpeakersPanel(QWidget):
    """The speakers as a table; the chosen one's role below it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = SpeakersModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Speakers"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.role = QComboBox(self)
        self.role.setEditable(True)
        self.role.addItems(["", *ROLES])
        self.role.setAccessibleName(self.tr("Role of the chosen speaker"))
        self.role.setToolTip(self.tr("interviewer, respondent, interpreter — or type another role"))
        self.autocode_button = QPushButton(self.tr("Auto-code turns…"), self)
        self.autocode_button.setAccessibleName(self.tr("Auto-code the speaker's turns"))
        self.case_button = QPushButton(self.tr("Assign to case…"), self)
        self.case_button.setAccessibleName(self.tr("Assign the speaker to a case"))
        role_row = QHBoxLayout()
        role_row.addWidget(QLabel(self.tr("&Role:"), self, buddy=self.role))
        role_row.addWidget(self.role, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.autocode_button)
        buttons.addWidget(self.case_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(role_row)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_role())
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.role.activated.connect(lambda _index: self.set_role(self.role.currentText()))
        line = self.role.lineEdit()
        assert line is not None
        line.editingFinished.connect(lambda: self.set_role(self.role.currentText()))
        self.autocode_button.clicked.connect(lambda _checked=False: self.autocode())
        self.case_button.clicked.connect(lambda _checked=False: self.assign_to_case())
        # Counts follow the coding: worked out again after a burst of edits, on screen.
        self.later = LaterRefresh(self, self.reload)
        session.speakersChanged.connect(self.reload)
        session.documentsChanged.connect(self.later.request)
        session.codingsChanged.connect(self.later.request)
        self.reload()

    def reload(self) -> None:
        current = self.current_speaker()
        self.model.set_rows(self.session.project.speakers())
        if current is not None:
            self.select(current.name)
        self._show_role()

    def current_speaker(self) -> Speaker | None:
        index = self.view.selectionModel().currentIndex()
        return self.model.row(index) if index.isValid() else None

    def select(self, name: str) -> bool:
        """Make the speaker called ``name`` the chosen one."""
        for row, speaker in enumerate(self.model.rows):
            if speaker.name == name:
                self.view.selectRow(row)
                self.view.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _show_role(self) -> None:
        speaker = self.current_speaker()
        self.role.blockSignals(True)
        self.role.setCurrentText("" if speaker is None else speaker.role)
        self.role.blockSignals(False)
        chosen = speaker is not None
        for widget in (self.role, self.autocode_button, self.case_button):
            widget.setEnabled(chosen)

    def set_role(self, role: str, speaker: Speaker | None = None) -> None:
        """Give the chosen speaker (or ``speaker``) a role; one undoable edit."""
        speaker = speaker or self.current_speaker()
        if speaker is None or role.strip() == speaker.role:
            return
        name = speaker.name
        self.session.edit(lambda: self.session.project.set_speaker_role(name, role.strip()))

    def autocode(self, code: Code | None = None, speaker: Speaker | None = None) -> int:
        """Code every turn of the chosen speaker with ``code`` (asked when
        None) in one undoable step; returns how many codings were made."""
        speaker = speaker or self.current_speaker()
        if speaker is None:
            return 0
        project = self.session.project
        if code is None:
            code = pick_code(
                project.codebook(),
                self.session.recent_codes,
                self,
                self.tr("Code every turn of {name} as…").format(name=speaker.name),
            )
            if code is None:
                return 0
        chosen, name = code, speaker.name
        added = self.session.edit(lambda: project.autocode_speaker(name, chosen))
        if added is None:
            return 0
        note = (
            self.tr(" ({skipped_duplicates} already coded)").format(
                skipped_duplicates=added.skipped_duplicates
            )
            if added.skipped_duplicates
            else ""
        )
        self.session.status.emit(
            self.tr("Coded %Ln turns of {name} as '{code}'{note}.", "", len(added.ids)).format(
                name=name, code=chosen.name, note=note
            )
        )
        return len(added.ids)

    def assign_to_case(self, case: Case | None = None, speaker: Speaker | None = None) -> None:
        """Make the speaker (in every document) a member of a case."""
        speaker = speaker or self.current_speaker()
        if speaker is None:
            return
        assign(
            self.session,
            [Member(speaker=speaker.name)],
            self.tr("the speaker {name}").format(name=speaker.name),
            case,
            self,
        )

    def _on_context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid():
            self.view.selectRow(index.row())
            self.view.setCurrentIndex(index)
        speaker = self.current_speaker()
        if speaker is None:
            return
        menu = QMenu(self)
        roles = menu.addMenu(self.tr("Role"))
        for role in ROLES:
            action = roles.addAction(role, lambda r=role: self.set_role(r))
            action.setCheckable(True)
            action.setChecked(speaker.role == role)
        roles.addAction(self.tr("(none)"), lambda: self.set_role(""))
        menu.addAction(self.tr("Auto-code turns…"), lambda: self.autocode())
        menu.addAction(self.tr("Assign to case…"), lambda: self.assign_to_case())
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()
