"""Speakers as units: listed with counts, given roles, and auto-coded.

Expected counts and spans are computed here from the documents' texts and
turns with plain string operations, never by asking the code under test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument
from qcode.io.speakers import detect_speaker_turns
from tests.findings import code, interviews, stored_state


def expected_words(project: Project, speaker: str) -> list[str]:
    """What auto-coding a speaker must cover: each turn's text after
    "Label:" and the spaces that follow, without trailing white space."""
    words = []
    for document in project.documents():
        text = project.text(document)
        for turn in project.speaker_turns(document):
            if turn.speaker == speaker:
                words.append(text[turn.start : turn.end].split(":", 1)[1].strip())
    return words


def test_speakers_are_listed_with_their_counts(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    code(project, "Interview 1", "Notice", "I did not receive any notice")
    code(project, "Interview 1", "Harms", "They took my phone")
    code(project, "Interview 2", "Station", "They stopped me at the station")
    code(project, "Interview 1", "Question", "Were you told")
    # Counted by hand from the turns: which codings start inside whose turns.
    expected: dict[str, list[int]] = {}
    for document in project.documents():
        turns = project.speaker_turns(document)
        for turn in turns:
            counts = expected.setdefault(turn.speaker, [0, 0, 0, 0])
            counts[1] += 1
            counts[2] += turn.end - turn.start
            counts[3] += sum(
                1 for c in project.codings(document=document) if turn.start <= c.start < turn.end
            )
        for speaker in {turn.speaker for turn in turns}:
            expected[speaker][0] += 1
    found = {s.name: [s.documents, s.turns, s.characters, s.codings] for s in project.speakers()}
    assert found == expected
    assert found["Interviewer"][:2] == [2, 4] and found["Liu"][3] == 2
    assert [s.name for s in project.speakers()] == ["Interviewer", "Liu", "Wang"]


def test_a_role_is_set_undone_and_redone(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    before = stored_state(project)
    liu = project.set_speaker_role("Liu", "respondent")
    assert (liu.role, liu.description, liu.turns) == ("respondent", "", 2)
    assert project.undo_label() == "set role of speaker 'Liu'"
    project.set_speaker("liu", description="A farmer from the north")  # case-insensitive label
    assert project.speaker("Liu").description == "A farmer from the north"
    after = stored_state(project)
    assert project.undo() == "describe speaker 'liu'"
    assert project.undo() == "set role of speaker 'Liu'"
    assert stored_state(project) == before
    assert project.speaker("Liu").role == ""
    project.redo()
    project.redo()
    assert stored_state(project) == after
    project.close()
    with Project.open(tmp_path / "study.qcode") as reopened:
        assert reopened.speaker("Liu").role == "respondent"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Interviwer", "no speaker 'Interviwer' in any document"),
        ("Li\x1bu", "a speaker name cannot contain control characters"),
        ("  ", "a speaker needs a name"),
    ],
)
def test_a_bad_speaker_is_refused_in_one_line(tmp_path: Path, name: str, message: str) -> None:
    project = interviews(tmp_path)
    before = stored_state(project)
    with pytest.raises(QcodeError, match=message) as error:
        project.set_speaker_role(name, "respondent")
    assert "\n" not in str(error.value)
    assert stored_state(project) == before


def test_a_role_with_a_lone_surrogate_is_refused(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    with pytest.raises(QcodeError, match="role contains an invalid character"):
        project.set_speaker_role("Liu", "respond\ud800ent")


def test_autocoding_a_speaker_codes_their_words_without_the_label(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    before = stored_state(project)
    result = project.autocode_speaker("Liu", "Respondents/Liu", create=True)
    assert len(result.ids) == 2 and result.skipped_duplicates == 0
    codings = project.codings(code=project.code("Respondents/Liu"))
    texts = [project.text(c.document_id)[c.start : c.end] for c in codings]
    assert texts == expected_words(project, "Liu")
    assert texts[0] == "No. 𠮷 I did not receive any notice. The police came 😀 at night."
    assert project.undo_label() == "auto-code speaker 'Liu' as 'Liu'"
    # Again: every span is already coded by this coder, nothing is added.
    again = project.autocode_speaker("Liu", project.code("Respondents/Liu"))
    assert (again.ids, again.skipped_duplicates) == ([], 2)
    project.undo()
    assert stored_state(project) == before


def test_autocoding_in_chosen_documents_only(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    second = project.document("Interview 2")
    project.autocode_speaker("Interviewer", "Questions", documents=[second], create=True)
    codings = project.codings(code=project.code("Questions"))
    assert {c.document_id for c in codings} == {second.id}
    texts = [project.text(second)[c.start : c.end] for c in codings]
    expected = [
        project.text(second)[t.start : t.end].split(":", 1)[1].strip()
        for t in project.speaker_turns(second)
        if t.speaker == "Interviewer"
    ]
    assert texts == expected == ["What happened at the station?", "Who else was there?"]
    with pytest.raises(QcodeError, match="speaker 'Wang' has no turns in these documents"):
        project.autocode_speaker("Wang", "Questions", documents=[project.document("Interview 1")])


def test_a_full_width_colon_label_is_left_out_too(project: Project) -> None:
    text = "记者：你什么时候被带走的？\n张：我不记得了。\n记者：  后来呢？\n张：没有人通知我们。\n"
    project.add_documents(
        [ImportedDocument("访谈", text, "访谈.txt", "text", detect_speaker_turns(text))]
    )
    project.autocode_speaker("张", "回答", create=True)
    codings = project.codings(code=project.code("回答"))
    assert [text[c.start : c.end] for c in codings] == ["我不记得了。", "没有人通知我们。"]


def test_turns_of_a_speaker_come_in_document_order(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    turns = project.turns_of_speaker("Interviewer")
    names = {d.id: d.name for d in project.documents()}
    assert [(names[document_id], turn.start) for document_id, turn in turns] == [
        ("Interview 1", 0),
        ("Interview 1", 114),
        ("Interview 2", 0),
        ("Interview 2", 90),
    ]
