"""Small questions asked in more than one place of the app."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from qcode.core.project import default_coder_name


def ask_coder_name(parent: QWidget | None, current: str | None = None) -> str | None:
    """Ask the coder's name, recorded on every coding they make."""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("widgets.dialogs", "Who is coding?"),
        QCoreApplication.translate(
            "widgets.dialogs",
            "Your name, as it will be recorded on every coding you make\n"
            "(colleagues see it when you merge projects and compare coding):",
        ),
        text=current or default_coder_name(),
    )
    name = name.strip()
    return name if ok and name else None
