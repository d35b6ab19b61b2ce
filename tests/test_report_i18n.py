"""Analysis and export messages, filter summaries and reports in the
interface's language (issue 18).

The errors of qcode.analysis and qcode.export are Messages: the English the
command line prints is unchanged, and the app can translate the template
and every nested piece.  A report written with a ``translate`` has every
heading, caption, label and table header in that language, while the
researcher's own text (quotes, code names, memos) is never touched; the
command line's report stays English.  The study is :mod:`tests.report_study`.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from qcode.analysis.agreement.report import compute_agreement
from qcode.analysis.filters import Filters
from qcode.analysis.queries.grammar import QuerySyntaxError, parse
from qcode.analysis.search import compile_query
from qcode.cli import main
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.export.leak_check import pdf_text
from qcode.export.report import check_report_path, outline, parse_sections, write_report
from qcode.export.workbook import check_workbook_path
from qcode.messages import Message
from qcode.model import ORIGINS
from tests.report_study import PLANNED, build_study

SECTION_TITLES = ["About this report", "Codebook", "Quotes by code", "Memos", "Charts", "Sources"]


def marked(template: str) -> str:
    """A stand-in language: every template in « », so that a text the report
    forgot to translate shows up as one without them."""
    return f"«{template}»"


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("study") / "study.qcode"
    build_study(path)
    return path


def message_of(error: BaseException) -> Message:
    (message,) = error.args
    assert isinstance(message, Message)
    return message


# -- errors -----------------------------------------------------------------------------------


def test_query_syntax_errors_are_messages_with_their_english(study: Path) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse('"Detention" AND')
    message = message_of(caught.value)
    assert message == (
        "query: column 16: expected a code in double quotes or '(', found the end of the query"
    )
    assert message.translated(marked) == (
        "«query: column 16: «expected a code in double quotes or '(', found "
        "«the end of the query»»»"
    )
    with pytest.raises(QuerySyntaxError) as caught:
        parse('"Detention" near "Names"')
    assert str(caught.value) == (
        "query: column 13: unexpected 'near': expected AND, OR, AND NOT or NEAR/… "
        "(put code paths in double quotes)"
    )


def test_filter_mistakes_are_named_together_and_translated_piece_by_piece(study: Path) -> None:
    with Project.open(study, read_only=True) as project, pytest.raises(QcodeError) as caught:
        Filters.from_names(project, attributes=["colour=red"], origins=["magic"])
    message = message_of(caught.value)
    origins = ", ".join(ORIGINS)
    assert message == f"no attribute 'colour'; unknown origin 'magic' (origins: {origins})"
    assert message.translated(marked) == (
        f"««no attribute 'colour'»; «unknown origin 'magic' (origins: {origins})»»"
    )


def test_export_and_analysis_refusals_keep_their_english(study: Path, tmp_path: Path) -> None:
    cases: list[tuple[object, str]] = []
    for attempt, english in (
        (
            lambda: check_report_path(tmp_path / "annex.txt"),
            "annex.txt: a report is written as .docx (Word) or .pdf (got '.txt')",
        ),
        (
            lambda: check_report_path(tmp_path / "annex"),
            "annex: a report is written as .docx (Word) or .pdf (got 'no suffix')",
        ),
        (
            lambda: check_report_path(tmp_path / "gone" / "annex.docx"),
            f"annex.docx: folder {tmp_path / 'gone'} does not exist",
        ),
        (
            lambda: parse_sections("title, appendix"),
            "unknown section(s) appendix: use title, codebook, quotes, memos, charts, queries, "
            "framework, corroboration, sources (comma-separated)",
        ),
        (
            lambda: check_workbook_path(tmp_path / "codes.csv"),
            "codes.csv: an Excel workbook's name must end in .xlsx",
        ),
        (lambda: compile_query("   "), "type something to search for"),
    ):
        with pytest.raises(QcodeError) as caught:
            attempt()
        message = message_of(caught.value)
        assert message == english
        cases.append((message.translated(marked), english))
    for translated, english in cases:
        assert translated.startswith("«") and translated != english
    assert cases[1][0] == "«annex: a report is written as .docx (Word) or .pdf (got '«no suffix»')»"
    with Project.open(study, read_only=True) as project, pytest.raises(QcodeError) as caught:
        compute_agreement(project, ["Amina", "Chen"], unit="word")
    assert (
        message_of(caught.value)
        == "unknown unit 'word': use character, sentence, paragraph, segment"
    )


# -- filter summaries -------------------------------------------------------------------------


def test_filter_summaries_are_english_and_translatable(study: Path) -> None:
    everything = Filters().describe()
    assert everything == "none (the whole project)"
    assert isinstance(everything, Message)
    assert everything.translated(marked) == "«none (the whole project)»"
    with Project.open(study, read_only=True) as project:
        filters = Filters.from_names(project, documents=["Hearing"], coders=["Chen"])
        named = filters.describe(project)
        counted = filters.describe()
    assert named == "documents: Hearing; coders: Chen"
    assert isinstance(named, Message)
    assert named.translated(marked) == "««documents: Hearing»; «coders: Chen»»"
    assert counted == "documents: 1 document; coders: 1 coder"
    assert isinstance(counted, Message)
    assert counted.translated(marked) == "««documents: «1 document»»; «coders: «1 coder»»»"


# -- reports ----------------------------------------------------------------------------------


def styled(path: Path, *styles: str) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs if p.style.name in styles]


def test_a_translated_word_report(study: Path, tmp_path: Path) -> None:
    out = tmp_path / "annex.docx"
    with Project.open(study, read_only=True) as project:
        write_report(project, out, translate=marked)
    assert styled(out, "Heading 1") == [f"«{title}»" for title in SECTION_TITLES]
    notes = styled(out, "Subtitle", "TOC Heading", "Report note", "Coding memo")
    for text in filter(None, notes):  # (an empty note is the space after a table)
        assert text.startswith("«") and text.endswith("»"), text
    document = docx.Document(str(out))
    about = document.tables[0]
    labels = [row.cells[0].text for row in about.rows]
    assert labels[:3] == ["«Project»", "«Written»", "«Documents»"]
    assert all(label.startswith("«") for label in labels)
    agreement = [t for t in document.tables if t.rows[0].cells[0].text == "«Code»"]
    assert agreement and agreement[0].rows[0].cells[1].text == "«% agreement»"
    citations = [text for text in styled(out, "Citation") if "¶" in text]  # not memos'
    assert len(citations) == len(PLANNED)
    assert all("«coded by " in text for text in citations)
    # The researcher's words are never translated: the quotes and code names
    # are the stored text exactly.
    assert sorted(styled(out, "Quote")) == sorted(planned.quote for planned in PLANNED)
    assert "Detention" in styled(out, "Heading 2")


def test_the_english_report_and_the_command_lines_are_the_same(study: Path, tmp_path: Path) -> None:
    library = tmp_path / "library.docx"
    with Project.open(study, read_only=True) as project:
        write_report(project, library)
        headings = [heading.text for heading in outline(project) if heading.level == 1]
    cli = tmp_path / "cli.docx"
    assert main(["report", str(study), str(cli)]) == 0
    assert styled(cli, "Heading 1") == SECTION_TITLES
    assert headings == SECTION_TITLES
    every = ("Heading 1", "Heading 2", "Report note", "TOC Heading", "Citation", "Coding memo")
    assert styled(cli, *every) == styled(library, *every)
    assert not any("«" in text for text in styled(cli, *every, "Subtitle", "Normal"))
    assert styled(cli, "TOC Heading") == ["Contents"]


def test_a_translated_outline(study: Path) -> None:
    with Project.open(study, read_only=True) as project:
        headings = outline(project, translate=marked)
    assert [h.text for h in headings if h.level == 1] == [f"«{t}»" for t in SECTION_TITLES]
    assert "Detention" in [h.text for h in headings if h.level == 2]


ARABIC = {"Codebook": "دفتر الرموز", "Contents": "المحتويات"}
CHINESE = {"About this report": "关于本报告", "Contents": "目录", "Memo: {memo}": "备忘：{memo}"}


def test_right_to_left_headings_stay_right_to_left(study: Path, tmp_path: Path) -> None:
    out = tmp_path / "arabic.docx"
    with Project.open(study, read_only=True) as project:
        write_report(project, out, translate=lambda text: ARABIC.get(text, text))
    document = docx.Document(str(out))
    (heading,) = [
        p for p in document.paragraphs if p.text == "دفتر الرموز" and p.style.name == "Heading 1"
    ]
    assert heading._p.pPr.find(docx.oxml.ns.qn("w:bidi")) is not None
    assert styled(out, "TOC Heading") == ["المحتويات"]


def test_a_chinese_pdf_report(study: Path, tmp_path: Path) -> None:
    out = tmp_path / "annex.pdf"
    with Project.open(study, read_only=True) as project:
        write_report(project, out, translate=lambda text: CHINESE.get(text, text))
    text = "".join(pdf_text(out))
    assert "目录" in text and "关于本报告" in text
    assert "Contents" not in text


def test_a_right_to_left_heading_leaves_the_contents_page_readable(
    study: Path, tmp_path: Path
) -> None:
    # A name in a fallback font (Arabic) drawn first on a contents line once
    # left that font set for the page number and the lines after it.
    out = tmp_path / "annex.pdf"
    arabic = {"Code frequencies": "تكرارات الرموز"}
    with Project.open(study, read_only=True) as project:
        write_report(project, out, translate=lambda text: arabic.get(text, text))
    _title, contents, *_rest = pdf_text(out)
    lines = [line.strip() for line in contents.splitlines() if line.strip()]
    assert lines[0] == "Contents"
    entries = [line for line in lines[1:] if not line[0].isdigit()]
    numbers = [int(line) for line in lines if line.isdigit()]
    charts = entries.index("Charts")
    assert entries[charts + 2 : charts + 4] == ["Co-occurrence", "Sources"], entries
    # A page number for every entry, never going down (the page footer aside).
    assert len(numbers) == len(entries)
    assert numbers == sorted(numbers), numbers
