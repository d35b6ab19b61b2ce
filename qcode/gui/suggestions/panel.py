"""Suggestions: passages of the document on screen that are likely to be coded,
each with a code, how sure qcode is and why — a queue to accept or reject.

Suggestions come from :mod:`qcode.analysis.suggestions.suggester` (keywords, a model
learned from the team's own coding, and passages similar to coded ones).
Nothing is applied until the researcher accepts.  The window's thread never
analyses text: suggestions are found in a worker process
(:class:`SuggestionFinder`) and the model is trained in another
(:class:`SuggestionTrainer`), so the window never freezes; until the model is
ready the other sources still work.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.nlp import BLANK, installed_pipelines
from qcode.analysis.suggestions.progress import TrainingProgress
from qcode.analysis.suggestions.suggester import SOURCES, Suggester, Suggestion
from qcode.analysis.suggestions.worker import (
    WorkerSuggestions,
    suggest_in_worker,
    train_for_project,
)
from qcode.core.events import ProjectChanged
from qcode.gui.session import Session
from qcode.gui.suggestions.table import SuggestionTable, make_action
from qcode.gui.suggestions.trainer import (
    SuggestionFinder,
    SuggestionTrainer,
    SuggestJob,
    TrainingJob,
)
from qcode.gui.widgets.overrides import guarded
from qcode.model import Document

RETRAIN_DELAY_MS = 2000  # coding usually comes in bursts: learn once the burst is over
UNITS = (
    (QT_TRANSLATE_NOOP("SuggestionsPanel", "Sentences"), "sentence"),
    (QT_TRANSLATE_NOOP("SuggestionsPanel", "Speaker turns"), "turn"),
)
FINDING = QT_TRANSLATE_NOOP("SuggestionsPanel", "Finding suggestions…")
# The recall knob, from "few, sure" to "many, to review": each position multiplies every
# code's learned threshold (1: as learned; 0: every passage scored).
KNOB = (4.0, 3.0, 2.2, 1.6, 1.25, 1.0, 0.75, 0.5, 0.3, 0.15, 0.0)
KNOB_DEFAULT = KNOB.index(1.0)


class SuggestionsPanel(QWidget):
    """Suggested passages for the document on screen, to accept or reject.

    ``refreshed`` is emitted each time the rows found for a request are shown.
    """

    refreshed = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        training_job: TrainingJob = train_for_project,
        suggest_job: SuggestJob = suggest_in_worker,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Suggestions"))
        self._answer: WorkerSuggestions | None = None  # the last one shown
        self._asked: tuple[int, list[str], str, str] = (0, [], BLANK, "sentence")
        self._changes = 0  # edits so far: is the last answer still true?
        self._dirty = True  # to compute when next shown
        self._message = ""  # a failure, shown until the options or the document change
        self._pipelines_listed = False
        self.trainer = SuggestionTrainer(session.project, self, job=training_job)
        self.finder = SuggestionFinder(session.project, self, job=suggest_job)
        self._build_controls()
        self.table = SuggestionTable(session, self)
        self.table.decided.connect(self._show_heading)
        table = self.table  # its actions, for the window's menus and for tests
        self.accept_action, self.reject_action = table.accept_action, table.reject_action
        self.accept_selection_action = table.accept_selection_action
        self.accept_all_action = table.accept_all_action
        self.refresh_action = make_action(
            self,
            self.tr("Re&fresh"),
            ["F5"],
            self.refresh,
            self.tr("Look for suggestions again"),
            self,
        )
        self._build_layout()
        self._refresh_timer = self._timer(self.refresh)
        self._train_timer = self._timer(self._on_training_due)

        self.finder.found.connect(self._on_found)
        self.finder.failed.connect(self._on_find_failed)
        self.finder.pipelinesListed.connect(self._on_pipelines_listed)
        self.trainer.started.connect(self._show_status)
        self.trainer.progressed.connect(self._on_progress)
        self.trainer.finished.connect(self._on_trained)
        self.trainer.failed.connect(self._on_training_failed)
        self.trainer.cancelled.connect(self._on_training_cancelled)
        session.currentDocumentChanged.connect(self._on_current_document_changed)
        session.codingsChanged.connect(self._on_codings_changed)
        session.codesChanged.connect(lambda _codes: self.schedule_refresh())
        session.documentsChanged.connect(self._on_documents_changed)
        # Rejections have no Qt signal of their own: listen to the project for them.
        project, listener = session.project, self._on_project_changed
        trainer, finder = self.trainer, self.finder
        project.changed.connect(listener)

        views = self._views = []  # "find more" windows and reports: their workers end with us

        def forget() -> None:
            trainer.shutdown()
            finder.shutdown()
            for view in views:
                view.shutdown()
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
        self.keywords_box = self._check(self.tr("&Keywords"), self.tr("Suggest from keywords"))
        self.learned_box = self._check(
            self.tr("&Learned from my coding"), self.tr("Suggest from my coding")
        )
        self.similar_box = self._check(
            self.tr("Si&milar passages"), self.tr("Suggest similar passages")
        )
        self.names_box = self._check(
            self.tr("Use code &names as keywords"), self.tr("Use code names"), False
        )
        self.recall_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.recall_slider.setRange(0, len(KNOB) - 1)
        self.recall_slider.setValue(KNOB_DEFAULT)
        self.recall_slider.setPageStep(1)
        self.recall_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.recall_slider.setMinimumWidth(160)
        self.recall_slider.setAccessibleName(self.tr("Few and sure, or many to review"))
        self.recall_slider.setToolTip(
            self.tr(
                "Left: only the suggestions qcode is surest of. Middle: each code's own "
                "threshold, learned from your coding. Right: more and more passages to review."
            )
        )
        self.recall_slider.valueChanged.connect(lambda _value: self._show_rows())
        self.unit_combo = QComboBox(self)
        self.unit_combo.setAccessibleName(self.tr("Suggest whole"))
        for text, unit in UNITS:
            self.unit_combo.addItem(self.tr(text), unit)
        self.unit_combo.currentIndexChanged.connect(lambda _index: self._on_option_changed())
        self.pipeline_combo = QComboBox(self)
        self.pipeline_combo.setAccessibleName(self.tr("Language pipeline"))
        self.pipeline_combo.setToolTip(self.tr("spaCy pipelines installed on this computer"))
        # Listing the installed pipelines imports spaCy: done by the worker when first shown.
        self.pipeline_combo.addItem(self.session.settings.suggestion_pipeline)
        self.pipeline_combo.currentTextChanged.connect(self._on_pipeline_chosen)
        self.heading = QLabel(self)
        self.heading.setAccessibleName(self.tr("Suggestions heading"))
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Learning status"))
        self.status_label.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # no end known until the first report: a busy indicator
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName(self.tr("Learning in progress"))
        self.busy.hide()
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel learning"))
        self.cancel_button.clicked.connect(self.trainer.cancel)
        self.cancel_button.hide()
        self.retry_button = QToolButton(self)
        self.retry_button.setText(self.tr("Retry with fewer passages"))
        self.retry_button.setAccessibleName(self.tr("Retry with fewer passages"))
        self.retry_button.clicked.connect(self._on_retry)
        self.retry_button.hide()
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("Find more like a code…"))
        self.more_button.setAccessibleName(self.tr("Find more like a code"))
        self.more_button.setToolTip(
            self.tr("Rank every passage by how likely it is to belong to a code")
        )
        self.more_button.clicked.connect(self.open_ranking)
        self.report_button = QToolButton(self)
        self.report_button.setText(self.tr("How good are they?…"))
        self.report_button.setAccessibleName(self.tr("How good are suggestions"))
        self.report_button.setToolTip(self.tr("Measure the suggestions on your own coding"))
        self.report_button.clicked.connect(self.open_report)

    def _build_layout(self) -> None:
        rows = [QHBoxLayout() for _ in range(3)]
        rows.append(self.table.button_row(self.refresh_action))
        for box in (self.keywords_box, self.learned_box, self.similar_box, self.names_box):
            rows[0].addWidget(box)
        knob = QLabel(self.tr("Few, &sure"), self)
        knob.setBuddy(self.recall_slider)
        rows[1].addWidget(knob)
        rows[1].addWidget(self.recall_slider)
        rows[1].addWidget(QLabel(self.tr("many, to review"), self))
        labels = (
            (self.tr("&Unit:"), self.unit_combo),
            (self.tr("&Pipeline:"), self.pipeline_combo),
        )
        for text, widget in labels:
            label = QLabel(text, self)
            label.setBuddy(widget)
            rows[1].addWidget(label)
            rows[1].addWidget(widget)
        rows[0].addWidget(self.more_button)
        rows[0].addWidget(self.report_button)
        rows[2].addWidget(self.heading)
        rows[2].addWidget(self.status_label, 1)
        rows[2].addWidget(self.busy)
        rows[2].addWidget(self.cancel_button)
        rows[2].addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        for row in rows[:3]:
            layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows[3])
        for row in (rows[0], rows[1]):
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
        return self.table.rows()

    def current(self) -> Suggestion | None:
        return self.table.current()

    def shutdown(self) -> None:
        """End the worker processes and let go of the project (call before it is closed)."""
        self._refresh_timer.stop()
        self._train_timer.stop()
        self._forget()

    def _make_suggester(self) -> Suggester:
        """The options chosen, as a suggester (cheap: it analyses nothing until asked)."""
        return Suggester(
            self.session.project,
            pipeline=self.pipeline_combo.currentText() or BLANK,
            unit=str(self.unit_combo.currentData() or "sentence"),
            use_code_names=self.names_box.isChecked(),
        )

    def schedule_refresh(self) -> None:
        """Look again once the events of this edit are all in (if shown)."""
        self._changes += 1
        self.finder.supersede()  # an answer on its way is out of date: not to be shown
        if self.on_screen():
            self._refresh_timer.start()
        else:
            self._dirty = True

    def refresh(self) -> None:
        """Look for the suggestions for the document on screen, in the worker
        process; the rows are shown when they come (then ``refreshed``)."""
        self._refresh_timer.stop()
        self._dirty = False
        document, sources = self.document, self.sources()
        if document is None:
            self.finder.supersede()
            self._show_found([], self._answer)
            return
        options, trainer = self._make_suggester(), self.trainer
        pipeline, unit, names = options.pipeline, options.unit, options.use_code_names
        self._asked = (self._changes, sources, pipeline, unit)
        self.finder.find(document.id, sources, pipeline, unit, names, trainer.unsaved_model)
        self.heading.setText(self.tr(FINDING))  # the rows stay until the new ones come

    def _on_found(self, answer: WorkerSuggestions) -> None:
        self.table.thresholds = dict(answer.thresholds or {})
        self._show_found(answer.suggestions, answer)
        if "learned" in self._asked[1]:
            self._schedule_training(0)  # the answer says whether a model fits

    def _on_find_failed(self, message: str) -> None:
        self._message = message
        self._show_found([], self._answer)

    def _show_found(self, found: list[Suggestion], answer: WorkerSuggestions | None) -> None:
        self._answer = answer
        self.table.show_found(found)
        self._show_heading()
        self._show_status()
        self.refreshed.emit()

    def _show_rows(self) -> None:
        self.table.factor = KNOB[self.recall_slider.value()]
        self.table.show_found()
        self._show_heading()

    def _show_heading(self) -> None:
        document, shown = self.document, len(self.table.rows())
        if document is None:
            self.heading.setText(self.tr("Open a document to see suggestions for it."))
        elif self.finder.busy:
            self.heading.setText(self.tr(FINDING))
        else:
            text = self.tr("%Ln suggestions for {document}.", "", shown)
            self.heading.setText(text.format(document=document.name))

    def _show_status(self) -> None:
        running = self.trainer.running
        self.busy.setVisible(running)
        self.cancel_button.setVisible(running)
        self.retry_button.setVisible(self.trainer.died and not running)
        if not running:
            self.busy.setRange(0, 0)
        if self._message:
            text = self._message
        elif "learned" not in self.sources():
            text = self.tr("Learning from your coding is off.")
        else:
            text = self.trainer.describe(self._answer)
        self.status_label.setText(text)

    # -- learning -------------------------------------------------------------------------

    def _schedule_training(self, delay_ms: int) -> None:
        # A pending delay is a burst of edits going on: an immediate request waits for it.
        if delay_ms > 0 or not self._train_timer.isActive():
            self._train_timer.start(delay_ms)

    def _on_training_due(self) -> None:
        if not (self.on_screen() and "learned" in self.sources()) or self.finder.busy:
            return  # an answer on its way schedules this again
        answer, (changes, sources, pipeline, unit) = self._answer, self._asked
        if answer is None or changes != self._changes or "learned" not in sources:
            self.refresh()  # its answer says whether a model fits the coding now
            return
        key = answer.training_key
        if key is not None and self.trainer.train_if_needed(key, pipeline, unit):
            self._message = ""
            self._show_status()

    def _on_progress(self, state: TrainingProgress) -> None:
        self.busy.setRange(0, 100)
        self.busy.setValue(round(state.fraction * 100))
        self._show_status()

    def _on_training_cancelled(self) -> None:
        self._message = self.tr(
            "Learning cancelled: suggestions use what was learnt before, if anything."
        )
        self._show_status()

    def _on_retry(self) -> None:
        options = self._make_suggester()
        self._message = ""
        self.trainer.retry_with_fewer_units(options.pipeline, options.unit)
        self._show_status()

    def open_ranking(self) -> Any:
        """The "find more like a code" window (passages ranked for one code)."""
        from qcode.gui.suggestions.ranked import RankedView

        view = RankedView(self.session, self, model=self.trainer.unsaved_model)
        self._views.append(view)
        view.show()
        view.raise_()
        return view

    def open_report(self) -> Any:
        """The small report: how good suggestions are on this project's coding."""
        from qcode.gui.suggestions.report import EvaluationDialog

        dialog = EvaluationDialog(self.session, self)
        self._views.append(dialog)
        dialog.show()
        return dialog

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
        self.table.show_found([])  # the rows of the document before are no use here
        self.heading.setText(self.tr(FINDING))
        self.schedule_refresh()

    def _on_codings_changed(self, documents: frozenset[int], _codes: frozenset[int]) -> None:
        self._on_documents_changed(documents)
        self._schedule_training(RETRAIN_DELAY_MS)  # the model learns from all the coding

    def _on_documents_changed(self, documents: frozenset[int]) -> None:
        self._changes += 1
        document = self.document
        if document is not None and (not documents or document.id in documents):
            self.schedule_refresh()

    def _on_project_changed(self, event: ProjectChanged) -> None:
        if "suggestions" in event.kinds:
            self.schedule_refresh()
            self._schedule_training(RETRAIN_DELAY_MS)

    def _on_option_changed(self, _checked: bool = False) -> None:
        self._message = ""
        self.schedule_refresh()

    def _on_pipeline_chosen(self, name: str) -> None:
        if name:
            self.session.settings.suggestion_pipeline = name
        self._on_option_changed()

    def _on_pipelines_listed(self, pipelines: list[str]) -> None:
        if not pipelines:  # the worker could not say: ask again when next raised
            self._pipelines_listed = False
            return
        chosen = self.session.settings.suggestion_pipeline
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        self.pipeline_combo.addItems(pipelines)
        self.pipeline_combo.setCurrentText(chosen if chosen in pipelines else BLANK)
        self.pipeline_combo.blockSignals(False)
        if self.pipeline_combo.currentText() != chosen:  # uninstalled since: the setting stays
            self._on_option_changed()

    @guarded
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A tabbed dock is shown for a moment while the window opens, even when
        # its tab is not the one in front: look again once events have settled,
        # so that nothing is asked of the worker for a panel nobody sees.
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
            self._pipelines_listed = True
            self.finder.list_pipelines(installed_pipelines)
        if self._dirty:
            self.schedule_refresh()

    @guarded
    def hideEvent(self, event: QHideEvent) -> None:
        # The marks in the text belong to this list: not shown, not drawn.
        super().hideEvent(event)
        self._dirty = True
        # While the window closes, the session may be deleted before its panels
        # are hidden: then there are no marks left to clear.
        if shiboken6.isValid(self.session):
            self.session.suggestionsShown.emit([])
