"""The Excel workbook and the CSV of segments, read back as a user would."""

from __future__ import annotations

import csv
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qcode.analysis.filters import Filters
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.export.cells import EXCEL_TEXT_LIMIT, looks_like_formula
from qcode.export.segments_csv import export_segments_csv
from qcode.export.xlsx import export_workbook
from qcode.io.base import ImportedDocument
from tests.test_analysis_frequencies import build

HOSTILE = ['=HYPERLINK("http://example.com","click")', "+1", "-2", "@SUM(A1)", " \t=1+1"]
HOSTILE_TEXT = "\n".join(HOSTILE) + "\nbell\x07 and tab\x0b end"


@pytest.fixture
def coded(tmp_path: Path) -> Iterator[Project]:
    project = build(tmp_path / "p.qcode")
    yield project
    project.close()


def _rows(sheet: object) -> list[list[object]]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]  # type: ignore[attr-defined]


def test_workbook_sheets_headers_numbers_and_styles(coded: Project, tmp_path: Path) -> None:
    coded.add_memo("code", coded.code("Harms").id, "What we mean by harm")
    path = tmp_path / "report.xlsx"
    summary = export_workbook(coded, path, sheets=set(_all_but_words()))
    assert path.exists() and summary.segments == 9 and summary.memos == 1
    book = load_workbook(path)
    assert book.sheetnames[:4] == ["Summary", "Codebook", "Frequencies", "Top 15 codes"]
    for name in ("By document", "By coder", "By attribute", "Code × document"):
        assert name in book.sheetnames
    assert {"Codes × gender", "Codes × city", "Co-occurrence", "Co-occurrence near"} <= set(
        book.sheetnames
    )
    assert {"Segments", "Memos"} <= set(book.sheetnames)
    assert all(len(name) <= 31 for name in book.sheetnames)
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), sheet.title
        assert all(cell.font.b for cell in sheet[1]), sheet.title

    frequencies = book["Frequencies"]
    rows = _rows(frequencies)
    assert rows[0][:4] == ["Code", "Path", "Colour", "Segments (own)"]
    assert "Segments (with sub-codes)" in rows[0]
    harms = rows[1]
    assert harms[:8] == ["Harms", "Harms", "#ff0000", 3, 2, 43, 9, 2]
    assert harms[8:] == [6, 2, 66, 17, 2]
    assert all(isinstance(value, int) for value in harms[3:])
    assert frequencies.column_dimensions["A"].width == 32
    for sheet_name in ("Codebook", "Frequencies"):
        sheet = book[sheet_name]
        colours = {row[1].value: row[2].fill.fgColor.rgb for row in sheet.iter_rows(min_row=2)}
        assert colours["Harms"] == "00FF0000"
        assert colours["Harms/Travel"] == "0000FF00"
        assert colours["Remedy"] == "00123456"
        indents = {row[1].value: row[0].alignment.indent for row in sheet.iter_rows(min_row=2)}
        assert indents["Harms"] == 0 and indents["Harms/Travel/Rail"] == 2
    chart_sheet = book["Top 15 codes"]
    assert len(chart_sheet._charts) == 1
    top = _rows(chart_sheet)
    assert top[1:] == [["Harms", 3], ["Remedy", 3], ["Harms/Travel", 2], ["Harms/Travel/Rail", 1]]

    matrix = _rows(book["Code × document"])
    assert matrix[0] == [
        "Code (own segments)",
        "Interview 1",
        "Interview 2",
        "Interview 3",
        "Total",
    ]
    assert matrix[1] == ["Harms", 2, 1, 0, 3]
    cooccurring = _rows(book["Co-occurrence"])
    assert cooccurring[2][1:] == [0, None, 1, 0, 0]  # Harms/Travel: Rail once; diagonal empty
    segments = _rows(book["Segments"])
    assert segments[0][:7] == [
        "Code",
        "Document",
        "Speaker",
        "Start",
        "End",
        "Coded text",
        "Context",
    ]
    first = segments[1]
    assert first[:6] == ["Harms", "Interview 1", None, 0, 30, "Officials put her on the list."]
    assert any(row[5] == "😀 𠮷" for row in segments)
    memos = _rows(book["Memos"])
    assert memos[1][:2] == ["code", "Harms"]
    summary_rows = dict((row[0], row[1]) for row in _rows(book["Summary"]))
    assert summary_rows["Coded segments"] == 9
    assert summary_rows["Project"] == "p"
    assert "whole project" in str(summary_rows["Filters"])


