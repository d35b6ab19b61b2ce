"""Coded segments with their context and speaker, and the memo rows."""

from __future__ import annotations

import inspect
from pathlib import Path

from qcode.analysis import segments_report
from qcode.analysis.filters import Filters
from qcode.analysis.segments_report import (
    PARAGRAPH_LIMIT,
    context_span,
    memo_rows,
    segment_count,
    segment_rows,
)
from qcode.core.project import Project
from qcode.io.base import ImportedDocument, SpeakerTurn

CHINESE = "记者：你好。\n刘：😀 我被列入失信名单，不能买票。𠮷野家也不行！\n记者：后来呢？"


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def test_context_is_the_paragraph_with_astral_characters_and_speakers(tmp_path: Path) -> None:
    turns = [
        SpeakerTurn("记者", 0, 6),
        SpeakerTurn("刘", 7, CHINESE.index("\n记者：后来")),
        SpeakerTurn("记者", CHINESE.index("记者：后来"), len(CHINESE)),
    ]
    with Project.create(tmp_path / "p.qcode", coder="Chen") as project:
        (document,) = project.add_documents(
            [ImportedDocument("访谈", CHINESE, "f.txt", "text", turns)]
        )
        code = project.create_code("失信")
        start, end = _span(CHINESE, "失信名单")
        coding = project.apply_code(document, code, start, end, memo="关键")
        astral_start, astral_end = _span(CHINESE, "𠮷野家")
        project.apply_code(document, code, astral_start, astral_end)
        rows = list(segment_rows(project))
    assert len(rows) == 2
    first, second = rows
    assert (first.start, first.end, first.text) == (start, end, "失信名单")
    assert start == CHINESE.index("失")  # code points: 😀 before it counts as one
    assert first.context == "刘：😀 我被列入失信名单，不能买票。𠮷野家也不行！"
    assert first.speaker == "刘"
    assert first.memo == "关键"
    assert first.coder == "Chen" and first.document == "访谈" and first.code == "失信"
    assert coding is not None and first.coding_uuid == coding.uuid
    assert second.text == "𠮷野家" and second.end - second.start == 3
    assert second.context == first.context
    assert first.cells()[8].count(":") == 2 and "T" not in first.cells()[8]


def test_long_paragraphs_give_the_sentence(tmp_path: Path) -> None:
    english = " ".join(f"Sentence number {n} is here." for n in range(60))
    chinese = "".join(f"第{n}句话在这里。" for n in range(120))
    assert len(english) > PARAGRAPH_LIMIT and len(chinese) > PARAGRAPH_LIMIT
    text = english + "\n" + chinese
    start, end = _span(text, "number 20")
    assert text[slice(*context_span(text, start, end))] == "Sentence number 20 is here."
    start, end = _span(text, "20 is here. Sentence number 21")
    assert text[slice(*context_span(text, start, end))] == (
        "Sentence number 20 is here. Sentence number 21 is here."
    )
    start, end = _span(text, "第7句")
    assert text[slice(*context_span(text, start, end))] == "第7句话在这里。"
    start, end = _span(text, "第0句")  # right after the line break
    assert text[slice(*context_span(text, start, end))] == "第0句话在这里。"
    # A short paragraph is taken whole, whatever its sentences.
    short = "One. Two three.\nFour."
    start, end = _span(short, "three")
    assert short[slice(*context_span(short, start, end))] == "One. Two three."
    # A segment covering the whole text is its own context.
    assert context_span(short, 0, len(short)) == (0, len(short))


def test_a_paragraph_without_sentence_ends_is_cut_around_the_segment(tmp_path: Path) -> None:
    text = "word " * 400
    with Project.create(tmp_path / "p.qcode") as project:
        (document,) = project.add_documents([ImportedDocument("Long", text, "l.txt", "text")])
        project.apply_code(document, project.create_code("C"), 1000, 1004)
        (row,) = segment_rows(project)
    assert row.text == "word"
    assert row.context.startswith("…") and row.context.endswith("…")
    assert 300 < len(row.context) < 2 * segments_report.MARGIN + 20


def test_segment_rows_is_a_generator_reading_a_document_at_a_time(tmp_path: Path) -> None:
    assert inspect.isgeneratorfunction(segment_rows)
    with Project.create(tmp_path / "p.qcode", coder="Amina") as project:
        one, two = project.add_documents(
            [
                ImportedDocument("B", "beta text", "b.txt", "text"),
                ImportedDocument("A", "alpha text", "a.txt", "text"),
            ]
        )
        code = project.create_code("C")
        project.apply_code(one, code, 5, 9)
        project.apply_code(one, code, 0, 4, coder="Chen")
        project.apply_code(two, code, 0, 5)
        rows = list(segment_rows(project))
        # Documents in display order (here: as imported), then by position.
        assert [(r.document, r.start) for r in rows] == [("B", 0), ("B", 5), ("A", 0)]
        assert segment_count(project) == 3
        chen = Filters.from_names(project, coders=["Chen"])
        assert [r.text for r in segment_rows(project, chen)] == ["beta"]
        assert segment_count(project, chen) == 1
        only_a = Filters.from_names(project, documents=["A"])
        assert segment_count(project, only_a) == 1


def test_memo_rows_say_what_each_memo_is_on(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qcode", coder="Amina") as project:
        one, two = project.add_documents(
            [
                ImportedDocument("One", "他被列入失信名单。" * 20, "1.txt", "text"),
                ImportedDocument("Two", "Nothing here.", "2.txt", "text"),
            ]
        )
        harms = project.create_code("Harms")
        fear = project.create_code("Fear", harms)
        other = project.create_code("Other")
        coding = project.apply_code(one, fear, 4, 100, coder="Chen")
        assert coding is not None
        project.add_memo("project", None, "Project thoughts", title="Start")
        project.add_memo("document", one.id, "About one")
        project.add_memo("document", two.id, "About two")
        project.add_memo("code", harms.id, "What harms means")
        project.add_memo("code", other.id, "Other code")
        project.add_memo("coding", coding.id, "Why this passage")
        rows = memo_rows(project)
        by_kind = {(r.kind, r.text): r for r in rows}
        assert len(rows) == 6
        assert by_kind["project", "Project thoughts"].title == "Start"
        assert by_kind["project", "Project thoughts"].author == "Amina"
        assert by_kind["document", "About one"].attached_to == "One"
        assert by_kind["code", "What harms means"].attached_to == "Harms"
        on_coding = by_kind["coding", "Why this passage"]
        excerpt = ("失信名单。他被列入" * 20)[:80]
        assert on_coding.attached_to == f"One — Harms/Fear: “{excerpt}…”"
        assert on_coding.document == "One" and on_coding.code == "Harms/Fear"
        assert on_coding.created_at and on_coding.modified_at
        # Filters: the coding memo follows its coding; code memos their code.
        only_fear = memo_rows(project, Filters.from_names(project, codes=["Harms/Fear"]))
        assert {(r.kind, r.text) for r in only_fear} == {
            ("project", "Project thoughts"),
            ("document", "About one"),
            ("document", "About two"),
            ("coding", "Why this passage"),
        }
        only_two = memo_rows(project, Filters.from_names(project, documents=["Two"]))
        assert ("coding", "Why this passage") not in {(r.kind, r.text) for r in only_two}
        assert ("document", "About one") not in {(r.kind, r.text) for r in only_two}
        chen = memo_rows(project, Filters.from_names(project, coders=["Chen"]))
        assert [(r.kind, r.text) for r in chen] == [("coding", "Why this passage")]
