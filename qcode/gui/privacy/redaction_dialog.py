"""Privacy ▸ Redact documents permanently…: the pseudonym table applied to
the project's own text (:mod:`qcode.core.redaction`).

The researcher ticks documents and presses Redact: one edit, undone with
Edit ▸ Undo while the project stays open, permanent once it is closed.
qcode cannot redact audio: the ticked documents' recordings are named
before, and after, each recording that still says what was replaced, with
when the replaced words are spoken.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcode.core.redaction import backups_with_original
from qcode.gui.i18n.messages import shown
from qcode.gui.i18n.plurals import sentence_list
from qcode.gui.session import Session

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RedactionDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        project = session.project
        self.setObjectName("Redact documents permanently")
        self.setWindowTitle(self.tr("Redact documents permanently — qcode"))
        self.setAccessibleName(self.tr("Redact documents permanently"))
        entries = len(project.pseudonyms())

        self.explanation = QLabel(self)
        self.explanation.setAccessibleName(self.tr("Explanation"))
        self.explanation.setWordWrap(True)
        if entries:
            self.explanation.setText(
                self.tr(
                    "The %Ln identifiers in the pseudonym table will be replaced by their "
                    "replacements in the project's own text: the ticked documents' text, names and "
                    "speakers, their text attributes and the memos on them and on their codings. "
                    "Codings move with the text. Until the project is closed this can be undone "
                    "with Edit ▸ Undo; once it is closed the redaction is permanent and the "
                    "original text is gone from the project file.",
                    "",
                    entries,
                )
            )
        else:
            self.explanation.setText(
                self.tr(
                    "The pseudonym table is empty: add the identifiers to replace with "
                    "Privacy ▸ Pseudonyms… first."
                )
            )
        self.backups = QLabel(self)
        self.backups.setAccessibleName(self.tr("Backups"))
        self.backups.setWordWrap(True)
        self.backups.setStyleSheet("color: #8a5a00;")
        found = backups_with_original(project.path)
        self.backups.setText(
            self.tr(
                "These backups beside the project still hold the original text: {files}. "
                "Delete them if the project must never hold it."
            ).format(files=sentence_list(path.name for path in found))
        )
        self.backups.setVisible(bool(found))
        # qcode cannot redact audio: the ticked documents' recordings, named before
        self._recordings = {link.document_id: link.file_name for link in project.all_media()}
        self.recordings = QLabel(self)
        self.recordings.setAccessibleName(self.tr("Recordings"))
        self.recordings.setWordWrap(True)
        self.recordings.setStyleSheet("color: #8a5a00;")
        self.recordings.setVisible(False)

        self.documents = QListWidget(self)
        self.documents.setAccessibleName(self.tr("Documents to redact"))
        for document in project.documents():
            item = QListWidgetItem(document.name, self.documents)
            item.setData(_ID_ROLE, document.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.documents.itemChanged.connect(lambda _item: self._update_buttons())

        self.tick_all = QPushButton(self.tr("Tick &all"), self)
        self.tick_all.setAccessibleName(self.tr("Tick all"))
        self.tick_all.clicked.connect(self._on_tick_all)
        self.redact_button = QPushButton(self.tr("&Redact"), self)
        self.redact_button.setAccessibleName(self.tr("Redact"))
        self.redact_button.clicked.connect(self.redact)
        self.redact_button.setEnabled(False)
        self._has_table = bool(entries)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tick_all)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.redact_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.backups)
        layout.addWidget(self.recordings)
        layout.addWidget(self.documents, 1)
        layout.addLayout(buttons)
        self.resize(560, 460)

    def ticked(self) -> list[int]:
        """The ids of the ticked documents, in list order."""
        return [
            int(item.data(_ID_ROLE))
            for item in map(self.documents.item, range(self.documents.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _update_buttons(self) -> None:
        ticked = [
            item
            for item in map(self.documents.item, range(self.documents.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        self.redact_button.setEnabled(self._has_table and bool(ticked))
        held = [
            self.tr("'{document}' ({file})").format(
                document=item.text(), file=self._recordings[int(item.data(_ID_ROLE))]
            )
            for item in ticked
            if int(item.data(_ID_ROLE)) in self._recordings
        ]
        self.recordings.setText(
            self.tr(
                "qcode cannot redact audio: these recordings will still say every identifier "
                "replaced in the text: {recordings}. Keep them apart from anything shared, "
                "or edit them."
            ).format(recordings=sentence_list(held))
        )
        self.recordings.setVisible(bool(held))

    def _on_tick_all(self) -> None:
        for row in range(self.documents.count()):
            self.documents.item(row).setCheckState(Qt.CheckState.Checked)

    def redact(self) -> None:
        """Redact the ticked documents (one undoable edit); a refusal is
        shown as a message and the dialog stays open."""
        project = self.session.project
        ids = set(self.ticked())
        documents = [document for document in project.documents() if document.id in ids]
        if not documents:
            return
        results = self.session.edit(lambda: project.redact_documents(documents))
        if results is None:
            return
        replaced = sum(result.replacements for result in results)
        warnings = [w for w in (r.recording_warning() for r in results) if w is not None]
        if warnings:
            QMessageBox.information(
                self,
                self.tr("Recordings still hold what was replaced"),
                "\n\n".join(shown(warning) for warning in warnings),
            )
        self.session.status.emit(
            self.tr(
                "Redacted %Ln documents ({replaced}): Edit ▸ Undo until the project is closed.",
                "",
                len(results),
            ).format(replaced=self.tr("%Ln identifiers replaced", "", replaced))
        )
        self.accept()


def show_redaction_dialog(session: Session, parent: QWidget) -> RedactionDialog:
    """A fresh dialog (documents and table as they are now) in place of one
    already open."""
    for old in parent.findChildren(RedactionDialog):
        old.close()
    dialog = RedactionDialog(session, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
