"""Text search across documents (no Qt): exact code-point offsets in every script."""

from __future__ import annotations

import re
import string

import pytest

from qcode.analysis.search import SearchHit, code_hits, keyword_in_context, search
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument
from qcode.model import Document


def add(project: Project, name: str, text: str) -> Document:
    (document,) = project.add_documents([ImportedDocument(name, text, f"{name}.txt", "text")])
    return document


def spans(hits: list[SearchHit]) -> list[tuple[str, int, int]]:
    return [(hit.document, hit.start, hit.end) for hit in hits]


def test_offsets_are_code_points_after_astral_characters(project: Project) -> None:
    text = "𠮷😀 Liu said the notice came. 😀 Another notice."
    add(project, "liu", text)
    hits = search(project, "notice")
    assert [(h.start, h.end) for h in hits] == [
        (text.index("notice"), text.index("notice") + 6),
        (text.rindex("notice"), text.rindex("notice") + 6),
    ]
    # Each of 𠮷 and 😀 counts one, not two (UTF-16) or four (UTF-8).
    assert hits[0].start == 16
    for hit in hits:
        assert text[hit.start : hit.end] == hit.match == "notice"
    assert hits[0].before == "𠮷😀 Liu said the "
    assert hits[0].after == " came. 😀 Another notice."


def test_two_character_chinese_word_inside_a_run_of_characters(project: Project) -> None:
    text = "我们的社会诚信体系很重要。诚信是基础。"
    add(project, "wang", text)
    hits = search(project, "诚信")
    assert [(h.start, h.end) for h in hits] == [(5, 7), (13, 15)]
    assert [h.match for h in hits] == ["诚信", "诚信"]
    # Whole words: Chinese has no spaces, so neighbouring characters are no obstacle.
    assert len(search(project, "诚信", whole_words=True)) == 2
    assert hits[0].before == "我们的社会" and hits[0].after == "体系很重要。诚信是基础。"


def test_case_insensitive_ascii_and_non_ascii(project: Project) -> None:
    add(project, "a", "The Blacklist and the BLACKLIST. École, ÉCOLE and école.")
    add(project, "b", "nothing here")
    assert len(search(project, "blacklist")) == 2
    assert len(search(project, "blacklist", case_sensitive=True)) == 0
    assert [h.match for h in search(project, "Blacklist", case_sensitive=True)] == ["Blacklist"]
    assert [h.match for h in search(project, "école")] == ["École", "ÉCOLE", "école"]
    assert [h.match for h in search(project, "École", case_sensitive=True)] == ["École"]
    assert [h.match for h in search(project, "é")] == ["É", "É", "é"]


def test_case_insensitive_ascii_query_finds_unicode_lookalikes(project: Project) -> None:
    # SQLite's lower() folds A-Z only; Python also matches the Kelvin sign to k.
    add(project, "kelvin", "273 \u212aelvin")
    assert [h.match for h in search(project, "kelvin")] == ["\u212aelvin"]


def test_case_insensitive_mixed_scripts_and_turkish_dotted_i(project: Project) -> None:
    add(project, "a", "Then Amina说：没有。")
    add(project, "b", "İstanbul and istanbul")
    add(project, "c", "Paris")
    assert [(h.document, h.match) for h in search(project, "amina说")] == [("a", "Amina说")]
    assert [h.match for h in search(project, "istanbul")] == ["İstanbul", "istanbul"]
    assert [h.match for h in search(project, "没有")] == ["没有"]


def test_whole_words(project: Project) -> None:
    text = "score scores rescore Score_card score说 the-score 1score"
    add(project, "w", text)
    hits = search(project, "score", whole_words=True)
    assert [h.start for h in hits] == [0, text.index("score说"), text.index("-score") + 1]
    assert len(search(project, "score")) == 7


def test_regex_and_a_bad_pattern(project: Project) -> None:
    text = "Credit score, credit scoring.\nCREDIT RATING"
    add(project, "r", text)
    assert [h.match for h in search(project, r"credit \w+", regex=True)] == [
        "Credit score",
        "credit scoring",
        "CREDIT RATING",
    ]
    assert [h.match for h in search(project, r"^credit", regex=True)] == ["Credit", "CREDIT"]
    assert [h.match for h in search(project, r"sco\w*", regex=True, whole_words=True)] == [
        "score",
        "scoring",
    ]
    assert search(project, r"x*", regex=True) == []  # empty matches are no hits
    with pytest.raises(QcodeError, match="not a valid regular expression") as caught:
        search(project, "credit (score", regex=True)
    assert "\n" not in str(caught.value)
    # Without regex mode the same text is searched literally.
    assert search(project, "credit (score") == []


