"""Reading sheets (.csv and .xlsx): header and rows with their numbers,
encodings and delimiters found, typed workbook values, one-line errors
naming the row and column, and hostile files refused within bounded time
and memory.  Every file is written by the test itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from qcode.errors import QcodeError, UnreadableFileError
from qcode.io import limits
from qcode.io.sheets import read_sheet


def rows(path: Path) -> list[tuple[int, tuple[object, ...]]]:
    return [(row.number, row.values) for row in read_sheet(path).rows]


# -- CSV ------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_delimiter_is_found(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "cases.csv"
    lines = [["name", "age", "note"], ["Liu 𠮷", "34", "said: a, b; c"], ["Wang", "", "😀"]]
    text = "\r\n".join(
        delimiter.join(f'"{cell}"' if delimiter in cell else cell for cell in line)
        for line in lines
    )
    path.write_text(text + "\r\n", encoding="utf-8")
    sheet = read_sheet(path)
    assert sheet.header == ("name", "age", "note")
    assert rows(path) == [(2, ("Liu 𠮷", "34", "said: a, b; c")), (3, ("Wang", None, "😀"))]
    assert sheet.column_names == ("column 1", "column 2", "column 3")


def test_blank_rows_are_skipped_and_rows_keep_their_numbers(tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    path.write_text('\n , \nname,memo\n\nLiu,"two\nlines"\nWang,  spaced  \n,\n', encoding="utf-8")
    assert read_sheet(path).header == ("name", "memo")
    assert rows(path) == [(5, ("Liu", "two\nlines")), (7, ("Wang", "spaced"))]


def test_encodings_are_found_and_a_guess_is_reported(tmp_path: Path) -> None:
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes("name,place\nLiu,Ürümqi 𠮷\n".encode("utf-16"))
    assert rows(utf16) == [(2, ("Liu", "Ürümqi 𠮷"))]
    legacy = tmp_path / "legacy.csv"
    legacy.write_bytes("name;town\nJosé;Düsseldorf\nRenée;Köln\n".encode("cp1252"))
    sheet = read_sheet(legacy)
    assert [row.values for row in sheet.rows] == [("José", "Düsseldorf"), ("Renée", "Köln")]
    assert sheet.warnings == ("decoded as Windows-1252, not UTF-8",)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("", r"is empty \(no header row\)"),
        ("\n\n", r"is empty \(no header row\)"),
        ("name,,age\nLiu,x,3\n", r"column 2 has no name in the header row \(row 1\)"),
        ("name,Age,age\n", r"column 2 and column 3 are both named 'age' in the header row"),
        (
            "name,age\nLiu,34\nWang,51,extra\n",
            r"row 3 has 3 fields but the header row \(row 1\) has 2: a value or a delimiter",
        ),
        ("name,age\nLiu,34\n\nWang\n", r"row 4 has 1 field but the header row \(row 1\) has 2"),
        ('name,age\n"Liu\nWei",34\nWang,51,\n', r"row 4 has 3 fields but the header row"),
        ('name\n"' + "x" * 200_000 + '"\n', "is not a readable CSV file"),
    ],
)
def test_bad_csv_files_are_refused_in_one_line(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "cases.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=f"^cases.csv: {problem}") as error:
        read_sheet(path)
    assert "\n" not in str(error.value)


def test_other_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UnreadableFileError, match=r"old\.xls: is not a sheet qcode reads"):
        read_sheet(tmp_path / "old.xls")
    (tmp_path / "binary.csv").write_bytes(bytes(range(256)) * 10)
    with pytest.raises(UnreadableFileError, match=r"binary\.csv: does not look like text"):
        read_sheet(tmp_path / "binary.csv")
    (tmp_path / "folder.csv").mkdir()
    with pytest.raises(UnreadableFileError, match=r"folder\.csv: is a folder, not a file"):
        read_sheet(tmp_path / "folder.csv")
    with pytest.raises(UnreadableFileError, match=r"gone\.csv: file not found"):
        read_sheet(tmp_path / "gone.csv")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "cases.csv"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableFileError, match=r"is a named pipe \(FIFO\), not a regular file"):
        read_sheet(fifo)


def test_limits_are_kept_and_set_through_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QCODE_MAX_SHEET_ROWS", "3")
    path = tmp_path / "cases.csv"
    path.write_text("name\na\nb\nc\n", encoding="utf-8")
    assert len(read_sheet(path).rows) == 3
    path.write_text("name\na\nb\nc\nd\n", encoding="utf-8")
    with pytest.raises(
        UnreadableFileError,
        match=r"has more than 3 rows \(the most a sheet may have; set QCODE_MAX_SHEET_ROWS to",
    ):
        read_sheet(path)
    monkeypatch.setenv("QCODE_MAX_SHEET_CELLS", "5")
    path.write_text("name,age\na,1\nb,2\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=r"more than 5 cells .*QCODE_MAX_SHEET_CELLS"):
        read_sheet(path)
    monkeypatch.setattr(limits, "MAX_SHEET_COLUMNS", 2)
    path.write_text("name,a,b\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="row 1 has more than 2 columns"):
        read_sheet(path)
    monkeypatch.setenv("QCODE_MAX_SHEET_BYTES", "100")
    path.write_text("name\n" + "x\n" * 60, encoding="utf-8")
    with pytest.raises(
        UnreadableFileError,
        match=r"is larger than 100 bytes \(the limit for one sheet; set QCODE_MAX_SHEET_BYTES",
    ):
        read_sheet(path)
    monkeypatch.setenv("QCODE_MAX_SHEET_ROWS", "many")
    with pytest.raises(QcodeError, match="QCODE_MAX_SHEET_ROWS must be a whole number"):
        read_sheet(path)


# -- .xlsx ---------------------------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def write_xlsx(path: Path, sheet_data: str, dimension: str = "", extra_mb: int = 0) -> Path:
    """A minimal workbook whose one worksheet holds ``sheet_data`` (the
    ``<sheetData>`` content), written part by part, with a part of
    ``extra_mb`` megabytes of zeros (written a megabyte at a time)."""
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
        f'Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}"><sheets>'
        '<sheet name="Cases" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{_RELS}"><Relationship '
        f'Id="rId1" Type="{_DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>",
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{_MAIN}">'
        + (f'<dimension ref="{dimension}"/>' if dimension else "")
        + f"<sheetData>{sheet_data}</sheetData></worksheet>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in parts.items():
            package.writestr(name, text)
        if extra_mb:
            with package.open("xl/media/picture.bin", "w", force_zip64=True) as picture:
                for _ in range(extra_mb):
                    picture.write(bytes(1_000_000))
    return path


def cell(ref: str, value: str, kind: str = "inlineStr") -> str:
    if kind == "inlineStr":
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    return f'<c r="{ref}"{f" t={chr(34)}{kind}{chr(34)}" if kind else ""}>{value}</c>'


def test_workbook_values_keep_their_types(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append([])
    sheet.append(["name", "age", "score", "blacklisted", "interviewed", "at"])
    import datetime as dt

    sheet.append(["Liu 𠮷", 34, 2.5, True, dt.date(2023, 5, 1), dt.datetime(2023, 5, 1, 9, 30)])
    sheet.append(["  Wang  ", None, None, False, None, None])
    workbook.create_sheet("Other").append(["not read"])
    path = tmp_path / "cases.xlsx"
    workbook.save(path)
    sheet_read = read_sheet(path)
    assert sheet_read.header == ("name", "age", "score", "blacklisted", "interviewed", "at")
    assert rows(path) == [
        (3, ("Liu 𠮷", 34, 2.5, True, "2023-05-01", "2023-05-01 09:30:00")),
        (4, ("Wang", None, None, False, None, None)),
    ]
    assert sheet_read.column_names[:3] == ("column A", "column B", "column C")


def test_a_formula_gives_the_value_it_last_showed(tmp_path: Path) -> None:
    data = (
        f'<row r="1">{cell("A1", "name")}{cell("B1", "total")}</row>'
        f'<row r="2">{cell("A2", "Liu")}<c r="B2"><f>1+1</f><v>2</v></c></row>'
    )
    assert rows(write_xlsx(tmp_path / "f.xlsx", data)) == [(2, ("Liu", 2))]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (f'<row r="1">{cell("A1", "name")}{cell("ALM1", "far")}</row>', "row 1 has more than"),
        (f'<row r="1">{cell("A1", "name")}{cell("C1", "age")}</row>', "column B has no name"),
        (
            f'<row r="1">{cell("A1", "name")}</row><row r="4">{cell("A4", "Liu")}'
            f"{cell('B4', 'x')}</row>",
            r"row 4 has a value in column B, which has no name in the header row \(row 1\)",
        ),
    ],
)
def test_bad_workbooks_are_refused_in_one_line(tmp_path: Path, data: str, problem: str) -> None:
    with pytest.raises(UnreadableFileError, match=f"^cases.xlsx: {problem}"):
        read_sheet(write_xlsx(tmp_path / "cases.xlsx", data))


def test_a_damaged_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cases.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnreadableFileError, match=r"is not a readable \.xlsx workbook"):
        read_sheet(path)
    write_xlsx(path, '<row r="1"><c r="A1" t="s"><v>7</v></c></row>')  # no shared strings
    with pytest.raises(UnreadableFileError, match=r"is not a readable \.xlsx workbook"):
        read_sheet(path)


# -- hostile files: refused within bounded time and memory ------------------------------

_CHILD = """
import json, sys, time
from qcode.errors import QcodeError
from qcode.io.sheets import read_sheet
began = time.perf_counter()
rows, last = 0, None
try:
    sheet = read_sheet(sys.argv[1])
    outcome = "read"
    rows, last = len(sheet.rows), sheet.rows[-1].values if sheet.rows else None
