"""Two coders' codings of one code side by side, to see where they disagree.

The document's text is shown twice, read-only: on the left with coder A's
codings of the code, on the right with coder B's.  Text both coders coded is
shaded in one colour in both panes; text only one of them coded is shaded in
another colour, in that coder's pane only.  The panes scroll together, and
"Next disagreement" / "Previous disagreement" select the next stretch coded
by only one of the two, in both panes.

The runs come from :func:`qcode.analysis.agreement.coding_regions` in code
points; :class:`~qcode.gui.widgets.positions.PositionMap` turns them into Qt's UTF-16
positions.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.agreement.report import Region, coding_regions
from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text
from qcode.gui.i18n.plurals import Plural
from qcode.gui.session import Session
from qcode.gui.widgets.positions import PositionMap

# Blue for agreement, orange for disagreement: told apart with the common
# forms of colour blindness too (ColorBrewer "Paired").
BOTH_COLOR = QColor("#a6cee3")
ONE_COLOR = QColor("#fdbf6f")
SELECTED_COLOR = QColor("#404040")


def disagreement_text(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("team.agreement_compare", "No disagreements")
    disagreements = Plural.tr("%Ln disagreements", "", count)
    return disagreements


class CoderPane(QWidget):
    """One coder's side: a heading and the text, read-only."""

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text as coder {side} coded it").format(side=side))
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # The disagreement gone to is selected in both panes: in a neutral dark
        # grey, so that it is not mistaken for either shading.
        palette = self.text.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, SELECTED_COLOR)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        self.text.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)

    def shade(self, spans: Sequence[tuple[int, int, QColor]]) -> None:
        """Shade ``(start, end, colour)`` spans, given in UTF-16 positions."""
        selections = []
        for start, end, color in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            fmt = QTextCharFormat()
            fmt.setBackground(color)
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.text.setExtraSelections(selections)

    def select(self, start: int, end: int) -> None:
        """Select UTF-16 ``[start, end)`` and bring it into view."""
        cursor = self.text.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()


