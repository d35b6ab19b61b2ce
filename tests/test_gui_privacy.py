"""Privacy ▸ Pseudonyms… and Privacy ▸ Find identifying details…: the table
edited in the app, candidates ticked into it, and Edit ▸ Undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from qcode.analysis.identifiers import finder as identifiers
from qcode.core.project import Project
from qcode.gui.main_window import MainWindow
from qcode.gui.privacy.identifiers_dialog import KEEP, KIND, REPLACEMENT, TEXT, IdentifiersDialog
from qcode.gui.privacy.pseudonyms_panel import REPLACEMENT as TABLE_REPLACEMENT
from qcode.gui.privacy.pseudonyms_panel import PseudonymsDialog
from qcode.io.base import ImportedDocument
from qcode.settings import Settings

TEXT_3 = "R3: Dr Wang Li called me from 138-1234-5678. ZHANG Wei came too."


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    opened = Project.create(tmp_path / "privacy.qcode", coder="Amina")
    opened.add_documents([ImportedDocument("Interview 3", TEXT_3, "i3.txt", "text")])
    yield opened
    opened.close()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


@pytest.fixture
def window(project: Project, tmp_path: Path, qtbot: Any, errors: list[str]) -> MainWindow:
    main = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(main)
    return main


def trigger(window: MainWindow, text: str) -> None:
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Privacy")
    next(a for a in menu.actions() if a.text() == text).trigger()


def table(project: Project) -> list[tuple[str, str, str]]:
    return [(p.original, p.replacement, p.kind) for p in project.pseudonyms()]


def test_add_edit_delete_and_undo_in_the_pseudonyms_view(
    window: MainWindow, project: Project, errors: list[str], qtbot: Any
) -> None:
    trigger(window, "&Pseudonyms…")
    dialog = window.findChild(PseudonymsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.rows() == []

    dialog.original_edit.setText("Zhang Wei")
    dialog.replacement_edit.setText("Respondent 3")
    dialog.kind_edit.setCurrentText("person")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert table(project) == [("Zhang Wei", "Respondent 3", "person")]
    assert dialog.rows() == [("Zhang Wei", "Respondent 3", "person")]
    assert dialog.original_edit.text() == ""  # ready for the next one

    # Editing the replacement in place is one undoable edit.
    dialog.table.item(0, TABLE_REPLACEMENT).setText("Respondent 4")
    assert table(project) == [("Zhang Wei", "Respondent 4", "person")]
    assert window.undo_action.text() == "Undo set a pseudonym (→ Respondent 4)"

    # A replacement that names the person is refused, with a message.
    dialog.table.item(0, TABLE_REPLACEMENT).setText("Zhang Wei's cousin")
    assert errors and "contains the identifier it replaces" in errors[-1]
    assert dialog.rows() == [("Zhang Wei", "Respondent 4", "person")]

    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert project.pseudonyms() == [] and dialog.rows() == []
    window.undo_action.trigger()
    assert dialog.rows() == [("Zhang Wei", "Respondent 4", "person")]
    window.undo_action.trigger()
    assert dialog.rows() == [("Zhang Wei", "Respondent 3", "person")]
    # An edit from elsewhere (the command line, a script) shows at once.
    project.set_pseudonym("Rongcheng", "City B", "place")
    assert dialog.rows()[0] == ("Rongcheng", "City B", "place")

    trigger(window, "&Pseudonyms…")  # the same view comes back, not a second one
    assert window.findChildren(PseudonymsDialog) == [dialog]


def test_ticked_candidates_are_added_in_one_undoable_edit(
    window: MainWindow, project: Project, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    monkeypatch.setattr(identifiers, "trained_pipelines", lambda: [])
    project.set_pseudonym("Zhang Wei", "Respondent 3", "person")
    trigger(window, "Find &identifying details…")
    dialog = window.findChild(IdentifiersDialog)
    assert dialog is not None and dialog.isVisible()
    # In the order they appear in the interview, each with a suggested replacement.
    shown = {
        dialog.table.item(r, TEXT).text(): (
            dialog.table.item(r, KIND).text(),
            dialog.table.item(r, REPLACEMENT).text(),
        )
        for r in range(dialog.table.rowCount())
    }
    assert list(shown) == ["Wang Li", "138-1234-5678", "ZHANG Wei"]
    assert shown == {
        "Wang Li": ("person", "Person 1"),
        "138-1234-5678": ("phone", "Phone 1"),
        "ZHANG Wei": ("person", "Respondent 3"),  # another spelling: the known replacement
    }
    assert dialog.notes.isVisibleTo(dialog) and "no trained spaCy pipeline" in dialog.notes.text()
    # Nothing is ticked, so nothing can be added yet.
    assert not dialog.add_button.isEnabled()
    assert table(project) == [("Zhang Wei", "Respondent 3", "person")]

    dialog.table.sortItems(KIND)  # sorting keeps each row's choice and replacement together
    dialog.set_ticked("Wang Li", replacement="Official 1")
    dialog.set_ticked("ZHANG Wei")
    assert dialog.add_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert table(project) == [
        ("ZHANG Wei", "Respondent 3", "person"),
        ("Zhang Wei", "Respondent 3", "person"),
        ("Wang Li", "Official 1", "person"),
    ]
    # What was added is now marked as in the table and cannot be ticked again.
    row = dialog.row_of("Wang Li")
    assert dialog.table.item(row, KEEP).text() == "in table"
    assert not dialog.table.item(row, KEEP).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not dialog.add_button.isEnabled()

    window.undo_action.trigger()
    assert table(project) == [("Zhang Wei", "Respondent 3", "person")]


def test_double_click_shows_the_passage(window: MainWindow, project: Project) -> None:
    dialog = IdentifiersDialog(window.session, window)
    dialog.search()
    row = dialog.row_of("138-1234-5678")
    dialog.table.cellDoubleClicked.emit(row, TEXT)
    assert window.session.current_document is not None
    assert window.session.current_document.name == "Interview 3"
    selection = window.session.selection()
    assert selection is not None
    _document, start, end = selection
    assert TEXT_3[start:end] == "138-1234-5678"
