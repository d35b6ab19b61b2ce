"""Interval arithmetic over codings (half-open ``[start, end)`` spans)."""

from __future__ import annotations

from collections.abc import Iterable


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
