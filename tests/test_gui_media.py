"""The recording in the app, used as a researcher would: open a transcript
whose recording is linked and find the player under the text; click a
coded segment and have the player go to that passage's time; lose the
recording and read one line while the text stays there; and transcribe by
hand, the keys inserting the time and a speaker label, saving a timed
document linked to its recording."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
pytest.importorskip("PySide6.QtMultimedia")

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.main_window import MainWindow
from qcode.gui.media.transcribe import TranscriptionWindow
from qcode.io.media import read_media_facts
from qcode.settings import Settings
from tests.test_media import VTT, write_wav

pytestmark = pytest.mark.gui


@pytest.fixture
def window(tmp_path: Path, qtbot: QtBot) -> MainWindow:
    folder = tmp_path / "study"
    folder.mkdir()
    (folder / "night.vtt").write_text(VTT, encoding="utf-8")
    write_wav(folder / "night.wav")
    project = Project.create(folder / "study.qcode", coder="Amina")
    project.import_files([folder / "night.vtt"])
    made = MainWindow(project, Settings(tmp_path / "settings"))
    qtbot.addWidget(made)
    made.show()
    return made


def test_the_player_appears_under_a_transcript_with_a_recording(window: MainWindow) -> None:
    player = window.media_player
    assert player.isVisible()
    assert player.path is not None and player.path.name == "night.wav"
    assert player.play_button.isEnabled()
    # Beneath the text, in the same column.
    view = window.document_view
    assert (
        player.mapTo(window, player.rect().topLeft()).y()
        > view.mapTo(window, view.rect().topLeft()).y()
    )


def test_clicking_a_coded_segment_plays_from_its_time(window: MainWindow, qtbot: QtBot) -> None:
    project = window.project
    document = project.document("night")
    text = project.text(document)
    start = text.index("They took")  # in the third cue, from 2.0 s
    coding = project.apply_code(document, "Phones", start, start + 9, create=True)
    assert coding is not None
    player = window.media_player
    window.segments.show_code(project.code("Phones"), include_subcodes=False)
    table = window.segments.table
    row = table.model().index(0, 0)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(row).center()
    )
    assert player.requested == pytest.approx(2.0)
    # Playing itself needs an audio backend; where Qt has one the position follows.
    if not player.player.isAvailable():
        pytest.skip("Qt Multimedia has no backend here: the position asked for is all we can see")
    qtbot.waitUntil(lambda: player.player.position() >= 2000, timeout=5000)


def test_play_this_passage_plays_exactly_its_range(window: MainWindow) -> None:
    project = window.project
    document = project.document("night")
    text = project.text(document)
    start = text.index("Nobody")
    coding = project.apply_code(document, "Silence", start, start + 6, create=True)
    assert coding is not None
    window.media_sync.play_passage(coding)
    assert window.media_player.requested == pytest.approx(1.0)
    assert window.media_player._stop_at == pytest.approx(1.7)


def test_a_missing_recording_gives_one_line_and_the_text_stays(
    tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "study"
    folder.mkdir()
    (folder / "night.vtt").write_text(VTT, encoding="utf-8")
    write_wav(folder / "night.wav")
    with Project.create(folder / "study.qcode", coder="Amina") as project:
        project.import_files([folder / "night.vtt"])
    (folder / "night.wav").unlink()
    window = MainWindow(Project.open(folder / "study.qcode"), Settings(tmp_path / "settings"))
    qtbot.addWidget(window)
    window.show()
    message = window.media_player.message.text()
    assert message.startswith("The recording night.wav is missing")
    assert "\n" not in message
    assert not window.media_player.play_button.isEnabled()
    assert "They came" in window.document_view.text.toPlainText()


def test_transcription_keys_insert_the_time_and_make_a_timed_document(
    tmp_path: Path, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_wav(tmp_path / "visit.wav", seconds=2.0)
    dialog = TranscriptionWindow(read_media_facts(tmp_path / "visit.wav"), None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.editor.setFocus()
    qtbot.keyClick(dialog.editor, Qt.Key.Key_F8)
    assert dialog.editor.toPlainText() == "[00:00:00] "
    monkeypatch.setattr(
        "qcode.gui.media.transcribe.QInputDialog.getText", lambda *a, **k: ("Liu", True)
    )
    qtbot.keyClick(dialog.editor, Qt.Key.Key_F9)
    # QTest types ASCII only: what is typed beyond it is inserted as a paste would be.
    dialog.editor.insertPlainText("𠮷 we met 😀\n")
    dialog.player.seek(1.0)
    monkeypatch.setattr(dialog.player, "seconds", lambda: 1.0)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_F8)
    qtbot.keyClicks(dialog.editor, "Wang: no")
    assert dialog.editor.toPlainText() == "[00:00:00] Liu: 𠮷 we met 😀\n[00:00:01] Wang: no"
    project = window.project
    (document,) = project.add_documents([dialog.document_to_add("visit")])
    turns = project.speaker_turns(document)
    assert [(t.speaker, t.time_start, t.time_end) for t in turns] == [
        ("Liu", 0.0, 1.0),
        ("Wang", 1.0, 2.0),
    ]
    link = project.media(document)
    assert link is not None and link.file_name == "visit.wav"


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_the_app_asks_whether_recordings_go_inside_a_qdpx(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    import zipfile

    from PySide6.QtWidgets import QMessageBox

    from qcode.gui.exchange.exports import export_qdpx

    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    target = tmp_path / f"out-{answer}.qdpx"
    written = export_qdpx(window.session, window, target, pseudonymise=False)
    assert written == target
    assert len(asked) == 1 and "1 recording" in asked[0]
    with zipfile.ZipFile(target) as archive:
        inside = [name for name in archive.namelist() if name.endswith(".wav")]
    assert bool(inside) == (answer == "Yes")
