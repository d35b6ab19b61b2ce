"""Link one coding to another: which one (the coding chosen before, or one
from a list of this document's codings or the project's codings of a
code), the link's type (corroborates, contradicts, explains, or the
project's own) and an optional memo.  OK is one undoable edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text
from qcode.gui.session import Session
from qcode.gui.widgets.overrides import guarded
from qcode.gui.widgets.text import one_line
from qcode.model import Coding, Link, Segment

CODING_ROLE = Qt.ItemDataRole.UserRole + 1
THIS_DOCUMENT = 0  # the scope combo's first item; the whole project is the second
# The whole project's codings are listed one code at a time: a project may
# hold hundreds of thousands.
LISTED_AT_MOST = 2000


def segment_label(segment: Segment, longest: int = 90) -> str:
    """A coding in a list: code path, document and the start of its text."""
    return f"{segment.code_path} — {segment.document}: “{one_line(segment.text, longest)}”"


class LinkDialog(QDialog):
    """Link ``origin`` to a coding the user chooses."""

    def __init__(
        self,
        session: Session,
        origin: Coding,
        parent: QWidget | None = None,
        *,
        before: Coding | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.origin = origin
        self.before = before if before is not None and before.id != origin.id else None
        self.link: Link | None = None
        project = session.project
        self.codebook = project.codebook()
        (shown,) = project.segments([origin])
        self.setWindowTitle(self.tr("Link coding"))
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Which codings to list"))
        self.scope.addItem(self.tr("this document"))
        self.scope.addItem(self.tr("the whole project"))
        self.code = QComboBox(self)
        self.code.setAccessibleName(self.tr("Code of the codings listed"))
        self.code.addItem(self.tr("(every code)"), None)
        for code in self.codebook.walk():
            self.code.addItem(self.codebook.path(code.id), code.id)
        self.targets = QListWidget(self)
        self.targets.setAccessibleName(self.tr("Coding to link to"))
        self.type = QComboBox(self)
        self.type.setAccessibleName(self.tr("Link type"))
        self.new_type = QPushButton(self.tr("New type…"), self)
        self.new_type.setAutoDefault(False)
        self.memo = QLineEdit(self)
        self.memo.setAccessibleName(self.tr("Link memo"))
        self.memo.setPlaceholderText(self.tr("optional: why these passages belong together"))
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setAccessibleName(self.tr("Link problem"))
        self.message.setWordWrap(True)
        self.message.hide()
        listing = QHBoxLayout()
        listing.addWidget(QLabel(self.tr("Show codings in"), self))
        listing.addWidget(self.scope)
        listing.addWidget(QLabel(self.tr("of"), self))
        listing.addWidget(self.code, 1)
        types = QHBoxLayout()
        types.addWidget(self.type, 1)
        types.addWidget(self.new_type)
        form = QFormLayout()
        form.addRow(self.tr("&Type:"), types)
        form.addRow(self.tr("&Memo:"), self.memo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        origin_label = QLabel(
            self.tr("From: {segment_label}").format(segment_label=segment_label(shown, 120)), self
        )
        origin_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(origin_label)
        layout.addLayout(listing)
        layout.addWidget(QLabel(self.tr("&To:"), self, buddy=self.targets))
        layout.addWidget(self.targets, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.scope.currentIndexChanged.connect(lambda _i: self.fill())
        self.code.currentIndexChanged.connect(lambda _i: self.fill())
        self.new_type.clicked.connect(lambda _checked=False: self.add_type())
        self.fill_types()
        self.fill()
        self.resize(720, 520)

    def fill_types(self, chosen: str | None = None) -> None:
        current = chosen or self.type.currentText()
        self.type.clear()
        for link_type in self.session.project.link_types():
            self.type.addItem(link_type.name)
            if link_type.description:
                self.type.setItemData(
                    self.type.count() - 1, link_type.description, Qt.ItemDataRole.ToolTipRole
                )
        if current:
            self.type.setCurrentText(current)

    def add_type(self, name: str | None = None) -> None:
        """A new link type for the project (one undoable edit)."""
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("New link type"), self.tr("Name of the link type:")
            )
            if not ok or not name.strip():
                return
        new_name = name
        made = self.session.edit(lambda: self.session.project.add_link_type(new_name))
        if made is not None:
            self.fill_types(made.name)

    def fill(self) -> None:
        """List the codings the scope and code say, the one chosen before first."""
        project = self.session.project
        code_id = self.code.currentData()
        code = None if code_id is None else self.codebook.codes.get(code_id)
        if self.scope.currentIndex() == THIS_DOCUMENT:
            document = project.document(self.origin.document_id)
            found = project.codings(document=document, code=code)
        elif code is None:
            found = []
        else:
            found = project.codings(code=code)
        found = [c for c in found if c.id != self.origin.id][:LISTED_AT_MOST]
        if self.before is not None:
            found = [self.before, *(c for c in found if c.id != self.before.id)]
        self.targets.clear()
        for segment in project.segments(found):
            label = segment_label(segment)
            if self.before is not None and segment.coding.id == self.before.id:
                label = self.tr("(chosen before) {label}").format(label=label)
            item = QListWidgetItem(label)
            item.setToolTip(segment.text[:1000])
            item.setData(CODING_ROLE, segment.coding)
            self.targets.addItem(item)
        if self.targets.count():
            self.targets.setCurrentRow(0)
        elif self.scope.currentIndex() != THIS_DOCUMENT and code is None:
            self.targets.addItem(self.tr("Choose a code to list the project's codings of it."))

    def choose(self, coding: Coding) -> bool:
        """Make ``coding`` the target (for a keyboard user, or a test)."""
        for row in range(self.targets.count()):
            found = self.targets.item(row).data(CODING_ROLE)
            if isinstance(found, Coding) and found.id == coding.id:
                self.targets.setCurrentRow(row)
                return True
        return False

    def target(self) -> Coding | None:
        item = self.targets.currentItem()
        found = None if item is None else item.data(CODING_ROLE)
        return found if isinstance(found, Coding) else None

    @guarded
    def accept(self) -> None:
        target = self.target()
        if target is None:
            self.message.setText(self.tr("Choose the coding to link to."))
            self.message.show()
            return
        try:
            self.link = self.session.project.link_codings(
                self.origin, target, self.type.currentText(), memo=self.memo.text().strip()
            )
        except QcodeError as problem:
            self.message.setText(error_text(problem))
            self.message.show()
            return
        super().accept()
