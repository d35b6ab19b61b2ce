"""Small dialogs about cases: a case's name, type and description; which
case to assign something to (or a new one); importing a case list."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from qcode.core.case_lists import CaseImport
from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text
from qcode.gui.i18n.plurals import Plural, number
from qcode.gui.session import Session
from qcode.gui.widgets.overrides import guarded
from qcode.model import Case, Member

# Offered in the type box; any other text is a type too.
CASE_TYPES = ("informant", "incident", "institution", "place")


class CaseDialog(QDialog):
    """A case's name, type and description (a new case when ``case`` is None)."""

    def __init__(self, session: Session, case: Case | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.case = case
        self.setWindowTitle(
            self.tr("New case") if case is None else self.tr("Case '{name}'").format(name=case.name)
        )
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Case name"))
        self.type = QComboBox(self)
        self.type.setEditable(True)
        self.type.setAccessibleName(self.tr("Case type"))
        known = {c.type for c in session.project.cases() if c.type}
        self.type.addItems(sorted(known.union(CASE_TYPES), key=str.casefold))
        self.description = QPlainTextEdit(self)
        self.description.setAccessibleName(self.tr("Case description"))
        self.description.setPlaceholderText(self.tr("Who or what this case is, in a few words"))
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setAccessibleName(self.tr("Case problem"))
        self.message.hide()
        if case is not None:
            self.name.setText(case.name)
            self.type.setCurrentText(case.type)
            self.description.setPlainText(case.description)
        else:
            self.type.setCurrentText("informant")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Type:"), self.type)
        form.addRow(self.tr("&Description:"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(420, 260)

    @guarded
    def accept(self) -> None:
        """Create or change the case (one undoable edit per change)."""
        project = self.session.project
        name = self.name.text()
        type_ = self.type.currentText().strip()
        description = self.description.toPlainText().strip()
        try:
            if self.case is None:
                self.case = project.create_case(name, type=type_, description=description)
            else:
                if name.strip() != self.case.name:
                    self.case = project.rename_case(self.case, name)
                if (type_, description) != (self.case.type, self.case.description):
                    self.case = project.edit_case(self.case, type=type_, description=description)
        except QcodeError as problem:
            self.message.setText(error_text(problem))
            self.message.show()
            return
        super().accept()


def edit_case(session: Session, case: Case | None, parent: QWidget | None = None) -> Case | None:
    """Ask for a new case (``case`` None) or change one; the case, or None if cancelled."""
    dialog = CaseDialog(session, case, parent)
    try:
        return dialog.case if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def choose_case(session: Session, parent: QWidget | None, what: str) -> Case | None:
    """Ask which case ``what`` belongs to; a name not yet a case makes a new
    case (its own undoable edit).  None when cancelled."""
    cases = session.project.cases()
    names = [case.name for case in cases]
    name, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("findings.case_dialogs", "Assign to case"),
        QCoreApplication.translate(
            "findings.case_dialogs",
            "Assign {what} to which case?\n(type a new name to make a new case)",
        ).format(what=what),
        names,
        0,
        True,
    )
    if not ok or not name.strip():
        return None
    return case_named(session, name)


def case_named(session: Session, name: str) -> Case | None:
    """The case called ``name`` (as the project finds names: exactly, else
    ignoring case), made (one undoable edit) when there is none."""
    try:
        return session.project.case(name)
    except QcodeError:
        return session.edit(lambda: session.project.create_case(name))


def assign(
    session: Session,
    members: Sequence[Member],
    what: str,
    case: Case | None = None,
    parent: QWidget | None = None,
) -> int | None:
    """Assign ``members`` to ``case`` (asked when None) in one undoable edit;
    returns how many were new members, or None if nothing was done."""
    if case is None:
        case = choose_case(session, parent, what)
        if case is None:
            return None
    chosen = case
    added = session.edit(lambda: session.project.assign_to_case(chosen, members))
    if added is not None:
        already = len(members) - added
        note = (
            QCoreApplication.translate(
                "findings.case_dialogs", " ({already} already in it)"
            ).format(already=already)
            if already
            else ""
        )
        session.status.emit(
            QCoreApplication.translate(
                "findings.case_dialogs", "Assigned {what} to the case '{name}'{note}."
            ).format(what=what, name=chosen.name, note=note)
        )
    return added


def import_case_list(
    session: Session, parent: QWidget | None, path: Path | None = None
) -> CaseImport | None:
    """Read a case list (CSV or Excel: a row per case, a column per
    attribute) into the project in one undoable step, and say what it did."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("findings.case_dialogs", "Import case list"),
            str(session.project.path.parent),
            QCoreApplication.translate(
                "findings.case_dialogs", "Case lists (*.csv *.xlsx);;All files (*)"
            ),
        )
        if not chosen:
            return None
        path = Path(chosen)
    target = path
    result = session.edit(lambda: session.project.import_case_list(target))
    if result is not None:
        message = Plural.tr(
            "From {name}: %Ln cases created, {updated} updated, {unchanged} unchanged.",
            "",
            result.created,
        ).format(
            name=target.name, updated=number(result.updated), unchanged=number(result.unchanged)
        )
        session.status.emit(message)
        if parent is not None:  # what was made, said where the user is looking
            box = QMessageBox(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("findings.case_dialogs", "Import case list"),
                message,
                QMessageBox.StandardButton.Ok,
                parent,
            )
            box.setAccessibleName(
                QCoreApplication.translate("findings.case_dialogs", "Case list imported")
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
    return result
