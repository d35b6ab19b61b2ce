"""The app's import report: what reading the files changed is shown, once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.main_window import MainWindow
from qcode.settings import Settings

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    shown = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *a: shown.append((title, text))
    )
    return shown


def test_replaced_bytes_are_reported_after_the_import(
    window: MainWindow, boxes: list[tuple[str, str]], tmp_path: Path
) -> None:
    damaged = tmp_path / "Liu.txt"
    damaged.write_bytes("Liu: J’étais là.\n".encode() * 3 + b"Liu: d\xe9j\xe0\n")
    clean = tmp_path / "Wang.txt"
    clean.write_text("Wang: nothing wrong here.", encoding="utf-8")
    window.import_files([clean, damaged])
    assert [d.name for d in window.project.documents()] == ["Wang", "Liu"]
    assert boxes == [
        (
            "Import report",
            "Imported 2 documents. Please check:\n\n"
            "Liu.txt: 2 bytes that are not valid UTF-8 replaced by � on line 4",
        )
    ]


def test_a_clean_import_shows_no_report(
    window: MainWindow, boxes: list[tuple[str, str]], tmp_path: Path
) -> None:
    clean = tmp_path / "Wang.txt"
    clean.write_text("Wang: nothing wrong here.", encoding="utf-8")
    window.import_files([clean])
    assert [d.name for d in window.project.documents()] == ["Wang"]
    assert boxes == []


def test_a_refused_file_shows_its_error_and_no_report(
    window: MainWindow, boxes: list[tuple[str, str]], tmp_path: Path
) -> None:
    damaged = tmp_path / "Liu.txt"
    damaged.write_bytes("Liu: J’étais là.\n".encode() + b"Liu: d\xe9j\xe0\n")
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs FIFOs")
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    window.import_files([damaged, pipe])
    assert window.project.documents() == []
    assert [text for _title, text in boxes] == [
        "pipe.txt: is a named pipe (FIFO), not a regular file"
    ]
