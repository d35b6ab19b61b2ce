"""Dialogs of the code tree: a code's description and keywords, and the
questions the tree asks before a change (which code to merge into, whether
to go ahead)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from qcode.model import Code

UNDO_NOTE = QT_TRANSLATE_NOOP("codebook", "You can undo this with Edit ▸ Undo.")


class DescriptionDialog(QDialog):
    """A code's description (several lines) and keywords (comma-separated)."""

    def __init__(self, code: Code, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Describe '{name}'").format(name=code.name))
        self.description_edit = QPlainTextEdit(code.description, self)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.keywords_edit = QLineEdit(", ".join(code.keywords), self)
        self.keywords_edit.setAccessibleName(self.tr("Keywords"))
        self.keywords_edit.setPlaceholderText(self.tr("e.g. threat, intimidation"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow(self.tr("&Keywords:"), self.keywords_edit)
        form.addRow(buttons)

    def description(self) -> str:
        return self.description_edit.toPlainText()

    def keywords(self) -> tuple[str, ...]:
        return tuple(word.strip() for word in self.keywords_edit.text().split(",") if word.strip())


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before a destructive change (saying it can be undone); No is the default."""
    answer = QMessageBox.question(
        parent, title, f"{text}\n\n{QCoreApplication.translate('codebook', UNDO_NOTE)}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def ask_merge_target(
    parent: QWidget, code: Code, paths: dict[str, Code], codings: int
) -> Code | None:
    """Ask which of ``paths`` (code path → code) to merge ``code`` into, then
    confirm; ``None`` when the user cancels either question."""
    path, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("codebook.code_dialogs", "Merge Into"),
        QCoreApplication.translate("codebook.code_dialogs", "Merge '{name}' into:").format(
            name=code.name
        ),
        list(paths),
        0,
        False,
    )
    target = paths.get(path) if ok else None
    if target is not None and confirm(
        parent,
        QCoreApplication.translate("codebook.code_dialogs", "Merge Codes"),
        QCoreApplication.translate(
            "codebook.code_dialogs",
            "Merge '{name}' into '{target}'? Its {codings} codings and its sub-codes move "
            "to '{target}', and '{name}' is deleted.",
        ).format(name=code.name, target=target.name, codings=codings),
    ):
        return target
    return None
