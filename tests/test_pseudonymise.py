"""Finding identifiers however they are written, replacing them, and moving
codings along: a coding covers exactly the replaced text, never half a name."""

from __future__ import annotations

import pytest

from qcode.core.project import Project
from qcode.core.pseudonymise import OffsetMap, Pseudonymiser
from qcode.errors import QcodeError

TABLE = [
    ("Zhang Wei", "Respondent 3"),
    ("张伟", "受访者3"),
    ("Li", "Person L"),
    ("Rongcheng", "City B"),
]


@pytest.fixture
def pseudonymiser() -> Pseudonymiser:
    return Pseudonymiser(TABLE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zhang Wei came.", "Respondent 3 came."),
        ("ZHANG WEI came.", "Respondent 3 came."),
        ("zhang  wei came.", "Respondent 3 came."),
        ("Zhang\nWei came.", "Respondent 3 came."),
        ("Zhang\r\n\tWei came.", "Respondent 3 came."),
        ("Zhāng Wěi came.", "Respondent 3 came."),  # pinyin with tone marks
        ("Ｚｈａｎｇ　Ｗｅｉ came.", "Respondent 3 came."),  # full-width, ideographic space
        ("Zha\u00adng Wei came.", "Respondent 3 came."),  # a soft hyphen inside
        ("Zhang Wei's sister", "Respondent 3's sister"),
        ("Zhang Weiming came.", "Zhang Weiming came."),  # another name
        ("the police and Lina and Client 4", "the police and Lina and Client 4"),
        ("Li, then Li.", "Person L, then Person L."),
        ("(LI)", "(Person L)"),
        ("我叫张伟。", "我叫受访者3。"),  # Chinese: no spaces, matched anywhere
        ("主席张伟说", "主席受访者3说"),
        ("张\n伟说", "受访者3说"),  # a line broken inside the name
        ("我Li好", "我Person L好"),  # a Latin name between Chinese characters
        ("Rongcheng人", "City B人"),
    ],
)
def test_identifiers_are_found_however_they_are_written(
    pseudonymiser: Pseudonymiser, text: str, expected: str
) -> None:
    assert pseudonymiser.replace(text) == expected


def test_the_longer_identifier_wins_where_two_overlap() -> None:
    pseudonymiser = Pseudonymiser([("Zhang", "Surname Z"), ("Zhang Wei", "Respondent 3")])
    assert pseudonymiser.replace("Zhang Wei and Zhang") == "Respondent 3 and Surname Z"
    overlapping = Pseudonymiser([("Li Zhang", "Person A"), ("Zhang Wei", "Person B")])
    assert overlapping.replace("Li Zhang Wei") == "Li Person B"  # 9 characters beat 8
    equal = Pseudonymiser([("Anna Li", "Person A"), ("Li Ming", "Person B")])
    assert equal.replace("Anna Li Ming") == "Person A Ming"  # same length: leftmost


def test_a_failed_longer_match_leaves_the_shorter_one() -> None:
    pseudonymiser = Pseudonymiser([("Li Wei", "Person W"), ("Li", "Person L")])
    assert pseudonymiser.replace("Li Weiming") == "Person L Weiming"


POSITIONS_TEXT = "𠮷😀 Zhang Wei said: 张伟 came.\nZHANG\nWEI 😀 left. end"
POSITIONS_EXPECTED = "𠮷😀 Respondent 3 said: 受访者3 came.\nRespondent 3 😀 left. end"


def test_the_rewritten_text_and_its_position_map(pseudonymiser: Pseudonymiser) -> None:
    rewritten = pseudonymiser.rewrite(POSITIONS_TEXT)
    assert rewritten.text == POSITIONS_EXPECTED
    # 𠮷 and 😀 are one code point each: "Zhang Wei" is [3, 12), its replacement [3, 15)
    assert rewritten.offsets.span(3, 12) == (3, 15)
    assert rewritten.offsets.span(0, 2) == (0, 2)  # before any identifier: unchanged
    end = POSITIONS_TEXT.index("end")
    assert rewritten.offsets.span(end, end + 3) == (
        len(POSITIONS_EXPECTED) - 3,
        len(POSITIONS_EXPECTED),
    )


@pytest.mark.parametrize(
    ("coded", "expected"),
    [
        ("Zhang Wei", "Respondent 3"),
        ("ang Wei said", "Respondent 3 said"),  # starts inside the name
        ("said: 张", "said: 受访者3"),  # ends inside the Chinese name
        ("伟 came.\nZH", "受访者3 came.\nRespondent 3"),  # both
        ("came.\nZHANG", "came.\nRespondent 3"),  # half a name broken over two lines
        ("😀 left. end", "😀 left. end"),
        ("𠮷😀", "𠮷😀"),
    ],
)
def test_a_coding_covers_exactly_the_replaced_text(
    pseudonymiser: Pseudonymiser, coded: str, expected: str
) -> None:
    start = POSITIONS_TEXT.index(coded)
    rewritten = pseudonymiser.rewrite(POSITIONS_TEXT)
    new_start, new_end = rewritten.offsets.span(start, start + len(coded))
    assert rewritten.text[new_start:new_end] == expected


def test_a_coding_inside_one_name_covers_its_replacement(pseudonymiser: Pseudonymiser) -> None:
    rewritten = pseudonymiser.rewrite("Hi Zhang Wei!")
    assert rewritten.offsets.span(5, 7) == (3, 15)  # "an" of Zhang
    assert rewritten.text[3:15] == "Respondent 3"


def test_no_identifier_no_change(pseudonymiser: Pseudonymiser) -> None:
    rewritten = pseudonymiser.rewrite("Nothing to hide 😀.")
    assert rewritten.text == "Nothing to hide 😀."
    assert rewritten.offsets.span(3, 9) == (3, 9)
    assert OffsetMap().span(4, 8) == (4, 8)


def test_leaks_name_the_identifiers_in_any_form(pseudonymiser: Pseudonymiser) -> None:
    assert pseudonymiser.leaks("ＺＨＡＮＧ　ＷＥＩ met Li in 张 伟's town") == [
        "Zhang Wei",
        "张伟",
        "Li",
    ]
    assert pseudonymiser.leaks("Respondent 3 met Person L in City B") == []
    assert pseudonymiser.leaks("the police in Lima") == []


def test_words_of_an_identifier(pseudonymiser: Pseudonymiser) -> None:
    assert pseudonymiser.is_part_of_identifier("Wei")
    assert pseudonymiser.is_part_of_identifier("伟")
    assert pseudonymiser.is_part_of_identifier("rongch")  # cut by a coding's edge
    assert not pseudonymiser.is_part_of_identifier("police")
    assert not pseudonymiser.is_part_of_identifier("train")


def test_an_empty_table_is_refused(project: Project) -> None:
    with pytest.raises(QcodeError) as refused:
        Pseudonymiser.of(project)
    assert str(refused.value) == (
        "there are no pseudonyms in test.qcode: add some with 'qcode pseudonym' "
        "or Privacy ▸ Pseudonyms…"
    )
    project.set_pseudonym("Zhang Wei", "Respondent 3")
    assert Pseudonymiser.of(project).replace("zhang wei") == "Respondent 3"
