"""Team work in the app: File ▸ Prepare coder copies… writes a copy per
coder, they code apart, File ▸ Merge project… brings their coding back, the
report says what happened, and Edit ▸ Undo takes a merge back.

The project (coder Amina)::

    Interview A
    0         1         2         3         4         5         6
    0123456789012345678901234567890123456789012345678901234567890123|
    Officials put her on the list. She could not buy a train ticket.
    She appealed to the court.

        Harms (#e41a1c)  "Officials"  [0, 9)  Amina
        Remedy           (not applied)

Chen's copy adds Harms on "She could not buy", a new code Travel on
"train ticket" and recolours Harms (a conflict: the project keeps its
colour).  Amina's copy codes "Officials" as Harms again (already in the
project: skipped) and Remedy on "She appealed to the court".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from qcode.core.merge.project import Conflict, MergeReport
from qcode.core.project import Project
from qcode.gui.main_window import MainWindow
from qcode.gui.team import coder_copies_dialog
from qcode.gui.team.coder_copies_dialog import CoderCopiesDialog
from qcode.gui.team.merge_dialog import MergeReportDialog
from qcode.io.base import ImportedDocument
from qcode.settings import Settings

pytestmark = pytest.mark.gui

TEXT = (
    "Officials put her on the list. She could not buy a train ticket.\nShe appealed to the court."
)
ORIGINAL = {("Harms", "Amina", "Officials")}


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: errors.append(a[2]))
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    (document,) = project.add_documents([ImportedDocument("Interview A", TEXT, "a.txt", "text")])
    harms = project.create_code("Harms", color="#e41a1c")
    project.create_code("Remedy")
    project.apply_code(document, harms, 0, 9)
    shown = MainWindow(project, Settings(tmp_path / "config"))
    shown.errors = errors  # type: ignore[attr-defined]
    qtbot.addWidget(shown)
    shown.show()
    return shown


def coded(project: Project) -> set[tuple[str, str, str]]:
    return {(s.code_path, s.coder, s.text) for s in project.segments(project.codings())}


def code_in(project: Project, path: Path, coder: str, code: str, words: str) -> None:
    """``coder`` codes ``words`` in their copy, as they would on their computer."""
    with Project.open(path, coder=coder) as copy:
        start = TEXT.index(words)
        copy.apply_code(copy.document("Interview A"), code, start, start + len(words), create=True)


def menu_action(window: MainWindow, text: str) -> QAction:
    (action,) = [a for a in window.findChildren(QAction) if a.text() == text]
    return action


def cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def tree_counts(window: MainWindow) -> dict[str, str]:
    model = window.codebook.tree.model()
    return {
        model.index(row, 0).data(): model.index(row, 1).data() for row in range(model.rowCount())
    }


def prepare_copies(window: MainWindow, names: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    dialog = CoderCopiesDialog(window.session, window)
    dialog.show()
    assert dialog.names_edit.toPlainText() == "Amina"  # the project's coders
    assert dialog.folder_edit.text() == str(window.project.path.parent)
    dialog.names_edit.setPlainText(names)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    return told


def test_copies_coded_apart_merge_back_and_undo(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    chen, amina = tmp_path / "study-Chen.qcode", tmp_path / "study-Amina.qcode"
    told = prepare_copies(window, "Chen\n\n  Amina \nChen\n", monkeypatch)
    assert chen.is_file() and amina.is_file()
    assert str(chen) in told[0] and str(amina) in told[0]
    assert "File ▸ Merge project…" in told[0]

    code_in(project, chen, "Chen", "Harms", "She could not buy")
    code_in(project, chen, "Chen", "Travel", "train ticket")
    with Project.open(chen, coder="Chen") as copy:
        copy.update_code(copy.code("Harms"), color="#000000")
    code_in(project, amina, "Amina", "Harms", "Officials")
    code_in(project, amina, "Amina", "Remedy", "She appealed to the court")

    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(chen), str(amina)], "")
    )
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    menu_action(window, "Mer&ge project…").trigger()

    assert asked == ["Merge 2 projects into study? A backup is written first."]
    assert window.errors == []  # type: ignore[attr-defined]
    assert coded(project) == ORIGINAL | {
        ("Harms", "Chen", "She could not buy"),
        ("Travel", "Chen", "train ticket"),
        ("Remedy", "Amina", "She appealed to the court"),
    }
    assert project.code("Harms").color == "#e41a1c"  # the project's colour is kept
    # The views followed: the codebook counts, the coder filter.
    assert tree_counts(window) == {"Harms": "2", "Remedy": "1", "Travel": "1"}
    filter_names = [window.coder_filter.itemText(i) for i in range(window.coder_filter.count())]
    assert "Chen" in filter_names

    (dialog,) = window.findChildren(MergeReportDialog)
    assert dialog.isVisible()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "study-Chen.qcode",
        "study-Amina.qcode",
    ]
    chen_page, amina_page = (dialog.tabs.widget(i) for i in range(2))
    tables = {t.accessibleName(): t for t in chen_page.findChildren(QTableWidget)}
    counts = tables["Merge counts"]
    assert cells(counts) == [
        ["Documents", "0", "1"],
        ["Codes", "1", "2"],
        ["Codings", "2", "0"],
        ["Memos", "0", "—"],
        ["Coders", "1", "—"],
    ]
    (conflict,) = cells(tables["Conflicts"])
    assert conflict[:2] == ["code", "Harms"]
    assert "colour (#000000)" in conflict[2] and "kept this project's" in conflict[2]
    amina_tables = {t.accessibleName(): t for t in amina_page.findChildren(QTableWidget)}
    assert cells(amina_tables["Merge counts"])[2] == ["Codings", "1", "1"]
    assert "Conflicts" not in amina_tables  # "None" instead of an empty table
    backups = sorted(tmp_path.glob("study.before-merge-*.qcode"))
    assert len(backups) == 2
    (backup,) = [w for w in chen_page.findChildren(QLabel) if w.accessibleName() == "Backup"]
    shown = Path(backup.text().split(": ", 1)[1])
    assert shown in backups
    with Project.open(shown, read_only=True) as before:  # the project before any merge
        assert coded(before) == ORIGINAL

    # Save report…: the JSON of both reports, with .json added to the name.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "merge notes"), "")
    )
    dialog.save_button.click()
    saved = json.loads((tmp_path / "merge notes.json").read_text(encoding="utf-8"))
    assert [entry["source"] for entry in saved] == ["study-Chen.qcode", "study-Amina.qcode"]
    assert saved[0]["codings_added"] == 2 and saved[1]["codings_skipped_duplicate"] == 1
    assert saved[0]["conflicts"][0]["subject"] == "Harms"
    assert str(tmp_path / "merge notes.json") in dialog.saved_label.text()

    # Edit ▸ Undo takes back one merged file at a time.
    assert window.undo_action.text() == "Undo merge study-Amina.qcode"
    window.undo_action.trigger()
    assert window.undo_action.text() == "Undo merge study-Chen.qcode"
    window.undo_action.trigger()
    assert coded(project) == ORIGINAL
    assert tree_counts(window) == {"Harms": "1", "Remedy": "0"}


def test_merging_the_open_project_itself_is_refused(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    history = len(project.history())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(project.path)], ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked to merge"))
    menu_action(window, "Mer&ge project…").trigger()
    (error,) = window.errors  # type: ignore[attr-defined]
    assert error.startswith("study.qcode: this is the open project") and "\n" not in error
    assert coded(project) == ORIGINAL and len(project.history()) == history
    assert not window.findChildren(MergeReportDialog)
    assert not list(tmp_path.glob("*.before-merge-*"))


def test_merging_stops_at_the_first_file_that_fails(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    prepare_copies(window, "Chen", monkeypatch)
    chen = tmp_path / "study-Chen.qcode"
    code_in(project, chen, "Chen", "Harms", "train ticket")
    broken = tmp_path / "notes.qcode"
    broken.write_text("not a project", encoding="utf-8")
    later = tmp_path / "later.qcode"
    project.backup_to(later)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(chen), str(broken), str(later)], "")
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    menu_action(window, "Mer&ge project…").trigger()

    (error,) = window.errors  # type: ignore[attr-defined]
    assert "notes.qcode" in error and "\n" not in error
    assert coded(project) == ORIGINAL | {("Harms", "Chen", "train ticket")}
    (dialog,) = window.findChildren(MergeReportDialog)
    assert dialog.tabs.count() == 1 and dialog.tabs.tabText(0) == "study-Chen.qcode"


def test_coder_copies_problems_show_in_the_dialog(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "study-Chen.qcode").write_text("Chen's work", encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: pytest.fail("said done"))
    dialog = CoderCopiesDialog(window.session, window)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    dialog.names_edit.setPlainText("  \n")
    ok.click()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Enter at least one coder's name."

    dialog.names_edit.setPlainText("Amina\nChen")
    assert not dialog.error_label.isVisible()  # typing clears the old problem
    ok.click()
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("study-Chen.qcode already exists")
    assert "\n" not in dialog.error_label.text()
    assert not (tmp_path / "study-Amina.qcode").exists()  # all or nothing
    assert (tmp_path / "study-Chen.qcode").read_text(encoding="utf-8") == "Chen's work"

    dialog.folder_edit.setText(str(tmp_path / "nowhere"))
    ok.click()
    assert dialog.isVisible() and "nowhere" in dialog.error_label.text()


def test_the_file_menu_opens_the_coder_copies_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Any] = []
    monkeypatch.setattr(
        coder_copies_dialog.CoderCopiesDialog, "exec", lambda self: opened.append(self) or 0
    )
    menu_action(window, "Prepare coder cop&ies…").trigger()
    (dialog,) = opened
    assert dialog.names() == ["Amina"]


def test_report_tables_wrap_long_details_and_sort(qtbot: QtBot, tmp_path: Path) -> None:
    long = "differs in its colour (#000000), its keywords and its description; " * 4
    report = MergeReport(
        source="study-Chen.qcode",
        backup=str(tmp_path / "study.before-merge.qcode"),
        conflicts=[
            Conflict("document", "Interview B", "called 'Interview 2' there"),
            Conflict("code", "Harms", long),
            Conflict("attribute", "Interview A", "'gender' is 'female' here but 'f' there"),
        ],
        codings_reanchored=[
            {
                "document": "Interview A",
                "code": "Harms",
                "coder": "Chen",
                "old_start": 10,
                "old_end": 19,
                "start": 12,
                "end": 21,
                "old_text": "the lists",
                "text": "the list.",
            }
        ],
    )
    dialog = MergeReportDialog([report], folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.tabBar().isHidden()  # one merged file: no tabs to choose from
    tables = {t.accessibleName(): t for t in dialog.findChildren(QTableWidget)}
    conflicts = tables["Conflicts"]
    assert [row[1] for row in cells(conflicts)] == ["Interview B", "Harms", "Interview A"]
    assert conflicts.rowHeight(1) > 2 * conflicts.rowHeight(0)  # the long detail wraps
    # What a click on "Subject" does:
    conflicts.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    assert [row[1] for row in cells(conflicts)] == ["Harms", "Interview A", "Interview B"]
    moved = cells(tables["Re-anchored codings"])
    assert moved == [["Interview A", "Harms", "Chen", "the lists", "the list."]]
    assert "12–21" in tables["Re-anchored codings"].item(0, 4).toolTip()
