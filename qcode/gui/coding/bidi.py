"""Right-to-left paragraphs in the document view and the app's lists (issue 18).

Qt already gives each paragraph of a ``QPlainTextEdit`` its own base
direction (the first strong letter decides, as the Unicode bidirectional
algorithm says) and orders mixed text by that algorithm, so selection,
hit-testing and the cursor keys work in logical characters.  What the plain
text layout does not do is align: every line starts at the left edge, so an
Arabic paragraph ends up flush left and ragged on its right, where it begins.
:class:`BidiLayout` aligns each paragraph to its own start side.

Why a layout subclass and not block formats: ``QPlainTextDocumentLayout``
ignores a block's alignment and gives every paragraph the document's default
text option each time it lays it out.  The option's alignment is read only
when a line is placed on screen (drawing, the cursor's rectangle, hit-testing),
and every one of those first asks the layout for the block's rectangle: that
is where the alignment is set, after Qt's own layout.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextBlock, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit, QStyleOptionViewItem

from qcode.gui.widgets.overrides import guarded
from qcode.io.scripts import has_right_to_left, is_right_to_left

_LEFT = Qt.AlignmentFlag.AlignLeft
_RIGHT = Qt.AlignmentFlag.AlignRight


class BidiLayout(QPlainTextDocumentLayout):
    """The plain text layout, with right-to-left paragraphs aligned right."""

    @guarded
    def blockBoundingRect(self, block: QTextBlock) -> QRectF:
        rect = super().blockBoundingRect(block)  # lays the block out if needed
        layout = block.layout()
        if layout is not None:
            wanted = _RIGHT if block.textDirection() == Qt.LayoutDirection.RightToLeft else _LEFT
            option = layout.textOption()
            if option.alignment() != wanted:
                option.setAlignment(wanted)
                layout.setTextOption(option)
        return rect


def install(edit: QPlainTextEdit) -> None:
    """Give ``edit``'s document a :class:`BidiLayout` (once)."""
    document: QTextDocument = edit.document()
    if not isinstance(document.documentLayout(), BidiLayout):
        document.setDocumentLayout(BidiLayout(document))


def isolate(text: str) -> str:
    """``text`` set apart (first-strong isolate) when it holds right-to-left
    letters, so that a name in Arabic inside an English line ("شهادة 07 ·
    600 characters") keeps its place and does not carry the numbers after
    it into its own direction.  Other text is returned as it is."""
    return f"\u2068{text}\u2069" if has_right_to_left(text) else text


def align_item(option: QStyleOptionViewItem, text: str) -> None:
    """Make a list cell show ``text`` with its own base direction: an Arabic
    or Hebrew cell reads right to left and sits at the cell's right."""
    if is_right_to_left(text):
        option.direction = Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]


def draw_pieces(
    painter: QPainter,
    rect: QRect,
    pieces: Sequence[tuple[str, QFont, Qt.TextElideMode, int | None]],
    right_to_left: bool,
) -> None:
    """Draw ``pieces`` (text, font, how to cut it, widest it may be) one after
    another on one line of ``rect``: from the left, or, for a right-to-left
    line, from the right, each piece read right to left."""
    direction = Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    painter.setLayoutDirection(direction)
    left, right = rect.left(), rect.right()
    for text, font, mode, cap in pieces:
        room = right - left
        if room <= 0:
            break
        metrics = QFontMetrics(font)
        shown = metrics.elidedText(text, mode, room if cap is None else min(room, cap))
        width = metrics.horizontalAdvance(shown)
        painter.setFont(font)
        box = QRect(right - width if right_to_left else left, rect.top(), width, rect.height())
        side = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        flags = side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(box, int(flags | Qt.TextFlag.TextSingleLine), shown)
        if right_to_left:
            right -= width
        else:
            left += width
