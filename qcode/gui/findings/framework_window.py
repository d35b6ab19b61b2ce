"""The framework matrix (Analyse ▸ Framework matrix…): cases in rows, codes
in columns, each cell the researcher's own summary of that case on that
code, resting on quotes (NVivo's framework matrix, MAXQDA's summary grid).

Choosing a cell shows beside the grid the coded text of that case and code,
a tick box per passage to link it to the cell as a quote, and the summary
to write.  The summary is saved with Save, when the editor loses focus, or
when another cell is chosen; each save and each tick is one undoable edit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.cases import case_code_matrix
from qcode.analysis.framework import FrameworkGrid, framework_grid
from qcode.errors import QcodeError
from qcode.gui.coding.origins import origin_details
from qcode.gui.exchange.export_flow import Export, run_export
from qcode.gui.findings.choices import ChoiceButton
from qcode.gui.findings.framework_model import FrameworkModel
from qcode.gui.findings.later import LaterRefresh
from qcode.gui.findings.undo_menu import add_undo_menu
from qcode.gui.i18n.messages import error_text
from qcode.gui.i18n.plurals import number
from qcode.gui.session import Session
from qcode.gui.widgets.overrides import guarded
from qcode.gui.widgets.text import one_line
from qcode.model import Case, Code, Coding, CodingOrigin, Segment

CODING_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_COLUMNS = 12  # codes shown when none are chosen and no case is coded yet


class FrameworkWindow(QMainWindow):
    """The framework matrix of the open project."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(
            self.tr("Framework matrix — {name} — qcode").format(name=session.project.name)
        )
        self.setAccessibleName(self.tr("Framework matrix"))
        self.grid: FrameworkGrid | None = None
        self._cell: tuple[Case, Code] | None = None  # the cell in the editor
        self._loaded = ""  # its summary as stored
        self._restoring = False
        self._suggested: list[int] = []  # the codes shown when none are chosen
        self._counts: list[list[int]] = []  # coded passages per cell
        self.codes_button = ChoiceButton(self.tr("Codes"), self, none_text=self.tr("suggested"))
        self.cases_button = ChoiceButton(self.tr("Cases"), self)
        self.subcodes = QCheckBox(self.tr("with sub-codes"), self)
        self.subcodes.setAccessibleName(self.tr("Count each code's sub-codes in its column"))
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.setAccessibleName(self.tr("Export the framework matrix to Excel"))
        self.model = FrameworkModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Framework grid"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setDefaultSectionSize(170)
        self.cell_label = QLabel(self.tr("Choose a cell: a case (row) and a code (column)."), self)
        self.cell_label.setWordWrap(True)
        self.cell_label.setAccessibleName(self.tr("Cell chosen"))
        self.quotes = QListWidget(self)
        self.quotes.setAccessibleName(self.tr("Coded text of the cell"))
        self.quotes.setWordWrap(True)
        self.quotes.setSpacing(3)
        self.quotes.setToolTip(self.tr("Tick a passage to link it to the summary as a quote"))
        self.summary = QPlainTextEdit(self)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setPlaceholderText(self.tr("Your summary of this case on this code…"))
        self.summary.installEventFilter(self)
        self.save_button = QPushButton(self.tr("&Save summary"), self)
        self.save_button.setAccessibleName(self.tr("Save the summary"))
        self.state = QLabel(self)
        self.state.setAccessibleName(self.tr("Summary saved or not"))
        self._layout()
        self.codes_button.changed.connect(self._on_codes_chosen)
        self.cases_button.changed.connect(self.refresh)
        self.subcodes.toggled.connect(lambda _on: self.refresh())
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.quotes.itemChanged.connect(self._on_quote_ticked)
        self.quotes.itemActivated.connect(self._on_quote_activated)
        self.summary.textChanged.connect(self._show_state)
        self.save_button.clicked.connect(lambda _checked=False: self.save_summary())
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(lambda _checked=False: self.close())
        self.addAction(close)
        # The cells follow at once; the cases, codes and counts (a sweep of the
        # coding) a moment after a burst of edits, while the window is shown.
        self.later = LaterRefresh(self, self.refresh)
        session.frameworkChanged.connect(self._refresh_cells)
        session.casesChanged.connect(self.later.request)
        session.codesChanged.connect(self.later.request)
        session.codingsChanged.connect(self.later.request)
        self.refresh()
        self.resize(1360, 820)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.cases_button)
        bar.addWidget(self.codes_button)
        bar.addWidget(self.subcodes)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.view, 1)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.cell_label)
        column.addWidget(
            QLabel(self.tr("Coded text (tick a passage to quote it in the summary):"), self)
        )
        column.addWidget(self.quotes, 3)
        column.addWidget(QLabel(self.tr("&Summary:"), self, buddy=self.summary))
        column.addWidget(self.summary, 2)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.save_button)
        column.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 520])
        self.setCentralWidget(splitter)

    # -- the grid -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the grid again, keeping the chosen cell (and an unsaved summary)."""
        self.later.stale = False
        project = self.session.project
        codebook = project.codebook()
        every_case = project.cases()
        self.cases_button.set_names([case.name for case in every_case])
        self.codes_button.set_names([codebook.path(code.id) for code in codebook.walk()])
        wanted = set(self.cases_button.chosen())
        cases = [case for case in every_case if not wanted or case.name in wanted]
        subcodes = self.subcodes.isChecked()
        matrix = case_code_matrix(project, cases=cases, with_subcodes=subcodes)
        column_of = {code.id: j for j, code in enumerate(matrix.codes)}
        chosen = [codebook.by_path(path) for path in self.codes_button.chosen()]
        codes = [code for code in chosen if code is not None]
        if not codes:
            # Suggested once and then kept, so that columns do not come and go
            # as the researcher writes (until the code goes, or All is chosen).
            kept = [codebook.codes[i] for i in self._suggested if i in codebook]
            codes = kept or self._default_codes(matrix.codes, matrix.counts, cases)
            self._suggested = [code.id for code in codes]
        grid = framework_grid(project, cases, codes, with_subcodes=subcodes)
        self._counts = [
            [row[column_of[code.id]] if code.id in column_of else 0 for code in codes]
            for row in matrix.counts
        ]
        self._show_grid(grid)

    def _refresh_cells(self) -> None:
        """A summary or quote changed: read the cells again (the cases, codes
        and coded counts stay as they are)."""
        grid = self.grid
        if grid is None:
            self.refresh()
            return
        subcodes = self.subcodes.isChecked()
        self._show_grid(
            framework_grid(self.session.project, grid.cases, grid.codes, with_subcodes=subcodes)
        )

    def _show_grid(self, grid: FrameworkGrid) -> None:
        counts = self._counts
        current = self._cell
        self.grid = grid
        self._restoring = True
        try:
            self.model.show(grid, counts)
            if current is not None:
                self._select(current[0].id, current[1].id)
        finally:
            self._restoring = False
        if current is not None and self._index_of(current[0].id, current[1].id) is None:
            self._show_cell(None)  # its case or code went
        else:
            self._show_cell(self._cell_at(self.view.currentIndex()), keep_summary=True)

    def _on_codes_chosen(self) -> None:
        if not self.codes_button.chosen():
            self._suggested = []  # "All": suggest again
        self.refresh()

    def _default_codes(
        self, codes: list[Code], counts: list[list[int]], cases: list[Case]
    ) -> list[Code]:
        """The codes summarised for the cases shown; else those coded in
        them; else the first few codes."""
        project = self.session.project
        summarised = {cell.code_id for case in cases for cell in project.framework_cells(case)}
        found = [code for code in codes if code.id in summarised]
        found = found or [code for j, code in enumerate(codes) if any(row[j] for row in counts)]
        return found or [code for code in codes if code.codable][:DEFAULT_COLUMNS]

    def _index_of(self, case_id: int, code_id: int) -> QModelIndex | None:
        grid = self.grid
        if grid is None:
            return None
        rows = [i for i, case in enumerate(grid.cases) if case.id == case_id]
        columns = [j for j, code in enumerate(grid.codes) if code.id == code_id]
        if not rows or not columns:
            return None
        return self.model.index(rows[0], columns[0])

    def _select(self, case_id: int, code_id: int) -> bool:
        index = self._index_of(case_id, code_id)
        if index is None:
            return False
        self.view.setCurrentIndex(index)
        return True

    def choose_cell(self, case: Case, code: Code) -> bool:
        """Make a cell the chosen one (as clicking it does)."""
        return self._select(case.id, code.id)

    def _cell_at(self, index: QModelIndex) -> tuple[Case, Code] | None:
        grid = self.grid
        if grid is None or not index.isValid():
            return None
        return grid.cases[index.row()], grid.codes[index.column()]

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        self.save_summary()  # what was written in the cell left behind
        self._show_cell(self._cell_at(current))

    # -- the cell beside it ---------------------------------------------------------------

    def _show_cell(self, cell: tuple[Case, Code] | None, *, keep_summary: bool = False) -> None:
        dirty = self.summary_dirty()
        self._cell = cell
        self.quotes.blockSignals(True)
        self.quotes.clear()
        enabled = cell is not None and not self.session.project.read_only
        for widget in (self.summary, self.save_button, self.quotes):
            widget.setEnabled(enabled)
        if cell is None or self.grid is None:
            self.cell_label.setText(self.tr("Choose a cell: a case (row) and a code (column)."))
            self._loaded = ""
            self.summary.blockSignals(True)
            self.summary.setPlainText("")
            self.summary.blockSignals(False)
            self.quotes.blockSignals(False)
            self._show_state()
            return
        case, code = cell
        i = next(i for i, c in enumerate(self.grid.cases) if c.id == case.id)
        j = next(j for j, c in enumerate(self.grid.codes) if c.id == code.id)
        stored = self.grid.cell(i, j)
        quoted = set() if stored is None else set(stored.quotes)
        coded = self.grid.coded_text(i, j)
        shown = {segment.coding.id for segment in coded}
        extra = [s for s in self.grid.quotes(i, j) if s.coding.id not in shown]
        listed = [*coded, *extra]
        # How each was made, when not by hand (as the text's tooltip says it).
        made = self.session.project.coding_origins([s.coding for s in listed]) if listed else {}
        for segment in listed:
            origin = made.get(segment.coding.id)
            self.quotes.addItem(self._quote_item(segment, segment.coding.id in quoted, origin))
        self.quotes.blockSignals(False)
        self.cell_label.setText(
            self.tr(
                "<b>{case}</b> × <b>{code}</b> — %Ln coded passages, {n_quoted} quoted",
                "",
                len(coded),
            ).format(
                case=_html(case.name), code=_html(self.grid.paths[j]), n_quoted=number(len(quoted))
            )
        )
        summary = "" if stored is None else stored.summary
        if not (keep_summary and dirty):
            self.summary.blockSignals(True)
            self.summary.setPlainText(summary)
            self.summary.blockSignals(False)
        self._loaded = summary
        self._show_state()

    @staticmethod
    def _quote_item(
        segment: Segment, quoted: bool, origin: CodingOrigin | None = None
    ) -> QListWidgetItem:
        item = QListWidgetItem(f"{segment.document}: “{one_line(segment.text, 1500)}”")
        made = "" if origin is None else f" — {origin_details(origin)}"
        item.setToolTip(f"{segment.code_path} — {segment.coder}{made}\n{segment.text[:1500]}")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if quoted else Qt.CheckState.Unchecked)
        item.setData(CODING_ROLE, segment.coding)
        return item

    def quote_items(self) -> list[QListWidgetItem]:
        return [self.quotes.item(row) for row in range(self.quotes.count())]

    def _on_quote_ticked(self, item: QListWidgetItem) -> None:
        coding: Coding = item.data(CODING_ROLE)
        self.set_quoted(coding, item.checkState() == Qt.CheckState.Checked)

    def set_quoted(self, coding: Coding, quoted: bool) -> None:
        """Link a passage to the chosen cell as a quote, or take it off (one undoable edit)."""
        if self._cell is None:
            return
        self.save_summary()  # an unsaved summary first, so undo takes one thing back at a time
        case, code = self._cell
        project = self.session.project
        if quoted:
            self.session.edit(lambda: project.link_quotes(case, code, [coding]))
        else:
            self.session.edit(lambda: project.unlink_quotes(case, code, [coding]))

    def _on_quote_activated(self, item: QListWidgetItem) -> None:
        coding: Coding = item.data(CODING_ROLE)
        try:
            document = self.session.project.document(coding.document_id)
        except QcodeError as problem:
            self.session.error.emit(error_text(problem))
            return
        self.session.open_document(document, select=(coding.start, coding.end))

    # -- the summary ------------------------------------------------------------------------

    def summary_dirty(self) -> bool:
        return self._cell is not None and self.summary.toPlainText() != self._loaded

    def save_summary(self) -> bool:
        """Write the summary of the chosen cell if it changed (one undoable edit)."""
        if not self.summary_dirty() or self._cell is None:
            return False
        case, code = self._cell
        text = self.summary.toPlainText()
        self._loaded = text  # so that the refresh the edit causes keeps what is typed
        done = self.session.edit(lambda: self.session.project.set_summary(case, code, text))
        self._show_state()
        return done is not None or not text.strip()

    def _show_state(self) -> None:
        if self._cell is None:
            self.state.setText("")
        elif self.summary_dirty():
            self.state.setText(self.tr("Not saved yet (saved when you leave the editor)."))
        else:
            self.state.setText(self.tr("Saved.") if self._loaded else "")

    @guarded
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.summary and event.type() == QEvent.Type.FocusOut:
            self.save_summary()
        return super().eventFilter(watched, event)

    @guarded
    def closeEvent(self, event: QCloseEvent) -> None:
        # The main window closes this window before it lets go of the project.
        self.save_summary()
        super().closeEvent(event)

    # -- export -------------------------------------------------------------------------------

    def export(self, path: Path | None = None, pseudonymise: bool | None = None) -> Path | None:
        """The framework sheets (summaries, and the quotes they rest on) in an
        Excel workbook, through the app's one export flow."""
        from qcode.export.xlsx import SHEETS, export_workbook

        self.save_summary()
        sheets = [name for name in SHEETS if name.startswith("framework")]
        if not sheets:
            self.session.error.emit(self.tr("this version of qcode cannot write a Framework sheet"))
            return None
        project = self.session.project
        workbook = Export(
            title=self.tr("Export framework matrix"),
            label=" framework",
            suffix=".xlsx",
            file_filter=self.tr("Excel workbooks (*.xlsx)"),
            write=lambda target, pseudonymiser, progress: export_workbook(
                project, target, None, progress, sheets=sheets, pseudonymiser=pseudonymiser
            ),
            done=lambda _summary, target: self.tr("Wrote the framework matrix to {target}.").format(
                target=target
            ),
            writing=self.tr("Writing the workbook…"),
        )
        return run_export(self.session, self, workbook, path, pseudonymise)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def show_framework_window(owner: QWidget, session: Session) -> FrameworkWindow:
    """Show ``owner``'s framework matrix, made on first use and kept as
    ``owner.framework``."""
    window = getattr(owner, "framework", None)
    if not isinstance(window, FrameworkWindow):
        window = FrameworkWindow(session, owner)
        undo = getattr(owner, "undo", None)  # the main window's UndoController
        if undo is not None:
            add_undo_menu(window, undo.stack)
        owner.framework = window  # type: ignore[attr-defined]
    window.show()
    window.raise_()
    window.activateWindow()
    return window
