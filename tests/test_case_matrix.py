"""The case × code matrix, codes against a case attribute, and code
frequencies by case: checked by hand on the interviews and against a
brute-force reading of the membership rule on random projects (a coding is
a case's when it is a member, when its document is, or when it starts in a
turn of a speaker who is)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from qcode.analysis.cases import case_attribute_crosstab, case_code_matrix
from qcode.analysis.filters import Filters
from qcode.analysis.frequencies import frequency_breakdown
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.io.base import ImportedDocument
from qcode.io.speakers import detect_speaker_turns
from qcode.model import Coding, Member
from tests.findings import code, interviews
from tests.test_cli import Run


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


@pytest.fixture
def study(tmp_path: Path) -> Project:
    project = interviews(tmp_path)
    code(project, "Interview 1", "Question", "Were you told before they came?")
    code(project, "Interview 1", "Harms/Notice", "I did not receive any notice")
    code(project, "Interview 1", "Harms/Phone", "They took my phone")
    code(project, "Interview 2", "Harms", "They stopped me at the station")
    code(project, "Interview 2", "Harms/Notice", "他们没有通知我们")
    code(project, "Interview 2", "Witness", "Liu was there too")
    liu = project.create_case("Liu", attributes={"gender": "male", "age": 34})
    wang = project.create_case("Wang", attributes={"gender": "female"})
    incident = project.create_case("Station incident", type="incident")
    second = project.document("Interview 2")
    seen = project.codings(code=project.code("Witness"))[0]
    project.assign_to_case(liu, [Member(speaker="Liu"), Member(coding_id=seen.id)])
    project.assign_to_case(wang, [Member(document_id=second.id, speaker="Wang")])
    project.assign_to_case(incident, [Member(document_id=second.id)])
    return project


def test_the_matrix_by_hand(study: Project) -> None:
    matrix = case_code_matrix(study)
    assert [case.name for case in matrix.cases] == ["Liu", "Station incident", "Wang"]
    assert matrix.paths == ["Question", "Harms", "Harms/Notice", "Harms/Phone", "Witness"]
    # Liu: his two answers in interview 1 and the witness coding assigned to him;
    # Wang: his answers in interview 2 (the station, the notice, the witness);
    # the incident: everything in interview 2.
    assert matrix.counts == [
        [0, 0, 1, 1, 1],
        [0, 1, 1, 0, 1],
        [0, 1, 1, 0, 1],
    ]
    rolled = case_code_matrix(study, with_subcodes=True)
    assert [row[1] for row in rolled.counts] == [2, 2, 2]  # Harms with Notice and Phone
    texts = [
        s.text for s in study.segments(_codings(study, matrix.codings(1, 1) + matrix.codings(1, 2)))
    ]
    assert texts == ["They stopped me at the station", "他们没有通知我们"]
    chosen = case_code_matrix(study, codes=[study.code("Witness")], cases=[study.case("Wang")])
    assert chosen.counts == [[1]] and chosen.paths == ["Witness"]
    json = matrix.as_json()
    assert json["cells"][0]["case"] == "Liu" and json["cells"][0]["code"] == "Harms/Notice"
    assert json["cells"][0]["codings"] == [_codings(study, matrix.codings(0, 2))[0].uuid]


def _codings(project: Project, ids: list[int]) -> list[Coding]:
    by_id = {coding.id: coding for coding in project.codings()}
    return [by_id[i] for i in ids]


def test_filters_choose_the_codings_first(study: Project) -> None:
    no_wang = Filters.from_names(study, exclude_speakers=["Wang"])
    matrix = case_code_matrix(study, no_wang)
    assert matrix.counts[2] == [0, 0, 0, 0, 0]  # Wang said all of his
    assert matrix.counts[0] == [0, 0, 1, 1, 0]  # the witness coding is Wang's words
    only_first = Filters.from_names(study, documents=["Interview 1"])
    assert [sum(row) for row in case_code_matrix(study, only_first).counts] == [2, 0, 0]


def test_codes_against_a_case_attribute(study: Project) -> None:
    crosstab = case_attribute_crosstab(study, "gender")
    assert crosstab.columns == ["female", "male", "(not set)", "(no case)"]
    cells = dict(zip(crosstab.paths, crosstab.cells, strict=True))
    # the witness coding is Liu's (male) and Wang's (female) and the incident's (not set)
    assert cells["Witness"] == [1, 1, 1, 0]
    assert cells["Question"] == [0, 0, 0, 1]  # the interviewer's question: no case
    assert cells["Harms/Notice"] == [1, 1, 1, 0]
    assert cells["Harms"] == [1, 0, 1, 0]
    rolled = case_attribute_crosstab(study, "gender", include_subcodes=True)
    assert dict(zip(rolled.paths, rolled.cells, strict=True))["Harms"] == [2, 2, 2, 0]


def test_frequencies_by_case_and_by_case_attribute(study: Project) -> None:
    rows = {(r.path, r.group): r.own.segments for r in frequency_breakdown(study, "case")}
    assert rows[("Witness", "Liu")] == rows[("Witness", "Wang")] == 1
    assert rows[("Question", "(no case)")] == 1
    assert rows[("Harms/Notice", "Station incident")] == 1
    characters = {
        (r.path, r.group): r.own.characters
        for r in frequency_breakdown(study, "case-attribute", attribute="gender")
    }
    assert characters[("Harms/Notice", "male")] == len("I did not receive any notice")
    assert characters[("Harms/Notice", "female")] == len("他们没有通知我们")
    groups = [r.group for r in frequency_breakdown(study, "case-attribute", attribute="gender")]
    assert groups.index("(not set)") > groups.index("female")


# -- random projects against the membership rule -----------------------------------


def _random_project(folder: Path, seed: int) -> Project:
    rng = random.Random(seed)
    project = Project.create(folder / f"r{seed}.qcode", coder="A")
    labels = ["Int", "Liu", "Wang"]
    documents = []
    for number in range(5):
        lines = [
            f"{rng.choice(labels)}: " + " ".join(rng.choices(["𠮷", "😀", "notice", "站"], k=5))
            for _ in range(rng.randint(2, 6))
        ]
        text = "Intro.\n" + "\n".join(lines) + "\n"
        documents.append(
            ImportedDocument(
                f"d{number}", text, f"{number}.txt", "text", detect_speaker_turns(text)
            )
        )
    added = project.add_documents(documents)
    for path in ("X", "X/Y", "Z"):
        project.add_code(path)
    new = []
    for document in added:
        for _ in range(rng.randint(3, 15)):
            start = rng.randrange(document.length - 1)
            new.append(
                NewCoding(
                    document.id,
                    rng.choice(["X", "X/Y", "Z"]),
                    start,
                    min(document.length, start + rng.randint(1, 20)),
                )
            )
    project.add_codings(new)
    codings = project.codings()
    for number in range(6):
        case = project.create_case(f"case {number}", attributes={"group": rng.choice(["a", "b"])})
        members = []
        for _ in range(rng.randint(1, 3)):
            document = rng.choice(added)
            kind = rng.choice(["document", "speaker", "speaker in", "coding"])
            if kind == "document":
                members.append(Member(document_id=document.id))
            elif kind == "coding":
                members.append(Member(coding_id=rng.choice(codings).id))
            elif kind == "speaker":
                members.append(Member(speaker=rng.choice([s.name for s in project.speakers()])))
            elif document.speakers:
                members.append(
                    Member(document_id=document.id, speaker=rng.choice(document.speakers))
                )
        project.assign_to_case(case, members)
    return project


def _members_of(project: Project) -> dict[int, set[int]]:
    turns = {d.id: project.speaker_turns(d) for d in project.documents()}
    found: dict[int, set[int]] = {}
    for item in project.case_members():
        m = item.member
        for c in project.codings():
            speaks = any(
                t.start <= c.start < t.end for t in turns[c.document_id] if t.speaker == m.speaker
            )
            if (
                m.coding_id == c.id
                or (m.speaker is None and m.coding_id is None and m.document_id == c.document_id)
                or (m.speaker is not None and m.document_id in (None, c.document_id) and speaks)
            ):
                found.setdefault(item.case_id, set()).add(c.id)
    return found


@pytest.mark.parametrize("seed", range(4))
def test_the_matrix_against_the_membership_rule(tmp_path: Path, seed: int) -> None:
    project = _random_project(tmp_path, seed)
    members = _members_of(project)
    codebook = project.codebook()
    order = {d.id: i for i, d in enumerate(project.documents())}
    for with_subcodes in (False, True):
        matrix = case_code_matrix(project, with_subcodes=with_subcodes)
        for i, case in enumerate(matrix.cases):
            for j, column in enumerate(matrix.codes):
                wanted = {column.id} | (
                    {c.id for c in codebook.walk(column.id)} if with_subcodes else set()
                )
                expected = sorted(
                    (
                        c
                        for c in project.codings()
                        if c.id in members.get(case.id, set()) and c.code_id in wanted
                    ),
                    key=lambda c: (order[c.document_id], c.start),
                )
                assert matrix.counts[i][j] == len(expected)
                found = _codings(project, matrix.codings(i, j))
                assert [(c.document_id, c.start) for c in found] == [
                    (c.document_id, c.start) for c in expected
                ]
                assert {c.id for c in found} == {c.id for c in expected}
    crosstab = case_attribute_crosstab(project, "group")
    value = {case.id: case.attributes["group"] for case in project.cases()}
    for path, row in zip(crosstab.paths, crosstab.cells, strict=True):
        code_id = project.code(path).id
        for column, count in zip(crosstab.columns, row, strict=True):
            expected_count = 0
            for coding in project.codings(code=project.code(path)):
                held = {value[case_id] for case_id, ids in members.items() if coding.id in ids}
                if (column == "(no case)" and not held) or column in held:
                    expected_count += 1
            assert count == expected_count, (path, column, code_id)


# -- the command line ------------------------------------------------------------------


def test_the_command_line(qcode: Run, study: Project) -> None:
    path = study.path
    study.close()
    shown = qcode.json("case-matrix", path, "--codes", "Harms", "Witness", "--subcodes")
    assert shown["codes"] == ["Harms", "Witness"]
    assert [c["name"] for c in shown["cases"]] == ["Liu", "Station incident", "Wang"]
    assert shown["counts"] == [[2, 1], [2, 1], [2, 1]]
    cell = next(c for c in shown["cells"] if (c["case"], c["code"]) == ("Wang", "Harms"))
    texts = {s["id"]: s["text"] for s in qcode.json("segments", path)}
    assert [texts[uuid] for uuid in cell["codings"]] == [  # in text order
        "他们没有通知我们",
        "They stopped me at the station",
    ]
    out, _ = qcode("case-matrix", path, "--speaker", "Liu")
    assert out.splitlines()[0].split() == [
        "case",
        "Question",
        "Harms",
        "Harms/Notice",
        "Harms/Phone",
        "Witness",
    ]
    crosstab = qcode.json("case-matrix", path, "--attribute", "GENDER")
    assert crosstab["attribute"] == "gender" and crosstab["columns"][0] == "female"
    rows = qcode.json("frequencies", path, "--by", "case-attribute", "--attribute", "gender")
    assert {(r["code"], r["group"]) for r in rows} >= {
        ("Witness", "male"),
        ("Question", "(no case)"),
    }
    assert "no case has the attribute 'height'" in qcode.error(
        "case-matrix", path, "--attribute", "height"
    )
    assert "no code 'Nope'" in qcode.error("case-matrix", path, "--codes", "Nope")
    assert "--by case-attribute needs --attribute NAME" in qcode.error(
        "frequencies", path, "--by", "case-attribute"
    )
