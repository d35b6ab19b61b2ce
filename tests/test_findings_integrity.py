"""Edits that remove or rewrite what findings rest on (deleting codings,
codes, documents; merging codes; redacting) take the links, grades, quotes,
case members and framework cells along in the same step, and undo brings
back every row exactly.  The project file checks every reference when an
edit commits, so a forgotten one would make these edits fail outright."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qcode.core.project import Project
from qcode.model import Coding, Member
from tests.findings import code, interviews, stored_state


def findings_project(tmp_path: Path) -> tuple[Project, dict[str, Any]]:
    """Two interviews with codings that every kind of finding refers to."""
    project = interviews(tmp_path)
    made: dict[str, Any] = {
        "notice": code(project, "Interview 1", "Harms/No notice", "I did not receive any notice"),
        "phone": code(project, "Interview 1", "Harms/Seized", "They took my phone"),
        "station": code(project, "Interview 2", "Stopped", "They stopped me at the station"),
        "seen": code(project, "Interview 2", "Stopped", "Liu was there too"),
    }
    liu, wang = project.create_case("Liu"), project.create_case("Wang")
    first, second = project.document("Interview 1"), project.document("Interview 2")
    project.assign_to_case(liu, [Member(speaker="Liu"), Member(coding_id=made["seen"].id)])
    project.assign_to_case(
        wang, [Member(document_id=second.id, speaker="Wang"), Member(document_id=first.id)]
    )
    project.link_codings(made["station"], made["seen"], "corroborates")
    project.link_codings(made["notice"], made["seen"], "explains")
    grade = project.add_grade("first-hand witness", first_hand=True)
    project.set_grade([made["station"], made["notice"]], grade)
    stopped, no_notice = project.code("Stopped"), project.code("Harms/No notice")
    project.set_summary(liu, no_notice, "Not notified.")
    project.link_quotes(liu, no_notice, [made["notice"]])
    project.link_quotes(wang, stopped, [made["station"], made["seen"]])
    project.add_memo("case", liu.id, "Asked not to be named.")
    made.update(liu=liu, wang=wang, grade=grade, stopped=stopped, no_notice=no_notice)
    return project, made


def referring_to(project: Project, coding: Coding) -> list[str]:
    """Whatever still names this coding."""
    found = [f"link {link.id}" for link in project.links(coding=coding)]
    found += [f"grade of {c}" for c in project.coding_grades() if c == coding.id]
    found += [
        f"quote in {cell.id}" for cell in project.framework_cells() if coding.id in cell.quotes
    ]
    found += [f"member {m.id}" for m in project.case_members() if m.member.coding_id == coding.id]
    return found


def test_removing_codings_removes_what_refers_to_them(tmp_path: Path) -> None:
    project, made = findings_project(tmp_path)
    before = stored_state(project)
    project.remove_codings([made["seen"], made["station"]])
    assert referring_to(project, made["seen"]) == referring_to(project, made["station"]) == []
    assert len(project.links()) == 0 and project.coding_grades() == {
        made["notice"].id: made["grade"].id
    }
    assert project.undo() == "remove 'Stopped'"
    assert stored_state(project) == before


def test_deleting_a_code_removes_its_cells_and_its_codings_references(tmp_path: Path) -> None:
    project, made = findings_project(tmp_path)
    before = stored_state(project)
    project.delete_code(project.code("Harms"))
    assert [cell.code_id for cell in project.framework_cells()] == [made["stopped"].id]
    assert referring_to(project, made["notice"]) == []
    assert [(ln.origin_coding_id, ln.target_coding_id) for ln in project.links()] == [
        (made["station"].id, made["seen"].id)
    ]
    project.undo()
    assert stored_state(project) == before


def test_deleting_a_document_removes_its_members(tmp_path: Path) -> None:
    project, made = findings_project(tmp_path)
    before = stored_state(project)
    project.delete_documents([project.document("Interview 2")])
    members = {
        case.name: [m.member for m in project.case_members(case)] for case in project.cases()
    }
    first = project.document("Interview 1")
    # Liu everywhere stays (he speaks in Interview 1); Wang's members in Interview 2 go.
    assert members == {"Liu": [Member(speaker="Liu")], "Wang": [Member(document_id=first.id)]}
    # Wang's cell had only quotes, all in Interview 2: it goes with them.
    assert [cell.quotes for cell in project.framework_cells()] == [(made["notice"].id,)]
    assert len(project.links()) == 0
    project.undo()
    assert stored_state(project) == before


def test_merging_codes_moves_what_refers_to_a_duplicate(tmp_path: Path) -> None:
    project, made = findings_project(tmp_path)
    second = project.document("Interview 2")
    start, end = made["seen"].start, made["seen"].end
    # The same passage, by the same coder, under another code: a duplicate once merged.
    twin = project.apply_code(second, "Seen", start, end, create=True)
    assert twin is not None
    seen_code = project.code("Seen")
    project.link_codings(twin, made["notice"], "contradicts", memo="He says he was told.")
    project.link_codings(twin, made["seen"], "corroborates")  # becomes a link to itself
    project.set_grade([twin], made["grade"])
    project.assign_to_case(made["wang"], [Member(coding_id=twin.id)])
    project.set_summary(made["liu"], seen_code, "Seen by Wang.")
    project.set_summary(made["wang"], seen_code, "Saw Liu.")
    project.set_summary(made["wang"], made["stopped"], "Stopped.")
    project.link_quotes(made["wang"], seen_code, [twin, made["station"]])
    before = stored_state(project)
    project.merge_codes(seen_code, made["stopped"])
    seen = made["seen"]
    assert not [c for c in project.codings() if c.id == twin.id]
    links = {(ln.origin_coding_id, ln.target_coding_id, ln.memo) for ln in project.links()}
    assert links == {
        (made["station"].id, seen.id, ""),
        (made["notice"].id, seen.id, ""),
        (seen.id, made["notice"].id, "He says he was told."),
    }
    assert project.coding_grades()[seen.id] == made["grade"].id
    members = {
        (m.case_id, m.member.coding_id) for m in project.case_members() if m.member.coding_id
    }
    assert members == {(made["liu"].id, seen.id), (made["wang"].id, seen.id)}
    cells = {(c.case_id, c.code_id): (c.summary, c.quotes) for c in project.framework_cells()}
    assert cells == {
        (made["liu"].id, made["no_notice"].id): ("Not notified.", (made["notice"].id,)),
        (made["liu"].id, made["stopped"].id): ("Seen by Wang.", ()),
        (made["wang"].id, made["stopped"].id): (
            "Stopped.\n\n[Seen] Saw Liu.",
            (made["station"].id, seen.id),
        ),
    }
    project.undo()
    assert stored_state(project) == before


def test_redaction_rewrites_the_findings_on_a_document(tmp_path: Path) -> None:
    project, made = findings_project(tmp_path)
    interviewer = project.create_case("Interviewer Zhou")
    project.assign_to_case(interviewer, [Member(speaker="Interviewer")])
    project.set_speaker("Liu", role="respondent", description="Liu from the north")
    project.set_speaker("Interviewer", role="interviewer", description="Talked with Liu")
    project.set_case_attributes(made["liu"], {"alias": "Liu the farmer"})
    project.edit_case(made["liu"], description="Liu, 34")
    project.set_summary(made["liu"], made["no_notice"], "Liu was never notified.")
    project.add_memo("case", made["liu"].id, "Liu asked for a copy.")
    link = project.links(coding=made["notice"])[0]
    project.edit_link_memo(link, "Liu contradicts himself?")
    project.set_pseudonym("Liu", "Respondent 1")
    project.set_pseudonym("Interviewer", "Q")
    before = stored_state(project)
    project.redact_documents([project.document("Interview 1")])
    liu = project.case(made["liu"].id)
    assert (liu.name, liu.description, liu.attributes["alias"]) == (
        "Respondent 1",
        "Respondent 1, 34",
        "Respondent 1 the farmer",
    )
    memos = sorted(m.text for m in project.memos_on("case", liu.id))
    assert memos == ["Asked not to be named.", "Respondent 1 asked for a copy."]
    assert project.framework_cell(liu, made["no_notice"]).summary == (  # type: ignore[union-attr]
        "Respondent 1 was never notified."
    )
    assert project.links(coding=made["notice"])[0].memo == "Respondent 1 contradicts himself?"
    speakers = {s.name: (s.role, s.description) for s in project.speakers()}
    # "Liu" speaks nowhere else: his row is renamed.  "Interviewer" still
    # speaks in Interview 2 (not redacted): that row stays as it was, and "Q"
    # gets a redacted copy of it.
    assert speakers["Respondent 1"] == ("respondent", "Respondent 1 from the north")
    assert "Liu" not in speakers
    assert speakers["Interviewer"] == ("interviewer", "Talked with Liu")
    assert speakers["Q"] == ("interviewer", "Talked with Respondent 1")
    assert [m.member.speaker for m in project.case_members(liu) if m.member.speaker] == [
        "Respondent 1"
    ]
    assert [m.member.speaker for m in project.case_members(interviewer)] == ["Interviewer", "Q"]
    # The case of another document (Wang's) keeps its name.
    assert project.case(made["wang"].id).name == "Wang"
    assert project.case_codings()[liu.id] == {made["notice"].id, made["phone"].id, made["seen"].id}
    project.undo()
    assert stored_state(project) == before
