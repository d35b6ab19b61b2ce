"""Tables of the Reports window: one read-only model for every figure table,
a view with sorting and a filter box, and a model that loads coded segments
a batch at a time.

Numbers sort as numbers: the models give :data:`SORT_ROLE` a number for a
count and folded text for a name, and the proxy sorts by that role.  The
Code column sorts by codebook order, so sorting it ascending shows the tree
again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.segments_report import SEGMENT_HEADERS, SegmentRow, utc_text
from qcode.gui.i18n.plurals import number
from qcode.gui.widgets.overrides import guarded
from qcode.gui.widgets.table_model import (
    RIGHT,
    SORT_ROLE,
    VALUE_ROLE,
    Column,
    ModelIndex,
    TableModel,
)
from qcode.model import Code

INDENT = "    "  # per level of the code tree
BATCH = 500  # coded segments loaded at a time
_HEAT_LOW, _HEAT_HIGH = QColor("#ffffff"), QColor("#b2182b")
_DIAGONAL = QBrush(QColor("#9a9a9a"), Qt.BrushStyle.BDiagPattern)


@dataclass
class ReportRow:
    """One row of a report table: ``cells`` as shown (numbers as int, an
    empty cell as None) and, when the row is a code, the code and its depth."""

    cells: list[Any]
    code: Code | None = None
    depth: int = 0
    order: int = 0  # codebook order, what the Code column sorts by
    tooltips: dict[int, str] = field(default_factory=dict)


def heat_color(value: int, highest: int) -> QColor:
    """White for 0, deepening to dark red at ``highest``."""
    share = 0.0 if highest <= 0 else min(max(value / highest, 0.0), 1.0)
    low, high = _HEAT_LOW, _HEAT_HIGH
    return QColor(
        round(low.red() + (high.red() - low.red()) * share),
        round(low.green() + (high.green() - low.green()) * share),
        round(low.blue() + (high.blue() - low.blue()) * share),
    )


def text_color_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    light = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#000000") if light > 140 else QColor("#ffffff")


class ReportModel(TableModel[ReportRow]):
    """A read-only table of :class:`ReportRow`; column ``code_column`` shows
    the code indented by depth with its colour; with ``heat`` the number
    cells are shaded by size (a heat map) and empty cells hatched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.code_column: int | None = 0
        self.heat = False
        self._highest = 0
        self.header_tooltips: dict[int, str] = {}  # by column; the header itself otherwise

    def set_table(
        self, headers: Sequence[str], rows: list[ReportRow], *, code_column: int | None = 0
    ) -> None:
        """Show ``rows`` under ``headers``."""
        self.code_column = code_column
        numbers = [value for row in rows for value in row.cells if type(value) is int]
        self._highest = max(numbers, default=0)
        columns = [
            Column[ReportRow](
                header,
                lambda row, i=i: row.cells[i],
                header_tooltip=self.header_tooltips.get(i, header),
            )
            for i, header in enumerate(headers)
        ]
        self.set_rows(rows, columns)

    @guarded
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # One rule for every cell (its type decides), not one per column.
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        value = row.cells[column]
        is_code = column == self.code_column and row.code is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            if is_code:
                return INDENT * row.depth + str(value)
            return number(value) if type(value) is int else str(value)
        if role == VALUE_ROLE:
            return value
        if role == SORT_ROLE:
            if is_code:
                return row.order
            if value is None:
                return -1
            return value if type(value) is int else str(value).casefold()
        if role == Qt.ItemDataRole.DecorationRole and is_code and row.code is not None:
            return QColor(row.code.color)
        if role == Qt.ItemDataRole.TextAlignmentRole and (value is None or type(value) is int):
            return int(RIGHT)
        if self.heat and column != self.code_column:
            if role == Qt.ItemDataRole.BackgroundRole:
                if value is None:
                    return _DIAGONAL
                if type(value) is int:
                    return heat_color(value, self._highest)
            if role == Qt.ItemDataRole.ForegroundRole and type(value) is int:
                return text_color_on(heat_color(value, self._highest))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltips.get(column)
        return None


