"""Cases and links between codings in REFI-QDA files, both ways: what an
export writes (``<Cases>``, ``<Links>``, the notes they refer to), what an
import makes of another tool's cases and links, and a qcode → .qdpx → qcode
round trip that keeps them exactly.

Expected values are worked out here from the texts and the XML, not read
back through the code under test."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from qcode.cli import main
from qcode.core.project import Project
from qcode.core.qdpx_import import import_qdpx
from qcode.export.qdpx import export_qdpx
from qcode.model import Case, Coding, Member
from tests.conftest import shared_path
from tests.findings import code, interviews, stored_state

NS = "{urn:QDA-XML:project:1.0}"


@dataclass
class Study:
    project: Project
    codings: dict[str, Coding]
    cases: dict[str, Case]


@pytest.fixture
def study(tmp_path: Path) -> Study:
    """Two interviews (CRLF, 𠮷, 😀, Chinese), five codings, four cases (one
    through a speaker everywhere, one through a speaker in one document), a
    case memo, and five links of four types."""
    project = interviews(tmp_path)
    codings = {
        "notice liu": code(project, "Interview 1", "Notice/None received", "I did not receive"),
        "phone": code(project, "Interview 1", "Harms/Phone taken", "They took my phone"),
        "notice wang": code(project, "Interview 2", "Notice/None received", "他们没有通知我们。"),
        "station": code(project, "Interview 2", "Harms/Stopped", "They stopped me at the station"),
        "as well": code(project, "Interview 2", "Harms/Stopped", "He was stopped as well"),
    }
    first, second = project.document("Interview 1"), project.document("Interview 2")
    liu = project.create_case(
        "刘 Liu 😀",
        type="informant",
        description="Interviewed twice 𠮷\nonce by phone",
        attributes={"age": 34, "region": "北京"},
    )
    project.assign_to_case(liu, [Member(speaker="Liu"), Member(coding_id=codings["as well"].id)])
    wang = project.create_case("王 Wang", type="informant", attributes={"age": 51})
    project.assign_to_case(wang, [Member(document_id=second.id, speaker="Wang")])
    station = project.create_case("Station 🚓", type="incident", description="the night of the 4th")
    project.assign_to_case(
        station, [Member(document_id=second.id), Member(coding_id=codings["phone"].id)]
    )
    quiet = project.create_case("No members yet", attributes={"region": "上海"})
    project.assign_to_case(quiet, [Member(document_id=first.id)])
    project.unassign_from_case(quiet, [Member(document_id=first.id)])
    project.add_memo("case", liu.id, "Asked us not to use his name 😀", title="Consent")
    project.add_memo("case", liu.id, "Second meeting in 北京.")
    project.link_codings(
        codings["notice liu"], codings["notice wang"], "corroborates", memo="两人都说没有通知 😀"
    )
    project.link_codings(codings["station"], codings["as well"], "corroborates")
    project.link_codings(
        codings["phone"], codings["station"], "contradicts", memo="Not the same night?\nCheck."
    )
    project.link_codings(codings["as well"], codings["notice liu"], "explains")
    project.add_link_type("echoes 回声", "says it again")
    project.link_codings(codings["notice wang"], codings["as well"], "echoes 回声")
    cases = {case.name: case for case in project.cases()}
    return Study(project, codings, cases)


def written(project: Project, path: Path) -> tuple[ET.Element, bytes]:
    export_qdpx(project, path)
    with zipfile.ZipFile(path) as archive:
        qde = archive.read("project.qde")
    return ET.fromstring(qde), qde


def liu_turn_codings(project: Project) -> set[str]:
    """The codings that start on a line of Liu's, found from the texts alone."""
    found = set()
    documents = {document.id: document for document in project.documents()}
    for coding in project.codings():
        text = project.text(documents[coding.document_id])
        line_start = text.rfind("\n", 0, coding.start) + 1
        if text.startswith("Liu:", line_start):
            found.add(coding.uuid)
    return found


# -- export ---------------------------------------------------------------------------


def test_cases_and_links_validate_against_the_refi_qda_schema(study: Study, tmp_path: Path) -> None:
    xmlschema = pytest.importorskip("xmlschema")
    schema = xmlschema.XMLSchema(str(shared_path("refi-qda", "Project-mrt2019.xsd")))
    _root, qde = written(study.project, tmp_path / "study.qdpx")
    schema.validate(qde.decode("utf-8"))
    _again, same = written(study.project, tmp_path / "again.qdpx")
    assert same == qde  # cases, links and their notes come out in a fixed order


