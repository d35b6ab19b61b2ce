"""The project model: positions, documents, codes, codings, memos, attributes."""

from __future__ import annotations

import pytest

from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument

ASTRAL = "𠮷野家 and 😀 then 社会信用体系 here"


def _add(project: Project, text: str, name: str = "Doc") -> int:
    (doc,) = project.add_documents([ImportedDocument(name, text, f"{name}.txt", "text")])
    return doc.id


def test_positions_are_code_points_around_astral_characters(project: Project) -> None:
    doc_id = _add(project, ASTRAL)
    doc = project.document(doc_id)
    assert doc.length == len(ASTRAL) == 26  # counted by hand: 3+5+1+6+6+5
    start = ASTRAL.index("社会信用")
    coding = project.apply_code(doc, "China/Social credit", start, start + 4, create=True)
    assert coding is not None
    (segment,) = project.segments(project.codings())
    assert segment.text == "社会信用"
    emoji = ASTRAL.index("😀")
    project.apply_code(doc, "Emoji", emoji, emoji + 1, create=True)
    texts = {s.code_path: s.text for s in project.segments(project.codings())}
    assert texts["Emoji"] == "😀"


def test_stored_text_and_hash_are_exact(project: Project) -> None:
    import hashlib

    doc = project.document(_add(project, ASTRAL))
    assert project.text(doc) == ASTRAL
    assert doc.sha256 == hashlib.sha256(ASTRAL.encode("utf-8")).hexdigest()
    assert len(doc.uuid) == 36


def test_uuids_never_change(project: Project) -> None:
    doc = project.document(_add(project, "Some text here"))
    code = project.create_code("Harms")
    project.rename_document(doc, "Renamed")
    project.update_code(code, name="Damage")
    assert project.document("Renamed").uuid == doc.uuid
    assert project.code("Damage").uuid == code.uuid


def test_coding_outside_the_text_or_empty_is_refused(project: Project) -> None:
    doc = project.document(_add(project, "short"))
    code = project.create_code("C")
    for start, end in [(0, 6), (-1, 2), (3, 3), (4, 2)]:
        with pytest.raises(QcodeError, match="not inside the document"):
            project.apply_code(doc, code, start, end)
    assert project.codings() == []


def test_overlapping_codings_are_normal_and_duplicates_are_not_added(project: Project) -> None:
    doc = project.document(_add(project, "one two three four five"))
    a, b = project.create_code("A"), project.create_code("B")
    project.apply_code(doc, a, 0, 13)
    project.apply_code(doc, b, 4, 18)
    project.apply_code(doc, a, 4, 18)
    assert project.apply_code(doc, a, 0, 13) is None  # same coder, code and span
    project.apply_code(doc, a, 0, 13, coder="Chen")  # another coder's coding is not a duplicate
    assert len(project.codings()) == 4
    assert {project.coders()[i].name for i in range(2)} == {"Amina", "Chen"}


def test_expected_text_guards_against_foreign_offsets(project: Project) -> None:
    doc = project.document(_add(project, ASTRAL))
    utf16_start = ASTRAL.encode("utf-16-le").decode("utf-16-le").index("then") + 2  # wrong by 2
    with pytest.raises(QcodeError, match="offsets must count code points"):
        project.add_codings(
            [NewCoding(doc.id, "X", utf16_start, utf16_start + 4, expected_text="then")],
            create=True,
        )
    assert project.codebook().codes == {}  # the failed command created no code either


def test_grouping_codes_cannot_be_applied(project: Project) -> None:
    doc = project.document(_add(project, "some words"))
    group = project.create_code("Group")
    project.update_code(group, codable=False)
    with pytest.raises(QcodeError, match="grouping code"):
        project.apply_code(doc, project.code("Group"), 0, 4)


def test_code_paths_with_slashes_in_names(project: Project) -> None:
    parent = project.create_code("Due process/remedies")
    child = project.create_code("Appeal", parent)
    codebook = project.codebook()
    assert codebook.path(child.id) == "Due process\\/remedies/Appeal"
    assert project.code("Due process\\/remedies/Appeal").id == child.id


def test_sibling_names_are_unique_but_cousins_may_share(project: Project) -> None:
    a = project.create_code("A")
    b = project.create_code("B")
    project.create_code("Fear", a)
    project.create_code("Fear", b)
    with pytest.raises(QcodeError, match="already a code 'Fear' under 'A'"):
        project.create_code("Fear", a)
    with pytest.raises(QcodeError, match="already a code 'A' at the top level"):
        project.update_code(b, name="A")


