"""Reading a survey question's answers as a table, coding many answers at
once, and listing a workbook's sheets (no display needed)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.core.survey_answers import (
    code_answers,
    question_of,
    questions,
    respondent_attributes,
    respondent_values,
    survey_answers,
)
from qcode.core.surveys import ImportSurvey, SurveyColumns, read_survey
from qcode.errors import QcodeError, UnreadableFileError
from qcode.io.sheet_names import sheet_names
from qcode.model import Member

SURVEY = (
    "id,q1,q2 – after,region,age,consent\n"
    "R1,𠮷 was there 😀,你好,North,30,yes\n"
    'R2,"second line\r\nhere",,South,41,no\n'
    "R3,third answer,later,North,22,yes\n"
)


@pytest.fixture
def surveyed(project: Project, tmp_path: Path) -> Project:
    sheet = tmp_path / "survey.csv"
    sheet.write_bytes(SURVEY.encode("utf-8"))
    columns = SurveyColumns("id", ("q1", "q2 – after"), all_other=True)
    project.push(ImportSurvey(read_survey(sheet, columns)))
    return project


def test_questions_and_respondent_attributes(surveyed: Project) -> None:
    # A header holding the separator itself stays one question.
    assert questions(surveyed) == ["q1", "q2 – after"]
    assert respondent_attributes(surveyed) == ["age", "consent", "region"]
    assert question_of("q2 – after – R3", questions(surveyed)) == "q2 – after"
    assert question_of("Interview 4", questions(surveyed)) is None


def test_a_question_reads_its_answers_with_typed_attributes_and_codes(surveyed: Project) -> None:
    fear = surveyed.create_code("Fear")
    place = surveyed.create_code("Place")
    r1 = surveyed.document("q1 – R1")
    # Codes in the order of their first coding in the text, each once.
    surveyed.apply_code(r1, "Place", 2, 5)
    surveyed.apply_code(r1, "Fear", 0, 1)
    surveyed.apply_code(r1, "Place", 10, 12)
    rows = survey_answers(surveyed, "q1", ["age", "region", "consent", "missing"])
    assert [(a.respondent, a.text) for a in rows] == [
        ("R1", "𠮷 was there 😀"),
        ("R2", "second line\nhere"),
        ("R3", "third answer"),
    ]
    assert [a.values for a in rows] == [
        (30, "North", True, None),
        (41, "South", False, None),
        (22, "North", True, None),
    ]
    assert rows[0].code_ids == (fear.id, place.id)
    assert rows[1].code_ids == rows[2].code_ids == ()
    assert [a.respondent for a in survey_answers(surveyed, "q2 – after")] == ["R1", "R3"]
    # Only one coder's codes, when asked; a coder nobody is shows none.
    assert survey_answers(surveyed, "q1", coder="Amina")[0].code_ids == (fear.id, place.id)
    assert survey_answers(surveyed, "q1", coder="Nobody")[0].code_ids == ()
    # What the app's table reads when it reads the codes for the rows it shows.
    lazy = survey_answers(surveyed, "q1", ["age"], values=False, codes=False)
    assert [(a.respondent, a.text, a.values, a.code_ids) for a in lazy] == [
        ("R1", "𠮷 was there 😀", (), ()),
        ("R2", "second line\nhere", (), ()),
        ("R3", "third answer", (), ()),
    ]


def test_a_page_of_answers_reads_the_values_its_respondents_hold(
    surveyed: Project, tmp_path: Path
) -> None:
    # What the app's table reads for the rows on screen, when it read the
    # answers without their values.
    attributes = ["age", "region", "consent", "missing"]
    rows = survey_answers(surveyed, "q1", attributes, values=False)
    assert [a.values for a in rows] == [(), (), ()]
    r1, r3 = rows[0].document_id, rows[2].document_id
    assert respondent_values(surveyed, [r3, r1], attributes) == {
        r1: (30, "North", True, None),
        r3: (22, "North", True, None),
    }
    # An answer moved to a second respondent case keeps its first case's values.
    other = surveyed.create_case("R9", type="respondent", attributes={"age": 99})
    surveyed.assign_to_case(other, [Member(document_id=r1)])
    assert respondent_values(surveyed, [r1], ["age"]) == {r1: (30,)}
    # A document in no respondent's case holds nothing.
    source = tmp_path / "field note.txt"
    source.write_text("no respondent", encoding="utf-8")
    (note,) = surveyed.import_files([source])
    assert respondent_values(surveyed, [note.id], attributes) == {}


def test_a_renamed_answer_leaves_the_table(surveyed: Project) -> None:
    surveyed.rename_document(surveyed.document("q1 – R2"), "a note on R2")
    assert [a.respondent for a in survey_answers(surveyed, "q1")] == ["R1", "R3"]


def test_coding_answers_codes_whole_texts_in_one_undoable_step(surveyed: Project) -> None:
    fear = surveyed.create_code("Fear")
    ids = [a.document_id for a in survey_answers(surveyed, "q1")]
    surveyed.apply_code(surveyed.document(ids[2]), fear, 0, 12)  # R3 already coded whole
    result = code_answers(surveyed, ids, fear)
    assert result.skipped_duplicates == 1 and len(result.ids) == 2
    assert surveyed.undo_label() == "code 3 answers 'Fear'"
    spans = sorted((c.document_id, c.start, c.end) for c in surveyed.codings(code=fear))
    # Lengths in code points: 𠮷 and 😀 count one each (1+1+3+1+5+1+1 = 13;
    # UTF-16 would say 15), the CRLF became one LF (6+1+4+1+4 = 16).
    assert spans == [(ids[0], 0, 13), (ids[1], 0, 16), (ids[2], 0, 12)]
    surveyed.undo()
    assert [(c.document_id, c.end) for c in surveyed.codings(code=fear)] == [(ids[2], 12)]


def test_a_grouping_code_or_a_missing_answer_codes_nothing(surveyed: Project) -> None:
    theme = surveyed.create_code("Theme")
    surveyed.update_code(theme, codable=False)
    ids = [a.document_id for a in survey_answers(surveyed, "q1")]
    with pytest.raises(QcodeError, match="'Theme' is a grouping code"):
        code_answers(surveyed, ids, surveyed.code("Theme"))
    fear = surveyed.create_code("Fear")
    with pytest.raises(QcodeError, match="1 of the chosen answers no longer exist"):
        code_answers(surveyed, [*ids, 999], fear)
    assert surveyed.codings() == []


def test_sheet_names_of_an_xlsx_an_ods_and_a_csv(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Intake"
    book.create_sheet("Follow-up 😀")
    book.save(tmp_path / "two.xlsx")
    assert sheet_names(tmp_path / "two.xlsx") == ["Intake", "Follow-up 😀"]

    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    content = (
        f'<?xml version="1.0"?><office:document-content xmlns:office="{office}" '
        f'xmlns:table="{table}"><office:body><office:spreadsheet>'
        '<table:table table:name="第一"><table:table-row><table:table-cell>'
        # A table inside a cell is not a sheet.
        '<table:table table:name="inner"/></table:table-cell></table:table-row></table:table>'
        '<table:table table:name="Second"/></office:spreadsheet></office:body>'
        "</office:document-content>"
    )
    with zipfile.ZipFile(tmp_path / "two.ods", "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", content)
    assert sheet_names(tmp_path / "two.ods") == ["第一", "Second"]

    (tmp_path / "one.csv").write_text("id,q\nR1,x\n", encoding="utf-8")
    assert sheet_names(tmp_path / "one.csv") == []


def test_a_damaged_workbook_is_one_line_naming_it(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UnreadableFileError) as raised:
        sheet_names(broken)
    message = str(raised.value)
    assert "broken.xlsx" in message and "\n" not in message
