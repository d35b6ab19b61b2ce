"""Coded segments: everything coded with one code, across all documents.

What NVivo shows when a node is opened and MAXQDA calls Retrieved Segments:
one row per coding, with the coded text (emphasised) between a few words of
context, so a researcher can read a theme through and jump to any passage.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.search import keyword_in_context
from qcode.errors import QcodeError
from qcode.gui.coding.bidi import draw_pieces, isolate
from qcode.gui.coding.origins import origin_choices, origin_details, origin_kind, origin_name
from qcode.gui.i18n.messages import error_text
from qcode.gui.session import Session
from qcode.gui.widgets.overrides import guarded
from qcode.gui.widgets.table_model import Column, TableModel
from qcode.gui.widgets.text import one_line
from qcode.io.scripts import is_right_to_left
from qcode.model import Code, CodingOrigin, Segment

CONTEXT = 30  # characters of context on each side: a few words
PARTS_ROLE = Qt.ItemDataRole.UserRole + 1  # (before, coded, after) of the Text column

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SegmentLine:
    """A coded segment as the panel lists it: its one line of text, the coded
    part between a few words of context."""

    segment: Segment
    before: str
    coded: str
    after: str
    origin: CodingOrigin | None = None  # how the coding was made (None: by hand)

    @property
    def memo_line(self) -> str:
        lines = [line.strip() for line in (self.segment.memo or "").splitlines()]
        return next((line for line in lines if line), "")


def _text_column() -> Column[SegmentLine]:
    return Column(
        QCoreApplication.translate("coding.segments_panel", "Text"),
        # What a screen reader reads and a copy gives; the delegate draws PARTS_ROLE.
        lambda line: f"{line.before}«{line.coded}»{line.after}",
        tooltip=lambda line: line.segment.text,
        roles={PARTS_ROLE: lambda line: (line.before, line.coded, line.after)},
    )


def segments_model(parent: QWidget | None = None) -> TableModel[SegmentLine]:
    """The panel's table: Document | Code | Coder | Text | Memo | Origin."""
    return TableModel(
        [
            Column(
                QCoreApplication.translate("coding.segments_panel", "Document"),
                lambda line: line.segment.document,
            ),
            Column(
                QCoreApplication.translate("coding.segments_panel", "Code"),
                lambda line: line.segment.code_path,
            ),
            Column(
                QCoreApplication.translate("coding.segments_panel", "Coder"),
                lambda line: line.segment.coder,
            ),
            _text_column(),
            Column(
                QCoreApplication.translate("coding.segments_panel", "Memo"),
                lambda line: line.memo_line,
                tooltip=lambda line: line.segment.memo,
            ),
            Column(
                QCoreApplication.translate("coding.segments_panel", "Origin"),
                lambda line: origin_name(origin_kind(line.origin)),
                tooltip=lambda line: origin_details(line.origin, reason=True),
            ),
        ],
        parent,
    )


