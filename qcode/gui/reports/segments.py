"""Coded segments and memos in the Reports window: the segments behind a
figure (a :class:`Drill`), the Coded segments tab, the dialog that lists the
segments behind one cell, and the Memos tab.  Clicking a segment shows it in
the main window.  Each segment says how its coding was made (its Origin, as
in the Coded segments panel: by hand, an accepted suggestion with its
source and confidence in the tooltip...).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby, islice

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.cooccurrence import widen
from qcode.analysis.filters import Filters
from qcode.analysis.intervals import merged
from qcode.analysis.segments_report import (
    MEMO_HEADERS,
    SegmentRow,
    memo_rows,
    segment_count,
    segment_rows,
)
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.gui.coding.origins import origin_details, origin_kind, origin_name
from qcode.gui.i18n.messages import error_text
from qcode.gui.i18n.plurals import number
from qcode.gui.reports.tables import BATCH, ReportModel, ReportRow, ReportTable, SegmentRowsModel
from qcode.gui.session import Session
from qcode.gui.widgets.table_model import SORT_ROLE, VALUE_ROLE, Column
from qcode.model import CodingOrigin

KEEP_LOADED = 5000  # segments loaded again on a refresh, to keep the reader's place


@dataclass(frozen=True)
class Drill:
    """The coded segments behind one figure of a report.

    ``filters`` select them (a code in ``filters.codes`` brings its
    sub-codes); ``own_codes`` keeps only codings of those codes; ``pair``
    keeps only the codings of either code that overlap (or, with ``near``,
    are near) a coding of the other, as co-occurrence counts them;
    ``codings`` keeps only the codings with these UUIDs (a case's).
    """

    title: str
    filters: Filters
    own_codes: frozenset[int] | None = None
    pair: tuple[int, int] | None = None
    near: bool = False
    codings: frozenset[str] | None = None


def drill_rows(project: Project, drill: Drill) -> Iterator[SegmentRow]:
    """The segments behind ``drill``, by document then position."""
    rows = segment_rows(project, drill.filters)
    if drill.pair is not None:
        yield from _cooccurring(project, rows, drill.pair, drill.near)
        return
    for row in rows:
        if drill.codings is not None and row.coding_uuid not in drill.codings:
            continue
        if drill.own_codes is None or row.code_id in drill.own_codes:
            yield row


def _cooccurring(
    project: Project, rows: Iterator[SegmentRow], pair: tuple[int, int], near: bool
) -> Iterator[SegmentRow]:
    first, second = pair
    for document_id, found in groupby(rows, key=lambda row: row.document_id):
        mine = [row for row in found if row.code_id in pair]
        spans = [(row.start, row.end, row.code_id) for row in mine]
        if near and spans:
            document = project.document(document_id)
            text = project.text(document)
            spans = list(widen(text, project.speaker_turns(document), spans))
        runs = {
            code: merged(sorted((s, e) for s, e, c in spans if c == code))
            for code in (first, second)
        }
        ends = {code: [end for _start, end in runs[code]] for code in runs}
        for row, (start, end, code) in zip(mine, spans, strict=True):
            other = second if code == first else first
            # The first run of the other code ending after this span starts.
            i = bisect_right(ends[other], start)
            if i < len(runs[other]) and runs[other][i][0] < end:
                yield row


def open_segment(session: Session, row: SegmentRow, *, raise_window: QWidget | None = None) -> None:
    """Show the segment's document in the main window, the segment selected."""
    try:
        document = session.project.document(row.document_id)
    except QcodeError as problem:
        session.error.emit(error_text(problem))
        return
    session.open_document(document, select=(row.start, row.end))
    if raise_window is not None:
        raise_window.raise_()
        raise_window.activateWindow()


class SegmentsView(ReportTable):
    """Coded segments loaded as the view scrolls; a click shows one in the
    main window, a double-click or Return also brings the main window up."""

    def __init__(
        self, session: Session, name: str, parent: QWidget | None = None, batch: int | None = None
    ) -> None:
        model = SegmentRowsModel(None, batch or BATCH)
        model.columns.append(self._origin_column())
        super().__init__(
            model, name, parent, choose_text=self.tr("Show this segment in its document")
        )
        model.setParent(self)
        self.rows_model = model
        self.session = session
        # coding UUID -> how it was made; only codings not made by hand have one.
        self.made: dict[str, CodingOrigin] = {}
        self.rows_model.loaded.connect(self._on_loaded)
        self.cellClicked.connect(lambda index: self._on_open(index, False))
        self.cellChosen.connect(lambda index: self._on_open(index, True))

    def show_rows(
        self, rows: Iterator[SegmentRow], total: int | None, *, keep_place: bool = False
    ) -> None:
        """Show ``rows`` from the top; with ``keep_place`` (a refresh), load
        as many as were loaded (up to :data:`KEEP_LOADED`) and stay where the
        reader was."""
        model, scroll = self.rows_model, self.view.verticalScrollBar()
        loaded, position = len(model.rows), scroll.value()
        self.made = {}
        model.start(self._with_origins(rows), total)
        if keep_place:
            while len(model.rows) < min(loaded, KEEP_LOADED) and model.canFetchMore(QModelIndex()):
                model.fetchMore(QModelIndex())
            scroll.setValue(position)
        else:
            self.fit_columns(260)

    def _with_origins(self, rows: Iterator[SegmentRow]) -> Iterator[SegmentRow]:
        """``rows``, the origins of each batch read before the model shows it:
        only the segments loaded have theirs read (not 200,000 at a refresh)."""
        while batch := list(islice(rows, self.rows_model.batch)):
            uuids = [row.coding_uuid for row in batch]
            self.made.update(self.session.project.coding_origins_by_uuid(uuids))
            yield from batch

    def _origin_column(self) -> Column[SegmentRow]:
        """The Origin column: the origin's name; its source, confidence and
        model version (and a suggestion's reason) in the tooltip."""

        def name(row: SegmentRow) -> str:
            return origin_name(origin_kind(self.made.get(row.coding_uuid)))

        return Column[SegmentRow](
            QT_TRANSLATE_NOOP("headers", "Origin"),
            name,
            tooltip=lambda row: origin_details(self.made.get(row.coding_uuid), reason=True),
            roles={VALUE_ROLE: name, SORT_ROLE: lambda row: name(row).casefold()},
        )

    def _on_loaded(self) -> None:
        model = self.rows_model
        loaded = len(model.rows)
        if model.canFetchMore(QModelIndex()):
            total = model.total
            of = "" if total is None else self.tr(" of {total}").format(total=number(total))
            self.note.setText(
                self.tr(
                    "Showing the first {loaded}{of} coded segments; more load as you scroll. "
                    "Sorting and the filter box work on the segments loaded so far."
                ).format(loaded=number(loaded), of=of)
            )
        else:
            self.note.setText(self.tr("%Ln coded segments.", "", loaded))

    def _on_open(self, index: QModelIndex, raise_main: bool) -> None:
        if not index.isValid():
            return
        # The main window is the ancestor of the Reports window (and its dialogs).
        main: QWidget = self
        while main.parentWidget() is not None:
            main = main.parentWidget()
        row = self.rows_model.rows[index.row()]
        raised = main if raise_main and main is not self.window() else None
        open_segment(self.session, row, raise_window=raised)


class SegmentsTab(QWidget):
    """The Coded segments tab: every segment the filters allow, with context."""

    title = QT_TRANSLATE_NOOP("reports", "Coded segments")
    drillRequested = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filters: Filters | None = None
        self.table = SegmentsView(session, self.tr("Coded segments"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def refresh(self, filters: Filters) -> None:
        project = self.session.project
        same = filters == self.filters
        self.filters = filters
        self.table.show_rows(
            segment_rows(project, filters), segment_count(project, filters), keep_place=same
        )


class SegmentsDialog(QDialog):
    """The segments behind one cell of a report, in a small window."""

    def __init__(self, session: Session, drill: Drill, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drill = drill
        self.setWindowTitle(self.tr("Coded segments: {title}").format(title=drill.title))
        self.setAccessibleName(self.tr("Coded segments behind {title}").format(title=drill.title))
        self.heading = QLabel(drill.title, self)
        self.heading.setWordWrap(True)
        self.table = SegmentsView(
            session, self.tr("Coded segments behind {title}").format(title=drill.title), self
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.table.show_rows(drill_rows(session.project, drill), None)
        self.table.view.setFocus()


class MemosTab(QWidget):
    """Every memo the filters allow: on the project, documents, codes and codings."""

    title = QT_TRANSLATE_NOOP("reports", "Memos")
    drillRequested = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ReportModel(self)
        self.table = ReportTable(
            self.model, self.tr("Memos"), self, choose_text=self.tr("Show the memo's text")
        )
        self.table.cellChosen.connect(self._on_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def refresh(self, filters: Filters) -> None:
        memos = memo_rows(self.session.project, filters)
        rows = [
            ReportRow(memo.cells(), tooltips={5: memo.text, 1: memo.attached_to}) for memo in memos
        ]
        self.model.set_table(MEMO_HEADERS, rows, code_column=None)
        self.table.fit_columns()
        self.table.note.setText(self.tr("%Ln memos.", "", len(rows)))

    def _on_chosen(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()]
        title, text = row.cells[4] or row.cells[1], row.tooltips.get(5, "")
        QMessageBox.information(self, self.tr("Memo: {title}").format(title=title), text)
