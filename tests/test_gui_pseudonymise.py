"""Pseudonymising the app's exports: when the project has pseudonyms, every
export (Excel, CSV, REFI-QDA) asks first, with the box ticked; ticked, the
file holds the replacements and no identifier; unticked, it is as before;
Cancel writes nothing; and a file with a leak is refused with a message."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from qcode.core.project import Project
from qcode.export.workbook import Workbook
from qcode.gui.exchange.export_flow import PSEUDONYMISE_LABEL
from qcode.gui.exchange.exports import export_qdpx as export_qdpx_dialog
from qcode.gui.main_window import MainWindow
from qcode.gui.reports.window import ReportsWindow
from qcode.gui.session import Session
from qcode.io.base import ImportedDocument
from qcode.settings import Settings

pytestmark = pytest.mark.gui

TEXT = "Zhang Wei: police took me to Rongcheng 😀.\n张伟 again."
PSEUDONYMISED = "Respondent 3: police took me to City B 😀.\n受访者3 again."
TABLE = {"Zhang Wei": "Respondent 3", "张伟": "受访者3", "Rongcheng": "City B"}


def make_project(path: Path, *, pseudonyms: bool = True) -> Project:
    project = Project.create(path, coder="Amina")
    (document,) = project.add_documents(
        [ImportedDocument("Interview Zhang Wei", TEXT, "zw.txt", "text")]
    )
    fear = project.create_code("Fear", description="Zhang Wei's fear")
    start = TEXT.index("ang Wei: police")  # begins inside the name
    project.apply_code(document, fear, start, TEXT.index(" to"), memo="said by Zhang Wei")
    if pseudonyms:
        for original, replacement in TABLE.items():
            project.set_pseudonym(original, replacement)
    return project


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    project = make_project(tmp_path / "study.qcode")
    yield Session(project, Settings(tmp_path / "config"))
    project.close()


@pytest.fixture
def window(session: Session, qtbot: Any) -> ReportsWindow:
    shown = ReportsWindow(session)
    qtbot.addWidget(shown)
    return shown


class Question:
    """Stands in for the user at the question: records it, ticks or unticks
    the box, presses OK or Cancel."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, tick: bool, press: Any) -> None:
        self.asked: list[tuple[str, str, bool]] = []
        self.tick, self.press = tick, press
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.exec(box))

    def exec(self, box: QMessageBox) -> int:
        check = box.checkBox()
        self.asked.append((box.windowTitle(), check.text(), check.isChecked()))
        check.setChecked(self.tick)
        return int(self.press.value)


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog answers ``path``; returns the names it suggested."""
    suggested: list[str] = []

    def answer(_parent: Any, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(Path(name).name)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return suggested


def all_text(path: Path) -> str:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return "\n".join(
                archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
            )
    return path.read_text(encoding="utf-8-sig")


def assert_pseudonymised(
    path: Path, replacements: tuple[str, ...] = ("Respondent 3", "City B")
) -> None:
    """No identifier in the file (nor part of one), and these replacements
    (the reports show only the coded line; 张伟 is on the other one)."""
    import html

    text = html.unescape(all_text(path))
    for original in TABLE:
        assert original.casefold() not in text.casefold()
    assert "zhang" not in text.casefold() and "张" not in text
    for replacement in replacements:
        assert replacement in text


def test_excel_export_asks_with_the_box_ticked(
    window: ReportsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = Question(monkeypatch, tick=True, press=QMessageBox.StandardButton.Ok)
    target = tmp_path / "out.xlsx"
    suggested = choose_file(monkeypatch, target)
    said: list[str] = []
    window.session.status.connect(said.append)
    window.export_action.trigger()
    assert question.asked == [("Export to Excel", PSEUDONYMISE_LABEL, True)]
    assert suggested == ["study report (pseudonymised).xlsx"]
    assert_pseudonymised(target)
    assert said[-1].endswith("Pseudonymised, and checked: no identifier is left in it.")


def test_unticked_the_export_is_as_before(
    window: ReportsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Question(monkeypatch, tick=False, press=QMessageBox.StandardButton.Ok)
    target = tmp_path / "plain.xlsx"
    assert choose_file(monkeypatch, target) == []
    assert window.export_excel() == target
    assert "Zhang Wei" in all_text(target)


def test_cancel_at_the_question_writes_nothing(
    window: ReportsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Question(monkeypatch, tick=True, press=QMessageBox.StandardButton.Cancel)
    suggested = choose_file(monkeypatch, tmp_path / "never.xlsx")
    assert window.export_excel() is None
    assert window.export_segments_csv() is None
    assert suggested == []  # no save dialog either
    assert not (tmp_path / "never.xlsx").exists()


def test_csv_of_segments(
    window: ReportsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = Question(monkeypatch, tick=True, press=QMessageBox.StandardButton.Ok)
    target = tmp_path / "segments.csv"
    suggested = choose_file(monkeypatch, target)
    window.csv_action.trigger()
    assert question.asked[0][0] == "Export coded segments as CSV"
    assert suggested == ["study segments (pseudonymised).csv"]
    assert_pseudonymised(target)
    assert "Respondent 3: police took me" in target.read_text(encoding="utf-8-sig")


def test_without_pseudonyms_nothing_is_asked(
    tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = make_project(tmp_path / "plain.qcode", pseudonyms=False)
    shown = ReportsWindow(Session(project, Settings(tmp_path / "config")))
    qtbot.addWidget(shown)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("asked"))
    target = tmp_path / "plain.xlsx"
    choose_file(monkeypatch, target)
    assert shown.export_excel() == target
    assert "Zhang Wei" in all_text(target)
    project.close()


def test_refi_qda_export_from_the_file_menu(
    session: Session, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = MainWindow(session.project, Settings(tmp_path / "config"))
    qtbot.addWidget(main)
    question = Question(monkeypatch, tick=True, press=QMessageBox.StandardButton.Ok)
    target = tmp_path / "study.qdpx"
    suggested = choose_file(monkeypatch, target)
    action = next(
        a for a in main.findChildren(QAction) if a.text() == "Export REFI-QDA projec&t (.qdpx)…"
    )
    action.trigger()
    assert question.asked == [("Export REFI-QDA project", PSEUDONYMISE_LABEL, True)]
    assert suggested == ["study (pseudonymised).qdpx"]
    assert_pseudonymised(target, tuple(TABLE.values()))
    with zipfile.ZipFile(target) as archive:
        (source,) = [name for name in archive.namelist() if name.startswith("sources/")]
        assert archive.read(source).decode("utf-8") == PSEUDONYMISED


def test_a_leak_is_refused_with_a_message(
    session: Session, window: ReportsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup = Workbook.__init__

    def planted(self: Workbook, *args: object, **kwargs: object) -> None:
        setup(self, *args, **kwargs)  # type: ignore[arg-type]
        self.workbook.properties.creator = "张伟"

    monkeypatch.setattr(Workbook, "__init__", planted)
    errors: list[str] = []
    session.error.connect(errors.append)
    target = tmp_path / "leak.xlsx"
    assert window.export_excel(target, pseudonymise=True) is None
    assert errors == [
        "leak.xlsx: pseudonymised export refused: '张伟' would leak in docProps/core.xml"
    ]
    assert not target.exists()
    assert export_qdpx_dialog(session, window, tmp_path / "ok.qdpx", pseudonymise=True)
    assert_pseudonymised(tmp_path / "ok.qdpx")
