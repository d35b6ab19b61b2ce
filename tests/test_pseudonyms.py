"""The pseudonym table: identifiers and their replacements, undoable, and
kept safe to apply (no replacement names anyone in the table)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.core.pseudonyms import PseudonymEntry, SetPseudonyms
from qcode.errors import QcodeError
from qcode.store.schema import SCHEMA_VERSION


def table(project: Project) -> list[tuple[str, str, str]]:
    return [(p.original, p.replacement, p.kind) for p in project.pseudonyms()]


def test_set_lists_longest_identifier_first(project: Project) -> None:
    added = project.set_pseudonym("Rongcheng", "City B", "place")
    project.set_pseudonym("  Zhang Wei ", "Respondent 3", "person")
    project.set_pseudonym("Wei", "Person 2")
    assert (added.original, added.replacement, added.kind) == ("Rongcheng", "City B", "place")
    # "Zhang Wei" (9) and "Rongcheng" (9) before "Wei" (3); ties by text.
    assert table(project) == [
        ("Rongcheng", "City B", "place"),
        ("Zhang Wei", "Respondent 3", "person"),
        ("Wei", "Person 2", ""),
    ]


def test_changing_a_replacement_keeps_the_kind_and_undoes(project: Project) -> None:
    project.set_pseudonym("Zhang Wei", "Respondent 3", "person")
    project.set_pseudonym("Zhang Wei", "Respondent 4")
    assert table(project) == [("Zhang Wei", "Respondent 4", "person")]
    assert project.undo() == "set a pseudonym (→ Respondent 4)"
    assert table(project) == [("Zhang Wei", "Respondent 3", "person")]
    project.redo()
    assert table(project) == [("Zhang Wei", "Respondent 4", "person")]
    project.set_pseudonym("Zhang Wei", "Respondent 4", "")
    assert table(project) == [("Zhang Wei", "Respondent 4", "")]


def test_delete_and_undo_bring_the_entries_back(project: Project) -> None:
    project.set_pseudonym("Zhang Wei", "Respondent 3", "person")
    project.set_pseudonym("Rongcheng", "City B", "place")
    project.set_pseudonym("13812345678", "Phone 1", "phone")
    project.delete_pseudonyms([p for p in project.pseudonyms() if p.kind != "phone"])
    assert table(project) == [("13812345678", "Phone 1", "phone")]
    assert project.undo() == "delete 2 pseudonyms"
    assert len(project.pseudonyms()) == 3
    project.undo()  # the phone number
    assert [p.original for p in project.pseudonyms()] == ["Rongcheng", "Zhang Wei"]


def test_history_labels_never_name_the_identifier(project: Project) -> None:
    project.set_pseudonym("Zhang Wei", "Respondent 3")
    project.push(SetPseudonyms([PseudonymEntry("Li Na", "Respondent 5")]))
    project.delete_pseudonyms(project.pseudonyms())
    labels = [entry.label for entry in project.history()]
    assert labels  # the edits are in the log...
    assert not any("Zhang" in label or "Li Na" in label for label in labels)  # ...nameless


@pytest.mark.parametrize(
    ("original", "replacement", "problem"),
    [
        ("  ", "Respondent 3", "needs an identifier"),
        ("Zhang Wei", " ", "needs a replacement"),
        ("Zhang\nWei", "Respondent 3", "must be one line"),
        ("Zhang Wei", "zhang wei's cousin", "contains the identifier it replaces"),
        ("张伟", "张伟的邻居", "contains the identifier it replaces"),
    ],
)
def test_invalid_entries_are_refused(
    project: Project, original: str, replacement: str, problem: str
) -> None:
    with pytest.raises(QcodeError, match=problem):
        project.set_pseudonym(original, replacement)
    assert project.pseudonyms() == []
    assert project.history() == []


def test_a_replacement_may_not_name_another_identifier(project: Project) -> None:
    project.set_pseudonym("Rongcheng", "City B")
    # Replacing "Zhang Wei" by "Rongcheng" would put a real place into the export.
    with pytest.raises(QcodeError, match="contains another identifier"):
        project.set_pseudonym("Zhang Wei", "rongcheng")
    # And an identifier that is part of an existing replacement would be
    # replaced inside it.
    with pytest.raises(QcodeError, match="part of the replacement 'City B'"):
        project.set_pseudonym("City", "Town")
    assert table(project) == [("Rongcheng", "City B", "")]


def test_containment_counts_whole_words_in_spaced_scripts(project: Project) -> None:
    # "Li" inside "Client 1" is not the name Li.
    project.set_pseudonym("Li", "Client 1")
    project.set_pseudonym("Lin", "Respondent 2")
    assert {p.original for p in project.pseudonyms()} == {"Li", "Lin"}
    with pytest.raises(QcodeError, match="contains the identifier"):
        project.set_pseudonym("Wang", "Wang-family member")


def test_originals_are_exact_and_case_sensitive(project: Project) -> None:
    project.set_pseudonym("Zhang Wei", "Respondent 3")
    project.set_pseudonym("ZHANG WEI", "Respondent 3")
    assert sorted(p.original for p in project.pseudonyms()) == ["ZHANG WEI", "Zhang Wei"]


def test_a_batch_is_one_edit_and_all_or_nothing(project: Project) -> None:
    project.set_pseudonym("Zhang Wei", "Respondent 3", "person")
    ids = project.push(
        SetPseudonyms(
            [
                PseudonymEntry("Zhang Wei", "Respondent 9"),
                PseudonymEntry("Rongcheng", "City B", "place"),
                PseudonymEntry("zhang.wei@example.org", "E-mail 1", "e-mail"),
            ]
        )
    )
    assert len(ids) == 3
    assert table(project) == [
        ("zhang.wei@example.org", "E-mail 1", "e-mail"),
        ("Rongcheng", "City B", "place"),
        ("Zhang Wei", "Respondent 9", "person"),
    ]
    assert project.undo() == "set 3 pseudonyms"
    assert table(project) == [("Zhang Wei", "Respondent 3", "person")]
    with pytest.raises(QcodeError, match="listed twice"):
        project.push(
            SetPseudonyms([PseudonymEntry("Li", "Person 1"), PseudonymEntry("Li", "Person 2")])
        )
    with pytest.raises(QcodeError, match="contains another identifier"):
        project.push(
            SetPseudonyms(
                [PseudonymEntry("Li Na", "Person 1"), PseudonymEntry("Chen", "Li Na's aunt")]
            )
        )
    assert table(project) == [("Zhang Wei", "Respondent 3", "person")]


def test_the_table_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "p.qcode"
    with Project.create(path) as project:
        project.set_pseudonym("Zhang Wei", "Respondent 3", "person")
    with Project.open(path, read_only=True) as project:
        assert table(project) == [("Zhang Wei", "Respondent 3", "person")]
        with pytest.raises(QcodeError, match="read-only"):
            project.set_pseudonym("Rongcheng", "City B")
    with Project.open(path) as project:
        assert project.undo() == "set a pseudonym (→ Respondent 3)"
        assert project.pseudonyms() == []


def test_a_version_3_project_gains_the_table_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.qcode"
    with Project.create(path) as project:
        project.create_code("Harms")
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE pseudonyms; PRAGMA user_version = 3;")
    conn.close()
    with Project.open(path) as project:
        assert project.code("Harms")
        assert project.pseudonyms() == []
        project.set_pseudonym("Zhang Wei", "Respondent 3")
        assert project.undo() == "set a pseudonym (→ Respondent 3)"
        assert project.pseudonyms() == []
    backup = sqlite3.connect(tmp_path / "old.qcode.v3.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 3
    names = {row[0] for row in backup.execute("SELECT name FROM sqlite_master")}
    assert "pseudonyms" not in names and "codes" in names
    backup.close()
    conn = sqlite3.connect(path)
    # the current format (later migrations ran too)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    with pytest.raises(sqlite3.IntegrityError):  # the schema itself refuses an empty original
        conn.execute(
            "INSERT INTO pseudonyms (uuid, original, replacement, created_at) "
            "VALUES ('u', '', 'x', 'now')"
        )
    conn.close()
