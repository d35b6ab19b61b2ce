"""``qcode speakers``, ``qcode speaker`` and ``qcode autocode-speaker``:
speakers listed with their counts, given roles, and auto-coded in one
undoable step.  Counts are worked out here from the transcripts' lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.core.project import Project
from tests.findings import INTERVIEW_1, INTERVIEW_2, code, interviews, stored_state
from tests.test_cli import Run


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    project = interviews(tmp_path)
    code(project, "Interview 1", "Notice", "I did not receive any notice")
    code(project, "Interview 2", "Station", "They stopped me at the station")
    code(project, "Interview 2", "Question", "Who else was there?")
    project.close()
    return tmp_path / "study.qcode"


def _lines(label: str) -> list[str]:
    """The stored lines of a speaker (CRLF becomes LF; each line is a turn)."""
    return [
        line
        for text in (INTERVIEW_1, INTERVIEW_2)
        for line in text.replace("\r\n", "\n").split("\n")
        if line.startswith(f"{label}:")
    ]


def test_speakers_are_listed_with_counts_and_roles(qcode: Run, path: Path) -> None:
    qcode("speaker", path, "wang", "--role", "respondent", "--description", "shop owner")
    found = {s["name"]: s for s in qcode.json("speakers", path)}
    assert list(found) == ["Interviewer", "Liu", "Wang"]
    wang = found["Wang"]
    assert (wang["role"], wang["description"]) == ("respondent", "shop owner")
    assert (wang["documents"], wang["turns"], wang["codings"]) == (1, len(_lines("Wang")), 1)
    # a turn runs to the end of its line, the line break included but the last one
    assert found["Interviewer"]["turns"] == len(_lines("Interviewer")) == 4
    assert found["Interviewer"]["codings"] == 1 and found["Liu"]["codings"] == 1
    assert found["Liu"]["role"] == "" and found["Liu"]["id"] is None
    out, _ = qcode("speaker", path, "Wang")
    assert "role: respondent" in out and "description: shop owner" in out
    qcode("undo", path)
    assert qcode.json("speaker", path, "Wang")["role"] == ""


def test_a_speaker_is_auto_coded_in_one_step(qcode: Run, path: Path) -> None:
    with Project.open(path, read_only=True) as project:
        before = stored_state(project)
    _out, err = qcode("autocode-speaker", path, "Liu", "Said/Liu", "--create")
    assert "coded 2 turns of 'Liu' as 'Said/Liu'" in err
    coded = qcode.json("segments", path, "--code", "Said/Liu")
    assert [s["text"] for s in coded] == [line.split(": ", 1)[1] for line in _lines("Liu")]
    _out, err = qcode("autocode-speaker", path, "Liu", "Said/Liu")
    assert "coded 0 turns" in err and "2 already coded" in err
    qcode("undo", path)  # nothing new was coded the second time: one step to undo
    with Project.open(path, read_only=True) as project:
        after = stored_state(project)
    assert {k: v for k, v in after.items() if k != "coders"} == {
        k: v for k, v in before.items() if k != "coders"
    }
    qcode("autocode-speaker", path, "Wang", "Said/Wang", "--create", "--documents", "Interview 2")
    assert len(qcode.json("segments", path, "--code", "Said/Wang")) == len(_lines("Wang"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["speaker", "Nobody"], "no speaker 'Nobody' in any document"),
        (["speaker", "Nobody", "--role", "x"], "no speaker 'Nobody' in any document"),
        (["autocode-speaker", "Nobody", "X", "--create"], "no speaker 'Nobody'"),
        (["autocode-speaker", "Liu", "Missing"], "no code 'Missing'"),
        (["autocode-speaker", "Liu", "X", "--create", "--documents", "Interview 2"], "no turns"),
        (["autocode-speaker", "Liu", "X", "--documents", "Interview 9"], "no document"),
    ],
)
def test_mistakes_change_nothing(qcode: Run, path: Path, args: list[str], message: str) -> None:
    with Project.open(path, read_only=True) as project:
        before = stored_state(project)
    command, *rest = args
    assert message in qcode.error(command, path, *rest)
    with Project.open(path, read_only=True) as project:
        assert stored_state(project) == before
