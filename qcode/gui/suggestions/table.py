"""The list of suggestions as a review queue: choosing a row selects its
passage in the document, Enter accepts it, Delete rejects it, and the next
one is up.  Nothing is applied until the researcher accepts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QTableView,
    QToolButton,
    QWidget,
)

from qcode.analysis.suggestions import accepting
from qcode.analysis.suggestions.suggester import Suggestion
from qcode.gui.i18n.messages import shown
from qcode.gui.session import Session
from qcode.gui.widgets.code_picker import swatch
from qcode.gui.widgets.table_model import Column, TableModel
from qcode.gui.widgets.text import one_line
from qcode.model import Code, Document

SOURCE_NAMES = {  # translated where shown (context SuggestionsModel)
    "keywords": QT_TRANSLATE_NOOP("SuggestionsModel", "Keywords"),
    "learned": QT_TRANSLATE_NOOP("SuggestionsModel", "Learned"),
    "similar": QT_TRANSLATE_NOOP("SuggestionsModel", "Similar"),
}
SOURCE_FLOOR = 0.3  # keywords and similar passages: listed from this confidence (× the knob)

ModelIndex = QModelIndex | QPersistentModelIndex


def make_action(
    parent: QWidget,
    text: str,
    keys: Sequence[QKeySequence | str],
    slot: Callable[[], object],
    tip: str,
    on: QWidget,
) -> QAction:
    """An action with shortcuts that work while focus is in ``on`` or its children."""
    made = QAction(text, parent)
    made.setShortcuts([QKeySequence(key) for key in keys])
    made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    made.setToolTip(tip)
    made.triggered.connect(lambda _checked=False: slot())
    on.addAction(made)
    return made


def reason_text(found: Suggestion) -> str:
    """Why a suggestion was made, in the interface's language."""
    return shown(found.reason)  # the core's Message, in the interface's language


def confidence_text(found: Suggestion) -> str:
    """A suggestion's confidence, written the interface's way (0.50, 0,50)."""
    return QLocale().toString(found.confidence, "f", 2)


def source_name(found: Suggestion) -> str:
    """Where a suggestion comes from, in the interface's language."""
    name = SOURCE_NAMES.get(found.source)
    return found.source if name is None else QCoreApplication.translate("SuggestionsModel", name)