def test_each_case_is_written_with_its_documents_codings_and_values(
    study: Study, tmp_path: Path
) -> None:
    root, _ = written(study.project, tmp_path / "study.qdpx")
    project, codings = study.project, study.codings
    variables = {v.get("guid"): v.get("name") for v in root.iter(f"{NS}Variable")}
    assert sorted(variables.values()) == ["age", "case type", "language", "region"]
    cases = {case.get("name"): case for case in root.iter(f"{NS}Case")}
    assert set(cases) == {"刘 Liu 😀", "王 Wang", "Station 🚓", "No members yet"}

    def values(case: ET.Element) -> dict[str | None, tuple[str, str | None]]:
        result = {}
        for value in case.findall(f"{NS}VariableValue"):
            ref, typed = list(value)
            result[variables[ref.get("targetGUID")]] = (typed.tag.removeprefix(NS), typed.text)
        return result

    def refs(case: ET.Element, tag: str) -> list[str | None]:
        return [ref.get("targetGUID") for ref in case.findall(f"{NS}{tag}")]

    liu = cases["刘 Liu 😀"]
    assert liu.get("guid") == study.cases["刘 Liu 😀"].uuid
    assert liu.findtext(f"{NS}Description") == "Interviewed twice 𠮷\nonce by phone"
    assert values(liu) == {
        "age": ("IntegerValue", "34"),
        "region": ("TextValue", "北京"),
        "case type": ("TextValue", "informant"),
    }
    assert refs(liu, "SourceRef") == []
    # its coding member first, then what Liu's turns give it, in text order
    by_liu = liu_turn_codings(project)
    assert by_liu == {codings["notice liu"].uuid, codings["phone"].uuid}
    assert refs(liu, "SelectionRef") == [
        codings["as well"].uuid,
        codings["notice liu"].uuid,
        codings["phone"].uuid,
    ]
    # Wang in Interview 2: the three codings on Wang's lines
    assert refs(cases["王 Wang"], "SelectionRef") == [
        codings["notice wang"].uuid,
        codings["station"].uuid,
        codings["as well"].uuid,
    ]
    station = cases["Station 🚓"]
    assert refs(station, "SourceRef") == [project.document("Interview 2").uuid]
    # the document's own codings are not repeated as selections
    assert refs(station, "SelectionRef") == [codings["phone"].uuid]
    assert values(station) == {"case type": ("TextValue", "incident")}
    quiet = cases["No members yet"]
    assert refs(quiet, "SourceRef") == refs(quiet, "SelectionRef") == []
    assert values(quiet) == {"region": ("TextValue", "上海")}
    assert quiet.find(f"{NS}Description") is None
    # every SelectionRef names a selection in the file
    selections = {s.get("guid") for s in root.iter(f"{NS}PlainTextSelection")}
    assert {r for case in cases.values() for r in refs(case, "SelectionRef")} <= selections


def test_case_memos_are_notes_linked_to_their_case(study: Study, tmp_path: Path) -> None:
    root, _ = written(study.project, tmp_path / "study.qdpx")
    notes = {note.get("guid"): note for note in root.iter(f"{NS}Note")}
    liu = study.cases["刘 Liu 😀"]
    to_liu = [link for link in root.iter(f"{NS}Link") if link.get("targetGUID") == liu.uuid]
    memos = study.project.memos_on("case", liu.id)
    assert [link.get("originGUID") for link in to_liu] == [memo.uuid for memo in memos]
    assert {link.get("direction") for link in to_liu} == {"OneWay"}
    texts = [notes[link.get("originGUID")].findtext(f"{NS}PlainTextContent") for link in to_liu]
    assert texts == ["Asked us not to use his name 😀", "Second meeting in 北京."]
    assert notes[memos[0].uuid].get("name") == "Consent"


