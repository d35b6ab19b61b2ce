"""Coding highlights painted over the document's text as Qt lays it out.

The runs come from :func:`qcode.gui.coding.highlights.coverage`, in Qt
positions; speaker labels are drawn bold on top.  The document itself is
never changed.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from qcode.gui.widgets.overrides import guarded


class CodingHighlighter(QSyntaxHighlighter):
    """Paints coding highlights and bold speaker labels as Qt lays out each
    block, from runs given in Qt positions; the document itself is never
    changed."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._runs: list[tuple[int, int, QTextCharFormat]] = []
        self._starts: list[int] = []
        self._labels: list[tuple[int, int]] = []
        self._label_starts: list[int] = []
        self._label_format = QTextCharFormat()
        self._label_format.setFontWeight(QFont.Weight.Bold)
        self._label_format.setForeground(QColor("#1f3a93"))

    def set_runs(
        self, runs: list[tuple[int, int, QTextCharFormat]], rehighlight: bool = True
    ) -> None:
        """New highlight runs; only the blocks where they differ are redrawn."""
        old = self._runs
        self._runs = runs
        self._starts = [run[0] for run in runs]
        if not rehighlight:
            return
        # The first and last runs that differ bound the text to redraw.
        head = 0
        while (
            head < min(len(old), len(runs))
            and old[head][:2] == runs[head][:2]
            and (old[head][2] == runs[head][2])
        ):
            head += 1
        tail = 0
        while tail < min(len(old), len(runs)) - head and old[-1 - tail][:2] == runs[-1 - tail][:2]:
            if old[-1 - tail][2] != runs[-1 - tail][2]:
                break
            tail += 1
        changed = old[head : len(old) - tail] + runs[head : len(runs) - tail]
        if not changed:
            return
        document = self.document()
        block = document.findBlock(min(run[0] for run in changed))
        last = max(run[1] for run in changed)
        while block.isValid() and block.position() <= last:
            self.rehighlightBlock(block)
            block = block.next()

    def set_labels(self, labels: list[tuple[int, int]], rehighlight: bool = True) -> None:
        self._labels = labels
        self._label_starts = [label[0] for label in labels]
        if rehighlight:
            self.rehighlight()

    @guarded
    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        first = block.position()
        last = first + block.length()
        # Runs do not overlap each other, so the ones in this block are
        # those from the last starting before it up to its end.
        index = max(0, bisect_right(self._starts, first) - 1)
        while index < len(self._runs) and self._runs[index][0] < last:
            start, end, fmt = self._runs[index]
            if end > first:
                self.setFormat(max(start, first) - first, min(end, last) - max(start, first), fmt)
            index += 1
        index = max(0, bisect_right(self._label_starts, first) - 1)
        while index < len(self._labels) and self._labels[index][0] < last:
            start, end = self._labels[index]
            if end > first:
                self._merge(max(start, first) - first, min(end, last) - max(start, first))
            index += 1

    def _merge(self, offset: int, length: int) -> None:
        # A label keeps the highlight under it and adds bold.
        for position in range(offset, offset + length):
            fmt = self.format(position)
            fmt.merge(self._label_format)
            self.setFormat(position, 1, fmt)
