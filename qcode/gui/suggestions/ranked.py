"""Find more like a code: every passage of the open document, or of the whole
project, ranked by how likely it is to belong to one code, with the reason —
to accept or reject like any suggestion.  The ranking is computed in a
worker process (:func:`qcode.analysis.suggestions.worker.rank_in_worker`);
the window only shows it."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.suggestions import accepting
from qcode.analysis.suggestions.suggester import Suggestion
from qcode.analysis.suggestions.worker import rank_in_worker
from qcode.gui.i18n.messages import error_text
from qcode.gui.session import Session
from qcode.gui.suggestions.table import confidence_text, reason_text
from qcode.gui.suggestions.trainer import WorkerProcess, with_passphrase
from qcode.gui.widgets.overrides import guarded
from qcode.gui.widgets.table_model import Column, TableModel
from qcode.gui.widgets.text import one_line
from qcode.model import Code

SCOPES = (
    (QT_TRANSLATE_NOOP("RankedView", "This document"), "document"),
    (QT_TRANSLATE_NOOP("RankedView", "Whole project"), "project"),
)
SHOWN = 500  # the best passages listed


class RankedView(QWidget):
    """A window: pick a code and a scope, see the passages ranked.

    ``ranked`` is emitted each time a ranking is shown."""

    ranked = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        model: tuple[str, bytes] | None = None,
        job: Any = rank_in_worker,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setWindowTitle(self.tr("Find more like a code"))
        self.setAccessibleName(self.tr("Find more like a code"))
        self._model = model
        self._job = job
        self._asked = 0
        self.worker = WorkerProcess(self)
        self.code_combo = QComboBox(self)
        self.code_combo.setAccessibleName(self.tr("Code to rank passages for"))
        codebook = session.project.codebook()
        for code in codebook.walk():
            if code.codable:
                self.code_combo.addItem(codebook.path(code.id), code.id)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setAccessibleName(self.tr("Rank passages of"))
        for text, scope in SCOPES:
            self.scope_combo.addItem(self.tr(text), scope)
        if session.current_document is None:
            self.scope_combo.setCurrentIndex(1)
        self.rank_button = QPushButton(self.tr("&Rank"), self)
        self.rank_button.clicked.connect(self.rank)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Ranking status"))
        self.rows_model: TableModel[Suggestion] = TableModel(
            [
                Column(self.tr("Confidence"), confidence_text, tooltip=reason_text),
                Column(self.tr("Document"), self._document_name),
                Column(self.tr("Reason"), reason_text, tooltip=reason_text),
                Column(self.tr("Text"), lambda s: one_line(s.text), tooltip=lambda s: s.text),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.rows_model)
        self.table.setAccessibleName(self.tr("Ranked passages"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_open)
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button = QPushButton(self.tr("Re&ject"), self)
        self.reject_button.clicked.connect(self.reject_current)
        for button in (self.accept_button, self.reject_button):
            button.setDisabled(session.project.read_only)
        top = QHBoxLayout()
        for widget in (self.code_combo, self.scope_combo, self.rank_button):
            top.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.accept_button)
        bottom.addWidget(self.reject_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(900, 500)
        self._names = {d.id: d.name for d in session.project.documents()}

    def _document_name(self, found: Suggestion) -> str:
        return self._names.get(found.document_id, "")

    def choose(self, code: Code, scope: str = "project") -> None:
        """Pick a code and a scope (as a user would in the two lists)."""
        self.code_combo.setCurrentIndex(self.code_combo.findData(code.id))
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(scope))

    def rows(self) -> list[Suggestion]:
        return list(self.rows_model.rows)

    def rank(self) -> None:
        """Rank the passages for the chosen code, in the worker process."""
        code_id = self.code_combo.currentData()
        if code_id is None:
            self.status.setText(self.tr("The codebook has no code to rank passages for."))
            return
        document = self.session.current_document
        in_document = self.scope_combo.currentData() == "document" and document is not None
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("Ranking…"))
        try:
            self.worker.submit(
                with_passphrase(self._job, self.session.project),
                str(self.session.project.path),
                int(code_id),
                document.id if in_document and document is not None else None,
                self.session.settings.suggestion_pipeline,
                "sentence",
                self._model,
                SHOWN,
                then=lambda future: self._on_ranked(asked, future),
            )
        except RuntimeError as problem:
            self.status.setText(
                self.tr("Could not rank: {problem}").format(problem=error_text(problem))
            )

    def _on_ranked(self, asked: int, future: Future[Any]) -> None:
        if asked != self._asked:
            return  # a newer ranking was asked for
        try:
            found = future.result()
        except Exception as problem:  # whatever went wrong over there must not break the window
            self.status.setText(
                self.tr("Could not rank: {problem}").format(problem=error_text(problem))
            )
            return
        if found is None:
            self.status.setText(self.tr("Suggestions are still learning: rank again in a moment."))
            found = []
        else:
            self.status.setText(self.tr("%Ln passages, most likely first.", "", len(found)))
        self.rows_model.set_rows(list(found))
        self.ranked.emit()

    def current(self) -> Suggestion | None:
        index = self.table.currentIndex()
        return self.rows_model.rows[index.row()] if index.isValid() else None

    def _on_open(self, index: QModelIndex) -> None:
        found = self.rows_model.rows[index.row()]
        document = self.session.project.document(found.document_id)
        self.session.open_document(document, select=(found.start, found.end))

    def accept_current(self) -> None:
        """Code the chosen passage with the code (one undoable edit)."""
        found = self.current()
        if found is None:
            return
        project = self.session.project
        document, code = (
            project.document(found.document_id),
            project.codebook().codes[found.code_id],
        )
        if self.session.edit(lambda: accepting.accept(project, document, code, found) or True):
            self._drop(found)

    def reject_current(self) -> None:
        """Never suggest the code for the chosen passage again (undoable)."""
        found = self.current()
        if found is None:
            return
        project = self.session.project
        document, code = (
            project.document(found.document_id),
            project.codebook().codes[found.code_id],
        )
        rejected = self.session.edit(
            lambda: project.reject_suggestion(document, code, found.start, found.end) or True
        )
        if rejected:
            self._drop(found)

    def _drop(self, found: Suggestion) -> None:
        row = self.table.currentIndex().row()
        self.rows_model.set_rows([s for s in self.rows_model.rows if s is not found])
        if self.rows_model.rows:
            self.table.setCurrentIndex(self.rows_model.index(min(row, len(self.rows()) - 1), 0))

    @guarded
    def closeEvent(self, event: Any) -> None:
        self.worker.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.worker.shutdown()