def _segment_column(
    header: str, cell: Callable[[SegmentRow], Any], *, number: bool = False, tip: bool = False
) -> Column[SegmentRow]:
    """A column of coded segments: text on one line, numbers sorted as numbers."""

    def shown(row: SegmentRow) -> Any:
        value = cell(row)
        return " ".join(value.split()) if isinstance(value, str) else value

    def sort_key(row: SegmentRow) -> Any:
        value = cell(row)
        return value if isinstance(value, int) else value.casefold()

    return Column(
        header,
        shown,
        tooltip=(lambda row: cell(row) or None) if tip else None,
        align=RIGHT if number else None,
        roles={VALUE_ROLE: shown, SORT_ROLE: sort_key},
    )


# The headers named in qcode.analysis (the exports keep them in English),
# marked for translation here; TableModel.headerData translates them.
HEADER_NAMES = (
    QT_TRANSLATE_NOOP("headers", "Code"),
    QT_TRANSLATE_NOOP("headers", "Document"),
    QT_TRANSLATE_NOOP("headers", "Speaker"),
    QT_TRANSLATE_NOOP("headers", "Start"),
    QT_TRANSLATE_NOOP("headers", "End"),
    QT_TRANSLATE_NOOP("headers", "Coded text"),
    QT_TRANSLATE_NOOP("headers", "Context"),
    QT_TRANSLATE_NOOP("headers", "Coder"),
    QT_TRANSLATE_NOOP("headers", "Coded at (UTC)"),
    QT_TRANSLATE_NOOP("headers", "Memo"),
    QT_TRANSLATE_NOOP("headers", "Coding ID"),
    QT_TRANSLATE_NOOP("headers", "Kind"),
    QT_TRANSLATE_NOOP("headers", "Attached to"),
    QT_TRANSLATE_NOOP("headers", "Title"),
    QT_TRANSLATE_NOOP("headers", "Author"),
    QT_TRANSLATE_NOOP("headers", "Created (UTC)"),
    QT_TRANSLATE_NOOP("headers", "Modified (UTC)"),
)

# In the order of SEGMENT_HEADERS, all but the coding's ID.
SEGMENT_COLUMNS: tuple[Column[SegmentRow], ...] = (
    _segment_column(SEGMENT_HEADERS[0], lambda row: row.code),
    _segment_column(SEGMENT_HEADERS[1], lambda row: row.document),
    _segment_column(SEGMENT_HEADERS[2], lambda row: row.speaker),
    _segment_column(SEGMENT_HEADERS[3], lambda row: row.start, number=True),
    _segment_column(SEGMENT_HEADERS[4], lambda row: row.end, number=True),
    _segment_column(SEGMENT_HEADERS[5], lambda row: row.text, tip=True),
    _segment_column(SEGMENT_HEADERS[6], lambda row: row.context, tip=True),
    _segment_column(SEGMENT_HEADERS[7], lambda row: row.coder),
    _segment_column(SEGMENT_HEADERS[8], lambda row: utc_text(row.created_at)),
    _segment_column(SEGMENT_HEADERS[9], lambda row: row.memo, tip=True),
)


