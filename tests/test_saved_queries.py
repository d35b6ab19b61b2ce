"""Saved queries: kept in the project under a name with their filters,
replaced, renamed and deleted as undoable edits; and coding a list of
passages (a query's results) in one undoable step."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.model import QueryOptions
from tests.findings import code, interviews, span_of, stored_state


def test_a_query_is_saved_replaced_renamed_and_deleted(project: Project) -> None:
    project.coder_id("Amina", create=True)  # added on a first edit, and not undone
    empty = stored_state(project)
    options = QueryOptions(coders=("Amina",), where=("region=north",), speakers=(" Liu ",))
    saved = project.save_query("Not told", '"Notice" AND NOT "Appeal"', options)
    assert (saved.name, saved.expression) == ("Not told", '"Notice" AND NOT "Appeal"')
    assert saved.options == QueryOptions(
        coders=("Amina",), where=("region=north",), speakers=("Liu",)
    )
    assert project.undo_label() == "save query 'Not told'"
    first = stored_state(project)
    replaced = project.save_query("Not told", '"Notice" NEAR/sentence "Police"')
    assert replaced.id == saved.id and replaced.options == QueryOptions()
    assert [q.expression for q in project.saved_queries()] == ['"Notice" NEAR/sentence "Police"']
    renamed = project.rename_query(replaced, "Never notified")
    assert project.saved_query("never NOTIFIED") == renamed
    project.save_query("Appeals", '"Appeal/**"')
    assert [q.name for q in project.saved_queries()] == ["Appeals", "Never notified"]
    project.delete_query(renamed)
    assert [q.name for q in project.saved_queries()] == ["Appeals"]
    for _ in range(4):
        project.undo()
    assert stored_state(project) == first
    project.undo()
    assert stored_state(project) == empty
    project.close()


def test_saved_options_survive_reopening(tmp_path: Path) -> None:
    options = QueryOptions(documents=("Interview 1",), exclude_speakers=("Interviewer",))
    with Project.create(tmp_path / "p.qcode") as project:
        project.save_query("Respondents", '"Harms/**"', options)
    with Project.open(tmp_path / "p.qcode", read_only=True) as project:
        assert project.saved_query("Respondents").options == options
        assert options.as_json() == {
            "documents": ["Interview 1"],
            "exclude_speakers": ["Interviewer"],
        }


@pytest.mark.parametrize(
    ("name", "expression", "message"),
    [
        ("", '"A"', "a query needs a name"),
        ("q\x1b[2J", '"A"', "a query name cannot contain control characters"),
        ("q", "  ", "the query is empty"),
        ("q", '"A\ud800"', "the query contains an invalid character"),
    ],
)
def test_bad_queries_are_refused(
    project: Project, name: str, expression: str, message: str
) -> None:
    with pytest.raises(QcodeError, match=message):
        project.save_query(name, expression)
    assert project.saved_queries() == []


def test_a_rename_onto_another_query_is_refused(project: Project) -> None:
    project.save_query("One", '"A"')
    two = project.save_query("Two", '"B"')
    with pytest.raises(QcodeError, match="there is already a saved query named 'One'"):
        project.rename_query(two, "One")


def test_query_results_are_coded_in_one_step(tmp_path: Path) -> None:
    project = interviews(tmp_path)
    first, second = project.document("Interview 1"), project.document("Interview 2")
    existing = code(project, "Interview 1", "Findings/Not notified", "I did not receive any notice")
    before = stored_state(project)
    spans = [
        (first, *span_of(project, first, "I did not receive any notice")),  # already coded
        (second.id, *span_of(project, second, "They stopped me at the station")),
        (second, *span_of(project, second, "He was stopped as well")),
    ]
    result = project.code_spans(spans, "Findings/Not notified", what="query results")
    assert (len(result.ids), result.skipped_duplicates) == (2, 1)
    assert project.undo_label() == "code 3 query results as 'Not notified'"
    coded = project.codings(code=project.code("Findings/Not notified"))
    assert [project.text(c.document_id)[c.start : c.end] for c in coded] == [
        "I did not receive any notice",
        "They stopped me at the station",
        "He was stopped as well",
    ]
    assert coded[0] == existing
    project.undo()
    assert stored_state(project) == before
    made = project.code_spans(spans[1:], "Findings/New code", create=True)
    assert len(made.ids) == 2 and project.code("Findings/New code")
    with pytest.raises(QcodeError, match="no passages to code"):
        project.code_spans([], "Findings/New code")
    with pytest.raises(QcodeError, match="is not inside the document"):
        project.code_spans([(first, 0, 10_000)], "Findings/New code")
