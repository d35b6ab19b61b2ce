"""Help ▸ About qcode…: the version, the licence, the libraries in use, and the
third-party notices an app bundle carries (issue 22)."""

from __future__ import annotations

import platform
import sqlite3
import sys
from importlib import metadata
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

import qcode
from qcode.core.project import Project
from qcode.gui.about_dialog import AboutDialog, application_icon
from qcode.gui.main_window import MainWindow
from qcode.resources import NOTICES
from qcode.settings import Settings

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    shown = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _open_about(window: MainWindow, qtbot: QtBot) -> AboutDialog:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    about = next(a for a in help_menu.actions() if a.text() == "&About qcode…")
    about.trigger()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is not None)
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _sqlcipher_version() -> str:
    """Asked of sqlcipher3 here, not through qcode."""
    cipher = pytest.importorskip("sqlcipher3.dbapi2")
    connection = cipher.connect(":memory:")
    try:
        version = connection.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        connection.close()
    return f"{version} (SQLite {cipher.sqlite_version})"


def test_about_shows_version_licence_and_the_libraries_in_use(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _open_about(window, qtbot)
    assert f"qcode {qcode.__version__}" in dialog.title.text()
    assert "GPL-3.0-or-later" in dialog.licence.text()
    shown = {name: label.text() for name, label in dialog.version_labels.items()}
    assert shown == {
        "Python": platform.python_version(),
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "spaCy": metadata.version("spacy"),
        "SQLite": sqlite3.sqlite_version,
        "SQLCipher": _sqlcipher_version(),
    }
    # Not a bundle: no notices file, and the dialog says where they come from.
    assert "not from an app bundle" in dialog.notices.toPlainText()


def test_copy_versions_puts_them_on_the_clipboard(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _open_about(window, qtbot)
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == f"qcode {qcode.__version__}"
    assert f"Qt {qVersion()}" in copied and f"PySide6 {PySide6.__version__}" in copied
    assert copied[-1].startswith("(Python installation, ")


def test_about_in_a_bundle_shows_its_third_party_notices(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inside = tmp_path / "bundle" / "_internal"
    inside.mkdir(parents=True)
    notices = "qcode 0.1.0: third-party notices\n\nspacy 3.8.0  MIT\n汉字 and 𠮷 kept\n"
    (inside / NOTICES).write_text(notices, encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(inside), raising=False)
    dialog = _open_about(window, qtbot)
    assert dialog.notices.toPlainText() == notices
    assert dialog.notices.isReadOnly()
    assert dialog.versions_text().splitlines()[-1].startswith("(app bundle, ")


def test_the_app_has_qcodes_icon_at_every_size(qtbot: QtBot) -> None:
    icon = application_icon()
    sizes = sorted(size.width() for size in icon.availableSizes())
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    assert not icon.pixmap(32, 32).isNull()