class SuggestionsModel(TableModel[Suggestion]):
    """Suggestions as rows: Code | Confidence | Source | Reason | Text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("SuggestionsModel", "Code"),
                    lambda found: found.code,
                    tooltip=reason_text,
                    roles={Qt.ItemDataRole.DecorationRole: self._swatch},
                ),
                Column(
                    QCoreApplication.translate("SuggestionsModel", "Confidence"),
                    confidence_text,
                    tooltip=reason_text,
                ),
                Column(
                    QCoreApplication.translate("SuggestionsModel", "Source"),
                    source_name,
                    tooltip=reason_text,
                ),
                Column(
                    QCoreApplication.translate("SuggestionsModel", "Reason"),
                    reason_text,
                    tooltip=reason_text,
                ),
                Column(
                    QCoreApplication.translate("SuggestionsModel", "Text"),
                    lambda found: one_line(found.text),
                    tooltip=lambda f: f.text,
                ),
            ],
            parent,
        )
        self.colors: dict[int, str] = {}  # code id → colour

    def _swatch(self, found: Suggestion) -> QIcon | None:
        color = self.colors.get(found.code_id)
        return None if color is None else swatch(color)


class SuggestionTable(QTableView):
    """Suggested passages of the document on screen, to accept or reject.

    ``decided`` is emitted once suggestions were accepted or rejected: they
    are gone from the list then.  Accept and Reject act on the table; Accept
    selection and Accept all above on all of ``panel``.
    """

    decided = Signal()

    def __init__(self, session: Session, panel: QWidget) -> None:
        super().__init__(panel)
        self.session = session
        self.found: list[Suggestion] = []  # all found, whatever their confidence
        # The recall knob: each learned suggestion shows from its code's threshold × factor,
        # the others from 0.3 × factor (0: everything found).
        self.factor = 1.0
        self.thresholds: dict[int, float] = {}  # code id → its learned threshold
        self._quiet = False  # restoring the current row: do not move the text selection
        self.suggestions_model = SuggestionsModel(self)
        self.setAccessibleName(self.tr("Suggested passages"))
        self.setModel(self.suggestions_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((180, 90, 90, 300)):  # a reason fits; the text stretches
            self.setColumnWidth(column, width)
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.clicked.connect(self._on_row_clicked)
        self._build_actions(panel)

    def _build_actions(self, panel: QWidget) -> None:
        def action(
            text: str, keys: Sequence[QKeySequence | str], slot: Any, tip: str, on: QWidget
        ) -> QAction:
            made = make_action(panel, text, keys, slot, tip, on)
            made.setDisabled(self.session.project.read_only)
            return made

        # Enter and Delete act on the list only: in a spin box they edit the number.
        self.accept_action = action(
            self.tr("&Accept"),
            ["Return", "Enter"],
            self.accept_current,
            self.tr("Code this passage with the suggested code (Enter)"),
            self,
        )
        self.reject_action = action(
            self.tr("&Reject"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.Delete),
            self.reject_current,
            self.tr("Never suggest this code for this passage (Delete)"),
            self,
        )
        self.accept_selection_action = action(
            self.tr("Accept &selection"),
            ["Ctrl+Shift+Return"],
            self.accept_selection,
            self.tr("Code the text selected in the document (adjust it first) with this code"),
            panel,
        )
        self.accept_all_action = action(
            self.tr("Accept all &above…"),
            [],
            self.accept_all_above,
            self.tr("Accept every suggestion listed at or above a confidence"),
            panel,
        )

    def button_row(self, *more: QAction) -> QHBoxLayout:
        """Buttons for the actions on the list, and ``more``."""
        row = QHBoxLayout()
        for made in (
            self.accept_action,
            self.reject_action,
            self.accept_selection_action,
            self.accept_all_action,
            *more,
        ):
            button = QToolButton(self.parentWidget())
            button.setDefaultAction(made)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(made.text().replace("&", "").rstrip("…"))
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- what is listed -------------------------------------------------------------------

    @property
    def document(self) -> Document | None:
        return self.session.current_document

    def rows(self) -> list[Suggestion]:
        """The suggestions listed, in the order shown."""
        return list(self.suggestions_model.rows)

    def current(self) -> Suggestion | None:
        index = self.currentIndex()
        return self.suggestions_model.rows[index.row()] if index.isValid() else None

    def bar(self, found: Suggestion) -> float:
        """The confidence a suggestion needs to be listed, at the knob's setting."""
        base = (
            self.thresholds.get(found.code_id, SOURCE_FLOOR)
            if found.source == "learned"
            else (SOURCE_FLOOR)
        )
        return min(0.99, base * self.factor)

    def show_found(self, found: list[Suggestion] | None = None, advance: int | None = None) -> None:
        """List those of ``found`` (default: as before) that clear the knob's
        bar (:meth:`bar`), and mark them in the text.  The current row stays
        current (its passage stays selected), or after a decision the row at
        ``advance`` is up."""
        if found is not None:
            self.found = found
        shown = [s for s in self.found if round(s.confidence, 3) >= round(self.bar(s), 3)]
        keep = self.current()
        colors = {c.id: c.color for c in self.session.project.codebook().walk()}
        self.suggestions_model.colors = colors
        self.suggestions_model.set_rows(shown)
        if advance is not None and shown:
            # After accepting or rejecting, the next passage of the queue is up.
            self.setCurrentIndex(self.suggestions_model.index(min(advance, len(shown) - 1), 0))
        elif keep is not None:
            key = (keep.start, keep.end, keep.code_id)
            for row, listed in enumerate(shown):
                if (listed.start, listed.end, listed.code_id) == key:
                    self._quiet = True
                    self.setCurrentIndex(self.suggestions_model.index(row, 0))
                    self._quiet = False
                    break
        if self.isVisible():  # the marks in the text belong to the list on screen
            tip = self.tr("Suggested: {code} ({confidence}, {reason})")
            marks = [
                (
                    s.start,
                    s.end,
                    tip.format(code=s.code, confidence=confidence_text(s), reason=reason_text(s)),
                )
                for s in shown
            ]
            self.session.suggestionsShown.emit(marks)

    def _forget(self, handled: list[Suggestion], advance: int | None) -> None:
        # Gone from the list at once; the refresh the edit causes confirms it.
        self.found = [s for s in self.found if s not in handled]
        self.show_found(advance=advance)
        self.decided.emit()

    # -- choosing a row ---------------------------------------------------------------------

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet:
            self._on_row_clicked(current)

    def _on_row_clicked(self, index: QModelIndex) -> None:
        document = self.document
        if not index.isValid() or document is None:
            return
        found = self.suggestions_model.rows[index.row()]
        focused = self.hasFocus()
        self.session.open_document(document, select=(found.start, found.end))
        if focused:  # reviewing with the keyboard: the list keeps the focus
            self.setFocus()

    # -- accepting and rejecting ------------------------------------------------------------

    def _decide(self, edit: Callable[[Document, Code, Suggestion], object]) -> None:
        """Accept or reject the current row; the next row is up afterwards."""
        found, document = self.current(), self.document
        if found is None or document is None:
            return
        code = self.session.project.codebook().codes.get(found.code_id)
        if code is None:
            self.session.status.emit(self.tr("That code no longer exists."))
            return
        row = self.currentIndex().row()
        if self.session.edit(lambda: edit(document, code, found) or True) is not None:
            self._forget([found], row)  # (nothing changed: it stays, and stays current)

    def accept_current(self) -> None:
        """Code the current row's passage with its code (one undoable edit)."""

        def accept(document: Document, code: Code, found: Suggestion) -> object:
            coding = accepting.accept(self.session.project, document, code, found)
            if coding is not None:
                self.session.remember_code(code)
            return coding

        self._decide(accept)

    def reject_current(self) -> None:
        """Never suggest the current row's code for its passage again (undoable)."""
        self._decide(
            lambda document, code, found: self.session.project.reject_suggestion(
                document, code, found.start, found.end
            )
        )

    def accept_selection(self) -> None:
        """Apply the current row's code to the text selected in the document
        (how a researcher codes a passage longer or shorter than suggested)."""
        found = self.current()
        code = None if found is None else self.session.project.codebook().codes.get(found.code_id)
        if code is None:
            self.session.status.emit(self.tr("Choose a suggestion first."))
            return
        self.session.apply_code(code)

    def accept_all_above(self) -> None:
        """Accept every listed suggestion at or above a confidence, in one undo step."""
        document, listed = self.document, self.rows()
        if document is None or not listed:
            return
        title = self.tr("Accept all above")
        threshold, ok = QInputDialog.getDouble(
            self,
            title,
            self.tr("Accept every listed suggestion with a confidence of at least:"),
            0.5,
            0.0,
            1.0,
            2,
        )
        if not ok:
            return
        chosen = [s for s in listed if round(s.confidence, 2) >= round(threshold, 2)]
        if not chosen:
            self.session.status.emit(
                self.tr("No suggestion here has a confidence of at least {threshold}.").format(
                    threshold=QLocale().toString(threshold, "f", 2)
                )
            )
            return
        question = self.tr(
            "Code %Ln passages in '{document}' with their suggested codes?\n"
            "You can undo this in one step (Edit ▸ Undo).",
            "",
            len(chosen),
        ).format(document=document.name)
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return
        project = self.session.project
        if self.session.edit(lambda: accepting.accept_all(project, document, chosen) or True):
            self._forget(chosen, None)
