"""The document view: a transcript with its codings, where coding happens.

Codings are drawn as coloured highlights (overlaps in mixed, darker shades
with a dotted underline) and as stripes in the margin.  Speaker labels are
bold.  A selection can be coded from the right-click menu (recent codes
first), with "Code as…" (Ctrl+K), in vivo (Ctrl+I), with favourite keys 1–9,
or by dragging it onto a code in the codebook.

Positions: everything outside this file is in code points; Qt's cursor
counts UTF-16 units.  All conversion goes through ``self._positions``, a
:class:`~qcode.gui.widgets.positions.PositionMap` of the text on screen.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeySequence,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from qcode.gui.codebook.panel import SPAN_MIME
from qcode.gui.coding import bidi
from qcode.gui.coding.highlighter import CodingHighlighter
from qcode.gui.coding.highlights import coverage, mix, stripe_columns
from qcode.gui.coding.margin import CodingMargin, Stripe
from qcode.gui.coding.origins import origin_details
from qcode.gui.i18n.plurals import sentence_list
from qcode.gui.session import Selection, Session
from qcode.gui.widgets.code_picker import pick_code, swatch
from qcode.gui.widgets.overrides import guarded
from qcode.gui.widgets.positions import PositionMap
from qcode.model import Codebook, Coding, Document


def _rgb(color: str) -> tuple[int, int, int]:
    value = QColor(color)
    return value.red(), value.green(), value.blue()


def _common_length(a: str, b: str, most_a: int, most_b: int) -> int:
    """How many characters ``a`` and ``b`` share at their start (at most
    ``min(most_a, most_b)``), found by halving: slices compare in C."""
    low, high = 0, min(most_a, most_b)
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


class TextArea(QPlainTextEdit):
    """Read-only, selectable text with a coding margin on its left."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self._view = view
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        bidi.install(self)  # each paragraph aligned to its own side (Arabic right)
        self.setAccessibleName(self.tr("Document text"))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)
        self.margin = CodingMargin(self, self._locate, self.visible_range)
        self.updateRequest.connect(self._on_update_request)

    def visible_range(self) -> tuple[int, int]:
        """First and last Qt positions on screen."""
        viewport = self.viewport()
        first = self.cursorForPosition(QPoint(0, 0)).position()
        last = self.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        return first, last

    def _locate(self, qt_start: int, qt_end: int) -> tuple[int, int] | None:
        """Top and bottom (viewport pixels) of a span, clipped to the screen."""
        height = self.viewport().height()
        first, last = self.visible_range()
        if qt_end <= first or qt_start > last:
            return None
        cursor = QTextCursor(self.document())
        if qt_start <= first:
            top = 0
        else:
            cursor.setPosition(qt_start)
            top = self.cursorRect(cursor).top()
        if qt_end > last:
            bottom = height
        else:
            cursor.setPosition(qt_end)
            bottom = self.cursorRect(cursor).bottom()
        return top, bottom

    def set_margin_width(self) -> None:
        self.setViewportMargins(self.margin.width_needed(), 0, 0, 0)
        self._place_margin()

    def _place_margin(self) -> None:
        rect = self.contentsRect()
        self.margin.setGeometry(rect.left(), rect.top(), self.margin.width_needed(), rect.height())

    @guarded
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_margin()

    def _on_update_request(self, _rect: object, dy: int) -> None:
        self.margin.update()

    @guarded
    def createMimeDataFromSelection(self) -> QMimeData:
        # A drag to the codebook carries the span in code points.
        # Qt's own text mime data lists a fixed set of formats and ignores
        # any added, so copy what it offers into a plain QMimeData.
        original = super().createMimeDataFromSelection()
        mime = QMimeData()
        for name in original.formats():
            mime.setData(name, original.data(name))
        selection = self._view.selection()
        if selection is not None:
            document, start, end = selection
            payload = {"document": document.uuid, "start": start, "end": end}
            mime.setData(SPAN_MIME, json.dumps(payload).encode("utf-8"))
        return mime

    @guarded
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self._view.tooltip_at(self.cursorForPosition(event.pos()).position())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    @guarded
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self._view.context_menu(self.cursorForPosition(event.pos()).position())
        menu.exec(event.globalPos())


