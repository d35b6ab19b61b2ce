"""The Report dialog in another language (issue 18): the filter summary, the
outline and the reasons a section is greyed out come from the core in
English and are shown translated; the report written from the app has its
headings in the interface's language, its quotes exactly as stored.

The language is a stand-in translator that puts every core message (context
``messages``) in « », so that a text left in English shows up without them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

import docx
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.main_window import MainWindow
from qcode.gui.reports.report_dialog import ReportDialog, write_report_file
from qcode.messages import CONTEXT
from qcode.settings import Settings
from tests.report_study import PLANNED, build_study
from tests.translators import speaking

pytestmark = pytest.mark.gui


@pytest.fixture
def marked(qapp: QCoreApplication) -> Iterator[None]:
    """Every core message in « » (other contexts: not translated here)."""
    with speaking(lambda context, source: f"«{source}»" if context == CONTEXT else None):
        yield


@pytest.fixture
def main(tmp_path: Path, qtbot: QtBot, marked: None) -> Iterator[MainWindow]:
    path = tmp_path / "study.qcode"
    build_study(path)
    project = Project.open(path, coder="Amina")
    window = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(window)
    yield window
    project.close()


def outline(dialog: ReportDialog) -> list[str]:
    return [dialog.outline.item(row).text() for row in range(dialog.outline.count())]


def test_the_dialog_shows_the_core_texts_translated(main: MainWindow, qtbot: QtBot) -> None:
    dialog = ReportDialog(main.session, main)
    qtbot.addWidget(dialog)
    assert dialog.filter_bar.description.text() == ("<b>Filters:</b> «none (the whole project)»")
    lines = outline(dialog)
    start = lines.index("«Quotes by code»")
    # The section's heading is the app's language; the codes are the researcher's names.
    assert lines[start : start + 3] == [
        "«Quotes by code»",
        "    Detention",
        "        Rongcheng police",
    ]
    assert "«About this report»" in lines and "About this report" not in lines
    framework = dialog.checks["framework"]
    assert framework.toolTip() == (
        "«the project has no framework summaries yet (write one with 'qcode summary')»."
    )
    codes = dialog.filter_bar.codes
    for row in range(codes.count()):
        codes.item(row).setSelected(codes.item(row).text().strip() == "Names")
    dialog.filter_bar.apply()
    assert dialog.filter_bar.description.text() == (
        "<b>Filters:</b> «codes (with their sub-codes): Names»"
    )


def test_the_report_written_from_the_app_is_in_its_language(
    main: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ReportDialog(main.session, main)
    qtbot.addWidget(dialog)
    out = tmp_path / "annex.docx"
    assert write_report_file(main.session, main, dialog.options(), ".docx", out, False) == out
    paragraphs = docx.Document(str(out)).paragraphs
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["«About this report»", "«Codebook»", "«Quotes by code»"]
    assert all(heading.startswith("«") for heading in headings)
    quotes = [p.text for p in paragraphs if p.style.name == "Quote"]
    assert sorted(quotes) == sorted(p.quote for p in PLANNED)
