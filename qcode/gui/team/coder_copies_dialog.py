"""File ▸ Prepare coder copies…: one copy of the project per coder, so that
each can code on their own computer; File ▸ Merge project… brings their
work back.  Writing the copies is the core's
(:func:`qcode.core.copies.prepare_coder_copies`); this dialog asks for the coders'
names and the folder, and says which files were written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcode.core.copies import prepare_coder_copies
from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text
from qcode.gui.session import Session
from qcode.gui.widgets.overrides import guarded

HINT = QT_TRANSLATE_NOOP(
    "CoderCopiesDialog",
    "Give each coder their file; when they are done, use File ▸ Merge project… "
    "to bring their coding back.",
)


class CoderCopiesDialog(QDialog):
    """Coder names (one a line) and a folder; OK writes STEM-<coder>.qcode each."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        project = session.project
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Prepare coder copies — qcode"))
        self.setAccessibleName(self.tr("Prepare coder copies"))

        intro = QLabel(
            self.tr(
                "Each coder gets a copy of <b>{project}</b> to code on their own, named "
                "<i>{stem}-NAME.qcode</i>."
            ).format(project=_escape(project.name), stem=_escape(project.path.stem)),
            self,
        )
        intro.setWordWrap(True)
        self.names_edit = QPlainTextEdit(self)
        self.names_edit.setAccessibleName(self.tr("Coder names"))
        self.names_edit.setPlaceholderText(self.tr("One name a line"))
        self.names_edit.setTabChangesFocus(True)
        self.names_edit.setPlainText("\n".join(coder.name for coder in project.coders()))
        self.folder_edit = QLineEdit(str(project.path.parent), self)
        self.folder_edit.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose folder"))
        browse.clicked.connect(self._on_browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Coders (one a line):"), self.names_edit)
        form.addRow(self.tr("Write the copies to:"), folder_row)

        self.error_label = QLabel(self)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Prepare copies"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.names_edit.textChanged.connect(self.error_label.hide)
        self.folder_edit.textChanged.connect(self.error_label.hide)
        self.resize(520, 360)

    def names(self) -> list[str]:
        """The names typed, trimmed, blank lines and repeats left out."""
        names: list[str] = []
        for line in self.names_edit.toPlainText().splitlines():
            name = line.strip()
            if name and name not in names:
                names.append(name)
        return names

    def _on_browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Where to write the coders' copies"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _show_problem(self, message: str) -> None:
        self.error_label.setText(
            message.splitlines()[0] if message else self.tr("Something went wrong")
        )
        self.error_label.show()

    @guarded
    def accept(self) -> None:
        names = self.names()
        if not names:
            self._show_problem(self.tr("Enter at least one coder's name."))
            return
        folder = Path(self.folder_edit.text().strip()).expanduser()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = prepare_coder_copies(self.session.project, names, folder)
        except QcodeError as problem:
            self._show_problem(error_text(problem))
            return
        except OSError as problem:
            self._show_problem(
                self.tr("{folder}: could not write the copies ({strerror})").format(
                    folder=folder, strerror=problem.strerror
                )
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.written = list(written)
        self.session.status.emit(
            self.tr("Wrote {n_written} coder copies to {folder}.").format(
                n_written=len(self.written), folder=folder
            )
        )
        files = "\n".join(f"  {path}" for path in self.written)
        QMessageBox.information(
            self,
            self.tr("Coder copies"),
            self.tr("Wrote %Ln files:\n{files}\n\n{hint}", "", len(self.written)).format(
                files=files, hint=self.tr(HINT)
            ),
        )
        super().accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
