"""The key of the suggestions' caches (``coding_state``): one counter row
that the store's triggers bump, so it is cheap on a project of any size and
still changes after every edit suggestions depend on, undo and redo too, and
after another process writes to the same file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qcode.analysis.suggestions.suggester import Suggester
from qcode.core.project import Project
from qcode.io.base import ImportedDocument
from qcode.io.speakers import detect_speaker_turns

TEXT = (
    "Interviewer: Where did you travel?\nAmina: I could not buy a train ticket. We ate.\n"
    "Interviewer: Why?\nAmina: The list.\n"
)
TICKET = (TEXT.index("I could"), TEXT.index(" We ate"))
ATE = (TEXT.index("We ate"), TEXT.index("\nInterviewer: Why"))


@pytest.fixture
def coded(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p.qcode")
    (doc,) = project.add_documents(
        [ImportedDocument("D", TEXT, "d.txt", "text", detect_speaker_turns(TEXT))]
    )
    code = project.create_code("Travel", description="use when a trip is refused")
    project.apply_code(doc, code, *TICKET)
    return project


def _key(project: Project) -> tuple[Any, ...]:
    return project.reader.coding_state()


EDITS: dict[str, Callable[[Project], object]] = {
    "add a document": lambda p: p.add_documents([ImportedDocument("E", "More.", "e.txt", "text")]),
    "delete a document": lambda p: p.delete_documents([p.document("D")]),
    "correct a text": lambda p: p.edit_text(p.document("D"), 0, 11, "Researcher"),
    "set the language": lambda p: p.set_attributes(p.document("D"), {"language": "fr"}),
    "create a code": lambda p: p.create_code("School"),
    "reword a description": lambda p: p.update_code(p.code("Travel"), description="trips"),
    "add keywords": lambda p: p.update_code(p.code("Travel"), keywords=["ticket"]),
    "move a code": lambda p: p.move_code(p.code("Travel"), p.create_code("Harms")),
    "delete a code": lambda p: p.delete_code(p.code("Travel")),
    "apply a code": lambda p: p.apply_code(p.document("D"), p.code("Travel"), *ATE),
    "remove a coding": lambda p: p.remove_codings(p.codings()),
    "reject a suggestion": lambda p: p.reject_suggestion(p.document("D"), p.code("Travel"), *ATE),
    "memo a code": lambda p: p.add_memo("code", p.code("Travel").id, "trips abroad only"),
    "give a speaker a role": lambda p: p.set_speaker_role("Interviewer", "interviewer"),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_the_key_changes_after_each_edit_and_after_its_undo_and_redo(
    coded: Project, edit: str
) -> None:
    seen = [_key(coded)]
    EDITS[edit](coded)
    seen.append(_key(coded))
    coded.undo()
    seen.append(_key(coded))
    coded.redo()
    seen.append(_key(coded))
    assert len(set(seen)) == 4, f"{edit}: {seen}"
    coded.close()


def test_the_suggester_sees_the_change(coded: Project) -> None:
    suggester = Suggester(coded)
    before = suggester.state()
    assert suggester.state() == before  # asking twice is not a change
    coded.apply_code(coded.document("D"), coded.code("Travel"), *ATE)
    assert suggester.state() != before
    coded.close()


def test_a_colour_is_not_a_change_suggestions_depend_on(coded: Project) -> None:
    # Retraining on a 100,000-answer project takes a minute: recolouring a
    # code must not throw the model away.
    before = _key(coded)
    coded.update_code(coded.code("Travel"), color="#112233")
    assert coded.code("Travel").color == "#112233"
    assert _key(coded) == before
    coded.close()


def test_another_process_writing_to_the_file_changes_the_key(coded: Project) -> None:
    before = _key(coded)
    other = sqlite3.connect(coded.path)
    with other:
        other.execute("DELETE FROM codings")
    other.close()
    assert _key(coded) != before
    coded.close()


def test_an_older_project_gets_the_counter_when_it_opens(tmp_path: Path) -> None:
    path = tmp_path / "old.qcode"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    triggers = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'coding_state'")
    ]
    assert triggers  # the table, at least
    conn.executescript(
        "".join(
            f"DROP TRIGGER {row[0]};"
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'coding_state%'"
            )
        )
        + "DROP TABLE coding_state; PRAGMA user_version = 9;"  # before migration 10
    )
    conn.close()
    with Project.open(path) as project:
        before = _key(project)
        project.create_code("Travel")
        assert _key(project) != before