except QcodeError as error:
    outcome = str(error)
seconds = time.perf_counter() - began
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
print(json.dumps({"outcome": outcome, "rows": rows, "last": last, "seconds": seconds,
                  "peak_mb": peak / 1024}))
"""


def read_in_child(path: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    found: dict[str, object] = json.loads(result.stdout)
    return found


def _lie_about_size(path: Path, member: str, size: int) -> None:
    """Make the central directory claim ``member`` unpacks to ``size`` bytes."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_length = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + name_length] == name:
            data[at + 24 : at + 28] = size.to_bytes(4, "little")
            break
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_hostile_workbooks_are_refused_quickly_and_in_little_memory(tmp_path: Path) -> None:
    header = f'<row r="1">{cell("A1", "name")}</row>'
    # A part that unpacks to 160 MB, past the 150 MB a sheet may hold (of zeros: 160 kB packed).
    bomb = write_xlsx(tmp_path / "bomb.xlsx", header, extra_mb=160)
    # A worksheet of 60 MB whose directory entry claims 1 kB: the zip reader
    # stops at the claim, and the part is found damaged.
    padding = "<!--" + " " * 60_000_000 + "-->"
    liar = write_xlsx(tmp_path / "liar.xlsx", header + padding)
    _lie_about_size(liar, "xl/worksheets/sheet1.xml", 1000)
    shared = '<row r="1">' + cell("A1", "name") + "</row>"
    # A declared size of a million rows by 16,384 columns, and a last row far down.
    huge = write_xlsx(
        tmp_path / "huge.xlsx",
        shared + f'<row r="1048576">{cell("A1048576", "Liu")}</row>',
        dimension="A1:XFD1048576",
    )
    past = write_xlsx(
        tmp_path / "past.xlsx", shared + f'<row r="9999999">{cell("A9999999", "x")}</row>'
    )
    expected = {
        bomb: "unpacks to more than 150 MB (the limit for one sheet; set QCODE_MAX_SHEET_BYTES",
        liar: "is not a readable .xlsx workbook",
        huge: None,
        past: "is past the last row a sheet can have",
    }
    for path, outcome in expected.items():
        found = read_in_child(path)
        if outcome is not None:
            assert outcome in str(found["outcome"]), found
        assert float(found["seconds"]) < 10, (path.name, found)  # type: ignore[arg-type]
        assert float(found["peak_mb"]) < 500, (path.name, found)  # type: ignore[arg-type]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_a_survey_of_100000_respondents_is_read_within_the_default_limits(
    tmp_path: Path,
) -> None:
    """The issue's survey shape: 100,000 respondents × (an id, 2 answers, 20
    attributes) is 2.3 million cells, past the old bounds (100,000 rows,
    2,000,000 cells); read with the defaults, in bounded time and memory."""
    path = tmp_path / "survey.csv"
    header = ["respondent", "q1", "q2", *(f"a{number:02d}" for number in range(20))]
    with path.open("w", encoding="utf-8") as stream:
        stream.write(",".join(header) + "\n")
        for number in range(100_000):
            attributes = ",".join(("yes", "no", "partly")[(number + a) % 3] for a in range(20))
            stream.write(f"R{number:06d},we waited {number} days,没有人 告诉 我们,{attributes}\n")
    found = read_in_child(path)
    assert (found["outcome"], found["rows"]) == ("read", 100_000), found
    last = ["R099999", "we waited 99999 days", "没有人 告诉 我们", "yes", "no", "partly"]
    assert found["last"][:6] == last, found  # type: ignore[index]
    assert float(found["seconds"]) < 60, found  # type: ignore[arg-type]
    assert float(found["peak_mb"]) < 1000, found  # type: ignore[arg-type]


