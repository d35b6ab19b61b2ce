"""Code points ↔ Qt's UTF-16 units, and the geometry of highlights (no Qt needed)."""

from __future__ import annotations

import random

from qcode.gui.coding.highlights import coverage, mix, stripe_columns
from qcode.gui.widgets.positions import PositionMap
from qcode.model import Coding


def _utf16(text: str, index: int) -> int:
    """Independent reference: UTF-16 length of the prefix."""
    return len(text[:index].encode("utf-16-le")) // 2


def test_round_trip_around_astral_characters() -> None:
    text = "𠮷野家 😀😀 社会信用\nCRLF-born line 😀 end"
    positions = PositionMap(text)
    assert positions.qt_length == len(text.encode("utf-16-le")) // 2
    for index in range(len(text) + 1):
        qt = positions.to_qt(index)
        assert qt == _utf16(text, index)
        assert positions.from_qt(qt) == index


def test_inside_a_surrogate_pair_snaps_after_the_character() -> None:
    positions = PositionMap("a😀b")
    assert positions.from_qt(2) == 2  # between the two halves of 😀 → after it


def test_random_texts_agree_with_utf16_encoding() -> None:
    rng = random.Random(3)
    alphabet = ["a", "é", "中", "𠮷", "😀", "\n", " "]
    for _ in range(100):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        positions = PositionMap(text)
        for index in range(len(text) + 1):
            assert positions.to_qt(index) == _utf16(text, index)


def _coding(i: int, code: int, start: int, end: int) -> Coding:
    return Coding(i, f"u{i}", 1, code, start, end, 1, "")


def test_coverage_runs_by_hand() -> None:
    codings = [_coding(1, 10, 0, 10), _coding(2, 20, 5, 15), _coding(3, 10, 12, 20)]
    assert coverage(codings) == [
        (0, 5, (10,)),
        (5, 10, (10, 20)),
        (10, 12, (20,)),
        (12, 15, (20, 10)),
        (15, 20, (10,)),
    ]
    # Touching codings of one code make one run; uncovered text makes none.
    assert coverage([_coding(1, 1, 0, 5), _coding(2, 1, 5, 8), _coding(3, 1, 10, 12)]) == [
        (0, 8, (1,)),
        (10, 12, (1,)),
    ]


def test_stripe_columns_never_share_between_overlaps() -> None:
    rng = random.Random(11)
    codings = [
        _coding(i, 1, s, s + rng.randint(1, 50))
        for i, s in enumerate(rng.randint(0, 300) for _ in range(60))
    ]
    columns = stripe_columns(codings)
    for a in codings:
        for b in codings:
            if a.id < b.id and a.start < b.end and b.start < a.end:
                assert columns[a.id] != columns[b.id]
    # As few columns as the deepest overlap needs.
    depth = max(sum(1 for c in codings if c.start <= p < c.end) for p in range(400))
    assert max(columns.values()) + 1 == depth


def test_mix_darkens_overlaps() -> None:
    red = (255, 0, 0)
    one = mix([red])
    two = mix([red, red])
    assert one == (255, 166, 166)  # 255·0.65 + 0·0.35 = 165.75 → 166
    assert sum(two) < sum(one)
