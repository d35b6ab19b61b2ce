"""Code co-occurrence: hand cases (overlap, touching, near by paragraph and by
speaker turn) and random projects checked against a plain per-pair loop."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from qcode.analysis.cooccurrence import cooccurrence
from qcode.analysis.filters import Filters
from qcode.core.project import Project
from qcode.io.base import ImportedDocument, SpeakerTurn
from tests.test_analysis_frequencies import build

TURNS = "Liu: we were listed.\nLiu: no notice.\nWang: I see.\nWang: go on."


@pytest.fixture
def coded(tmp_path: Path) -> Iterator[Project]:
    project = build(tmp_path / "p.qcode")
    yield project
    project.close()


def _matrix(project: Project, near: bool = False, **names: list[str]) -> dict[tuple[str, str], int]:
    filters = Filters.from_names(project, **names)  # type: ignore[arg-type]
    found = cooccurrence(project, filters, near=near)
    assert all(found.counts[i][i] is None for i in range(len(found.codes)))
    for i, row in enumerate(found.counts):
        for j, count in enumerate(row):
            assert count == found.counts[j][i]  # symmetric
    return {(x, y): n for x, y, n in found.pairs()}


def test_overlapping_codings_only(coded: Project) -> None:
    # Only Travel [45,64) and Rail [51,56) overlap; Remedy's two codings overlap
    # each other, but one code with itself never counts.
    assert _matrix(coded) == {("Harms/Travel", "Harms/Travel/Rail"): 1}


def test_near_counts_codings_in_one_paragraph(coded: Project) -> None:
    assert _matrix(coded, near=True) == {
        # Interview 1, first line: two Harms codings, Travel and Rail.
        ("Harms", "Harms/Travel"): 2 + 1,  # ... and in interview 2 (one paragraph)
        ("Harms", "Harms/Travel/Rail"): 2,
        ("Harms", "Remedy"): 2,  # interview 2 only: Remedy's line is apart in 1
        ("Harms/Travel", "Harms/Travel/Rail"): 1,
        ("Harms/Travel", "Remedy"): 2,
    }


def test_filters_apply(coded: Project) -> None:
    assert _matrix(coded, near=True, coders=["Chen"]) == {
        ("Harms", "Harms/Travel"): 1,
        ("Harms", "Harms/Travel/Rail"): 1,
        ("Harms", "Remedy"): 2,
        ("Harms/Travel", "Harms/Travel/Rail"): 1,
    }
    assert _matrix(coded, near=True, documents=["Interview 2"]) == {
        ("Harms", "Harms/Travel"): 1,
        ("Harms", "Remedy"): 2,
        ("Harms/Travel", "Remedy"): 2,
    }
    found = cooccurrence(coded, Filters.from_names(coded, codes=["Harms/Travel"]))
    assert [code.name for code in found.codes] == ["Travel", "Rail"]
    assert found.counts == [[None, 1], [1, None]]


def test_touching_is_not_overlapping_and_turns_make_near(tmp_path: Path) -> None:
    with Project.create(tmp_path / "t.qcode") as project:
        turns = [
            SpeakerTurn("Liu", 0, 36),  # two lines
            SpeakerTurn("Wang", 37, 62),
        ]
        (document,) = project.add_documents(
            [ImportedDocument("Turns", TURNS, "t.txt", "text", turns)]
        )
        a, b, c = (project.create_code(name) for name in "ABC")
        project.apply_code(document, a, 5, 12)  # "we were", line 1
        project.apply_code(document, b, 12, 20)  # " listed." touches A
        project.apply_code(document, c, 26, 35)  # "no notice", line 2, same turn
        project.apply_code(document, a, 43, 48)  # "I see", Wang's turn
        assert TURNS[5:12] == "we were" and TURNS[12:20] == " listed."
        assert TURNS[26:35] == "no notice" and TURNS[43:48] == "I see"
        overlapping = cooccurrence(project)
        assert list(overlapping.pairs()) == []
        near = {(x, y): n for x, y, n in cooccurrence(project, near=True).pairs()}
        # A and B share line 1; C is in Liu's turn with both (another line);
        # A's second coding is in Wang's turn, apart from everything.
        assert near == {("A", "B"): 1, ("A", "C"): 1, ("B", "C"): 1}


# -- random projects against a plain loop -------------------------------------------------


def _random_text(rng: random.Random, length: int) -> str:
    return "".join(rng.choice("ab 𠮷\n") for _ in range(length))


def _paragraph(text: str, position: int) -> tuple[int, int]:
    """The paragraph around ``position``, walked character by character."""
    start = position
    while start > 0 and text[start - 1] != "\n":
        start -= 1
    end = position
    while end < len(text) and text[end] != "\n":
        end += 1
    return start, end


def _widened(text: str, turns: list[SpeakerTurn], start: int, end: int) -> tuple[int, int]:
    """The docstring's rule, spelled out without any of the module's code."""
    low, high = start, end
    if text[start] != "\n":
        low = min(low, _paragraph(text, start)[0])
    if text[end - 1] != "\n":
        high = max(high, _paragraph(text, end - 1)[1])
    for turn in turns:
        for position in (start, end - 1):
            if turn.start <= position < turn.end:
                low, high = min(low, turn.start), max(high, turn.end)
    return low, high


def _brute_force(
    codings: list[tuple[int, str, int, int]],
    texts: dict[int, str],
    turns: dict[int, list[SpeakerTurn]],
    near: bool,
) -> dict[tuple[str, str], int]:
    spans = [
        (doc, code, *(_widened(texts[doc], turns[doc], start, end) if near else (start, end)))
        for doc, code, start, end in codings
    ]
    counts: dict[tuple[str, str], int] = {}
    for i, (doc_a, code_a, start_a, end_a) in enumerate(spans):
        for doc_b, code_b, start_b, end_b in spans[i + 1 :]:
            if doc_a == doc_b and code_a != code_b and start_a < end_b and start_b < end_a:
                key = (min(code_a, code_b), max(code_a, code_b))
                counts[key] = counts.get(key, 0) + 1
    return counts


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_projects_match_a_plain_loop(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    with Project.create(tmp_path / f"r{seed}.qcode") as project:
        imported = []
        for number in range(4):
            text = _random_text(rng, rng.randint(80, 200))
            cuts = sorted(rng.sample(range(1, len(text)), 4))
            turns = [SpeakerTurn(f"S{k}", cuts[k], cuts[k + 1]) for k in range(0, 3, 2)]
            imported.append(ImportedDocument(f"D{number}", text, f"{number}.txt", "text", turns))
        documents = project.add_documents(imported)
        codes = [project.create_code(name) for name in "PQRSTU"]
        codings = []
        for _ in range(120):
            document = rng.choice(documents)
            start = rng.randrange(document.length - 1)
            end = min(document.length, start + rng.randint(1, 25))
            code = rng.choice(codes)
            if project.apply_code(document, code, start, end, coder=rng.choice("XY")):
                codings.append((document.id, code.name, start, end))
        texts = {d.id: project.text(d) for d in documents}
        turns = {d.id: project.speaker_turns(d) for d in documents}
        for near in (False, True):
            expected = _brute_force(codings, texts, turns, near)
            assert expected  # the random project does hold co-occurring codings
            found = {(x, y): n for x, y, n in cooccurrence(project, near=near).pairs()}
            assert found == expected, f"near={near}"