def test_empty_query_is_an_error(project: Project) -> None:
    add(project, "e", "text")
    for query in ("", "   "):
        with pytest.raises(QcodeError):
            search(project, query)


def test_context_stays_on_the_line_and_collapses_whitespace(project: Project) -> None:
    text = "Interviewer: why?\nLiu:   the   notice\tcame late\nInterviewer: and then?"
    add(project, "c", text)
    (hit,) = search(project, "notice")
    assert hit.before == "Liu: the "
    assert hit.after == " came late"
    (hit,) = search(project, "why", context=5)
    assert hit.before == ": " and hit.after == "?"  # "wer" of "Interviewer" was cut


def test_context_drops_a_word_cut_in_two() -> None:
    text = "the government blacklist notice was posted online"
    start = text.index("notice")
    before, after = keyword_in_context(text, start, start + 6, 14)
    assert before == "blacklist "  # "ernment " was part of a word
    assert after == " was posted"  # "on" of "online" is dropped
    assert keyword_in_context(text, start, start + 6, 100) == (text[:start], text[start + 6 :])


def test_documents_filter_order_and_limit(project: Project) -> None:
    first = add(project, "b first", "notice notice")
    second = add(project, "a second", "notice")
    third = add(project, "c third", "no match")
    everything = search(project, "notice")
    order = [d.id for d in project.documents()]
    assert [h.document_id for h in everything] == sorted(
        (h.document_id for h in everything), key=order.index
    )
    assert spans(search(project, "notice", documents=[first.id])) == [
        ("b first", 0, 6),
        ("b first", 7, 13),
    ]
    assert spans(search(project, "notice", documents=[second.id, third.id])) == [("a second", 0, 6)]
    assert search(project, "notice", documents=[]) == []
    assert len(search(project, "notice", limit=2)) == 2


def test_code_hits_is_one_undo_step_and_skips_coded_hits(project: Project) -> None:
    document = add(project, "liu", "😀 notice, notice, 𠮷 notice")
    code = project.create_code("Notice")
    hits = search(project, "notice")
    project.apply_code(document, code, hits[0].start, hits[0].end)
    result = code_hits(project, hits, code)
    assert len(result.ids) == 2 and result.skipped_duplicates == 1
    codings = project.codings(code=code)
    assert [(c.start, c.end) for c in codings] == [(h.start, h.end) for h in hits]
    text = project.text(document)
    assert all(text[c.start : c.end] == "notice" for c in codings)
    project.undo()  # one step removes both new codings, not the earlier one
    assert [(c.start, c.end) for c in project.codings(code=code)] == [(2, 8)]


def test_code_hits_by_path_creates_the_code_in_the_same_step(project: Project) -> None:
    add(project, "a", "shaming and shaming")
    hits = search(project, "shaming")
    with pytest.raises(QcodeError):
        code_hits(project, hits, "Harms/Public shaming")
    result = code_hits(project, hits, "Harms/Public shaming", create=True)
    assert len(result.ids) == 2
    assert project.coding_count(code=project.code("Harms/Public shaming")) == 2
    project.undo()
    assert len(project.codebook()) == 0
    with pytest.raises(QcodeError):
        code_hits(project, [], "Harms")


def test_leading_inline_flags_survive_whole_words(project: Project) -> None:
    add(project, "f", "Score scores SCORE")
    hits = search(project, "(?i)score", regex=True, whole_words=True, case_sensitive=True)
    assert [h.match for h in hits] == ["Score", "SCORE"]


def test_every_non_ascii_lookalike_of_an_ascii_letter_is_known() -> None:
    # The SQL narrowing for ASCII queries relies on this table being complete.
    from qcode.analysis.search import _ASCII_LOOKALIKES

    letter = re.compile("[a-z]", re.IGNORECASE)
    found: dict[str, str] = {}
    for code_point in range(0x80, 0x110000):
        char = chr(code_point)
        if letter.fullmatch(char):
            same = next(c for c in string.ascii_lowercase if re.fullmatch(c, char, re.I))
            found[same] = found.get(same, "") + char
    assert found == _ASCII_LOOKALIKES
