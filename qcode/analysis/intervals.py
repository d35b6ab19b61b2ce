"""Interval arithmetic over codings (half-open ``[start, end)`` spans): lengths,
and sets of characters as sorted, disjoint spans with their union,
intersection and difference (used by queries and speaker filters)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Span = tuple[int, int]


def union_length(spans: Iterable[tuple[int, int]]) -> int:
    """Characters covered by the spans, each counted once.

    The spans must be sorted by start; overlapping and touching spans merge.
    """
    total = 0
    run_start = run_end = -1
    for start, end in spans:
        if start > run_end:
            total += run_end - run_start
            run_start, run_end = start, end
        elif end > run_end:
            run_end = end
    total += run_end - run_start
    return total


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
