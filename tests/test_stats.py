"""Per-code counts, against values worked out by hand."""

from __future__ import annotations

import random

from qcode.analysis.intervals import union_length
from qcode.analysis.stats import code_stats
from qcode.core.project import Project
from qcode.io.base import ImportedDocument


def test_union_length_hand_cases() -> None:
    assert union_length([]) == 0
    assert union_length([(0, 10)]) == 10
    assert union_length([(0, 10), (5, 20)]) == 20  # overlap counted once
    assert union_length([(0, 10), (10, 20)]) == 20  # touching
    assert union_length([(0, 10), (2, 3), (15, 16)]) == 11  # nested, then apart


def test_union_length_matches_a_character_set() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = sorted(
            (s, s + rng.randint(1, 30)) for s in (rng.randint(0, 200) for _ in range(12))
        )
        covered = {i for start, end in spans for i in range(start, end)}
        assert union_length(spans) == len(covered)


def test_code_stats_by_hand(project: Project) -> None:
    d1, d2 = project.add_documents(
        [
            ImportedDocument("One", "x" * 100, "1.txt", "text"),
            ImportedDocument("Two", "y" * 100, "2.txt", "text"),
        ]
    )
    harms = project.create_code("Harms")
    fear = project.create_code("Fear", harms)
    project.create_code("Unused")
    project.apply_code(d1, harms, 0, 10)
    project.apply_code(d1, harms, 5, 15)  # overlaps: 15 distinct characters in One
    project.apply_code(d1, harms, 5, 15, coder="Chen")  # same span, other coder: counted once
    project.apply_code(d2, harms, 50, 60)  # 10 more in Two
    project.apply_code(d2, fear, 0, 1)
    stats = {s.code: s for s in code_stats(project)}
    assert list(stats) == ["Harms", "Harms/Fear", "Unused"]
    assert (stats["Harms"].segments, stats["Harms"].documents, stats["Harms"].characters) == (
        4,
        2,
        25,
    )
    assert (
        stats["Harms/Fear"].segments,
        stats["Harms/Fear"].documents,
        stats["Harms/Fear"].characters,
    ) == (1, 1, 1)
    assert (stats["Unused"].segments, stats["Unused"].characters) == (0, 0)
