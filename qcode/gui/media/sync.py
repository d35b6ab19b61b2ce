"""The recording kept in step with the text.

:class:`MediaSync` loads the recording of the document on screen (found
again if it moved, see :func:`qcode.core.media.find_media`), highlights the
cue being played and, when "Follow in text" is on, keeps it in view; a
passage selected from any list (a coded segment, a search hit) plays from
its time, and a coding's menu offers "Play this passage", which plays
exactly its time range.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QMenu, QTextEdit

from qcode.core.events import ProjectChanged
from qcode.core.media import MediaCheck
from qcode.core.timeline import Timeline, clock_span
from qcode.errors import QcodeError
from qcode.gui.coding.document_view import DocumentView
from qcode.gui.i18n.messages import error_text
from qcode.gui.media.player import MediaPlayer
from qcode.gui.session import Session
from qcode.gui.widgets.positions import PositionMap
from qcode.model import Coding, Document, SpeakerTurn

CUE_COLOUR = QColor(255, 236, 153)


class MediaSync(QObject):
    """Wires one :class:`MediaPlayer` to the session and the text view."""

    def __init__(self, session: Session, view: DocumentView, player: MediaPlayer) -> None:
        super().__init__(player)
        self.session, self.view, self.player = session, view, player
        self.document: Document | None = None
        self.check: MediaCheck | None = None
        self.timeline = Timeline([])
        self._positions = PositionMap("")
        self._cue: SpeakerTurn | None = None
        session.currentDocumentChanged.connect(self._on_document)
        session.selectRequested.connect(self._on_select_requested)
        session.documentsChanged.connect(self._on_documents_changed)
        session.project.changed.connect(self._on_project_changed)
        player.positionChanged.connect(self._on_position)
        view.coding_menu_hooks.append(self._coding_menu)
        view.coding_tip_hooks.append(self._coding_tip)
        self._on_document(session.current_document)

    @property
    def ready(self) -> bool:
        """Whether a recording is loaded and the text has times to play."""
        return self.player.path is not None and self.timeline.timed

    # -- which recording ----------------------------------------------------------------

    def _on_document(self, document: Document | None) -> None:
        self.document = document
        self.reload()

    def reload(self) -> None:
        """Load the recording of the document on screen (or say why not)."""
        document = self.document
        self._cue = None
        self.view.text.setExtraSelections([])
        if document is None:
            self.player.unload("")
            return
        project = self.session.project
        try:
            self.timeline = project.timeline(document)
            self._positions = PositionMap(project.text(document))
            self.check = project.find_media(document)
        except QcodeError as error:  # the document went (an undo)
            self.player.unload(error_text(error))
            return
        check = self.check
        if check is None:
            self.player.unload("")
        elif not check.playable:
            self.player.unload(
                self.tr(
                    "The recording {file_name} is not the file that was linked (bytes changed). "
                    "The transcript stays usable."
                ).format(file_name=check.path.name)
                if check.state == "changed"
                else self.tr(
                    "The recording {file_name} is missing (looked for {path}). The transcript "
                    "stays usable."
                ).format(file_name=check.link.file_name, path=check.path)
            )
        else:
            note = (
                self.tr("Found {name} at {parent}").format(
                    name=check.path.name, parent=check.path.parent
                )
                if check.state == "moved"
                else ""
            )
            if project.encrypted:
                note = (note + " — " if note else "") + self.tr("The recording is not encrypted.")
            if not self.timeline.timed:
                note = (note + " — " if note else "") + self.tr("This transcript has no times.")
            self.player.load(check.path, check.link.kind, note)

    def _on_project_changed(self, event: ProjectChanged) -> None:
        if "media" in event.kinds:
            self.reload()

    def _on_documents_changed(self, documents: frozenset[int]) -> None:
        if self.document is not None and (not documents or self.document.id in documents):
            self.reload()

    # -- from the text to the recording ---------------------------------------------------

    def _on_select_requested(self, start: int, end: int) -> None:
        if self.ready:
            began, _ended = self.timeline.span(start, end)
            if began is not None:
                self.player.play_from(began)

    def play_passage(self, coding: Coding) -> None:
        """Play exactly the time range of a coding."""
        began, ended = self.timeline.span(coding.start, coding.end)
        if began is not None:
            self.player.play_range(began, ended)

    def _coding_menu(self, menu: QMenu, coding: Coding, label: str) -> None:
        if not self.ready or self.document is None or coding.document_id != self.document.id:
            return
        times = self.timeline.span(coding.start, coding.end)
        if times[0] is not None:
            menu.addAction(
                self.tr("Play this passage {label} ({clock_span})").format(
                    label=label, clock_span=clock_span(times)
                ),
                lambda c=coding: self.play_passage(c),
            )

    def _coding_tip(self, coding: Coding) -> str:
        if self.document is None or coding.document_id != self.document.id:
            return ""
        shown = clock_span(self.timeline.span(coding.start, coding.end))
        return self.tr("  in the recording at {shown}").format(shown=shown) if shown else ""

    # -- from the recording to the text ---------------------------------------------------

    def _on_position(self, seconds: float) -> None:
        if not self.timeline.timed:
            return
        cue = self.timeline.cue_at_time(seconds)
        if cue is self._cue:
            return
        self._cue = cue
        text = self.view.text
        if cue is None:
            text.setExtraSelections([])
            return
        mark = QTextEdit.ExtraSelection()
        mark.format.setBackground(CUE_COLOUR)
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
        cursor = QTextCursor(text.document())
        cursor.setPosition(self._positions.to_qt(cue.start))
        cursor.setPosition(self._positions.to_qt(cue.end), QTextCursor.MoveMode.KeepAnchor)
        mark.cursor = cursor
        text.setExtraSelections([mark])
        if self.player.follow.isChecked() and not text.textCursor().hasSelection():
            at = text.textCursor()
            at.setPosition(self._positions.to_qt(cue.start))
            text.setTextCursor(at)
            text.ensureCursorVisible()

    def current_cue(self) -> SpeakerTurn | None:
        """The cue highlighted as being played."""
        return self._cue
