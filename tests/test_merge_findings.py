"""Merging coders' copies carries the findings too: speakers' roles, cases
with their attributes, members and memos, framework summaries and quotes,
link types and links, grades, and saved queries.  Nothing a coder made is
lost, a difference is reported, and merging the same file twice adds nothing.

Expected values are read from the copies themselves (by UUID, name and
text), never from the merge code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qcode.core.copies import prepare_coder_copies
from qcode.core.merge.project import merge_project
from qcode.core.project import Project
from qcode.model import Member, QueryOptions
from tests.findings import code, interviews, stored_state


def findings(project: Project) -> dict[str, Any]:
    """The findings of a project in terms that do not depend on row ids."""
    codings = {c.id: c for c in project.codings()}
    codebook = project.codebook()
    texts = {d.id: project.text(d) for d in project.documents()}
    names = {d.id: d.name for d in project.documents()}
    cases = {c.id: c.name for c in project.cases()}
    types = {t.id: t.name for t in project.link_types()}
    grades = {g.id: g.name for g in project.grades()}

    def coding(coding_id: int) -> tuple[str, str, str]:
        c = codings[coding_id]
        return names[c.document_id], codebook.path(c.code_id), texts[c.document_id][c.start : c.end]

    def member(m: Member) -> tuple[Any, ...]:
        if m.coding_id is not None:
            return ("coding", *coding(m.coding_id))
        return ("speaker" if m.speaker else "document", names.get(m.document_id or 0), m.speaker)

    return {
        "speakers": {(s.name, s.role, s.description) for s in project.speakers() if s.uuid},
        "cases": {
            (c.uuid, c.name, c.type, c.description, tuple(c.attributes.items()))
            for c in project.cases()
        },
        "members": {(cases[m.case_id], member(m.member)) for m in project.case_members()},
        "cells": {
            (
                cases[c.case_id],
                codebook.path(c.code_id),
                c.summary,
                tuple(sorted(map(coding, c.quotes))),
            )
            for c in project.framework_cells()
        },
        "link_types": {(t.uuid, t.name) for t in project.link_types()},
        "links": {
            (
                link.uuid,
                types[link.type_id],
                coding(link.origin_coding_id),
                coding(link.target_coding_id),
                link.memo,
            )
            for link in project.links()
        },
        "grades": [(g.uuid, g.name, g.first_hand) for g in project.grades()],
        "gradings": {(coding(c), grades[g]) for c, g in project.coding_grades().items()},
        "queries": {(q.name, q.expression, q.options) for q in project.saved_queries()},
        "case memos": {
            (cases[m.case_id or 0], m.title, m.text) for m in project.memos() if m.case_id
        },
    }


@pytest.fixture
def team(tmp_path: Path) -> tuple[Project, Path, Path]:
    lead = interviews(tmp_path, coder="Lead", name="lead")
    lead.set_speaker_role("Interviewer", "interviewer")
    liu = lead.create_case("Liu", type="person", attributes={"age": 34})
    lead.assign_to_case(liu, [Member(speaker="Liu")])
    lead.add_grade("first-hand witness", first_hand=True)
    lead.add_grade("second-hand")
    lead.save_query("Not told", '"No notice" AND NOT "Appeal"')
    lead.add_memo("case", liu.id, "Met in 2023.")
    path_a, path_b = prepare_coder_copies(lead, ["Ana", "Ben"])
    with Project.open(path_a, coder="Ana") as a:
        notice = code(a, "Interview 1", "No notice", "I did not receive any notice")
        station = code(a, "Interview 2", "Stopped", "They stopped me at the station")
        seen = code(a, "Interview 2", "Stopped", "Liu was there too")
        a.link_codings(station, seen, "corroborates", memo="Same station.")
        same = a.add_link_type("same event")
        a.link_codings(seen, notice, same)
        a.set_grade([station], "first-hand witness")
        a.set_grade([seen], "second-hand")
        incident = a.create_case("Station incident", type="incident")
        a.assign_to_case(
            incident, [Member(document_id=a.document("Interview 2").id), Member(coding_id=seen.id)]
        )
        a.set_summary(a.case("Liu"), a.code("No notice"), "Never notified.")
        a.link_quotes(a.case("Liu"), a.code("No notice"), [notice])
        a.set_speaker("Liu", role="respondent")
        a.save_query("Stops", '"Stopped"', QueryOptions(speakers=("Wang",)))
    with Project.open(path_b, coder="Ben") as b:
        notice = code(b, "Interview 1", "No notice", "I did not receive any notice")
        b.link_codings(notice, code(b, "Interview 1", "Seized", "They took my phone"), "explains")
        b.set_grade([notice], "second-hand")
        b.edit_case(b.case("Liu"), description="A farmer.")
        b.set_summary(b.case("Liu"), b.code("No notice"), "Says he got no notice.")
        b.save_query("Not told", '"No notice"')  # the same name, another query
        b.add_memo("case", b.case("Liu").id, "Asked for a copy.")
    return lead, path_a, path_b


def test_coders_copies_keep_the_findings_but_not_what_refers_to_codings(
    team: tuple[Project, Path, Path],
) -> None:
    lead, _, _ = team
    lead_notice = code(lead, "Interview 1", "No notice", "I did not receive any notice")
    lead_phone = code(lead, "Interview 1", "Seized", "They took my phone")
    lead.link_codings(lead_notice, lead_phone, "explains")
    lead.set_grade([lead_notice], "second-hand")
    lead.assign_to_case(lead.case("Liu"), [Member(coding_id=lead_phone.id)])
    lead.link_quotes(lead.case("Liu"), lead.code("No notice"), [lead_notice])
    path_c = prepare_coder_copies(lead, ["Dan"])[0]
    with Project.open(path_c) as copy:
        seen = findings(copy)
    lead_findings = findings(lead)
    assert seen["links"] == seen["gradings"] == seen["cells"] == set()
    assert seen["members"] == {("Liu", ("speaker", None, "Liu"))}
    for kept in ("speakers", "cases", "link_types", "grades", "queries", "case memos"):
        assert seen[kept] == lead_findings[kept], kept


def test_merging_the_copies_brings_every_finding_back(team: tuple[Project, Path, Path]) -> None:
    lead, path_a, path_b = team
    with Project.open(path_a, read_only=True) as a:
        from_a = findings(a)
    with Project.open(path_b, read_only=True) as b:
        from_b = findings(b)
    own = findings(lead)
    report_a = merge_project(lead, path_a)
    assert (report_a.cases_added, report_a.links_added, report_a.gradings_added) == (1, 2, 2)
    report_b = merge_project(lead, path_b)
    merged = findings(lead)
    # Everything either copy holds is there (the lead kept its own values).
    for key in ("links", "gradings", "link_types", "members"):
        assert merged[key] == from_a[key] | from_b[key], key
    assert merged["grades"] == own["grades"]
    assert ("Liu", "respondent", "") in merged["speakers"]
    assert {c[1:4] for c in merged["cases"]} == {
        ("Liu", "person", "A farmer."),
        ("Station incident", "incident", ""),
    }
    # Ana's summary came first; Ben's other one is kept in a memo on the case.
    assert merged["cells"] == from_a["cells"]
    title = "Summary on “No notice” in lead-Ben.qcode"
    assert merged["case memos"] == {
        ("Liu", "", "Met in 2023."),
        ("Liu", "", "Asked for a copy."),
        ("Liu", title, "Says he got no notice."),
    }
    # Ben's query of the lead's name is kept beside it.
    assert merged["queries"] == own["queries"] | from_a["queries"] | {
        ("Not told (from lead-Ben)", '"No notice"', QueryOptions())
    }
    conflicts = {(c.kind, c.subject) for c in report_b.conflicts}
    assert conflicts == {("framework", "Liu × No notice"), ("query", "Not told")}
    assert report_b.as_json()["findings_added"]["queries"] == 1


def test_merging_the_same_copies_again_adds_nothing(team: tuple[Project, Path, Path]) -> None:
    lead, path_a, path_b = team
    merge_project(lead, path_a)
    merge_project(lead, path_b)
    before = stored_state(lead)
    again_a = merge_project(lead, path_a)
    again_b = merge_project(lead, path_b)
    assert stored_state(lead) == before
    assert not again_a.added_anything and not again_b.added_anything
    assert set(again_a.as_json()["findings_added"].values()) == {0}


def test_undoing_a_merge_takes_the_findings_out_again(team: tuple[Project, Path, Path]) -> None:
    lead, path_a, _ = team
    before = stored_state(lead)
    merge_project(lead, path_a)
    assert findings(lead)["links"]
    lead.undo()
    assert stored_state(lead) == before
