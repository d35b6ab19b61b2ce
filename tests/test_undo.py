"""Every edit can be undone and redone, exactly, also after reopening the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.errors import ConflictError, QcodeError
from qcode.io.base import ImportedDocument, SpeakerTurn

TEXT = (
    "Interviewer: Were you told?\nLiu: 没有。No notice at all 😀, then 𠮷 appeared on the list.\n"
)


def snapshot(project: Project) -> dict[str, Any]:
    """Everything a user could see of the project."""
    codebook = project.codebook()
    return {
        "documents": [
            (
                d.uuid,
                d.name,
                d.attributes,
                d.speakers,
                project.text(d),
                [(t.speaker, t.start, t.end) for t in project.speaker_turns(d)],
            )
            for d in project.documents()
        ],
        "codes": [
            (c.uuid, codebook.path(c.id), c.color, c.description, c.keywords, c.codable)
            for c in codebook.walk()
        ],
        "segments": [
            (
                s.coding.uuid,
                s.document,
                s.code_path,
                s.coding.start,
                s.coding.end,
                s.coder,
                s.text,
                s.memo,
            )
            for s in project.segments(project.codings())
        ],
        "memos": [(m.uuid, m.target_kind, m.text, m.title) for m in project.memos()],
        "info": {k: v for k, v in project.info().items()},
    }


@pytest.fixture
def coded(project: Project) -> Project:
    (doc,) = project.add_documents(
        [
            ImportedDocument(
                "Interview 1",
                TEXT,
                "i1.txt",
                "text",
                [SpeakerTurn("Interviewer", 0, 26), SpeakerTurn("Liu", 27, len(TEXT) - 1)],
            )
        ],
        {"city": "Beijing", "year": "2024"},
    )
    harms = project.create_code("Harms")
    notice = project.create_code("Notice", harms, description="Definition: being told.")
    project.create_code("Shaming", harms)
    start = TEXT.index("No notice")
    project.apply_code(doc, notice, start, start + len("No notice at all"), memo="key quote")
    project.add_memo("document", doc.id, "Interview held by video.")
    project.make_history_permanent()
    return project


def _doc(p: Project) -> Any:
    return p.document("Interview 1")


EDITS: dict[str, Callable[[Project], Any]] = {
    "import": lambda p: p.add_documents(
        [ImportedDocument("Interview 2", "Wang: 社会信用 second text", "i2.txt", "text")],
        {"city": "Shanghai"},
    ),
    "rename document": lambda p: p.rename_document(_doc(p), "Lawyer Liu"),
    "delete document": lambda p: p.delete_documents([_doc(p)]),
    "set attributes": lambda p: p.set_attributes(
        _doc(p), {"city": "Hangzhou", "gender": "f", "year": None}
    ),
    "create code": lambda p: p.create_code("Fear", p.code("Harms"), color="#123456"),
    "rename code": lambda p: p.update_code(p.code("Harms/Notice"), name="No notice"),
    "recolour code": lambda p: p.update_code(p.code("Harms"), color="#abcdef"),
    "describe code": lambda p: p.update_code(p.code("Harms"), description="Any harm."),
    "set keywords": lambda p: p.update_code(p.code("Harms"), keywords=["harm", "damage"]),
    "move code": lambda p: p.move_code(p.code("Harms/Notice"), None),
    "reorder code": lambda p: p.move_code(p.code("Harms/Shaming"), p.code("Harms"), 0),
    "merge codes": lambda p: p.merge_codes(p.code("Harms/Notice"), p.code("Harms/Shaming")),
    "delete code": lambda p: p.delete_code(p.code("Harms")),
    "apply code": lambda p: p.apply_code(_doc(p), p.code("Harms/Shaming"), 3, 9),
    "apply code, creating it": lambda p: p.apply_code(_doc(p), "New/Deep/Code", 0, 4, create=True),
    "add many codings": lambda p: p.add_codings(
        [NewCoding(_doc(p).id, "Harms", i, i + 2) for i in range(0, 40, 4)]
    ),
    "remove coding": lambda p: p.remove_codings(p.codings()),
    "add memo": lambda p: p.add_memo("code", p.code("Harms").id, "Definition is too wide."),
    "edit memo": lambda p: p.edit_memo(p.memos()[0], "Changed text", "Title"),
    "delete memo": lambda p: p.delete_memo(p.memos()[0]),
    "project description": lambda p: p.set_info(description="Pilot study"),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_edit_undo_redo_restores_exactly(coded: Project, name: str) -> None:
    before = snapshot(coded)
    EDITS[name](coded)
    after = snapshot(coded)
    assert after != before, f"'{name}' changed nothing visible"
    label = coded.undo_label()
    assert label
    assert coded.undo() == label
    assert snapshot(coded) == before
    assert coded.redo_label() == label
    coded.redo()
    assert snapshot(coded) == after
    coded.undo()
    assert snapshot(coded) == before


@pytest.mark.parametrize("name", ["delete document", "delete code", "merge codes", "import"])
def test_undo_and_redo_work_after_reopening(coded: Project, name: str) -> None:
    path = coded.path
    before = snapshot(coded)
    EDITS[name](coded)
    after = snapshot(coded)
    coded.close()
    with Project.open(path) as reopened:
        assert snapshot(reopened) == after
        reopened.undo()
        assert snapshot(reopened) == before
    with Project.open(path) as again:
        again.redo()
        assert snapshot(again) == after


def test_undo_goes_back_in_order_and_a_new_edit_ends_redo(coded: Project) -> None:
    harms = coded.code("Harms")
    coded.update_code(harms, color="#111111")
    coded.update_code(coded.code("Harms"), color="#222222")
    assert coded.code("Harms").color == "#222222"
    coded.undo()
    assert coded.code("Harms").color == "#111111"
    coded.undo()
    assert coded.code("Harms").color == harms.color
    coded.redo()
    coded.create_code("Other")
    assert coded.redo_label() is None
    with pytest.raises(QcodeError, match="nothing to redo"):
        coded.redo()
    assert [e.state for e in coded.history()][-3:] == ["done", "dropped", "done"]


def test_undo_stops_at_permanent_history(coded: Project) -> None:
    # The fixture's set-up was made permanent: there is nothing to undo yet.
    assert coded.undo_label() is None
    with pytest.raises(QcodeError, match="nothing to undo"):
        coded.undo()


def test_failed_edit_changes_nothing_and_records_nothing(coded: Project) -> None:
    before = snapshot(coded)
    history = coded.history()
    doc = _doc(coded)
    with pytest.raises(QcodeError, match="not inside the document"):
        coded.add_codings([NewCoding(doc.id, "Harms", 0, 5), NewCoding(doc.id, "Harms", 5, 10_000)])
    with pytest.raises(QcodeError, match="no code 'Missing'"):
        coded.apply_code(doc, "Missing/Code", 0, 3)
    assert snapshot(coded) == before
    assert coded.history() == history


def test_undo_refuses_when_the_project_changed_underneath(coded: Project) -> None:
    coded.apply_code(_doc(coded), coded.code("Harms/Shaming"), 0, 5)
    (coding,) = [c for c in coded.codings() if c.start == 0]
    # Simulate a change made outside the history (as a foreign tool might).
    with coded._database.write() as conn:
        conn.execute("DELETE FROM codings WHERE id = ?", (coding.id,))
    before = snapshot(coded)
    with pytest.raises(ConflictError, match="cannot undo"):
        coded.undo()
    assert snapshot(coded) == before


def test_events_name_what_changed(coded: Project) -> None:
    seen = []
    coded.changed.connect(seen.append)
    doc = _doc(coded)
    shaming = coded.code("Harms/Shaming")
    coded.apply_code(doc, shaming, 0, 5)
    coded.undo()
    coded.redo()
    assert [e.action for e in seen] == ["do", "undo", "redo"]
    for event in seen:
        assert "codings" in event.kinds
        assert event.documents == {doc.id}
        assert shaming.id in event.codes
    coded.rename_document(doc, "Renamed")
    assert seen[-1].kinds == {"documents"} and seen[-1].documents == {doc.id}


def test_history_is_the_projects_log(coded: Project, tmp_path: Path) -> None:
    coded.apply_code(_doc(coded), coded.code("Harms/Shaming"), 0, 5)
    last = coded.history()[-1]
    assert last.label == "apply 'Shaming'"
    assert last.coder == "Amina"
    assert last.state == "done"
