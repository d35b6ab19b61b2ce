"""Code frequencies (own and with sub-codes) and their breakdowns, against
figures worked out by hand on a small project.

Interview 1 (gender=female, city=Beijing)::

    0         1         2         3         4         5         6
    0123456789012345678901234567890123456789012345678901234567890123|
    Officials put her on the list. She could not buy a train ticket.
    She appealed to the court.                       (line 2: 65–91)

    Harms           [0, 30)  Chen    "Officials put her on the list."
    Harms           [14, 40) Amina   "her on the list. She could"
    Harms/Travel    [45, 64) Chen    "buy a train ticket."
    Harms/Travel/Rail [51, 56) Chen  "train"
    Remedy          [65, 91) Amina   "She appealed to the court."

Interview 2 (gender=male, city=Wuhan): "他被列入失信名单。😀 𠮷 He lost his job."

    Harms/Travel    [4, 8)   Amina   "失信名单"   4 characters, 4 words
    Harms           [9, 12)  Chen    "😀 𠮷"     3 characters, 1 word (𠮷)
    Remedy          [13, 28) Chen    "He lost his job"
    Remedy          [16, 20) Chen    "lost"      (inside the one before)

Interview 3 (gender=Female): nothing coded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qcode.analysis.filters import Filters
from qcode.analysis.frequencies import Counts, code_frequencies, frequency_breakdown
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument

TEXT_1 = (
    "Officials put her on the list. She could not buy a train ticket.\nShe appealed to the court."
)
TEXT_2 = "他被列入失信名单。😀 𠮷 He lost his job."


def build(path: Path) -> Project:
    """The project of the module docstring (coder "Amina" is the project's own)."""
    project = Project.create(path, coder="Amina")
    one, two, three = project.add_documents(
        [
            ImportedDocument("Interview 1", TEXT_1, "1.txt", "text"),
            ImportedDocument("Interview 2", TEXT_2, "2.txt", "text"),
            ImportedDocument("Interview 3", "Nothing coded here.", "3.txt", "text"),
        ]
    )
    project.set_attributes(one, {"gender": "female", "city": "Beijing"})
    project.set_attributes(two, {"gender": "male", "city": "Wuhan"})
    project.set_attributes(three, {"gender": "Female"})
    harms = project.create_code("Harms", color="#ff0000")
    travel = project.create_code("Travel", harms, color="#00ff00")
    rail = project.create_code("Rail", travel, color="#0000ff")
    remedy = project.create_code("Remedy", color="#123456")
    project.create_code("Unused")
    project.apply_code(one, harms, 0, 30, coder="Chen")
    project.apply_code(one, harms, 14, 40)
    project.apply_code(one, travel, 45, 64, coder="Chen")
    project.apply_code(one, rail, 51, 56, coder="Chen")
    project.apply_code(one, remedy, 65, 91)
    project.apply_code(two, travel, 4, 8)
    project.apply_code(two, harms, 9, 12, coder="Chen")
    project.apply_code(two, remedy, 13, 28, coder="Chen")
    project.apply_code(two, remedy, 16, 20, coder="Chen")
    return project


@pytest.fixture
def coded(tmp_path: Path) -> Iterator[Project]:
    project = build(tmp_path / "p.qcode")
    yield project
    project.close()


def test_the_spans_are_the_ones_the_docstring_shows(coded: Project) -> None:
    one, two, _ = coded.documents()
    text = coded.text(one)
    assert text[0:30] == "Officials put her on the list."
    assert text[14:40] == "her on the list. She could"
    assert text[45:64] == "buy a train ticket."
    assert text[51:56] == "train"
    assert text[65:91] == "She appealed to the court."
    assert coded.text(two)[4:8] == "失信名单"
    assert coded.text(two)[9:12] == "😀 𠮷"
    assert coded.text(two)[13:28] == "He lost his job"


def test_own_and_with_subcodes_by_hand(coded: Project) -> None:
    rows = {row.path: row for row in code_frequencies(coded)}
    assert list(rows) == ["Harms", "Harms/Travel", "Harms/Travel/Rail", "Remedy", "Unused"]
    assert [rows[p].depth for p in rows] == [0, 1, 2, 0, 0]
    # Harms: [0,40) in one (overlap once: 40 characters, 8 words) and [9,12) in two.
    assert rows["Harms"].own == Counts(segments=3, documents=2, characters=43, words=9, coders=2)
    # ... plus Travel [45,64) (Rail inside it adds nothing) and [4,8).
    assert rows["Harms"].with_subcodes == Counts(6, 2, 40 + 19 + 4 + 3, 8 + 4 + 4 + 1, 2)
    assert rows["Harms/Travel"].own == Counts(2, 2, 19 + 4, 4 + 4, 2)
    assert rows["Harms/Travel"].with_subcodes == Counts(3, 2, 23, 8, 2)
    assert rows["Harms/Travel/Rail"].own == Counts(1, 1, 5, 1, 1)
    assert rows["Harms/Travel/Rail"].with_subcodes == rows["Harms/Travel/Rail"].own
    # Remedy: 26 characters in one; in two "lost" lies inside "He lost his job".
    assert rows["Remedy"].own == Counts(3, 2, 26 + 15, 5 + 4, 2)
    assert rows["Remedy"].with_subcodes == rows["Remedy"].own
    assert rows["Unused"].own == rows["Unused"].with_subcodes == Counts()


def test_coder_filter(coded: Project) -> None:
    filters = Filters.from_names(coded, coders=["Chen"])
    rows = {row.path: row for row in code_frequencies(coded, filters)}
    assert rows["Harms"].own == Counts(2, 2, 30 + 3, 6 + 1, 1)
    assert rows["Harms"].with_subcodes == Counts(4, 2, 30 + 19 + 3, 6 + 4 + 1, 1)
    assert rows["Harms/Travel"].own == Counts(1, 1, 19, 4, 1)


def test_attribute_filter_ignores_case_and_needs_every_attribute(coded: Project) -> None:
    female = Filters.from_names(coded, attributes=["GENDER=FEMALE"])
    rows = {row.path: row for row in code_frequencies(coded, female)}
    assert rows["Harms"].own == Counts(2, 1, 40, 8, 2)
    assert [d.name for d in female.resolve(coded).documents] == ["Interview 1", "Interview 3"]
    both = Filters.from_names(coded, attributes=["gender=female", "city=Wuhan"])
    assert both.resolve(coded).documents == []
    assert code_frequencies(coded, both)[0].own == Counts()
    either = Filters.from_names(coded, attributes=["city=beijing", "city=Wuhan"])
    assert len(either.resolve(coded).documents) == 2


def test_code_filter_takes_the_sub_codes_along(coded: Project) -> None:
    filters = Filters.from_names(coded, codes=["Harms/Travel"])
    rows = code_frequencies(coded, filters)
    assert [row.path for row in rows] == ["Harms/Travel", "Harms/Travel/Rail"]
    assert rows[0].with_subcodes == Counts(3, 2, 23, 8, 2)


def test_document_filter(coded: Project) -> None:
    filters = Filters.from_names(coded, documents=["Interview 2"])
    rows = {row.path: row for row in code_frequencies(coded, filters)}
    assert rows["Harms"].own == Counts(1, 1, 3, 1, 1)
    assert rows["Harms"].with_subcodes == Counts(2, 1, 7, 5, 2)


def test_unknown_names_are_all_named_in_one_error(coded: Project) -> None:
    with pytest.raises(QcodeError) as error:
        Filters.from_names(
            coded,
            documents=["Interview 9"],
            codes=["Harms/Nope"],
            coders=["Nobody"],
            attributes=["colour=red"],
        )
    message = str(error.value)
    for unknown in ("Interview 9", "Harms/Nope", "Nobody", "colour"):
        assert unknown in message


def test_describe_names_what_is_filtered(coded: Project) -> None:
    assert "whole project" in Filters().describe()
    filters = Filters.from_names(
        coded, documents=["Interview 1"], attributes=["gender=female"], codes=["Harms"]
    )
    text = filters.describe(coded)
    assert "Interview 1" in text and "gender = female" in text and "Harms" in text
    assert "documents: 1 document;" in filters.describe()
    assert "codes (with their sub-codes): 1 code" in filters.describe()


def test_breakdown_by_coder(coded: Project) -> None:
    rows = {(r.path, r.group): r for r in frequency_breakdown(coded, "coder")}
    assert rows["Harms", "Chen"].own == Counts(2, 2, 33, 7, 1)
    assert rows["Harms", "Amina"].own == Counts(1, 1, 26, 6, 1)  # "her on the list. She could"
    assert rows["Harms", "Amina"].with_subcodes == Counts(2, 2, 26 + 4, 6 + 4, 1)
    assert ("Harms/Travel/Rail", "Amina") not in rows


def test_breakdown_by_document(coded: Project) -> None:
    rows = frequency_breakdown(coded, "document")
    found = {(r.path, r.group): r for r in rows}
    assert found["Harms", "Interview 1"].with_subcodes == Counts(4, 1, 59, 12, 2)
    assert found["Harms", "Interview 2"].own == Counts(1, 1, 3, 1, 1)
    assert [r.group for r in rows if r.path == "Harms"] == ["Interview 1", "Interview 2"]
    assert all(r.group != "Interview 3" for r in rows)


def test_breakdown_by_attribute_value(coded: Project) -> None:
    rows = {(r.path, r.group): r for r in frequency_breakdown(coded, "attribute", attribute="city")}
    assert rows["Remedy", "Beijing"].own == Counts(1, 1, 26, 5, 1)
    assert rows["Remedy", "Wuhan"].own == Counts(2, 1, 15, 4, 1)
    with pytest.raises(ValueError):
        frequency_breakdown(coded, "attribute")


def _by_hand(
    texts: dict[int, str], codings: list[tuple[int, int, int, int, int]], codes: set[int]
) -> Counts:
    """The figures of the codings ``(document, code, start, end, coder)``
    of these codes, from sets of covered characters, without the sweep."""
    from qcode.analysis.words import count_words

    mine = [coding for coding in codings if coding[1] in codes]
    covered: dict[int, set[int]] = {}
    for document, _code, start, end, _coder in mine:
        covered.setdefault(document, set()).update(range(start, end))
    words = 0
    for document, characters in covered.items():
        run_start = previous = None
        for position in [*sorted(characters), None]:  # maximal runs of covered characters
            if position is not None and previous is not None and position == previous + 1:
                previous = position
                continue
            if run_start is not None and previous is not None:
                words += count_words(texts[document][run_start : previous + 1])
            run_start = previous = position
    return Counts(
        segments=len(mine),
        documents=len(covered),
        characters=sum(len(characters) for characters in covered.values()),
        words=words,
        coders=len({coding[4] for coding in mine}),
    )


@pytest.mark.parametrize("joined", [50, 20_000])
def test_many_overlapping_codings_match_a_count_of_every_character(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, joined: int
) -> None:
    """Random codings over texts with CJK, emoji and words cut by spans:
    every figure, own and with sub-codes, whole and by coder and by
    document, equals a count made character by character."""
    import random

    from qcode.analysis import frequency_sweep
    from qcode.core.coding_edits import NewCoding

    monkeypatch.setattr(frequency_sweep, "_CHARACTERS", joined)  # texts joined, or one by one
    rng = random.Random(16)
    vocabulary = "the court 法院 拒绝 上诉 appeal 😀 𠮷 list-ed don't COVID-19 2021 ...".split(" ")
    with Project.create(tmp_path / "p.qcode", coder="Amina") as project:
        documents = project.add_documents(
            [
                ImportedDocument(
                    f"D{number}",
                    " ".join(rng.choices(vocabulary, k=rng.randint(3, 60))),
                    f"{number}.txt",
                    "text",
                )
                for number in range(12)
            ]
        )
        top = project.create_code("Top")
        middle = project.create_code("Middle", top)
        leaf = project.create_code("Leaf", middle)
        alone = project.create_code("Alone")
        code_ids = [top.id, middle.id, leaf.id, alone.id]
        coders = [project.coder_id(name, create=True) for name in ("Amina", "Chen", "Dana")]
        texts = {document.id: project.text(document) for document in documents}
        specs = []
        for _ in range(400):
            document = rng.choice(documents[:-1])  # the last one is left uncoded
            start = rng.randrange(0, document.length - 1)
            end = rng.randint(start + 1, min(document.length, start + 25))
            specs.append(
                NewCoding(
                    document.id, rng.choice(code_ids), start, end, coder_id=rng.choice(coders)
                )
            )
        project.add_codings(specs)
        codings = [
            (c.document_id, c.code_id, c.start, c.end, c.coder_id) for c in project.codings()
        ]
        subtree = {
            top.id: {top.id, middle.id, leaf.id},
            middle.id: {middle.id, leaf.id},
            leaf.id: {leaf.id},
            alone.id: {alone.id},
        }

        for row in code_frequencies(project):
            assert row.own == _by_hand(texts, codings, {row.code.id}), row.path
            assert row.with_subcodes == _by_hand(texts, codings, subtree[row.code.id]), row.path
        names = {coder.name: coder.id for coder in project.coders()}
        for row in frequency_breakdown(project, "coder"):
            of_coder = [coding for coding in codings if coding[4] == names[row.group]]
            assert row.own == _by_hand(texts, of_coder, {row.code.id})
            assert row.with_subcodes == _by_hand(texts, of_coder, subtree[row.code.id])
        by_document = frequency_breakdown(project, "document")
        ids = {document.name: document.id for document in documents}
        for row in by_document:
            of_document = [coding for coding in codings if coding[0] == ids[row.group]]
            assert row.with_subcodes == _by_hand(texts, of_document, subtree[row.code.id])
        assert len(by_document) == len(
            {(code, document) for document, code, *_rest in codings}
            | {(top.id, d) for d, c, *_r in codings if c in subtree[top.id]}
            | {(middle.id, d) for d, c, *_r in codings if c in subtree[middle.id]}
        )
