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
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
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
from qcode.analysis.suggest import Suggester, Suggestion, train_for_project
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
        self._attempted: set[str] = set()  # fingerprints a training was asked for
        self._memory_model: tuple[str, learn.Classifier] | None = None  # read-only projects
        self._learned_from: tuple[str, int] | None = None  # fingerprint -> coded passages
        self._message = ""  # the last failure, shown until the next run
        self._model_ready = False  # a learned model fits the coding as it is now
        self._quiet = False  # restoring the current row: do not move the text selection
        self._pipelines_listed = False

        self.trainer = SuggestionTrainer(session.project, self, job=training_job)
        self._build_controls()
        self._build_table()
        self._build_actions()

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._train_timer = QTimer(self)
        self._train_timer.setSingleShot(True)
        self._train_timer.timeout.connect(self._on_training_due)

        self.trainer.started.connect(self._show_status)
        self.trainer.finished.connect(self._on_trained)
        self.trainer.failed.connect(self._on_training_failed)
        session.currentDocumentChanged.connect(self._on_current_document_changed)
        session.codingsChanged.connect(self._on_codings_changed)
        session.codesChanged.connect(self._on_codes_changed)
        session.documentsChanged.connect(self._on_documents_changed)
        # Rejections have no Qt signal of their own: listen to the project for them.
        project, listener = session.project, self._on_project_changed
        project.changed.connect(listener)
        trainer = self.trainer

        def forget() -> None:
            trainer.shutdown()
            with contextlib.suppress(ValueError):  # already let go
                project.changed.disconnect(listener)

        self._forget = forget
        self.destroyed.connect(lambda *_: forget())

    # -- building ---------------------------------------------------------------------

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
        self.min_confidence.setDecimals(2)
        self.min_confidence.setValue(0.3)
        self.min_confidence.setAccessibleName("Minimum confidence")
        self.min_confidence.valueChanged.connect(self._on_min_confidence_changed)
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
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.clicked.connect(self._on_row_clicked)

    def _build_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: Any, on: QWidget) -> QAction:
            made = QAction(text, self)
            made.setShortcuts(keys)
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(lambda _checked=False: slot())
            on.addAction(made)
            return made

        # Enter and Delete act on the list only: in the spin box they edit the number.
        enter = [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        self.accept_action = action("&Accept", enter, self.accept_current, self.table)
        delete = [QKeySequence(QKeySequence.StandardKey.Delete)]
        self.reject_action = action("&Reject", delete, self.reject_current, self.table)
        self.accept_selection_action = action(
            "Accept &selection", [QKeySequence("Ctrl+Shift+Return")], self.accept_selection, self
        )
        self.accept_all_action = action("Accept all &above…", [], self.accept_all_above, self)
        self.refresh_action = action("Re&fresh", [QKeySequence("F5")], self.refresh, self)
        self.accept_action.setToolTip("Code this passage with the suggested code (Enter)")
        self.reject_action.setToolTip("Never suggest this code for this passage again (Delete)")
        self.accept_selection_action.setToolTip(
            "Code the text selected in the document with this row's code "
            "(adjust the selection first)"
        )
        self.accept_all_action.setToolTip("Accept every suggestion at or above a confidence")

        sources = QHBoxLayout()
        for box in (self.keywords_box, self.learned_box, self.similar_box, self.names_box):
            sources.addWidget(box)
        sources.addStretch(1)
        options = QHBoxLayout()
        for text, widget in (
            ("Minimum &confidence:", self.min_confidence),
            ("&Unit:", self.unit_combo),
            ("&Pipeline:", self.pipeline_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            options.addWidget(label)
            options.addWidget(widget)
        options.addStretch(1)
        status = QHBoxLayout()
        status.addWidget(self.heading)
        status.addWidget(self.status_label, 1)
        status.addWidget(self.busy)
        buttons = QHBoxLayout()
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
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(sources)
        layout.addLayout(options)
        layout.addLayout(status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        writable = not self.session.project.read_only
        for made in (self.accept_action, self.reject_action, self.accept_selection_action):
            made.setEnabled(writable)
        self.accept_all_action.setEnabled(writable)

    # -- what is shown ------------------------------------------------------------------

    @property
    def document(self) -> Document | None:
        return self.session.current_document

    def sources(self) -> list[str]:
        boxes = (
            ("keywords", self.keywords_box),
            ("learned", self.learned_box),
            ("similar", self.similar_box),
        )
        return [name for name, box in boxes if box.isChecked()]

    def rows(self) -> list[Suggestion]:
        """The suggestions listed, in the order shown."""
        return list(self.model.items)

    def current(self) -> Suggestion | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.items):
            return None
        return self.model.items[index.row()]

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
        """Compute again once the events of this edit are all in."""
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._dirty = True

    def refresh(self) -> None:
        """Compute the suggestions for the document on screen."""
        self._refresh_timer.stop()
        self._dirty = False
        document = self.document
        found: list[Suggestion] = []
        self._model_ready = False
        if document is not None:
            sources = self.sources()
            try:
                suggester = self._make_suggester()
                classifier = self._classifier() if "learned" in sources else None
                self._model_ready = classifier is not None
                found = suggester.suggest(document, sources=sources, classifier=classifier)
            except QcodeError as problem:
                self._message = str(problem)
        self._suggestions = found
        self._show_rows()
        if "learned" in self.sources() and document is not None:
            self._schedule_training(0)
        self._show_status()

    def _classifier(self) -> learn.Classifier | None:
        suggester = self._make_suggester()
        classifier = suggester.classifier(train=False)
        if classifier is not None:
            return classifier
        unsaved = self.trainer.unsaved_model
        if unsaved is None or unsaved[0] != suggester.fingerprint():
            return None
        if self._memory_model is None or self._memory_model[0] != unsaved[0]:
            self._memory_model = (unsaved[0], learn.Classifier(unsaved[1]))
        return self._memory_model[1]

    def _show_rows(self) -> None:
        keep = self.current()
        threshold = round(self.min_confidence.value(), 2)
        shown = [s for s in self._suggestions if round(s.confidence, 2) >= threshold]
        codebook = self.session.project.codebook()
        self.model.colors = {code.id: code.color for code in codebook.walk()}
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
            for row, suggestion in enumerate(shown):
                if (suggestion.start, suggestion.end, suggestion.code_id) == key:
                    self._quiet = True
                    self.table.setCurrentIndex(self.model.index(row, 0))
                    self._quiet = False
                    break
        self.session.suggestionsShown.emit(
            [
                (s.start, s.end, f"Suggested: {s.code} ({s.confidence:.2f}, {s.reason})")
                for s in shown
            ]
        )

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
        elif self.suggester is not None and self.suggester.fingerprint() in self._attempted:
            text = (
                "Not enough coding to learn from yet: code at least "
                f"{learn.MIN_POSITIVES} passages with a code."
            )
        else:
            text = "Will learn from your coding in a moment."
        self.status_label.setText(text)

    def _coded_passages(self) -> int:
        suggester = self._make_suggester()
        key = suggester.fingerprint()
        if self._learned_from is None or self._learned_from[0] != key:
            training = suggester.training_set()
            count = sum(1 for cats in training.cats if any(cats.get(x) for x in training.labels))
            self._learned_from = (key, count)
        return self._learned_from[1]

    # -- learning -------------------------------------------------------------------------

    def _schedule_training(self, delay_ms: int) -> None:
        if not self._train_timer.isActive() or delay_ms > 0:
            self._train_timer.start(delay_ms)

    def _on_training_due(self) -> None:
        if not self.isVisible() or "learned" not in self.sources():
            return
        suggester = self._make_suggester()
        if self._classifier() is not None:
            return
        key = suggester.fingerprint()
        if key in self._attempted:  # tried for exactly this coding: nothing new to learn
            return
        self._attempted.add(key)
        self._message = ""
        self.trainer.train(suggester.pipeline, suggester.unit)
        self._show_status()

    def _on_trained(self, fingerprint: str, has_model: bool) -> None:
        self._attempted.add(fingerprint)
        self._model_ready = self._model_ready and not has_model  # until recomputed
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
        document = self.document
        if document is not None and (not documents or document.id in documents):
            self.schedule_refresh()
        self._schedule_training(RETRAIN_DELAY_MS)

    def _on_codes_changed(self, _codes: frozenset[int]) -> None:
        self.schedule_refresh()

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
        self._memory_model = None
        self._on_option_changed()

    def _on_pipeline_chosen(self, name: str) -> None:
        if name:
            self.session.settings.suggestion_pipeline = name
        self._on_engine_changed()

    def _on_min_confidence_changed(self, _value: float) -> None:
        self._show_rows()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._pipelines_listed:
            self._list_pipelines()
        if self._dirty:
            self.schedule_refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        # Marks in the text belong to this list: not shown, not drawn.
        super().hideEvent(event)
        self._dirty = True
        self.session.suggestionsShown.emit([])

    # -- choosing a row ----------------------------------------------------------------------

    def _list_pipelines(self) -> None:
        self._pipelines_listed = True
        pipelines = installed_pipelines()
        chosen = self.session.settings.suggestion_pipeline
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        self.pipeline_combo.addItems(pipelines)
        self.pipeline_combo.setCurrentText(chosen if chosen in pipelines else BLANK)
        self.pipeline_combo.blockSignals(False)
        if self.pipeline_combo.currentText() != chosen:  # no longer installed
            self._on_engine_changed()

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self._select_in_text(self.model.items[current.row()])

    def _on_row_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._select_in_text(self.model.items[index.row()])

    def _select_in_text(self, suggestion: Suggestion) -> None:
        document = self.document
        if document is None or document.id != suggestion.document_id:
            return
        focused = self.table.hasFocus()
        self.session.open_document(document, select=(suggestion.start, suggestion.end))
        if focused:  # keep reviewing with the keyboard: the list keeps the focus
            self.table.setFocus()

    # -- accepting and rejecting -------------------------------------------------------------

    def _code_of(self, suggestion: Suggestion) -> Code | None:
        code = self.session.project.codebook().codes.get(suggestion.code_id)
        if code is None:
            self.session.status.emit("That code no longer exists.")
        return code

    def accept_current(self) -> None:
        """Code the current row's passage with its code (one undoable edit)."""
        suggestion, document = self.current(), self.document
        if suggestion is None or document is None:
            return
        code = self._code_of(suggestion)
        if code is None:
            return
        self._advance_to = self.table.currentIndex().row()
        project = self.session.project
        start, end = suggestion.start, suggestion.end
        if self.session.edit(lambda: project.apply_code(document, code, start, end)) is None:
            self._advance_to = None  # nothing changed: stay on this row
        else:
            self.session.remember_code(code)

    def reject_current(self) -> None:
        """Never suggest the current row's code for its passage again (undoable)."""
        suggestion, document = self.current(), self.document
        if suggestion is None or document is None:
            return
        code = self._code_of(suggestion)
        if code is None:
            return
        self._advance_to = self.table.currentIndex().row()
        project = self.session.project
        start, end = suggestion.start, suggestion.end

        def reject() -> bool:
            project.reject_suggestion(document, code, start, end)
            return True

        if not self.session.edit(reject):
            self._advance_to = None

    def accept_selection(self) -> None:
        """Apply the current row's code to the text selected in the document
        (how a researcher codes a passage longer or shorter than suggested)."""
        suggestion = self.current()
        if suggestion is None:
            self.session.status.emit("Choose a suggestion first.")
            return
        code = self._code_of(suggestion)
        if code is not None:
            self.session.apply_code(code)

    def accept_all_above(self) -> None:
        """Accept every listed suggestion at or above a confidence, in one undo step."""
        document = self.document
        if document is None or not self.model.items:
            return
        threshold, ok = QInputDialog.getDouble(
            self,
            "Accept all above",
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
            self.session.status.emit(f"No suggestion here has a confidence of {threshold:.2f}.")
            return
        passages = "1 passage" if len(chosen) == 1 else f"{len(chosen)} passages"
        answer = QMessageBox.question(
            self,
            "Accept all above",
            f"Code {passages} in '{document.name}' with their suggested codes?\n"
            "You can undo this in one step (Edit ▸ Undo).",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        codings = [
            NewCoding(document.id, s.code_id, s.start, s.end, expected_text=s.text) for s in chosen
        ]
        project = self.session.project
        self.session.edit(lambda: project.add_codings(codings))
