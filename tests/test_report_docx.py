"""Reports as Word documents, read back with python-docx: the codes' headings
in tree order in real heading styles, each quote the stored text exactly
(what ``qcode segments`` prints, 𠮷, 😀, Chinese and Arabic included) with a
citation naming its document, speaker and coder, the filters respected, and a
pseudonymised report without any identifier in any part of the file.

The study is :mod:`tests.report_study`.
"""

from __future__ import annotations

import hashlib
import html
import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest

from qcode.analysis.filters import Filters
from qcode.cli import main
from qcode.core.project import Project
from qcode.core.pseudonymise import Pseudonymiser
from qcode.export.report import ReportOptions, write_report
from tests.report_study import CODES, CODING_MEMO, DEFINITION, PLANNED, TABLE, build_study


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.qcode"
    build_study(path)
    return path


def segments(path: Path, code: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    """What ``qcode segments --code CODE --json`` prints (the code's own codings)."""
    capsys.readouterr()
    assert main(["segments", str(path), "--code", code, "--json"]) == 0
    found: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return found


def report(study: Path, out: Path, **options: Any) -> Path:
    pseudonymise = options.pop("pseudonymise", False)
    with Project.open(study, read_only=True) as project:
        if "filters" in options:
            options["filters"] = Filters.from_names(project, **options["filters"])
        pseudonymiser = Pseudonymiser.of(project) if pseudonymise else None
        write_report(project, out, ReportOptions(**options), pseudonymiser=pseudonymiser)
    return out


def quotes_by_heading(document: Any) -> dict[str, list[tuple[str, str]]]:
    """Heading text → the (quote, citation) pairs that follow it."""
    found: dict[str, list[tuple[str, str]]] = {}
    current = None
    paragraphs = document.paragraphs
    for number, paragraph in enumerate(paragraphs):
        style = paragraph.style.name
        if style.startswith("Heading"):
            current = paragraph.text
            found.setdefault(current, [])
        elif style == "Quote" and current is not None:
            found[current].append((paragraph.text, paragraphs[number + 1].text))
    return found


def test_code_headings_are_real_headings_in_tree_order(study: Path, tmp_path: Path) -> None:
    document = docx.Document(str(report(study, tmp_path / "r.docx", sections=("quotes",))))
    paragraphs = document.paragraphs
    headings = [(p.style.name, p.text) for p in paragraphs if p.style.name[:7] == "Heading"]
    assert headings == [
        ("Heading 1", "Quotes by code"),
        ("Heading 2", "Detention"),
        ("Heading 3", "Rongcheng police"),
        ("Heading 2", "Names"),
        ("Heading 2", "Voices"),
    ]
    # Word's navigation pane and table of contents go by the style's outline level.
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading"):
            level = int(paragraph.style.name.split()[1])
            outline = paragraph.style.element.pPr.find(docx.oxml.ns.qn("w:outlineLvl"))
            assert outline is not None and int(outline.get(docx.oxml.ns.qn("w:val"))) == level - 1


def test_each_quote_is_the_stored_text_with_its_citation(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = docx.Document(str(report(study, tmp_path / "r.docx")))
    found = quotes_by_heading(document)
    with Project.open(study, read_only=True) as project:
        texts = {d.name: project.text(d) for d in project.documents()}
    for code in CODES:
        expected = segments(study, code, capsys)
        assert expected, code
        heading = code.split("/")[-1]
        quotes = found[heading]
        assert [quote for quote, _citation in quotes] == [s["text"] for s in expected]
        for (_quote, citation), segment in zip(quotes, expected, strict=True):
            text = texts[segment["document"]]
            line_start = text.rfind("\n", 0, segment["start"]) + 1
            speaker = text[line_start:].split(":", 1)[0]
            shown = citation.replace("\u2068", "").replace("\u2069", "")
            assert shown.startswith(f"— {segment['document']} · {speaker} · ¶ ")
            assert shown.endswith(f"coded by {segment['coder']}")
    # Characters beyond the Basic Multilingual Plane, emoji, Chinese and Arabic survive.
    everything = "\n".join(p.text for p in document.paragraphs)
    for piece in ("𠮷", "😀", "张伟", "我们被监视了。", "قال محمد إن الشرطة أخذته ليلا"):
        assert piece in everything


def test_citation_has_paragraph_and_time_and_memo(study: Path, tmp_path: Path) -> None:
    document = docx.Document(str(report(study, tmp_path / "r.docx", sections=("quotes",))))
    found = quotes_by_heading(document)
    (hearing,) = [c for q, c in found["Detention"] if "court" in q]
    # The hearing's first cue starts 1 h 2 min 3.4 s into the recording; paragraph 1.
    assert hearing == "— Hearing · Judge · ¶ 1 · 01:02:03 · coded by Chen"
    (arabic,) = found["Voices"][:1]
    # The Arabic name is isolated (U+2068 … U+2069), so that "¶ 4" stays after it.
    assert arabic[1] == "— Interview Zhang Wei · \u2068محمد\u2069 · ¶ 4 · coded by Amina"
    texts = [p.text for p in document.paragraphs]
    memo = texts.index(f"Memo: {CODING_MEMO}")
    assert document.paragraphs[memo].style.name == "Coding memo"
    assert document.paragraphs[memo - 1].style.name == "Citation"


def test_arabic_paragraphs_read_right_to_left(study: Path, tmp_path: Path) -> None:
    document = docx.Document(str(report(study, tmp_path / "r.docx", sections=("quotes",))))
    (arabic,) = [p for p in document.paragraphs if p.text.startswith("قال")]
    assert arabic._p.pPr.find(docx.oxml.ns.qn("w:bidi")) is not None
    (english,) = [p for p in document.paragraphs if p.text == "police took me."]
    assert english._p.pPr.find(docx.oxml.ns.qn("w:bidi")) is None


def test_filters_are_respected(study: Path, tmp_path: Path) -> None:
    cases = {
        "codes": ({"codes": ["Detention"]}, lambda p: p.code.startswith("Detention")),
        "documents": ({"documents": ["Hearing"]}, lambda p: p.document == "Hearing"),
        "attributes": ({"attributes": ["role=respondent"]}, lambda p: p.document != "Hearing"),
        "coders": ({"coders": ["Chen"]}, lambda p: p.coder == "Chen"),
    }
    for name, (filters, keeps) in cases.items():
        out = report(study, tmp_path / f"{name}.docx", sections=("quotes",), filters=filters)
        found = quotes_by_heading(docx.Document(str(out)))
        shown = sorted(quote for quotes in found.values() for quote, _citation in quotes)
        assert shown == sorted(p.quote for p in PLANNED if keeps(p)), name


def test_codebook_sources_memos_and_contents(study: Path, tmp_path: Path) -> None:
    document = docx.Document(str(report(study, tmp_path / "r.docx")))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Code definition", DEFINITION) in paragraphs
    assert ("Code", "Rongcheng police") in paragraphs
    assert ("Normal", "Fieldwork in Rongcheng, 2024.") in paragraphs  # the project memo
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    with Project.open(study, read_only=True) as project:
        for source in project.documents():
            digest = hashlib.sha256(project.text(source).encode("utf-8")).hexdigest()
            assert digest in cells
    # A table of contents field that Word fills in, with the sections listed meanwhile.
    body = document.element.body.xml
    assert 'TOC \\o "1-3"' in body
    assert ("TOC 1", "Quotes by code") in paragraphs
    # The core properties say nothing of python-docx.
    assert document.core_properties.author == "qcode"
    assert "python-docx" not in (document.core_properties.comments or "")


def test_pseudonymised_report_holds_no_identifier_anywhere(study: Path, tmp_path: Path) -> None:
    out = report(study, tmp_path / "r.docx", pseudonymise=True)
    with zipfile.ZipFile(out) as archive:
        parts = {name: archive.read(name).decode("utf-8", "replace") for name in archive.namelist()}
    whole = html.unescape("\n".join(parts.values()))
    for original in TABLE:
        assert original.casefold() not in whole.casefold(), original
    for piece in ("zhang", "rongch", "张", "伟"):
        assert piece not in whole.casefold(), piece
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "In City B 𠮷 police took me." in text
    assert "受访者3 was my name 😀." in text
    assert "قال شاهد إن الشرطة أخذته ليلا" in text
    assert "Respondent 3 says this twice." in text


@pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice is not installed here: the .docx is not converted to PDF",
)
def test_libreoffice_converts_the_report(study: Path, tmp_path: Path) -> None:
    out = report(study, tmp_path / "r.docx")
    office = shutil.which("soffice") or shutil.which("libreoffice")
    assert office is not None
    done = subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        capture_output=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "r.pdf").stat().st_size > 1000


def test_short_names_do_not_trip_over_the_charts(study: Path, tmp_path: Path) -> None:
    # Read as text, a chart's pixels hold "Li", "Wu" or "Ma" somewhere by chance:
    # a pseudonymised report with charts must still be written for such names.
    with Project.open(study) as project:
        for surname in ("Li", "Wu", "Ma", "He", "Xu"):
            project.set_pseudonym(surname, f"Person {surname[0]}")
    out = report(study, tmp_path / "r.docx", sections=("charts",), pseudonymise=True)
    with zipfile.ZipFile(out) as archive:
        assert any(name.startswith("word/media/") for name in archive.namelist())
