"""Counting words (the simple rule) and lemmatised word frequencies."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from qcode.analysis.filters import Filters
from qcode.analysis.words import (
    WordCounter,
    count_words,
    word_frequencies,
    words_by_code,
    words_by_document,
)
from qcode.core.project import Project
from qcode.io.base import ImportedDocument


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("hello world", 2),
        ("  hello,   world!  ", 2),
        ("don't", 2),
        ("COVID-19 in 2021", 4),
        ("snake_case", 2),
        ("社会信用 system", 5),  # four ideographs, one English word
        ("失信被执行人", 6),
        ("カタカナ", 4),
        ("𠮷野家 😀 ok", 4),  # 𠮷 is an ideograph beyond the BMP; 😀 is no word
        ("café naïve", 2),
        ("cafe\u0301 x", 2),  # a combining accent does not split the word
        ("a\x00", 1),  # a trailing NUL (numpy would drop it)
    ],
)
def test_the_word_rule(text: str, words: int) -> None:
    assert count_words(text) == words


def _reference(text: str) -> int:
    """The rule, one character at a time, with Unicode names for ideographs."""
    count, in_word = 0, False
    for char in text:
        name = unicodedata.name(char, "")
        if name.startswith(("CJK UNIFIED IDEOGRAPH", "HIRAGANA", "KATAKANA")):
            count, in_word = count + 1, False
        elif char.isalnum() or unicodedata.category(char).startswith("M"):
            count += not in_word
            in_word = True
        else:
            in_word = False
    return count


def test_word_counts_of_spans_match_a_character_loop() -> None:
    rng = random.Random(5)
    alphabet = "ab1_ -.。,𠮷社信あカ😀é\u0301\n"
    for _ in range(50):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        counter = WordCounter(text)
        spans = [sorted((rng.randint(0, len(text)), rng.randint(0, len(text)))) for _ in range(20)]
        counts = counter.count([s for s, _ in spans], [e for _, e in spans])
        assert counts == [_reference(text[s:e]) for s, e in spans]
        assert counter.total() == _reference(text)


TEXT = (
    "The blacklisted companies lost contracts. Blacklists grow, and 2021 was bad!\n"
    "Officials were listing people."
)


def test_word_frequencies_are_lemmas_without_stop_words_or_numbers(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qcode") as project:
        (document,) = project.add_documents([ImportedDocument("One", TEXT, "1.txt", "text")])
        found = dict(word_frequencies(project, document=document))
        assert found["blacklist"] == 2  # "blacklisted" and "Blacklists"
        assert found["company"] == 1
        for left_out in ("the", "and", "was", "2021", "!", ",", "were"):
            assert left_out not in found
        ranked = word_frequencies(project, document=document)
        assert ranked[0] == ("blacklist", 2)
        rest = ranked[1:]
        assert rest == sorted(rest, key=lambda item: (-item[1], item[0]))
        assert word_frequencies(project, document=document, limit=1) == [("blacklist", 2)]


def test_word_frequencies_of_a_code(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qcode") as project:
        one, two = project.add_documents(
            [
                ImportedDocument("One", TEXT, "1.txt", "text"),
                ImportedDocument("Two", "Blacklisted again, blacklisted twice.", "2.txt", "text"),
            ]
        )
        project.set_attributes(two, {"group": "b"})
        lists = project.create_code("Lists")
        names = project.create_code("Names", lists)
        project.apply_code(one, lists, TEXT.index("blacklisted"), TEXT.index(" companies"))
        project.apply_code(one, lists, TEXT.index("Blacklists"), TEXT.index(" grow"))
        # Overlapping the coding before: the overlap is read once.
        project.apply_code(one, names, TEXT.index("Blacklists"), TEXT.index(", and"))
        project.apply_code(two, names, 0, len("Blacklisted"))
        assert word_frequencies(project, code=lists, include_subcodes=False) == [("blacklist", 2)]
        assert word_frequencies(project, code=lists) == [("blacklist", 3), ("grow", 1)]
        assert word_frequencies(project, code=names) == [("blacklist", 2), ("grow", 1)]
        group_b = Filters.from_names(project, attributes=["group=B"])
        assert word_frequencies(project, code=lists, filters=group_b) == [("blacklist", 1)]
        assert word_frequencies(project, code=lists, document=one) == [
            ("blacklist", 2),
            ("grow", 1),
        ]
        by_code = {code.name: ranked for code, ranked in words_by_code(project)}
        assert by_code == {
            "Lists": [("blacklist", 2)],
            "Names": [("blacklist", 2), ("grow", 1)],
        }
        by_document = {document.name: ranked for document, ranked in words_by_document(project)}
        assert by_document["Two"] == [("blacklist", 2), ("twice", 1)]
        assert ("official", 1) in by_document["One"]


def test_chinese_documents_use_the_chinese_pipeline(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qcode") as project:
        (document,) = project.add_documents(
            [ImportedDocument("访谈", "他被列入失信名单。失信！", "f.txt", "text")]
        )
        project.set_attributes(document, {"language": "zh"})
        found = dict(word_frequencies(project, document=document))
        assert found["失信"] == 2 and found["名单"] == 1  # words (jieba), not characters
        assert "。" not in found and "！" not in found
