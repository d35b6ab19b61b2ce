"""The framework matrix: a case's summary on a code, and the quotes it rests
on.  Every edit is undone back to exactly the stored state before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.errors import QcodeError
from qcode.model import Member
from tests.findings import code, interviews, stored_state


def test_a_summary_is_written_edited_and_removed(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    notice = code(project, "Interview 1", "No notice", "I did not receive any notice")
    no_notice = project.code("No notice")
    liu = project.create_case("Liu")
    empty = stored_state(project)
    cell = project.set_summary(liu, no_notice, "  Never told before the police came.  ")
    assert cell is not None
    assert (cell.summary, cell.quotes, cell.case_id, cell.code_id) == (
        "Never told before the police came.",
        (),
        liu.id,
        no_notice.id,
    )
    assert project.undo_label() == "summarise case 'Liu' on 'No notice'"
    written = stored_state(project)
    edited = project.set_summary(liu, no_notice, "Never told; came at night.")
    assert edited is not None and edited.id == cell.id
    assert project.set_summary(liu, no_notice, "") is None  # no quotes: the cell goes
    assert project.framework_cells() == []
    project.undo()
    project.undo()
    assert stored_state(project) == written
    project.undo()
    assert stored_state(project) == empty
    with pytest.raises(QcodeError, match="the summary is empty"):
        project.set_summary(liu, no_notice, " ")
    with pytest.raises(QcodeError, match="the summary contains an invalid character"):
        project.set_summary(liu, no_notice, "\udfff")
    del notice


def test_quotes_are_linked_and_unlinked(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    notice = code(project, "Interview 1", "No notice", "I did not receive any notice")
    night = code(project, "Interview 1", "No notice", "The police came 😀 at night")
    no_notice = project.code("No notice")
    liu = project.create_case("Liu")
    project.assign_to_case(liu, [Member(speaker="Liu")])
    before = stored_state(project)
    assert project.link_quotes(liu, no_notice, [notice, night]) == 2
    assert project.undo_label() == "link 2 quotes to case 'Liu' on 'No notice'"
    assert project.link_quotes(liu, no_notice, [night]) == 0  # already a quote
    cell = project.framework_cell(liu, no_notice)
    assert cell is not None and cell.summary == "" and cell.quotes == (notice.id, night.id)
    quoted = stored_state(project)
    assert project.unlink_quotes(liu, no_notice, [notice]) == 1
    project.unlink_quotes(liu, no_notice, [night])  # the last quote of a cell without summary
    assert project.framework_cells() == []
    with pytest.raises(QcodeError, match="nothing to unlink"):
        project.unlink_quotes(liu, no_notice, [night])
    project.undo()
    project.undo()
    assert stored_state(project) == quoted
    project.undo()
    assert stored_state(project) == before


def test_a_cell_of_a_deleted_case_or_code_is_refused(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    code(project, "Interview 1", "No notice", "I did not receive any notice")
    no_notice = project.code("No notice")
    liu = project.create_case("Liu")
    project.delete_case(liu)
    with pytest.raises(QcodeError, match="the case 'Liu' no longer exists"):
        project.set_summary(liu, no_notice, "text")
    other = project.create_case("Wang")
    project.delete_code(no_notice)
    with pytest.raises(QcodeError, match="code 'No notice' no longer exists"):
        project.set_summary(other, no_notice, "text")


def test_cells_are_read_by_case(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    code(project, "Interview 1", "No notice", "I did not receive any notice")
    code(project, "Interview 2", "Stopped", "They stopped me at the station")
    no_notice, stopped = project.code("No notice"), project.code("Stopped")
    liu, wang = project.create_case("Liu"), project.create_case("Wang")
    project.set_summary(wang, stopped, "Stopped at the station.")
    project.set_summary(liu, no_notice, "Not notified.")
    project.set_summary(liu, stopped, "Seen at the station by Wang.")
    summaries = [(c.case_id, c.code_id, c.summary) for c in project.framework_cells()]
    assert summaries == sorted(
        [
            (wang.id, stopped.id, "Stopped at the station."),
            (liu.id, no_notice.id, "Not notified."),
            (liu.id, stopped.id, "Seen at the station by Wang."),
        ]
    )
    assert [c.summary for c in project.framework_cells(wang)] == ["Stopped at the station."]
