"""Language-aware text processing (issue 18): Chinese word frequencies by
words, not characters; Arabic-script words counted whatever their marks;
sentences that end in ؟ or ۔; keyword suggestions that match Arabic
without its harakat."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.analysis.suggestions.suggester import Suggester
from qcode.analysis.text_units import sentence_bounds
from qcode.analysis.words import word_frequencies
from qcode.core.project import Project
from qcode.io.base import ImportedDocument
from qcode.io.scripts import fold_for_counting
from qcode.model import Document


def add(project: Project, text: str, language: str) -> Document:
    (document,) = project.add_documents(
        [ImportedDocument("D", text, "d.txt", "text")], {"language": language}
    )
    return document


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "p.qcode") as opened:
        yield opened


def test_chinese_is_counted_in_words(project: Project) -> None:
    # Cut by hand: 他/被/列入/失信/被执行人/名单 。 失信/会/影响/社会/信用/体系 。
    text = "𠮷😀 他被列入失信被执行人名单。失信会影响社会信用体系。"
    found = dict(word_frequencies(project, document=add(project, text, "zh")))
    assert found["失信"] == 2
    assert found["被执行人"] == 1 and found["名单"] == 1
    assert found["社会"] == 1 and found["信用"] == 1 and found["体系"] == 1
    assert "失" not in found and "信" not in found  # not character by character
    assert "。" not in found and "他" not in found  # punctuation and stop words left out


def test_chinese_quoted_in_an_english_interview_is_cut_into_words_too(project: Project) -> None:
    text = "He said the list was 失信被执行人名单, and blacklisted people cannot fly."
    found = dict(word_frequencies(project, document=add(project, text, "en")))
    assert found["失信"] == 1 and found["被执行人"] == 1 and found["名单"] == 1
    assert "失信被执行人名单" not in found
    assert found["blacklist"] == 1  # English still lemmatised


def test_arabic_words_count_together_whatever_their_marks(project: Project) -> None:
    # One verb written four ways: with harakat, bare, with hamza, stretched by tatweel.
    text = "أُدرِجَ اسمه. ادرج اسمي. أدرج اسمك. أدرجـــ اسمها. المدرسة هنا. المدرسه هناك."
    found = word_frequencies(project, document=add(project, text, "ar"))
    counts = dict(found)
    (verb,) = [word for word in counts if word.replace("أ", "ا").startswith("ادرج")]
    assert counts[verb] == 4
    assert verb in ("أدرج", "ادرج")  # shown as written there, without the harakat
    assert "\u064f" not in verb and "\u0640" not in verb
    school = [word for word in counts if "مدرس" in word]
    assert len(school) == 1 and counts[school[0]] == 2  # ة and ه as one letter


def test_uyghur_keeps_its_two_letters_that_arabic_counts_as_one() -> None:
    # ى and ي are different letters in Uyghur (i and y); Arabic writers swap them.
    assert fold_for_counting("بىر", "ug") != fold_for_counting("بير", "ug")
    assert fold_for_counting("على", "ar") == fold_for_counting("علي", "ar")
    assert fold_for_counting("ئىشلىدى", "ug") == "ئىشلىدى"


def test_sentences_end_at_arabic_and_urdu_stops_but_not_at_the_arabic_comma() -> None:
    text = "هل أنت بخير؟ نعم، أنا بخير. شکریہ۔ 他说：好；你呢？ok"
    starts, ends = sentence_bounds(text)
    sentences = [text[start:end] for start, end in zip(starts, ends, strict=True)]
    assert sentences == ["هل أنت بخير؟", "نعم، أنا بخير.", "شکریہ۔", "他说：好；你呢？", "ok"]


def test_an_arabic_keyword_suggests_passages_written_with_harakat(project: Project) -> None:
    text = "أُدرِجَ اسمي في القائمة السوداء. شربنا الشاي معاً."
    document = add(project, text, "ar")
    project.create_code("Blacklisting", keywords=["ادرج"])
    found = Suggester(project).suggest(document, sources=["keywords"])
    assert [(s.text, s.code) for s in found] == [("أُدرِجَ اسمي في القائمة السوداء.", "Blacklisting")]
    assert all(text[s.start : s.end] == s.text for s in found)
