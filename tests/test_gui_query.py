"""The query builder, used as a researcher would: click codes and operators
into an expression, run it, read the passages, see a syntax error pointed
at, save the query, re-run it, code every result in one undoable step, and
open a passage in its text.  Expected passages are worked out here from
plain per-character sets, not by the query engine."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.findings import query_window
from qcode.gui.findings.query_window import QueryWindow
from qcode.gui.main_window import MainWindow
from qcode.model import Document, QueryOptions
from qcode.settings import Settings

pytestmark = pytest.mark.gui

FIRST = (
    "Interviewer: Were you told you were on the list?\n"
    "Liu: 𠮷 nobody told me. I found out at the station 😀 when the gate refused my card.\n"
    "Interviewer: Did you appeal?\n"
    "Liu: I wrote to the court twice and heard nothing back."
)
SECOND = (
    "Interviewer: How did you learn of it?\n"
    "Wang: A letter came, months late. Nobody at the court answered my appeal.\n"
    "Interviewer: And then?\n"
    "Wang: Nothing. The station gate still says no."
)
STOPPED = "Harms/Stopped 𠮷"  # a code path outside the BMP: columns are code points
# (document number, code path, the coded words)
CODINGS = [
    (0, "Notice", "nobody told me. I found out at the station"),
    (1, "Notice", "A letter came, months late. Nobody at"),
    (0, STOPPED, "at the station 😀 when the gate"),
    (1, STOPPED, "The station gate still says no."),
    (0, "Harms/Shamed", "nobody told"),
    (0, "Appeal", "I wrote to the court twice"),
    (1, "Appeal", "Nobody at the court answered my appeal."),
]
TEXTS = (FIRST, SECOND)


def span(number: int, words: str) -> tuple[int, int]:
    start = TEXTS[number].index(words)
    return start, start + len(words)


def coverage(path_prefix: str, number: int) -> set[int]:
    """Characters of document ``number`` covered by codes whose path starts so."""
    return {
        position
        for doc, path, words in CODINGS
        if doc == number and path.startswith(path_prefix)
        for position in range(*span(number, words))
    }


def runs(characters: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of consecutive positions, by start (independent of the app)."""
    found: list[tuple[int, int]] = []
    for position in sorted(characters):
        if found and found[-1][1] == position:
            found[-1] = (found[-1][0], position + 1)
        else:
            found.append((position, position + 1))
    return found


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: errors.append(a[2]))
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    paths = []
    for name, text in (("Liu", FIRST), ("Wang", SECOND)):
        path = tmp_path / f"{name} interview.txt"
        path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))  # CRLF on disk
        paths.append(path)
    documents = project.import_files(paths)
    assert [project.text(d) for d in documents] == [FIRST, SECOND]
    for number, path, words in CODINGS:
        project.apply_code(documents[number], path, *span(number, words), create=True)
    project.add_code("Findings/No notice")
    project.make_history_permanent()
    shown = MainWindow(project, Settings(tmp_path / "config"))
    shown.errors = errors  # type: ignore[attr-defined]
    qtbot.addWidget(shown)
    shown.show()
    return shown


def open_query(window: MainWindow) -> QueryWindow:
    window._on_query()
    query = window.query_window
    assert isinstance(query, QueryWindow)
    return query


