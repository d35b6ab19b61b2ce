"""The consent register: participants, what exports may not quote, and the
"keep until" dates that have passed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.io.base import ImportedDocument
from qcode.io.speakers import detect_speaker_turns
from tests.evidence_files import Cli

GROUP = (
    "Moderator: Who was there?\n"
    "Ana: I was, with 😀 my cousin.\n"
    "Moderator: And you?\n"
    "Bo: Me too 𠮷.\n"
    "Ana: We left early."
)
ALONE = "Interviewer: Tell me.\nCarla: It was cold.\nInterviewer: Thanks.\nCarla: Bye."


def _add(project: Project, name: str, text: str) -> None:
    turns = detect_speaker_turns(text)
    project.add_documents([ImportedDocument(name, text, f"{name}.txt", "text", turns)])


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        _add(project, "Group", GROUP)
        _add(project, "Carla", ALONE)
    return path


def test_unquotable_passages(study: Path) -> None:
    with Project.open(study) as project:
        group, carla = project.document("Group"), project.document("Carla")
        project.set_participant("Ana", speaker="Ana", quote="no")
        project.set_participant("Bo", speaker="Bo", quote="yes")
        project.set_participant("Carla", documents=[carla], quote="no")
        project.set_participant("Dee")  # nothing recorded yet
        screen = project.unquotable()
    assert screen
    ana_says = GROUP.index("I was")
    assert screen.blocks(group.id, ana_says, ana_says + 5) == "Ana did not consent to being quoted"
    question = GROUP.index("Who was there?")
    assert screen.blocks(group.id, question, question + 14) is None  # the moderator may be quoted
    bo_says = GROUP.index("Me too")
    assert screen.blocks(group.id, bo_says, bo_says + 6) is None  # Bo consented
    # A passage reaching into Ana's turn from the question before it is hers too.
    assert screen.blocks(group.id, question, ana_says + 1) is not None
    last = GROUP.index("We left")
    assert screen.blocks(group.id, last, last + 7) is not None  # her turns everywhere
    assert screen.blocks(carla.id, 0, 5) == "Carla did not consent to being quoted"
    spans = screen.spans(group.id, len(GROUP))
    assert [GROUP[s.start : s.end] for s in spans] == [
        "Ana: I was, with 😀 my cousin.",
        "Ana: We left early.",
    ]
    assert [(s.start, s.end) for s in screen.spans(carla.id, len(ALONE))] == [(0, len(ALONE))]
    assert screen.unknown == ("Dee",)
    screen.leave_out("Ana did not consent to being quoted", 2)
    assert screen.summary() == ["2 passages left out: Ana did not consent to being quoted"]


def test_nothing_blocked_without_a_refusal(study: Path) -> None:
    with Project.open(study) as project:
        project.set_participant("Ana", speaker="Ana", quote="yes")
        screen = project.unquotable()
        assert not screen
        assert screen.blocks(project.document("Group").id, 0, len(GROUP)) is None


def test_retention_due(study: Path) -> None:
    with Project.open(study) as project:
        project.set_participant("Ana", retain_until="2030-06-30")
        project.set_participant("Bo", retain_until="2030-07-01")
        project.set_participant("Carla")
        assert project.retention_due(date(2030, 6, 30)) == []  # on the day: not yet passed
        assert [p.name for p in project.retention_due(date(2030, 7, 1))] == ["Ana"]
        assert [p.name for p in project.retention_due(date(2031, 1, 1))] == ["Ana", "Bo"]


def test_register_from_the_command_line(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli = Cli(capsys)
    entry = cli.json(
        "participant",
        study,
        "Carla",
        "--documents",
        "Carla",
        "--quote",
        "no",
        "--named",
        "no",
        "--keep-recording",
        "yes",
        "--retain-until",
        "2020-01-31",
        "--consent-ref",
        "form C-17",
    )
    assert entry["documents"] == ["Carla"] and entry["quote"] == "no"
    cli("participant", study, "Ana", "--speaker", "Ana")
    cli("participant", study, "Carla", "--quote", "yes")  # an update keeps the rest
    listed = cli.json("participants", study)
    assert [(p["name"], p["quote"], p["speaker"]) for p in listed] == [
        ("Ana", "unknown", "Ana"),
        ("Carla", "yes", None),
    ]
    assert listed[1]["consent_ref"] == "form C-17" and listed[1]["named"] == "no"
    _out, err = cli("participants", study)
    assert "until a day now past: Carla (until 2020-01-31)" in err
    _out, err = cli("documents", study)
    assert "warning: the data of 1 participant" in err
    log = [e["label"] for e in cli.json("log", study)]
    assert log[-1] == "record the consent of 'Carla'"
    cli("undo", study)
    assert cli.json("participants", study)[1]["quote"] == "no"


def test_links_follow_documents_deleted_and_restored(study: Path) -> None:
    with Project.open(study) as project:
        carla = project.document("Carla")
        project.set_participant("Carla", documents=[carla], quote="no")
        project.delete_documents([carla])
        assert project.participants()[0].documents == ()
        project.undo()
        assert project.participants()[0].documents == (carla.id,)


def test_refusals_are_one_line_and_change_nothing(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys)
    cli("participant", study, "Ana", "--quote", "no")
    before = study.read_bytes()
    assert "not a date" in cli.error("participant", study, "Ana", "--retain-until", "31/12/2030")
    assert "invalid choice" in cli.error("participant", study, "Ana", "--quote", "maybe")
    assert "no document 'Nobody'" in cli.error("participant", study, "Ana", "--documents", "Nobody")
    assert "no case 'X'" in cli.error("participant", study, "Ana", "--case", "X")
    assert "nothing to change" in cli.error("participant", study, "Ana", "--quote", "no")
    assert "participant" in cli.error("participant", study, " ")
    assert study.read_bytes() == before


def test_a_merge_keeps_the_more_careful_answer(tmp_path: Path) -> None:
    from qcode.core.merge.project import merge_project

    with Project.create(tmp_path / "lead.qcode") as lead:
        _add(lead, "Group", GROUP)
        lead.set_participant("Ana", speaker="Ana", quote="yes", retain_until="2031-01-01")
    with Project.create(tmp_path / "field.qcode") as field:
        _add(field, "Group", GROUP)
        _add(field, "Carla", ALONE)
        field.set_participant("Ana", quote="no", consent_ref="A-1", retain_until="2030-01-01")
        field.set_participant("Carla", documents=[field.document("Carla")], quote="no")
    with Project.open(tmp_path / "lead.qcode") as lead:
        report = merge_project(lead, tmp_path / "field.qcode", backup=False)
        ana, carla = lead.participants()
        assert (ana.quote, ana.retain_until, ana.consent_ref) == ("no", "2030-01-01", "A-1")
        assert ana.speaker == "Ana"
        assert carla.documents == (lead.document("Carla").id,) and carla.quote == "no"
        assert report.participants_added == 1
        kinds = [(c.kind, c.subject) for c in report.conflicts]
        assert ("participant", "Ana") in kinds
