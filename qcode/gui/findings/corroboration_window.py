"""Corroboration (Analyse ▸ Corroboration…): for each allegation — a code the
researcher ticks — how many independent sources (cases; a coding in no case
counts as its document) support it, how many of them first-hand, which
links contradict it, and the quotes, to check every number against the text.

"Codings made" narrows the figures, the quotes and the export to the
codings made those ways (e.g. only accepted suggestions, or only hand
coding); each quote says how it was made.  Double-click a quote to see it
in its document; "Export to Excel…" writes the same table through the
app's one export flow.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.corroboration import CorroborationQuote, CorroborationRow, corroboration
from qcode.analysis.filters import Filters
from qcode.errors import QcodeError
from qcode.gui.coding.origins import origin_choices, origin_details, origin_kind, origin_name
from qcode.gui.exchange.export_flow import Export, run_export
from qcode.gui.findings.choices import ChoiceButton
from qcode.gui.findings.later import LaterRefresh
from qcode.gui.i18n.messages import error_text
from qcode.gui.i18n.plurals import number
from qcode.gui.session import Session
from qcode.gui.widgets.code_picker import swatch
from qcode.gui.widgets.table_model import RIGHT, Column, TableModel
from qcode.gui.widgets.text import one_line
from qcode.model import CodingOrigin

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ORIGINS_READ = 500  # quotes whose origins are read at once
WRAPPED_AT_MOST = 2000  # quotes of an allegation shown wrapped onto several lines


def _names(names: tuple[str, ...]) -> str:
    return (
        "\n".join(names)
        if names
        else QCoreApplication.translate("findings.corroboration_window", "no source")
    )


# Headers and their tips are translated when shown (TableModel.headerData).
ROW_COLUMNS = [
    Column[CorroborationRow](QT_TRANSLATE_NOOP("headers", "Allegation"), lambda r: r.code_path),
    Column[CorroborationRow](
        QT_TRANSLATE_NOOP("headers", "Sources"),
        lambda r: len(r.sources),
        tooltip=lambda r: _names(r.sources),
        align=RIGHT,
        header_tooltip=QT_TRANSLATE_NOOP(
            "headers",
            "Distinct independent sources: cases, or the document for a coding in no case",
        ),
    ),
    Column[CorroborationRow](
        QT_TRANSLATE_NOOP("headers", "First-hand"),
        lambda r: r.first_hand,
        align=RIGHT,
        header_tooltip=QT_TRANSLATE_NOOP(
            "headers", "Sources with at least one coding graded first-hand"
        ),
    ),
    Column[CorroborationRow](
        QT_TRANSLATE_NOOP("headers", "Contradicted"),
        lambda r: len(r.contradicted_by),
        align=RIGHT,
        header_tooltip=QT_TRANSLATE_NOOP("headers", "'contradicts' links to or from these codings"),
    ),
    Column[CorroborationRow](
        QT_TRANSLATE_NOOP("headers", "Quotes"), lambda r: len(r.quotes), align=RIGHT
    ),
]

QUOTE_COLUMNS = [
    Column[CorroborationQuote](
        QT_TRANSLATE_NOOP("headers", "Source"), lambda q: "; ".join(q.sources)
    ),
    Column[CorroborationQuote](QT_TRANSLATE_NOOP("headers", "Document"), lambda q: q.document),
    Column[CorroborationQuote](
        QT_TRANSLATE_NOOP("headers", "Grade"),
        lambda q: (q.grade or "") + (" ★" if q.first_hand else ""),
    ),
    Column[CorroborationQuote](
        QT_TRANSLATE_NOOP("headers", "Contradicted"),
        lambda q: len(q.contradicted_by) or "",
        align=RIGHT,
    ),
    Column[CorroborationQuote](
        QT_TRANSLATE_NOOP("headers", "Quote"),
        lambda q: one_line(q.text, 400),
        tooltip=lambda q: q.text[:2000],
    ),
]


def _table(model: TableModel, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class CorroborationWindow(QMainWindow):
    """Allegations ticked on the left; their table and quotes on the right."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(
            self.tr("Corroboration — {name} — qcode").format(name=session.project.name)
        )
        self.setAccessibleName(self.tr("Corroboration"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter codes…"))
        self.filter.setAccessibleName(self.tr("Filter codes"))
        self.filter.setClearButtonEnabled(True)
        self.codes = QListWidget(self)
        self.codes.setAccessibleName(self.tr("Allegation codes"))
        self.subcodes = QCheckBox(self.tr("with sub-codes"), self)
        self.subcodes.setChecked(True)
        self.subcodes.setAccessibleName(self.tr("Count each allegation's sub-codes"))
        # The same choice as the Query window's: e.g. accepted suggestions
        # alone, to see what the machine's coding would claim.
        self.origins = ChoiceButton(self.tr("Codings made"), self)
        self.origins.setToolTip(self.tr("Only the codings made these ways count"))
        self.origins.set_names([name for _origin, name in origin_choices()])
        # How the quotes shown were made (coding UUID -> origin; absent: by
        # hand), read a stretch at a time as rows are shown (see _origin).
        self._made: dict[str, CodingOrigin] = {}
        self._read: set[str] = set()  # the UUIDs whose origin has been read
        self._row_of: dict[str, int] = {}  # quote's coding UUID -> its row
        self.rows_model = TableModel[CorroborationRow](ROW_COLUMNS, self)
        self.rows_view = _table(self.rows_model, self.tr("Allegations"), self)
        made = Column[CorroborationQuote](
            QT_TRANSLATE_NOOP("headers", "Origin"),
            lambda q: origin_name(origin_kind(self._origin(q))),
            tooltip=lambda q: origin_details(self._origin(q), reason=True),
        )
        self.quotes_model = TableModel[CorroborationQuote]([*QUOTE_COLUMNS, made], self)
        self.quotes_view = _table(self.quotes_model, self.tr("Quotes"), self)
        # Evidence is read, not skimmed: quotes wrap onto as many lines as they need.
        self.quotes_view.setWordWrap(True)
        self.quotes_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        for view in (self.rows_view, self.quotes_view):
            view.horizontalHeader().setResizeContentsPrecision(200)  # rows measured
        self.quotes_label = QLabel(self.tr("Choose an allegation to read its quotes."), self)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.setAccessibleName(self.tr("Export corroboration to Excel"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Allegations (tick the codes):"), self))
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.codes, 1)
        left_layout.addWidget(self.subcodes)
        left_layout.addWidget(self.origins)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        note = self.tr("Sources are cases; a coding in no case counts as its document.")
        top.addWidget(QLabel(note, self))
        top.addStretch(1)
        top.addWidget(self.export_button)
        right_layout.addLayout(top)
        inner = QSplitter(Qt.Orientation.Vertical, self)
        inner.addWidget(self.rows_view)
        quotes = QWidget(self)
        quotes_layout = QVBoxLayout(quotes)
        quotes_layout.setContentsMargins(0, 0, 0, 0)
        quotes_layout.addWidget(self.quotes_label)
        quotes_layout.addWidget(self.quotes_view, 1)
        inner.addWidget(quotes)
        inner.setSizes([260, 420])
        right_layout.addWidget(inner, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        self.setCentralWidget(splitter)
        self.later = LaterRefresh(self, self.refresh)
        self.filter.textChanged.connect(lambda _text: self._fill_codes())
        self.codes.itemChanged.connect(lambda _item: self.refresh())
        self.subcodes.toggled.connect(lambda _on: self.refresh())
        self.origins.changed.connect(self.refresh)
        self.rows_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_quotes(current.row())
        )
        self.quotes_view.activated.connect(self._on_quote_activated)
        self.quotes_view.doubleClicked.connect(self._on_quote_activated)
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(lambda _checked=False: self.close())
        self.addAction(close)
        self._ticked: set[int] = set()
        session.codesChanged.connect(lambda _ids: self._fill_codes())
        session.codingsChanged.connect(self.later.request)
        for signal in (session.casesChanged, session.linksChanged, session.gradesChanged):
            signal.connect(self.later.request)
        self._fill_codes()
        self.resize(1240, 760)

    # -- the allegations ----------------------------------------------------------------

    def _fill_codes(self) -> None:
        codebook = self.session.project.codebook()
        words = self.filter.text().casefold().split()
        self._ticked &= set(codebook.codes)
        self.codes.blockSignals(True)
        self.codes.clear()
        for code in codebook.walk():
            path = codebook.path(code.id)
            if not all(word in path.casefold() for word in words):
                continue
            shown = path if words else "    " * codebook.depth(code.id) + code.name
            item = QListWidgetItem(swatch(code.color), shown)
            item.setToolTip(path)
            item.setData(CODE_ROLE, code.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = code.id in self._ticked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.codes.addItem(item)
        self.codes.blockSignals(False)
        self.refresh()

    def tick(self, *paths: str) -> None:
        """Tick these codes as allegations (as clicking their boxes does)."""
        codebook = self.session.project.codebook()
        for path in paths:
            code = codebook.by_path(path)
            if code is None:
                raise QcodeError(self.tr("no code '{path}'").format(path=path))
            self._ticked.add(code.id)
        self._fill_codes()

    def _read_ticks(self) -> None:
        for row in range(self.codes.count()):
            item = self.codes.item(row)
            code_id = item.data(CODE_ROLE)
            if item.checkState() == Qt.CheckState.Checked:
                self._ticked.add(code_id)
            else:
                self._ticked.discard(code_id)

    def chosen_origins(self) -> frozenset[str] | None:
        """The origins ticked under "Codings made" (words of
        :data:`~qcode.model.ORIGINS`), or ``None``: however they were made."""
        chosen = set(self.origins.chosen())
        return frozenset(o for o, name in origin_choices() if name in chosen) or None

    def choose_origins(self, *origins: str) -> None:
        """Tick these origins under "Codings made" (none: all), as a user does."""
        self.origins.set_chosen([origin_name(origin) for origin in origins])

    # -- the table ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Work the table out again for the ticked codes."""
        self.later.stale = False
        self._read_ticks()
        codebook = self.session.project.codebook()
        codes = [code for code in codebook.walk() if code.id in self._ticked]
        chosen = self.rows_view.currentIndex().row()
        try:
            rows = corroboration(
                self.session.project,
                codes,
                Filters(origins=self.chosen_origins()),
                with_subcodes=self.subcodes.isChecked(),
            )
        except QcodeError as problem:
            self.session.error.emit(error_text(problem))
            return
        self.rows_model.set_rows(rows)
        self.rows_view.resizeColumnsToContents()
        if rows:
            self.rows_view.selectRow(min(max(chosen, 0), len(rows) - 1))
        else:
            self._show_quotes(-1)

    def rows(self) -> list[CorroborationRow]:
        return list(self.rows_model.rows)

    def _show_quotes(self, row: int) -> None:
        rows = self.rows_model.rows
        if not 0 <= row < len(rows):
            self.quotes_model.set_rows([])
            self.quotes_label.setText(
                self.tr("Tick codes on the left, then choose one to read its quotes.")
            )
            return
        found = rows[row]
        self._made, self._read = {}, set()
        self._row_of = {quote.coding_uuid: i for i, quote in enumerate(found.quotes)}
        # Wrapped quotes make every row's height be measured: a minute for
        # 200,000 quotes.  A long list shows one line per quote (the whole
        # quote in its tooltip) and sizes its columns from the first rows.
        many = len(found.quotes) > WRAPPED_AT_MOST
        self.quotes_view.setWordWrap(not many)
        self.quotes_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Fixed if many else QHeaderView.ResizeMode.ResizeToContents
        )
        self.quotes_model.set_rows(list(found.quotes))
        self.quotes_view.resizeColumnsToContents()
        for column, widest in ((0, 240), (1, 200), (2, 160)):  # leave room for the quote
            self.quotes_view.setColumnWidth(
                column, min(self.quotes_view.columnWidth(column), widest)
            )
        self.quotes_label.setText(
            self.tr(
                "{code_path}: {quotes} from {sources} ({first_hand} first-hand). Double-click a "
                "quote to read it in its text."
            ).format(
                code_path=found.code_path,
                quotes=self.tr("%Ln quotes", "", len(found.quotes)),
                sources=self.tr("%Ln sources", "", len(found.sources)),
                first_hand=number(found.first_hand),
            )
        )

    def _origin(self, quote: CorroborationQuote) -> CodingOrigin | None:
        """How a quote's coding was made (None: by hand).  Read for the rows
        from this one on, :data:`ORIGINS_READ` at a time, when first shown:
        an allegation may have 200,000 quotes, of which a reader sees a few."""
        uuid = quote.coding_uuid
        if uuid not in self._read:
            start = self._row_of.get(uuid, 0)
            stretch = [q.coding_uuid for q in self.quotes_model.rows[start : start + ORIGINS_READ]]
            stretch.append(uuid)
            self._made.update(self.session.project.coding_origins_by_uuid(stretch))
            self._read.update(stretch)
        return self._made.get(uuid)

    def _on_quote_activated(self, index: QModelIndex) -> None:
        quote = self.quotes_model.row(index)
        if quote is None:
            return
        try:
            document = self.session.project.document(quote.document_uuid)
        except QcodeError as problem:
            self.session.error.emit(error_text(problem))
            return
        self.session.open_document(document, select=(quote.start, quote.end))

    def export(self, path: Path | None = None, pseudonymise: bool | None = None) -> Path | None:
        """The corroboration sheet (the ticked codes and those under them; every
        code when none is ticked; the codings made the ways chosen) in an
        Excel workbook, through the app's export flow."""
        from qcode.export.xlsx import SHEETS, export_workbook

        sheets = [name for name in SHEETS if name.startswith("corroboration")]
        if not sheets:
            self.session.error.emit(
                self.tr("this version of qcode cannot write a Corroboration sheet")
            )
            return None
        project = self.session.project
        self._read_ticks()
        chosen = Filters(
            codes=frozenset(self._ticked) if self._ticked else None,
            origins=self.chosen_origins(),
        )
        workbook = Export(
            title=self.tr("Export corroboration"),
            label=" corroboration",
            suffix=".xlsx",
            file_filter=self.tr("Excel workbooks (*.xlsx)"),
            write=lambda target, pseudonymiser, progress: export_workbook(
                project, target, chosen, progress, sheets=sheets, pseudonymiser=pseudonymiser
            ),
            done=lambda _summary, target: self.tr(
                "Wrote the corroboration table to {target}."
            ).format(target=target),
            writing=self.tr("Writing the workbook…"),
        )
        return run_export(self.session, self, workbook, path, pseudonymise)


def show_corroboration_window(owner: QWidget, session: Session) -> CorroborationWindow:
    """Show ``owner``'s corroboration window, made on first use and kept as
    ``owner.corroboration``."""
    window = getattr(owner, "corroboration", None)
    if not isinstance(window, CorroborationWindow):
        window = CorroborationWindow(session, owner)
        owner.corroboration = window  # type: ignore[attr-defined]
    window.show()
    window.raise_()
    window.activateWindow()
    return window
