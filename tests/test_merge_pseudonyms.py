"""Merging carries the pseudonym table: a coder's identifiers reach the lead.

The lead's table::

    Zhang Wei -> Respondent 3   (person)

A coder's copy keeps that entry (same UUID), changes its replacement to
"R3" and adds "Rongcheng -> City B".  The lead keeps "Respondent 3"; the
report says so without ever naming Zhang Wei, because merge reports are
saved and shared.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from qcode.core.copies import prepare_coder_copies
from qcode.core.merge.project import merge_project
from qcode.core.project import Project

IDENTIFIERS = ("Zhang Wei", "Rongcheng", "Liu Yang", "Chen Bo", "Wang Fang", "Zhou Min")


def table(project: Project) -> dict[str, tuple[str, str]]:
    """original -> (replacement, kind)."""
    return {p.original: (p.replacement, p.kind) for p in project.pseudonyms()}


def uuids(project: Project) -> dict[str, str]:
    return {p.original: p.uuid for p in project.pseudonyms()}


def report_text(report: object) -> str:
    """Everything a saved report or the command line would show."""
    as_json = report.as_json()  # type: ignore[attr-defined]
    summary = report.summary()  # type: ignore[attr-defined]
    return json.dumps(as_json, ensure_ascii=False) + "\n".join(summary)


def assert_no_identifier(text: str) -> None:
    for identifier in IDENTIFIERS:
        assert identifier not in text, identifier


@pytest.fixture
def lead_and_copy(tmp_path: Path) -> tuple[Project, Path]:
    lead = Project.create(tmp_path / "lead.qcode", coder="Lead")
    lead.set_pseudonym("Zhang Wei", "Respondent 3", "person")
    (path,) = prepare_coder_copies(lead, ["A"])
    with Project.open(path, coder="A") as copy:
        copy.set_pseudonym("Zhang Wei", "R3")
        copy.set_pseudonym("Rongcheng", "City B", "place")
    return lead, path


def test_a_coders_new_pseudonym_is_merged_and_the_leads_replacement_kept(
    lead_and_copy: tuple[Project, Path],
) -> None:
    lead, path = lead_and_copy
    with Project.open(path, read_only=True) as copy:
        their_uuids = uuids(copy)
    own_uuid = uuids(lead)["Zhang Wei"]

    report = merge_project(lead, path)

    assert table(lead) == {
        "Zhang Wei": ("Respondent 3", "person"),
        "Rongcheng": ("City B", "place"),
    }
    assert uuids(lead) == {"Zhang Wei": own_uuid, "Rongcheng": their_uuids["Rongcheng"]}
    assert report.pseudonyms_added == 1
    assert report.as_json()["pseudonyms_added"] == 1
    assert "  1 pseudonyms added to the pseudonym table" in report.summary()
    assert report.added_anything
    (conflict,) = report.conflicts
    assert (conflict.kind, conflict.subject) == ("pseudonym", "Respondent 3")
    assert conflict.detail == (
        "an identifier replaced by 'Respondent 3' here is replaced by 'R3' in "
        f"{path.name}; kept 'Respondent 3'"
    )
    assert_no_identifier(report_text(report))

    # The second merge adds nothing (the replacement still differs: said again).
    again = merge_project(lead, path)
    assert again.pseudonyms_added == 0
    assert [c.subject for c in again.conflicts] == ["Respondent 3"]
    assert len(lead.pseudonyms()) == 2

    # A merge is one undo step, the pseudonyms with it (the second changed nothing).
    assert lead.undo() == f"merge {path.name}"
    assert table(lead) == {"Zhang Wei": ("Respondent 3", "person")}


def test_the_same_identifier_entered_twice_apart_matches_by_its_text(tmp_path: Path) -> None:
    lead = Project.create(tmp_path / "lead.qcode", coder="Lead")
    lead.set_pseudonym("Zhang Wei", "Respondent 3")
    own_uuid = uuids(lead)["Zhang Wei"]
    with Project.create(tmp_path / "other.qcode", coder="B") as other:
        other.set_pseudonym("Zhang Wei", "Respondent 3")
        other.set_pseudonym("zhang wei", "Respondent 4")  # another spelling: its own entry
    report = merge_project(lead, tmp_path / "other.qcode")
    assert report.pseudonyms_added == 1
    assert report.conflicts == []
    assert table(lead) == {"Zhang Wei": ("Respondent 3", ""), "zhang wei": ("Respondent 4", "")}
    assert uuids(lead)["Zhang Wei"] == own_uuid


def test_entries_that_would_bring_an_identifier_back_are_reported_and_left_out(
    tmp_path: Path,
) -> None:
    lead = Project.create(tmp_path / "lead.qcode", coder="Lead")
    lead.set_pseudonym("Liu Yang", "Client 1")
    lead.set_pseudonym("Zhou Min", "Neighbour of Wang Fang")
    other_path = tmp_path / "other.qcode"
    with Project.create(other_path, coder="B") as other:
        # Valid there, where "Liu Yang" is no identifier:
        other.set_pseudonym("Chen Bo", "Friend of Liu Yang")
        # Valid there; here "Wang Fang" is inside the lead's replacement for Zhou Min:
        other.set_pseudonym("Wang Fang", "Person 2")
        other.set_pseudonym("Rongcheng", "City B")

    report = merge_project(lead, other_path)

    assert table(lead) == {
        "Liu Yang": ("Client 1", ""),
        "Zhou Min": ("Neighbour of Wang Fang", ""),
        "Rongcheng": ("City B", ""),
    }
    assert report.pseudonyms_added == 1
    conflicts = {c.subject: c.detail for c in report.conflicts}
    assert [c.kind for c in report.conflicts] == ["pseudonym", "pseudonym"]
    assert conflicts == {
        "(a replacement holding an identifier; not shown)": (
            f"an identifier in the pseudonym table of {other_path.name} was not added: "
            "its replacement contains an identifier in this project's pseudonym table"
        ),
        "Person 2": (
            f"an identifier replaced by 'Person 2' in {other_path.name} was not added: "
            "the identifier is part of a replacement in this project's pseudonym table; "
            "change that replacement, then add the identifier"
        ),
    }
    assert_no_identifier(report_text(report))
    # What was merged is a table the app accepts edits to.
    lead.set_pseudonym("Chen Bo", "Respondent 9")
    assert table(lead)["Chen Bo"] == ("Respondent 9", "")


def test_a_uuid_shared_by_two_identifiers_keeps_both(tmp_path: Path) -> None:
    lead = Project.create(tmp_path / "lead.qcode", coder="Lead")
    lead.set_pseudonym("Zhang Wei", "Respondent 3")
    shared_uuid = uuids(lead)["Zhang Wei"]
    other_path = tmp_path / "other.qcode"
    with Project.create(other_path, coder="B") as other:
        other.set_pseudonym("Rongcheng", "City B")
    # A hand-edited file: its entry carries the lead's entry's UUID.
    with sqlite3.connect(other_path) as conn:
        conn.execute("UPDATE pseudonyms SET uuid = ?", (shared_uuid,))
    conn.close()

    report = merge_project(lead, other_path)

    assert table(lead) == {"Zhang Wei": ("Respondent 3", ""), "Rongcheng": ("City B", "")}
    assert report.pseudonyms_added == 1
    assert report.conflicts == []
    merged = uuids(lead)
    assert merged["Zhang Wei"] == shared_uuid and merged["Rongcheng"] != shared_uuid


def test_the_merge_report_window_counts_pseudonyms(
    lead_and_copy: tuple[Project, Path], request: pytest.FixtureRequest
) -> None:
    pytest.importorskip("pytestqt")
    request.getfixturevalue("qtbot")
    from PySide6.QtWidgets import QTableWidget

    from qcode.gui.team.merge_dialog import MergeReportDialog

    lead, path = lead_and_copy
    first = merge_project(lead, path)
    again = merge_project(lead, path)
    dialog = MergeReportDialog([first, again])
    request.addfinalizer(dialog.deleteLater)

    def rows(index: int) -> list[str]:
        page = dialog.tabs.widget(index)
        tables = {t.accessibleName(): t for t in page.findChildren(QTableWidget)}
        counts = tables["Merge counts"]
        return [counts.item(row, 0).text() for row in range(counts.rowCount())]

    assert rows(0)[-1] == "Pseudonyms"
    page = dialog.tabs.widget(0)
    counts = {t.accessibleName(): t for t in page.findChildren(QTableWidget)}["Merge counts"]
    assert counts.item(counts.rowCount() - 1, 1).text() == "1"
    assert "Pseudonyms" not in rows(1)  # nothing added: no row
