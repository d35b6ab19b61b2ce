"""Charts of the Reports window (QtCharts)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from qcode.analysis.frequencies import CodeFrequency

TOP_CODES = 15
BAR_COLOR = QColor("#4a78b5")
LONGEST_LABEL = 36  # characters of a code path on the axis
MINIMUM_HEIGHT = 160
BAR_HEIGHT = 20  # pixels per bar, enough for its label on the axis


def top_codes(rows: Sequence[CodeFrequency], count: int = TOP_CODES) -> list[tuple[str, int]]:
    """(path, segments with sub-codes) of the ``count`` codes with the most
    segments counting their sub-codes, most first (ties in codebook order,
    as ``rows`` come); codes with none are left out."""
    used = [row for row in rows if row.with_subcodes.segments]
    used.sort(key=lambda row: -row.with_subcodes.segments)
    return [(row.path, row.with_subcodes.segments) for row in used[:count]]


def nice_step(highest: int, ticks: int = 5) -> int:
    """A whole tick interval of 1, 2 or 5 × 10ⁿ giving about ``ticks`` ticks."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if highest <= step * factor * ticks:
                return step * factor
        step *= 10


def _short(label: str) -> str:
    return label if len(label) <= LONGEST_LABEL else "…" + label[-(LONGEST_LABEL - 1) :]


class TopCodesChart(QChartView):
    """A horizontal bar chart of the codes with the most coded segments
    (with sub-codes), the most used at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(
            self.tr("Chart: the {TOP_CODES} codes with the most coded segments").format(
                TOP_CODES=TOP_CODES
            )
        )
        self.setMinimumHeight(MINIMUM_HEIGHT)
        self.bars: list[tuple[str, int]] = []
        self.series = QHorizontalBarSeries()
        self.bar_set = QBarSet(self.tr("Segments (with sub-codes)"))
        self.bar_set.setColor(BAR_COLOR)
        self.bar_set.setBorderColor(BAR_COLOR)
        self.bar_set.setLabelColor(QColor("#000000"))
        self.series.append(self.bar_set)
        self.series.setLabelsVisible(True)
        self.series.setLabelsFormat("@value")
        self.series.setLabelsPrecision(12)
        self.series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.categories = QBarCategoryAxis()
        self.categories.setTruncateLabels(False)  # we shorten long paths ourselves
        self.values = QValueAxis()
        self.values.setLabelFormat("%d")
        self.values.setTitleText(self.tr("Coded segments (with sub-codes)"))
        chart = QChart()
        chart.addSeries(self.series)
        chart.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        chart.legend().setVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self.show_rows([])

    def show_rows(self, rows: Sequence[CodeFrequency]) -> None:
        """Show the top codes of ``rows`` (see :func:`top_codes`)."""
        self.bars = top_codes(rows)
        # Enough height for every code's name: a crowded axis elides them all to "…".
        self.setMinimumHeight(max(MINIMUM_HEIGHT, 110 + BAR_HEIGHT * len(self.bars)))
        shown = list(reversed(self.bars))  # a horizontal chart draws the first bar lowest
        self.bar_set.remove(0, self.bar_set.count())
        self.bar_set.append([float(value) for _label, value in shown])
        self.categories.clear()
        labels = [_short(label) for label, _value in shown]
        # Category names must be unique; two shortened paths could collide.
        seen: set[str] = set()
        for i, label in enumerate(labels):
            while label in seen:
                label += "\u200b"
            labels[i] = label
            seen.add(label)
        self.categories.append(labels or [""])
        highest = max((value for _label, value in shown), default=0)
        step = nice_step(highest)
        # Room beyond the longest bar for its value label; whole-number ticks.
        top = (int(highest * 1.12) // step + 1) * step
        # Fixed ticks while the range changes: the old interval over a new,
        # far longer range would lay out thousands of ticks.
        self.values.setTickType(QValueAxis.TickType.TicksFixed)
        self.values.setRange(0, top)
        self.values.setTickAnchor(0)
        self.values.setTickInterval(step)
        self.values.setTickType(QValueAxis.TickType.TicksDynamic)
        title = self.tr("Top {TOP_CODES} codes by coded segments (with sub-codes)").format(
            TOP_CODES=TOP_CODES
        )
        self.chart().setTitle(title if shown else self.tr("No coded segments in these filters"))
        summary = ", ".join(f"{label}: {value}" for label, value in self.bars)
        self.setAccessibleDescription(summary or self.tr("No coded segments"))
        self.setToolTip(summary)

    def values_shown(self) -> list[tuple[str, float]]:
        """(category, value) of each bar, top bar first, as drawn."""
        labels = self.categories.categories()
        values = [self.bar_set.at(i) for i in range(self.bar_set.count())]
        return list(reversed(list(zip(labels, values, strict=False))))
