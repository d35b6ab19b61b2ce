"""The Word frequencies tab: the most frequent words (lemmas, without stop
words) in the text of one code, one document, or everything the filters
allow (see :func:`qcode.analysis.words.word_frequencies`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from qcode.analysis.filters import Filters
from qcode.analysis.words import word_frequencies
from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text
from qcode.gui.reports.tables import INDENT, ReportModel, ReportRow, ReportTable
from qcode.gui.session import Session

LIMIT = 500  # words listed
_ALL = "all"


class WordsTab(QWidget):
    """Word counts for a chosen code or document, counted when asked (the
    first count loads the language tools, which takes a moment)."""

    title = QT_TRANSLATE_NOOP("reports", "Word frequencies")
    drillRequested = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filters = Filters()
        self.counted = False
        self.model = ReportModel(self)
        self.table = ReportTable(self.model, self.tr("Word frequencies"), self)
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Count the words of"))
        self.target.setMinimumContentsLength(28)
        self.target.activated.connect(lambda _i: self.count())
        self.subcodes = QCheckBox(self.tr("Include &sub-codes"), self)
        self.subcodes.setChecked(True)
        self.subcodes.setAccessibleName(self.tr("Include the text coded with the code's sub-codes"))
        self.subcodes.toggled.connect(lambda _on: self.counted and self.count())
        self.count_button = QPushButton(self.tr("Count &words"), self)
        self.count_button.setAccessibleName(self.tr("Count words"))
        self.count_button.clicked.connect(lambda _checked=False: self.count())
        label = QLabel(self.tr("Words o&f:"), self)
        label.setBuddy(self.target)
        self.table.add_controls(label, self.target, self.subcodes, self.count_button)
        self.table.note.setText(
            self.tr(
                "Choose a code or a document and press Count words. Words are counted as "
                "lemmas (“blacklisted” and “blacklists” count as “blacklist”), without stop words."
            )
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
        entries: list[tuple[str, str]] = [(self.tr("All text the filters allow"), _ALL)]
        entries += [
            (
                self.tr("Code: {indent}{name}").format(
                    indent=INDENT * scope.codebook.depth(code.id), name=code.name
                ),
                f"code:{code.id}",
            )
            for code in scope.codes()
        ]
        entries += [
            (
                self.tr("Document: {name}").format(name=doc.name),
                f"document:{doc.id}",
            )
            for doc in scope.documents
        ]
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
            self.session.error.emit(error_text(problem))
            return
        self.counted = True
        rows = [ReportRow([rank, word, n]) for rank, (word, n) in enumerate(found, 1)]
        self.model.set_table(
            (self.tr("Rank"), self.tr("Word"), self.tr("Count")), rows, code_column=None
        )
        self.table.fit_columns()
        self.table.note.setText(
            self.tr("The %Ln most frequent words of {strip}.", "", len(rows)).format(
                strip=self.target.currentText().strip()
            )
            if rows
            else self.tr("No words: nothing is coded or written here in these filters.")
        )
