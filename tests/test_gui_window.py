"""The real main window, driven as a researcher would: import, code by every
route, see highlights and counts, undo, open segments, search, and survive a
project file that can no longer be written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.codebook.panel import SPAN_MIME
from qcode.gui.main_window import MainWindow
from qcode.gui.widgets import code_picker
from qcode.settings import Settings

pytestmark = pytest.mark.gui

TEXT = (
    "Interviewer: When did you learn you were on the list?\n"
    "Liu: 𠮷 told me at the station 😀 — the police would not sell me a ticket.\n"
    "Interviewer: Did anyone explain?\n"
    "Liu: Nobody gave notice. 失信被执行人, they said.\n"
)


def utf16(text: str, index: int) -> int:
    """Independent of the app: UTF-16 units before code point ``index``."""
    return len(text[:index].encode("utf-16-le")) // 2


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: errors.append(a[2]))
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    source = tmp_path / "Liu interview.txt"
    source.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    shown = MainWindow(project, Settings(tmp_path / "config"))
    shown.errors = errors  # type: ignore[attr-defined]
    qtbot.addWidget(shown)
    shown.show()
    shown.import_files([source])
    return shown


def select(window: MainWindow, words: str) -> tuple[int, int]:
    """Select ``words`` in the view with Qt (UTF-16) positions, as a mouse would."""
    start = TEXT.index(words)
    end = start + len(words)
    cursor = window.document_view.text.textCursor()
    cursor.setPosition(utf16(TEXT, start))
    cursor.setPosition(utf16(TEXT, end), QTextCursor.MoveMode.KeepAnchor)
    window.document_view.text.setTextCursor(cursor)
    return start, end


def codings(window: MainWindow) -> list[tuple[str, str]]:
    project = window.project
    return [(s.code_path, s.text) for s in project.segments(project.codings())]


def tree_index(window: MainWindow, name: str) -> QModelIndex:
    tree = window.codebook.tree
    model = tree.model()
    matches = model.match(
        model.index(0, 0),
        Qt.ItemDataRole.DisplayRole,
        name,
        1,
        Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly,
    )
    assert matches, name
    return matches[0]


def count_shown(window: MainWindow, name: str) -> str:
    index = tree_index(window, name)
    return index.siblingAtColumn(1).data()


def make_codes(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    for name in ("Harms", "No notice"):
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, n=name, **k: (n, True))
        window.codebook.new_code_action.trigger()


def test_import_shows_the_document_and_its_speakers(window: MainWindow) -> None:
    view = window.document_view
    assert view.document is not None and view.document.name == "Liu interview"
    assert view.text.toPlainText() == TEXT.rstrip()  # CRLF normalised, 𠮷 and 😀 intact
    assert window.windowTitle() == "study (study.qcode) — qcode"
    # Speaker labels are emphasised: "Interviewer:" and "Liu:" at the start of each turn.
    assert view.highlighter._labels[:2] == [
        (0, len("Interviewer:")),
        (utf16(TEXT, TEXT.index("Liu:")), utf16(TEXT, TEXT.index("Liu:")) + 4),
    ]
    assert window.documents.model.rowCount() == 1


def test_every_route_applies_a_code_and_shows_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_codes(window, monkeypatch)
    view = window.document_view
    project = window.project
    harms = project.code("Harms")

    # 1. Double-click the code in the tree.
    select(window, "the police would not sell me a ticket")
    window.codebook.tree.doubleClicked.emit(tree_index(window, "Harms"))
    assert codings(window) == [("Harms", "the police would not sell me a ticket")]
    assert count_shown(window, "Harms") == "1"

    # 2. Drag the selection onto a code (the mime data the text view really makes).
    select(window, "Nobody gave notice")
    mime = view.text.createMimeDataFromSelection()
    assert mime.hasFormat(SPAN_MIME)
    window.codebook.handle_drop(mime, tree_index(window, "No notice"), "on")
    assert ("No notice", "Nobody gave notice") in codings(window)

    # 3. The right-click menu, recent codes first.
    select(window, "失信被执行人")
    menu = view.context_menu(utf16(TEXT, TEXT.index("失信")))
    submenu = menu.actions()[0].menu()
    assert submenu is not None and menu.actions()[0].text() == "Code selection as"
    recent_first = next(a.text() for a in submenu.actions() if a.text())
    assert recent_first == "No notice"
    recent = next(a for a in submenu.actions() if a.text() == "Harms")
    recent.trigger()
    assert ("Harms", "失信被执行人") in codings(window)

    # 4. A favourite key.
    window.session.set_favourite(2, project.code("No notice"))
    select(window, "Did anyone explain?")
    view.text.setFocus()
    qtbot.keyClick(view.text, Qt.Key.Key_2)
    assert ("No notice", "Did anyone explain?") in codings(window)

    # 5. The "Code as…" search box.
    def choose(picker: code_picker.CodePicker) -> int:
        picker.filter.setText("harm")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(code_picker.CodePicker, "exec", choose)
    select(window, "told me at the station")
    view.code_as_action.trigger()
    assert ("Harms", "told me at the station") in codings(window)

    # 6. In vivo: a new code named after the words.
    select(window, "on the list")
    view.in_vivo_action.trigger()
    assert ("on the list", "on the list") in codings(window)

    assert count_shown(window, "Harms") == "3"
    # Each coding is highlighted exactly over its UTF-16 span, and has a stripe.
    stripes = {(s.qt_start, s.qt_end) for s in view.text.margin.stripes()}
    for coding in project.codings():
        span = (utf16(TEXT, coding.start), utf16(TEXT, coding.end))
        assert span in stripes
    covered = {(start, end) for start, end, _fmt in view.highlighter._runs}
    station = TEXT.index("told me")
    assert (utf16(TEXT, station), utf16(TEXT, station + len("told me at the station"))) in covered
    assert "Harms — Amina" in view.tooltip_at(utf16(TEXT, station) + 1)
    assert harms.id in project.codebook()


def test_astral_selection_stores_and_reopens_exactly(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    make_codes(window, monkeypatch)
    words = "at the station 😀 — the police"
    start, end = select(window, words)
    window.session.apply_code(window.project.code("Harms"))
    (coding,) = window.project.codings()
    assert (coding.start, coding.end) == (start, end)
    assert window.project.text(coding.document_id)[coding.start : coding.end] == words
    path = window.project.path
    window.close()
    again = MainWindow(Project.open(path, coder="Amina"), Settings(tmp_path / "config"))
    qtbot.addWidget(again)
    (stripe,) = again.document_view.text.margin.stripes()
    assert (stripe.qt_start, stripe.qt_end) == (utf16(TEXT, start), utf16(TEXT, end))
    runs = [(s, e) for s, e, _f in again.document_view.highlighter._runs]
    assert runs == [(utf16(TEXT, start), utf16(TEXT, end))]


def test_undo_and_redo_from_the_edit_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_codes(window, monkeypatch)
    select(window, "Nobody gave notice")
    window.session.apply_code(window.project.code("No notice"))
    assert window.undo_action.text() == "Undo apply 'No notice'"
    assert count_shown(window, "No notice") == "1"
    # Switching documents does not lose undo.
    window.session.open_document(None)
    window.undo_action.trigger()
    assert codings(window) == []
    assert count_shown(window, "No notice") == "0"
    assert window.redo_action.text() == "Redo apply 'No notice'"
    window.redo_action.trigger()
    assert codings(window) == [("No notice", "Nobody gave notice")]
    window.undo_action.trigger()  # apply
    window.undo_action.trigger()  # create code 'No notice'
    assert [c.name for c in window.project.codebook().walk()] == ["Harms"]


def test_segments_list_opens_the_document_at_the_segment(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_codes(window, monkeypatch)
    start, end = select(window, "Nobody gave notice")
    window.session.apply_code(window.project.code("No notice"))
    window.document_view.text.moveCursor(QTextCursor.MoveOperation.Start)
    window.codebook.segmentsRequested.emit(window.project.code("No notice"), False)
    table = window.segments.table
    assert table.model().rowCount() == 1
    table.clicked.emit(table.model().index(0, 0))
    assert window.document_view.selection()[1:] == (start, end)  # type: ignore[index]


def test_search_then_code_all_results(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    make_codes(window, monkeypatch)
    window.search.query.setText("Liu")
    window.search.search_button.click()
    assert window.search.count.text() == "2 hits in 1 document"
    monkeypatch.setattr(
        "qcode.gui.coding.search_panel.pick_code", lambda *a, **k: window.project.code("Harms")
    )
    window.search.code_all_button.click()
    assert codings(window) == [("Harms", "Liu"), ("Harms", "Liu")]
    assert window.undo_action.text().startswith("Undo add 2 codings")


def test_drop_files_on_the_window_imports_them(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "Wang.md"
    other.write_text("Wang: 诚信 matters.\nLi: yes.\nWang: ok.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert [d.name for d in window.project.documents()] == ["Liu interview", "Wang"]
    assert window.document_view.document.name == "Wang"  # type: ignore[union-attr]


def test_a_bad_file_gives_a_message_and_changes_nothing(window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"not a pdf")
    window.import_files([bad])
    errors: list[str] = window.errors  # type: ignore[attr-defined]
    assert len(errors) == 1 and errors[0].startswith("scan.pdf: ")
    assert len(window.project.documents()) == 1


def test_unwritable_project_gives_a_message_not_a_crash(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_codes(window, monkeypatch)
    path = window.project.path
    path.rename(path.with_name("moved away.qcode"))  # the file goes away underneath
    select(window, "Nobody gave notice")
    assert window.session.apply_code(window.project.code("No notice")) is None
    errors: list[Any] = window.errors  # type: ignore[attr-defined]
    assert len(errors) == 1 and "moved, replaced or deleted" in errors[0]
    # The window stays usable: reading still works, and nothing pretends to be saved.
    assert window.document_view.text.toPlainText() == TEXT.rstrip()
    assert count_shown(window, "No notice") == "0"


def test_remove_a_coding_from_the_right_click_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_codes(window, monkeypatch)
    select(window, "Nobody gave notice")
    window.session.apply_code(window.project.code("No notice"))
    window.document_view.text.moveCursor(QTextCursor.MoveOperation.Start)
    menu = window.document_view.context_menu(utf16(TEXT, TEXT.index("gave")))
    remove = next(a for a in menu.actions() if a.text() == "Remove coding 'No notice' (Amina)")
    remove.trigger()
    assert codings(window) == []
    assert window.document_view.text.margin.stripes() == []
    assert window.undo_action.text() == "Undo remove 'No notice'"


def test_the_coder_filter_shows_one_coders_codings(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_codes(window, monkeypatch)
    project = window.project
    doc = project.document("Liu interview")
    project.apply_code(doc, project.code("Harms"), 0, 11)
    project.apply_code(doc, project.code("No notice"), 20, 30, coder="Chen")
    view = window.document_view
    assert len(view.text.margin.stripes()) == 2
    window.coder_filter.setCurrentText("Chen")
    assert [s.tooltip for s in view.text.margin.stripes()] == ["No notice — Chen"]
    assert "showing Chen's coding only" in view.header.text()
    window.coder_filter.setCurrentText("All coders")
    assert len(view.text.margin.stripes()) == 2


def test_cancelling_an_import_adds_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    files = []
    for number in range(3):
        path = tmp_path / f"extra {number}.txt"
        path.write_text(f"Interview number {number}.", encoding="utf-8")
        files.append(path)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: self.value() >= 1)
    window.import_files(files)
    assert [d.name for d in window.project.documents()] == ["Liu interview"]
    errors: list[str] = window.errors  # type: ignore[attr-defined]
    assert errors == ["import cancelled; nothing was imported"]


def test_dropping_a_codebook_imports_its_codes(window: MainWindow, tmp_path: Path) -> None:
    from qcode.export.qdc import write_codebook
    from qcode.io.qdc import CodebookCode

    book = tmp_path / "book.qdc"
    write_codebook(
        [
            CodebookCode(
                "0b9b8c36-3c09-4f0b-9a63-7d7c3f0f6c11",
                "Fear",
                "#aa0000",
                "Definition: being afraid.",
            )
        ],
        book,
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(book))])
    window.dropEvent(
        QDropEvent(
            QPoint(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    assert window.project.code("Fear").uuid == "0b9b8c36-3c09-4f0b-9a63-7d7c3f0f6c11"
    assert count_shown(window, "Fear") == "0"


def test_reports_open_from_the_view_menu(window: MainWindow) -> None:
    from qcode.gui.reports.window import ReportsWindow

    action = next(a for a in window.menuBar().actions() if a.text() == "&View").menu()
    reports = next(a for a in action.actions() if a.text() == "&Reports")
    assert reports.shortcut().toString() == "Ctrl+R"
    reports.trigger()
    assert isinstance(window.reports, ReportsWindow) and window.reports.isVisible()
    window.close()
    assert not window.reports.isVisible()
