"""Cases: people and incidents across documents, with attributes, members
and memos, and which codings belong to which case.

The coding → case mapping is checked on a hand-made project against
expectations written from the text, and on random projects against a
brute-force loop over every coding, member and turn.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument
from qcode.model import Member
from tests.findings import code, interviews, stored_state


def test_a_case_is_created_renamed_edited_and_deleted_with_undo(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    empty = stored_state(project)
    liu = project.create_case("Liu", type="person", attributes={"age": 34, "region": "north"})
    assert (liu.name, liu.type, liu.attributes, liu.members) == (
        "Liu",
        "person",
        {"age": 34, "region": "north"},
        0,
    )
    assert project.undo_label() == "create case 'Liu'"
    created = stored_state(project)
    renamed = project.rename_case(liu, "Liu Wei")
    assert renamed.name == "Liu Wei" and project.undo_label() == "rename case 'Liu' to 'Liu Wei'"
    edited = project.edit_case(renamed, type="informant", description="Met twice, 2023.")
    assert (edited.type, edited.description) == ("informant", "Met twice, 2023.")
    project.add_memo("case", liu.id, "Asked not to be named.", target_name="Liu Wei")
    project.assign_to_case(edited, [Member(document_id=project.document("Interview 1").id)])
    full = stored_state(project)
    project.delete_case(edited)
    assert project.cases() == [] and project.memos() == []
    assert project.undo() == "delete case 'Liu Wei'"
    assert stored_state(project) == full
    for _ in range(4):
        project.undo()
    assert stored_state(project) == created
    project.undo()
    assert stored_state(project) == empty
    for _ in range(5):
        project.redo()
    assert stored_state(project) == full


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "a case needs a name"),
        ("\u200b ", "a case needs a name"),
        ("Liu\nWei", "a case name cannot contain control characters"),
        ("Liu", "there is already a case named 'Liu'"),
    ],
)
def test_bad_case_names_are_refused(project: Project, name: str, message: str) -> None:
    project.create_case("Liu")
    before = stored_state(project)
    with pytest.raises(QcodeError, match=message):
        project.create_case(name)
    assert stored_state(project) == before


def test_texts_with_lone_surrogates_are_refused(project: Project) -> None:
    with pytest.raises(QcodeError, match="description contains an invalid character"):
        project.create_case("Liu", description="bad \udc80 byte")
    with pytest.raises(QcodeError, match="attribute 'note' contains an invalid character"):
        project.create_case("Liu", attributes={"note": "bad \udc80 byte"})
    assert project.cases() == []


def test_case_attributes_share_the_documents_variables(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    project.set_attributes(project.document("Interview 1"), {"age": 40})
    liu = project.create_case("Liu", attributes={"age": "34", "blacklisted": "yes"})
    assert liu.attributes == {"age": 34, "blacklisted": True}
    before = stored_state(project)
    with pytest.raises(QcodeError, match="attribute 'age' holds whole-number values; 'old'"):
        project.set_case_attributes(liu, {"age": "old"})
    assert stored_state(project) == before
    changed = project.set_case_attributes(liu, {"age": None, "notified": False})
    assert changed.attributes == {"blacklisted": True, "notified": False}
    project.undo()
    assert stored_state(project) == before


def test_members_are_assigned_and_unassigned(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    first, second = project.document("Interview 1"), project.document("Interview 2")
    coding = code(project, "Interview 2", "Station", "They stopped me at the station")
    liu = project.create_case("Liu")
    members = [
        Member(document_id=first.id),
        Member(speaker="Liu"),
        Member(document_id=second.id, speaker="Wang"),
        Member(coding_id=coding.id),
    ]
    assert project.assign_to_case(liu, members) == 4
    assert project.undo_label() == "assign 4 members to case 'Liu'"
    # Already there, however it is typed.
    assert project.assign_to_case(liu, [Member(speaker=" Liu "), Member(speaker="liu")]) == 0
    assert [m.member for m in project.case_members(liu)] == members
    assert project.case("liu").members == 4
    assert project.unassign_from_case(liu, members[:2]) == 2
    assert [m.member for m in project.case_members(liu)] == members[2:]
    with pytest.raises(QcodeError, match="nothing to unassign"):
        project.unassign_from_case(liu, members[:1])


@pytest.mark.parametrize(
    ("member", "message"),
    [
        (Member(speaker="Zhang"), "no speaker 'Zhang' in any document"),
        (Member(document_id=1, speaker="Wang"), "no speaker 'Wang' in 'Interview 1'"),
        (Member(document_id=99), "the document no longer exists"),
        (Member(coding_id=99), "the coding no longer exists"),
        (Member(), "a case member is a document, a speaker or a coding"),
        (Member(document_id=1, coding_id=1), "not several"),
    ],
)
def test_members_that_do_not_exist_are_refused(
    tmp_path: Path, member: Member, message: str
) -> None:
    project = interviews(tmp_path)
    liu = project.create_case("Liu")
    before = stored_state(project)
    with pytest.raises(QcodeError, match=message):
        project.assign_to_case(liu, [Member(document_id=2), member])
    assert stored_state(project) == before


def test_which_codings_belong_to_which_case_by_hand(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    question = code(project, "Interview 1", "Question", "Were you told before they came?")
    notice = code(project, "Interview 1", "Notice", "I did not receive any notice")
    phone = code(project, "Interview 1", "Harms", "They took my phone")
    station = code(project, "Interview 2", "Station", "They stopped me at the station")
    seen = code(project, "Interview 2", "Witness", "Liu was there too")
    # A coding that starts in an Interviewer turn and runs into Wang's.
    across = code(project, "Interview 2", "Across", "Who else was there?\nWang: Liu")
    liu = project.create_case("Liu")
    wang = project.create_case("Wang")
    incident = project.create_case("Station incident", type="incident")
    first, second = project.document("Interview 1"), project.document("Interview 2")
    project.assign_to_case(liu, [Member(speaker="Liu"), Member(coding_id=seen.id)])
    project.assign_to_case(wang, [Member(document_id=second.id, speaker="Wang")])
    project.assign_to_case(incident, [Member(document_id=second.id)])
    expected = {
        liu.id: {notice.id, phone.id, seen.id},
        wang.id: {station.id, seen.id},
        incident.id: {station.id, seen.id, across.id},
    }
    assert project.case_codings() == expected
    by_coding = project.coding_cases()
    assert by_coding[seen.id] == (liu.id, wang.id, incident.id)
    assert question.id not in by_coding and by_coding[across.id] == (incident.id,)
    project.assign_to_case(liu, [Member(document_id=first.id)])
    assert project.case_codings()[liu.id] == {question.id, notice.id, phone.id, seen.id}


def _random_project(folder: Path, rng: random.Random) -> Project:
    project = Project.create(folder / "random.qcode", coder="A")
    labels = ["Int", "Liu", "Wang", "Zhang"]
    imported = []
    for number in range(6):
        lines = []
        for _ in range(rng.randint(3, 9)):
            words = " ".join(
                rng.choice(["𠮷", "😀", "notice", "police", "station"]) for _ in range(6)
            )
            lines.append(f"{rng.choice(labels)}: {words}")
        text = "Preamble line.\n" + "\n".join(lines) + "\n"
        from qcode.io.speakers import detect_speaker_turns

        imported.append(
            ImportedDocument(
                f"doc {number}", text, f"{number}.txt", "text", detect_speaker_turns(text)
            )
        )
    documents = project.add_documents(imported)
    project.add_code("A")
    project.add_code("B")
    for document in documents:
        for _ in range(rng.randint(5, 25)):
            start = rng.randrange(0, document.length - 1)
            end = rng.randint(start + 1, min(document.length, start + 40))
            project.apply_code(document, rng.choice(["A", "B"]), start, end)
    codings = project.codings()
    for index in range(8):
        case = project.create_case(f"case {index}")
        members = []
        for _ in range(rng.randint(0, 4)):
            kind = rng.choice(["document", "speaker", "speaker in", "coding"])
            document = rng.choice(documents)
            if kind == "document":
                members.append(Member(document_id=document.id))
            elif kind == "coding":
                members.append(Member(coding_id=rng.choice(codings).id))
            elif kind == "speaker":
                members.append(Member(speaker=rng.choice(labels)))
            elif document.speakers:
                members.append(
                    Member(document_id=document.id, speaker=rng.choice(document.speakers))
                )
        if members:
            project.assign_to_case(case, members)
    return project


@pytest.mark.parametrize("seed", range(5))
def test_which_codings_belong_to_which_case_against_brute_force(tmp_path: Path, seed: int) -> None:
    project = _random_project(tmp_path, random.Random(seed))
    turns = {document.id: project.speaker_turns(document) for document in project.documents()}
    expected: dict[int, set[int]] = {}
    for member in project.case_members():
        for coding in project.codings():
            m = member.member
            inside = any(
                t.start <= coding.start < t.end
                for t in turns[coding.document_id]
                if t.speaker == m.speaker
            )
            if (
                m.coding_id == coding.id
                or (m.speaker is None and m.document_id == coding.document_id)
                or (
                    m.speaker is not None and m.document_id in (None, coding.document_id) and inside
                )
            ):
                expected.setdefault(member.case_id, set()).add(coding.id)
    assert project.case_codings() == expected


def test_a_case_list_is_imported_in_one_step(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    project.create_case("Liu", type="person", attributes={"age": 34})
    sheet = tmp_path / "cases.csv"
    sheet.write_text(
        "Name;Type;age;notified\nLiu;;35;no\nWang;person;51;yes\nStation 3 May;incident;;\n",
        encoding="utf-8",
    )
    before = stored_state(project)
    result = project.import_case_list(sheet)
    assert (result.created, result.updated, result.unchanged) == (2, 1, 0)
    assert project.undo_label() == "import 3 cases from 'cases.csv'"
    found = {case.name: (case.type, case.attributes) for case in project.cases()}
    assert found == {
        "Liu": ("person", {"age": 35, "notified": False}),
        "Wang": ("person", {"age": 51, "notified": True}),
        "Station 3 May": ("incident", {}),
    }
    project.undo()
    assert stored_state(project) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,age\nLiu,34\n,40\n", r"cases.csv: row 3: no case name \(column 1 is empty\)"),
        ("name,age\nLiu,34\nLiu,40\n", "cases.csv: row 3: case 'Liu' is already on row 2"),
        ("name,age\nLiu,34\nWang,old\n", "cases.csv: row 3: attribute 'age' holds whole-number"),
        ("name,age\n", r"cases.csv: has no cases \(only a header row\)"),
    ],
)
def test_a_bad_case_list_changes_nothing(tmp_path: Path, content: str, message: str) -> None:
    project = interviews(tmp_path)
    sheet = tmp_path / "cases.csv"
    sheet.write_text(content, encoding="utf-8")
    before = stored_state(project)
    with pytest.raises(QcodeError, match=message):
        project.import_case_list(sheet)
    assert stored_state(project) == before


def test_a_case_list_from_a_workbook(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Informant", "group", "interviewed"])
    sheet.append(["Liu 𠮷", "farmers", "2023-05-01"])
    sheet.append(["Wang", "traders", None])
    workbook.save(tmp_path / "cases.xlsx")
    project = interviews(tmp_path)
    project.import_case_list(tmp_path / "cases.xlsx", name_column="informant")
    found = {case.name: case.attributes for case in project.cases()}
    assert found == {
        "Liu 𠮷": {"group": "farmers", "interviewed": "2023-05-01"},
        "Wang": {"group": "traders"},
    }
    with pytest.raises(QcodeError, match="has no column 'kind' for the case type"):
        project.import_case_list(tmp_path / "cases.xlsx", type_column="kind")
