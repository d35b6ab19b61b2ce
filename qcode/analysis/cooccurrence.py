"""Code co-occurrence: which codes are applied to the same passages.

For two different codes X and Y, the count is the number of pairs (a coding
of X, a coding of Y) in the same document whose spans share at least one
character: ``[a, b)`` and ``[c, d)`` co-occur when ``a < d and c < b``.  Spans
that only touch (``b == c``) do not.  Two codings of the same code never
count, and each pair counts once, so the matrix is symmetric; its diagonal
is empty (``None``).

**Near** (``near=True``) also counts codings that are close without
overlapping.  Each coding is first widened:

* to the whole paragraph(s) it touches: from the start of the paragraph
  holding its first character to the end of the paragraph holding its last
  (a paragraph is the text between two ``"\\n"`` line breaks; the breaks
  belong to neither);
* in a document with speaker turns, also to the whole turn(s) holding its
  first and last characters;

and two codings are near when their widened spans share a character.  So two
codings in one paragraph, or in one speaker's turn, are near; codings in
neighbouring paragraphs of different speakers are not.  Overlapping codings
are always near.

How: per document, codings sorted by start are swept with the set of codings
still open (a heap by end), so the work grows with the number of codings and
of co-occurring pairs, never with all pairs of codings.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from qcode.analysis.filters import Filters
from qcode.core.project import Project
from qcode.model import Code, SpeakerTurn


@dataclass(frozen=True)
class Cooccurrence:
    """A symmetric code × code matrix of co-occurrence counts."""

    codes: list[Code]  # rows and columns, in codebook order
    paths: list[str]
    depths: list[int]
    counts: list[list[int | None]]  # counts[i][j]; None on the diagonal
    near: bool

    def pairs(self) -> Iterator[tuple[str, str, int]]:
        """(path X, path Y, count) for every pair of codes that co-occur,
        each pair once."""
        for i, row in enumerate(self.counts):
            for j in range(i + 1, len(row)):
                count = row[j]
                if count:
                    yield self.paths[i], self.paths[j], count

    def as_json(self) -> dict[str, Any]:
        return {
            "near": self.near,
            "codes": self.paths,
            "counts": self.counts,
        }


def cooccurrence(
    project: Project, filters: Filters | None = None, *, near: bool = False
) -> Cooccurrence:
    """Co-occurrence counts of every pair of codes in scope (see the module)."""
    scope = (filters or Filters()).resolve(project)
    codes = scope.codes()
    index = {code.id: i for i, code in enumerate(codes)}
    size = len(codes)
    # found[i][j]: pairs where the coding of code i started no earlier than
    # the coding of code j; the two halves are added up at the end.
    found = [[0] * size for _ in range(size)]
    reader = project.reader.coding_sweep(scope.code_ids, scope.coder_ids, scope.origins)
    for document in scope.documents:
        kept = scope.kept_text(project, document)
        if kept is not None and kept.empty:
            continue
        spans = [
            (start, end, index[code])
            for code, start, end, _coder in reader.spans(document.id)
            if kept is None or kept.holds(start)
        ]
        if not spans:
            continue
        if near:
            text = project.text(document)
            spans = sorted(widen(text, project.speaker_turns(document), spans))
        _sweep(spans, found)
    counts: list[list[int | None]] = [
        [None if i == j else found[i][j] + found[j][i] for j in range(size)] for i in range(size)
    ]
    return Cooccurrence(
        codes,
        [scope.codebook.path(code.id) for code in codes],
        [scope.codebook.depth(code.id) for code in codes],
        counts,
        near,
    )


def _sweep(spans: list[tuple[int, int, int]], found: list[list[int]]) -> None:
    """Count overlapping pairs of different codes; ``spans`` sorted by start."""
    open_spans: list[tuple[int, int]] = []  # heap of (end, code index)
    for start, end, code in spans:
        while open_spans and open_spans[0][0] <= start:
            heapq.heappop(open_spans)
        if open_spans:
            row = found[code]
            for _end, other in open_spans:
                if other != code:
                    row[other] += 1
        heapq.heappush(open_spans, (end, code))


def widen(
    text: str, turns: list[SpeakerTurn], spans: list[tuple[int, int, int]]
) -> Iterator[tuple[int, int, int]]:
    """Each (start, end, code) widened to its paragraphs and speaker turns."""
    turn_starts = [turn.start for turn in turns]
    for start, end, code in spans:
        last = end - 1  # the last character of the span
        # A line break belongs to no paragraph: a span starting on one is not widened.
        on_break = text[start : start + 1] == "\n"
        wide_start = start if on_break else text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", last)
        wide_end = max(end, len(text) if line_end < 0 else line_end)
        for position in (start, last):
            i = bisect_right(turn_starts, position) - 1
            if i >= 0 and turns[i].start <= position < turns[i].end:
                wide_start = min(wide_start, turns[i].start)
                wide_end = max(wide_end, turns[i].end)
        yield wide_start, wide_end, code
