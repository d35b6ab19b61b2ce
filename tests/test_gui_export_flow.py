"""Every export of the app goes the same way: the save dialog suggests a name
beside the project, the suffix is added when left out, the status bar names
the file written, and a file that cannot be written is one line of error
naming it, with nothing left behind.

The five exports: the Excel report and the REFI-QDA project and codebook
(File menu), the coded segments as CSV (Reports window) and the agreement
workbook (Agreement window).  Asking whether to pseudonymise is tested with
each export's own tests; this project has no pseudonyms, so it is not asked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
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

TEXT = "The police came at night and took my brother."


def menu_action(window: MainWindow, text: str) -> QAction:
    (action,) = [a for a in window.findChildren(QAction) if a.text() == text]
    return action


def from_the_file_menu(text: str) -> Callable[[MainWindow], object]:
    return lambda main: menu_action(main, text).trigger()


def from_the_reports_window(main: MainWindow) -> None:
    menu_action(main, "&Reports").trigger()
    main.reports.csv_action.trigger()  # type: ignore[union-attr]


def from_the_agreement_window(main: MainWindow) -> None:
    menu_action(main, "Inter-coder &agreement…").trigger()
    window = main.agreement  # type: ignore[attr-defined]
    assert window.compute(["A", "B"]) is not None
    window.export_button.click()


# name: (what the suggested name adds to the project's, how the user exports)
EXPORTS: dict[str, tuple[str, Callable[[MainWindow], object]]] = {
    "Excel report": (" report.xlsx", from_the_file_menu("Export to E&xcel…")),
    "coded segments": (" segments.csv", from_the_reports_window),
    "agreement": (" agreement.xlsx", from_the_agreement_window),
    "REFI-QDA project": (".qdpx", from_the_file_menu("Export REFI-QDA projec&t (.qdpx)…")),
    "codebook": (".qdc", from_the_file_menu("&Export codebook (.qdc)…")),
}


@pytest.fixture
def main(tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    project = Project.create(tmp_path / "study.qcode", coder="A")
    (document,) = project.add_documents([ImportedDocument("Interview", TEXT, "i.txt", "text")])
    harms = project.create_code("Harms")
    project.apply_code(document, harms, 4, 10, coder="A")
    project.apply_code(document, harms, 4, 16, coder="B")
    window = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(window)
    yield window
    project.close()


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog answers ``path``; returns what it suggested."""
    suggested: list[str] = []

    def answer(_parent: Any, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return suggested


def suffix(added: str) -> str:
    return "." + added.rsplit(".", 1)[1]


@pytest.mark.parametrize("export", EXPORTS)
def test_the_name_is_suggested_and_the_file_written_is_named(
    export: str, main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    added, run = EXPORTS[export]
    (tmp_path / "out").mkdir()
    suggested = answer_save_dialog(monkeypatch, tmp_path / "out" / "written")
    run(main)
    assert suggested == [str(tmp_path / f"study{added}")]
    written = tmp_path / "out" / f"written{suffix(added)}"
    assert written.stat().st_size > 0
    assert [p.name for p in (tmp_path / "out").iterdir()] == [written.name]
    assert str(written) in main.statusBar().currentMessage()


@pytest.mark.parametrize("export", EXPORTS)
def test_a_file_that_cannot_be_written_is_one_line_naming_it(
    export: str, main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    added, run = EXPORTS[export]
    answer_save_dialog(monkeypatch, tmp_path / "no such folder" / "written")
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: boxes.append(text))
    run(main)
    # The Agreement window shows its problems above its tables, not in a box.
    agreement = getattr(main, "agreement", None)
    shown = boxes + ([agreement.problem.text()] if agreement and agreement.problem.text() else [])
    (message,) = shown
    assert f"written{suffix(added)}" in message and "\n" not in message
    assert not (tmp_path / "no such folder").exists()
    assert "Wrote" not in main.statusBar().currentMessage()
