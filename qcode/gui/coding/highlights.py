"""Geometry of codings in a document view, computed without Qt.

* :func:`coverage` cuts the text into runs covered by the same set of codes
  (a sweep over start and end points), so overlapping codings can be drawn
  as mixed shading, each run once.
* :func:`stripe_columns` gives each coding a column in the margin so that
  codings that overlap never share one (greedy interval partitioning: the
  fewest columns possible), as MAXQDA and NVivo draw coding stripes.
* :func:`mix` blends highlight colours.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from qcode.model import Coding


def coverage(codings: Sequence[Coding]) -> list[tuple[int, int, tuple[int, ...]]]:
    """Runs ``(start, end, code_ids)`` of constant coverage, in text order.

    ``code_ids`` lists each covering code once, in the order the codes were
    first applied there; uncovered text yields no run.
    """
    events: list[tuple[int, int, int]] = []  # (position, +1/-1, code id)
    for coding in codings:
        events.append((coding.start, 1, coding.code_id))
        events.append((coding.end, -1, coding.code_id))
    events.sort(key=lambda event: (event[0], event[1]))
    runs: list[tuple[int, int, tuple[int, ...]]] = []
    active: dict[int, int] = {}  # code id -> how many of its codings cover here
    position = 0
    for point, delta, code_id in events:
        if point > position and active:
            run = tuple(active)
            if runs and runs[-1][1] == position and runs[-1][2] == run:
                runs[-1] = (runs[-1][0], point, run)
            else:
                runs.append((position, point, run))
        position = point
        if delta > 0:
            active[code_id] = active.get(code_id, 0) + 1
        else:
            remaining = active[code_id] - 1
            if remaining:
                active[code_id] = remaining
            else:
                del active[code_id]
    return runs


def stripe_columns(codings: Sequence[Coding]) -> dict[int, int]:
    """Coding id → margin column; overlapping codings get different columns."""
    columns: dict[int, int] = {}
    busy: list[tuple[int, int]] = []  # heap of (end, column) of columns in use
    free: list[int] = []  # heap of freed columns
    next_column = 0
    for coding in sorted(codings, key=lambda c: (c.start, -c.end, c.id)):
        while busy and busy[0][0] <= coding.start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            column = heapq.heappop(free)
        else:
            column = next_column
            next_column += 1
        columns[coding.id] = column
        heapq.heappush(busy, (coding.end, column))
    return columns


def mix(colors: Sequence[tuple[int, int, int]], strength: float = 0.35) -> tuple[int, int, int]:
    """The shade for text under these code colours, over a white page.

    One code: its colour at ``strength``.  More codes: their average, a
    little stronger for each extra code, so overlaps read as darker.
    """
    if not colors:
        return (255, 255, 255)
    alpha = min(0.75, strength + 0.12 * (len(colors) - 1))
    channels = [sum(color[i] for color in colors) / len(colors) for i in range(3)]
    r, g, b = (round(255 * (1 - alpha) + value * alpha) for value in channels)
    return (r, g, b)
