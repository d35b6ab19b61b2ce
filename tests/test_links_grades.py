"""Links between codings and source grades: what a corroboration table is
made of.  Every edit is undone back to exactly the stored state before it."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.model import Coding
from tests.findings import code, interviews, stored_state


def two_accounts(tmp_path: Path) -> tuple[Project, Coding, Coding, Coding]:
    project = interviews(tmp_path)
    liu = code(project, "Interview 2", "Stopped at station", "Liu was there too")
    wang = code(project, "Interview 2", "Stopped at station", "They stopped me at the station")
    notice = code(project, "Interview 1", "No notice", "I did not receive any notice")
    return project, liu, wang, notice


def test_every_project_has_the_same_built_in_link_types(tmp_path: Path) -> None:
    first = Project.create(tmp_path / "a.qcode")
    second = Project.create(tmp_path / "b.qcode")
    names = [(t.name, t.uuid, t.builtin) for t in first.link_types()]
    assert names == [(t.name, t.uuid, t.builtin) for t in second.link_types()]
    assert [name for name, _, _ in names] == ["corroborates", "contradicts", "explains"]
    # name-based UUIDs (version 5): the same in every project, made anywhere
    assert {uuid.UUID(u).version for _, u, _ in names} == {5}
    assert all(builtin for _, _, builtin in names)


def test_codings_are_linked_edited_and_unlinked(tmp_path: Path) -> None:
    project, liu, wang, notice = two_accounts(tmp_path)
    before = stored_state(project)
    link = project.link_codings(wang, liu, "corroborates", memo="Both name the station.")
    assert (link.origin_coding_id, link.target_coding_id, link.memo) == (
        wang.id,
        liu.id,
        "Both name the station.",
    )
    assert project.link_type("Corroborates").id == link.type_id
    assert project.undo_label() == "link codings (corroborates)"
    contra = project.link_codings(notice, wang, project.link_type("contradicts"))
    assert [ln.id for ln in project.links(coding=wang)] == [link.id, contra.id]
    assert project.links(coding=liu) == [link]
    edited = project.edit_link_memo(link, "Same station, same day.")
    assert edited.memo == "Same station, same day."
    linked = stored_state(project)
    project.unlink([link, contra])
    assert project.links() == []
    project.undo()
    assert stored_state(project) == linked
    for _ in range(3):
        project.undo()
    assert stored_state(project) == before


@pytest.mark.parametrize(
    ("make", "message", "left"),
    [
        (lambda p, a, b: p.link_codings(a, a), "a coding cannot be linked to itself", 0),
        (lambda p, a, b: p.link_codings(a, b, "supports"), "no link type 'supports'", 0),
        (
            lambda p, a, b: (p.link_codings(a, b), p.link_codings(a, b)),
            "these codings are already linked as 'corroborates'",
            1,  # the first one
        ),
        (lambda p, a, b: p.link_codings(a, b, memo="\ud800"), "memo contains an invalid", 0),
    ],
)
def test_bad_links_are_refused(tmp_path: Path, make: object, message: str, left: int) -> None:
    project, liu, wang, _ = two_accounts(tmp_path)
    with pytest.raises(QcodeError, match=message):
        make(project, liu, wang)  # type: ignore[operator]
    assert len(project.links()) == left


def test_project_link_types_are_added_renamed_and_removed(tmp_path: Path) -> None:
    project, liu, wang, _ = two_accounts(tmp_path)
    before = stored_state(project)
    same = project.add_link_type("same incident", "Both describe one event")
    assert [t.name for t in project.link_types()][-1] == "same incident" and not same.builtin
    renamed = project.edit_link_type(same, name="same event")
    link = project.link_codings(liu, wang, renamed)
    with pytest.raises(QcodeError, match="'same event' is used by 1 link; unlink them first"):
        project.remove_link_type(renamed)
    project.unlink([link])
    project.remove_link_type(renamed)
    assert "same event" not in [t.name for t in project.link_types()]
    for _ in range(5):
        project.undo()
    assert stored_state(project) == before
    corroborates = project.link_type("corroborates")
    with pytest.raises(QcodeError, match="is built in; it cannot be removed"):
        project.remove_link_type(corroborates)
    with pytest.raises(QcodeError, match="is built in; it keeps its name"):
        project.edit_link_type(corroborates, name="supports")
    with pytest.raises(QcodeError, match="there is already a link type 'explains'"):
        project.add_link_type(" explains ")
    with pytest.raises(QcodeError, match="a link type name cannot contain control characters"):
        project.add_link_type("a\tb")


def test_the_grade_scale_is_defined_in_order(tmp_path: Path) -> None:
    project, *_ = two_accounts(tmp_path)
    before = stored_state(project)
    witness = project.add_grade("first-hand witness", first_hand=True)
    project.add_grade("documentary")
    second = project.add_grade("second-hand", position=1)
    assert [(g.name, g.position, g.first_hand) for g in project.grades()] == [
        ("first-hand witness", 0, True),
        ("second-hand", 1, False),
        ("documentary", 2, False),
    ]
    project.move_grade(witness, 5)
    assert [g.name for g in project.grades()] == [
        "second-hand",
        "documentary",
        "first-hand witness",
    ]
    assert [g.position for g in project.grades()] == [0, 1, 2]
    renamed = project.edit_grade(second, name="hearsay", description="told by someone")
    assert (renamed.name, renamed.description) == ("hearsay", "told by someone")
    with pytest.raises(QcodeError, match="there is already a grade 'documentary'"):
        project.add_grade("documentary")
    for _ in range(5):
        project.undo()
    assert stored_state(project) == before


def test_codings_are_graded_and_a_grade_in_use_is_not_deleted(tmp_path: Path) -> None:
    project, liu, wang, notice = two_accounts(tmp_path)
    witness = project.add_grade("first-hand witness", first_hand=True)
    hearsay = project.add_grade("second-hand")
    before = stored_state(project)
    assert project.set_grade([liu, wang], "first-hand witness") == 2
    assert project.undo_label() == "grade 2 codings as 'first-hand witness'"
    assert project.set_grade([wang, notice], hearsay) == 2  # one regraded, one new
    assert project.coding_grades() == {
        liu.id: witness.id,
        wang.id: hearsay.id,
        notice.id: hearsay.id,
    }
    assert project.coding_grades([liu]) == {liu.id: witness.id}
    with pytest.raises(QcodeError, match="grade 'second-hand' is given to 2 codings; clear"):
        project.delete_grade(hearsay)
    assert project.clear_grade([wang, notice]) == 2
    assert project.undo_label() == "clear the grade of 2 codings"
    project.delete_grade(hearsay)
    assert [g.name for g in project.grades()] == ["first-hand witness"]
    for _ in range(4):
        project.undo()
    assert stored_state(project) == before
    with pytest.raises(QcodeError, match="no grade 'hearsay'"):
        project.set_grade([liu], "hearsay")
