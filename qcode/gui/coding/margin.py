"""The margin of coding stripes beside the text (as MAXQDA and NVivo draw it).

Each coding is a vertical bar in its code's colour from the line where it
starts to the line where it ends; overlapping codings stand in separate
columns (see :func:`qcode.gui.coding.highlights.stripe_columns`).  The code's name
is written beside the top of its bar where there is room.  Hovering a bar
names the code and the coder; clicking it selects the coded text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from qcode.gui.widgets.overrides import guarded

COLUMN_WIDTH = 9
BAR_WIDTH = 5
LABEL_WIDTH = 118
MAX_COLUMNS = 16
SUGGESTION_COLOR = "#e07b00"


@dataclass(frozen=True)
class Stripe:
    """One coding as the margin draws it (positions in Qt units)."""

    coding_id: int
    qt_start: int
    qt_end: int
    column: int
    color: str
    label: str  # code name, for the margin
    tooltip: str  # code path and coder


class CodingMargin(QWidget):
    """Paints stripes; asks its text area where a position is on screen."""

    stripeClicked = Signal(int)  # coding id

    def __init__(
        self,
        parent: QWidget,
        locate: Callable[[int, int], tuple[int, int] | None],
        visible: Callable[[], tuple[int, int]],
    ) -> None:
        super().__init__(parent)
        self._visible = visible  # () -> (first, last) Qt positions on screen
        # locate(qt_start, qt_end) -> (top, bottom) in viewport pixels, or
        # None when the span is not on screen.
        self._locate = locate
        self._stripes: list[Stripe] = []
        self._marks: list[tuple[int, int, str]] = []
        self._columns = 0
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Coding stripes"))
        self.setAccessibleDescription(
            self.tr("Which codes cover each line; hover a stripe for details")
        )

    def set_stripes(self, stripes: list[Stripe]) -> None:
        self._stripes = sorted(stripes, key=lambda s: (s.qt_start, s.column))
        self._columns = min(MAX_COLUMNS, 1 + max((s.column for s in stripes), default=-1))
        self.updateGeometry()
        self.update()

    def set_suggestion_marks(self, marks: list[tuple[int, int, str]]) -> None:
        """Spans (Qt positions) with a pending suggestion, drawn as a dashed
        orange bar at the margin's outer edge."""
        self._marks = sorted(marks)
        self.update()

    def suggestion_marks(self) -> list[tuple[int, int, str]]:
        return list(self._marks)

    def stripes(self) -> list[Stripe]:
        return list(self._stripes)

    def width_needed(self) -> int:
        if not self._stripes:
            return 6
        return LABEL_WIDTH + self._columns * COLUMN_WIDTH + 4

    @guarded
    def sizeHint(self) -> QSize:
        return QSize(self.width_needed(), 0)

    def _bar_x(self, column: int) -> int:
        return self.width() - 4 - (min(column, MAX_COLUMNS - 1) + 1) * COLUMN_WIDTH

    def _placed(self) -> list[tuple[Stripe, QRect]]:
        placed = []
        first, last = self._visible()
        for stripe in self._stripes:
            if stripe.qt_end <= first or stripe.qt_start > last:
                continue
            where = self._locate(stripe.qt_start, stripe.qt_end)
            if where is None:
                continue
            top, bottom = where
            placed.append(
                (stripe, QRect(self._bar_x(stripe.column), top, BAR_WIDTH, max(3, bottom - top)))
            )
        return placed

    @guarded
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        metrics = QFontMetrics(self.font())
        label_right = self.width() - 4 - self._columns * COLUMN_WIDTH - 4
        taken_until = -1  # labels must not overlap: next free y in the label area
        for stripe, rect in self._placed():
            painter.fillRect(rect, QColor(stripe.color))
            painter.fillRect(
                QRect(rect.left(), rect.top(), COLUMN_WIDTH - 2, 1), QColor(stripe.color)
            )
            if rect.top() >= taken_until and label_right > 20:
                text = metrics.elidedText(
                    stripe.label, Qt.TextElideMode.ElideRight, label_right - 2
                )
                box = QRect(2, rect.top(), label_right - 2, metrics.height())
                painter.setPen(QColor(stripe.color).darker(170))
                painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, text)
                taken_until = rect.top() + metrics.height()
        for rect, _tip in self._placed_marks():
            pen = QPen(QColor(SUGGESTION_COLOR), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(rect.left() + 1, rect.top(), rect.left() + 1, rect.bottom())
        painter.end()

    def _placed_marks(self) -> list[tuple[QRect, str]]:
        placed = []
        first, last = self._visible()
        for qt_start, qt_end, tip in self._marks:
            if qt_end <= first or qt_start > last:
                continue
            where = self._locate(qt_start, qt_end)
            if where is not None:
                placed.append((QRect(0, where[0], 4, max(3, where[1] - where[0])), tip))
        return placed

    def stripes_at(self, point: QPoint) -> list[Stripe]:
        found = []
        for stripe, rect in self._placed():
            hit = rect.adjusted(-2, 0, 2, 0)
            label = QRect(0, rect.top(), self.width(), QFontMetrics(self.font()).height())
            if hit.contains(point) or (label.contains(point) and point.x() < rect.left()):
                found.append(stripe)
        return found

    @guarded
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        tips = [s.tooltip for s in self.stripes_at(point)]
        tips += [
            tip for rect, tip in self._placed_marks() if rect.adjusted(0, 0, 3, 0).contains(point)
        ]
        if tips:
            QToolTip.showText(event.globalPosition().toPoint(), "\n".join(tips), self)
        else:
            QToolTip.hideText()

    @guarded
    def mousePressEvent(self, event: QMouseEvent) -> None:
        stripes = self.stripes_at(event.position().toPoint())
        if stripes and event.button() == Qt.MouseButton.LeftButton:
            self.stripeClicked.emit(stripes[0].coding_id)
