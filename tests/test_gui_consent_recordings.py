"""The app's consent dialogs name the recordings: withdrawing a participant
lists each recording that holds their voice, and who deletes it, before the
researcher confirms, and what became of it after; a participant whose
recording may not be kept sees the recordings saving unlinks; redacting a
transcript names its recording and when the replaced words are spoken."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.evidence.participants import ParticipantDialog
from qcode.gui.main_window import MainWindow
from qcode.gui.privacy.redaction_dialog import RedactionDialog
from qcode.settings import Settings
from tests.test_consent_recordings import GROUP, LIU, NAMED
from tests.test_media import write_wav

pytestmark = pytest.mark.gui

Button = QMessageBox.StandardButton


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """Liu's own interview, a group interview with Liu and Wang and a named
    transcript, each with its recording beside it; Liu is in the register."""
    for name, text in (("liu", LIU), ("group", GROUP), ("named", NAMED)):
        (tmp_path / f"{name}.vtt").write_text(text, encoding="utf-8")
    write_wav(tmp_path / "liu.wav")
    write_wav(tmp_path / "group.wav", tone=220.0)
    write_wav(tmp_path / "named.wav", tone=330.0)
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    project.import_files([tmp_path / f"{name}.vtt" for name in ("liu", "group", "named")])
    project.set_participant("Liu", documents=[project.document("liu")], speaker="Liu")
    shown = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_withdrawal_lists_the_recordings_before_and_after(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own, group = tmp_path / "liu.wav", tmp_path / "group.wav"
    warned: list[str] = []
    asked: list[str] = []
    told: list[str] = []

    def warn(_parent: object, _title: str, text: str, *args: object) -> Button:
        warned.append(text)
        return Button.Cancel if len(warned) == 1 else Button.Yes

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or Button.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    panel = window.participants  # type: ignore[attr-defined]
    panel.view.selectRow(0)
    panel.withdraw_button.click()  # read, then Cancel: nothing happens
    assert f"{own}: unlinked; qcode does not delete it unasked: delete it yourself" in warned[0]
    assert (
        f"{group}: unlinked; others speak in it too: cut their turns out of it or delete it "
        "yourself"
    ) in warned[0]
    assert "asked whether qcode should delete the recording files" in warned[0]
    assert len(window.project.all_media()) == 3 and own.is_file()
    panel.withdraw_button.click()  # Yes, and Yes to deleting their own interview's file
    assert len(asked) == 1 and str(own) in asked[0] and str(group) not in asked[0]
    assert not own.exists() and group.is_file()
    assert [link.file_name for link in window.project.all_media()] == ["named.wav"]
    (report,) = told
    assert f"deleted the recording {own}" in report
    assert f"not deleted: {group}: it holds other people's voices too" in report
    assert f"warning: the recording {group} still holds their voice" in report


def test_no_means_the_recording_stays_and_the_report_says_so(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "liu.wav"
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: Button.Yes)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.No)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    panel = window.participants  # type: ignore[attr-defined]
    panel.view.selectRow(0)
    panel.withdraw_button.click()
    assert own.is_file()
    assert (
        f"warning: the recording {own} still holds their voice; qcode unlinked it and never "
        "deletes it unasked: delete it yourself"
    ) in told[0]


def test_a_recording_that_may_not_be_kept_is_listed_before_saving(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own, group = tmp_path / "liu.wav", tmp_path / "group.wav"
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    panel = window.participants  # type: ignore[attr-defined]
    dialog = ParticipantDialog(window.session, panel.model.rows[0], panel)
    assert not dialog.recordings.isVisibleTo(dialog)  # "unknown": nothing to unlink
    dialog.answers["keep_recording"].setCurrentText("no")
    assert dialog.recordings.isVisibleTo(dialog)
    listed = dialog.recordings.text()
    assert f"{own} — their own interview" in listed
    assert f"{group} — others speak in it too" in listed
    assert "named.wav" not in listed
    # Not ticked as theirs, a document they speak in is not theirs to delete.
    row = dialog.documents.findItems("liu", Qt.MatchFlag.MatchExactly)[0]
    row.setCheckState(Qt.CheckState.Unchecked)
    assert f"{own} — their own interview" not in dialog.recordings.text()
    assert not dialog.delete_recordings.isVisibleTo(dialog)
    row.setCheckState(Qt.CheckState.Checked)
    assert dialog.delete_recordings.isVisibleTo(dialog)
    dialog.delete_recordings.setChecked(True)
    dialog.save()
    assert not own.exists() and group.is_file()
    assert [link.file_name for link in window.project.all_media()] == ["named.wav"]
    (report,) = told
    assert f"unlinked and deleted the recording {own}" in report
    assert f"not deleted: {group}: it holds other people's voices too" in report


def test_redacting_a_transcript_names_its_recording_before_and_after(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window.project.set_pseudonym("Zhang Wei", "P7")
    dialog = RedactionDialog(window.session, window)
    assert not dialog.recordings.isVisibleTo(dialog)
    dialog.documents.findItems("group", Qt.MatchFlag.MatchExactly)[0].setCheckState(
        Qt.CheckState.Checked
    )
    dialog.documents.findItems("named", Qt.MatchFlag.MatchExactly)[0].setCheckState(
        Qt.CheckState.Checked
    )
    assert dialog.recordings.isVisibleTo(dialog)
    assert "'group' (group.wav)" in dialog.recordings.text()
    assert "'named' (named.wav)" in dialog.recordings.text()
    dialog.redact()
    (report,) = told  # only the transcript that had something replaced
    assert report == (
        "'named': its recording named.wav still holds what was replaced (qcode cannot redact "
        "audio): keep it apart from anything shared, or edit it (the replaced words are "
        "spoken at 00:01:05–00:01:09, 00:02:10–00:02:12)"
    )
