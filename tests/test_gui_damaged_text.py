"""The app on a project file whose stored texts are not valid UTF-8: a
message box says the file is damaged, in one line naming it, whether the
damage stops the window being built (a code's name) or shows when a view
reads it (the document shown); the app does not crash and the file is not
changed."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.app import App
from qcode.gui.error_hook import install_error_hook
from qcode.settings import Settings

pytestmark = pytest.mark.gui

DAMAGED = b"Zhang Wei was there\xff"
SAID = (
    "study.qcode: the project file is damaged: a text stored in it is not valid UTF-8 "
    "(another program wrote it, or the disk failed)"
)


@pytest.fixture
def study(tmp_path: Path) -> Path:
    (tmp_path / "interview.txt").write_text("Gulnara: Zhang Wei 𠮷 saw it 😀.", encoding="utf-8")
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        project.import_files([tmp_path / "interview.txt"])
        project.add_code("Witness")
    return path


def _damage(path: Path, table: str, column: str) -> str:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(f"UPDATE {table} SET {column} = CAST(? AS TEXT)", (DAMAGED,))
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warn(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    return shown


def test_a_window_that_cannot_be_built_is_a_message_not_a_crash(
    study: Path, tmp_path: Path, qtbot: QtBot, warnings: list[str]
) -> None:
    before = _damage(study, "codes", "name")
    project = Project.open(study, coder="Amina")
    app = App(Settings(tmp_path / "config"))
    assert app.show(project) is False
    assert warnings == [SAID]
    assert app.window is None
    assert hashlib.sha256(study.read_bytes()).hexdigest() == before
    # closed again: the next window (or command) can have it for writing
    Project.open(study, coder="Amina").close()


@pytest.mark.qt_no_exception_capture
def test_a_view_meeting_the_damage_shows_it_once(
    study: Path,
    tmp_path: Path,
    qtbot: QtBot,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _damage(study, "document_texts", "text")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    install_error_hook()
    app = App(Settings(tmp_path / "config"))
    assert app.show(Project.open(study, coder="Amina")) is True  # the names it lists are sound
    assert app.window is not None
    qtbot.addWidget(app.window)
    qtbot.waitUntil(lambda: bool(warnings))  # the document view read its text
    qtbot.wait(50)
    assert warnings == [SAID]
    app.window.close()
    assert hashlib.sha256(study.read_bytes()).hexdigest() == before