def test_links_are_one_way_named_by_their_type_with_their_memo_as_a_note(
    study: Study, tmp_path: Path
) -> None:
    root, _ = written(study.project, tmp_path / "study.qdpx")
    notes = {note.get("guid"): note for note in root.iter(f"{NS}Note")}
    coding_uuids = {coding.id: coding.uuid for coding in study.project.codings()}
    types = {t.id: t.name for t in study.project.link_types()}
    links = {link.get("guid"): link for link in root.iter(f"{NS}Link")}
    made = study.project.links()
    assert len(made) == 5
    for link in made:
        element = links[link.uuid]
        assert element.get("name") == types[link.type_id]
        assert element.get("direction") == "OneWay"
        assert element.get("originGUID") == coding_uuids[link.origin_coding_id]
        assert element.get("targetGUID") == coding_uuids[link.target_coding_id]
        refs = [ref.get("targetGUID") for ref in element.findall(f"{NS}NoteRef")]
        if link.memo:
            (note,) = (notes[guid] for guid in refs)
            assert note.findtext(f"{NS}PlainTextContent") == link.memo
        else:
            assert refs == []
    names = sorted(links[link.uuid].get("name") or "" for link in made)
    assert names == ["contradicts", "corroborates", "corroborates", "echoes 回声", "explains"]


