"""Suggestions: passages of the document on screen that are likely to be coded,
each with a code, how sure qcode is and why — a queue to accept or reject.

Suggestions come from :class:`qcode.analysis.suggest.Suggester` (keywords,
a model learned from the team's own coding, and passages similar to coded
ones).  Nothing is applied until the researcher accepts.  The learned model
is trained in a worker process (:class:`SuggestionTrainer`) so the window
never freezes; until it is ready the other sources still work.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis import learn
from qcode.analysis.nlp import BLANK, installed_pipelines
from qcode.analysis.suggest import SOURCES, Suggester, Suggestion, train_for_project
from qcode.core.coding_edits import NewCoding
from qcode.core.events import ProjectChanged
from qcode.core.model import Code, Document
from qcode.errors import QcodeError
from qcode.gui.code_picker import swatch
from qcode.gui.list_model import ListTableModel
from qcode.gui.segments_panel import one_line
from qcode.gui.session import Session
from qcode.gui.suggestion_trainer import SuggestionTrainer, TrainingJob

RETRAIN_DELAY_MS = 2000  # coding usually comes in bursts: learn once the burst is over
SOURCE_NAMES = {"keywords": "Keywords", "learned": "Learned", "similar": "Similar"}
UNITS = (("Sentences", "sentence"), ("Speaker turns", "turn"))

ModelIndex = QModelIndex | QPersistentModelIndex


class SuggestionsModel(ListTableModel[Suggestion]):
    """Suggestions as rows: Code | Confidence | Source | Reason | Text."""

    HEADERS: ClassVar[tuple[str, ...]] = ("Code", "Confidence", "Source", "Reason", "Text")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors: dict[int, str] = {}

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        found = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                found.code,
                f"{found.confidence:.2f}",
                SOURCE_NAMES.get(found.source, found.source),
                found.reason,
                one_line(found.text),
            )[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            color = self.colors.get(found.code_id)
            return None if color is None else swatch(color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return found.text if column == 4 else found.reason
        return None


class SuggestionsPanel(QWidget):
    """Suggested passages for the document on screen, to accept or reject."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        training_job: TrainingJob = train_for_project,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName("Suggestions")
        self.suggester: Suggester | None = None
        self._suggestions: list[Suggestion] = []  # all found, before the confidence filter
        self._dirty = True  # to compute when next shown
        self._advance_to: int | None = None  # row to select after accepting or rejecting
        self._message = ""  # a failure, shown until the options or the document change
        self._model_ready = False  # a learned model fits the coding as it is now
        self._quiet = False  # restoring the current row: do not move the text selection
        self._pipelines_listed = False
        self.trainer = SuggestionTrainer(session.project, self, job=training_job)
        self._build_controls()
        self._build_table()
        self._build_actions()
        self._build_layout()
        self._refresh_timer = self._timer(self.refresh)
        self._train_timer = self._timer(self._on_training_due)

        self.trainer.started.connect(self._show_status)
        self.trainer.finished.connect(self._on_trained)
        self.trainer.failed.connect(self._on_training_failed)
        session.currentDocumentChanged.connect(self._on_current_document_changed)
        session.codingsChanged.connect(self._on_codings_changed)
        session.codesChanged.connect(lambda _codes: self.schedule_refresh())
        session.documentsChanged.connect(self._on_documents_changed)
        # Rejections have no Qt signal of their own: listen to the project for them.
        project, listener, trainer = session.project, self._on_project_changed, self.trainer
        project.changed.connect(listener)

        def forget() -> None:
            trainer.shutdown()
            with contextlib.suppress(ValueError):  # already let go
                project.changed.disconnect(listener)

        self._forget = forget
        self.destroyed.connect(lambda *_: forget())

    # -- building ---------------------------------------------------------------------

    def _timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(slot)
        return timer

    def _check(self, text: str, name: str, checked: bool = True) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setAccessibleName(name)
        box.setChecked(checked)
        box.toggled.connect(self._on_option_changed)
        return box

    def _build_controls(self) -> None:
        self.keywords_box = self._check("&Keywords", "Suggest from keywords")
        self.learned_box = self._check("&Learned from my coding", "Suggest from my coding")
        self.similar_box = self._check("Si&milar passages", "Suggest similar passages")
        self.names_box = self._check("Use code &names as keywords", "Use code names", False)
        self.names_box.toggled.connect(self._on_engine_changed)
        self.min_confidence = QDoubleSpinBox(self)
        self.min_confidence.setRange(0.0, 1.0)
        self.min_confidence.setSingleStep(0.05)
        self.min_confidence.setValue(0.3)
        self.min_confidence.setAccessibleName("Minimum confidence")
        self.min_confidence.valueChanged.connect(lambda _value: self._show_rows())
        self.unit_combo = QComboBox(self)
        self.unit_combo.setAccessibleName("Suggest whole")
        for text, unit in UNITS:
            self.unit_combo.addItem(text, unit)
        self.unit_combo.currentIndexChanged.connect(self._on_engine_changed)
        self.pipeline_combo = QComboBox(self)
        self.pipeline_combo.setAccessibleName("Language pipeline")
        self.pipeline_combo.setToolTip("spaCy pipelines installed on this computer")
        # Listing the installed pipelines imports spaCy: done when first shown.
        self.pipeline_combo.addItem(self.session.settings.suggestion_pipeline)
        self.pipeline_combo.currentTextChanged.connect(self._on_pipeline_chosen)
        self.heading = QLabel(self)
        self.heading.setAccessibleName("Suggestions heading")
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName("Learning status")
        self.status_label.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # no end known: a busy indicator
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName("Learning in progress")
        self.busy.hide()

    def _build_table(self) -> None:
        self.model = SuggestionsModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName("Suggested passages")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((180, 90, 90, 300)):  # a reason fits; the text stretches
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.clicked.connect(self._on_row_clicked)

    def _build_actions(self) -> None:
        def action(
            text: str, keys: Sequence[QKeySequence | str], slot: Any, tip: str, on: QWidget
        ) -> QAction:
            made = QAction(text, self)
            made.setShortcuts([QKeySequence(key) for key in keys])
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.setToolTip(tip)
            made.triggered.connect(lambda _checked=False: slot())
            on.addAction(made)
            return made

        # Enter and Delete act on the list only: in the spin box they edit the number.
        self.accept_action = action(
            "&Accept",
            ["Return", "Enter"],
            self.accept_current,
            "Code this passage with the suggested code (Enter)",
            self.table,
        )
        self.reject_action = action(
            "&Reject",
            QKeySequence.keyBindings(QKeySequence.StandardKey.Delete),
            self.reject_current,
            "Never suggest this code for this passage (Delete)",
            self.table,
        )
        self.accept_selection_action = action(
            "Accept &selection",
            ["Ctrl+Shift+Return"],
            self.accept_selection,
            "Code the text selected in the document (adjust it first) with this code",
            self,
        )
        self.accept_all_action = action(
            "Accept all &above…",
            [],
            self.accept_all_above,
            "Accept every suggestion listed at or above a confidence",
            self,
        )
        self.refresh_action = action(
            "Re&fresh", ["F5"], self.refresh, "Look for suggestions again", self
        )
        read_only = self.session.project.read_only
        for made in (self.accept_action, self.reject_action, self.accept_selection_action):
            made.setDisabled(read_only)
        self.accept_all_action.setDisabled(read_only)

    def _build_layout(self) -> None:
        rows = [QHBoxLayout() for _ in range(4)]
        for box in (self.keywords_box, self.learned_box, self.similar_box, self.names_box):
            rows[0].addWidget(box)
        for text, widget in (
            ("Minimum &confidence:", self.min_confidence),
            ("&Unit:", self.unit_combo),
            ("&Pipeline:", self.pipeline_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            rows[1].addWidget(label)
            rows[1].addWidget(widget)
        rows[2].addWidget(self.heading)
        rows[2].addWidget(self.status_label, 1)
        rows[2].addWidget(self.busy)
        for made in (
            self.accept_action,
            self.reject_action,
            self.accept_selection_action,
            self.accept_all_action,
            self.refresh_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(made)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(made.text().replace("&", "").rstrip("…"))
            rows[3].addWidget(button)
        layout = QVBoxLayout(self)
        for row in rows[:3]:
            layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows[3])
        for row in (rows[0], rows[1], rows[3]):
            row.addStretch(1)

    # -- what is shown ------------------------------------------------------------------

    @property
    def document(self) -> Document | None:
        return self.session.current_document

    def sources(self) -> list[str]:
        boxes = zip(SOURCES, (self.keywords_box, self.learned_box, self.similar_box), strict=True)
        return [name for name, box in boxes if box.isChecked()]

    def rows(self) -> list[Suggestion]:
        """The suggestions listed, in the order shown."""
        return list(self.model.items)

    def current(self) -> Suggestion | None:
        index = self.table.currentIndex()
        return self.model.items[index.row()] if index.isValid() else None

    def shutdown(self) -> None:
        """Stop learning and let go of the project (call before it is closed)."""
        self._refresh_timer.stop()
        self._train_timer.stop()
        self._forget()

    def _make_suggester(self) -> Suggester:
        if self.suggester is None:
            self.suggester = Suggester(
                self.session.project,
                pipeline=self.pipeline_combo.currentText() or BLANK,
                unit=self.unit_combo.currentData() or "sentence",
                use_code_names=self.names_box.isChecked(),
            )
        return self.suggester

    def schedule_refresh(self) -> None:
        """Compute again once the events of this edit are all in (if shown)."""
        if self.on_screen():
            self._refresh_timer.start()
        else:
            self._dirty = True

    def refresh(self) -> None:
        """Compute the suggestions for the document on screen."""
        self._refresh_timer.stop()
        self._dirty = False
        document, sources = self.document, self.sources()
        self._suggestions, self._model_ready = [], False
        if document is not None:
            try:
                suggester = self._make_suggester()
                # "Similar" and the learned reasons need all coded documents analysed:
                # the worker does that with the training; here only what it sent back.
                side = self.trainer.side_data
                current = side is not None and suggester.use_side_data(side)
                classifier = self.trainer.classifier(suggester) if "learned" in sources else None
                self._model_ready = classifier is not None and current
                if not self._model_ready:  # suggest() would train, here in the window's thread
                    sources = [name for name in sources if name != "learned"]
                if not current:
                    sources = [name for name in sources if name != "similar"]
                    if "similar" in self.sources():
                        self._schedule_training(0)
                self._suggestions = suggester.suggest(
                    document, sources=sources, classifier=classifier
                )
            except QcodeError as problem:
                self._message = str(problem)
            if "learned" in self.sources():
                self._schedule_training(0)
        self._show_rows()
        self._show_status()

    def _show_rows(self) -> None:
        keep = self.current()
        threshold = round(self.min_confidence.value(), 2)
        shown = [s for s in self._suggestions if round(s.confidence, 2) >= threshold]
        self.model.colors = {c.id: c.color for c in self.session.project.codebook().walk()}
        self.model.set_items(shown)
        document = self.document
        if document is None:
            self.heading.setText("Open a document to see suggestions for it.")
        else:
            count = "1 suggestion" if len(shown) == 1 else f"{len(shown)} suggestions"
            self.heading.setText(f"{count} for {document.name}.")
        advance, self._advance_to = self._advance_to, None
        if advance is not None and shown:
            # After accepting or rejecting, the next passage of the queue is up.
            self.table.setCurrentIndex(self.model.index(min(advance, len(shown) - 1), 0))
        elif keep is not None:
            key = (keep.start, keep.end, keep.code_id)
            for row, found in enumerate(shown):
                if (found.start, found.end, found.code_id) == key:
                    self._quiet = True
                    self.table.setCurrentIndex(self.model.index(row, 0))
                    self._quiet = False
                    break
        tip = "Suggested: {0.code} ({0.confidence:.2f}, {0.reason})"
        self.session.suggestionsShown.emit([(s.start, s.end, tip.format(s)) for s in shown])

    def _show_status(self) -> None:
        running = self.trainer.running
        self.busy.setVisible(running)
        if self._message:
            text = self._message
        elif "learned" not in self.sources():
            text = "Learning from your coding is off."
        elif running:
            text = "Learning from your coding…"
        elif self._model_ready:
            text = f"Model up to date (learned from {self._coded_passages()} coded passages)."
        elif self.suggester is not None and self.trainer.tried(self.suggester):
            text = (
                "Not enough coding to learn from yet: code at least "
                f"{learn.MIN_POSITIVES} passages with a code."
            )
        else:
            text = "Will learn from your coding in a moment."
        self.status_label.setText(text)

    def _coded_passages(self) -> int:
        suggester = self._make_suggester()
        if not suggester.is_current("coded_units"):
            return 0
        return suggester.coded_units()

    # -- learning -------------------------------------------------------------------------

    def _schedule_training(self, delay_ms: int) -> None:
        # A pending delay is a burst of edits going on: an immediate request waits for it.
        if delay_ms > 0 or not self._train_timer.isActive():
            self._train_timer.start(delay_ms)

    def _on_training_due(self) -> None:
        learning = self.on_screen() and "learned" in self.sources()
        if learning and self.trainer.train_if_needed(self._make_suggester()):
            self._message = ""
            self._show_status()

    def _on_trained(self, _fingerprint: str, _has_model: bool) -> None:
        self.schedule_refresh()
        self._show_status()

    def _on_training_failed(self, message: str) -> None:
        self._message = message
        self.session.status.emit(message)
        self._show_status()

    # -- live updates ----------------------------------------------------------------------

    def _on_current_document_changed(self, _document: Document | None) -> None:
        self._message = ""
        self._advance_to = None
        self.model.set_items([])
        self.schedule_refresh()

    def _on_codings_changed(self, documents: frozenset[int], _codes: frozenset[int]) -> None:
        self._on_documents_changed(documents)
        self._schedule_training(RETRAIN_DELAY_MS)  # the model learns from all the coding

    def _on_documents_changed(self, documents: frozenset[int]) -> None:
        document = self.document
        if document is not None and (not documents or document.id in documents):
            self.schedule_refresh()

    def _on_project_changed(self, event: ProjectChanged) -> None:
        if "rejected_suggestions" in event.tables:
            self.schedule_refresh()
            self._schedule_training(RETRAIN_DELAY_MS)

    def _on_option_changed(self, _checked: bool = False) -> None:
        self._message = ""
        self.schedule_refresh()

    def _on_engine_changed(self, *_args: object) -> None:
        self.suggester = None
        self._on_option_changed()

    def _on_pipeline_chosen(self, name: str) -> None:
        if name:
            self.session.settings.suggestion_pipeline = name
        self._on_engine_changed()

    def _list_pipelines(self) -> None:
        self._pipelines_listed = True
        pipelines = installed_pipelines()
        chosen = self.session.settings.suggestion_pipeline
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        self.pipeline_combo.addItems(pipelines)
        self.pipeline_combo.setCurrentText(chosen if chosen in pipelines else BLANK)
        self.pipeline_combo.blockSignals(False)
        if self.pipeline_combo.currentText() != chosen:  # uninstalled since: the setting stays
            self._on_engine_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A tabbed dock is shown for a moment while the window opens, even when
        # its tab is not the one in front: look again once events have settled,
        # so that opening the window never waits for spaCy to load.
        QTimer.singleShot(0, self.on_raised)

    def on_screen(self) -> bool:
        """Shown and not behind another tab (a tabbed dock's hidden page still
        counts as "visible" to Qt, but has nothing on screen)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def on_raised(self) -> None:
        """Call when the panel comes to the front (e.g. its dock tab is chosen)."""
        if not self.on_screen():
            return
        if not self._pipelines_listed:
            self._list_pipelines()
        if self._dirty:
            self.schedule_refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        # The marks in the text belong to this list: not shown, not drawn.
        super().hideEvent(event)
        self._dirty = True
        self.session.suggestionsShown.emit([])

    # -- choosing a row ----------------------------------------------------------------------

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet:
            self._on_row_clicked(current)

    def _on_row_clicked(self, index: QModelIndex) -> None:
        document = self.document
        if not index.isValid() or document is None:
            return
        found = self.model.items[index.row()]
        focused = self.table.hasFocus()
        self.session.open_document(document, select=(found.start, found.end))
        if focused:  # reviewing with the keyboard: the list keeps the focus
            self.table.setFocus()

    # -- accepting and rejecting -------------------------------------------------------------

    def _decide(self, edit: Callable[[Document, Code, Suggestion], object]) -> None:
        """Accept or reject the current row; the next row is up afterwards."""
        found, document = self.current(), self.document
        if found is None or document is None:
            return
        code = self.session.project.codebook().codes.get(found.code_id)
        if code is None:
            self.session.status.emit("That code no longer exists.")
            return
        self._advance_to = self.table.currentIndex().row()
        if self.session.edit(lambda: edit(document, code, found) or True) is None:
            self._advance_to = None  # nothing changed: stay on this row

    def accept_current(self) -> None:
        """Code the current row's passage with its code (one undoable edit)."""

        def accept(document: Document, code: Code, found: Suggestion) -> object:
            coding = self.session.project.apply_code(document, code, found.start, found.end)
            if coding is not None:
                self.session.remember_code(code)
            return coding

        self._decide(accept)

    def reject_current(self) -> None:
        """Never suggest the current row's code for its passage again (undoable)."""
        self._decide(
            lambda document, code, found: self.session.project.reject_suggestion(
                document, code, found.start, found.end
            )
        )

    def accept_selection(self) -> None:
        """Apply the current row's code to the text selected in the document
        (how a researcher codes a passage longer or shorter than suggested)."""
        found = self.current()
        code = None if found is None else self.session.project.codebook().codes.get(found.code_id)
        if code is None:
            self.session.status.emit("Choose a suggestion first.")
            return
        self.session.apply_code(code)

    def accept_all_above(self) -> None:
        """Accept every listed suggestion at or above a confidence, in one undo step."""
        document = self.document
        if document is None or not self.model.items:
            return
        title = "Accept all above"
        threshold, ok = QInputDialog.getDouble(
            self,
            title,
            "Accept every listed suggestion with a confidence of at least:",
            max(0.5, round(self.min_confidence.value(), 2)),
            0.0,
            1.0,
            2,
        )
        if not ok:
            return
        chosen = [s for s in self.model.items if round(s.confidence, 2) >= round(threshold, 2)]
        if not chosen:
            self.session.status.emit(
                f"No suggestion here has a confidence of at least {threshold:.2f}."
            )
            return
        passages = "1 passage" if len(chosen) == 1 else f"{len(chosen)} passages"
        question = (
            f"Code {passages} in '{document.name}' with their suggested codes?\n"
            "You can undo this in one step (Edit ▸ Undo)."
        )
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return
        codings = [
            NewCoding(document.id, s.code_id, s.start, s.end, expected_text=s.text) for s in chosen
        ]
        project = self.session.project
        self.session.edit(lambda: project.add_codings(codings))
