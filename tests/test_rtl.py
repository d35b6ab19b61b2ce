"""Right-to-left and Arabic-script testimony without Qt (issue 18): speaker
labels in Arabic script, search with and without diacritics, and Excel cells
and sheets that read right to left."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from qcode.analysis.search import code_hits, search
from qcode.core.project import Project
from qcode.io.base import ImportedDocument
from qcode.io.scripts import FoldedText, is_right_to_left
from qcode.io.speakers import detect_speaker_turns, split_speaker_label
from qcode.model import Document

# Testimony as an Arabic transcript writes it: harakat on some words, a
# tatweel, hamza on the alef, and a right-to-left mark Word put before a colon.
ARABIC = (
    "الباحِثة: متى عرفتَ أنّك على القائمة؟\n"
    "الشاهد\u200f: في المحطة رفضوا بيعي تذكرة القطار، قالوا إنّي أُدرِجتُ في القائمة.\n"
    "الباحِثة: هل أخبرك أحد بالسبب؟\n"
    "الشاهد\u200f: لا. أدرجت دون إشعار، والقـــائمة لا تُنشَر.\n"
)
HEBREW = "המראיינת: מתי גילית?\nהעד: בתחנה.\nהמראיינת: ומה אז?\nהעד: כלום.\n"


def add(project: Project, name: str, text: str) -> Document:
    (document,) = project.add_documents([ImportedDocument(name, text, f"{name}.txt", "text")])
    return document


# -- speaker labels -------------------------------------------------------------------


def test_arabic_speaker_labels_with_harakat_and_direction_marks_are_found() -> None:
    turns = detect_speaker_turns(ARABIC)
    assert [turn.speaker for turn in turns] == ["الباحِثة", "الشاهد"] * 2
    # Each turn starts at its label, at the start of its line.
    lines = ARABIC.splitlines(keepends=True)
    starts = [sum(len(line) for line in lines[:i]) for i in range(4)]
    assert [turn.start for turn in turns] == starts
    assert ARABIC[turns[1].start : turns[1].end] == lines[1].rstrip("\n")


def test_hebrew_and_persian_labels_and_what_is_not_a_label() -> None:
    assert [turn.speaker for turn in detect_speaker_turns(HEBREW)] == [
        "המראיינת",
        "העד",
        "המראיינת",
        "העד",
    ]
    # A Persian name with a zero-width non-joiner is one label.
    assert split_speaker_label("مصاحبه\u200cگر: سلام") == ("مصاحبه\u200cگر", "سلام")
    # An Arabic word before a clock time or a link is no speaker.
    assert split_speaker_label("الساعة:10:30") is None
    assert split_speaker_label("رابط:http://example.org") is None


# -- search -------------------------------------------------------------------------


def test_search_ignores_diacritics_only_when_asked(project: Project) -> None:
    document = add(project, "witness", ARABIC)
    plain = "أدرجت"  # as the witness's second answer writes it
    voweled = "أُدرِجتُ"  # as the first answer writes it
    assert [hit.match for hit in search(project, plain)] == [plain]
    assert [hit.match for hit in search(project, voweled)] == [voweled]
    # Asked to ignore them: both forms, whichever is typed, with a bare alef too.
    for query in (plain, voweled, "ادرجت"):
        hits = search(project, query, ignore_diacritics=True)
        assert [hit.match for hit in hits] == [voweled, plain]
        assert [(hit.start, hit.end) for hit in hits] == [
            (ARABIC.index(voweled), ARABIC.index(voweled) + len(voweled)),
            (ARABIC.index(plain), ARABIC.index(plain) + len(plain)),
        ]
    # A tatweel stretches a word without changing it.
    hits = search(project, "القائمة", ignore_diacritics=True)
    assert [hit.match for hit in hits] == ["القائمة", "القائمة", "القـــائمة"]
    assert [hit.match for hit in search(project, "القائمة")] == ["القائمة", "القائمة"]
    # Coding the hits stores exactly the stored characters.
    added = code_hits(project, search(project, plain, ignore_diacritics=True), "Listed", True)
    assert len(added.ids) == 2
    texts = sorted(project.text(document)[c.start : c.end] for c in project.codings())
    assert texts == sorted([voweled, plain])


def test_whole_words_and_chinese_keep_working_with_the_option(project: Project) -> None:
    add(project, "witness", ARABIC)
    add(project, "liu", "失信被执行人名单上有我。社会诚信体系，诚信。")
    # "القائمة" is a whole word; "قائمة" inside it is not.
    assert search(project, "قائمة", whole_words=True, ignore_diacritics=True) == []
    assert len(search(project, "قائمة", ignore_diacritics=True)) == 3
    for ignore in (False, True):
        hits = search(project, "诚信", whole_words=True, ignore_diacritics=ignore)
        assert [(hit.document, hit.match) for hit in hits] == [("liu", "诚信")] * 2


def test_a_query_of_marks_alone_is_refused(project: Project) -> None:
    add(project, "witness", ARABIC)
    with pytest.raises(Exception, match="type something to search for"):
        search(project, "\u064e\u0640", ignore_diacritics=True)


def test_folded_positions_map_back_exactly() -> None:
    # Against an independent mapping: the original index of every kept character.
    marks = ["\u064e", "\u0650", "\u0651", "\u0652", "\u0640", "\u0670"]
    letters = ["ا", "أ", "إ", "ب", "ت", " ", "a", "𠮷"]
    generator = random.Random(18)
    for _ in range(300):
        text = "".join(generator.choice(letters + marks) for _ in range(generator.randint(0, 30)))
        kept = [i for i, char in enumerate(text) if char not in marks]
        folded = FoldedText(text)
        assert len(folded.text) == len(kept)
        for position, original in enumerate(kept):
            assert folded.start_in_original(position) == original
            # An end takes the marks after its last letter, never a tatweel.
            end = original + 1
            while end < len(text) and text[end] in marks and text[end] != "\u0640":
                end += 1
            assert folded.end_in_original(position + 1) == end


def test_base_direction_follows_the_first_strong_letter() -> None:
    assert is_right_to_left("«قالوا» Social Credit")
    assert is_right_to_left("2019 — עד")
    assert not is_right_to_left("Social Credit «قالوا»")
    assert not is_right_to_left("信用 قالوا")
    assert not is_right_to_left("12:30 — !")


# -- Excel ---------------------------------------------------------------------------


def test_excel_cells_and_sheets_read_right_to_left(project: Project, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from qcode.export.xlsx import export_workbook

    arabic = add(project, "witness", ARABIC)
    english = add(project, "liu", "Interviewer: When?\nLiu: At the station.\n")
    words = "رفضوا بيعي تذكرة القطار"
    start = ARABIC.index(words)
    project.apply_code(arabic, "Listed", start, start + len(words), create=True)
    project.apply_code(english, "Listed", 0, len("Interviewer: When?"), create=True)
    path = tmp_path / "study.xlsx"
    export_workbook(project, path)

    book = openpyxl.load_workbook(path)
    sheet = book["Segments"]
    cells = {cell.value: cell for row in sheet.iter_rows() for cell in row}
    assert cells[words].alignment.readingOrder == 2
    assert cells[words].alignment.horizontal == "right"
    assert cells["Interviewer: When?"].alignment.readingOrder in (0, None)
    # Half the quotes are Arabic, not most: the sheet stays left to right.
    assert not sheet.sheet_view.rightToLeft
    assert not book["Summary"].sheet_view.rightToLeft

    project.remove_codings([c for c in project.codings() if c.document_id == english.id])
    export_workbook(project, path)
    book = openpyxl.load_workbook(path)
    assert book["Segments"].sheet_view.rightToLeft
    assert not book["Summary"].sheet_view.rightToLeft