def test_the_summary_counts_cases_and_links_and_lists_what_has_no_place(
    study: Study, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = study.project
    project.add_grade("first-hand witness", first_hand=True)
    project.add_grade("second-hand")
    project.set_grade([study.codings["notice liu"], study.codings["phone"]], "first-hand witness")
    project.set_summary(study.cases["王 Wang"], project.code("Harms/Stopped"), "Stopped twice")
    project.save_query("silence", '"Notice/**"')
    project.set_speaker_role("Interviewer", "interviewer")
    project.add_link_type("unused type")
    summary = export_qdpx(project, tmp_path / "study.qdpx")
    assert (summary.cases, summary.links, summary.memos) == (4, 5, 2)
    assert summary.not_exported == [
        "the speaker turns of 2 documents (their labels stay in the text)",
        "the speakers assigned to 2 cases (2 assignments; REFI-QDA has no speakers, so the "
        "5 codings in their turns are written as those cases' selections)",
        "the source grades of 2 codings",
        "the scale of 2 source grades",
        "1 framework matrix cell (summaries and their quotes)",
        "1 saved query",
        "the roles and descriptions of 1 speaker",
        "1 link type no link uses",
        "the descriptions of 1 link type",
        "who made 3 links without a memo, and when (a link's memo carries them)",
    ]
    path = project.path
    project.close()
    assert main(["export", str(path), str(tmp_path / "again.qdpx")]) == 0
    err = capsys.readouterr().err
    assert "5 codings, 2 memos, 4 cases, 5 links" in err
    assert "not in the file (REFI-QDA has no place for it): 1 saved query" in err


def test_a_pseudonymised_export_replaces_names_in_cases_and_links(
    study: Study, tmp_path: Path
) -> None:
    project = study.project
    project.set_pseudonym("Liu", "Respondent 1", "person")
    project.set_pseudonym("北京", "City A", "place")
    path = project.path
    project.close()
    out = tmp_path / "shared.qdpx"
    assert main(["export", str(path), str(out), "--pseudonymise"]) == 0  # leak-checked
    with zipfile.ZipFile(out) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    for data in entries.values():
        assert b"Liu" not in data and "北京".encode() not in data
    root = ET.fromstring(entries["project.qde"])
    names = {case.get("name") for case in root.iter(f"{NS}Case")}
    assert "刘 Respondent 1 😀" in names
    values = {value.text for value in root.iter(f"{NS}TextValue")}
    assert "City A" in values


# -- round trip -----------------------------------------------------------------------


def case_rows(project: Project) -> list[tuple[Any, ...]]:
    return [(c.uuid, c.name, c.type, c.description, c.attributes) for c in project.cases()]


def member_uuids(project: Project) -> dict[str, set[tuple[str, str | None]]]:
    """Each case's members as (kind, UUID or speaker), by case UUID."""
    documents = {d.id: d.uuid for d in project.documents()}
    codings = {c.id: c.uuid for c in project.codings()}
    cases = {c.id: c.uuid for c in project.cases()}
    result: dict[str, set[tuple[str, str | None]]] = {uuid: set() for uuid in cases.values()}
    for member in project.case_members():
        m = member.member
        shown = (
            codings[m.coding_id]
            if m.coding_id is not None
            else documents[m.document_id]
            if m.speaker is None and m.document_id is not None
            else m.speaker
        )
        result[cases[member.case_id]].add((m.kind, shown))
    return result


def evidence(project: Project) -> dict[str, set[str]]:
    """Which codings (UUIDs) belong to which case (UUID)."""
    codings = {c.id: c.uuid for c in project.codings()}
    cases = {c.id: c.uuid for c in project.cases()}
    found = project.case_codings()
    return {uuid: {codings[i] for i in found.get(case_id, ())} for case_id, uuid in cases.items()}


def link_rows(project: Project) -> set[tuple[Any, ...]]:
    codings = {c.id: c.uuid for c in project.codings()}
    types = {t.id: t.name for t in project.link_types()}
    coders = {coder.id: coder.name for coder in project.coders()}
    return {
        (
            link.uuid,
            types[link.type_id],
            codings[link.origin_coding_id],
            codings[link.target_coding_id],
            link.memo,
            # a link's memo carries who made it and when
            (coders[link.coder_id or 0], link.created_at) if link.memo else None,
        )
        for link in project.links()
    }


def case_memos(project: Project) -> set[tuple[Any, ...]]:
    cases = {c.id: c.uuid for c in project.cases()}
    return {
        (memo.uuid, cases[memo.case_id], memo.title, memo.text)
        for memo in project.memos()
        if memo.case_id is not None
    }


def test_export_then_import_keeps_cases_links_and_their_memos(study: Study, tmp_path: Path) -> None:
    original = study.project
    exported = tmp_path / "study.qdpx"
    export_qdpx(original, exported)
    copy = Project.create(tmp_path / "copy.qcode", coder="Importer")
    report = import_qdpx(copy, exported)
    assert report.skipped == [] and report.changed == [] and report.warnings == []
    assert (report.cases, report.links, report.memos) == (4, 5, 2)
    assert case_rows(copy) == case_rows(original)
    assert copy.case("刘 Liu 😀").type == "informant"
    # document and coding members come back as they were; a speaker member comes back
    # as the codings it gave the case, so every case rests on the same evidence
    before, after = member_uuids(original), member_uuids(copy)
    liu, wang = study.cases["刘 Liu 😀"].uuid, study.cases["王 Wang"].uuid
    for uuid in set(before) - {liu, wang}:
        assert after[uuid] == before[uuid]
    assert after[liu] == {("coding", uuid) for uuid in evidence(original)[liu]}
    assert after[wang] == {("coding", uuid) for uuid in evidence(original)[wang]}
    assert evidence(copy) == evidence(original)
    assert case_memos(copy) == case_memos(original)
    assert link_rows(copy) == link_rows(original)
    assert {t.name for t in copy.link_types() if not t.builtin} == {"echoes 回声"}
    assert {m.text for m in copy.memos_on("project")} == set()  # no memo strayed
    original.close()
    copy.close()


def test_the_import_of_cases_and_links_is_undone_in_one_step(
    study: Study, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "study.qdpx"
    export_qdpx(study.project, exported)
    target = tmp_path / "copy.qcode"
    assert main(["new", str(target)]) == 0
    capsys.readouterr()
    assert main(["import", str(target), str(exported)]) == 0
    first = capsys.readouterr().err.splitlines()[0]
    assert first.endswith("0 sets, 4 cases, 5 links")
    with Project.open(target) as copy:
        empty = Project.create(tmp_path / "empty.qcode", coder="x")
        with empty:
            nothing = stored_state(empty)
        assert copy.undo() == "import study.qdpx"
        state = stored_state(copy)
        for table in ("cases", "case_values", "case_members", "links", "memos", "codings"):
            assert state[table] == [], table
        assert [row[2] for row in state["link_types"]] == [r[2] for r in nothing["link_types"]]
        copy.redo()
        assert len(copy.cases()) == 4 and len(copy.links()) == 5


# -- other tools' cases and links ---------------------------------------------------------

G = "00000000-0000-4000-8000-{:012d}".format
TEXT = "Interviewer: Were you told?\nLiu: 没有 😀, no notice at all. 𠮷 They came at night."


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def selection(guid: int, words: str, *codes: int) -> str:
    start, end = span(words)
    inner = "".join(
        f'<Coding guid="{G(guid * 10 + n)}" creatingUser="{G(1)}"><CodeRef targetGUID="{G(c)}"/>'
        "</Coding>"
        for n, c in enumerate(codes)
    )
    return (
        f'<PlainTextSelection guid="{G(guid)}" startPosition="{start}" endPosition="{end}" '
        f'creatingUser="{G(1)}">{inner}</PlainTextSelection>'
    )


def other_tool_file(tmp_path: Path) -> Path:
    body = (
        f'<Users><User guid="{G(1)}" name="Ana"/><User guid="{G(2)}" name="Bo"/></Users>'
        f'<CodeBook><Codes><Code guid="{G(5)}" name="Notice" isCodable="true"/>'
        f'<Code guid="{G(6)}" name="Night" isCodable="true"/></Codes></CodeBook>'
        f'<Variables><Variable guid="{G(7)}" name="age" typeOfVariable="Integer"/></Variables>'
        "<Cases>"
        f'<Case guid="{G(8)}" name="Liu"><Description>the informant</Description>'
        f'<VariableValue><VariableRef targetGUID="{G(7)}"/><IntegerValue>34</IntegerValue>'
        f'</VariableValue><SourceRef targetGUID="{G(20)}"/></Case>'
        f'<Case guid="{G(9)}" name="  Night&#9;raid "><CodeRef targetGUID="{G(6)}"/>'
        f'<VariableValue><VariableRef targetGUID="{G(7)}"/><IntegerValue>old</IntegerValue>'
        f'</VariableValue><SelectionRef targetGUID="{G(31)}"/><SelectionRef '
        f'targetGUID="{G(32)}"/><SelectionRef targetGUID="{G(33)}"/><SelectionRef '
        f'targetGUID="{G(99)}"/></Case>'
        f'<Case guid="{G(10)}" name="Liu"/>'
        "</Cases>"
        f'<Sources><TextSource guid="{G(20)}" name="Liu" plainTextPath="internal://{G(20)}.txt">'
        + selection(31, "没有 😀", 5)
        + selection(32, "no notice at all", 5, 6)
        + selection(33, "Were you told")
        + selection(34, "They came at night", 6)
        + "</TextSource></Sources>"
        f'<Notes><Note guid="{G(40)}" name="Why" creatingUser="{G(2)}" '
        'creationDateTime="2024-05-01T09:00:00Z"><PlainTextContent>Both deny it 😀'
        f'</PlainTextContent></Note><Note guid="{G(41)}" name="On the case">'
        "<PlainTextContent>Met in 北京.</PlainTextContent></Note></Notes>"
        "<Links>"
        f'<Link guid="{G(50)}" name="Contradicts" direction="OneWay" originGUID="{G(31)}" '
        f'targetGUID="{G(34)}"><NoteRef targetGUID="{G(40)}"/></Link>'
        f'<Link guid="{G(51)}" name="supports" direction="Associative" originGUID="{G(34)}" '
        f'targetGUID="{G(32)}"/>'
        f'<Link guid="{G(52)}" originGUID="{G(321)}" targetGUID="{G(31)}"/>'
        f'<Link guid="{G(53)}" name="is about" originGUID="{G(31)}" targetGUID="{G(20)}"/>'
        f'<Link guid="{G(54)}" name="same" originGUID="{G(31)}" targetGUID="{G(31)}"/>'
        f'<Link guid="{G(55)}" name="contradicts" originGUID="{G(31)}" targetGUID="{G(34)}"/>'
        f'<Link guid="{G(56)}" name="Memo-Case" originGUID="{G(41)}" targetGUID="{G(8)}"/>'
        "</Links>"
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
        f'name="study" origin="ATLAS.ti 9">{body}</Project>'
    )
    path = tmp_path / "other.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        archive.writestr(f"sources/{G(20)}.txt", TEXT.encode("utf-8"))
    return path


def test_another_tools_cases_become_cases(project: Project, tmp_path: Path) -> None:
    report = import_qdpx(project, other_tool_file(tmp_path))
    assert report.cases == 3
    document = project.document("Liu")
    assert document.attributes == {}  # no longer "case: Liu" attributes
    codings = {c.uuid: c for c in project.codings()}
    liu = project.case("Liu")
    assert (liu.uuid, liu.description, liu.attributes, liu.type) == (
        G(8),
        "the informant",
        {"age": 34},
        "",
    )
    assert [m.member for m in project.case_members(liu)] == [Member(document_id=document.id)]
    assert [m.text for m in project.memos_on("case", liu.id)] == ["Met in 北京."]
    night = project.case("Night raid")
    assert night.attributes == {}
    members = {m.member.coding_id for m in project.case_members(night)}
    # SelectionRef 31 (one coding), 32 (both its codings); CodeRef "Night" (32's and 34's)
    expected = {codings[G(31)].id, codings[G(320)].id, codings[G(321)].id, codings[G(34)].id}
    assert members == expected
    assert project.case("Liu (2)").uuid == G(10)
    changed, skipped = "\n".join(report.changed), "\n".join(report.skipped)
    assert "case name 'Night\\traid' is now 'Night raid'" in changed
    assert "a second case named 'Liu' is now 'Liu (2)'" in changed
    assert "case 'Night raid' refers to code 'Night': its 2 codings are members" in changed
    assert "case 'Night raid': value 'old' of 'age' is not integer; not imported" in skipped
    assert "case 'Night raid': 1 selection of it were not imported" in skipped
    assert "case 'Night raid': 1 passage of it without a code are not its members" in skipped


def test_another_tools_links_between_codings_become_links(project: Project, tmp_path: Path) -> None:
    report = import_qdpx(project, other_tool_file(tmp_path))
    codings = {c.id: c.uuid for c in project.codings()}
    types = {t.id: t.name for t in project.link_types()}
    coders = {c.id: c.name for c in project.coders()}
    made = {
        link.uuid: (
            types[link.type_id],
            codings[link.origin_coding_id],
            codings[link.target_coding_id],
            link.memo,
            coders.get(link.coder_id or 0),
        )
        for link in project.links()
    }
    assert made == {
        # the built-in type; the note's title and text are the memo
        G(50): ("contradicts", G(31), G(34), "Why\n\nBoth deny it 😀", "Bo"),
        G(51): ("supports", G(34), G(320), "", None),  # 32's first coding
        G(52): ("related", G(321), G(31), "", None),  # a Coding's own GUID; no name
    }
    assert report.links == 3
    assert "Why" not in {m.title for m in project.memos()}  # the link's memo, not a memo
    changed, skipped = "\n".join(report.changed), "\n".join(report.skipped)
    assert "'supports'" not in changed  # a new link type is no change
    assert "1 link without a name are of type 'related'" in changed
    assert "1 associative or two-way link now go from their origin to their target" in changed
    assert "1 link to passages with several codings link their first codings" in changed
    assert "link 'is about' was not imported" in skipped and "target is a document" in skipped
    assert "link 'same' from a coding to itself was not imported" in skipped
    assert "1 link repeating another (same type, origin and target) not imported again" in skipped
    project.undo()
    assert project.links() == [] and project.cases() == []
    assert [t.name for t in project.link_types()] == ["corroborates", "contradicts", "explains"]


def test_odd_cases_and_links_are_imported_or_reported_never_a_traceback(
    project: Project, tmp_path: Path
) -> None:
    body = (
        f'<CodeBook><Codes><Code guid="{G(5)}" name="A" isCodable="true"/></Codes></CodeBook>'
        '<Cases><Case/><Case guid="not a guid" name="&#133;Night"><SourceRef targetGUID="bad"/>'
        "</Case></Cases>"
        f'<Sources><TextSource guid="{G(20)}" name="Liu" plainTextPath="internal://{G(20)}.txt">'
        + selection(31, "没有 😀", 5)
        + selection(32, "no notice at all", 5)
        + "</TextSource></Sources>"
        f'<Links><Link/><Link name="half" originGUID="{G(31)}"/>'
        f'<Link name="a&#10;b" originGUID="{G(31)}" targetGUID="{G(32)}"/>'
        f'<Link name="corroborates" originGUID="{G(31)}" targetGUID="{G(32)}">'
        f'<NoteRef targetGUID="{G(99)}"/></Link></Links>'
    )
    path = tmp_path / "odd.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "project.qde",
            f'<Project xmlns="urn:QDA-XML:project:1.0" name="odd">{body}</Project>',
        )
        archive.writestr(f"sources/{G(20)}.txt", TEXT.encode("utf-8"))
    report = import_qdpx(project, path)
    assert sorted(case.name for case in project.cases()) == ["Night", "Unnamed case"]
    assert all(case.members == 0 for case in project.cases())
    types = {t.id: t.name for t in project.link_types()}
    assert sorted((types[link.type_id], link.memo) for link in project.links()) == [
        ("a b", ""),
        ("corroborates", ""),  # its note is not in the file
    ]
    assert "link '' was not imported: qcode links codings, and its origin is missing" in (
        report.skipped
    )
    assert any(line.startswith("link 'half' was not imported") for line in report.skipped)
    assert "link type name 'a\\nb' is now 'a b'" in report.changed