class _EmphasisDelegate(QStyledItemDelegate):
    """Draws the Text column as context, **coded text**, context on one line."""

    @guarded
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        parts = index.data(PARTS_ROLE)
        if not parts:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # type: ignore[attr-defined]
        widget = item.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        rect = rect.adjusted(3, 0, -3, 0)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        normal = QFont(item.font)  # type: ignore[attr-defined]
        bold = QFont(normal)
        bold.setBold(True)
        before, coded, after = parts
        painter.save()
        painter.setPen(item.palette.color(role))  # type: ignore[attr-defined]
        # The context before may take a third of the width; it is cut at its start.
        pieces = (
            (before, normal, Qt.TextElideMode.ElideLeft, rect.width() // 3),
            (coded, bold, Qt.TextElideMode.ElideRight, None),
            (after, normal, Qt.TextElideMode.ElideRight, None),
        )
        # An Arabic or Hebrew segment reads from the right (issue 18).
        draw_pieces(painter, rect, pieces, is_right_to_left(before + coded + after))
        painter.restore()


class SegmentsPanel(QWidget):
    """The segments coded with one code (and optionally its sub-codes)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Coded segments"))
        self._code: Code | None = None
        self._watched: frozenset[int] = frozenset()  # codes whose changes alter the list

        self.header = QLabel(self.tr("Choose a code to see its coded segments."), self)
        self.header.setAccessibleName(self.tr("Coded segments heading"))
        self.header.setWordWrap(True)
        self.include_subcodes = QCheckBox(self.tr("Include &sub-codes"), self)
        self.include_subcodes.setAccessibleName(self.tr("Include sub-codes"))
        # "Only what I coded by hand" against "accepted suggestions" (issue 17).
        self.origin_filter = QComboBox(self)
        self.origin_filter.setAccessibleName(self.tr("Origin of the codings shown"))
        self.origin_filter.setToolTip(self.tr("Show only the codings made this way"))
        self.origin_filter.addItem(self.tr("Any origin"), None)
        for origin, name in origin_choices():
            self.origin_filter.addItem(name, origin)
        self.model = segments_model(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Coded segments list"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(3, _EmphasisDelegate(self.table))
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)  # the Origin
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.open_action = QAction(self.tr("Open at segment"), self.table)
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.open_action)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.origin_filter)
        top.addWidget(self.include_subcodes)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.include_subcodes.toggled.connect(self._on_include_subcodes_toggled)
        self.origin_filter.currentIndexChanged.connect(self._on_origin_filter_changed)
        self.table.clicked.connect(self._on_row_chosen)
        self.open_action.triggered.connect(lambda: self._on_row_chosen(self.table.currentIndex()))
        session.codingsChanged.connect(self._on_codings_changed)
        session.codesChanged.connect(self._on_codes_changed)
        session.coderFilterChanged.connect(self._on_coder_filter_changed)
        session.memosChanged.connect(self._on_memos_changed)
        session.documentsChanged.connect(self._on_documents_changed)

    # -- what is shown ------------------------------------------------------------

    @property
    def code(self) -> Code | None:
        return self._code

    def show_code(self, code: Code, include_subcodes: bool) -> None:
        """List the segments of ``code`` (and its sub-codes, if asked)."""
        self._code = code
        self.include_subcodes.blockSignals(True)
        self.include_subcodes.setChecked(include_subcodes)
        self.include_subcodes.blockSignals(False)
        self.refresh()

    def clear(self) -> None:
        self._code = None
        self._watched = frozenset()
        self.model.set_rows([])
        self.header.setText(self.tr("Choose a code to see its coded segments."))

    def rows(self) -> list[SegmentLine]:
        return list(self.model.rows)

    @property
    def origin(self) -> str | None:
        """The origin the list is narrowed to (a word of
        :data:`~qcode.model.ORIGINS`), or ``None``: every coding."""
        chosen = self.origin_filter.currentData()
        return chosen if isinstance(chosen, str) else None

    def show_origin(self, origin: str | None) -> None:
        """List only the codings made this way (``None``: all of them)."""
        found = -1 if origin is None else self.origin_filter.findData(origin)
        self.origin_filter.setCurrentIndex(max(0, found))

    def refresh(self) -> None:
        """Read the shown code's segments again, keeping the current row."""
        if self._code is None:
            return
        project = self.session.project
        codebook = project.codebook()
        code = codebook.codes.get(self._code.id)
        if code is None:  # deleted (or its creation undone)
            self.clear()
            return
        self._code = code
        include = self.include_subcodes.isChecked()
        family = {code.id} | {c.id for c in codebook.descendants(code.id)}
        ancestors = set()
        parent = code.parent_id
        while parent is not None:
            ancestors.add(parent)
            parent = codebook.codes[parent].parent_id
        # Renaming an ancestor changes the paths shown; a sub-code's codings
        # are shown only with sub-codes included, but moving one in or out
        # changes what "included" means, so the family is always watched.
        self._watched = frozenset(family | ancestors)
        coder = self.session.coder_filter
        try:
            codings = project.codings(code=code, include_subcodes=include, coder=coder)
        except QcodeError:  # a coder filter naming a coder with no codings here
            codings = []
        origins = project.coding_origins(codings) if codings else {}
        if (wanted := self.origin) is not None:
            codings = [c for c in codings if origin_kind(origins.get(c.id)) == wanted]
        order = {document.id: i for i, document in enumerate(project.documents())}
        codings.sort(key=lambda c: (order.get(c.document_id, len(order)), c.start, c.end, c.id))
        current = self._current_coding_id()
        self.model.set_rows(self._rows(project.segments(codings), origins))
        self._show_header(codebook.path(code.id), coder)
        self._restore_current(current)

    def _rows(self, segments: list[Segment], origins: dict[int, CodingOrigin]) -> list[SegmentLine]:
        texts: dict[int, str] = {}
        rows = []
        for segment in segments:
            coding = segment.coding
            text = texts.get(coding.document_id)
            if text is None:
                text = texts[coding.document_id] = self.session.project.text(coding.document_id)
            before, after = keyword_in_context(text, coding.start, coding.end, CONTEXT)
            made = origins.get(coding.id)
            rows.append(SegmentLine(segment, before, one_line(segment.text), after, made))
        return rows

    def _show_header(self, path: str, coder: str | None) -> None:
        rows = self.model.rows
        documents = len({row.segment.coding.document_id for row in rows})
        count = self.tr("%Ln segments", "", len(rows))
        where = self.tr("%Ln documents", "", documents)
        # An Arabic code name must not turn the sentence around.
        text = self.tr("{code} — {count} in {where}").format(
            code=isolate(path), count=count, where=where
        )
        if coder is not None:
            text += self.tr(" (coded by {coder})").format(coder=isolate(coder))
        if self.origin is not None:
            text += self.tr(" — only: {origin}").format(origin=origin_name(self.origin))
        self.header.setText(text)

    def _current_coding_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()].segment.coding.id

    def _restore_current(self, coding_id: int | None) -> None:
        if coding_id is None:
            return
        for number, row in enumerate(self.model.rows):
            if row.segment.coding.id == coding_id:
                self.table.setCurrentIndex(self.model.index(number, 0))
                return

    # -- live updates ------------------------------------------------------------------

    def _on_include_subcodes_toggled(self, _checked: bool) -> None:
        self.refresh()

    def _on_codings_changed(self, _documents: frozenset[int], codes: frozenset[int]) -> None:
        if self._code is None:
            return
        shown = self._watched if self.include_subcodes.isChecked() else {self._code.id}
        if not codes or codes & shown:
            self.refresh()

    def _on_codes_changed(self, codes: frozenset[int]) -> None:
        if self._code is None:
            return
        codebook = self.session.project.codebook()
        if self._code.id not in codebook:
            self.clear()
            return
        moved_in = {c.id for c in codebook.descendants(self._code.id)}
        if not codes or codes & (self._watched | moved_in):
            self.refresh()

    def _on_coder_filter_changed(self, _coder: str | None) -> None:
        self.refresh()

    def _on_origin_filter_changed(self, _index: int) -> None:
        self.refresh()

    def _on_memos_changed(self) -> None:
        if self.model.rows:
            self.refresh()

    def _on_documents_changed(self, documents: frozenset[int]) -> None:
        shown = {row.segment.coding.document_id for row in self.model.rows}
        if self._code is not None and (not documents or documents & shown):
            self.refresh()

    # -- opening -----------------------------------------------------------------------

    def _on_row_chosen(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        coding = self.model.rows[index.row()].segment.coding
        try:
            document = self.session.project.document(coding.document_id)
        except QcodeError as problem:
            self.session.error.emit(error_text(problem))
            return
        self.session.open_document(document, select=(coding.start, coding.end))
