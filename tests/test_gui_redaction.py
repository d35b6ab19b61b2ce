"""Privacy ▸ Redact documents permanently…: tick, redact, undo while open;
closing the window makes it permanent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from qcode.core.project import Project
from qcode.gui.main_window import MainWindow
from qcode.gui.privacy.redaction_dialog import RedactionDialog
from qcode.io.base import ImportedDocument
from qcode.settings import Settings

TEXT = "我叫张伟，住在荣成。𠮷😀 Zhang Wei was arrested.\n"
NEW_TEXT = "我叫受访者3，住在荣成。𠮷😀 Respondent 3 was arrested.\n"


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def open_window(path: Path, qtbot: Any, tmp_path: Path) -> MainWindow:
    project = Project.create(path, coder="Amina")
    project.add_documents(
        [
            ImportedDocument("Interview 1", TEXT, "i1.txt", "text"),
            ImportedDocument("Interview 2", "Nobody is named here.", "i2.txt", "text"),
        ]
    )
    window = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(window)
    return window


def open_dialog(window: MainWindow) -> RedactionDialog:
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Privacy")
    next(a for a in menu.actions() if a.text() == "&Redact documents permanently…").trigger()
    [dialog] = [d for d in window.findChildren(RedactionDialog) if d.isVisible()]
    return dialog


def tick(dialog: RedactionDialog, name: str) -> None:
    items = dialog.documents.findItems(name, Qt.MatchFlag.MatchExactly)
    items[0].setCheckState(Qt.CheckState.Checked)


def test_redact_in_the_app_undo_then_close_for_good(
    tmp_path: Path, qtbot: Any, errors: list[str]
) -> None:
    path = tmp_path / "study.qcode"
    window = open_window(path, qtbot, tmp_path)
    project = window.project
    project.set_pseudonym("Zhang Wei", "Respondent 3")
    project.set_pseudonym("张伟", "受访者3")

    dialog = open_dialog(window)
    assert "pseudonym table" in dialog.explanation.text()
    assert "undone" in dialog.explanation.text() and "permanent" in dialog.explanation.text()
    assert not dialog.backups.isVisibleTo(dialog)
    assert not dialog.redact_button.isEnabled()  # nothing ticked yet
    tick(dialog, "Interview 1")
    assert dialog.redact_button.isEnabled()
    qtbot.mouseClick(dialog.redact_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert project.text(project.document("Interview 1")) == NEW_TEXT
    assert window.undo_action.text() == "Undo redact 1 document"
    assert "Redacted 1 document" in window.statusBar().currentMessage()

    window.undo_action.trigger()
    assert project.text(project.document("Interview 1")) == TEXT
    window.redo_action.trigger()
    assert project.text(project.document("Interview 1")) == NEW_TEXT

    window.close()  # closing the project makes the redaction permanent
    data = path.read_bytes()
    assert "我叫张伟".encode() not in data and b"Zhang Wei was" not in data
    with Project.open(path, coder="Amina") as reopened:
        assert reopened.undo_label() is None
        assert reopened.text(reopened.document("Interview 1")) == NEW_TEXT


def test_refusals_are_shown_and_change_nothing(
    tmp_path: Path, qtbot: Any, errors: list[str]
) -> None:
    window = open_window(tmp_path / "study.qcode", qtbot, tmp_path)
    (tmp_path / "study.qcode.v3.bak").write_bytes(b"old")
    dialog = open_dialog(window)
    # An empty table: explained, and nothing can be redacted.
    assert "pseudonym table is empty" in dialog.explanation.text()
    assert dialog.backups.isVisibleTo(dialog) and "study.qcode.v3.bak" in dialog.backups.text()
    qtbot.mouseClick(dialog.tick_all, Qt.MouseButton.LeftButton)
    assert dialog.ticked() and not dialog.redact_button.isEnabled()
    dialog.close()

    window.project.set_pseudonym("Zhang Wei", "Respondent 3")
    dialog = open_dialog(window)
    tick(dialog, "Interview 2")
    qtbot.mouseClick(dialog.redact_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and errors[0].startswith("nothing to redact")
    assert dialog.isVisible()  # still open to tick another document
    assert window.project.undo_label() == "set a pseudonym (→ Respondent 3)"
