"""Transcribing by hand while the recording plays (File ▸ New transcript
from a recording…), for testimony that must not leave the laptop.

The window holds the player and a text to type in, with the keys of
transcription tools: play/pause (pausing goes back two seconds, to hear the
last words again), insert the time as ``[hh:mm:ss]``, insert a speaker
label.  The keys are F4 (or Esc), F8 and F9 unless the settings file says
otherwise (``"transcription_keys": {"play_pause": "F2", ...}``).  Saving
makes one document in one undoable edit: the text typed, its cues read
from the time marks (:func:`qcode.io.timestamps.timed_turns`, so the
document is timed), and the recording linked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from qcode.core.media import read_recording
from qcode.errors import QcodeError
from qcode.gui.media.player import MediaPlayer, recordings_filter
from qcode.gui.widgets.overrides import guarded
from qcode.io.base import ImportedDocument
from qcode.io.media import MediaFacts
from qcode.io.timestamps import mark_text, timed_turns
from qcode.model import Document
from qcode.settings import Settings

REWIND_ON_PAUSE = 2.0
DEFAULT_KEYS: dict[str, tuple[str, ...]] = {
    "play_pause": ("F4", "Esc"),
    "timestamp": ("F8",),
    "speaker": ("F9",),
}


def transcription_keys(settings: Settings | None) -> dict[str, tuple[str, ...]]:
    """The keys of each transcription action: the defaults, or what the
    settings file names (a key or a list of keys per action)."""
    keys = dict(DEFAULT_KEYS)
    # Settings keeps no typed accessor for this rarely changed preference:
    # read the one entry from the settings file's values.
    values = getattr(settings, "_values", {}) if settings is not None else {}
    chosen = values.get("transcription_keys") if isinstance(values, dict) else None
    if isinstance(chosen, dict):
        for action, value in chosen.items():
            if action in keys and isinstance(value, str | list):
                names = [value] if isinstance(value, str) else [str(v) for v in value]
                keys[action] = tuple(names)
    return keys


class TranscriptionWindow(QDialog):
    """A recording and the transcript being typed for it."""

    def __init__(
        self, facts: MediaFacts, settings: Settings | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.facts = facts
        self.setWindowTitle(self.tr("Transcribing {name}").format(name=facts.path.name))
        self.speaker = self.tr("Speaker")
        keys = transcription_keys(settings)
        self.player = MediaPlayer(self)
        self.player.follow.hide()
        self.player.load(facts.path, facts.kind)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Transcript"))
        shown = {action: self._either(names) for action, names in keys.items()}
        hint = QLabel(
            self.tr(
                "{play_keys}: play/pause (goes back {seconds:g} s on pause) · {time_keys}: "
                "insert the time · {speaker_keys}: insert a speaker label"
            ).format(
                play_keys=shown["play_pause"],
                seconds=REWIND_ON_PAUSE,
                time_keys=shown["timestamp"],
                speaker_keys=shown["speaker"],
            ),
            self,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.player)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        # The keys are read by the text itself (an event filter), so they
        # work while typing and Esc never closes the window.
        self._keys: list[tuple[QKeySequence, Callable[[], None]]] = []
        for name, slot in (
            ("play_pause", self.play_pause),
            ("timestamp", self.insert_timestamp),
            ("speaker", self.insert_speaker),
        ):
            self._keys.extend((QKeySequence(key), slot) for key in keys[name])
        self.editor.installEventFilter(self)
        self.resize(900, 600)

    def _either(self, names: tuple[str, ...] | list[str]) -> str:
        """Keys that do the same thing, in words ("F4 or Esc")."""
        said = names[0] if names else ""
        for name in names[1:]:
            said = self.tr("{keys} or {key}").format(keys=said, key=name)
        return said

    @guarded
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            pressed = QKeySequence(event.keyCombination())
            for sequence, slot in self._keys:
                if sequence.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                    slot()
                    return True
        return super().eventFilter(watched, event)

    @guarded
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc is play/pause here, never "close the window and lose the text".
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def play_pause(self) -> None:
        if self.player.playing:
            self.player.pause(rewind=REWIND_ON_PAUSE)
        else:
            self.player.toggle()

    def insert_timestamp(self) -> None:
        """Type the player's time as ``[hh:mm:ss]`` at the cursor."""
        self.editor.insertPlainText(mark_text(self.player.seconds()) + " ")

    def insert_speaker(self) -> None:
        """Type a speaker label (the last one used is offered) at the cursor."""
        name, ok = QInputDialog.getText(
            self, self.tr("Speaker"), self.tr("Speaker label:"), text=self.speaker
        )
        if ok and name.strip():
            self.speaker = name.strip()
            self.editor.insertPlainText(f"{self.speaker}: ")

    def document_to_add(self, name: str) -> ImportedDocument:
        """The typed transcript as a document to add, timed by its marks,
        with its recording."""
        text = self.editor.toPlainText().rstrip()
        if not text.strip():
            raise QcodeError(self.tr("the transcript is empty: type it first, then save"))
        return ImportedDocument(
            name=name,
            text=text,
            source_name=self.facts.path.name,
            importer="transcribed",
            turns=timed_turns(text, self.facts.duration),
            recording=self.facts,
        )


def install_transcription(window: Any, file_menu: QMenu | None) -> None:
    """Add File ▸ New transcript from a recording… to ``window``."""
    if file_menu is None:
        return
    action = QAction(
        QCoreApplication.translate("media.transcribe", "New transcript from a recording…"), window
    )
    action.triggered.connect(lambda _checked=False: new_transcript(window))
    file_menu.addAction(action)


def new_transcript(window: Any, path: Path | None = None) -> Document | None:
    """Ask for a recording, let the researcher transcribe it, and add the
    transcript as a timed document linked to the recording."""
    session = window.session
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("media.transcribe", "Transcribe a recording"),
            "",
            recordings_filter(),
        )
        if not chosen:
            return None
        path = Path(chosen)
    facts = session.edit(lambda: read_recording(path))
    if facts is None:
        return None
    dialog = TranscriptionWindow(facts, session.settings, window)
    window.transcription = dialog
    while dialog.exec() == QDialog.DialogCode.Accepted:
        added = session.edit(
            lambda: session.project.add_documents([dialog.document_to_add(path.stem)])
        )
        if added:
            session.open_document(added[0])
            return added[0]
    return None
