"""File ▸ Report in Word or PDF…: the dialog offers the sections (those the
project cannot have greyed out, with the reason), shows the outline of the
headings the report will have as sections and filters change, and writes
through the app's export flow; Cancel in the progress dialog leaves no file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

import docx
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QProgressDialog
from pytestqt.qtbot import QtBot

from qcode.analysis.filters import Filters
from qcode.core.project import Project
from qcode.gui.main_window import MainWindow
from qcode.gui.reports import report_dialog
from qcode.gui.reports.report_dialog import ReportDialog, write_report_file
from qcode.settings import Settings
from tests.report_study import PLANNED, build_study

pytestmark = pytest.mark.gui


@pytest.fixture
def main(tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    path = tmp_path / "study.qcode"
    build_study(path)
    project = Project.open(path, coder="Amina")
    window = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(window)
    yield window
    project.close()


def outline(dialog: ReportDialog) -> list[str]:
    return [dialog.outline.item(row).text() for row in range(dialog.outline.count())]


def test_outline_follows_sections_and_filters(main: MainWindow, qtbot: QtBot) -> None:
    dialog = ReportDialog(main.session, main)
    qtbot.addWidget(dialog)
    lines = outline(dialog)
    start = lines.index("Quotes by code")
    assert lines[start : start + 5] == [
        "Quotes by code",
        "    Detention",
        "        Rongcheng police",
        "    Names",
        "    Voices",
    ]
    framework = dialog.checks["framework"]
    assert not framework.isEnabled()
    assert framework.toolTip().startswith("The project has no framework summaries yet")
    dialog.checks["quotes"].setChecked(False)
    assert "Quotes by code" not in outline(dialog)
    dialog.checks["quotes"].setChecked(True)
    codes = dialog.filter_bar.codes
    for row in range(codes.count()):
        codes.item(row).setSelected(codes.item(row).text().strip() == "Names")
    dialog.filter_bar.apply()
    lines = outline(dialog)
    start = lines.index("Quotes by code")
    assert lines[start : start + 2] == ["Quotes by code", "    Names"]
    assert "    Detention" not in lines
    assert dialog.options().filters.codes is not None


def test_no_section_chosen_cannot_be_written(main: MainWindow, qtbot: QtBot) -> None:
    dialog = ReportDialog(main.session, main)
    qtbot.addWidget(dialog)
    for check in dialog.checks.values():
        check.setChecked(False)
    assert not dialog.write_button.isEnabled()
    assert dialog.problem.text() == "Choose at least one section."


def test_file_menu_writes_the_report(
    main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (action,) = [a for a in main.findChildren(QAction) if a.text() == "Report in &Word or PDF…"]
    chosen: list[ReportDialog] = []

    def accept(dialog: ReportDialog) -> int:
        chosen.append(dialog)
        dialog.format_buttons[".pdf"].setChecked(True)
        return QDialog.DialogCode.Accepted

    written: list[tuple[str, object]] = []

    def write(session: object, parent: object, options: object, suffix: str) -> None:
        written.append((suffix, options))

    monkeypatch.setattr(ReportDialog, "exec", accept)
    monkeypatch.setattr(report_dialog, "write_report_file", write)
    action.trigger()
    assert len(chosen) == 1
    ((suffix, options),) = written
    assert suffix == ".pdf"
    assert options == chosen[0].options()


def test_write_and_cancel(
    main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "annex.docx"
    options = ReportDialog(main.session, main).options()
    assert write_report_file(main.session, main, options, ".docx", out, False) == out
    quotes = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Quote"]
    assert sorted(quotes) == sorted(p.quote for p in PLANNED)
    assert f"Wrote {out}" in main.statusBar().currentMessage()

    cancelled = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: True)
    assert write_report_file(main.session, main, options, ".pdf", cancelled, False) is None
    assert not cancelled.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
    assert "no file was written" in main.statusBar().currentMessage()


def test_pseudonymised_from_the_app(main: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "annex.docx"
    options = ReportDialog(main.session, main, Filters()).options()
    assert write_report_file(main.session, main, options, ".docx", out, True) == out
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Zhang Wei" not in text and "Respondent 3" in text
    assert "checked: no identifier" in main.statusBar().currentMessage()


def test_consent_is_honoured_unless_ignored(main: MainWindow, tmp_path: Path) -> None:
    project = main.session.project
    project.set_participant("Zhang Wei", speaker="Zhang Wei", quote="no")
    dialog = ReportDialog(main.session, main)
    assert not dialog.ignore_consent.isChecked()  # off by default
    assert "1 participant did not consent to being quoted (Zhang Wei)" in dialog.consent_note.text()
    hers = {p.quote for p in PLANNED if p.quote.startswith(("In Rongcheng", "police", "张伟"))}
    out = tmp_path / "annex.docx"
    assert write_report_file(main.session, main, dialog.options(), ".docx", out, False) == out
    quotes = {p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Quote"}
    assert quotes == {p.quote for p in PLANNED} - hers
    message = main.statusBar().currentMessage()
    assert "Consent: 4 passages left out: Zhang Wei did not consent to being quoted." in message

    dialog.ignore_consent.setChecked(True)
    backup = tmp_path / "backup.docx"
    assert write_report_file(main.session, main, dialog.options(), ".docx", backup, False)
    quotes = {p.text for p in docx.Document(str(backup)).paragraphs if p.style.name == "Quote"}
    assert quotes == {p.quote for p in PLANNED}
    assert "Consent register ignored" in main.statusBar().currentMessage()


def test_the_export_flow_says_what_consent_left_out(main: MainWindow, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from qcode.gui.exchange.exports import export_excel

    main.session.project.set_participant("Zhang Wei", speaker="Zhang Wei", quote="no")
    out = tmp_path / "all.xlsx"
    assert export_excel(main.session, main, None, out, False, ignore_consent=False) == out
    assert "Consent: 4 passages left out: Zhang Wei" in main.statusBar().currentMessage()
    sheet = load_workbook(out, read_only=True)["Segments"]
    coded = {row[5] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert "张伟 was my name 😀." not in coded and "我们被监视了。" in coded
