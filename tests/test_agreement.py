"""Inter-coder agreement: the statistics, the units, the report.

Expected values are worked out by hand (the arithmetic is written out), taken
from published examples, or computed independently: a plain loop over every
character (or sentence, or paragraph) and the ``krippendorff`` package.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from itertools import combinations

import pytest

from qcode.analysis.agreement.figures import (
    alpha_binary,
    alpha_nominal,
    cohen_kappa_2x2,
    specific_agreement,
)
from qcode.analysis.agreement.report import coding_regions, compute_agreement
from qcode.analysis.text_units import Array, paragraph_bounds, sentence_bounds
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument
from qcode.model import Document


def pairs(bounds: tuple[Array, Array]) -> list[tuple[int, int]]:
    starts, ends = bounds
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def add_document(project: Project, name: str, text: str) -> Document:
    (document,) = project.add_documents([ImportedDocument(name, text, f"{name}.txt", "text")])
    return document


# -- the statistics on counts -----------------------------------------------------------


def test_kappa_from_a_hand_computed_table() -> None:
    # 100 units: 20 coded by both, 10 by A only, 5 by B only, 65 by neither.
    # p_o = (20 + 65)/100 = 0.85; pA = 30/100 = 0.30; pB = 25/100 = 0.25
    # p_e = 0.30·0.25 + 0.70·0.75 = 0.075 + 0.525 = 0.6
    # kappa = (0.85 − 0.6)/(1 − 0.6) = 0.25/0.4 = 0.625
    kappa, reason = cohen_kappa_2x2(20, 10, 5, 65)
    assert kappa == pytest.approx(0.625, abs=1e-12)
    assert reason is None


def test_kappa_is_undefined_when_both_coded_everything_or_nothing() -> None:
    for cells in ((100, 0, 0, 0), (0, 0, 0, 100)):
        kappa, reason = cohen_kappa_2x2(*cells)
        assert kappa is None
        assert reason is not None and "p_e = 1" in reason
    # One coder coded everything, the other nothing: p_e = 1·0 + 0·1 = 0, p_o = 0
    assert cohen_kappa_2x2(0, 100, 0, 0) == (0.0, None)


def test_specific_agreement_by_hand() -> None:
    # 2·3 / (2·3 + 1 + 1) = 6/8
    assert specific_agreement(3, 1, 1) == (0.75, None)
    value, reason = specific_agreement(0, 0, 0)
    assert value is None and reason is not None and "neither" in reason


def test_binary_alpha_by_hand() -> None:
    # 3 coders, 4 units: two coded by nobody, one by one coder, one by all three.
    # n = 4·3 = 12 values; n1 = 1·1 + 3·1 = 4 "coded"; n0 = 8
    # o01 = Σ h_j·j·(m − j)/(m − 1) = 1·1·2/2 = 1
    # alpha = 1 − (n − 1)·o01/(n0·n1) = 1 − 11·1/(8·4) = 1 − 11/32 = 0.65625
    alpha, reason = alpha_binary([2, 1, 0, 1])
    assert alpha == pytest.approx(0.65625, abs=1e-12)
    assert reason is None
    # the same data as values per unit, through the general formula
    units = [{0: 3}, {0: 3}, {0: 2, 1: 1}, {1: 3}]
    assert alpha_nominal(units)[0] == pytest.approx(0.65625, abs=1e-12)


def test_alpha_is_undefined_with_only_one_value() -> None:
    for histogram in ([0, 0, 7], [7, 0, 0]):
        alpha, reason = alpha_binary(histogram)
        assert alpha is None and reason is not None and "one value" in reason


def test_alpha_of_krippendorffs_published_example_with_missing_values() -> None:
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
    # 4 observers × 12 units, nominal data, '*' missing: alpha = 0.743.
    rows = [
        "1 2 3 3 2 1 4 1 2 * * *",
        "1 2 3 3 2 2 4 1 2 5 * 3",
        "* 3 3 3 2 3 4 2 2 5 1 *",
        "1 2 3 3 2 4 4 1 2 5 1 *",
    ]
    table = [row.split() for row in rows]
    units = []
    for unit in range(12):
        values: dict[str, int] = {}
        for observer in table:
            if observer[unit] != "*":
                values[observer[unit]] = values.get(observer[unit], 0) + 1
        units.append(values)
    alpha, reason = alpha_nominal(units)
    assert alpha is not None and round(alpha, 3) == 0.743
    assert reason is None


# -- the documented NVivo example, through a project --------------------------------------


def test_nvivo_example_percent_kappa_alpha_specific(project: Project) -> None:
    # A 1,000-character document: both coders coded the same 50 characters, A
    # coded 100 more, B 50 more, and 800 characters were coded by neither.
    document = add_document(project, "One", "x" * 1000)
    code = project.create_code("Harms")
    project.apply_code(document, code, 0, 150, coder="A")  # 0–50 shared, 50–150 A only
    project.apply_code(document, code, 0, 50, coder="B")
    project.apply_code(document, code, 150, 200, coder="B")  # B only

    report = compute_agreement(project, ["A", "B"])
    overall = report.overall
    assert (overall.units, overall.both, overall.some, overall.neither) == (1000, 50, 150, 800)
    # (50 + 800)/1000 = 85 %
    assert overall.percent_agreement == pytest.approx(85.0, abs=1e-9)
    # pA = 150/1000 = 0.15, pB = 100/1000 = 0.10, p_o = 0.85
    # p_e = 0.15·0.10 + 0.85·0.90 = 0.015 + 0.765 = 0.78
    # kappa = (0.85 − 0.78)/(1 − 0.78) = 0.07/0.22
    assert overall.kappa == pytest.approx(0.07 / 0.22, abs=1e-9)
    # specific: 2·50/(2·50 + 100 + 50) = 100/250
    assert overall.specific_agreement == pytest.approx(0.4, abs=1e-12)
    # alpha: n = 2000 values, n1 = 150 + 100 = 250, n0 = 1750, o01 = 150
    # alpha = 1 − 1999·150/(1750·250)
    assert overall.alpha == pytest.approx(1 - 1999 * 150 / (1750 * 250), abs=1e-12)
    assert overall.reasons == {}
    assert [row.code for row in report.codes] == ["Harms"]
    assert report.codes[0].figures == overall
    assert report.by_document[0].figures == overall


def test_a_coders_overlapping_codings_count_once(project: Project) -> None:
    document = add_document(project, "One", "x" * 400)
    code = project.create_code("Harms")
    project.apply_code(document, code, 0, 100, coder="A")
    project.apply_code(document, code, 50, 150, coder="A")  # A covers 0–150 once
    project.apply_code(document, code, 0, 150, coder="B")
    figures = compute_agreement(project, ["A", "B"]).overall
    assert (figures.both, figures.some, figures.neither) == (150, 0, 250)
    assert figures.percent_agreement == 100.0
    assert figures.kappa == pytest.approx(1.0)


def test_overall_pools_the_counts_of_all_codes(project: Project) -> None:
    document = add_document(project, "One", "x" * 1000)
    same = project.create_code("Same")
    alone = project.create_code("Alone")
    project.apply_code(document, same, 0, 100, coder="A")
    project.apply_code(document, same, 0, 100, coder="B")
    project.apply_code(document, alone, 0, 10, coder="A")
    report = compute_agreement(project, ["A", "B"])
    by_code = {row.code: row.figures for row in report.codes}
    assert by_code["Same"].kappa == pytest.approx(1.0)
    # Alone: pA = 0.01, pB = 0, p_e = 0.99, p_o = 0.99 → kappa 0
    assert by_code["Alone"].kappa == pytest.approx(0.0, abs=1e-12)
    # Pooled: 2000 units; both 100, A only 10, neither 1890.
    # p_o = 1990/2000 = 0.995; pA = 110/2000 = 0.055; pB = 100/2000 = 0.05
    # p_e = 0.055·0.05 + 0.945·0.95 = 0.00275 + 0.89775 = 0.9005
    # kappa = (0.995 − 0.9005)/(1 − 0.9005) = 0.0945/0.0995 (not the mean, 0.5)
    overall = report.overall
    assert overall.units == 2000
    assert overall.percent_agreement == pytest.approx(99.5)
    assert overall.kappa == pytest.approx(0.0945 / 0.0995, abs=1e-9)


def test_undefined_figures_say_why(project: Project) -> None:
    document = add_document(project, "One", "x" * 100)
    code = project.create_code("Everything")
    project.apply_code(document, code, 0, 100, coder="A")
    project.apply_code(document, code, 0, 100, coder="B")
    figures = compute_agreement(project, ["A", "B"]).overall
    assert figures.percent_agreement == 100.0
    assert figures.kappa is None and "p_e = 1" in figures.reasons["kappa"]
    assert figures.alpha is None and "one value" in figures.reasons["alpha"]
    assert figures.specific_agreement == 1.0
    assert set(figures.reasons) == {"kappa", "alpha"}
    assert figures.as_json()["kappa"] is None


# -- which documents, codes and coders ------------------------------------------------------


def test_default_documents_are_those_every_coder_coded(project: Project) -> None:
    both = add_document(project, "Both", "x" * 100)
    only_a = add_document(project, "Only A", "y" * 100)
    add_document(project, "Nobody", "z" * 100)
    code = project.create_code("Harms")
    project.apply_code(both, code, 0, 10, coder="A")
    project.apply_code(both, code, 0, 10, coder="B")
    project.apply_code(only_a, code, 0, 50, coder="A")

    report = compute_agreement(project, ["A", "B"])
    assert report.documents == ["Both"]
    assert report.excluded_documents == ["Only A", "Nobody"]
    assert report.overall.percent_agreement == 100.0  # A's solo work is not counted

    named = compute_agreement(project, ["A", "B"], documents=["Both", "Only A"])
    assert named.documents == ["Both", "Only A"]
    assert named.excluded_documents == []
    # 200 characters: 10 coded by both, 50 by A only → 150/200 agree
    assert named.overall.percent_agreement == pytest.approx(75.0)
    assert [d.document for d in named.by_document] == ["Both", "Only A"]
    assert named.by_document[1].figures.percent_agreement == pytest.approx(50.0)


def test_codes_each_on_their_own_in_codebook_order(project: Project) -> None:
    document = add_document(project, "One", "x" * 100)
    zulu = project.create_code("Zulu")
    alpha = project.create_code("Alpha")
    child = project.create_code("Child", zulu)
    unused = project.create_code("Unused")
    project.apply_code(document, child, 0, 40, coder="A")
    project.apply_code(document, child, 0, 40, coder="B")
    project.apply_code(document, zulu, 50, 60, coder="A")
    project.apply_code(document, alpha, 0, 10, coder="Other")  # not a chosen coder

    report = compute_agreement(project, ["A", "B"])
    order = [code.id for code in project.codebook().walk()]
    assert [row.code for row in report.codes] == ["Zulu", "Zulu/Child"]
    assert [row.code_id for row in report.codes] == [i for i in order if i in (zulu.id, child.id)]
    by_code = {row.code: row.figures for row in report.codes}
    # the parent's figures are its own codings, not its sub-code's
    assert (by_code["Zulu"].both, by_code["Zulu"].some) == (0, 10)
    assert by_code["Zulu/Child"].percent_agreement == 100.0

    named = compute_agreement(project, ["A", "B"], codes=[unused.uuid, "Zulu/Child"])
    assert [row.code for row in named.codes] == ["Zulu/Child", "Unused"]
    assert named.codes[1].figures.neither == 100


def test_mistakes_are_one_line_errors(project: Project) -> None:
    document = add_document(project, "One", "x" * 100)
    code = project.create_code("Harms")
    project.apply_code(document, code, 0, 10, coder="A")
    project.apply_code(document, code, 0, 10, coder="B")
    add_document(project, "Two", "y" * 100)
    project.apply_code(project.document("Two"), code, 0, 10, coder="C")
    with pytest.raises(QcodeError, match=r"no coder named 'Zed' in test\.qcode"):
        compute_agreement(project, ["A", "Zed"])
    with pytest.raises(QcodeError, match="at least 2 different coders"):
        compute_agreement(project, ["A", "A"])
    for threshold in (0.0, 1.5, float("nan")):
        with pytest.raises(QcodeError, match="threshold"):
            compute_agreement(project, ["A", "B"], unit="segment", threshold=threshold)
    with pytest.raises(QcodeError, match="unknown unit 'word'"):
        compute_agreement(project, ["A", "B"], unit="word")
    with pytest.raises(QcodeError, match="have not coded any document in common"):
        compute_agreement(project, ["A", "C"])
    with pytest.raises(QcodeError, match="no code 'Nope'"):
        compute_agreement(project, ["A", "B"], codes=["Nope"])
    # coder names are matched regardless of case when that is unambiguous
    assert compute_agreement(project, ["a", "B"]).coders == ["A", "B"]


# -- segments -------------------------------------------------------------------------------


def test_segment_unit_threshold_is_inclusive(project: Project) -> None:
    document = add_document(project, "One", "abcdefghij" * 30)
    code = project.create_code("Harms")
    project.apply_code(document, code, 0, 100, coder="A")
    project.apply_code(document, code, 0, 90, coder="B")  # IoU 90/100 = 0.9: agrees
    project.apply_code(document, code, 200, 300, coder="A")
    project.apply_code(document, code, 200, 289, coder="B")  # IoU 89/100: does not

    report = compute_agreement(project, ["A", "B"], unit="segment", threshold=0.9)
    overall = report.overall
    assert report.threshold == 0.9
    assert (overall.units, overall.both, overall.some, overall.neither) == (4, 2, 2, 0)
    assert overall.percent_agreement == 50.0
    assert overall.specific_agreement == 0.5
    assert overall.kappa is None and overall.alpha is None
    assert "segment unit" in overall.reasons["kappa"]
    unmatched = [(u.coder, u.start, u.end, u.best_overlap) for u in report.unmatched]
    # in text order: by start, then end
    assert unmatched == [("B", 200, 289, 0.89), ("A", 200, 300, 0.89)]
    assert report.unmatched[0].text == ("abcdefghij" * 30)[200:289]
    assert report.unmatched[0].document == "One" and report.unmatched[0].code == "Harms"

    lenient = compute_agreement(project, ["A", "B"], unit="segment", threshold=0.89)
    assert lenient.overall.percent_agreement == 100.0 and lenient.unmatched == []


def test_segment_unit_with_three_coders_needs_every_other_coder(project: Project) -> None:
    document = add_document(project, "One", "z" * 200)
    code = project.create_code("Harms")
    project.apply_code(document, code, 0, 100, coder="A")
    project.apply_code(document, code, 0, 100, coder="B")
    project.apply_code(document, code, 0, 50, coder="C")  # IoU 0.5 with A's and B's
    report = compute_agreement(project, ["A", "B", "C"], unit="segment", threshold=0.8)
    assert report.overall.both == 0 and report.overall.units == 3
    assert {(u.coder, u.best_overlap) for u in report.unmatched} == {
        ("A", 0.5),
        ("B", 0.5),
        ("C", 0.5),
    }


def test_coding_regions(project: Project) -> None:
    document = add_document(project, "One", "x" * 100)
    code = project.create_code("Harms")
    project.apply_code(document, code, 10, 30, coder="A")
    project.apply_code(document, code, 30, 40, coder="A")  # touching: one run for A
    project.apply_code(document, code, 20, 50, coder="B")
    project.apply_code(document, code, 60, 70, coder="C")  # not asked about
    regions = coding_regions(project, document, code, ["A", "B"])
    assert [(r.start, r.end, sorted(r.coders)) for r in regions] == [
        (10, 20, ["A"]),
        (20, 40, ["A", "B"]),
        (40, 50, ["B"]),
    ]


# -- text units -----------------------------------------------------------------------------


def test_paragraphs_and_sentences_by_hand() -> None:
    text = (
        "  Liu: They came. Did they?  \n"
        "\n"
        "   \n"
        '他说：“好。”然后走了！  "Fine..." he said.\n'
        "e.g. this 3.5 is one…"
    )

    def pieces(bounds: tuple[Array, Array]) -> list[str]:
        return [text[start:end] for start, end in pairs(bounds)]

    assert pieces(paragraph_bounds(text)) == [
        "Liu: They came. Did they?",
        '他说：“好。”然后走了！  "Fine..." he said.',
        "e.g. this 3.5 is one…",
    ]
    assert pieces(sentence_bounds(text)) == [
        "Liu: They came.",
        "Did they?",
        "他说：“好。”",
        "然后走了！",
        '"Fine..."',
        "he said.",
        "e.g.",
        "this 3.5 is one…",
    ]


_TERMINATORS = ".!?…。！？"
_CLOSERS = "\"'”’»)]}）】」』〕〉》"


def plain_paragraphs(text: str) -> list[tuple[int, int]]:
    found, offset = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + len(line) - len(line.lstrip())
            found.append((start, start + len(stripped)))
        offset += len(line) + 1
    return found


def plain_sentences(text: str) -> list[tuple[int, int]]:
    found = []
    for start, end in plain_paragraphs(text):
        piece_start, i = start, start
        while i < end:
            if text[i] not in _TERMINATORS:
                i += 1
                continue
            j = i
            while j < end and text[j] in _TERMINATORS:
                j += 1
            cjk = any(c in "。！？" for c in text[i:j])
            while j < end and text[j] in _CLOSERS:
                j += 1
            if cjk or j == end or text[j].isspace():
                found.append((piece_start, j))
                piece_start = j
                while piece_start < end and text[piece_start].isspace():
                    piece_start += 1
            i = j
        if piece_start < end:
            found.append((piece_start, end))
    return found


_ALPHABET = ["ab", "cd", " ", " ", "\n", "\n\n", ".", "?", "!", "…", "。", "！", "”", '"', ")"]
_ALPHABET += ["中", "文", "𠮷", "😀", "ef", "  "]


def random_text(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(length)).strip() or "x"


def test_sentence_and_paragraph_bounds_match_a_plain_scan() -> None:
    rng = random.Random(7)
    for _ in range(200):
        text = random_text(rng, rng.randint(1, 80))
        assert pairs(paragraph_bounds(text)) == plain_paragraphs(text), text
        assert pairs(sentence_bounds(text)) == plain_sentences(text), text


# -- everything against an independent computation -------------------------------------------


def independent_figures(rows: Sequence[Sequence[bool]], m: int) -> dict[str, float | None]:
    """Figures from one row of m yes/no decisions per unit, the slow way."""
    kr = pytest.importorskip("krippendorff")
    import numpy as np

    n = len(rows)
    percents, kappas, specifics = [], [], []
    for i, j in combinations(range(m), 2):
        both = sum(1 for r in rows if r[i] and r[j])
        only_i = sum(1 for r in rows if r[i] and not r[j])
        only_j = sum(1 for r in rows if r[j] and not r[i])
        p_o = sum(1 for r in rows if r[i] == r[j]) / n
        p_i, p_j = (both + only_i) / n, (both + only_j) / n
        p_e = p_i * p_j + (1 - p_i) * (1 - p_j)
        percents.append(100 * p_o)
        kappas.append(None if abs(1 - p_e) < 1e-12 else (p_o - p_e) / (1 - p_e))
        denominator = 2 * both + only_i + only_j
        specifics.append(None if denominator == 0 else 2 * both / denominator)
    data = np.array([[int(r[c]) for r in rows] for c in range(m)])
    alpha = None
    if len(set(data.ravel().tolist())) > 1:
        alpha = float(kr.alpha(reliability_data=data, level_of_measurement="nominal"))

    def mean(values: list[float | None]) -> float | None:
        return None if None in values else sum(v for v in values if v is not None) / len(values)

    return {
        "percent_agreement": sum(percents) / len(percents),
        "kappa": mean(kappas),
        "alpha": alpha,
        "specific_agreement": mean(specifics),
    }


def assert_same(figures: object, expected: dict[str, float | None]) -> None:
    for name, value in expected.items():
        ours = getattr(figures, name)
        if value is None:
            assert ours is None, name
        else:
            assert ours is not None and math.isclose(ours, value, abs_tol=1e-9), name


@pytest.mark.parametrize("coders", [2, 3])
@pytest.mark.parametrize("unit", ["character", "sentence", "paragraph"])
def test_random_projects_against_a_plain_loop(project: Project, coders: int, unit: str) -> None:
    rng = random.Random(1000 * coders + len(unit))
    names = ["A", "B", "C"][:coders]
    documents = [
        add_document(project, f"Doc {n}", random_text(rng, rng.randint(60, 160))) for n in range(3)
    ]
    codes = [project.create_code(f"Code {n}") for n in range(3)]
    for document in documents:
        for code in codes:
            for name in names:
                for _ in range(rng.choice([0, 1, 2, 3])):
                    start = rng.randrange(document.length)
                    end = min(document.length, start + rng.randint(1, 40))
                    project.apply_code(document, code, start, end, coder=name)

    report = compute_agreement(
        project,
        names,
        unit=unit,
        documents=[d.name for d in documents],
        codes=[c.name for c in codes],
    )

    # per (code, document): one row of yes/no decisions per unit, the slow way
    decisions: dict[tuple[int, int], list[list[bool]]] = {}
    for document in documents:
        text = project.text(document)
        if unit == "character":
            bounds = [(i, i + 1) for i in range(len(text))]
        else:
            bounds = plain_paragraphs(text) if unit == "paragraph" else plain_sentences(text)
        for code in codes:
            covered = []
            for name in names:
                chars = set()
                for coding in project.codings(document=document, code=code, coder=name):
                    chars.update(range(coding.start, coding.end))
                covered.append(chars)
            decisions[code.id, document.id] = [
                [any(c in chars for c in range(s, e)) for chars in covered] for s, e in bounds
            ]

    for row in report.codes:
        rows = [r for d in documents for r in decisions[row.code_id, d.id]]
        assert row.figures.units == len(rows)
        assert_same(row.figures, independent_figures(rows, coders))
    for row in report.by_document:
        rows = [r for c in codes for r in decisions[c.id, row.document_id]]
        assert_same(row.figures, independent_figures(rows, coders))
    every = [r for rows in decisions.values() for r in rows]
    assert report.overall.kappa is not None and report.overall.alpha is not None
    assert report.overall.units == len(every)
    assert report.overall.both == sum(1 for r in every if all(r))
    assert report.overall.neither == sum(1 for r in every if not any(r))
    assert_same(report.overall, independent_figures(every, coders))
