"""The corroboration table: for each allegation, its independent sources
(cases, or a coding's own document when it belongs to no case), how many of
them first-hand, the contradicting links, and the quotes.  The answers are
worked out by hand on a small study, read off its transcripts."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.analysis.corroboration import corroboration
from qcode.analysis.filters import Filters
from qcode.core.project import Project
from qcode.model import Coding, Member
from tests.findings import code, interviews, stored_state
from tests.test_cli import Run

THIRD = (
    "Interviewer: Did anyone tell you?\n"
    "Zhang: Nobody told me. The police stopped me too.\n"
    "Interviewer: When was that?\n"
    "Zhang: Last year.\n"
)


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


class Study:
    """Three interviews: Liu and Wang are cases (informants); Zhang, in the
    third, is in no case; the station incident is a case of its own
    holding interview 2."""

    def __init__(self, folder: Path) -> None:
        self.project = project = interviews(folder)
        (folder / "Interview 3.txt").write_text(THIRD, encoding="utf-8")
        project.import_files([folder / "Interview 3.txt"])
        self.liu_notice = code(
            project, "Interview 1", "Allegations/No notice", "I did not receive any notice"
        )
        self.liu_night = code(
            project, "Interview 1", "Allegations/Raid", "The police came 😀 at night"
        )
        self.liu_phone = code(
            project, "Interview 1", "Allegations/Raid/Phone", "They took my phone"
        )
        self.wang_notice = code(project, "Interview 2", "Allegations/No notice", "他们没有通知我们")
        self.wang_station = code(
            project, "Interview 2", "Allegations/Stopped", "They stopped me at the station"
        )
        self.wang_liu = code(
            project, "Interview 2", "Allegations/Stopped", "He was stopped as well"
        )
        self.zhang_notice = code(project, "Interview 3", "Allegations/No notice", "Nobody told me")
        self.zhang_stopped = code(
            project, "Interview 3", "Allegations/Stopped", "The police stopped me too"
        )
        liu = project.create_case("Liu", type="informant")
        wang = project.create_case("Wang", type="informant")
        incident = project.create_case("Station incident", type="incident")
        project.assign_to_case(liu, [Member(speaker="Liu")])
        project.assign_to_case(wang, [Member(speaker="Wang")])
        project.assign_to_case(incident, [Member(document_id=project.document("Interview 2").id)])
        project.add_grade("first-hand witness", first_hand=True)
        project.add_grade("hearsay")
        project.set_grade([self.wang_station, self.zhang_notice], "first-hand witness")
        project.set_grade([self.wang_liu, self.liu_notice], "hearsay")
        self.against = project.link_codings(self.zhang_stopped, self.wang_station, "contradicts")
        project.link_codings(self.wang_liu, self.wang_station, "corroborates")

    def rows(self, *paths: str, **options: object) -> dict[str, object]:
        codes = [self.project.code(path) for path in paths]
        return {row.code_path: row for row in corroboration(self.project, codes, **options)}  # type: ignore[arg-type]


@pytest.fixture
def study(tmp_path: Path) -> Study:
    return Study(tmp_path)


def _ids(quotes: tuple) -> list[int]:
    return [quote.coding_id for quote in quotes]


def test_sources_first_hand_contradictions_and_quotes(study: Study) -> None:
    rows = study.rows("Allegations/No notice", "Allegations/Stopped", "Allegations/Raid")
    notice = rows["Allegations/No notice"]
    # Liu (case), Wang and the station incident (both cases of Wang's notice
    # coding) and Zhang's interview (no case: its own document)
    assert notice.sources == ("Liu", "Station incident", "Wang", "document: Interview 3")
    # first-hand: only Zhang's notice coding is graded first-hand
    assert notice.first_hand == 1
    assert notice.contradicted_by == ()
    assert _ids(notice.quotes) == [
        c.id for c in (study.liu_notice, study.wang_notice, study.zhang_notice)
    ]
    stopped = rows["Allegations/Stopped"]
    assert stopped.sources == ("Station incident", "Wang", "document: Interview 3")
    # the first-hand station coding belongs to Wang and to the incident: both count
    assert stopped.first_hand == 2
    assert stopped.contradicted_by == (study.against.id,)
    assert stopped.contradicted_by_uuids == (study.against.uuid,)
    raid = rows["Allegations/Raid"]  # with its sub-code Phone: Liu twice is one source
    assert raid.sources == ("Liu",) and len(raid.quotes) == 2 and raid.first_hand == 0


def test_each_quote_says_where_it_comes_from(study: Study) -> None:
    stopped = study.rows("Allegations/Stopped")["Allegations/Stopped"]
    first, second, third = stopped.quotes
    assert (first.text, first.document, first.grade, first.first_hand) == (
        "They stopped me at the station",
        "Interview 2",
        "first-hand witness",
        True,
    )
    assert first.sources == ("Station incident", "Wang")
    assert first.contradicted_by == (study.against.id,)
    assert second.grade == "hearsay" and not second.first_hand and second.contradicted_by == ()
    assert third.sources == ("document: Interview 3",)
    text = study.project.text(study.project.document("Interview 3"))
    assert text[third.start : third.end] == third.text == "The police stopped me too"
    assert third.coder == "Amina" and third.coding_uuid == study.zhang_stopped.uuid
    json = stopped.as_json()
    assert json["sources"] == ["Station incident", "Wang", "document: Interview 3"]
    assert json["source_count"] == 3 and json["first_hand"] == 2
    assert json["contradicted_by"] == [study.against.uuid]
    assert json["quotes"][0]["id"] == study.wang_station.uuid


def test_own_codings_only_and_filters(study: Study) -> None:
    raid = study.rows("Allegations/Raid", with_subcodes=False)["Allegations/Raid"]
    assert _ids(raid.quotes) == [study.liu_night.id]
    parent = study.rows("Allegations")["Allegations"]
    assert len(parent.quotes) == 8 and parent.first_hand == 3  # Wang, incident, Zhang
    no_zhang = Filters.from_names(study.project, exclude_speakers=["Zhang"])
    notice = study.rows("Allegations/No notice", filters=no_zhang)["Allegations/No notice"]
    assert notice.sources == ("Liu", "Station incident", "Wang") and notice.first_hand == 0
    only_third = Filters.from_names(study.project, documents=["Interview 3"])
    stopped = study.rows("Allegations/Stopped", filters=only_third)["Allegations/Stopped"]
    # the contradicting link touches Zhang's coding too
    assert stopped.sources == ("document: Interview 3",) and stopped.contradicted_by == (
        study.against.id,
    )


def test_a_coding_assigned_alone_is_its_case(study: Study) -> None:
    zhang = study.project.create_case("Zhang")
    study.project.assign_to_case(zhang, [Member(coding_id=study.zhang_notice.id)])
    notice = study.rows("Allegations/No notice")["Allegations/No notice"]
    assert notice.sources == ("Liu", "Station incident", "Wang", "Zhang")
    assert notice.first_hand == 1


def test_the_command_line(qcode: Run, study: Study) -> None:
    project = study.project
    before = stored_state(project)
    path = project.path
    project.close()
    rows = qcode.json(
        "corroboration", path, "--codes", "Allegations/No notice", "Allegations/Stopped"
    )
    assert [row["code"] for row in rows] == ["Allegations/No notice", "Allegations/Stopped"]
    assert [row["source_count"] for row in rows] == [4, 3]
    assert [row["first_hand"] for row in rows] == [1, 2]
    assert rows[1]["contradicted_by"] == [study.against.uuid]
    assert set(rows[0]) == {
        "code",
        "sources",
        "source_count",
        "first_hand",
        "contradicted_by",
        "quotes",
    }
    own = qcode.json("corroboration", path, "--codes", "Allegations/Raid", "--own")
    assert len(own[0]["quotes"]) == 1
    respondents = qcode.json("corroboration", path, "--codes", "Allegations", "--speaker", "Liu")
    assert respondents[0]["sources"] == ["Liu"]
    out, _ = qcode("corroboration", path, "--codes", "Allegations/Stopped")
    assert "Station incident; Wang; document: Interview 3" in out
    assert "no code 'Nope'" in qcode.error("corroboration", path, "--codes", "Nope")
    assert "--codes" in qcode.error("corroboration", path)
    with Project.open(path, read_only=True) as reopened:
        assert stored_state(reopened) == before


# -- a larger study, against a computation of its own -----------------------------------


def _many_codings(folder: Path) -> Project:
    """Four interviews in Chinese, English and emoji; 240 random codings of
    three codes and their sub-codes (some of the same span under two codes);
    cases by document, by speaker everywhere, by speaker in one document
    and by single codings, overlapping; grades and 'contradicts' links."""
    import random

    from qcode.core.coding_edits import NewCoding

    rng = random.Random(7)
    words = "通知 警察 we were told nothing 😀 𠮷 the list court 失信 appeal".split()
    paths = []
    for number in range(4):
        lines = []
        for turn in range(24):
            speaker = ("Interviewer", "Liu", "Wang")[turn % 3]
            lines.append(f"{speaker}: " + " ".join(rng.choices(words, k=rng.randint(5, 18))))
        path = folder / f"Talk {number + 1}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    project = Project.create(folder / "many.qcode", coder="Amina")
    documents = project.import_files(paths)
    codes = []
    for name in ("Detention", "Travel ban", "Notice"):
        parent = project.create_code(name)
        codes += [parent, project.create_code("Own", parent), project.create_code("Other", parent)]
    coders = [project.coder_id(name, create=True) for name in ("Amina", "Bo")]
    specs = []
    for _ in range(200):
        document = rng.choice(documents)
        start = rng.randrange(0, document.length - 40)
        span = (start, start + rng.randint(1, 40))
        specs.append(NewCoding(document.id, rng.choice(codes).id, *span, rng.choice(coders)))
        if rng.random() < 0.2:  # the same span under another code
            specs.append(NewCoding(document.id, rng.choice(codes).id, *span, rng.choice(coders)))
    project.add_codings(specs)
    codings = project.codings()
    project.assign_to_case(project.create_case("Talk 1"), [Member(document_id=documents[0].id)])
    project.assign_to_case(project.create_case("Liu"), [Member(speaker="Liu")])
    wang = project.create_case("Wang in talk 2")
    project.assign_to_case(wang, [Member(document_id=documents[1].id, speaker="Wang")])
    single = project.create_case("A few codings")
    project.assign_to_case(single, [Member(coding_id=c.id) for c in rng.sample(codings, 12)])
    project.add_grade("first-hand", first_hand=True)
    project.add_grade("hearsay")
    graded = rng.sample(codings, 60)
    project.set_grade(graded[:30], "first-hand")
    project.set_grade(graded[30:], "hearsay")
    for _ in range(15):
        project.link_codings(*rng.sample(codings, 2), rng.choice(["contradicts", "explains"]))
    return project


def _expected(project: Project, code_id: int) -> dict[str, object]:
    """The row of a code (with its sub-codes), worked out from the project's
    plain lists; membership from the cases' members as assigned above."""
    documents = project.documents()
    place = {document.id: i for i, document in enumerate(documents)}
    turns = {d.id: project.speaker_turns(d) for d in documents}
    cases = project.cases()
    members = {case.id: [held.member for held in project.case_members(case)] for case in cases}

    def holds(case_id: int, coding: Coding) -> bool:
        for member in members[case_id]:
            if member.coding_id is not None:
                if member.coding_id == coding.id:
                    return True
            elif member.speaker is None:
                if member.document_id == coding.document_id:
                    return True
            elif member.document_id in (None, coding.document_id):
                for turn in turns[coding.document_id]:
                    if turn.speaker == member.speaker and turn.start <= coding.start < turn.end:
                        return True
        return False

    codebook = project.codebook()
    covered = {code_id} | {child.id for child in codebook.walk(code_id)}
    mine = [c for c in project.codings() if c.code_id in covered]
    mine.sort(key=lambda c: (place[c.document_id], c.start, c.end, c.id))
    first_hand = {g.id for g in project.grades() if g.first_hand}
    grades = project.coding_grades()
    contradicts = next(t for t in project.link_types() if t.name == "contradicts")
    links = [link for link in project.links() if link.type_id == contradicts.id]
    names = {d.id: d.name for d in documents}
    sources: set[tuple[int, int, str]] = set()
    firsts: set[tuple[int, int, str]] = set()
    quotes = []
    for coding in mine:
        own = [(0, i, case.name) for i, case in enumerate(cases) if holds(case.id, coding)]
        if not own:
            own = [(1, place[coding.document_id], f"document: {names[coding.document_id]}")]
        sources |= set(own)
        if grades.get(coding.id) in first_hand:
            firsts |= set(own)
        text = project.text(project.document(coding.document_id))[coding.start : coding.end]
        quotes.append((coding.uuid, text, [name for _k, _i, name in sorted(own)]))
    ids = {c.id for c in mine}
    touching = {link.uuid for link in links if {link.origin_coding_id, link.target_coding_id} & ids}
    return {
        "sources": [name for _k, _i, name in sorted(sources)],
        "first_hand": len(firsts),
        "contradicted_by": sorted(touching),
        "quotes": quotes,
    }


def test_a_larger_study_against_its_own_computation(tmp_path: Path) -> None:
    project = _many_codings(tmp_path)
    codes = list(project.codebook().walk())
    with_quotes = corroboration(project, codes)
    figures = corroboration(project, codes, with_quotes=False)
    several = 0
    for code_, row, alone in zip(codes, with_quotes, figures, strict=True):
        expected = _expected(project, code_.id)
        assert row.sources == tuple(expected["sources"])  # type: ignore[arg-type]
        assert row.first_hand == expected["first_hand"]
        assert sorted(row.contradicted_by_uuids) == expected["contradicted_by"]
        assert [(q.coding_uuid, q.text, list(q.sources)) for q in row.quotes] == expected["quotes"]
        several += sum(1 for q in row.quotes if len(q.sources) > 1)
        # the figures alone (read without the codings' uuids or text) are the same
        assert (alone.sources, alone.first_hand, alone.contradicted_by) == (
            row.sources,
            row.first_hand,
            row.contradicted_by,
        )
        assert alone.quotes == ()
    assert several > 0  # codings of several cases were met
    tops = [row for code_, row in zip(codes, with_quotes, strict=True) if code_.parent_id is None]
    assert sum(len(row.quotes) for row in tops) == len(project.codings())