def test_move_code_refuses_a_cycle(project: Project) -> None:
    a = project.create_code("A")
    b = project.create_code("B", a)
    with pytest.raises(QcodeError, match="into itself"):
        project.move_code(a, b)
    with pytest.raises(QcodeError, match="into itself"):
        project.move_code(a, a)


def test_merge_moves_codings_memos_and_children_without_duplicates(project: Project) -> None:
    doc = project.document(_add(project, "a b c d e f g h i j"))
    source, target = project.create_code("Fear"), project.create_code("Anxiety")
    child = project.create_code("Of travel", source)
    project.apply_code(doc, source, 0, 3, memo="on the duplicate")
    project.apply_code(doc, target, 0, 3)
    project.apply_code(doc, source, 4, 7)
    project.add_memo("code", source.id, "Fear memo")
    project.merge_codes(source, target)
    codebook = project.codebook()
    assert [codebook.path(c.id) for c in codebook.walk()] == ["Anxiety", "Anxiety/Of travel"]
    spans = sorted((c.start, c.end) for c in project.codings())
    assert spans == [(0, 3), (4, 7)]
    memo_texts = {s.memo for s in project.segments(project.codings())}
    assert "on the duplicate" in memo_texts  # kept, on the surviving coding
    assert [m.text for m in project.memos_on("code", target.id)] == ["Fear memo"]
    assert child.id in codebook


def test_attributes_are_typed(project: Project) -> None:
    doc = project.document(_add(project, "text one"))
    project.set_attributes(
        doc,
        {
            "year": "2021",
            "gender": "female",
            "paid": "yes",
            "interviewed": "2024-03-02",
            "weight": "0.5",
        },
    )
    attributes = project.document(doc.id).attributes
    assert attributes == {
        "year": 2021,
        "gender": "female",
        "paid": True,
        "interviewed": "2024-03-02",
        "weight": 0.5,
    }
    other = project.document(_add(project, "text two", "Other"))
    with pytest.raises(QcodeError, match="'year' holds whole-number values; 'unknown'"):
        project.set_attributes(other, {"year": "unknown"})
    project.set_attributes(other, {"year": "1999"})
    assert project.document(other.id).attributes == {"year": 1999}


def test_documents_found_by_name_uuid_or_prefix(project: Project) -> None:
    doc = project.document(_add(project, "text", "Interview 01"))
    assert project.document("Interview 01").id == doc.id
    assert project.document(doc.uuid).id == doc.id
    assert project.document(doc.uuid[:8]).id == doc.id
    assert project.document("interview 01").id == doc.id
    with pytest.raises(QcodeError, match="no document 'Interview 02'"):
        project.document("Interview 02")


def test_same_text_twice_is_refused_and_same_name_is_numbered(project: Project) -> None:
    _add(project, "text A", "Interview")
    with pytest.raises(QcodeError, match="already in the project as 'Interview'"):
        _add(project, "text A", "Copy")
    _add(project, "text B", "Interview")
    assert [d.name for d in project.documents()] == ["Interview", "Interview (2)"]


def test_memos_on_every_kind_of_target(project: Project) -> None:
    doc = project.document(_add(project, "some text"))
    code = project.create_code("C")
    coding = project.apply_code(doc, code, 0, 4)
    assert coding is not None
    project.add_memo("project", None, "Project memo")
    project.add_memo("document", doc.id, "Doc memo")
    project.add_memo("code", code.id, "Code memo")
    project.add_memo("coding", coding.id, "Coding memo")
    assert {(m.target_kind, m.text) for m in project.memos()} == {
        ("project", "Project memo"),
        ("document", "Doc memo"),
        ("code", "Code memo"),
        ("coding", "Coding memo"),
    }
    with pytest.raises(QcodeError, match="memo is empty"):
        project.add_memo("project", None, "   ")


def test_delete_code_takes_subcodes_codings_and_their_memos(project: Project) -> None:
    doc = project.document(_add(project, "some text"))
    parent = project.create_code("P")
    child = project.create_code("C", parent)
    project.apply_code(doc, child, 0, 4, memo="memo")
    project.delete_code(parent)
    assert project.codings() == [] and project.memos() == [] and len(project.codebook()) == 0