class SegmentRowsModel(TableModel[SegmentRow]):
    """Coded segments read from a generator :data:`BATCH` rows at a time, as
    the view scrolls (``canFetchMore``/``fetchMore``), so that 200,000 rows
    never hold up the window."""

    loaded = Signal()

    def __init__(self, parent: QWidget | None = None, batch: int = BATCH) -> None:
        super().__init__(SEGMENT_COLUMNS, parent)
        self.batch = batch
        self.total: int | None = None  # when known beforehand
        self._source: Iterator[SegmentRow] | None = None

    def start(self, rows: Iterator[SegmentRow], total: int | None = None) -> None:
        """Show ``rows`` from the beginning (loading the first batch)."""
        self.total, self._source = total, rows
        self.set_rows([])
        self.fetchMore(QModelIndex())

    @guarded
    def canFetchMore(self, parent: ModelIndex) -> bool:
        if parent.isValid() or self._source is None:
            return False
        return self.total is None or len(self.rows) < self.total

    @guarded
    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._source is None:
            return
        found = list(islice(self._source, self.batch))
        if len(found) < self.batch:
            self._source = None
        if found:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
            self.rows.extend(found)
            self.endInsertRows()
        self.loaded.emit()

    def fetch_all(self) -> None:
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())


class ReportTable(QWidget):
    """A sortable table with a filter box and optional controls above it.

    ``cellChosen(source index)`` fires on a double-click or Return;
    ``cellClicked(source index)`` on a single click.
    """

    cellChosen = Signal(QModelIndex)
    cellClicked = Signal(QModelIndex)

    def __init__(
        self,
        model: TableModel[Any],
        name: str,
        parent: QWidget | None = None,
        controls: Sequence[QWidget] = (),
        choose_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter rows…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filter the rows of {name}").format(name=name))
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(name)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # rows as the report gives them
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(False)
        # Sizing columns to contents looks at this many rows, not all 200,000.
        self.view.horizontalHeader().setResizeContentsPrecision(200)
        self.view.doubleClicked.connect(self._on_chosen)
        self.view.clicked.connect(self._on_clicked)
        self.choose_action = QAction(
            choose_text or self.tr("Show the coded segments behind this cell"), self.view
        )
        self.choose_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.choose_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.choose_action.triggered.connect(lambda: self._on_chosen(self.view.currentIndex()))
        self.view.addAction(self.choose_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.controls = QHBoxLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(self.controls)
        self.add_controls(*controls)
        top.addStretch(1)
        top.addWidget(self.filter_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

    def add_controls(self, *controls: QWidget) -> None:
        """Put ``controls`` (a choice, a check box) above the table, left."""
        for control in controls:
            control.setParent(self)
            self.controls.addWidget(control)

    def source_index(self, index: QModelIndex) -> QModelIndex:
        return self.proxy.mapToSource(index) if index.isValid() else QModelIndex()

    def fit_columns(self, widest: int = 320) -> None:
        """Size columns to their contents, none wider than ``widest`` pixels.

        A wide table (a matrix of hundreds of documents or codes) is sized
        from its headers and its longest texts, which is far quicker than
        asking the view to measure every cell.
        """
        header = self.view.horizontalHeader()
        columns = self.model.columnCount()
        rows = getattr(self.model, "rows", None)
        if columns <= 16 or not isinstance(self.model, ReportModel) or rows is None:
            self.view.resizeColumnsToContents()
        else:
            self.view.resizeColumnToContents(0)
            metrics = self.view.fontMetrics()
            for column in range(1, columns):
                longest = max(
                    (self.model.index(r, column).data() or "" for r in range(len(rows))),
                    key=len,
                    default="",
                )
                width = metrics.horizontalAdvance(longest) + 16
                header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        for column in range(columns):
            if header.sectionSize(column) > widest:
                header.resizeSection(column, widest)

    def _on_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.cellChosen.emit(self.source_index(index))

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.cellClicked.emit(self.source_index(index))


def code_rows(
    codes: Sequence[Code],
    depths: Sequence[int],
    paths: Sequence[str],
    values: Callable[[int], list[Any]],
    *,
    with_path: bool = True,
) -> list[ReportRow]:
    """One :class:`ReportRow` per code: its name (indented), its path when
    ``with_path``, then ``values(i)``."""
    return [
        ReportRow(
            [code.name, *([paths[i]] if with_path else []), *values(i)],
            code,
            depths[i],
            i,
            {0: paths[i]},
        )
        for i, code in enumerate(codes)
    ]
