"""Sets of characters as sorted, disjoint ``[start, end)`` spans, and the
operations a query needs on them.  Every function takes spans sorted by start
and returns them so; "merged" spans are also disjoint and never touch."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

# The set operations (shared with the speaker filters) live with the rest of
# the interval arithmetic; a query calls them through this module.
from qcode.analysis.intervals import Span, difference, intersection, merged, union

__all__ = ["Span", "difference", "intersection", "merged", "near", "sharing_a_unit", "union"]


def near(candidates: Sequence[Span], others: Sequence[Span], distance: int) -> list[Span]:
    """The ``candidates`` (whole, sorted by start, may overlap) that lie
    within ``distance`` characters of some span of ``others`` (merged); a
    span that touches or overlaps one is at distance 0."""
    if not others:
        return []
    ends = [end for _, end in others]
    kept: list[Span] = []
    for start, end in candidates:
        # The nearest others: the first one ending after start - distance.
        index = bisect_right(ends, start - distance - 1)
        if index < len(others) and others[index][0] <= end + distance:
            kept.append((start, end))
    return kept


def sharing_a_unit(
    candidates: Sequence[Span], others: Sequence[Span], units: Sequence[Span]
) -> list[Span]:
    """The ``candidates`` that share a unit (a sentence, a paragraph, a
    speaker turn: ``units``, sorted and disjoint) with a span of ``others``:
    some unit has characters of both."""
    starts = [start for start, _ in units]
    ends = [end for _, end in units]

    def touched(span: Span) -> range:
        # Units [us, ue) with us < span end and ue > span start.
        return range(bisect_right(ends, span[0]), bisect_left(starts, span[1]))

    shared = {index for span in others for index in touched(span)}
    if not shared:
        return []
    return [span for span in candidates if any(i in shared for i in touched(span))]
