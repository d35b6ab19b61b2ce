"""A PDF's lines put back into paragraphs, so its text reads as the page does.

A researcher searches for "affect your firm" and quotes whole sentences, so
the lines a paragraph was wrapped into are joined into one, and paragraphs
are separated by a blank line.  Line ``B`` continues the paragraph of line
``A`` before it when all of these hold:

* ``B`` is the next line down, no further below ``A`` than the document's
  usual line spacing for that font size allows (a wider gap is the space
  between two paragraphs), in the same column and the same font size;
* ``A`` is full: ``B``'s first word would not have fitted at its end (the
  rule a typesetter wraps by), judged against the right edge of the text
  that starts where ``A`` starts;
* ``B`` is not indented further than ``A`` (when ``A`` is not a paragraph's
  first line: hanging indents stay whole);
* ``B`` does not start a list item ("• ..."), nor a new speaker turn
  ("Witness: ...") after a sentence that ``A`` ended.

A paragraph also carries over to the next page, or to the top of the next
column, when the line it stopped at is full and ends mid-sentence.

Joining: a single space; no space between two characters of a script
written without spaces (Chinese, Japanese); a soft hyphen (U+00AD) at the
end of a line disappears, and so do the invisible ones inside lines.  A
hyphen at a line's end right after a letter or digit, before one, joins the
two without a space and stays ("fast-tracked", "Smith-Jones", "10-20"),
since dropping it could corrupt a compound word or a name; it goes only
when the document itself spells the joined word elsewhere and never the
hyphenated one ("recom-mended" where "recommended" appears).  Producers
that hyphenate (Qt, fpdf2, browsers) draw an ordinary hyphen there, so
nothing else tells the two apart.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from heapq import heappush, heapreplace
from itertools import pairwise

from qcode.io.pdf_lines import Line, unspaced
from qcode.io.speakers import split_speaker_label

SOFT_HYPHEN = "\u00ad"
HYPHENS = "-\u2010"  # hyphen-minus and the hyphen
# Closing characters after which a sentence has ended.
_SENTENCE_ENDS = frozenset(".!?…。！？")
_CLOSERS = "\"'”’»)]）」』"
# A line starting with one of these starts a list item.
_BULLETS = frozenset("•◦▪▫●○■□‣⁃")
# Line spacing more than this many times the usual is a paragraph's gap.
_PARAGRAPH_GAP = 1.3
# The usual spacing, in ems, when a document has too few lines to tell.
_DEFAULT_SPACING = 1.2
# Sizes this close (a ratio) are the same font size.
_SAME_SIZE = 1.2
# A line starting this far right (in ems) of the one before is indented.
_INDENT = 1.0
# Right edges are gathered by where lines start, in buckets this wide (pt).
_EDGE_BUCKET = 6.0
_EDGE_REACH = 2  # neighbouring buckets that count as the same left edge
_EDGE_SUPPORT = 1.5  # ems between two line ends that make an edge
_EDGE_ENDS = 64  # the furthest line ends kept per bucket
# Lines ending at a column's edge are a list if this share of them end a
# sentence (wrapped lines mostly stop mid-sentence).
_LISTED = 0.6
# A line counts as full unless the next line's first word, a space and this
# much more (in ems) would have fitted at its end: typesetters measure a
# little differently than a PDF's glyph widths add up.
_FULL_SLACK = 0.5
_LONGEST_WORD = 64
_WORD_BEFORE_HYPHEN = re.compile(r"([^\W\d_]+(?:[-\u2010][^\W\d_]+)*)[-\u2010]$")
_WORD_AFTER = re.compile(r"^[^\W\d_]+")
_WORDS = re.compile(r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)*")


class _Document:
    """What the whole document tells about its own layout."""

    def __init__(self, pages: list[list[Line]]) -> None:
        # Per writing direction and start bucket: the furthest line ends, and
        # whether each of those lines ended a sentence.
        self._ends: dict[tuple[int, int], list[tuple[float, bool]]] = defaultdict(list)
        self._edges: dict[tuple[int, int, int], tuple[float, bool, bool]] = {}
        drops: dict[tuple[int, float], list[float]] = defaultdict(list)
        for lines in pages:
            for line in lines:
                ends = self._ends[(line.turn, int(line.x0 // _EDGE_BUCKET))]
                end = (line.x1, _ends_sentence(line.text))
                # Only the furthest ends can make the edge: keep a few.
                if len(ends) < _EDGE_ENDS:
                    heappush(ends, end)
                elif end > ends[0]:
                    heapreplace(ends, end)
            for above, below in pairwise(lines):
                drop = above.bottom - below.bottom
                if (
                    above.turn == below.turn
                    and _same_size(above, below)
                    and 0.8 * above.size <= drop <= 3 * above.size
                ):
                    drops[(above.turn, round(above.size))].append(drop / above.size)
        # The lower quartile: lines within paragraphs outnumber the gaps
        # between them, even on a page of short answers.
        self.spacing = {
            key: sorted(values)[len(values) // 4] for key, values in drops.items() if values
        }

    def right_edge(self, line: Line, margin: float | None) -> tuple[float, bool]:
        """Where the text that starts where ``line`` starts ends, and whether
        other lines show it.  It is the furthest right that two of those lines
        reach (within an em or two), so that one wide title does not move the
        column's edge; else just the furthest any reaches.  Lines that all end
        there with a full stop are a list, not wrapped text, and show nothing
        of the column: its edge is then taken to be at least ``margin``, where
        the page's right margin would be if it were as wide as its left."""
        bucket = int(line.x0 // _EDGE_BUCKET)
        key = (line.turn, bucket, round(line.size))
        known = self._edges.get(key)
        if known is None:
            ends = sorted(
                end
                for near in range(bucket - _EDGE_REACH, bucket + _EDGE_REACH + 1)
                for end in self._ends.get((line.turn, near), ())
            )
            known = (ends[-1][0] if ends else line.x1, False, False)
            reach = _EDGE_SUPPORT * line.size
            for index in range(len(ends) - 1, 0, -1):
                if ends[index][0] - ends[index - 1][0] <= reach:
                    edge = ends[index][0]
                    near_edge = [stops for end, stops in ends if end >= edge - reach]
                    listed = sum(near_edge) >= _LISTED * len(near_edge)
                    known = (edge, True, listed)
                    break
            self._edges[key] = known
        edge, supported, listed = known
        if listed and margin is not None:
            edge = max(edge, margin)
        return max(edge, line.x1), supported

    def usual_spacing(self, line: Line) -> float:
        return self.spacing.get((line.turn, round(line.size)), _DEFAULT_SPACING) * line.size


def _same_size(one: Line, other: Line) -> bool:
    return max(one.size, other.size) <= _SAME_SIZE * min(one.size, other.size)


def _full(
    document: _Document, line: Line, after: Line, margin: float | None, *, surely: bool = False
) -> bool:
    """True if ``after``'s first word would not have fitted at ``line``'s end
    (``margin``: see :meth:`_Document.right_edge`); ``surely``: and other
    lines that start there end there too (a lone line, a footer say, is full
    by itself but says nothing)."""
    edge, supported = document.right_edge(line, margin)
    if surely and not supported:
        return False
    room = edge - line.x1
    space = 0.0 if unspaced(line.text[-1]) else 0.3 * line.size
    return room < after.first_word + space + _FULL_SLACK * line.size


def _ends_sentence(text: str) -> bool:
    text = text.rstrip(_CLOSERS)
    return bool(text) and text[-1] in _SENTENCE_ENDS


def _starts_turn(line: Line) -> bool:
    return split_speaker_label(line.text) is not None


def _starts_item(line: Line) -> bool:
    return line.text[0] in _BULLETS


def _carries_over(document: _Document, line: Line, after: Line, margin: float | None) -> bool:
    """Across a page or a column: only a line of body text, as full as the
    lines around it, that stops mid-sentence."""
    if line.turn != after.turn or not _same_size(line, after):
        return False
    if _starts_turn(after) or _starts_item(after):
        return False
    if not _full(document, line, after, margin, surely=True):
        return False
    return line.text[-1] in HYPHENS + SOFT_HYPHEN or not _ends_sentence(line.text)


def _continues(
    document: _Document, paragraph: list[Line], after: Line, margin: float | None
) -> bool:
    """True if ``after`` is the next line of ``paragraph`` on the same page."""
    line = paragraph[-1]
    drop = line.bottom - after.bottom
    if line.turn != after.turn or drop < 0.5 * line.size:
        return _carries_over(document, line, after, margin)  # a new column, or out of order
    if not _same_size(line, after) or after.x0 > line.x1 or after.x1 < line.x0:
        return False
    if drop > _PARAGRAPH_GAP * document.usual_spacing(line) + 0.1 * line.size:
        return False
    if not _full(document, line, after, margin):
        return False
    if len(paragraph) > 1 and after.x0 > line.x0 + _INDENT * line.size:
        return False
    if _starts_item(after):
        return False
    return not (_starts_turn(after) and _ends_sentence(line.text))


def paragraphs(pages: list[list[Line]], widths: list[float] | None = None) -> list[list[str]]:
    """The document's paragraphs, each the texts of its lines; ``widths``
    are the pages' widths, if known."""
    document = _Document(pages)
    found: list[list[Line]] = []
    before: float | None = None  # the margin of the page the last line is on
    for number, lines in enumerate(pages):
        margin = _mirrored_margin(lines, widths[number] if widths else None)
        for index, line in enumerate(lines):
            if found and (
                _continues(document, found[-1], line, margin)
                if index
                else number and _carries_over(document, found[-1][-1], line, before)
            ):
                found[-1].append(line)
            else:
                found.append([line])
        if lines:
            before = margin
    return [[line.text for line in paragraph] for paragraph in found]


def _mirrored_margin(lines: list[Line], width: float | None) -> float | None:
    """Where the text on a page would end if its right margin were as wide
    as its left one (for upright left-to-right text only)."""
    starts = [line.x0 for line in lines if line.turn == 0 and not line.right_to_left]
    if width is None or not starts:
        return None
    return width - min(starts)


def joined_text(found: list[list[str]]) -> str:
    """The paragraphs as text: lines joined, paragraphs separated by a blank line."""
    spelled = Counter(
        word.casefold().replace("\u2010", "-")
        for lines in found
        for text in lines
        for word in _WORDS.findall(text)
    )
    texts = []
    for lines in found:
        parts = [lines[0]]
        for text in lines[1:]:
            parts[-1], separator = _join(parts[-1], text, spelled)
            parts.append(separator + text)
        texts.append("".join(parts).replace(SOFT_HYPHEN, ""))
    return "\n\n".join(text for text in texts if text.strip())


def _join(before: str, after: str, spelled: Counter[str]) -> tuple[str, str]:
    """``before`` (its line-end hyphen dropped, if it goes) and what goes
    between it and the next line ``after``."""
    last, first = before[-1], after[0]
    if last == SOFT_HYPHEN:
        return before[:-1], ""
    if last in HYPHENS:
        if len(before) < 2 or not before[-2].isalnum() or not first.isalnum():
            return before, " "  # a dash, not a hyphen: "word -" or "- word"
        # Only the ends of the lines: a word is never longer.
        word = _WORD_BEFORE_HYPHEN.search(before[-_LONGEST_WORD:])
        rest = _WORD_AFTER.match(after[:_LONGEST_WORD])
        if word is not None and rest is not None:
            whole = (word.group(1) + rest.group(0)).casefold()
            hyphenated = (word.group(1) + "-" + rest.group(0)).casefold()
            if spelled[whole] and not spelled[hyphenated]:
                return before[:-1], ""
        return before, ""  # "fast-tracked", "Smith-Jones", "10-20"
    if unspaced(last) and unspaced(first):
        return before, ""
    return before, " "
