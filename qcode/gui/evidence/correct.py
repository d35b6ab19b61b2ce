"""Edit ▸ Correct text…: fix a transcript after it is coded (a misheard name,
a wrong date) without losing the coding.

Select the words to fix (or place the caret to insert) and choose "Correct
text…": a small dialog shows the text there and takes its replacement;
applying it runs ``Project.edit_text``, one undoable edit (Edit ▸ Undo
restores the text and every coding exactly).  Codings follow the text; one
that the correction cuts through is kept on what remains of it and flagged
"text changed" (Edit ▸ Changed codings… lists them).

Positions: the text view counts UTF-16 units; the caret is converted to code
points through :class:`~qcode.gui.widgets.positions.PositionMap`, the app's
one converter, and a selection comes from ``Session.selection`` (converted
by the text view the same way).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcode.core.text_edits import TextEdit, clean_new_text
from qcode.errors import QcodeError
from qcode.gui.coding.document_view import DocumentView
from qcode.gui.i18n.plurals import Plural, number
from qcode.gui.session import Session
from qcode.gui.widgets.positions import PositionMap
from qcode.model import Coding, Document


def _codings(count: int) -> str:
    codings = Plural.tr("%Ln codings", "", count)
    return codings


def caret_or_selection(view: DocumentView) -> tuple[Document, int, int] | None:
    """The span to correct in code points: the selection, or the caret (an
    empty span, to insert at); ``None`` when no document is open."""
    selection = view.session.selection()
    if selection is not None:
        return selection
    document = view.document
    if document is None:
        return None
    caret = view.text.textCursor().position()
    position = PositionMap(view.session.project.text(document)).from_qt(caret)
    return document, position, position


def overlap_note(codings: list[Coding], start: int, end: int) -> str:
    """What the correction will do to the codings around ``start``–``end``."""
    if start == end:
        inside = [c for c in codings if c.start < start < c.end]
        if not inside:
            return QCoreApplication.translate("evidence.correct", "No coding covers this place.")
        return QCoreApplication.translate(
            "evidence.correct", "{codings} around this place will grow to take the insertion."
        ).format(codings=_codings(len(inside)))
    within = [c for c in codings if start <= c.start and c.end <= end]
    cut = [
        c
        for c in codings
        if c.start < end
        and c.end > start  # it overlaps the text replaced…
        and not (start <= c.start and c.end <= end)  # …not wholly inside it…
        and not (c.start <= start and end <= c.end)  # …nor containing it
    ]
    notes = []
    if cut:
        notes.append(
            QCoreApplication.translate(
                "evidence.correct",
                "{codings} cut through here will keep what remains of their text and be "
                "flagged “text changed” for review.",
            ).format(codings=_codings(len(cut)))
        )
    if within:
        notes.append(
            QCoreApplication.translate(
                "evidence.correct",
                "{codings} wholly inside will cover the new text (flagged for review), or "
                "be removed if you delete the text.",
            ).format(codings=_codings(len(within)))
        )
    return " ".join(notes) or QCoreApplication.translate(
        "evidence.correct", "Codings around this text grow or shrink with it; none is cut."
    )


class CorrectTextDialog(QDialog):
    """Shows the text to replace and takes its replacement."""

    def __init__(
        self, session: Session, document: Document, start: int, end: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.document = document
        self.start, self.end = start, end
        text = session.project.text(document)
        self.old_text = text[start:end]
        self.setWindowTitle(self.tr("Correct the text of '{name}'").format(name=document.name))
        self.resize(560, 380)
        where = (
            self.tr("Insert at character {start}").format(start=number(start))
            if start == end
            else self.tr("Characters {start}–{end} of {n_text}").format(
                start=number(start), end=number(end), n_text=number(len(text))
            )
        )
        self.old = QPlainTextEdit(
            self.old_text or self.tr("(nothing selected: the new text is inserted)"), self
        )
        self.old.setReadOnly(True)
        self.old.setAccessibleName(self.tr("Text now"))
        self.old.setMaximumHeight(90)
        self.new = QPlainTextEdit(self.old_text, self)
        self.new.setAccessibleName(self.tr("Replace with"))
        self.new.selectAll()
        self.new.textChanged.connect(self._on_text_changed)
        note = QLabel(
            overlap_note(session.project.codings(document=document), start, end)
            + self.tr(
                "\nOne edit: Edit ▸ Undo takes it back. The earlier text is kept as a version; "
                "the original file is never changed."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("What happens to the codings"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = QPushButton(self.tr("&Apply correction"), self)
        self.apply_button.setDefault(True)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{where}. Text now:").format(where=where), self))
        layout.addWidget(self.old)
        layout.addWidget(QLabel(self.tr("Replace with:"), self))
        layout.addWidget(self.new, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._on_text_changed()
        self.new.setFocus()

    def new_text(self) -> str:
        return self.new.toPlainText()

    def _on_text_changed(self) -> None:
        self.apply_button.setEnabled(self.new_text() != self.old_text)


def apply_correction(
    session: Session, document: Document, start: int, end: int, new_text: str
) -> TextEdit | None:
    """Run the edit (one undoable command), say what it did to the codings
    and select the corrected text."""
    result = session.edit(lambda: session.project.edit_text(document, start, end, new_text))
    if result is None:
        return None
    session.status.emit(outcome(result))
    try:
        inserted = len(clean_new_text(new_text))
        fresh = session.project.document(document.id)
    except QcodeError:  # pragma: no cover - the edit just accepted both
        return result
    session.open_document(fresh, select=(start, start + inserted))
    return result


def outcome(result: TextEdit) -> str:
    """What a correction did, for the status bar: whole sentences."""
    parts = [
        QCoreApplication.translate(
            "evidence.correct", "Text corrected (version {version})."
        ).format(version=result.version)
    ]
    moved = result.shifted + result.resized
    if moved:
        parts.append(
            QCoreApplication.translate("evidence.correct", "{codings} moved with it.").format(
                codings=_codings(moved)
            )
        )
    if result.flagged:
        parts.append(
            QCoreApplication.translate(
                "evidence.correct", "{codings} flagged “text changed” (Edit ▸ Changed codings…)."
            ).format(codings=_codings(len(result.flagged)))
        )
    if result.dropped:
        parts.append(
            QCoreApplication.translate(
                "evidence.correct",
                "{codings} removed: their whole text was deleted (Edit ▸ Undo brings them back).",
            ).format(codings=_codings(len(result.dropped)))
        )
    return " ".join(parts)


def correct_text(session: Session, view: DocumentView, parent: QWidget) -> TextEdit | None:
    """Edit ▸ Correct text…: ask for the replacement of the selection (or
    the text to insert at the caret) and apply it."""
    found = caret_or_selection(view)
    if found is None:
        session.status.emit(
            QCoreApplication.translate(
                "evidence.correct", "Open a document, then select the words to correct."
            )
        )
        return None
    document, start, end = found
    dialog = CorrectTextDialog(session, document, start, end, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return apply_correction(session, document, start, end, dialog.new_text())
