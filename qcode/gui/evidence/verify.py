"""Documents ▸ Verify sources…: recompute every hash and say what no longer
matches — the same check as ``qcode verify`` (``Project.verify``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from qcode.gui.session import Session


def _plural(count: int, what: str) -> str:
    return f"{count:,} {what}{'' if count == 1 else 's'}"


def summary(result: Verification) -> str:
    """What was checked and what was found, in one or two sentences."""
    checked = (
        f"{_plural(result.documents, 'document')}, {_plural(result.originals, 'original file')} "
        f"and {_plural(result.versions, 'past version')} of texts checked"
    )
    if not result.problems:
        return f"All match: {checked}. Nothing was changed since it was recorded."
    found = len(result.problems)
    return (
        f"{_plural(found, 'problem')} found ({checked}). These no longer match the hash "
        "recorded for them:"
    )


class VerifyDialog(QDialog):
    """The result of one check of every hash."""

    def __init__(self, result: Verification, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.setWindowTitle("Verify sources")
        self.resize(640, 360 if result.problems else 160)
        self.summary = QLabel(summary(result), self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Verification summary")
        if result.problems:
            self.summary.setStyleSheet("color: #a4161a; font-weight: bold;")
        self.problems = QListWidget(self)
        self.problems.setAccessibleName("Problems found")
        self.problems.addItems([str(problem) for problem in result.problems])
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
        "Verify sources: all match."
        if not found
        else f"Verify sources: {_plural(found, 'problem')}."
    )
    dialog = VerifyDialog(result, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    parent.verification = dialog  # type: ignore[attr-defined]  # kept for tests
    return dialog