# -- ragged CSV rows through the command line ---------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # Row 3 lost its last value: every value after it would slide a column.
        (
            "id,q1,region\r\nR1,first answer,North\r\nR2,South\r\n",
            "ragged.csv: row 3 has 2 fields but the header row (row 1) has 3",
        ),
        # A stray delimiter in an unquoted answer; the quoted line break keeps its row.
        (
            'id,q1,region\nR1,"two\nlines",North\nR2,yes, I went,South\n',
            "ragged.csv: row 4 has 4 fields but the header row (row 1) has 3",
        ),
        # Semicolons (found as the delimiter), the header after a blank line.
        (
            "\nid;q1;region\nR1;a;North;\n",
            "ragged.csv: row 3 has 4 fields but the header row (row 2)",
        ),
    ],
)
def test_a_ragged_csv_row_is_refused_by_import_and_nothing_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, expected: str
) -> None:
    from qcode.core.project import Project
    from tests.findings import stored_state
    from tests.test_cli import Run

    qcode = Run(capsys)
    project_path = tmp_path / "survey.qcode"
    qcode("new", project_path, "--coder", "tester")
    kept = tmp_path / "kept.csv"
    kept.write_text("id,q1,region\nR0,an answer,East\n", encoding="utf-8")
    qcode("import", project_path, kept, "--id-column", "id", "--text-columns", "q1")
    with Project.open(project_path, read_only=True) as project:
        before = stored_state(project)
    sheet = tmp_path / "ragged.csv"
    sheet.write_bytes(content.encode("utf-8"))
    line = qcode.error(
        "import", project_path, sheet, "--id-column", "id", "--text-columns", "q1",
        "--attribute-columns", "region",
    )  # fmt: skip
    assert line.startswith(f"qcode: error: {expected}"), line
    with Project.open(project_path, read_only=True) as project:
        assert stored_state(project) == before


def test_trailing_empty_lines_and_short_workbook_rows_are_not_ragged(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_bytes(b"id,q1,region\r\nR1,yes,North\r\nR2,,\r\n\r\n\r\n")
    assert rows(path) == [(2, ("R1", "yes", "North")), (3, ("R2", None, None))]
    # In a workbook a row ends at its last filled cell: empty cells after it are just empty.
    workbook = write_xlsx(
        tmp_path / "answers.xlsx",
        f'<row r="1">{cell("A1", "id")}{cell("B1", "q1")}{cell("C1", "region")}</row>'
        f'<row r="2">{cell("A2", "R1")}</row>',
    )
    assert rows(workbook) == [(2, ("R1", None, None))]
