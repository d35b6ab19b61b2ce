"""The framework matrix and the corroboration table go to Excel through the
app's one export flow: a workbook with just their sheets, the summaries and
quotes in it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.main_window import MainWindow
from qcode.model import Member
from qcode.settings import Settings

pytestmark = pytest.mark.gui

TEXT = (
    "Interviewer: Were you stopped?\n"
    "Liu: Yes, at the station 😀, in front of everyone.\n"
    "Interviewer: And then, 𠮷?\n"
    "Liu: Nobody warned me."
)
WORDS = "at the station 😀"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: errors.append(a[2]))
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    source = tmp_path / "Liu interview.txt"
    source.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    (document,) = project.import_files([source])
    start = TEXT.index(WORDS)
    coding = project.apply_code(document, "Stopped", start, start + len(WORDS), create=True)
    assert coding is not None
    case = project.create_case("Liu", type="informant")
    project.assign_to_case(case, [Member(speaker="Liu")])
    project.set_summary(case, project.code("Stopped"), "Stopped at the station, in public.")
    project.link_quotes(case, project.code("Stopped"), [coding])
    shown = MainWindow(project, Settings(tmp_path / "config"))
    shown.errors = errors  # type: ignore[attr-defined]
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_framework_matrix_is_exported_to_excel(window: MainWindow, tmp_path: Path) -> None:
    window._on_framework()
    target = tmp_path / "framework.xlsx"
    written = window.framework.export(target, pseudonymise=False)  # type: ignore[attr-defined]
    assert written == target and window.errors == []  # type: ignore[attr-defined]
    book = openpyxl.load_workbook(target, read_only=True)
    assert "Framework" in book.sheetnames
    cells = [cell for row in book["Framework"].iter_rows(values_only=True) for cell in row]
    assert "Stopped at the station, in public." in cells
    assert "Corroboration" not in book.sheetnames


def test_the_corroboration_table_is_exported_to_excel(window: MainWindow, tmp_path: Path) -> None:
    window._on_corroboration()
    table = window.corroboration  # type: ignore[attr-defined]
    table.tick("Stopped")
    target = tmp_path / "corroboration.xlsx"
    assert table.export(target, pseudonymise=False) == target
    book = openpyxl.load_workbook(target, read_only=True)
    rows = list(book["Corroboration"].iter_rows(values_only=True))
    assert rows[0][:4] == (
        "Allegation (code)",
        "Sources",
        "First-hand sources",
        "Contradicting links",
    )
    assert [row[0] for row in rows[1:]] == ["Stopped"]
    assert WORDS in rows[1]
