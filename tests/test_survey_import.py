"""``qcode import PROJECT survey.csv|.xlsx|.ods --id-column … --text-columns …``:
each non-empty answer becomes a document named "question – id" holding the
cell's text, with the respondent's id and attribute columns as attributes;
empty answers are skipped and counted; every bad input is one line naming
the file and changes nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from qcode.core.project import Project
from qcode.core.surveys import SurveyColumns, column_type, guess_columns
from qcode.io.base import ImportedDocument
from qcode.io.sheets import read_sheet
from qcode.model import Member
from tests.findings import stored_state
from tests.test_cli import Run

LONG = "I waited three days at the office and nobody told us why"
CRLF_CSV = (
    "id,age,region,interviewed,q1,q2\r\n"
    f'R1,34,North,2024-03-02,"{LONG}\r\nthen we left",No\r\n'
    "R2,41,South,2024-03-05,𠮷 and 😀 in one answer,\r\n"
    "R3,29,North,2024-04-01,我们等了三天，没有人告诉我们为什么,No\r\n"
    'R4,52,East,2024-04-02,"=HYPERLINK(""http://x"")",   \r\n'
)


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


@pytest.fixture
def project_path(tmp_path: Path, qcode: Run) -> Path:
    path = tmp_path / "survey.qcode"
    qcode("new", path, "--coder", "tester")
    return path


def _documents(path: Path) -> dict[str, tuple[str, dict[str, object]]]:
    with Project.open(path, read_only=True) as project:
        return {d.name: (project.text(d), dict(d.attributes)) for d in project.documents()}


def _state(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with Project.open(path, read_only=True) as project:
        return stored_state(project)


def _write_ods(path: Path, sheets: dict[str, list[list[object]]]) -> None:
    """A minimal OpenDocument spreadsheet, written by hand."""
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    body = []
    for name, rows in sheets.items():
        body.append(f'<table:table table:name="{escape(name)}">')
        for row in rows:
            body.append("<table:table-row>")
            for value in row:
                if value is None:
                    body.append("<table:table-cell/>")
                elif isinstance(value, int | float):
                    body.append(
                        f'<table:table-cell office:value-type="float" office:value="{value}">'
                        f"<text:p>{value}</text:p></table:table-cell>"
                    )
                else:
                    paragraphs = "".join(
                        f"<text:p>{escape(line)}</text:p>" for line in str(value).split("\n")
                    )
                    body.append(
                        f'<table:table-cell office:value-type="string">{paragraphs}'
                        "</table:table-cell>"
                    )
            body.append("</table:table-row>")
        # What spreadsheets write after the last row: a million empty rows.
        body.append(
            '<table:table-row table:number-rows-repeated="1048000">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        )
        body.append("</table:table>")
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}" '
        f'xmlns:table="{table}" xmlns:text="{text}"><office:body><office:spreadsheet>'
        + "".join(body)
        + "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", content)


def test_a_csv_with_crlf_cjk_and_emoji_becomes_one_document_per_answer(
    qcode: Run, project_path: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "survey.csv"
    sheet.write_bytes(CRLF_CSV.encode("utf-8-sig"))
    _out, err = qcode(
        "import", project_path, sheet, "--id-column", "id", "--text-columns", "q1,q2",
        "--all-other-columns",
    )  # fmt: skip
    assert "imported 6 answers to 2 questions from 4 respondents" in err
    assert "2 empty answers skipped" in err  # R2's q2 is empty, R4's only spaces
    assert "1 answer repeats a text" in err  # R3's "No" after R1's
    documents = _documents(project_path)
    assert sorted(documents) == [
        "q1 – R1", "q1 – R2", "q1 – R3", "q1 – R4", "q2 – R1", "q2 – R3",
    ]  # fmt: skip
    # The cell's text exactly, its quoted CRLF made LF.
    assert documents["q1 – R1"][0] == LONG + "\nthen we left"
    assert documents["q1 – R2"][0] == "𠮷 and 😀 in one answer"
    assert documents["q1 – R3"][0] == "我们等了三天，没有人告诉我们为什么"
    # A formula-looking cell is text, never evaluated.
    assert documents["q1 – R4"][0] == '=HYPERLINK("http://x")'
    text, attributes = documents["q2 – R3"]
    assert text == "No"
    # Each answer holds its respondent's id; the respondent is a case holding
    # their attributes once, typed: a whole number, text, a date.
    assert attributes == {"id": "R3"}
    with Project.open(project_path, read_only=True) as project:
        case = project.case("R3")
        assert case.type == "respondent"
        assert case.attributes == {"age": 29, "interviewed": "2024-04-01", "region": "North"}
        members = {project.document(m.member.document_id or 0).name
                   for m in project.case_members(case)}  # fmt: skip
        assert members == {"q1 – R3", "q2 – R3"}
        assert len(project.cases()) == 4
        assert project.conn.execute("SELECT count(*) FROM document_values").fetchone()[0] == 6
    # Positions are code points: 𠮷 is one character, coded as one.
    with Project.open(project_path, coder="tester") as project:
        answer = project.document("q1 – R2")
        coding = project.apply_code(answer, "Emoji", 6, 7, create=True)  # 𠮷=0, space, and
        assert coding is not None
        assert project.text(answer)[coding.start : coding.end] == "😀"


def test_only_the_named_attribute_columns_are_kept_and_the_import_undoes_whole(
    qcode: Run, project_path: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "survey.csv"
    sheet.write_bytes(CRLF_CSV.encode("utf-8"))
    before = _state(project_path)
    qcode(
        "import", project_path, sheet, "--id-column", "ID", "--text-columns", "q1",
        "--attribute-columns", "region",
    )  # fmt: skip
    documents = _documents(project_path)
    assert len(documents) == 4
    assert documents["q1 – R2"][1] == {"id": "R2"}
    with Project.open(project_path, read_only=True) as project:
        assert project.case("R2").attributes == {"region": "South"}
    qcode("undo", project_path)
    after = _state(project_path)
    for table in ("documents", "document_values", "cases", "case_values", "case_members"):
        assert after[table] == before[table]


def test_an_xlsx_and_an_ods_are_imported_with_typed_values_and_a_chosen_sheet(
    qcode: Run, project_path: Path, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    rows = [
        ["respondent", "score", "answer"],
        ["A1", 3, "Multi-line\nanswer with 😀"],
        ["A2", 4.5, "我们等了三天"],
        ["A3", None, None],
    ]
    workbook = Workbook()
    workbook.active.title = "Notes"
    workbook.active.append(["nothing", "here"])
    answers = workbook.create_sheet("Answers")
    for row in rows:
        answers.append(row)
    xlsx = tmp_path / "form.xlsx"
    workbook.save(xlsx)
    ods = tmp_path / "form.ods"
    _write_ods(ods, {"Notes": [["nothing", "here"]], "Answers": rows})

    for source, prefix in ((xlsx, "x"), (ods, "o")):
        renamed = source.with_name(f"{prefix}{source.suffix}")
        source.rename(renamed)
        _out, err = qcode(
            "import", project_path, renamed, "--id-column", "respondent",
            "--text-columns", "answer", "--attribute-columns", "score", "--sheet", "Answers",
        )  # fmt: skip
        assert "imported 2 answers" in err and "1 empty answer skipped" in err
        # The same answers again, from another file: names clash, so refused.
        line = qcode.error(
            "import", project_path, renamed, "--id-column", "respondent",
            "--text-columns", "answer", "--sheet", "Answers",
        )  # fmt: skip
        assert f"{renamed.name}: a document named 'answer – A1' is already in the project" in line
        # Make room for the next format's import under the same names.
        with Project.open(project_path, coder="tester") as project:
            found = {d.name: d for d in project.documents()}
            assert project.text(found["answer – A1"]) == "Multi-line\nanswer with 😀"
            assert project.text(found["answer – A2"]) == "我们等了三天"
            assert found["answer – A2"].attributes == {"respondent": "A2"}
            assert project.case("A2").attributes == {"score": 4.5}
            project.delete_documents(list(found.values()))
            project.delete_cases(project.cases())


def test_a_sheet_without_its_columns_says_what_to_add(
    qcode: Run, project_path: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "survey.csv"
    sheet.write_text(CRLF_CSV, encoding="utf-8")
    line = qcode.error("import", project_path, sheet)
    assert "survey.csv is a sheet: add --id-column COL and --text-columns COL" in line
    document = tmp_path / "notes.txt"
    document.write_text("An interview.", encoding="utf-8")
    line = qcode.error("import", project_path, document, "--id-column", "id")
    assert "apply to a .csv, .tsv, .xlsx or .ods sheet" in line
    # Documents import as before.
    _out, err = qcode("import", project_path, document)
    assert "imported 'notes'" in err


@pytest.mark.parametrize(
    ("content", "options", "expected"),
    [
        (CRLF_CSV, ["--id-column", "who", "--text-columns", "q1"], "has no column 'who'"),
        (CRLF_CSV, ["--id-column", "id", "--text-columns", "q9"], "has no column 'q9'"),
        (
            CRLF_CSV,
            ["--id-column", "id", "--text-columns", "q1", "--attribute-columns", "q1"],
            "column 'q1' cannot be both a text to code and an attribute",
        ),
        ("id,q1\nR1,a\nR1,b\n", ["--id-column", "id", "--text-columns", "q1"],
         "row 3: respondent 'R1' is already on row 2"),
        ("id,q1\nR1,a\n,b\n", ["--id-column", "id", "--text-columns", "q1"],
         "row 3: no respondent id (column 1 is empty)"),
        ("id,q1\n", ["--id-column", "id", "--text-columns", "q1"], "has a header row but no rows"),
        ("id,q1\nR1,a,extra\n", ["--id-column", "id", "--text-columns", "q1"],
         "row 2 has 3 fields but the header row (row 1) has 2"),
        ("id,q1\nR1,\nR2, \n", ["--id-column", "id", "--text-columns", "q1"],
         "every cell of 'q1' is empty"),
        (CRLF_CSV, ["--id-column", "id", "--text-columns", "q1", "--sheet", "One"],
         "no named sheets"),
    ],
)  # fmt: skip
def test_each_bad_sheet_is_one_line_and_changes_nothing(
    qcode: Run, project_path: Path, tmp_path: Path, content: str, options: list[str], expected: str
) -> None:
    sheet = tmp_path / "bad.csv"
    sheet.write_text(content, encoding="utf-8")
    before = _state(project_path)
    line = qcode.error("import", project_path, sheet, *options)
    assert line.startswith("qcode: error: bad.csv")
    assert expected in line
    assert _state(project_path) == before


def test_damaged_files_a_missing_sheet_and_an_unfitting_value_change_nothing(
    qcode: Run, project_path: Path, tmp_path: Path
) -> None:
    options = ["--id-column", "id", "--text-columns", "q1"]
    before = _state(project_path)
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a workbook")
    assert "damaged.xlsx: is not a readable .xlsx" in qcode.error(
        "import", project_path, damaged, *options
    )
    broken = tmp_path / "broken.ods"
    broken.write_bytes(b"PK\x03\x04 not really a spreadsheet")
    assert "broken.ods: is not a readable .ods" in qcode.error(
        "import", project_path, broken, *options
    )
    ods = tmp_path / "form.ods"
    _write_ods(ods, {"First": [["id", "q1"], ["R1", "an answer"]]})
    line = qcode.error("import", project_path, ods, *options, "--sheet", "Second")
    assert "form.ods: has no sheet named 'Second' (its sheets: 'First')" in line
    assert _state(project_path) == before
    # An attribute the project has as whole numbers refuses a word, naming the row.
    first = tmp_path / "first.csv"
    first.write_text("id,age,q1\nR1,30,an answer\n", encoding="utf-8")
    qcode("import", project_path, first, *options, "--attribute-columns", "age")
    before = _state(project_path)
    second = tmp_path / "second.csv"
    second.write_text("id,age,q1\nS1,thirty,another answer\n", encoding="utf-8")
    line = qcode.error("import", project_path, second, *options, "--attribute-columns", "age")
    assert "second.csv: row 2: attribute 'age' holds whole-number values" in line
    assert _state(project_path) == before


def test_column_types_and_the_guess() -> None:
    assert column_type(["1", "22", None]) == "integer"
    assert column_type(["007", "12"]) == "text"  # leading zeros are kept as text
    assert column_type(["1.5", "2"]) == "float"
    assert column_type(["yes", "No"]) == "boolean"
    assert column_type(["2024-01-02", "2023-12-31"]) == "date"
    assert column_type(["North", "3"]) == "text"


def test_the_guess_takes_long_answers_as_text_and_repeated_values_as_attributes(
    tmp_path: Path,
) -> None:
    sheet_path = tmp_path / "guess.csv"
    sheet_path.write_text(
        "name,respondent,region,age,story\n"
        f"Liu Wei,R1,North,34,{LONG} one\n"
        f"Wang Fang,R2,North,41,{LONG} two\n"
        f"Zhang Min,R3,South,29,{LONG} three\n",
        encoding="utf-8",
    )
    guess = guess_columns(read_sheet(sheet_path))
    # A column named like an id wins; names (short, never repeated) are left out.
    assert guess == SurveyColumns("respondent", ("story",), ("region", "age"))


def test_an_ods_whose_repeats_ask_for_a_huge_table_is_refused_at_once(tmp_path: Path) -> None:
    from qcode.errors import UnreadableFileError

    path = tmp_path / "bomb.ods"
    _write_ods(path, {"S": [["id", "q1"]]})
    with zipfile.ZipFile(path) as package:
        content = package.read("content.xml").decode()
    repeated = (
        '<table:table-row table:number-rows-repeated="999999999">'
        '<table:table-cell office:value-type="string" table:number-columns-repeated="2">'
        "<text:p>x</text:p></table:table-cell></table:table-row>"
    )
    content = content.replace("</table:table-row>", "</table:table-row>" + repeated, 1)
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", content)
    with pytest.raises(UnreadableFileError, match=r"bomb\.ods: has more than 1,000,000 rows"):
        read_sheet(path)


def test_answers_are_filtered_and_crosstabbed_by_their_respondents_attributes(
    qcode: Run, project_path: Path, tmp_path: Path
) -> None:
    from qcode.analysis.filters import Filters
    from qcode.analysis.frequencies import frequency_breakdown
    from qcode.analysis.matrices import attribute_names, code_attribute_crosstab

    sheet = tmp_path / "survey.csv"
    sheet.write_bytes(CRLF_CSV.encode("utf-8"))
    qcode(
        "import", project_path, sheet, "--id-column", "id", "--text-columns", "q1,q2",
        "--attribute-columns", "region",
    )  # fmt: skip
    with Project.open(project_path, coder="tester") as project:
        # An interview with a region of its own, and one in an informant case
        # (not a respondent: its case's region is not the document's).
        own, other = project.add_documents(
            [
                ImportedDocument("interview", "We came from the North.", "i.txt", "text"),
                ImportedDocument("other", "Someone from the South.", "o.txt", "text"),
            ]
        )
        project.set_attributes(own, {"region": "north "})
        informant = project.create_case(
            "Informant", type="informant", attributes={"region": "South"}
        )
        project.assign_to_case(informant, [Member(other.id, None, None)])
        for name in ("q1 – R1", "q2 – R1", "q1 – R2", "q1 – R3", "interview", "other"):
            project.apply_code(project.document(name), "Waiting", 0, 2, create=True)
        north = Filters.from_names(project, attributes=["region=North"]).resolve(project)
        assert sorted(d.name for d in north.documents) == [
            "interview", "q1 – R1", "q1 – R3", "q2 – R1", "q2 – R3",
        ]  # fmt: skip
        matrix = code_attribute_crosstab(project, "region")
        # R1's two answers and R3's q1; the interview's own "north "; R2's;
        # "other" not set (its informant's region is not its own); R4 uncoded.
        assert matrix.columns == ["East", "North", "north ", "South", "(not set)"]
        assert matrix.cells == [[0, 3, 1, 1, 1]]
        rows = frequency_breakdown(project, "attribute", attribute="region")
        assert [(row.group, row.own.segments) for row in rows] == [
            ("North", 3), ("north ", 1), ("South", 1), ("(not set)", 1),
        ]  # fmt: skip
        assert attribute_names(project) == ["id", "region"]


def test_a_second_sheet_of_the_same_respondents_joins_their_cases(
    qcode: Run, project_path: Path, tmp_path: Path
) -> None:
    options = ["--id-column", "id", "--text-columns", "q1", "--all-other-columns"]
    first = tmp_path / "wave1.csv"
    first.write_text("id,region,q1\nR1,North,first answer\nR2,South,another\n", encoding="utf-8")
    qcode("import", project_path, first, *options)
    second = tmp_path / "wave2.csv"
    second.write_text("id,region,age,q3\nR1,North,40,later answer\n", encoding="utf-8")
    _out, err = qcode(
        "import", project_path, second, "--id-column", "id", "--text-columns", "q3",
        "--all-other-columns",
    )  # fmt: skip
    assert "(0 new, 1 already in the project)" in err
    with Project.open(project_path, read_only=True) as project:
        case = project.case("R1")
        assert case.attributes == {"age": 40, "region": "North"}
        assert case.members == 2
        assert len(project.cases()) == 2
    before = _state(project_path)
    moved = tmp_path / "moved.csv"
    moved.write_text("id,region,q4\nR2,East,moved away\n", encoding="utf-8")
    line = qcode.error(
        "import", project_path, moved, "--id-column", "id", "--text-columns", "q4",
        "--all-other-columns",
    )  # fmt: skip
    assert "moved.csv: row 2: region is 'East' but respondent 'R2' already has 'South'" in line
    with Project.open(project_path, coder="tester") as project:
        project.create_case("R9", type="informant")
    before = _state(project_path)
    clash = tmp_path / "clash.csv"
    clash.write_text("id,q5\nR9,an answer\n", encoding="utf-8")
    line = qcode.error("import", project_path, clash, "--id-column", "id", "--text-columns", "q5")
    assert "clash.csv: row 2: there is already a case named 'R9' of type 'informant'" in line
    assert _state(project_path) == before


def test_frequencies_over_many_answers_read_in_batches_count_as_one_by_one(
    qcode: Run, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qcode.analysis import frequencies, frequency_sweep
    from qcode.analysis.words import count_words

    lines = ["id,q1,q2"] + [
        f"R{n},answer {n} 我们等了 {'x' * (n % 7)} wait,another 😀 reply {n}" for n in range(40)
    ]
    sheet = tmp_path / "many.csv"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    qcode("import", project_path, sheet, "--id-column", "id", "--text-columns", "q1,q2")
    # Tiny batches: words counted over ~50 characters of joined answers at a time.
    monkeypatch.setattr(frequency_sweep, "_CHARACTERS", 50)
    covered: dict[str, dict[int, set[int]]] = {"A": {}, "B": {}}
    with Project.open(project_path, coder="tester") as project:
        texts = {}
        for number, document in enumerate(project.documents()):
            texts[document.id] = project.text(document)
            if number % 3 == 2:
                continue
            spans = [("A", 0, 8), ("A", 3, 12), ("B", 2, document.length)]
            for code, start, end in spans[: 1 + 2 * (number % 3)]:
                project.apply_code(document, code, start, min(end, document.length), create=True)
                found = covered[code].setdefault(document.id, set())
                found.update(range(start, min(end, document.length)))
        result = {row.path: row.own for row in frequencies.code_frequencies(project)}
    for code, by_document in covered.items():
        words = 0
        for document_id, chars in by_document.items():
            ordered, runs = sorted(chars), []
            for position in ordered:  # runs of covered characters
                if runs and runs[-1][1] == position:
                    runs[-1][1] = position + 1
                else:
                    runs.append([position, position + 1])
            words += sum(count_words(texts[document_id][a:b]) for a, b in runs)
        assert result[code].documents == len(by_document)
        assert result[code].characters == sum(len(chars) for chars in by_document.values())
        assert result[code].words == words
    assert result["A"].segments == 27 + 2 * 27  # one in 27 answers, two in 27 others
    assert result["B"].segments == 27
