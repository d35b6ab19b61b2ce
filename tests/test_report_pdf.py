"""Reports as PDF, read back with pdfminer: every quote's text on the pages
(Chinese, 𠮷, emoji; Arabic in the order it is drawn), the headings as
bookmarks in tree order, page numbers, every font embedded; pseudonymised,
no identifier in the text, the bookmarks or the document information; and
the leak check finds a name in a PDF in Chinese, in Arabic or in a bookmark.

The study is :mod:`tests.report_study`.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from qcode.cli import main
from qcode.core.project import Project
from qcode.core.pseudonymise import Pseudonymiser
from qcode.errors import QcodeError
from qcode.export.leak_check import check_written, pdf_text
from qcode.export.report import ReportOptions, fonts, write_report
from tests.report_study import CODES, TABLE, build_study, squeezed


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("study") / "study.qcode"
    build_study(path)
    return path


@pytest.fixture(scope="module")
def plain(study: Path) -> Path:
    """The whole report, not pseudonymised."""
    out = study.with_name("plain.pdf")
    with Project.open(study, read_only=True) as project:
        write_report(project, out)
    return out


def pages(path: Path) -> list[str]:
    return list(pdf_text(path))


def bookmarks(path: Path) -> list[tuple[int, str]]:
    with path.open("rb") as stream:
        outlines = PDFDocument(PDFParser(stream)).get_outlines()
        return [(level, title) for level, title, *_rest in outlines]


def segments(path: Path, code: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main(["segments", str(path), "--code", code, "--json"]) == 0
    found: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return found


def test_every_quote_is_on_the_pages(
    study: Path, plain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "".join(pages(plain))
    # Wrapped lines break a quote with white space; pdfminer marks a glyph
    # without text as (cid:N): there must be none.
    assert "(cid:" not in text
    flat = squeezed(text)
    for code in CODES:
        for segment in segments(study, code, capsys):
            quote = squeezed(segment["text"])
            if re.search("[\u0600-\u06ff]", quote):
                # A PDF holds Arabic in the order it is drawn: right to left.
                assert quote[::-1] in flat, segment["text"]
            else:
                assert quote in flat, segment["text"]
    for piece in ("𠮷", "😀", "张伟", "我们被监视了。"):
        assert piece in text


def test_headings_are_bookmarks_in_tree_order(plain: Path) -> None:
    found = bookmarks(plain)
    start = found.index((1, "Quotes by code"))
    assert found[start : start + 5] == [
        (1, "Quotes by code"),
        (2, "Detention"),
        (3, "Rongcheng police"),
        (2, "Names"),
        (2, "Voices"),
    ]
    assert [title for level, title in found if level == 1] == [
        "About this report",
        "Codebook",
        "Quotes by code",
        "Memos",
        "Charts",
        "Sources",
    ]


def test_pages_are_numbered_and_fonts_embedded(plain: Path) -> None:
    texts = pages(plain)
    for number, text in enumerate(texts, 1):
        assert f"{number} / {len(texts)}" in text
    with plain.open("rb") as stream:
        document = PDFDocument(PDFParser(stream))
        fonts_seen = 0
        for page in PDFPage.create_pages(document):
            for font in resolve1(page.resources.get("Font", {})).values():
                font = resolve1(font)
                described = resolve1(resolve1(font["DescendantFonts"])[0])["FontDescriptor"]
                described = resolve1(described)
                assert "FontFile2" in described or "FontFile3" in described
                fonts_seen += 1
    assert fonts_seen > 3  # the body font, bold, and the Chinese, Arabic, emoji fonts


def test_contents_page_lists_the_sections_with_their_pages(plain: Path) -> None:
    texts = pages(plain)
    contents = texts[1]
    assert contents.startswith("Contents")
    (quotes_page,) = [n for n, text in enumerate(texts, 1) if text.startswith("Quotes by code")]
    assert "Quotes by code" in contents and f"\n{quotes_page}\n" in contents


def test_pseudonymised_pdf_holds_no_identifier(study: Path, tmp_path: Path) -> None:
    out = tmp_path / "pseudonymised.pdf"
    with Project.open(study, read_only=True) as project:
        write_report(project, out, pseudonymiser=Pseudonymiser.of(project))
    text = "\n".join(pages(out))
    titles = " ".join(title for _level, title in bookmarks(out))
    with out.open("rb") as stream:
        info = str(PDFDocument(PDFParser(stream)).info)
    for original in TABLE:
        for where in (text, titles, info):
            assert original.casefold() not in where.casefold(), original
    assert "In City B 𠮷 police took me." in text
    assert "受访者3 was my name 😀." in text
    assert "شاهد"[::-1] in squeezed(text)  # drawn right to left


@pytest.mark.parametrize(
    ("identifier", "where"),
    [
        ("张伟", "page"),
        ("محمد", "page"),
        ("Rongcheng police", "a bookmark"),
        ("study", "document information (Title)"),
    ],
)
def test_leak_check_finds_a_name_left_in_a_pdf(
    plain: Path, tmp_path: Path, identifier: str, where: str
) -> None:
    copy = tmp_path / "copy.pdf"
    shutil.copyfile(plain, copy)
    with pytest.raises(QcodeError) as refused:
        check_written(copy, Pseudonymiser([(identifier, "X")]), "report.pdf")
    assert f"'{identifier}' would leak in" in str(refused.value)
    assert where in str(refused.value)
    assert "\n" not in str(refused.value)
    assert not copy.exists()


def test_a_script_without_a_font_is_refused_before_writing(
    study: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_chinese = tuple(face for face in fonts.FALLBACKS if face.name != "CJK")
    monkeypatch.setattr(fonts, "FALLBACKS", no_chinese)
    out = tmp_path / "r.pdf"
    with Project.open(study, read_only=True) as project, pytest.raises(QcodeError) as refused:
        write_report(project, out, ReportOptions(sections=("quotes",)))
    message = str(refused.value)
    assert message.startswith("r.pdf: no font here can show '")
    assert "noto-cjk-sans-otc" in message and "write the report as .docx" in message
    assert list(tmp_path.iterdir()) == []  # nothing written, no temporary file left


def test_cancel_leaves_nothing(study: Path, tmp_path: Path) -> None:
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 3

    out = tmp_path / "r.pdf"
    with Project.open(study, read_only=True) as project, pytest.raises(QcodeError) as stopped:
        write_report(project, out, progress=progress)
    assert str(stopped.value) == "export cancelled"
    assert list(tmp_path.iterdir()) == []
