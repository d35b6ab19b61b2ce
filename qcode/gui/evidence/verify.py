"""Documents ▸ Verify sources…: recompute every hash and say what no longer
matches — the same check as ``qcode verify`` (``Project.verify``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from qcode.core.project_evidence import Verification
from qcode.gui.i18n.messages import shown
from qcode.gui.i18n.plurals import Plural
from qcode.gui.session import Session


def summary(result: Verification) -> str:
    """What was checked and what was found, in one or two sentences."""
    checked = QCoreApplication.translate(
        "evidence.verify", "{documents}, {originals} and {versions} of texts checked"
    ).format(
        documents=Plural.tr("%Ln documents", "", result.documents),
        originals=Plural.tr("%Ln original files", "", result.originals),
        versions=Plural.tr("%Ln past versions", "", result.versions),
    )
    if not result.problems:
        return QCoreApplication.translate(
            "evidence.verify", "All match: {checked}. Nothing was changed since it was recorded."
        ).format(checked=checked)
    found = len(result.problems)
    return QCoreApplication.translate(
        "evidence.verify",
        "{problems} found ({checked}). These no longer match the hash recorded for them:",
    ).format(problems=_problems(found), checked=checked)


def _problems(found: int) -> str:
    problems = Plural.tr("%Ln problems", "", found)  # (not "return Plural.tr": lupdate)
    return problems


class VerifyDialog(QDialog):
    """The result of one check of every hash."""

    def __init__(self, result: Verification, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.setWindowTitle(self.tr("Verify sources"))
        self.resize(640, 360 if result.problems else 160)
        self.summary = QLabel(summary(result), self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Verification summary"))
        if result.problems:
            self.summary.setStyleSheet("color: #a4161a; font-weight: bold;")
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems found"))
        # Each problem is a core Message: shown in the interface's language.
        self.problems.addItems([shown(str(problem)) for problem in result.problems])
        self.problems.setVisible(bool(result.problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)


def verify_sources(session: Session, parent: QWidget) -> VerifyDialog | None:
    """Run the check (it may take seconds on a large project) and show it."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = session.edit(session.project.verify)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if result is None:
        return None
    found = len(result.problems)
    session.status.emit(
        QCoreApplication.translate("evidence.verify", "Verify sources: all match.")
        if not found
        else QCoreApplication.translate("evidence.verify", "Verify sources: {problems}.").format(
            problems=_problems(found)
        )
    )
    dialog = VerifyDialog(result, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    parent.verification = dialog  # type: ignore[attr-defined]  # kept for tests
    return dialog
