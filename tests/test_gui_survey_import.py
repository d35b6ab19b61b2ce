"""File ▸ Import survey or spreadsheet…: the dialog's first guess ticks long
answers as text and short repeated values as attributes, the researcher can
change the ticks, and importing adds one document per non-empty answer."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.main_window import MainWindow
from qcode.gui.surveys.import_dialog import (
    ATTRIBUTE,
    TEXT,
    SurveyImportDialog,
    import_survey,
    run_import,
)
from qcode.io.sheets import read_sheet
from qcode.settings import Settings

pytestmark = pytest.mark.gui

STORY = "We waited at the office for three days and nobody told us why, "
SURVEY = (
    "name,respondent,region,story,other\n"
    f'Liu Wei,R1,North,"{STORY}then we left",\n'
    f'Wang Fang,R2,North,"{STORY}so we wrote a letter",No\n'
    f'Zhang Min,R3,South,"{STORY}我们等了三天 😀",No\n'
)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    shown = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def survey(tmp_path: Path) -> Path:
    path = tmp_path / "survey.csv"
    path.write_text(SURVEY, encoding="utf-8")
    return path


def test_the_guess_ticks_the_right_columns(qtbot: QtBot, survey: Path) -> None:
    dialog = SurveyImportDialog(read_sheet(survey))
    qtbot.addWidget(dialog)
    header = list(dialog.sheet.header)
    assert dialog.id_box.currentText() == "respondent"
    ticked = {
        name: (dialog.is_ticked(i, TEXT), dialog.is_ticked(i, ATTRIBUTE))
        for i, name in enumerate(header)
    }
    assert ticked == {
        "name": (False, False),  # short and never repeated: may name someone, left out
        "respondent": (False, False),  # the id
        "region": (False, True),
        "story": (True, False),
        "other": (False, True),  # "No" twice: a short repeated value
    }
    assert dialog.preview.rowCount() == 3
    assert dialog.preview.item(2, 0).text() == "Zhang Min"
    assert "3 answers from 1 text column," in dialog.summary.text()
    # Unticking the only text column leaves nothing to import.
    dialog.set_ticked(header.index("story"), TEXT, False)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "0 answers" in dialog.summary.text()


def test_importing_adds_the_answers_with_their_attributes(
    qtbot: QtBot, window: MainWindow, survey: Path
) -> None:
    dialog = SurveyImportDialog(read_sheet(survey), window)
    qtbot.addWidget(dialog)
    header = list(dialog.sheet.header)
    dialog.set_ticked(header.index("other"), ATTRIBUTE, False)
    dialog.set_ticked(header.index("other"), TEXT, True)
    columns = dialog.columns()
    assert columns.text_columns == ("story", "other")
    assert columns.attribute_columns == ("region",)
    result = run_import(window.session, window, dialog.sheet, columns)
    assert result is not None
    documents = {d.name: d for d in window.project.documents()}
    assert sorted(documents) == [
        "other – R2",
        "other – R3",
        "story – R1",
        "story – R2",
        "story – R3",
    ]
    answer = documents["story – R3"]
    assert window.project.text(answer) == STORY + "我们等了三天 😀"
    # The answer holds the id; the respondent's case holds the region, once.
    assert answer.attributes == {"respondent": "R3"}
    assert window.project.case("R3").attributes == {"region": "South"}
    # The document list shows them (it follows the project's change signals).
    assert window.documents.model.rowCount() == 5
    # One undo takes the whole import back.
    window.project.undo()
    assert window.project.documents() == []
    assert window.project.cases() == []


def test_the_file_menu_flow_imports_what_the_dialog_accepts(
    qtbot: QtBot, window: MainWindow, survey: Path
) -> None:
    def accept() -> None:
        dialogs = [w for w in window.findChildren(QDialog) if isinstance(w, SurveyImportDialog)]
        assert dialogs, "the survey dialog did not open"
        dialogs[-1].accept()

    QTimer.singleShot(0, accept)
    result = import_survey(window.session, window, survey)
    assert result is not None and len(result.document_ids) == 3
    assert len(window.project.documents()) == 3
