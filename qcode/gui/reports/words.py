"""The Word frequencies tab: the most frequent words (lemmas, without stop
words) in the text of one code, one document, or everything the filters
allow (see :func:`qcode.analysis.words.word_frequencies`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from qcode.analysis.filters import Filters
from qcode.analysis.words import word_frequencies
from qcode.errors import QcodeError
from qcode.gui.reports.tables import INDENT, ReportModel, ReportRow, ReportTable
from qcode.gui.session import Session

LIMIT = 500  # words listed
_ALL = "all"


class WordsTab(QWidget):
    """Word counts for a chosen code or document, counted when asked (the
    first count loads the language tools, which takes a moment)."""

    title = "Word frequencies"
    drillRequested = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filters = Filters()
        self.counted = False
        self.model = ReportModel(self)
        self.table = ReportTable(self.model, "Word frequencies", self)
        self.target = QComboBox(self)
        self.target.setAccessibleName("Count the words of")
        self.target.setMinimumContentsLength(28)
        self.target.activated.connect(lambda _i: self.count())
        self.subcodes = QCheckBox("Include &sub-codes", self)
        self.subcodes.setChecked(True)
        self.subcodes.setAccessibleName("Include the text coded with the code's sub-codes")
        self.subcodes.toggled.connect(lambda _on: self.counted and self.count())
        self.count_button = QPushButton("Count &words", self)
        self.count_button.setAccessibleName("Count words")
        self.count_button.clicked.connect(lambda _checked=False: self.count())
        label = QLabel("Words o&f:", self)
        label.setBuddy(self.target)
        self.table.add_controls(label, self.target, self.subcodes, self.count_button)
        self.table.note.setText(
            "Choose a code or a document and press Count words. Words are counted as "
            "lemmas (“blacklisted” and “blacklists” count as “blacklist”), without stop words."
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def refresh(self, filters: Filters) -> None:
        self.filters = filters
        self._fill_targets()
        if self.counted:
            self.count()

    def _fill_targets(self) -> None:
        project = self.session.project
        scope = self.filters.resolve(project)
        entries: list[tuple[str, str]] = [("All text the filters allow", _ALL)]
        entries += [
            (f"Code: {INDENT * scope.codebook.depth(code.id)}{code.name}", f"code:{code.id}")
            for code in scope.codes()
        ]
        entries += [(f"Document: {doc.name}", f"document:{doc.id}") for doc in scope.documents]
        shown = [
            (self.target.itemText(i), self.target.itemData(i)) for i in range(self.target.count())
        ]
        if shown == entries:
            return
        current = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        for text, key in entries:
            self.target.addItem(text, key)
        found = self.target.findData(current)
        self.target.setCurrentIndex(max(found, 0))
        self.target.blockSignals(False)

    def choose(self, kind: str, item_id: int) -> None:
        """Pick a code or document (``kind``) by id and count its words."""
        self._fill_targets()
        self.target.setCurrentIndex(max(self.target.findData(f"{kind}:{item_id}"), 0))
        self.count()

    def count(self) -> None:
        project = self.session.project
        kind, _colon, number = str(self.target.currentData() or _ALL).partition(":")
        item_id = int(number or 0)
        code = document = None
        try:
            if kind == "code":
                code = project.codebook().codes.get(item_id)
            elif kind == "document":
                document = project.document(item_id)
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                found = word_frequencies(
                    project,
                    code=code,
                    document=document,
                    filters=self.filters,
                    include_subcodes=self.subcodes.isChecked(),
                    limit=LIMIT,
                )
            finally:
                QGuiApplication.restoreOverrideCursor()
        except QcodeError as problem:
            self.session.error.emit(str(problem))
            return
        self.counted = True
        rows = [ReportRow([rank, word, n]) for rank, (word, n) in enumerate(found, 1)]
        self.model.set_table(("Rank", "Word", "Count"), rows, code_column=None)
        self.table.fit_columns()
        self.table.note.setText(
            f"The {len(rows):,} most frequent words of {self.target.currentText().strip()}."
            if rows
            else "No words: nothing is coded or written here in these filters."
        )
