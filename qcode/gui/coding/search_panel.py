"""Find in documents: search every document, read the hits in context, code them.

The results are laid out keyword-in-context (document | text before | match |
text after), so that a column of matches lines up and can be read down the
page.  Clicking a hit (or Enter on it) opens the document with the match
selected; "Code all results as…" codes every hit in one undoable step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
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
from qcode.gui.session import Session
from qcode.gui.widgets.code_picker import pick_code
from qcode.gui.widgets.table_model import RIGHT, Column, TableModel
from qcode.model import Code

# Beyond this many hits the list stops (and says so): nobody reads further,
# and coding that many at once is more likely a mistake than a plan.
MAX_HITS = 10_000
CONTEXT = 60

ModelIndex = QModelIndex | QPersistentModelIndex


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _where(hit: SearchHit) -> str:
    return f"{hit.document}, characters {hit.start}–{hit.end}"


def hits_model(parent: QWidget | None = None) -> TableModel[SearchHit]:
    """Search hits as rows: Document | before | match | after."""
    return TableModel(
        [
            Column("Document", lambda hit: hit.document, tooltip=_where),
            Column("Before", lambda hit: hit.before, tooltip=_where, align=RIGHT),
            Column(
                "Match",
                lambda hit: " ".join(hit.match.split()) or hit.match,
                tooltip=_where,
                roles={Qt.ItemDataRole.FontRole: lambda _hit: _bold()},
            ),
            Column("After", lambda hit: hit.after, tooltip=_where),
        ],
        parent,
    )


class _ElideLeftDelegate(QStyledItemDelegate):
    """Cuts the start of the text, not its end: the words next to the match stay."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft  # type: ignore[attr-defined]


class SearchPanel(QWidget):
    """ "Find in documents": a query, its options, and the hits in context."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName("Find in documents")
        self._shown: dict[str, Any] | None = None  # the search whose hits are showing

        self.query = QLineEdit(self)
        self.query.setAccessibleName("Search text")
        self.query.setPlaceholderText("Find in documents…")
        self.query.setClearButtonEnabled(True)
        self.match_case = QCheckBox("Match &case", self)
        self.match_case.setAccessibleName("Match case")
        self.whole_words = QCheckBox("&Whole words", self)
        self.whole_words.setAccessibleName("Whole words")
        self.regex = QCheckBox("Regular e&xpression", self)
        self.regex.setAccessibleName("Regular expression")
        self.ignore_diacritics = QCheckBox("Ignore Arabic &diacritics", self)
        self.ignore_diacritics.setAccessibleName("Ignore Arabic diacritics")
        self.ignore_diacritics.setToolTip(
            "Find Arabic words with or without harakat and tatweel, and any alef (أ إ آ ا)"
        )
        self.search_button = QPushButton("&Search", self)
        self.search_button.setAccessibleName("Search")
        self.count = QLabel("", self)
        self.count.setAccessibleName("Number of hits")
        self.code_all_button = QPushButton("Code all results as…", self)
        self.code_all_button.setAccessibleName("Code all results as")
        self.code_all_button.setEnabled(False)

        self.model = hits_model(self)
        self.table = QTableView(self)
        self.table.setAccessibleName("Search results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(1, _ElideLeftDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.open_action = QAction("Open at match", self.table)
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
            self.count.setText(str(problem)[:1].upper() + str(problem)[1:])
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
            self.count.setText("No hits")
            return
        text = f"{_plural(len(hits), 'hit')} in {_plural(documents, 'document')}"
        if more:
            text = f"More than {MAX_HITS:,} hits; the first {text} are shown"
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
            self.session.error.emit(str(problem))
            return
        self.session.open_document(document, select=(hit.start, hit.end))

    def _choose_code(self) -> Code | None:
        codebook = self.session.project.codebook()
        if not any(code.codable for code in codebook.walk()):
            self.session.status.emit("Create a code first, then code the results with it.")
            return None
        return pick_code(codebook, self.session.recent_codes, self, title="Code all results as…")

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
            message = f"Nothing added: every result was already coded '{path}'."
        else:
            message = f"Coded {_plural(len(result.ids), 'result')} as '{path}'"
            message += f" ({skipped:,} already coded)." if skipped else "."
        self.session.status.emit(message)


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"
