"""The query builder (Analyse ▸ Query…, Ctrl+Shift+Q): ask a question of the
coding, see the passages that answer it, keep the question, code the answers.

Left, the codes to click into the expression; in the middle the expression
with its operator buttons, the filters (coders, documents, document
attributes, speakers to keep or leave out) and the passages found; right,
the saved queries (double-click re-runs one).  "Save query…" and "Code all
results as…" are each one undoable edit, listed in the History.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.queries.grammar import QuerySyntaxError
from qcode.analysis.queries.run import QueryHit
from qcode.analysis.queries.saved import check_query, run_with_options
from qcode.errors import QcodeError
from qcode.gui.coding.origins import origin_choices, origin_name
from qcode.gui.findings.choices import ChoiceButton
from qcode.gui.findings.later import LaterRefresh
from qcode.gui.findings.query_editor import CodeList, ExpressionEditor, quoted_term
from qcode.gui.findings.query_results import HitsModel, HitsView, hit_rows
from qcode.gui.findings.undo_menu import add_undo_menu
from qcode.gui.i18n.messages import error_text
from qcode.gui.session import Session
from qcode.gui.widgets.code_picker import pick_code
from qcode.model import Code, QueryOptions, SavedQuery

QUERY_ROLE = Qt.ItemDataRole.UserRole + 1


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())


class QueryWindow(QMainWindow):
    """The query builder for the open project."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Query — {name} — qcode").format(name=session.project.name))
        self.setAccessibleName(self.tr("Query builder"))
        self.hits: list[QueryHit] = []
        self.codes = CodeList(self)
        self.codes.setMinimumWidth(240)
        self.editor = ExpressionEditor(self)
        self.coders = ChoiceButton(self.tr("Coders"), self)
        self.documents = ChoiceButton(self.tr("Documents"), self)
        self.speakers = ChoiceButton(self.tr("Speakers"), self)
        self.leave_out = ChoiceButton(self.tr("Leave out"), self, none_text=self.tr("nobody"))
        self.leave_out.setToolTip(self.tr("Speakers whose turns the results leave out"))
        # How the codings that count were made: by hand, accepted suggestions... (issue 17).
        self.origins = ChoiceButton(self.tr("Codings made"), self)
        self.origins.setToolTip(self.tr("Only the codings made these ways count"))
        self.origins.set_names([name for _origin, name in origin_choices()])
        self.where = QLineEdit(self)
        self.where.setAccessibleName(self.tr("Document attributes, as name=value, comma-separated"))
        self.where.setPlaceholderText(self.tr("attributes, e.g. gender=female"))
        self.where.returnPressed.connect(lambda: self.run())
        self.model = HitsModel(self)
        self.results = HitsView(self.model, self)
        self.count = QLabel(self.tr("Build a query, then Run."), self)
        self.count.setAccessibleName(self.tr("Number of passages found"))
        self.save_button = QPushButton(self.tr("&Save query…"), self)
        self.code_button = QPushButton(self.tr("&Code all results as…"), self)
        self.new_code_button = QPushButton(self.tr("Code all results as a &new code…"), self)
        for button in (self.save_button, self.code_button, self.new_code_button):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.saved = QListWidget(self)
        self.saved.setAccessibleName(self.tr("Saved queries"))
        self.run_saved_button = QPushButton(self.tr("Run"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        for button, name in (
            (self.run_saved_button, self.tr("Run the saved query")),
            (self.rename_button, self.tr("Rename the saved query")),
            (self.delete_button, self.tr("Delete the saved query")),
        ):
            button.setAutoDefault(False)
            button.setAccessibleName(name)
        self._layout()
        self.codes.chosen.connect(self._on_code_chosen)
        self.editor.runRequested.connect(lambda: self.run())
        self.results.activated.connect(self._on_hit_activated)
        self.results.doubleClicked.connect(self._on_hit_activated)
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self.code_button.clicked.connect(lambda _checked=False: self.code_results())
        self.new_code_button.clicked.connect(lambda _checked=False: self.code_results_new())
        self.saved.itemActivated.connect(lambda item: self.run_saved(self._query_of(item)))
        self.run_saved_button.clicked.connect(lambda _checked=False: self._on_run_saved())
        self.rename_button.clicked.connect(lambda _checked=False: self.rename_saved())
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_saved())
        self.saved.currentRowChanged.connect(lambda _row: self._update_buttons())
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(lambda _checked=False: self.close())
        self.addAction(close)
        self.later = LaterRefresh(self, self._refresh_choices)
        session.codesChanged.connect(lambda _ids: self._refresh_codes())
        session.documentsChanged.connect(self.later.request)
        session.speakersChanged.connect(self.later.request)
        session.codingsChanged.connect(lambda _d, _c: self._on_coding_changed())
        session.queriesChanged.connect(self._refresh_saved)
        self._refresh_codes()
        self._refresh_choices()
        self._refresh_saved()
        self._update_buttons()
        self.resize(1280, 780)

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Filters:"), self))
        for button in (self.coders, self.documents, self.speakers, self.leave_out, self.origins):
            filters.addWidget(button)
        filters.addWidget(self.where, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.code_button)
        actions.addWidget(self.new_code_button)
        middle = QWidget(self)
        column = QVBoxLayout(middle)
        column.addWidget(self.editor)
        column.addLayout(filters)
        column.addWidget(self.results, 1)
        column.addLayout(actions)
        right = QWidget(self)
        saved = QVBoxLayout(right)
        saved.addWidget(QLabel(self.tr("Saved queries (double-click to run):"), self))
        saved.addWidget(self.saved, 1)
        row = QHBoxLayout()
        for button in (self.run_saved_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        saved.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.codes)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 760, 240])
        self.setCentralWidget(splitter)

    # -- what the project offers -----------------------------------------------------------

    def _refresh_codes(self) -> None:
        self.codes.set_codebook(self.session.project.codebook())

    def _refresh_choices(self) -> None:
        project = self.session.project
        self.coders.set_names([coder.name for coder in project.coders()])
        self.documents.set_names([document.name for document in project.documents()])
        names = [speaker.name for speaker in project.speakers()]
        self.speakers.set_names(names)
        self.leave_out.set_names(names)

    def _refresh_saved(self) -> None:
        current = self._query_of(self.saved.currentItem())
        self.saved.clear()
        for query in self.session.project.saved_queries():
            item = QListWidgetItem(query.name)
            item.setToolTip(query.expression)
            item.setData(QUERY_ROLE, query)
            self.saved.addItem(item)
            if current is not None and query.id == current.id:
                self.saved.setCurrentItem(item)
        self._update_buttons()

    def _on_coding_changed(self) -> None:
        self.coders.set_names([coder.name for coder in self.session.project.coders()])
        if self.hits:
            self.count.setText(
                self.tr("{count} — the coding changed: Run again to update.").format(
                    count=self._count_text()
                )
            )

    def _update_buttons(self) -> None:
        chosen = self.saved.currentItem() is not None
        for button in (self.run_saved_button, self.rename_button, self.delete_button):
            button.setEnabled(chosen)
        found = bool(self.hits) and not self.session.project.read_only
        self.code_button.setEnabled(found)
        self.new_code_button.setEnabled(found)

    # -- building and running ------------------------------------------------------------

    def _on_code_chosen(self, code: Code, subcodes: bool) -> None:
        self.editor.insert(quoted_term(self.codes.codebook, code, subcodes))

    def options(self) -> QueryOptions:
        """The filters as chosen in the window."""
        return QueryOptions(
            coders=tuple(self.coders.chosen()),
            documents=tuple(self.documents.chosen()),
            where=_split(self.where.text()),
            speakers=tuple(self.speakers.chosen()),
            exclude_speakers=tuple(self.leave_out.chosen()),
            origins=tuple(o for o, name in origin_choices() if name in self.origins.chosen()),
        )

    def set_options(self, options: QueryOptions) -> None:
        self.coders.set_chosen(options.coders)
        self.documents.set_chosen(options.documents)
        self.where.setText(", ".join(options.where))
        self.speakers.set_chosen(options.speakers)
        self.leave_out.set_chosen(options.exclude_speakers)
        self.origins.set_chosen([origin_name(origin) for origin in options.origins])

    def run(self) -> list[QueryHit] | None:
        """Run the expression with the filters; show the passages (or the
        problem, on one line).  Returns the passages, or None."""
        expression = self.editor.expression()
        if not expression.strip():
            self.editor.show_error(
                self.tr("Type a query, or double-click codes and click operators.")
            )
            return None
        try:
            hits = run_with_options(self.session.project, expression, self.options())
        except QuerySyntaxError as problem:
            self._show_hits([], "")  # no list left that answers another query
            self.editor.show_error(error_text(problem), problem.column)
            return None
        except QcodeError as problem:
            self._show_hits([], "")
            self.editor.show_error(error_text(problem))
            return None
        self.editor.show_error(None)
        self._show_hits(hits)
        return hits

    def _show_hits(self, hits: list[QueryHit], note: str | None = None) -> None:
        self.hits = hits
        # The expression and filters just run: the Origin column names how
        # the codings that count for them were made.
        project, expression = self.session.project, self.editor.expression()
        self.model.set_rows(hit_rows(project, hits, expression, self.options()))
        self.count.setText(self._count_text() if note is None else note)
        self._update_buttons()

    def _count_text(self) -> str:
        passages = len(self.hits)
        documents = len({hit.document_id for hit in self.hits})
        if not passages:
            return self.tr("No passage answers this query.")
        in_documents = self.tr("%Ln documents", "", documents)
        return self.tr("%Ln passages in {documents}", "", passages).format(documents=in_documents)

    def _on_hit_activated(self, index: QModelIndex) -> None:
        row = self.model.row(index)
        if row is None:
            return
        hit = row.hit
        try:
            document = self.session.project.document(hit.document_id)
        except QcodeError as problem:
            self.session.error.emit(error_text(problem))
            return
        self.session.open_document(document, select=(hit.start, hit.end))

    # -- saved queries -----------------------------------------------------------------

    @staticmethod
    def _query_of(item: QListWidgetItem | None) -> SavedQuery | None:
        return None if item is None else item.data(QUERY_ROLE)

    def save(self, name: str | None = None) -> SavedQuery | None:
        """Save the expression and filters under a name (asked when None);
        the query is checked first, and a name in use is replaced."""
        expression = self.editor.expression()
        try:
            check_query(self.session.project, expression)
        except QuerySyntaxError as problem:
            self.editor.show_error(error_text(problem), problem.column)
            return None
        except QcodeError as problem:
            self.editor.show_error(error_text(problem))
            return None
        if name is None:
            current = self._query_of(self.saved.currentItem())
            name, ok = QInputDialog.getText(
                self,
                self.tr("Save query"),
                self.tr("Name of the query:"),
                text=current.name if current else "",
            )
            if not ok or not name.strip():
                return None
        project = self.session.project
        options = self.options()
        saved = self.session.edit(lambda: project.save_query(name, expression, options))
        if saved is not None:
            self.session.status.emit(
                self.tr("Saved the query '{name}' (Edit ▸ Undo takes it back).").format(
                    name=saved.name
                )
            )
            for row in range(self.saved.count()):
                if self._query_of(self.saved.item(row)) == saved:
                    self.saved.setCurrentRow(row)
        return saved

    def run_saved(self, query: SavedQuery | None) -> list[QueryHit] | None:
        """Show a saved query in the builder and run it."""
        if query is None:
            return None
        self.editor.set_expression(query.expression)
        self.set_options(query.options)
        return self.run()

    def _on_run_saved(self) -> None:
        self.run_saved(self._query_of(self.saved.currentItem()))

    def rename_saved(self, name: str | None = None) -> None:
        query = self._query_of(self.saved.currentItem())
        if query is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename query"), self.tr("New name:"), text=query.name
            )
            if not ok:
                return
        new_name = name
        self.session.edit(lambda: self.session.project.rename_query(query, new_name))

    def delete_saved(self) -> None:
        query = self._query_of(self.saved.currentItem())
        if query is not None:
            self.session.edit(lambda: self.session.project.delete_query(query))

    # -- coding the results --------------------------------------------------------------

    def code_results(self, code: Code | str | None = None, *, create: bool = False) -> int:
        """Code every passage found with ``code`` (asked when None; a path
        with ``create`` makes a new code) in one undoable step; returns how
        many codings were made."""
        if not self.hits:
            self.session.status.emit(self.tr("Run a query that finds passages first."))
            return 0
        project = self.session.project
        if code is None:
            code = pick_code(
                project.codebook(), self.session.recent_codes, self, self.tr("Code all results as…")
            )
            if code is None:
                return 0
        chosen = code
        spans = [(hit.document_id, hit.start, hit.end) for hit in self.hits]
        added = self.session.edit(
            lambda: project.code_spans(spans, chosen, create=create, what="query results")
        )
        if added is None:
            return 0
        name = chosen.name if isinstance(chosen, Code) else chosen
        note = (
            self.tr(" ({skipped_duplicates} already coded so)").format(
                skipped_duplicates=added.skipped_duplicates
            )
            if added.skipped_duplicates
            else ""
        )
        self.session.status.emit(
            self.tr("Coded %Ln passages as '{name}'{note}.", "", len(added.ids)).format(
                name=name, note=note
            )
        )
        return len(added.ids)

    def code_results_new(self, path: str | None = None) -> int:
        """Code every passage found with a new code (its path asked when None)."""
        if not self.hits:
            self.session.status.emit(self.tr("Run a query that finds passages first."))
            return 0
        if path is None:
            path, ok = QInputDialog.getText(
                self,
                self.tr("Code all results as a new code"),
                self.tr("Name of the new code (Parent/Child to put it under a code):"),
            )
            if not ok or not path.strip():
                return 0
        return self.code_results(path.strip(), create=True)


def show_query_window(owner: QWidget, session: Session) -> QueryWindow:
    """Show ``owner``'s query builder, made on first use and kept as
    ``owner.query_window``."""
    window = getattr(owner, "query_window", None)
    if not isinstance(window, QueryWindow):
        window = QueryWindow(session, owner)
        undo = getattr(owner, "undo", None)  # the main window's UndoController
        if undo is not None:
            add_undo_menu(window, undo.stack)
        owner.query_window = window  # type: ignore[attr-defined]
    window.show()
    window.raise_()
    window.activateWindow()
    return window
