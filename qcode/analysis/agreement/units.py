"""The units and interval sweeps behind inter-coder agreement.

Everything here works on whole arrays of codings at once (numpy), never
character by character:

* :func:`unions` merges each coder's codings of a code in a document into
  disjoint runs, so overlapping codings never count twice;
* :func:`coverage` sweeps those runs and measures, for every set of coders,
  how many units exactly that set covered (a set of coders is a bit mask:
  bit ``i`` is the ``i``-th coder);
* :func:`to_unit_ranges` turns character spans into ranges of the units
  they touch (the sentences or paragraphs of :mod:`qcode.analysis.text_units`),
  so the same sweep counts sentences or paragraphs;
* :func:`best_overlaps` matches codings for the segment unit.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from qcode.analysis.text_units import Array, empty

# -- from characters to units ----------------------------------------------------------


def to_unit_ranges(
    document: Array, start: Array, end: Array, bounds: Sequence[tuple[Array, Array]]
) -> tuple[Array, Array, npt.NDArray[np.bool_]]:
    """Character spans → ranges ``[first, last + 1)`` of the units they touch.

    ``bounds[d]`` holds the (sorted, disjoint) unit starts and ends of
    document ``d``; ``document`` gives each span's document.  A unit is
    touched when it shares at least one character with the span.  Returns
    the ranges (unit numbers within the document) and which spans touch any
    unit at all (a span of white space between units touches none).
    """
    lengths = np.asarray([int(ends[-1]) if len(ends) else 0 for _s, ends in bounds], np.int64)
    counts = np.asarray([len(starts) for starts, _e in bounds], dtype=np.int64)
    # Lay the documents end to end so one search serves them all.
    char_offset = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]]).astype(np.int64)
    unit_offset = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
    all_starts = np.concatenate([s + o for (s, _e), o in zip(bounds, char_offset, strict=True)])
    all_ends = np.concatenate([e + o for (_s, e), o in zip(bounds, char_offset, strict=True)])
    # A span past a document's last unit must not reach into the next document.
    start = np.minimum(start, lengths[document])
    end = np.minimum(end, lengths[document])
    first = np.searchsorted(all_ends, char_offset[document] + start, side="right")
    past = np.searchsorted(all_starts, char_offset[document] + end, side="left")
    touched = past > first
    return (
        (first - unit_offset[document]).astype(np.int64),
        (past - unit_offset[document]).astype(np.int64),
        touched,
    )


# -- sweeps ---------------------------------------------------------------------------


def unions(group: Array, start: Array, end: Array) -> tuple[Array, Array, Array]:
    """Merge the spans of each group into disjoint runs.

    The input is sorted by (group, start) and groups are numbers ≥ 0;
    overlapping or touching spans of a group merge.  Returns the group,
    start and end of each run, in the same order.
    """
    if len(start) == 0:
        return empty(), empty(), empty()
    # Lift each group above the one before, so one running maximum of the
    # ends serves every group without mixing them.
    scale = int(end.max()) + 1
    offset = group * scale
    lifted_start = offset + start
    reach = np.maximum.accumulate(offset + end)
    begins = np.empty(len(start), dtype=bool)
    begins[0] = True
    begins[1:] = lifted_start[1:] > reach[:-1]
    first = np.flatnonzero(begins)
    last = np.append(first[1:] - 1, len(start) - 1)
    return group[first], start[first], reach[last] - offset[first]


def coverage(group: Array, coder: Array, start: Array, end: Array) -> tuple[Array, Array, Array]:
    """How many units each set of coders covered, per group.

    The runs must be disjoint per (group, coder), as :func:`unions` makes
    them.  Returns (group, coder mask, units) for every group and non-empty
    set of coders that covered some units there: a unit counts for exactly
    the set of coders whose runs hold it.
    """
    if len(start) == 0:
        return empty(), empty(), empty()
    scale = int(end.max()) + 1
    position = np.concatenate([group * scale + start, group * scale + end])
    bit = np.left_shift(np.int64(1), coder).astype(np.int64)
    change = np.concatenate([bit, -bit])
    order = np.argsort(position, kind="stable")
    position, change = position[order], change[order]
    mask = np.cumsum(change)[:-1]
    length = np.diff(position)
    keep = (mask != 0) & (length > 0)
    # Between groups every run has ended, so the mask there is 0 and dropped.
    return position[:-1][keep] // scale, mask[keep], length[keep]


def totals(key: Array, mask: Array, length: Array, coders: int) -> dict[int, dict[int, int]]:
    """Sum ``length`` per (key, mask): ``{key: {mask: units}}``."""
    if len(key) == 0:
        return {}
    combined = key * (np.int64(1) << coders) + mask
    unique, inverse = np.unique(combined, return_inverse=True)
    sums = np.bincount(inverse.ravel(), weights=length.astype(np.float64))
    result: dict[int, dict[int, int]] = {}
    for value, total in zip(unique.tolist(), np.rint(sums).astype(np.int64).tolist(), strict=True):
        result.setdefault(value >> coders, {})[value & ((1 << coders) - 1)] = total
    return result


# -- the segment unit -----------------------------------------------------------------


def best_overlaps(
    spans: Sequence[tuple[int, int]], others: Sequence[tuple[int, int]]
) -> list[float]:
    """For each span, the best intersection over union with any of ``others``
    (0.0 when it overlaps none)."""
    if not others:
        return [0.0] * len(spans)
    if len(spans) * len(others) <= 256:
        return [max(_overlap(span, other) for other in others) for span in spans]
    a = np.asarray(spans, dtype=np.int64)
    b = np.asarray(others, dtype=np.int64)
    best: list[float] = []
    rows = max(1, 1_000_000 // len(b))
    for begin in range(0, len(a), rows):
        chunk = a[begin : begin + rows]
        inter = np.minimum(chunk[:, 1:2], b[:, 1]) - np.maximum(chunk[:, 0:1], b[:, 0])
        inter = np.maximum(inter, 0)
        union = (chunk[:, 1:2] - chunk[:, 0:1]) + (b[:, 1] - b[:, 0]) - inter
        best.extend((inter / union).max(axis=1).tolist())
    return best


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / ((a[1] - a[0]) + (b[1] - b[0]) - inter)


# -- whole projects -------------------------------------------------------------------

Tables = dict[int, dict[int, int]]


@dataclass(frozen=True)
class Codings:
    """Codings as arrays: code, document and coder as numbers from 0 (their
    places in the lists the report uses), and the spans."""

    code: Array
    document: Array
    coder: Array
    start: Array
    end: Array

    @classmethod
    def from_rows(
        cls,
        rows: Sequence[tuple[int, int, int, int, int, int]],
        code_ids: Sequence[int],
        document_ids: Sequence[int],
        coder_ids: Sequence[int],
    ) -> Codings:
        """From (code id, document id, coder id, start, end, coding id) rows."""
        data = np.asarray(rows, dtype=np.int64).reshape(-1, 6)

        def places(column: int, ids: Sequence[int]) -> Array:
            if not ids:
                return empty()
            ranked = np.argsort(np.asarray(ids, dtype=np.int64))
            known = np.asarray(ids, dtype=np.int64)[ranked]
            return ranked[np.searchsorted(known, data[:, column])].astype(np.int64)

        return cls(
            places(0, code_ids),
            places(1, document_ids),
            places(2, coder_ids),
            data[:, 3].copy(),
            data[:, 4].copy(),
        )

    def in_text_order(
        self, rows: npt.NDArray[np.intp]
    ) -> list[tuple[int, int, int, int, int, int]]:
        """(row, code, document, coder, start, end) of these rows, by
        document, start, end, code and coder."""
        keys = (self.coder, self.code, self.end, self.start, self.document)
        picked = rows[np.lexsort(tuple(key[rows] for key in keys))]
        columns = (self.code, self.document, self.coder, self.start, self.end)
        lists = [picked.tolist(), *(column[picked].tolist() for column in columns)]
        return list(zip(*lists, strict=True))


def unit_tables(
    codings: Codings,
    *,
    documents: int,
    coders: int,
    bounds: Sequence[tuple[Array, Array]] | None = None,
) -> tuple[Tables, Tables]:
    """Units covered by each set of coders, per code and per document.

    ``bounds`` (per document) turns characters into sentences or paragraphs.
    Returns ``{code: {mask: units}}`` and ``{document: {mask: units}}``
    (summed over the codes).
    """
    code, document, coder = codings.code, codings.document, codings.coder
    start, end = codings.start, codings.end
    if bounds is not None:
        start, end, touched = to_unit_ranges(document, start, end, bounds)
        code, document, coder = code[touched], document[touched], coder[touched]
        start, end = start[touched], end[touched]
    order = np.lexsort((start, coder, document, code))
    group = ((code * documents + document) * coders + coder)[order]
    run_group, run_start, run_end = unions(group, start[order], end[order])
    pair, mask, length = coverage(run_group // coders, run_group % coders, run_start, run_end)
    return (
        totals(pair // documents, mask, length, coders),
        totals(pair % documents, mask, length, coders),
    )


def segment_bests(codings: Codings, *, coders: int) -> list[float]:
    """For each coding, its best intersection over union with another
    coder's coding of the same code in the same document; with several
    other coders (numbered from 0 to ``coders - 1``), the lowest of those
    bests."""
    best = [0.0] * len(codings.start)
    if not best:
        return best
    order = np.lexsort((codings.start, codings.coder, codings.document, codings.code))
    keys = np.stack([codings.code, codings.document], axis=1)[order]
    breaks = np.flatnonzero(np.any(keys[1:] != keys[:-1], axis=1)) + 1
    edges = [0, *breaks.tolist(), len(order)]
    coder_list = codings.coder.tolist()
    start_list, end_list = codings.start.tolist(), codings.end.tolist()
    order_list = order.tolist()
    for first, last in itertools.pairwise(edges):
        by_coder: dict[int, list[int]] = {}
        for row in order_list[first:last]:
            by_coder.setdefault(coder_list[row], []).append(row)
        for who, rows in by_coder.items():
            spans = [(start_list[row], end_list[row]) for row in rows]
            lowest = [1.0] * len(rows)
            for other in range(coders):
                if other == who:
                    continue
                theirs = [(start_list[row], end_list[row]) for row in by_coder.get(other, [])]
                bests = best_overlaps(spans, theirs)
                lowest = [min(a, b) for a, b in zip(lowest, bests, strict=True)]
            for row, value in zip(rows, lowest, strict=True):
                best[row] = value
    return best


def tally(numbers: Array, matched: npt.NDArray[np.bool_], count: int) -> list[tuple[int, int]]:
    """(matched, all) codings for each of ``count`` codes or documents."""
    every = np.bincount(numbers, minlength=count).tolist()
    agreed = np.bincount(numbers, weights=matched.astype(np.float64), minlength=count)
    return [(round(a), int(n)) for a, n in zip(agreed.tolist(), every, strict=True)]


def regions(
    spans: Mapping[str, Sequence[tuple[int, int]]],
) -> list[tuple[int, int, frozenset[str]]]:
    """The maximal runs where the same non-empty set of coders has spans
    (``spans`` per coder, sorted by start), sorted by start."""
    changes: list[tuple[int, int, str]] = []  # (position, +1 at a start / −1 at an end, coder)
    for name, own in spans.items():
        for start, end in _merged(own):
            changes += [(start, 1, name), (end, -1, name)]
    changes.sort()
    found: list[tuple[int, int, frozenset[str]]] = []
    active: set[str] = set()
    for number, (position, step, name) in enumerate(changes):
        if step > 0:
            active.add(name)
        else:
            active.discard(name)
        following = changes[number + 1][0] if number + 1 < len(changes) else position
        if following == position or not active:
            continue
        current = frozenset(active)
        if found and found[-1][1] == position and found[-1][2] == current:
            found[-1] = (found[-1][0], following, current)
        else:
            found.append((position, following, current))
    return found


def _merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
