"""The one place where code-point offsets meet Qt's UTF-16 positions.

qcode stores offsets in Unicode code points (Python ``str`` indices); Qt's
``QTextCursor`` counts UTF-16 code units, in which every character outside
the Basic Multilingual Plane (𠮷, 😀, …) takes two.  Every position that
crosses into or out of a Qt text widget goes through a :class:`PositionMap`
of that widget's text.  (Qt's paragraph separator replaces ``\\n`` one for
one, so line breaks need no care.)

This module has no Qt in it, so it is tested without a display.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class PositionMap:
    """Converts between code-point offsets and UTF-16 offsets of one text."""

    def __init__(self, text: str) -> None:
        # Code-point index of every astral character, in order.
        self._astral = [i for i, char in enumerate(text) if ord(char) > 0xFFFF]
        # UTF-16 offset just after each astral character: its code-point
        # index, plus one unit for it and each one before it, plus one.
        self._ends = [index + k + 2 for k, index in enumerate(self._astral)]
        self.length = len(text)
        self.qt_length = len(text) + len(self._astral)

    def to_qt(self, position: int) -> int:
        """Code-point offset → UTF-16 offset."""
        return position + bisect_left(self._astral, position)

    def from_qt(self, position: int) -> int:
        """UTF-16 offset → code-point offset.

        A position inside a surrogate pair (Qt never gives one for a cursor
        between characters) is snapped forward to after the character.
        """
        # Astral characters wholly before the position each add one unit.
        # Inside a pair, the character itself is not counted, which lands on
        # the code point after it.
        return position - bisect_right(self._ends, position)

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def span_from_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.from_qt(start), self.from_qt(end)