def _all_but_words() -> list[str]:
    from qcode.export.xlsx import SHEETS

    return [sheet for sheet in SHEETS if sheet != "words"]


def test_an_empty_project_and_awkward_sheet_names(tmp_path: Path) -> None:
    with Project.create(tmp_path / "e.qcode") as project:
        path = tmp_path / "empty.xlsx"
        summary = export_workbook(project, path)
        assert summary.segments == 0 and load_workbook(path).sheetnames[0] == "Summary"
        (document,) = project.add_documents([ImportedDocument("D", "text", "d.txt", "text")])
        long_name = "interview location: city/district [2024] (as told)"
        project.set_attributes(document, {long_name: "x", long_name.upper() + "!": "y"})
        export_workbook(project, path, sheets={"crosstabs"})
        names = load_workbook(path).sheetnames
    assert len(names) == 3 and len({name.casefold() for name in names}) == 3
    for name in names:
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\"), name


def test_words_sheets(coded: Project, tmp_path: Path) -> None:
    path = tmp_path / "words.xlsx"
    export_workbook(coded, path, sheets={"words"})
    book = load_workbook(path)
    by_code = _rows(book["Words by code"])
    assert by_code[0] == ["Code", "Rank", "Word", "Count"]
    assert ["Harms/Travel/Rail", 1, "train", 1] in by_code
    assert any(row[0] == "Interview 1" for row in _rows(book["Words by document"]))


def test_filters_are_applied_and_named(coded: Project, tmp_path: Path) -> None:
    path = tmp_path / "chen.xlsx"
    filters = Filters.from_names(coded, coders=["Chen"], attributes=["gender=female"])
    summary = export_workbook(coded, path, filters, sheets={"frequencies", "segments"})
    assert summary.segments == 3  # Chen's in Interview 1
    book = load_workbook(path)
    summary_rows = dict((row[0], row[1]) for row in _rows(book["Summary"]))
    assert "Chen" in str(summary_rows["Filters"]) and "gender = female" in str(
        summary_rows["Filters"]
    )
    assert {row[1] for row in _rows(book["Segments"])[1:]} == {"Interview 1"}


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[Project]:
    """Text, code names, coder and memo that a spreadsheet could run."""
    with Project.create(tmp_path / "h.qcode", coder="=cmd|' /C calc'!A0") as project:
        (document,) = project.add_documents(
            [ImportedDocument("-2 report", HOSTILE_TEXT, "h.txt", "text")]
        )
        code = project.create_code("=SUM(1,2)", color="#aBcDeF")
        child = project.create_code("@child", code)
        start = 0
        for line in HOSTILE:
            project.apply_code(document, code, start, start + len(line), memo=line)
            start += len(line) + 1
        project.apply_code(document, child, start, len(HOSTILE_TEXT))
        project.add_memo("project", None, "+1 is fine", title="@SUM(A1)")
        yield project


def test_formula_like_text_stays_text(hostile: Project, tmp_path: Path) -> None:
    path = tmp_path / "hostile.xlsx"
    summary = export_workbook(hostile, path, sheets=set(_all_but_words()))
    book = load_workbook(path)
    texts = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.add(cell.value)
    for hostile_text in [*HOSTILE, "=SUM(1,2)", "=SUM(1,2)/@child", "-2 report", "@SUM(A1)"]:
        assert hostile_text in texts
    assert "=cmd|' /C calc'!A0" in texts
    segments = book["Segments"]
    cell = segments["F2"]
    assert cell.value == HOSTILE[0] and cell.data_type == "s"
    # The bell and the vertical tab cannot be stored in XML: replaced and counted.
    assert summary.replaced_characters >= 2
    assert any("bell\ufffd and tab\ufffd end" in text for text in texts)
    summary_rows = dict((row[0], row[1]) for row in _rows(book["Summary"]))
    replaced = [value for key, value in summary_rows.items() if "replaced" in str(key)]
    assert replaced == [summary.replaced_characters]
    colours = [row[2].fill.fgColor.rgb for row in book["Codebook"].iter_rows(min_row=2)]
    assert colours[0] == "00ABCDEF"