class DocumentView(QWidget):
    """Shows ``session.current_document`` and codes its selected text."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document: Document | None = None
        self._positions = PositionMap("")
        self._codings: list[Coding] = []
        self._codebook = session.project.codebook()
        self._formats: dict[tuple[int, ...], QTextCharFormat] = {}
        # Other features add to a highlight's menu and tooltip (the main window
        # wires them): hook(menu, coding, "'name' (coder)") and hook(coding) -> lines.
        self.coding_menu_hooks: list[Callable[[QMenu, Coding, str], None]] = []
        self.coding_tip_hooks: list[Callable[[Coding], str]] = []
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setAccessibleName(self.tr("Document details"))
        self.text = TextArea(self)
        self.highlighter = CodingHighlighter(self.text.document())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.text)
        self.text.margin.stripeClicked.connect(self._on_stripe_clicked)
        self._make_actions()
        session.selection_provider = self.selection
        session.currentDocumentChanged.connect(self._on_current_document_changed)
        session.selectRequested.connect(self.select)
        session.codingsChanged.connect(self._on_codings_changed)
        session.codesChanged.connect(self._on_codes_changed)
        session.documentsChanged.connect(self._on_documents_changed)
        session.coderFilterChanged.connect(lambda _coder: self.refresh_codings())
        session.suggestionsShown.connect(self._on_suggestions_shown)
        self.show_document(session.current_document)

    def _make_actions(self) -> None:
        def action(text: str, shortcut: str, slot: object) -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(shortcut))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.code_as_action = action(self.tr("Code selection as…"), "Ctrl+K", self.code_as)
        self.in_vivo_action = action(
            self.tr("Code in vivo (new code named after the text)"), "Ctrl+I", self.code_in_vivo
        )
        self.favourite_actions = [
            action(
                self.tr("Apply favourite code {key}").format(key=key),
                str(key),
                lambda _checked=False, k=key: self.session.apply_favourite(k),
            )
            for key in range(1, 10)
        ]

    # -- showing a document -----------------------------------------------------------

    def _on_current_document_changed(self, document: Document | None) -> None:
        self.show_document(document)

    def show_document(self, document: Document | None) -> None:
        self.document = document
        text = "" if document is None else self.session.project.text(document)
        self._shown_text = text  # what is on screen, for a correction to change in place
        self._positions = PositionMap(text)
        self.highlighter.set_labels(
            [] if document is None else self._speaker_labels(document), rehighlight=False
        )
        self.highlighter.set_runs([], rehighlight=False)
        self.text.setPlainText(text)
        self.text.margin.set_suggestion_marks([])
        self._update_header()
        self.refresh_codings()

    def _speaker_labels(self, document: Document) -> list[tuple[int, int]]:
        to_qt = self._positions.to_qt
        return [
            (to_qt(turn.start), to_qt(turn.start + len(turn.speaker) + 1))
            for turn in self.session.project.speaker_turns(document)
            if turn.speaker
        ]

    def _update_header(self) -> None:
        document = self.document
        if document is None:
            self.header.setText(self.tr("  No document open — pick one in the Documents list."))
            return
        # Names in Arabic or Hebrew are isolated, so the line keeps its order.
        name = bidi.isolate(document.name)
        parts = [
            name,
            self.tr("%Ln characters", "", document.length),
            self.tr("%Ln codings", "", len(self._codings)),
        ]
        if document.speakers:
            parts.append(
                self.tr("speakers: {names}").format(
                    names=sentence_list(map(bidi.isolate, document.speakers))
                )
            )
        if self.session.coder_filter:
            parts.append(
                self.tr("showing {coder_filter}'s coding only").format(
                    coder_filter=self.session.coder_filter
                )
            )
        self.header.setText("  " + " · ".join(parts))

    def refresh_codings(self) -> None:
        """Redraw highlights and stripes from the project's codings."""
        document = self.document
        self._codings = [] if document is None else self.session.visible_codings(document)
        codebook = self._codebook
        to_qt = self._positions.to_qt
        runs = [
            (to_qt(start), to_qt(end), self._format_for(code_ids))
            for start, end, code_ids in coverage(self._codings)
        ]
        self.highlighter.set_runs(runs)
        self._runs = runs
        columns = stripe_columns(self._codings)
        coders = {coder.id: coder.name for coder in self.session.project.coders()}
        self.text.margin.set_stripes(
            [
                Stripe(
                    coding_id=coding.id,
                    qt_start=to_qt(coding.start),
                    qt_end=to_qt(coding.end),
                    column=columns[coding.id],
                    color=codebook.codes[coding.code_id].color,
                    label=codebook.codes[coding.code_id].name,
                    tooltip=f"{codebook.path(coding.code_id)} — {coders.get(coding.coder_id, '?')}",
                )
                for coding in self._codings
                if coding.code_id in codebook
            ]
        )
        self.text.set_margin_width()
        self._update_header()

    def _format_for(self, code_ids: tuple[int, ...]) -> QTextCharFormat:
        """The highlight for text under these codes (cached: few combinations recur)."""
        fmt = self._formats.get(code_ids)
        if fmt is None:
            codebook = self._codebook
            colors = [_rgb(codebook.codes[i].color) for i in code_ids if i in codebook]
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(*mix(colors)))
            if len(code_ids) > 1:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(QColor(*mix(colors, 0.9)))
            self._formats[code_ids] = fmt
        return fmt

    def _on_suggestions_shown(self, marks: list[tuple[int, int, str]]) -> None:
        to_qt = self._positions.to_qt
        self.text.margin.set_suggestion_marks(
            [
                (to_qt(start), to_qt(end), tip)
                for start, end, tip in marks
                if end <= self._positions.length
            ]
        )

    def _on_codings_changed(self, documents: frozenset[int], _codes: frozenset[int]) -> None:
        if self.document is not None and (not documents or self.document.id in documents):
            self.refresh_codings()

    def _on_codes_changed(self, _codes: frozenset[int]) -> None:
        self._codebook = self.session.project.codebook()
        self._formats.clear()
        self.refresh_codings()

    def _on_documents_changed(self, documents: frozenset[int]) -> None:
        current = self.session.current_document
        if current is None or self.document is None:
            if self.document is not None:
                self.show_document(None)
            return
        if not documents or current.id in documents:
            if current.sha256 != self.document.sha256:
                if current.id != self.document.id or not self._follow_text(current):
                    self.show_document(current)
            else:
                self.document = current
                self._update_header()

    def _follow_text(self, document: Document) -> bool:
        """The text of the document on screen was corrected (issue 14): change
        only what differs, in place, so the view keeps its scroll and redraws
        in a few milliseconds.  The highlights of codings that moved are
        redrawn by the ``codingsChanged`` that comes with the edit (a coding
        that did not move lies before the change, where nothing shifted)."""
        old = self._shown_text
        new = self.session.project.text(document)
        if not old or not new:
            return False
        head = _common_length(old, new, len(old), len(new))
        tail = _common_length(old[::-1], new[::-1], len(old) - head, len(new) - head)
        inserted = new[head : len(new) - tail]
        start, end = self._positions.span_to_qt(head, len(old) - tail)
        delta = len(inserted.encode("utf-16-le")) // 2 - (end - start)
        # Highlights after the change move with the text (Qt keeps each later
        # paragraph's formats as they are): only what differs is redrawn.
        self.highlighter.set_runs(
            [
                (a + delta if a >= end else a, b + delta if b >= end else b, fmt)
                for a, b, fmt in self._runs
            ],
            rehighlight=False,
        )
        self._positions = PositionMap(new)
        self._shown_text = new
        self.highlighter.set_labels(self._speaker_labels(document), rehighlight=False)
        cursor = QTextCursor(self.text.document())
        self.text.document().setUndoRedoEnabled(False)  # read-only: nothing to undo here
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(inserted)
        self.document = document
        self.text.margin.set_suggestion_marks([])
        self._update_header()
        return True

    # -- selection and positions --------------------------------------------------------

    def selection(self) -> Selection | None:
        """The selected text in code points, or ``None``."""
        cursor = self.text.textCursor()
        if self.document is None or not cursor.hasSelection():
            return None
        start, end = self._positions.span_from_qt(cursor.selectionStart(), cursor.selectionEnd())
        if start >= end:
            return None
        return self.document, start, end

    def select(self, start: int, end: int) -> None:
        """Select ``text[start:end]`` (code points) and scroll it into view."""
        if self.document is None:
            return
        cursor = self.text.textCursor()
        cursor.setPosition(self._positions.to_qt(start))
        cursor.setPosition(self._positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self.text.setFocus()

    def codings_at(self, qt_position: int) -> list[Coding]:
        position = self._positions.from_qt(qt_position)
        return [c for c in self._codings if c.start <= position < c.end]

    def tooltip_at(self, qt_position: int) -> str:
        codings = self.codings_at(qt_position)
        coders = {coder.id: coder.name for coder in self.session.project.coders()}
        # How each was made, when not by hand: "accepted suggestion (0.72, learned)".
        origins = self.session.project.coding_origins(codings) if codings else {}
        lines = []
        for c in codings:
            if c.code_id not in self._codebook:
                continue
            made = f" — {origin_details(origins[c.id])}" if c.id in origins else ""
            lines.append(f"{self._codebook.path(c.code_id)} — {coders.get(c.coder_id, '?')}{made}")
            lines.extend(note for hook in self.coding_tip_hooks if (note := hook(c)))
        return "\n".join(lines)

    def _on_stripe_clicked(self, coding_id: int) -> None:
        for coding in self._codings:
            if coding.id == coding_id:
                self.select(coding.start, coding.end)

    # -- coding ---------------------------------------------------------------------------

    def code_as(self) -> None:
        if self.selection() is None:
            self.session.status.emit(self.tr("Select some text first, then choose a code for it."))
            return
        code = pick_code(self.session.project.codebook(), self.session.recent_codes, self)
        if code is not None:
            self.session.apply_code(code)

    def code_in_vivo(self) -> None:
        selection = self.selection()
        if selection is None:
            self.session.status.emit(self.tr("Select the words to use as the new code's name."))
            return
        document, start, end = selection
        words = " ".join(self.session.project.text(document)[start:end].split())
        name = words if len(words) <= 60 else words[:59].rstrip() + "…"
        self.session.apply_new_code(name)

    def context_menu(self, qt_position: int) -> QMenu:
        menu = QMenu(self)
        codebook = self.session.project.codebook()
        if self.selection() is not None:
            apply_menu = menu.addMenu(self.tr("Code selection as"))
            recent = [codebook.codes[i] for i in self.session.recent_codes if i in codebook]
            for code in recent:
                apply_menu.addAction(
                    swatch(code.color),
                    codebook.path(code.id),
                    lambda c=code: self.session.apply_code(c),
                )
            if recent:
                apply_menu.addSeparator()
            self._add_code_tree(apply_menu, codebook)
            menu.addAction(self.code_as_action)
            menu.addAction(self.in_vivo_action)
            menu.addSeparator()
        coders = {coder.id: coder.name for coder in self.session.project.coders()}
        for coding in self.codings_at(qt_position):
            if coding.code_id not in codebook:
                continue
            name = codebook.codes[coding.code_id].name
            who = coders.get(coding.coder_id, "?")
            menu.addAction(
                self.tr("Remove coding '{name}' ({who})").format(name=name, who=who),
                lambda c=coding: self._remove_coding(c),
            )
            menu.addAction(
                self.tr("Memo on coding '{name}' ({who})…").format(name=name, who=who),
                lambda c=coding, n=name: self._coding_memo(c, n),
            )
            for hook in self.coding_menu_hooks:
                hook(menu, coding, f"'{name}' ({who})")
        if not menu.isEmpty():
            menu.addSeparator()
        copy = menu.addAction(self.tr("Copy"), self.text.copy)
        copy.setEnabled(self.text.textCursor().hasSelection())
        return menu

    def _add_code_tree(self, menu: QMenu, codebook: Codebook) -> None:
        """The codebook as nested menus; a code with sub-codes is a menu that
        offers the code itself first (when it can be applied)."""
        # An explicit stack, not recursion: an older project may nest codes
        # deeper than Python's recursion limit.
        pending: list[tuple[QMenu, int | None]] = [(menu, None)]
        while pending:
            parent_menu, parent_id = pending.pop()
            for code in codebook.children(parent_id):
                icon = swatch(code.color)
                if codebook.children(code.id):
                    sub = parent_menu.addMenu(icon, code.name)
                    if code.codable:
                        sub.addAction(
                            icon,
                            self.tr("{name} (this code)").format(name=code.name),
                            lambda c=code: self.session.apply_code(c),
                        )
                        sub.addSeparator()
                    pending.append((sub, code.id))
                elif code.codable:
                    parent_menu.addAction(
                        icon, code.name, lambda c=code: self.session.apply_code(c)
                    )

    def _remove_coding(self, coding: Coding) -> None:
        self.session.edit(lambda: self.session.project.remove_codings([coding]))

    def _coding_memo(self, coding: Coding, name: str) -> None:
        from qcode.gui.coding.memo_dialog import edit_memos

        edit_memos(
            self.session,
            "coding",
            coding.id,
            self.tr("Memo on coding '{name}'").format(name=name),
            self,
        )