def double_click_code(qtbot: QtBot, query: QueryWindow, path: str) -> None:
    item = query.codes.item_of(query.session.project.code(path))
    assert item is not None, path
    rect = query.codes.list.visualItemRect(item)
    qtbot.mouseClick(query.codes.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(query.codes.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown_hits(query: QueryWindow) -> list[tuple[str, int, int, str]]:
    return [(r.hit.document, r.hit.start, r.hit.end, r.hit.text) for r in query.model.rows]


def expected_hits(per_document: list[set[int]]) -> list[tuple[str, int, int, str]]:
    names = ["Liu interview", "Wang interview"]
    return [
        (names[number], start, end, TEXTS[number][start:end])
        for number, characters in enumerate(per_document)
        for start, end in runs(characters)
    ]


def documents(window: MainWindow) -> list[Document]:
    return window.project.documents()


def test_a_query_built_by_clicking_finds_exactly_its_passages(
    qtbot: QtBot, window: MainWindow
) -> None:
    query = open_query(window)
    double_click_code(qtbot, query, "Notice")
    qtbot.mouseClick(query.editor.buttons["AND NOT"], Qt.MouseButton.LeftButton)
    query.codes.subcodes.setChecked(True)
    double_click_code(qtbot, query, "Harms")
    assert query.editor.expression().strip() == '"Notice" AND NOT "Harms/**"'
    qtbot.mouseClick(query.editor.run_button, Qt.MouseButton.LeftButton)

    expected = expected_hits([coverage("Notice", n) - coverage("Harms/", n) for n in (0, 1)])
    assert shown_hits(query) == expected
    # Shamed takes the start of the first Notice, Stopped its end: the middle is left.
    assert [hit[3] for hit in expected] == [" me. I found out ", CODINGS[1][2]]
    assert query.count.text() == "2 passages in 2 documents"
    # The passage is shown whole (bold), with its context either side.
    assert query.model.index(0, 2).data() == "me. I found out"
    assert query.model.index(0, 2).data(Qt.ItemDataRole.FontRole).bold()
    assert query.model.index(0, 1).data().endswith("Liu: 𠮷 nobody told")
    assert query.model.index(0, 3).data().startswith("at the station 😀 when the gate")


def test_near_a_turn_and_parentheses_by_clicking(qtbot: QtBot, window: MainWindow) -> None:
    query = open_query(window)
    qtbot.mouseClick(query.editor.buttons["("], Qt.MouseButton.LeftButton)
    double_click_code(qtbot, query, "Notice")
    qtbot.mouseClick(query.editor.buttons["OR"], Qt.MouseButton.LeftButton)
    double_click_code(qtbot, query, "Appeal")
    qtbot.mouseClick(query.editor.buttons[")"], Qt.MouseButton.LeftButton)
    query.editor.near_unit.setCurrentText("turn")
    qtbot.mouseClick(query.editor.buttons["NEAR"], Qt.MouseButton.LeftButton)
    double_click_code(qtbot, query, STOPPED)
    assert query.editor.expression().strip() == f'("Notice" OR "Appeal") NEAR/turn "{STOPPED}"'
    qtbot.mouseClick(query.editor.run_button, Qt.MouseButton.LeftButton)
    # Of the merged runs of Notice-or-Appeal, those sharing a speaker turn with
    # a Stopped coding: in the first document the Notice run (Liu's first
    # turn holds both); in the second none (Stopped is in Wang's last turn).
    notice_or_appeal = runs(coverage("Notice", 0) | coverage("Appeal", 0))
    liu_turn = span(
        0, "Liu: 𠮷 nobody told me. I found out at the station 😀 when the gate refused"
    )
    kept = {
        p
        for start, end in notice_or_appeal
        if start < liu_turn[1] and end > liu_turn[0]
        for p in range(start, end)
    }
    assert shown_hits(query) == expected_hits([kept, set()])


def test_a_syntax_error_is_one_line_and_its_column_is_selected(window: MainWindow) -> None:
    query = open_query(window)
    query.editor.set_expression(f'"{STOPPED}" ANDX "Notice"')
    assert query.run() is None
    # Column 19 in code points (𠮷 is one), where the UTF-16 field counts 20.
    assert query.editor.error.text() == (
        "query: column 19: unexpected 'ANDX': expected AND, OR, AND NOT or NEAR/… "
        "(put code paths in double quotes)"
    )
    assert query.editor.marked() == "A"
    assert query.model.rows == [] and not query.code_button.isEnabled()

    query.editor.set_expression('"Notice" OR "Nobody"')
    query.run()
    assert query.editor.error.text() == "query: column 13: no code 'Nobody'"
    assert query.editor.marked() == '"'
    query.editor.set_expression('"Notice" AND (')
    query.run()
    assert query.editor.error.text() == (
        "query: column 15: expected a code in double quotes or '(', found the end of the query"
    )
    assert window.errors == []  # no message boxes: the line under the field says it


def test_save_rerun_rename_and_delete_a_query_with_undo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    query = open_query(window)
    query.editor.set_expression('"Notice" NEAR/paragraph "Appeal"')
    query.leave_out.set_chosen(["Interviewer"])
    query.where.setText("")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Notice near appeal", True))
    qtbot.mouseClick(query.save_button, Qt.MouseButton.LeftButton)
    (saved,) = project.saved_queries()
    assert saved.name == "Notice near appeal"
    assert saved.expression == '"Notice" NEAR/paragraph "Appeal"'
    assert saved.options == QueryOptions(exclude_speakers=("Interviewer",))
    assert [query.saved.item(i).text() for i in range(query.saved.count())] == [saved.name]
    assert window.undo.stack.undoText() != ""  # in the History

    # Re-run it from the list: the expression and filters come back.
    query.editor.set_expression("")
    query.leave_out.set_chosen([])
    query.saved.setCurrentRow(0)
    qtbot.mouseClick(query.run_saved_button, Qt.MouseButton.LeftButton)
    assert query.editor.expression() == saved.expression
    assert query.leave_out.chosen() == ["Interviewer"]
    # In the second document Notice and Appeal share a paragraph (Wang's turn).
    assert [hit.document for hit in query.hits] == ["Wang interview"]

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Renamed", True))
    qtbot.mouseClick(query.rename_button, Qt.MouseButton.LeftButton)
    assert [q.name for q in project.saved_queries()] == ["Renamed"]
    query.saved.setCurrentRow(0)
    qtbot.mouseClick(query.delete_button, Qt.MouseButton.LeftButton)
    assert project.saved_queries() == []
    assert query.saved.count() == 0
    window.undo_action.trigger()  # the delete
    window.undo_action.trigger()  # the rename
    assert [q.name for q in project.saved_queries()] == ["Notice near appeal"]
    window.undo_action.trigger()  # the save
    assert project.saved_queries() == [] and query.saved.count() == 0


def test_a_broken_query_is_not_saved(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    query = open_query(window)
    query.editor.set_expression('"Notice" AND')
    asked: list[object] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("x", True))
    assert query.save() is None
    assert asked == [] and window.project.saved_queries() == []
    assert query.editor.error.text().startswith("query: column 13: expected a code")


def test_code_all_results_is_one_undoable_step(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    target = project.code("Findings/No notice")
    query = open_query(window)
    query.editor.set_expression('"Notice" AND NOT "Harms/**"')
    hits = query.run()
    assert hits is not None and len(hits) == 2
    monkeypatch.setattr(query_window, "pick_code", lambda *a, **k: target)
    qtbot.mouseClick(query.code_button, Qt.MouseButton.LeftButton)
    made = project.codings(code=target)
    assert sorted((c.document_id, c.start, c.end) for c in made) == sorted(
        (hit.document_id, hit.start, hit.end) for hit in hits
    )
    assert window.undo.stack.undoText() == "code 2 query results as 'No notice'"
    assert window.history.model().rowCount() >= 2  # shown in the History
    query.undo_action.trigger()  # Ctrl+Z in the query window: the same history
    assert project.codings(code=target) == []
    window.redo_action.trigger()
    assert len(project.codings(code=target)) == 2


def test_code_all_results_as_a_new_code(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    query = open_query(window)
    query.editor.set_expression('"Appeal"')
    query.run()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Findings/Appealed", True))
    qtbot.mouseClick(query.new_code_button, Qt.MouseButton.LeftButton)
    made = project.codings(code=project.code("Findings/Appealed"))
    assert [(c.start, c.end) for c in made] == [span(0, CODINGS[5][2]), span(1, CODINGS[6][2])]
    window.undo_action.trigger()  # one step: the codings and the new code go together
    assert project.codebook().by_path("Findings/Appealed") is None


def test_double_clicking_a_passage_opens_it_in_the_text(window: MainWindow) -> None:
    query = open_query(window)
    query.editor.set_expression(f'"{STOPPED}"')
    query.run()
    second = query.model.index(1, 2)
    query.results.doubleClicked.emit(second)
    hit = query.model.rows[1].hit
    selection = window.document_view.selection()
    assert selection is not None
    document, start, end = selection
    assert (document.name, start, end) == ("Wang interview", hit.start, hit.end)
    assert window.document_view.text.textCursor().selectedText() == hit.text


def test_speakers_filter_keeps_only_their_turns(window: MainWindow) -> None:
    query = open_query(window)
    query.editor.set_expression('"Notice" OR "Appeal"')
    query.speakers.set_chosen(["Wang"])
    query.run()
    wang: set[int] = set()
    for line_start, line in _lines(SECOND):
        if line.startswith("Wang:"):
            wang.update(range(line_start, line_start + len(line)))
    found = (coverage("Notice", 1) | coverage("Appeal", 1)) & wang
    assert shown_hits(query) == expected_hits([set(), found])


def _lines(text: str) -> list[tuple[int, str]]:
    found, at = [], 0
    for line in text.split("\n"):
        found.append((at, line))
        at += len(line) + 1
    return found