def test_formula_detection() -> None:
    for text in (*HOSTILE, "\t1", "\rx", "  @a", "\n=1"):
        assert looks_like_formula(text), text
    for text in ("", "a=b", "1+1", "中文", " plain", "#1"):
        assert not looks_like_formula(text), text


def test_over_long_cells_are_shortened_and_counted(tmp_path: Path) -> None:
    text = "𠮷" * 20_000  # 40,000 UTF-16 code units
    with Project.create(tmp_path / "l.qcode") as project:
        (document,) = project.add_documents([ImportedDocument("Long", text, "l.txt", "text")])
        project.apply_code(document, project.create_code("All"), 0, len(text))
        path = tmp_path / "long.xlsx"
        summary = export_workbook(project, path, sheets={"segments"})
    assert summary.shortened_cells >= 1
    value = load_workbook(path)["Segments"]["F2"].value
    assert value.endswith("…") and len(value.encode("utf-16-le")) // 2 <= EXCEL_TEXT_LIMIT


def test_cancel_and_failure_leave_no_file(
    coded: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cancelled.xlsx"
    scratch = tmp_path / "scratch"  # where openpyxl keeps each sheet while writing
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    calls: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 3

    with pytest.raises(QcodeError, match="export cancelled"):
        export_workbook(coded, path, progress=cancel)
    assert list(scratch.iterdir()) == []
    assert not path.exists()
    assert calls and all(0 < done <= total for done, total in calls)
    path.write_bytes(b"the previous report")

    def fail(done: int, total: int) -> bool:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        export_workbook(coded, path, progress=fail)
    assert path.read_bytes() == b"the previous report"
    assert sorted(p.name for p in tmp_path.iterdir() if "xlsx" in p.name) == [path.name]
    seen: list[tuple[int, int]] = []
    export_workbook(coded, path, progress=lambda d, t: seen.append((d, t)) or True)
    assert seen[-1][0] == seen[-1][1] and all(d <= t for d, t in seen)
    with pytest.raises(QcodeError, match="xlsx"):
        export_workbook(coded, tmp_path / "report.xls")
    with pytest.raises(QcodeError, match="unknown sheet"):
        export_workbook(coded, path, sheets={"pivot"})


def test_segments_csv(hostile: Project, tmp_path: Path) -> None:
    path = tmp_path / "segments.csv"
    assert export_segments_csv(hostile, path) == len(HOSTILE) + 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:6] == ["Code", "Document", "Speaker", "Start", "End", "Coded text"]
    for row, line in zip(rows[1:], HOSTILE, strict=False):
        assert row[0] == "'=SUM(1,2)"
        assert row[1] == "'-2 report"
        assert row[3].isdigit()  # numbers are never prefixed
        assert row[5] == "'" + line
        assert row[9] == "'" + line  # the memo
    assert rows[-1][5] == "bell\x07 and tab\x0b end"  # CSV keeps what XML cannot


def test_libreoffice_reads_the_same_values(coded: Project, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
    path = tmp_path / "report.xlsx"
    export_workbook(coded, path, sheets={"frequencies", "segments"})
    out = tmp_path / "csv"
    # Filter options: comma, double quote, UTF-8, first line 1, ..., -1 = every sheet.
    options = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            options,
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    book = load_workbook(path)
    for title in ("Frequencies", "Segments"):
        (converted,) = out.glob(f"*-{title}.csv")
        with converted.open(encoding="utf-8", newline="") as stream:
            theirs = list(csv.reader(stream))
        ours = [["" if v is None else str(v) for v in row] for row in _rows(book[title])]
        assert theirs == ours, title
