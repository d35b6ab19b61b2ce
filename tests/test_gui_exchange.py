"""File ▸ Export/Import REFI-QDA project in the app: the file a user exports
comes back with its coding, into the open project when it is empty and into
a new project (which the app then opens) when it is not; a broken file is
one message and no new file."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.main_window import MainWindow
from qcode.io.base import ImportedDocument
from qcode.settings import Settings

pytestmark = pytest.mark.gui

# "Police 😀 took him." — the coding covers "took him" at code points 9..17.
TEXT = "Police 😀 took him.\n𠮷 came later."


def make_window(qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    window = MainWindow(Project.open(path, coder="Amina"), Settings(path.parent / "config"))
    window.errors = []  # type: ignore[attr-defined]
    window.session.error.connect(window.errors.append)  # type: ignore[attr-defined]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    qtbot.addWidget(window)
    return window


def menu_action(window: MainWindow, text: str) -> QAction:
    for action in window.findChildren(QAction):
        if action.text() == text:
            return action
    raise AssertionError(f"no action {text!r}")


@pytest.fixture
def coded_project(tmp_path: Path) -> Path:
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        (document,) = project.add_documents(
            [ImportedDocument("Interview A", TEXT, "a.txt", "text")]
        )
        harms = project.create_code("Harms", color="#e41a1c")
        project.apply_code(document, harms, 9, 17, memo="the arrest")
    return path


def test_export_then_import_into_an_empty_project(
    qtbot: QtBot, tmp_path: Path, coded_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.qdpx"
    window = make_window(qtbot, coded_project, monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    menu_action(window, "Export REFI-QDA projec&t (.qdpx)…").trigger()
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    assert "project.qde" in names and any(n.startswith("sources/") for n in names)
    window.close()

    Project.create(tmp_path / "empty.qcode", coder="Amina").close()
    empty = make_window(qtbot, tmp_path / "empty.qcode", monkeypatch)
    shown: list[Any] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    opened: list[Path] = []
    empty.openRequested.connect(opened.append)
    menu_action(empty, "Import REFI-QDA pro&ject (.qdpx)…").trigger()

    project = empty.session.project
    (segment,) = project.segments(project.codings())
    assert (segment.document, segment.code_path, segment.text, segment.memo) == (
        "Interview A",
        "Harms",
        "took him",
        "the arrest",
    )
    assert shown and "1 document," in shown[0] and "1 coding," in shown[0]
    assert opened == []  # it went into the open project
    assert project.undo_label() == "import out.qdpx"
    assert empty.errors == []  # type: ignore[attr-defined]


def test_import_into_a_project_with_documents_makes_a_new_project(
    qtbot: QtBot, tmp_path: Path, coded_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.qdpx"
    with Project.open(coded_project) as project:
        from qcode.export.qdpx import export_qdpx

        export_qdpx(project, out)
    window = make_window(qtbot, coded_project, monkeypatch)
    target = tmp_path / "imported.qcode"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    opened: list[Path] = []
    window.openRequested.connect(opened.append)
    menu_action(window, "Import REFI-QDA pro&ject (.qdpx)…").trigger()

    assert opened == [target]
    with Project.open(target, read_only=True) as imported:
        (segment,) = imported.segments(imported.codings())
        assert segment.text == "took him"
    # the open project is untouched
    assert len(window.session.project.codings()) == 1
    assert window.session.project.undo_label() == "apply 'Harms'"


def test_a_broken_file_is_one_message_and_leaves_no_new_project(
    qtbot: QtBot, tmp_path: Path, coded_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.qdpx"
    broken.write_bytes(b"PK\x03\x04 this is not a whole zip")
    window = make_window(qtbot, coded_project, monkeypatch)
    target = tmp_path / "imported.qcode"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened: list[Path] = []
    window.openRequested.connect(opened.append)
    menu_action(window, "Import REFI-QDA pro&ject (.qdpx)…").trigger()

    (error,) = window.errors  # type: ignore[attr-defined]
    assert "broken.qdpx" in error and "\n" not in error
    assert opened == [] and not target.exists()
