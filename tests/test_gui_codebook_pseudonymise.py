"""File ▸ Export codebook (.qdc)… asks whether to pseudonymise, like the
app's other exports: ticked (the default), code names and descriptions show
the replacements and the file holds no identifier; unticked, it is as
before; Cancel writes nothing; a file with a leak is refused.

The codebook::

    Zhang Wei's fear    "What Zhang Wei feared in Rongcheng"
        Raids           "Night raids"
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from qcode.core.project import Project
from qcode.gui.exchange.export_flow import PSEUDONYMISE_LABEL
from qcode.gui.main_window import MainWindow
from qcode.io.qdc import CodebookCode, read_codebook
from qcode.settings import Settings

pytestmark = pytest.mark.gui

TABLE = {"Zhang Wei": "Respondent 3", "Rongcheng": "City B"}
MENU_TEXT = "&Export codebook (.qdc)…"


def make_project(path: Path, *, pseudonyms: bool = True) -> Project:
    project = Project.create(path, coder="Amina")
    fear = project.create_code("Zhang Wei's fear", description="What Zhang Wei feared in Rongcheng")
    project.create_code("Raids", fear, description="Night raids")
    if pseudonyms:
        for original, replacement in TABLE.items():
            project.set_pseudonym(original, replacement)
    return project


def window_for(project: Project, tmp_path: Path, qtbot: Any) -> MainWindow:
    main = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(main)
    return main


@pytest.fixture
def main(tmp_path: Path, qtbot: Any) -> Iterator[MainWindow]:
    project = make_project(tmp_path / "study.qcode")
    yield window_for(project, tmp_path, qtbot)
    project.close()


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


def export(main: MainWindow) -> None:
    next(a for a in main.findChildren(QAction) if a.text() == MENU_TEXT).trigger()


def tree(codes: list[CodebookCode]) -> list[tuple[str, str, list[Any]]]:
    return [(c.name, c.description, tree(c.children)) for c in codes]


def test_ticked_the_codebook_is_pseudonymised(
    main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = Question(monkeypatch, tick=True, press=QMessageBox.StandardButton.Ok)
    target = tmp_path / "book.qdc"
    suggested = choose_file(monkeypatch, target)
    export(main)
    assert question.asked == [("Export codebook", PSEUDONYMISE_LABEL, True)]
    assert suggested == ["study (pseudonymised).qdc"]
    assert tree(read_codebook(target)) == [
        (
            "Respondent 3's fear",
            "What Respondent 3 feared in City B",
            [("Raids", "Night raids", [])],
        )
    ]
    text = target.read_text(encoding="utf-8").casefold()
    assert "zhang" not in text and "rongcheng" not in text
    assert main.statusBar().currentMessage() == (
        f"Wrote 2 codes to {target}. Pseudonymised, and checked: no identifier is left in it."
    )


def test_unticked_the_codebook_is_as_before(
    main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Question(monkeypatch, tick=False, press=QMessageBox.StandardButton.Ok)
    target = tmp_path / "plain.qdc"
    suggested = choose_file(monkeypatch, target)
    export(main)
    assert suggested == ["study.qdc"]
    assert tree(read_codebook(target))[0][:2] == (
        "Zhang Wei's fear",
        "What Zhang Wei feared in Rongcheng",
    )
    assert main.statusBar().currentMessage() == f"Wrote 2 codes to {target}."


def test_cancel_at_the_question_writes_nothing(
    main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Question(monkeypatch, tick=True, press=QMessageBox.StandardButton.Cancel)
    suggested = choose_file(monkeypatch, tmp_path / "never.qdc")
    export(main)
    assert suggested == []  # no save dialog either
    assert not (tmp_path / "never.qdc").exists()


def test_without_pseudonyms_nothing_is_asked(
    tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = make_project(tmp_path / "plain.qcode", pseudonyms=False)
    main = window_for(project, tmp_path, qtbot)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("asked"))
    target = tmp_path / "plain.qdc"
    suggested = choose_file(monkeypatch, target)
    export(main)
    assert suggested == ["plain.qdc"]
    assert tree(read_codebook(target))[0][0] == "Zhang Wei's fear"
    project.close()


def test_a_leak_is_refused_with_a_message(
    main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Question(monkeypatch, tick=True, press=QMessageBox.StandardButton.Ok)
    target = tmp_path / "leak.qdc"
    target.write_text("earlier", encoding="utf-8")
    choose_file(monkeypatch, target)
    # An exporter that forgot to replace: the check of the written file catches it.
    monkeypatch.setattr("qcode.core.pseudonymise.Pseudonymiser.replace", lambda self, text: text)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text))
    )
    export(main)
    assert warnings == [
        "leak.qdc: pseudonymised export refused: 'Rongcheng' would leak in the text"
    ]
    assert target.read_text(encoding="utf-8") == "earlier"
