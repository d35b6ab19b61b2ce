"""A PDF page's characters put into lines, as a reader sees them.

PDF producers place glyphs, not words: Qt's writer, browsers and several
office suites place every glyph (or every word) on its own, and some map the
space glyph to a tab, or draw an invisible zero-width "space" where a soft
hyphen could break.  So the spaces between words are decided here by
geometry alone: a space wherever the gap between two glyphs on a line is
wider than a fraction of the font size, never two, and the space glyphs the
file draws are ignored.

Glyphs come in the order the page draws them (:class:`Glyph`, in the page's
coordinates); a glyph continues the current line if it sits on the same
baseline band as the glyph before.  A line drawn out of order (a glyph well
left of the one before) is put in order by position, unless it is mostly
Arabic or Hebrew, which keeps the file's order.  Text set at a quarter turn
(or upside down) is read in its own direction, so a rotated table or a
landscape page drawn sideways gives lines, not one glyph per line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from unicodedata import bidirectional, east_asian_width

# A gap wider than this many ems between two glyphs of a line is a space.
# Tightened justified spaces stay above about 0.2 em; kerning and letter
# spacing stay below about 0.1 em.
WORD_GAP = 0.15
# A glyph drawn further left than this (in ems) of the one before it on a
# line means the line was drawn out of order (accents and overlapping
# glyphs stay within it).
_BACKTRACK = 0.3
# Two glyphs share a line if their boxes overlap vertically by this share
# of the smaller (superscripts and subscripts still do).
_SAME_LINE_OVERLAP = 0.45
# A page with more lines than this (a map's labels, a chart's points) is read
# line by line from top to bottom, without looking for paragraphs; so is
# every page once the document holds this many lines (each is kept until
# the whole document is read, so this bounds the memory they take).
MAX_PAGE_LINES = 1_000
MAX_DOCUMENT_LINES = 200_000
# The writing direction of a page read line by line: nothing joins it.
LINE_BY_LINE = -1
# What a file may draw that never reads as a character of its own.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")


@dataclass(slots=True)
class Glyph:
    """One character as drawn: its text, box in the page's coordinates (y up),
    font size, and quarter turns of its writing direction (0 = left to right)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    turn: int = 0


@dataclass(slots=True)
class Line:
    """A line of text in its writing direction's frame: ``x`` grows along the
    line and ``y`` upward across it, whatever the page's rotation."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    size: float
    turn: int
    # How wide its first word is (its first character, in a script written
    # without spaces), to tell whether it would have fitted at the end of
    # the line before: if so, that line ended its paragraph.
    first_word: float
    # Mostly Arabic or Hebrew: ``x`` is then measured leftward (``x0`` is
    # minus the right end), so that the line's end is its left end.
    right_to_left: bool = False


@dataclass(slots=True)
class _Open:
    """A line being built: its glyphs as (x0, x1, size, text), in drawing order."""

    turn: int
    bottom: float
    top: float
    glyphs: list[tuple[float, float, float, str]] = field(default_factory=list)
    last_bottom: float = 0.0
    last_top: float = 0.0
    last_x0: float = 0.0
    # A glyph was drawn well left of the one before: text drawn out of order.
    out_of_order: bool = False


def unspaced(character: str) -> bool:
    """True for a character of a script written without spaces between words
    (Chinese, Japanese kana, full-width forms): lines break anywhere in it,
    and joining two of its lines adds no space.  Hangul is written with
    spaces.  This is the rule CSS applies to a line break in such text."""
    if character < "\u1100":
        return False
    if (
        "\u1100" <= character <= "\u11ff"
        or "\u3130" <= character <= "\u318f"
        or "\uac00" <= character <= "\ud7af"
    ):
        return False  # Hangul
    return east_asian_width(character) in ("W", "F", "H")


def _framed(glyph: Glyph) -> tuple[float, float, float, float]:
    """The glyph's box in its writing direction's frame (x along, y across)."""
    x0, y0, x1, y1, turn = glyph.x0, glyph.y0, glyph.x1, glyph.y1, glyph.turn % 4
    if turn == 1:  # written upward: along is +y, across is -x
        return y0, -x1, y1, -x0
    if turn == 2:
        return -x1, -y1, -x0, -y0
    if turn == 3:  # written downward
        return -y1, x0, -y0, x1
    return x0, y0, x1, y1


def build_lines(glyphs: list[Glyph]) -> list[Line]:
    """The page's lines, in the order the page draws them."""
    lines: list[Line] = []
    current: _Open | None = None
    for glyph in glyphs:
        text = glyph.text
        if not text or text.isspace() or text in _INVISIBLE or _control(text):
            continue  # spaces come from the gaps between glyphs
        x0, bottom, x1, top = _framed(glyph)
        size = glyph.size if glyph.size > 0 else max(top - bottom, 1.0)
        if current is None or not _continues(current, glyph.turn, bottom, top):
            if current is not None:
                lines.append(_closed(current))
            current = _Open(glyph.turn, bottom, top)
        elif x0 < current.last_x0 - _BACKTRACK * size:
            current.out_of_order = True
        current.glyphs.append((x0, x1, size, text))
        current.bottom, current.top = min(current.bottom, bottom), max(current.top, top)
        current.last_bottom, current.last_top, current.last_x0 = bottom, top, x0
    if current is not None:
        lines.append(_closed(current))
    return lines


