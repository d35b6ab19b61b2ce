"""Sources as evidence in the app, used as a researcher would: read a
document's provenance (the hash of the file imported, computed here
independently) and save its original back out; verify the sources after the
project file was tampered with; correct a transcript holding 𠮷 and 😀 and
see the codings after the correction move, then undo it; review a coding the
correction cut through; record a participant who may not be quoted; and
withdraw one, for good, with the backup that held their data."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.evidence.correct import CorrectTextDialog
from qcode.gui.evidence.participants import ParticipantDialog
from qcode.gui.main_window import MainWindow
from qcode.settings import Settings

pytestmark = pytest.mark.gui

LIU = (
    "Interviewer: Were you stopped at the station?\n"
    "Liu: Yes, 𠮷 the gate refused my card at Xian station.\n"
    "Interviewer: Were you told before?\n"
    "Liu: Nobody told me anything 😀 about the list."
)
WANG = "Interviewer: What happened?\nWang: They stopped me at the gate too, in front of everyone."


def utf16(text: str, index: int) -> int:
    """Independent of the app: UTF-16 units before code point ``index``."""
    return len(text[:index].encode("utf-16-le")) // 2


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, bytes]:
    """The interviews as files on disk (CRLF line endings), by name."""
    found = {}
    for name, text in (("Liu interview", LIU), ("Wang interview", WANG)):
        data = text.replace("\n", "\r\n").encode("utf-8")
        (tmp_path / f"{name}.txt").write_bytes(data)
        found[name] = data
    return found


def open_window(qtbot: QtBot, project: Project, tmp_path: Path) -> MainWindow:
    shown = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, files: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: errors.append(a[2]))
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    project.import_files([tmp_path / f"{name}.txt" for name in files])
    liu = project.document("Liu interview")
    for code, words in (
        ("Refused", "the gate refused my card"),
        ("Stations", "Xian station"),
        ("Notice", "Nobody told me anything 😀 about the list"),
    ):
        project.apply_code(liu, code, *span(LIU, words), create=True)
    project.make_history_permanent()
    shown = open_window(qtbot, project, tmp_path)
    shown.errors = errors  # type: ignore[attr-defined]
    return shown


def codings_of(window: MainWindow, name: str) -> dict[str, tuple[int, int]]:
    project = window.project
    codebook = project.codebook()
    return {
        codebook.codes[c.code_id].name: (c.start, c.end)
        for c in project.codings(document=project.document(name))
    }


def highlights_drawn(window: MainWindow) -> list[tuple[int, int, str, bool]]:
    """Every highlight and bold label Qt draws: (Qt position, length, colour, bold)."""
    drawn = []
    block = window.document_view.text.document().begin()
    while block.isValid():
        for piece in block.layout().formats():
            drawn.append(
                (
                    block.position() + piece.start,
                    piece.length,
                    piece.format.background().color().name(),
                    piece.format.fontWeight() > 400,
                )
            )
        block = block.next()
    return drawn


def stripes_shown(window: MainWindow) -> dict[str, tuple[int, int]]:
    """The coding stripes beside the text, in Qt (UTF-16) positions, by code."""
    return {s.label: (s.qt_start, s.qt_end) for s in window.document_view.text.margin.stripes()}


# -- provenance ---------------------------------------------------------------------------


def test_provenance_shows_the_hash_of_the_imported_file_and_saves_it_back(
    window: MainWindow,
    files: dict[str, bytes],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.session.open_document(window.project.document("Liu interview"))
    window.provenance_action.trigger()
    dialog = window.provenance  # type: ignore[attr-defined]
    data = files["Liu interview"]
    assert dialog.fields["SHA-256"].text() == hashlib.sha256(data).hexdigest()
    assert f"{len(data):,} bytes" in dialog.fields["Size"].text()
    assert dialog.fields["Imported from"].text() == "Liu interview.txt"
    assert "Amina" in dialog.fields["Imported"].text()
    assert dialog.versions.rows[0].label == "as imported"
    out = tmp_path / "out" / "copy.txt"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert out.read_bytes() == data  # byte for byte, CRLF kept


def test_an_original_not_kept_cannot_be_saved_and_the_dialog_says_why(
    window: MainWindow, tmp_path: Path
) -> None:
    project = window.project
    project.set_keep_originals(False)
    path = tmp_path / "Zhao.txt"
    path.write_bytes(b"Zhao: Nobody is stopped without a court order.")
    (document,) = project.import_files([path])
    menu = window.documents.context_menu  # the Documents list's right-click menu
    window.documents.view.selectRow(window.documents.document_index(document).row())
    (provenance,) = [a for a in menu().actions() if a.text() == "Provenance…"]
    provenance.trigger()
    dialog = window.provenance  # type: ignore[attr-defined]
    assert dialog.document.id == document.id
    assert dialog.fields["SHA-256"].text() == hashlib.sha256(path.read_bytes()).hexdigest()
    assert dialog.fields["Original kept"].text().startswith("no")
    assert not dialog.save_button.isEnabled()
    assert "were not kept" in dialog.save_button.toolTip()


def test_a_diff_of_an_earlier_version_shows_what_a_correction_changed(
    window: MainWindow,
) -> None:
    project = window.project
    liu = project.document("Liu interview")
    start, end = span(LIU, "Xian")
    project.edit_text(liu, start, end, "Xi'an")
    window.session.open_document(project.document("Liu interview"))
    window.provenance_action.trigger()
    dialog = window.provenance  # type: ignore[attr-defined]
    assert [v.version for v in dialog.versions.rows] == [1, 2]
    dialog.table.selectRow(0)
    shown = dialog.diff.toPlainText()
    assert "-Liu: Yes, 𠮷 the gate refused my card at Xian station." in shown
    assert "+Liu: Yes, 𠮷 the gate refused my card at Xi'an station." in shown


# -- verify -------------------------------------------------------------------------------


def test_verify_reports_all_match_then_names_a_tampered_text(window: MainWindow) -> None:
    window.verify_action.trigger()
    assert window.verification.summary.text().startswith("All match")  # type: ignore[attr-defined]
    liu = window.project.document("Liu interview")
    with sqlite3.connect(window.project.path) as conn:  # someone edits the file behind qcode
        conn.execute(
            "UPDATE document_texts SET text = replace(text, 'Xian', 'Xiam') WHERE document_id = ?",
            (liu.id,),
        )
    window.verify_action.trigger()
    dialog = window.verification  # type: ignore[attr-defined]
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == ["'Liu interview': the stored text does not match its hash"]
    assert dialog.summary.text().startswith("1 problem found")


# -- correcting a transcript ------------------------------------------------------------------


def answer_correction(monkeypatch: pytest.MonkeyPatch, new_text: str) -> list[str]:
    """Type ``new_text`` into the correction dialog and apply; returns the
    text the dialog showed as "text now"."""
    shown: list[str] = []

    def exec_(dialog: CorrectTextDialog) -> int:
        shown.append(dialog.old_text)
        dialog.new.setPlainText(new_text)
        assert dialog.apply_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CorrectTextDialog, "exec", exec_)
    return shown


def select_qt(window: MainWindow, text: str, start: int, end: int) -> None:
    """Select text[start:end] as the mouse would: in UTF-16 units."""
    cursor = window.document_view.text.textCursor()
    cursor.setPosition(utf16(text, start))
    cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    window.document_view.text.setTextCursor(cursor)


def test_correcting_a_span_moves_the_codings_after_it_and_undo_restores(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    window.session.open_document(project.document("Liu interview"))
    before = codings_of(window, "Liu interview")
    stripes_before = stripes_shown(window)
    start, end = span(LIU, "Xian")
    select_qt(window, LIU, start, end)
    shown = answer_correction(monkeypatch, "Xi'an 😀")
    window.correct_action.trigger()
    assert shown == ["Xian"]
    expected = LIU[:start] + "Xi'an 😀" + LIU[end:]
    assert project.text(project.document("Liu interview")) == expected
    assert window.document_view.text.toPlainText() == expected
    after = codings_of(window, "Liu interview")
    assert after["Refused"] == before["Refused"]  # before the correction: unchanged
    assert after["Stations"] == span(expected, "Xi'an 😀 station")  # contains it: grows
    assert after["Notice"] == span(expected, "Nobody told me anything 😀 about the list")
    # …and the stripes beside the text are drawn where the codings now are.
    notice = span(expected, "Nobody told me anything 😀 about the list")
    assert stripes_shown(window)["Notice"] == (
        utf16(expected, notice[0]),
        utf16(expected, notice[1]),
    )
    assert window.document_view.selection()[1:] == (start, start + len("Xi'an 😀"))  # type: ignore[index]
    # The view changed the text in place: what it draws is what a fresh view draws.
    drawn = highlights_drawn(window)
    window.document_view.show_document(project.document("Liu interview"))
    assert highlights_drawn(window) == drawn
    window.undo_action.trigger()
    assert project.text(project.document("Liu interview")) == LIU
    assert codings_of(window, "Liu interview") == before
    assert window.document_view.text.toPlainText() == LIU
    assert stripes_shown(window) == stripes_before
    assert window.errors == []  # type: ignore[attr-defined]


def test_inserting_at_the_caret_after_an_astral_character(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    window.session.open_document(project.document("Liu interview"))
    before = codings_of(window, "Liu interview")
    at = LIU.index("𠮷") + 1  # just after 𠮷, where a word was missed
    cursor = window.document_view.text.textCursor()
    cursor.setPosition(utf16(LIU, at))
    window.document_view.text.setTextCursor(cursor)
    shown = answer_correction(monkeypatch, " Jí")
    window.correct_action.trigger()
    assert shown == [""]
    assert project.text(project.document("Liu interview")) == LIU[:at] + " Jí" + LIU[at:]
    after = codings_of(window, "Liu interview")
    assert {name: (a - 3, b - 3) for name, (a, b) in after.items()} == before


def test_a_coding_cut_through_is_listed_for_review_and_marked_reviewed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    window.session.open_document(project.document("Liu interview"))
    # Cuts through "the gate refused my card" at its end and "Xian station" at its start.
    start, end = span(LIU, "my card at Xian")
    select_qt(window, LIU, start, end)
    answer_correction(monkeypatch, "his card at Xi'an")
    window.correct_action.trigger()
    window.changed_action.trigger()
    dialog = window.changed_codings  # type: ignore[attr-defined]
    assert [(row.code, row.text) for row in dialog.model.rows] == [
        ("Refused", "the gate refused"),  # what remains of each, before…
        ("Stations", "station"),  # …and after the correction
    ]
    dialog.table.selectRow(0)
    dialog.review_button.click()
    assert [row.code for row in dialog.model.rows] == ["Stations"]
    assert len(project.changed_codings()) == 1
    window.undo_action.trigger()  # undo the review: flagged again
    assert [row.code for row in dialog.model.rows] == ["Refused", "Stations"]


# -- participants ----------------------------------------------------------------------------


def test_adding_a_participant_who_may_not_be_quoted_shows_in_the_panel(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_(dialog: ParticipantDialog) -> int:
        dialog.name.setText("Liu")
        for row in range(dialog.documents.count()):
            if dialog.documents.item(row).text() == "Liu interview":
                dialog.documents.item(row).setCheckState(Qt.CheckState.Checked)
        dialog.answers["quote"].setCurrentText("no")
        dialog.answers["named"].setCurrentText("yes")
        dialog.consent_ref.setText("form 17")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(ParticipantDialog, "exec", exec_)
    panel = window.participants  # type: ignore[attr-defined]
    panel.add_button.click()
    model = panel.model
    headers = model.headers
    (row,) = [
        [model.data(model.index(0, c)) for c in range(len(headers))]
        for _ in range(model.rowCount())
    ]
    shown = dict(zip(headers, row, strict=True))
    assert shown["Name"] == "Liu"
    assert shown["Documents"] == "Liu interview"
    assert shown["Quote"] == "no"
    assert shown["Named"] == "yes"
    assert shown["Consent ref"] == "form 17"
    assert window.project.unquotable().blocks(window.project.document("Liu interview").id, 0, 5)
    window.undo_action.trigger()
    assert model.rowCount() == 0


def test_a_passed_retention_date_is_said_on_opening(
    qtbot: QtBot, tmp_path: Path, files: dict[str, bytes]
) -> None:
    project = Project.create(tmp_path / "old.qcode", coder="Amina")
    project.set_participant("Wang", speaker="Wang", retain_until="2020-01-31")
    project.set_participant("Liu", retain_until="2999-01-01")
    window = open_window(qtbot, project, tmp_path)
    assert window.retention_note.isVisible()  # type: ignore[attr-defined]
    note = window.retention_note.text()  # type: ignore[attr-defined]
    assert "Wang (since 2020-01-31)" in note
    assert "Liu" not in note


def test_withdrawing_after_confirming_removes_their_document_and_the_backup(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    liu = project.document("Liu interview")
    project.set_participant("Liu", documents=[liu], quote="no")
    backup = project.path.with_name(project.path.name + ".v5.bak")
    shutil.copyfile(project.path, backup)
    panel = window.participants  # type: ignore[attr-defined]
    panel.view.selectRow(0)
    asked: list[str] = []

    def warn(_parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return (
            QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Yes
        )

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    panel.withdraw_button.click()  # Cancel: nothing happens
    assert [d.name for d in project.documents()] == ["Liu interview", "Wang interview"]
    assert "permanent" in asked[0] and "'Liu interview'" in asked[0]
    panel.withdraw_button.click()  # Yes
    assert [d.name for d in project.documents()] == ["Wang interview"]
    assert [d.name for d in window.documents.model.rows] == ["Wang interview"]
    assert panel.model.rowCount() == 0
    assert backup.name in asked[2] and not backup.exists()
    assert not window.undo_action.isEnabled()  # permanent: nothing before it to undo
    with sqlite3.connect(project.path) as conn:
        kinds = [kind for (kind,) in conn.execute("SELECT kind FROM history ORDER BY seq")]
    assert "withdraw" in kinds
    assert b"Xian" not in project.path.read_bytes()
