"""The Participants panel: the consent register.

Each participant is linked to documents (an interview with them alone)
and/or to a speaker label (their turns in any document); the panel shows
what they agreed to (may they be quoted, named, may the recording be kept),
until when their data may be kept, and the reference of their consent
form.  "Add…" and "Edit…" record it (one undoable edit each,
``Project.set_participant``); "Withdraw…" deletes everything about a
participant, for good (:mod:`qcode.gui.evidence.withdraw`).  When the
recording may not be kept, the dialog lists the recordings saving will
unlink (and, when ticked, delete: only their own interviews'), and says
afterwards what became of each file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.core.consent import unlinked_lines
from qcode.core.events import ProjectChanged
from qcode.core.media import HeldRecording
from qcode.gui.i18n.messages import shown
from qcode.gui.session import Session
from qcode.gui.widgets.table_model import Column, TableModel
from qcode.model import CONSENT_ANSWERS, Participant

# The register's own kind of change, and the kinds that change what it shows.
SHOWN_KINDS = frozenset({"consent", "documents", "project"})
REFUSED = QColor("#a4161a")  # a refusal, or a date passed


def _overdue(participant: Participant, today: str) -> bool:
    return bool(participant.retain_until) and str(participant.retain_until) < today


class ParticipantsModel(TableModel[Participant]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], parent)
        self.document_names: dict[int, str] = {}
        self.today = date.today().isoformat()
        self.columns = [
            Column[Participant](self.tr("Name"), lambda p: p.name),
            Column[Participant](
                self.tr("Documents"),
                lambda p: ", ".join(self.document_names.get(i, "?") for i in p.documents),
            ),
            Column[Participant](self.tr("Speaker"), lambda p: p.speaker or ""),
            Column[Participant](
                self.tr("Quote"),
                lambda p: p.quote,
                header_tooltip=self.tr("May what they said be quoted in exports and reports?"),
                roles={int(Qt.ItemDataRole.ForegroundRole): self._refusal_colour("quote")},
            ),
            Column[Participant](
                self.tr("Named"), lambda p: p.named, header_tooltip=self.tr("May they be named?")
            ),
            Column[Participant](
                self.tr("Keep recording"),
                lambda p: p.keep_recording,
                header_tooltip=self.tr("May the recording be kept?"),
            ),
            Column[Participant](
                self.tr("Retain until"),
                lambda p: p.retain_until or "",
                tooltip=lambda p: (
                    self.tr("This date has passed.") if _overdue(p, self.today) else None
                ),
                roles={
                    int(Qt.ItemDataRole.ForegroundRole): lambda p: (
                        REFUSED if _overdue(p, self.today) else None
                    )
                },
            ),
            Column[Participant](self.tr("Consent ref"), lambda p: p.consent_ref),
        ]

    @staticmethod
    def _refusal_colour(field: str):  # type: ignore[no-untyped-def]
        return lambda p: REFUSED if getattr(p, field) == "no" else None


class ParticipantDialog(QDialog):
    """Add a participant, or change what is recorded about one."""

    def __init__(
        self, session: Session, participant: Participant | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.participant = participant
        project = session.project
        self.setWindowTitle(
            self.tr("Edit participant") if participant else self.tr("Add participant")
        )
        self.name = QLineEdit(participant.name if participant else "", self)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setReadOnly(participant is not None)  # the register's key
        self.documents = QListWidget(self)
        self.documents.setAccessibleName(self.tr("Their documents"))
        linked = set(participant.documents) if participant else set()
        self._documents = {document.id: document for document in project.documents()}
        for document in self._documents.values():
            item = QListWidgetItem(document.name, self.documents)
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if document.id in linked else Qt.CheckState.Unchecked
            )
        self.speaker = QComboBox(self)
        self.speaker.setEditable(True)
        self.speaker.setAccessibleName(self.tr("Speaker label"))
        self.speaker.addItems(["", *(speaker.name for speaker in project.speakers())])
        self.speaker.setCurrentText(participant.speaker or "" if participant else "")
        self.answers: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Their &documents:"), self.documents)
        form.addRow(self.tr("Their turns as &speaker:"), self.speaker)
        for key, label in (
            ("quote", self.tr("May be &quoted:")),
            ("named", self.tr("May be na&med:")),
            ("keep_recording", self.tr("Keep the &recording:")),
        ):
            box = QComboBox(self)
            box.addItems(list(CONSENT_ANSWERS))
            box.setAccessibleName(label.replace("&", "").rstrip(":"))
            box.setCurrentText(getattr(participant, key) if participant else "unknown")
            self.answers[key] = box
            form.addRow(label, box)
        self.retain_until = QLineEdit(participant.retain_until or "" if participant else "", self)
        self.retain_until.setPlaceholderText(self.tr("YYYY-MM-DD (empty: no date)"))
        self.retain_until.setAccessibleName(self.tr("Retain until"))
        self.consent_ref = QLineEdit(participant.consent_ref if participant else "", self)
        self.consent_ref.setPlaceholderText(self.tr("e.g. the number of their signed consent form"))
        self.consent_ref.setAccessibleName(self.tr("Consent reference"))
        form.addRow(self.tr("Keep their data &until:"), self.retain_until)
        form.addRow(self.tr("Consent &reference:"), self.consent_ref)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "A passage of a participant who may not be quoted is left out of every "
                "export of quotes (with a count of what was left out)."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        # A recording that may not be kept: what saving unlinks, named before.
        self.recordings = QLabel(self)
        self.recordings.setAccessibleName(self.tr("Recordings to unlink"))
        self.recordings.setWordWrap(True)
        self.recordings.setStyleSheet("color: #8a5a00;")
        self.delete_recordings = QCheckBox(
            self.tr("Also de&lete the files of their own interviews' recordings"), self
        )
        self.delete_recordings.setToolTip(
            self.tr(
                "Only a file that is still the recording linked; never a group recording, "
                "which holds other people's voices"
            )
        )
        layout.addWidget(self.recordings)
        layout.addWidget(self.delete_recordings)
        layout.addWidget(buttons)
        self.held: list[HeldRecording] = []
        self.answers["keep_recording"].currentTextChanged.connect(self._on_recordings_changed)
        self.documents.itemChanged.connect(self._on_recordings_changed)
        self.speaker.currentTextChanged.connect(self._on_recordings_changed)
        self._on_recordings_changed()

    def _on_recordings_changed(self, *_args: object) -> None:
        """List the recordings that saving unlinks (their recording may not be
        kept), each with what becomes of its file."""
        held: list[HeldRecording] = []
        if self.answers["keep_recording"].currentText() == "no":
            documents = [self._documents[i] for i in self.checked_documents()]
            held = self.session.project.recordings_holding(
                documents, self.speaker.currentText().strip()
            )
        self.held = held
        lines = [
            self.tr("{file} — others speak in it too: cut their turns out of it or delete it")
            if recording.shared
            else self.tr("{file} — their own interview")
            for recording in held
        ]
        self.recordings.setText(
            self.tr(
                "Their recording may not be kept: saving unlinks these recordings; the files "
                "stay on disk unless you tick below:\n{recordings}"
            ).format(
                recordings="\n".join(
                    "  " + line.format(file=recording.path)
                    for line, recording in zip(lines, held, strict=True)
                )
            )
        )
        self.recordings.setVisible(bool(held))
        self.delete_recordings.setVisible(any(not recording.shared for recording in held))

    def checked_documents(self) -> list[int]:
        return [
            self.documents.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.documents.count())
            if self.documents.item(row).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        """Record it (one undoable edit); a mistake is shown and the dialog stays."""
        project = self.session.project
        wanted = set(self.checked_documents())
        documents = [document for document in project.documents() if document.id in wanted]
        saved = self.session.edit(
            lambda: project.set_participant(
                self.name.text().strip(),
                documents=documents,
                speaker=self.speaker.currentText().strip(),
                quote=self.answers["quote"].currentText(),
                named=self.answers["named"].currentText(),
                keep_recording=self.answers["keep_recording"].currentText(),
                retain_until=self.retain_until.text().strip(),
                consent_ref=self.consent_ref.text().strip(),
            )
        )
        if saved is not None:
            self.saved = saved
            self._report_recordings()
            self.accept()

    def _report_recordings(self) -> None:
        """Say what became of each recording the save unlinked (deleting the
        files of their own interviews when ticked)."""
        project = self.session.project
        still = {link.id for link in project.all_media()}
        unlinked = [recording for recording in self.held if recording.link.id not in still]
        if not unlinked:
            return
        deleted: list[Path] = []
        kept: list[str] = []
        if self.delete_recordings.isVisibleTo(self) and self.delete_recordings.isChecked():
            deleted, kept = project.delete_recording_files(unlinked)
        QMessageBox.information(
            self,
            self.tr("Recordings unlinked"),
            "\n\n".join(shown(line) for line in unlinked_lines(unlinked, deleted, kept)),
        )


class ParticipantsPanel(QWidget):
    """The register as a table, with Add, Edit and Withdraw."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Runs after a withdrawal erased the history (the window rebuilds Edit ▸ Undo).
        self.after_withdrawal: Callable[[], None] | None = None
        self.model = ParticipantsModel(self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Participants"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.edit_participant())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.clicked.connect(self.add_participant)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_participant)
        self.withdraw_button = QPushButton(self.tr("&Withdraw participant…"), self)
        self.withdraw_button.setToolTip(
            self.tr("Delete everything about the selected participant, for good (not undoable)")
        )
        self.withdraw_button.clicked.connect(self.withdraw_participant)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        session.project.changed.connect(self._on_project_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def _on_project_changed(self, event: ProjectChanged) -> None:
        if event.kinds & SHOWN_KINDS:
            self.refresh()

    def refresh(self) -> None:
        """Reload the register (keeping the selected participant selected)."""
        chosen = self.current()
        project = self.session.project
        participants = project.participants()
        # Only their documents' names: a survey holds 100,000 documents.
        linked = {document_id for p in participants for document_id in p.documents}
        self.model.document_names = dict(project.reader.document_names(linked))
        self.model.today = date.today().isoformat()
        self.model.set_rows(participants)
        if chosen is not None:
            for row, participant in enumerate(self.model.rows):
                if participant.id == chosen.id:
                    self.view.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        writable = not self.session.project.read_only
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(chosen and writable)
        self.withdraw_button.setEnabled(chosen and writable)

    def current(self) -> Participant | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.rows[rows[0].row()] if rows else None

    def _on_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Add…"), self.add_participant)
        if self.current() is not None:
            menu.addAction(self.tr("Edit…"), self.edit_participant)
            menu.addSeparator()
            menu.addAction(self.tr("Withdraw participant…"), self.withdraw_participant)
        menu.exec(self.view.viewport().mapToGlobal(position))

    def add_participant(self) -> None:
        ParticipantDialog(self.session, None, self).exec()

    def edit_participant(self) -> None:
        chosen = self.current()
        if chosen is None:
            self.session.status.emit(self.tr("Select a participant first."))
            return
        ParticipantDialog(self.session, chosen, self).exec()

    def withdraw_participant(self) -> None:
        from qcode.gui.evidence.withdraw import withdraw

        chosen = self.current()
        if chosen is None:
            self.session.status.emit(self.tr("Select the participant who withdrew first."))
            return
        withdraw(self.session, chosen, self, self.after_withdrawal)
