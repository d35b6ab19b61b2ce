"""Moving positions from one version of a text to another.

When two projects hold the same interview with slightly different texts (a
typo fixed, a sentence added), codings made on one text are carried over to
the other by a diff.  A character diff is quadratic and takes minutes on a
50,000-character transcript, so the texts are compared in three rounds:
sentences first (they rarely repeat, so this is fast), then the tokens of
each changed stretch of sentences, then the characters of each small changed
stretch of tokens, so that a coding ending inside a corrected word still
lands on the corrected word.

A token is one CJK character (Chinese has no spaces to split words at), a
run of other letters and digits, or one other character; whitespace stays
with the unit before it.  Keeping whitespace separate would make " " most
of the tokens, and :class:`difflib.SequenceMatcher` (which must run without
its "autojunk" heuristic to be exact) slows down with the square of how
often a unit repeats.

Positions are Unicode code points.  Inside an equal stretch a position maps
exactly; inside a changed stretch it goes to the nearer edge of the
corresponding stretch of the new text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from difflib import SequenceMatcher
from itertools import pairwise
from typing import NamedTuple

_CJK = (
    "\u2e80-\u2fff\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff"
)
_TOKEN = re.compile(rf"(?:[{_CJK}]|[^\W{_CJK}]+|[^\w\s]|\s+)\s*")
_END = ".!?。！？\n"
_SENTENCE = re.compile(rf"[^{_END}]*(?:[.!?。！？]+|\n)\s*|[^{_END}]+$")

# A changed stretch is compared again at the next, finer level only when it
# is small enough for that to stay fast: its length in characters on one side
# times the other's at most this.
_TOKEN_LIMIT = 20_000 * 20_000
_CHARACTER_LIMIT = 2_000 * 2_000


class Block(NamedTuple):
    """A stretch of the old text and the stretch of the new text it became."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int
    equal: bool


Splitter = Callable[[str], list[str]]


def sentences(text: str) -> list[str]:
    """Sentences and lines, each with the whitespace after it; they cover the text."""
    return _SENTENCE.findall(text)


def tokens(text: str) -> list[str]:
    """Words, CJK characters and other characters, each with the whitespace
    after it; they cover the text."""
    return _TOKEN.findall(text)


_LEVELS: tuple[tuple[Splitter, int], ...] = (
    (sentences, 0),
    (tokens, _TOKEN_LIMIT),
    (list, _CHARACTER_LIMIT),
)


def diff_blocks(old: str, new: str) -> list[Block]:
    """Blocks that tile both texts in order (inserted text has an empty old
    stretch, deleted text an empty new one)."""
    return _diff(old, new, Block(0, len(old), 0, len(new), False), 0)


def _diff(old: str, new: str, region: Block, level: int) -> list[Block]:
    split, _ = _LEVELS[level]
    old_units = split(old[region.old_start : region.old_end])
    new_units = split(new[region.new_start : region.new_end])
    old_starts = _offsets(old_units, region.old_start)
    new_starts = _offsets(new_units, region.new_start)
    matcher = SequenceMatcher(None, old_units, new_units, autojunk=False)
    matches = _slide(
        [[0, 0, 0], *([*m] for m in matcher.get_matching_blocks())], old_units, new_units
    )
    blocks: list[Block] = []
    i = j = 0
    for match_i, match_j, size in matches:
        if i < match_i or j < match_j:
            changed = Block(
                old_starts[i], old_starts[match_i], new_starts[j], new_starts[match_j], False
            )
            blocks.extend(_finer(old, new, changed, level))
        if size:
            i, j = match_i + size, match_j + size
            blocks.append(
                Block(old_starts[match_i], old_starts[i], new_starts[match_j], new_starts[j], True)
            )
        else:
            i, j = match_i, match_j
    return blocks


def _finer(old: str, new: str, changed: Block, level: int) -> list[Block]:
    """A changed stretch compared at the next level, when there is one and
    the stretch is neither one-sided nor too big for it."""
    size = (changed.old_end - changed.old_start) * (changed.new_end - changed.new_start)
    if level + 1 == len(_LEVELS) or size == 0 or size > _LEVELS[level + 1][1]:
        return [changed]
    return _diff(old, new, changed, level + 1)


def _offsets(units: list[str], start: int) -> list[int]:
    offsets = [start]
    for unit in units:
        offsets.append(offsets[-1] + len(unit))
    return offsets


def _slide(matches: list[list[int]], old: list[str], new: list[str]) -> list[list[int]]:
    """Move each pure insertion or deletion as far right as it can go.

    Where text was inserted next to text like it ("met. It was late. I"),
    the matcher may pair the old ". " with either ". "; sliding right pairs it
    with the first, so a coding of "We met." does not swallow the new
    sentence.  Insertions then start where sentences and words start.
    """
    for before, after in pairwise(matches):
        old_gap = after[0] - (before[0] + before[2])
        new_gap = after[1] - (before[1] + before[2])
        if (old_gap == 0) == (new_gap == 0):
            continue
        changed, first = (
            (new, before[1] + before[2]) if old_gap == 0 else (old, before[0] + before[2])
        )
        moved = after[1] if old_gap == 0 else after[0]
        while after[2] > 0 and changed[first] == changed[moved]:
            before[2] += 1
            after[0] += 1
            after[1] += 1
            after[2] -= 1
            first += 1
            moved += 1
    return matches


class Reanchor:
    """Maps spans of ``old`` onto ``new``."""

    def __init__(self, old: str, new: str) -> None:
        self.old_length = len(old)
        self.new_length = len(new)
        # Only blocks with old text can hold a position; an insertion between
        # two of them is skipped over by both of its neighbours.
        self._blocks = [block for block in diff_blocks(old, new) if block.old_end > block.old_start]
        self._starts = [block.old_start for block in self._blocks]
        self._ends = [block.old_end for block in self._blocks]
        self.equal_characters = sum(b.old_end - b.old_start for b in self._blocks if b.equal)

    @property
    def similarity(self) -> float:
        """The share of the old text found unchanged in the new one."""
        return self.equal_characters / self.old_length if self.old_length else 1.0

    def start(self, position: int) -> int:
        """Where a span starting at ``position`` starts in the new text."""
        if position >= self.old_length:
            return self.new_length
        block = self._blocks[bisect_right(self._starts, position) - 1]
        if block.equal:
            return block.new_start + position - block.old_start
        if position - block.old_start <= block.old_end - position:
            return block.new_start
        return block.new_end

    def end(self, position: int) -> int:
        """Where a span ending at ``position`` (exclusive) ends in the new text."""
        if position <= 0:
            return 0
        block = self._blocks[bisect_left(self._ends, position)]
        if block.equal:
            return block.new_start + position - block.old_start
        if block.old_end - position <= position - block.old_start:
            return block.new_end
        return block.new_start

    def unchanged(self, start: int, end: int) -> int:
        """How many characters of ``old[start:end]`` are in equal blocks."""
        count = 0
        index = bisect_right(self._ends, start)
        while index < len(self._blocks) and self._blocks[index].old_start < end:
            block = self._blocks[index]
            if block.equal:
                count += min(end, block.old_end) - max(start, block.old_start)
            index += 1
        return count

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The span in the new text, or ``None`` when it cannot be placed:
        it would be empty, or less than half of it is unchanged text."""
        new_start, new_end = self.start(start), self.end(end)
        if new_end <= new_start or 2 * self.unchanged(start, end) < end - start:
            return None
        return new_start, new_end