def _control(text: str) -> bool:
    """True for a control character: what a broken font table maps a glyph to."""
    return all(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in text)


def _continues(line: _Open, turn: int, bottom: float, top: float) -> bool:
    if turn != line.turn:
        return False
    overlap = min(top, line.last_top) - max(bottom, line.last_bottom)
    smaller = min(top - bottom, line.last_top - line.last_bottom)
    return overlap > _SAME_LINE_OVERLAP * smaller


def _right_to_left(glyphs: list[tuple[float, float, float, str]]) -> bool:
    balance = 0
    for _, _, _, text in glyphs:
        for character in text:
            kind = bidirectional(character)
            balance += kind in ("R", "AL")
            balance -= kind == "L"
    return balance > 0


def _closed(line: _Open) -> Line:
    glyphs = line.glyphs
    right_to_left = _right_to_left(glyphs)
    if line.out_of_order and not right_to_left:
        # Runs drawn out of order (a word set in bold afterwards): by position.
        # Right-to-left text keeps the file's order, as a bidi-unaware sort
        # would reverse the numbers and Latin words inside it.
        glyphs = sorted(glyphs, key=lambda glyph: glyph[0])
    parts: list[str] = []
    sizes: dict[float, int] = {}
    first_word = -1.0
    before: tuple[float, float, float, str] | None = None
    for glyph in glyphs:
        x0, x1, size, text = glyph
        if before is not None:
            gap = max(x0 - before[1], before[0] - x1)
            if gap > WORD_GAP * max(size, before[2]):
                if first_word < 0:
                    first_word = abs(before[1] - glyphs[0][0])
                parts.append(" ")
        parts.append(text)
        rounded = round(size * 2) / 2
        sizes[rounded] = sizes.get(rounded, 0) + len(text)
        before = glyph
    left = min(glyph[0] for glyph in glyphs)
    right = max(glyph[1] for glyph in glyphs)
    if first_word < 0 or unspaced(parts[0][0]):
        # One word, or a script without spaces: its first character.
        first_word = right - left if first_word < 0 else glyphs[0][1] - glyphs[0][0]
    if right_to_left:  # measured from the right, as it is read
        left, right = -right, -left
    return Line(
        text="".join(parts),
        x0=left,
        x1=right,
        bottom=line.bottom,
        top=line.top,
        # The size most of its characters are set in (not a drop cap's).
        size=max(sizes.items(), key=lambda item: item[1])[0],
        turn=line.turn,
        first_word=first_word,
        right_to_left=right_to_left,
    )


def line_by_line(lines: list[Line]) -> Line:
    """A crowded page as one block: its lines from top to bottom, one per
    line, which no paragraph continues into or out of."""
    ordered = sorted(lines, key=lambda line: (-line.top, line.x0))
    return Line("\n".join(line.text for line in ordered), 0, 0, 0, 0, 1, LINE_BY_LINE, 0)
