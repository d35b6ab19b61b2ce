"""Find in documents: search every document, read the hits in context, code them.

The results are laid out keyword-in-context (document | text before | match |
text after), so that a column of matches lines up and can be read down the
page.  Clicking a hit (or Enter on it) opens the document with the match
selected; "Code all results as…" codes every hit in one undoable step.

A hit in right-to-left text (its context mostly Arabic, Hebrew...) keeps
the columns where they are, but its text cells are laid out right to left
and aligned right, so that Arabic reads as Arabic (issue 18).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.search import SearchHit, code_hits, search
from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text
from qcode.gui.i18n.plurals import number
from qcode.gui.session import Session
from qcode.gui.widgets.code_picker import pick_code
from qcode.gui.widgets.overrides import guarded
from qcode.gui.widgets.table_model import LEFT, RIGHT, Column, TableModel
from qcode.io.scripts import leans_right_to_left
from qcode.model import Code

# Beyond this many hits the list stops (and says so): nobody reads further,
# and coding that many at once is more likely a mistake than a plan.
MAX_HITS = 10_000
CONTEXT = 60

ModelIndex = QModelIndex | QPersistentModelIndex
# The base direction a row's text cells are laid out in (a Qt.LayoutDirection).
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 20


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _where(hit: SearchHit) -> str:
    return QCoreApplication.translate(
        "coding.search_panel", "{document}, characters {start}–{end}"
    ).format(document=hit.document, start=hit.start, end=hit.end)


def right_to_left(hit: SearchHit) -> bool:
    """Whether a hit's text reads right to left: most of the letters of its
    context (before, match, after) are Arabic, Hebrew..."""
    return leans_right_to_left(hit.before + hit.match + hit.after)


def _direction(hit: SearchHit) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if right_to_left(hit) else Qt.LayoutDirection.LeftToRight


# Right on the screen: in a cell laid out right to left, a plain AlignRight
# would mean the text's trailing edge, the left.
SCREEN_RIGHT = RIGHT | Qt.AlignmentFlag.AlignAbsolute


def _aligned(left_to_right: Qt.AlignmentFlag) -> Any:
    """The alignment of a text cell: ``left_to_right``, or right for RTL text."""
    return lambda hit: int(SCREEN_RIGHT if right_to_left(hit) else left_to_right)


def hits_model(parent: QWidget | None = None) -> TableModel[SearchHit]:
    """Search hits as rows: Document | before | match | after."""
    direction = {DIRECTION_ROLE: _direction}
    return TableModel(
        [
            Column(
                QCoreApplication.translate("coding.search_panel", "Document"),
                lambda hit: hit.document,
                tooltip=_where,
            ),
            Column(
                QCoreApplication.translate("coding.search_panel", "Before"),
                lambda hit: hit.before,
                tooltip=_where,
                roles={Qt.ItemDataRole.TextAlignmentRole: _aligned(RIGHT), **direction},
            ),
            Column(
                QCoreApplication.translate("coding.search_panel", "Match"),
                lambda hit: " ".join(hit.match.split()) or hit.match,
                tooltip=_where,
                roles={
                    Qt.ItemDataRole.FontRole: lambda _hit: _bold(),
                    Qt.ItemDataRole.TextAlignmentRole: _aligned(LEFT),
                    **direction,
                },
            ),
            Column(
                QCoreApplication.translate("coding.search_panel", "After"),
                lambda hit: hit.after,
                tooltip=_where,
                roles={Qt.ItemDataRole.TextAlignmentRole: _aligned(LEFT), **direction},
            ),
        ],
        parent,
    )


class TextDirectionDelegate(QStyledItemDelegate):
    """Lays a cell's text out in the direction its row gives (right to left
    for Arabic); ``elide_left`` cuts the start of the text, not its end, so
    the words next to the match stay."""

    def __init__(self, parent: QWidget | None = None, *, elide_left: bool = False) -> None:
        super().__init__(parent)
        self.elide_left = elide_left

    @guarded
    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().initStyleOption(option, index)
        direction = index.data(DIRECTION_ROLE)
        if direction is not None:
            option.direction = Qt.LayoutDirection(direction)  # type: ignore[attr-defined]
        if self.elide_left:
            option.textElideMode = Qt.TextElideMode.ElideLeft  # type: ignore[attr-defined]


class SearchPanel(QWidget):
    """ "Find in documents": a query, its options, and the hits in context."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Find in documents"))
        self._shown: dict[str, Any] | None = None  # the search whose hits are showing

        self.query = QLineEdit(self)
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.setPlaceholderText(self.tr("Find in documents…"))
        self.query.setClearButtonEnabled(True)
        self.match_case = QCheckBox(self.tr("Match &case"), self)
        self.match_case.setAccessibleName(self.tr("Match case"))
        self.whole_words = QCheckBox(self.tr("&Whole words"), self)
        self.whole_words.setAccessibleName(self.tr("Whole words"))
        self.regex = QCheckBox(self.tr("Regular e&xpression"), self)
        self.regex.setAccessibleName(self.tr("Regular expression"))
        self.ignore_diacritics = QCheckBox(self.tr("Ignore Arabic &diacritics"), self)
        self.ignore_diacritics.setAccessibleName(self.tr("Ignore Arabic diacritics"))
        self.ignore_diacritics.setToolTip(
            self.tr("Find Arabic words with or without harakat and tatweel, and any alef (أ إ آ ا)")
        )
        self.search_button = QPushButton(self.tr("&Search"), self)
        self.search_button.setAccessibleName(self.tr("Search"))
        self.count = QLabel("", self)
        self.count.setAccessibleName(self.tr("Number of hits"))
        self.code_all_button = QPushButton(self.tr("Code all results as…"), self)
        self.code_all_button.setAccessibleName(self.tr("Code all results as"))
        self.code_all_button.setEnabled(False)

        self.model = hits_model(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Search results"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(1, TextDirectionDelegate(self.table, elide_left=True))
        for column in (2, 3):
            self.table.setItemDelegateForColumn(column, TextDirectionDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.open_action = QAction(self.tr("Open at match"), self.table)
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.open_action)

        options = QHBoxLayout()
        for widget in (self.match_case, self.whole_words, self.regex, self.ignore_diacritics):
            options.addWidget(widget)
        options.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.search_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.code_all_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.query.returnPressed.connect(self._on_search)
        self.search_button.clicked.connect(self._on_search)
        self.table.clicked.connect(self._on_hit_chosen)
        self.open_action.triggered.connect(self._on_open_current)
        self.code_all_button.clicked.connect(self._on_code_all)
        session.documentsChanged.connect(self._on_documents_changed)

    # -- searching ----------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def hits(self) -> list[SearchHit]:
        return list(self.model.rows)

    def _on_search(self) -> None:
        if not self.query.text().strip():
            self.clear()
            return
        self._run(
            {
                "query": self.query.text(),
                "case_sensitive": self.match_case.isChecked(),
                "whole_words": self.whole_words.isChecked(),
                "regex": self.regex.isChecked(),
                "ignore_diacritics": self.ignore_diacritics.isChecked(),
            }
        )

    def _run(self, options: dict[str, Any]) -> None:
        try:
            hits = search(self.session.project, context=CONTEXT, limit=MAX_HITS + 1, **options)
        except QcodeError as problem:
            # Shown beside the box, where the user is typing: no message box.
            self.clear()
            text = error_text(problem)
            self.count.setText(text[:1].upper() + text[1:])
            return
        self._shown = options
        more = len(hits) > MAX_HITS
        self.model.set_rows(hits[:MAX_HITS])
        self._show_count(more)
        self.code_all_button.setEnabled(bool(self.model.rows))

    def _show_count(self, more: bool) -> None:
        hits = self.model.rows
        documents = len({hit.document_id for hit in hits})
        if not hits:
            self.count.setText(self.tr("No hits"))
            return
        where = self.tr("%Ln documents", "", documents)
        text = self.tr("%Ln hits in {documents}", "", len(hits)).format(documents=where)
        if more:
            text = self.tr("More than {limit} hits; the first {hits} are shown").format(
                limit=number(MAX_HITS), hits=text
            )
        self.count.setText(text)

    def clear(self) -> None:
        self._shown = None
        self.model.set_rows([])
        self.count.setText("")
        self.code_all_button.setEnabled(False)

    def _on_documents_changed(self, _ids: frozenset[int]) -> None:
        # A text or a name may have changed, or a document gone: search again.
        if self._shown is not None:
            self._run(self._shown)

    # -- opening and coding -----------------------------------------------------------

    def _on_open_current(self) -> None:
        self._on_hit_chosen(self.table.currentIndex())

    def _on_hit_chosen(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.rows[index.row()]
        try:
            document = self.session.project.document(hit.document_id)
        except QcodeError as problem:
            self.session.error.emit(error_text(problem))
            return
        self.session.open_document(document, select=(hit.start, hit.end))

    def _choose_code(self) -> Code | None:
        codebook = self.session.project.codebook()
        if not any(code.codable for code in codebook.walk()):
            self.session.status.emit(self.tr("Create a code first, then code the results with it."))
            return None
        return pick_code(
            codebook, self.session.recent_codes, self, title=self.tr("Code all results as…")
        )

    def _on_code_all(self) -> None:
        hits = self.model.rows
        if not hits:
            return
        code = self._choose_code()
        if code is None:
            return
        project = self.session.project
        result = self.session.edit(lambda: code_hits(project, hits, code))
        if result is None:
            return
        self.session.remember_code(code)
        path = project.codebook().path(code.id) if code.id in project.codebook() else code.name
        skipped = result.skipped_duplicates
        if not result.ids:
            message = self.tr("Nothing added: every result was already coded '{code}'.").format(
                code=path
            )
        else:
            coded = self.tr("Coded %Ln results as '{code}'", "", len(result.ids))
            coded = coded.format(code=path)
            already = self.tr(" ({count} already coded).").format(count=number(skipped))
            message = coded + (already if skipped else ".")
        self.session.status.emit(message)