class CompareView(QWidget):
    """Coder A's and coder B's codings of one code in one document."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.regions: list[Region] = []
        self.disagreements: list[Region] = []
        self.current = -1  # index into disagreements of the one selected
        self.positions = PositionMap("")
        self._document_id: int | None = None
        self._syncing = False
        self.code_choice = self._combo(self.tr("Code to compare"))
        self.document_choice = self._combo(self.tr("Document to compare"))
        self.coder_a = self._combo(self.tr("Coder A"))
        self.coder_b = self._combo(self.tr("Coder B"))
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.setAccessibleName(self.tr("Previous disagreement"))
        self.previous_button.clicked.connect(lambda: self.previous_disagreement())
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setAccessibleName(self.tr("Next disagreement"))
        self.next_button.clicked.connect(lambda: self.next_disagreement())
        for button in (self.previous_button, self.next_button):
            button.setToolTip(
                self.tr("{accessibleName}: text only one of the coders coded").format(
                    accessibleName=button.accessibleName()
                )
            )
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Disagreements"))
        self.place_label = QLabel(self)
        self.left = CoderPane("A", self)
        self.right = CoderPane("B", self)
        # Two panes of the same width wrap the text alike, so the same scroll
        # position shows the same lines in both.
        panes = QHBoxLayout()
        panes.addWidget(self.left, 1)
        panes.addWidget(self.right, 1)
        for pane, other in ((self.left, self.right), (self.right, self.left)):
            pane.text.verticalScrollBar().valueChanged.connect(
                lambda value, other=other: self._follow(other, value)
            )
        legend = QLabel(
            self.tr(
                '<span style="background:{both_color}">&nbsp;coded by '
                'both&nbsp;</span>&nbsp;&nbsp;<span style="background:{one_color}">&nbsp;coded by '
                "this coder only&nbsp;</span>"
            ).format(both_color=BOTH_COLOR.name(), one_color=ONE_COLOR.name()),
            self,
        )
        legend.setAccessibleName(self.tr("Legend"))
        choices = QHBoxLayout()
        for text, combo in (
            (self.tr("Code:"), self.code_choice),
            (self.tr("Document:"), self.document_choice),
            (self.tr("A:"), self.coder_a),
            (self.tr("B:"), self.coder_b),
        ):
            choices.addWidget(QLabel(text, self))
            choices.addWidget(combo, 2 if combo in (self.code_choice, self.document_choice) else 1)
        moves = QHBoxLayout()
        moves.addWidget(self.previous_button)
        moves.addWidget(self.next_button)
        moves.addWidget(self.place_label)
        moves.addSpacing(12)
        moves.addWidget(self.count_label)
        moves.addStretch(1)
        moves.addWidget(legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(choices)
        layout.addLayout(moves)
        layout.addLayout(panes, 1)
        self._show_count()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(lambda _index: self.refresh())
        return combo

    # -- choices -----------------------------------------------------------------------------

    def set_choices(
        self,
        coders: Sequence[str],
        documents: Sequence[tuple[str, int]],
        codes: Sequence[tuple[str, int]],
    ) -> None:
        """What can be compared: coder names, (name, id) of documents and of codes.
        Keeps the current choices where they are still there."""
        combos = (self.coder_a, self.coder_b, self.document_choice, self.code_choice)
        for combo in combos:
            combo.blockSignals(True)
        try:
            kept = [combo.currentText() for combo in combos]
            self.coder_a.clear()
            self.coder_b.clear()
            self.coder_a.addItems(list(coders))
            self.coder_b.addItems(list(coders))
            self.document_choice.clear()
            for name, document_id in documents:
                self.document_choice.addItem(name, document_id)
            self.code_choice.clear()
            for path, code_id in codes:
                self.code_choice.addItem(path, code_id)
            defaults = (0, min(1, len(coders) - 1), 0, 0)
            for combo, text, default in zip(combos, kept, defaults, strict=True):
                found = combo.findText(text, Qt.MatchFlag.MatchExactly) if text else -1
                combo.setCurrentIndex(found if found >= 0 else default)
            if self.coder_a.currentText() == self.coder_b.currentText() and len(coders) > 1:
                self.coder_b.setCurrentIndex(1 if self.coder_a.currentIndex() == 0 else 0)
        finally:
            for combo in combos:
                combo.blockSignals(False)
        self.refresh()

    def compare(
        self,
        code_id: int,
        document_id: int | None = None,
        coder_a: str | None = None,
        coder_b: str | None = None,
    ) -> None:
        """Show ``code_id`` (one of the choices) in ``document_id``, or else in
        the first document where the two coders disagree on it."""
        for combo, name in ((self.coder_a, coder_a), (self.coder_b, coder_b)):
            if name is not None:
                _choose(combo, combo.findText(name, Qt.MatchFlag.MatchExactly))
        _choose(self.code_choice, self.code_choice.findData(code_id))
        if document_id is None:
            document_id = self._first_disagreement(code_id)
        if document_id is not None:
            _choose(self.document_choice, self.document_choice.findData(document_id))
        self.refresh()

    def _first_disagreement(self, code_id: int) -> int | None:
        project = self.session.project
        code = project.codebook().codes.get(code_id)
        coders = [self.coder_a.currentText(), self.coder_b.currentText()]
        if code is None or coders[0] == coders[1]:
            return None
        for index in range(self.document_choice.count()):
            try:
                document = project.document(int(self.document_choice.itemData(index)))
                regions = coding_regions(project, document, code, coders)
            except QcodeError:
                continue
            if any(len(region.coders) == 1 for region in regions):
                return int(document.id)
        return None

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the text and shading for the current choices again."""
        code_id = self.code_choice.currentData()
        document_id = self.document_choice.currentData()
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        self.regions, self.disagreements, self.current = [], [], -1
        problem = ""
        if code_id is None or document_id is None or not a or not b:
            self._set_text(None, "")
        elif a == b:
            problem = self.tr("Choose two different coders to compare.")
        else:
            project = self.session.project
            code_path = self.code_choice.currentText()
            try:
                document = project.document(int(document_id))
                if document.id != self._document_id:
                    self._set_text(document.id, project.text(document))
                code = project.codebook().codes.get(int(code_id))
                if code is None:
                    raise QcodeError(
                        self.tr("the code '{code_path}' no longer exists").format(
                            code_path=code_path
                        )
                    )
                self.regions = coding_regions(project, document, code, [a, b])
            except QcodeError as error:
                self._set_text(None, "")
                problem = error_text(error)
            else:
                self.left.heading.setText(
                    self.tr("A: {a} — {code_path}").format(a=a, code_path=code_path)
                )
                self.right.heading.setText(
                    self.tr("B: {b} — {code_path}").format(b=b, code_path=code_path)
                )
            self.disagreements = [r for r in self.regions if len(r.coders) == 1]
        self._shade()
        if problem:
            self.count_label.setText(problem)

    def _set_text(self, document_id: int | None, text: str) -> None:
        self._document_id = document_id
        self.positions = PositionMap(text)
        for pane in (self.left, self.right):
            pane.text.setPlainText(text)
            if document_id is None:
                pane.heading.setText("")

    def _shade(self) -> None:
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        left: list[tuple[int, int, QColor]] = []
        right: list[tuple[int, int, QColor]] = []
        for region in self.regions:
            start, end = self.positions.span_to_qt(region.start, region.end)
            if a in region.coders and b in region.coders:
                left.append((start, end, BOTH_COLOR))
                right.append((start, end, BOTH_COLOR))
            elif a in region.coders:
                left.append((start, end, ONE_COLOR))
            elif b in region.coders:
                right.append((start, end, ONE_COLOR))
        self.left.shade(left)
        self.right.shade(right)
        self._show_count()

    def _show_count(self) -> None:
        total = len(self.disagreements)
        shown = self._document_id is not None
        self.count_label.setText(disagreement_text(total) if shown else "")
        place = ""
        if self.current >= 0:
            (coder,) = self.disagreements[self.current].coders
            place = self.tr("{number} of {total}: {coder} only").format(
                number=self.current + 1, total=total, coder=coder
            )
        self.place_label.setText(place)
        self.previous_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < total - 1)

    # -- moving between disagreements --------------------------------------------------------

    def next_disagreement(self) -> Region | None:
        return self._go(self.current + 1)

    def previous_disagreement(self) -> Region | None:
        return self._go(self.current - 1)

    def _go(self, index: int) -> Region | None:
        if not 0 <= index < len(self.disagreements):
            return None
        self.current = index
        region = self.disagreements[index]
        start, end = self.positions.span_to_qt(region.start, region.end)
        self._syncing = True  # both panes move to the region themselves
        try:
            self.left.select(start, end)
            self.right.select(start, end)
        finally:
            self._syncing = False
        self._show_count()
        return region

    def select_span(self, start: int, end: int) -> None:
        """Select ``text[start:end]`` (code points) in both panes; when it is
        one of the disagreements, "Next" goes on from there."""
        for index, region in enumerate(self.disagreements):
            if region.start < end and start < region.end:
                self._go(index)
                return
        qt_start, qt_end = self.positions.span_to_qt(start, end)
        self.left.select(qt_start, qt_end)
        self.right.select(qt_start, qt_end)

    def _follow(self, other: CoderPane, value: int) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            other.text.verticalScrollBar().setValue(value)
        finally:
            self._syncing = False


def _choose(combo: QComboBox, index: int) -> None:
    """Set ``combo`` to ``index`` (when found) without redrawing the comparison."""
    if index >= 0:
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
