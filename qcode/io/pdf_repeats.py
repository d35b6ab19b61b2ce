"""Running headers, footers and page numbers: found and left out of a PDF's text.

A report printed from a word processor or a browser repeats its header (a
title, "Confidential", the date) and its footer (a page number, "Page 3 of
12", the file's address) on every page.  Left in, they cut every paragraph
that crosses a page in two and turn up in every search.

A line counts as running if it is among the two highest or the two lowest
lines of its page, set apart from the text by space or by its size, and the
same text (digits aside, since page numbers vary) stands at about the same
height on at least half of the pages, and on two at least.  The import
says what was left out, so the researcher can check.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict

from qcode.io.pdf_lines import Line
from qcode.messages import Message

# Lines this close in height (in ems) share a band; repeats this close are
# "at the same height" (headers move a little with their font's descent).
_SAME_HEIGHT = 1.0
_BAND_LINES = 2  # how many lines from the top, and from the bottom, may run
# A running line stands apart from the text: a gap of more than this many
# ems (body lines are about 1.2 apart), or a size this much different.
_APART = 1.6
_SAME_SIZE = 1.15
_MAX_RUNNING_LENGTH = 200  # a running line is a title or a number, not a paragraph
_SHOWN_LENGTH = 60
_SHOWN_REPEATS = 4
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


def _key(line: Line) -> str:
    """What stays the same on every page: the text without its numbers."""
    return _SPACE.sub(" ", _DIGITS.sub("#", line.text)).strip().casefold()


def _band(lines: list[Line]) -> list[int]:
    """Indexes of the lines at the top and the bottom of a page that stand
    apart from the text between them: by a wider gap than a line's, or by
    their size (a header is a line or two, then space, then the text)."""
    upright = sorted(
        (index for index, line in enumerate(lines) if line.turn == 0),
        key=lambda index: -lines[index].bottom,
    )
    # Lines at about one height (within half an em) form a level, top down.
    levels: list[list[int]] = []
    for index in upright:
        line = lines[index]
        if levels and lines[levels[-1][0]].bottom - line.bottom <= 0.5 * line.size:
            levels[-1].append(index)
        else:
            levels.append([index])
    found: list[int] = []
    for ordered in (levels, levels[::-1]):
        for depth in range(min(_BAND_LINES, len(ordered) - 1)):
            if _apart(lines, ordered[depth], ordered[depth + 1]):
                found.extend(index for level in ordered[: depth + 1] for index in level)
                break
    return found


def _apart(lines: list[Line], level: list[int], inner: list[int]) -> bool:
    size = max(lines[index].size for index in level)
    inner_size = max(lines[index].size for index in inner)
    gap = abs(lines[level[0]].bottom - lines[inner[0]].bottom)
    return gap > _APART * max(size, inner_size) or max(size, inner_size) > _SAME_SIZE * min(
        size, inner_size
    )


def drop_running_lines(pages: list[list[Line]]) -> tuple[list[list[Line]], list[str]]:
    """The pages without their running headers and footers, and one example
    of each text left out (as printed on the first page that has it)."""
    if len(pages) < 2:
        return pages, []
    # key -> (page, line index, height) of every candidate with that text
    seen: dict[str, list[tuple[int, int, float]]] = defaultdict(list)
    for number, lines in enumerate(pages):
        for index in _band(lines):
            line = lines[index]
            if len(line.text) <= _MAX_RUNNING_LENGTH:
                seen[_key(line)].append((number, index, line.bottom))
    needed = max(2, (len(pages) + 1) // 2)
    dropped: dict[int, set[int]] = defaultdict(set)
    examples: list[str] = []
    for places in seen.values():
        if len({page for page, _, _ in places}) < needed:
            continue
        # The largest group at one height (a title that moves is not running).
        heights = sorted(height for _, _, height in places)
        size = max(pages[page][index].size for page, index, _ in places)
        reach = _SAME_HEIGHT * size
        best = max(
            heights,
            key=lambda h: bisect_right(heights, h + reach) - bisect_left(heights, h - reach),
        )
        running = [(page, index) for page, index, height in places if abs(height - best) <= reach]
        if len({page for page, _ in running}) < needed:
            continue
        for page, index in running:
            dropped[page].add(index)
        first_page, first_index = min(running)
        examples.append(pages[first_page][first_index].text)
    if not examples:
        return pages, []
    kept = [
        [line for index, line in enumerate(lines) if index not in dropped[number]]
        for number, lines in enumerate(pages)
    ]
    return kept, examples


def running_lines_warning(examples: list[str], pages: int) -> Message:
    """One line for the import report naming what was left out."""
    shown = [
        '"' + (text if len(text) <= _SHOWN_LENGTH else text[: _SHOWN_LENGTH - 1] + "…") + '"'
        for text in examples[:_SHOWN_REPEATS]
    ]
    listed: str = ", ".join(shown)
    if len(examples) > _SHOWN_REPEATS:
        more = len(examples) - _SHOWN_REPEATS
        listed = Message("{examples}, and {more} more", examples=listed, more=more)
    return Message(
        "left out the running headers, footers and page numbers repeated on most of its "
        "{pages} pages: {examples}",
        pages=pages,
        examples=listed,
    )
