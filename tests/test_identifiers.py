"""Finding details that could identify someone, on text written here.

Expected spans are written out by hand; the resident identity numbers'
check characters are computed here from the ISO 7064 MOD 11-2 definition
(weight of digit i = 2**(17 - i) mod 11), not with qcode's own table.
"""

from __future__ import annotations

from typing import Any

import pytest

from qcode.analysis.identifiers import finder as identifiers
from qcode.analysis.identifiers.finder import find_identifiers, suggest_replacements
from qcode.core.project import Project
from qcode.io.base import ImportedDocument


def check_character(first17: str) -> str:
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def found(project: Project, text: str, **options: Any) -> set[tuple[str, str]]:
    """(kind, text) of every candidate in a document holding ``text``."""
    name = f"Doc {len(project.documents()) + 1}"
    document = project.add_documents([ImportedDocument(name, text, "d.txt", "text")])[0]
    result = find_identifiers(project, [document], use_model=False, **options)
    for candidate in result:
        assert text[candidate.start : candidate.end] == candidate.text
    return {(c.kind, c.text) for c in result}


def test_a_resident_id_is_found_only_with_the_right_check_character(project: Project) -> None:
    body = "11010519491231002"  # Beijing Xicheng, born 1949-12-31
    right = body + check_character(body)
    assert right == "11010519491231002X"  # the check worked out by hand agrees
    wrong = body + ("0" if right[-1] != "0" else "1")
    other = "44030619880214123"  # Shenzhen, born 1988-02-14
    assert found(project, f"Her card number is {right}.") == {("resident id", right)}
    assert found(project, f"身份证号{other + check_character(other)}，") == {
        ("resident id", other + check_character(other))
    }
    assert found(project, f"Her card number is {wrong}.") == set()
    # A right check character but no such day: not a resident number either.
    no_day = "11010519491332002"
    assert found(project, f"Number {no_day + check_character(no_day)}.") == set()


def test_phone_numbers_in_common_forms(project: Project) -> None:
    text = (
        "Call +86 138 1234 5678, or 13812345678, or 138-1234-5678. "
        "Office (010) 1234 5678, fax 020-1234-5678, London +44 20 7946 0958, "
        "US 415-555-0134. My WeChat number: 8765 4321 9."
    )
    assert found(project, text) == {
        ("phone", "+86 138 1234 5678"),
        ("phone", "13812345678"),
        ("phone", "138-1234-5678"),
        ("phone", "(010) 1234 5678"),
        ("phone", "020-1234-5678"),
        ("phone", "+44 20 7946 0958"),
        ("phone", "415-555-0134"),
        ("phone", "8765 4321 9"),
    }


def test_e_mail_and_web_addresses(project: Project) -> None:
    text = (
        "Write to zhang.wei+safe@example.org or see https://example.org/p?id=12. "
        "Her page is weibo.com/u/123456, and www.example.cn/news."
    )
    assert found(project, text) == {
        ("e-mail", "zhang.wei+safe@example.org"),
        ("web address", "https://example.org/p?id=12"),
        ("web address", "weibo.com/u/123456"),
        ("web address", "www.example.cn/news"),
    }


def test_street_addresses(project: Project) -> None:
    text = "He lived at 12 Jiefang Road, then No. 7 Harbour Street. 我住在解放路12号3栋。"
    assert found(project, text) == {
        ("address", "12 Jiefang Road"),
        ("address", "No. 7 Harbour Street"),
        ("address", "解放路12号3栋"),
    }


def test_names_after_titles(project: Project) -> None:
    text = "Dr Wang Li met Mr. Zhang and Judge Chen Hua. 王律师见了李明先生。 The Director said no."
    assert found(project, text) == {
        ("person", "Wang Li"),
        ("person", "Zhang"),
        ("person", "Chen Hua"),
        ("person", "王律师"),  # a surname alone keeps its title
        ("person", "李明"),
    }


def test_coordinates_and_dates_of_birth(project: Project) -> None:
    text = (
        "The camp is at 39.9042, 116.4074 or 43°48'N 87°36'E. "
        "She was born on 3 May 1980; date of birth: 1975-11-02. 他出生于1980年5月3日。"
    )
    assert found(project, text) == {
        ("coordinates", "39.9042, 116.4074"),
        ("coordinates", "43°48'N 87°36'E"),
        ("date of birth", "3 May 1980"),
        ("date of birth", "1975-11-02"),
        ("date of birth", "1980年5月3日"),
    }


def test_id_numbers(project: Project) -> None:
    text = "Passport E12345678, case number 20190412377, old card 110105491231002."
    assert found(project, text) == {
        ("id number", "E12345678"),
        ("id number", "20190412377"),
        ("id number", "110105491231002"),
    }


def test_ordinary_interview_text_gives_nothing(project: Project) -> None:
    text = (
        "Interviewer: When did it start?\n"
        "R3: In 2019, I think. We met at 10:30 and again at 14:45 on 2021-03-04.\n"
        "Q: How many were listed?\n"
        "A: About 45% of the 1,200 villagers, 3.5 million people nationally, between 2014 "
        "and 2020. Page 12, line 3. It cost 20000 yuan (20210304 was the date).\n"
        "The 2019 Supreme Court ruling came at 9 a.m.; Mr said nothing.\n"
        "R12: 我2018年去了北京，大概80%的人都知道。\n"
    )
    assert found(project, text) == set()


