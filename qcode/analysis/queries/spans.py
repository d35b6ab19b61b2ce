"""Sets of characters as sorted, disjoint ``[start, end)`` spans, and the
operations a query needs on them.  Every function takes spans sorted by start
and returns them so; "merged" spans are also disjoint and never touch."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

Span = tuple[int, int]


def merged(spans: Iterable[Span]) -> list[Span]:
    """The union of ``spans`` (sorted by start) as maximal runs; touching
    spans join (``[0, 3)`` and ``[3, 5)`` make ``[0, 5)``)."""
    runs: list[Span] = []
    for start, end in spans:
        if runs and start <= runs[-1][1]:
            if end > runs[-1][1]:
                runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def union(left: Sequence[Span], right: Sequence[Span]) -> list[Span]:
    """Characters in either (both merged)."""
    both = sorted([*left, *right])
    return merged(both)


def intersection(left: Sequence[Span], right: Sequence[Span]) -> list[Span]:
    """Characters in both (both merged)."""
    result: list[Span] = []
    i = j = 0
    while i < len(left) and j < len(right):
        start = max(left[i][0], right[j][0])
        end = min(left[i][1], right[j][1])
        if start < end:
            result.append((start, end))
        if left[i][1] < right[j][1]:
            i += 1
        else:
            j += 1
    return merged(result)


def difference(left: Sequence[Span], right: Sequence[Span]) -> list[Span]:
    """Characters in ``left`` and not in ``right`` (both merged)."""
    result: list[Span] = []
    j = 0
    for start, end in left:
        while j < len(right) and right[j][1] <= start:
            j += 1
        current = start
        k = j
        while k < len(right) and right[k][0] < end:
            if right[k][0] > current:
                result.append((current, right[k][0]))
            current = max(current, right[k][1])
            k += 1
        if current < end:
            result.append((current, end))
    return result


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