def test_other_spellings_of_a_table_entry(project: Project) -> None:
    project.set_pseudonym("Zhang Wei", "Respondent 3", "person")
    project.set_pseudonym("13812345678", "Phone 1", "phone")
    text = (
        "Zhang Wei said ZHANG Wei, Zhang-Wei, Zhangwei, Zhāng Wěi and ＺＨＡＮＧ ＷＥＩ. "
        "Zhang Weiming is someone else. Call 13812345678 or 138 1234 5678."
    )
    document = project.add_documents([ImportedDocument("D", text, "d.txt", "text")])[0]
    result = find_identifiers(project, [document], use_model=False)
    assert [(c.text, c.source, c.known_replacement) for c in result] == [
        ("ZHANG Wei", "table", "Respondent 3"),
        ("Zhang-Wei", "table", "Respondent 3"),
        ("Zhangwei", "table", "Respondent 3"),
        ("Zhāng Wěi", "table", "Respondent 3"),
        ("ＺＨＡＮＧ ＷＥＩ", "table", "Respondent 3"),
        ("13812345678", "rule", "Phone 1"),  # listed, and marked as already in the table
        ("138 1234 5678", "rule", "Phone 1"),
    ]
    assert result[0].kind == "person"
    assert (result[0].start, result[0].end) == (15, 24)


def test_positions_are_code_points(project: Project) -> None:
    text = "😀𠮷\nmail a@b.org"
    document = project.add_documents([ImportedDocument("D", text, "d.txt", "text")])[0]
    [candidate] = find_identifiers(project, [document], use_model=False)
    assert (candidate.start, candidate.end) == (8, 15)  # 2 + newline + "mail " = 8


def test_suggested_replacements_number_on_from_the_table(project: Project) -> None:
    project.set_pseudonym("Li Na", "Person 1", "person")
    project.set_pseudonym("Rongcheng", "Place 1", "place")
    text = "Dr Wang Li met Mr. Zhang, then Dr Wang Li again at 12 Jiefang Road. LI NA came."
    document = project.add_documents([ImportedDocument("D", text, "d.txt", "text")])[0]
    result = find_identifiers(project, [document], use_model=False)
    assert suggest_replacements(result, project.pseudonyms()) == {
        "Wang Li": "Person 2",
        "Zhang": "Person 3",
        "12 Jiefang Road": "Address 1",
        "LI NA": "Person 1",
    }


def test_without_a_trained_pipeline_a_note_says_so(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(identifiers, "trained_pipelines", lambda: [])
    project.add_documents([ImportedDocument("D", "Zhang Wei lives in Rongcheng.", "d", "text")])
    result = find_identifiers(project)
    assert list(result) == []
    assert len(result.notes) == 1
    assert "no trained spaCy pipeline is installed" in result.notes[0]
    assert find_identifiers(project, use_model=False).notes == []


def test_a_pipeline_s_entities_become_candidates(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model path, with a stand-in pipeline whose entities are known."""
    spacy = pytest.importorskip("spacy")

    def stand_in(lang: str, model: str) -> Any:
        assert (lang, model) == ("en", "en_test_sm")
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("entity_ruler")
        ruler.add_patterns(
            [
                {"label": "PERSON", "pattern": "Zhang Wei"},
                {"label": "GPE", "pattern": "Rongcheng"},
                {"label": "DATE", "pattern": "Monday"},
            ]
        )
        return nlp

    monkeypatch.setattr(identifiers, "trained_pipelines", lambda: ["en_test_sm"])
    monkeypatch.setattr("qcode.analysis.nlp.load_pipeline", stand_in)
    _english, chinese = project.add_documents(
        [
            ImportedDocument("E", "On Monday Zhang Wei left Rongcheng.", "e", "text"),
            ImportedDocument("Z", "张伟离开了荣成。", "z", "text"),
        ]
    )
    project.set_attributes(chinese, {"language": "zh"})
    result = find_identifiers(project)
    assert [(c.kind, c.text, c.start, c.source) for c in result] == [
        ("person", "Zhang Wei", 10, "model"),
        ("place", "Rongcheng", 25, "model"),
    ]
    assert len(result.notes) == 1 and "'zh'" in result.notes[0]


def test_chinese_names_with_a_trained_pipeline(project: Project) -> None:
    spacy = pytest.importorskip("spacy")
    names = [n for n in spacy.util.get_installed_models() if n.startswith("zh_")]
    if not names:
        pytest.skip("no trained spaCy pipeline is installed for Chinese (e.g. zh_core_web_sm)")
    document = project.add_documents(
        [ImportedDocument("Z", "张伟说，他在北京见过李娜。", "z", "text")]
    )[0]
    project.set_attributes(document, {"language": "zh"})
    result = find_identifiers(project)
    people = {c.text for c in result if c.kind == "person"}
    assert "张伟" in people or "李娜" in people
