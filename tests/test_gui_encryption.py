"""Encrypted projects in the app: the passphrase is asked when one is opened
(again after a wrong one), File ▸ New encrypted project… and File ▸ Encrypt
this project…, and the suggestion worker opening the file itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")
pytest.importorskip("sqlcipher3.dbapi2")

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from qcode.analysis.suggestions.worker import WorkerSuggestions
from qcode.core.project import Project
from qcode.gui.app import App, open_project
from qcode.gui.main_window import MainWindow
from qcode.gui.privacy import passphrase_dialog
from qcode.gui.privacy.passphrase_dialog import NewPassphraseDialog
from qcode.gui.suggestions.trainer import SuggestionFinder
from qcode.io.base import ImportedDocument
from qcode.settings import Settings

pytestmark = pytest.mark.gui

PASSPHRASE = "correct horse battery staple"
TEXT = "Interviewer: Who saw it?\nGulnara: Zhang Wei saw it.\n"
SQLITE_HEADER = b"SQLite format 3\x00"


class Asked:
    """Stands in for the passphrase prompt: answers in turn, records the prompts."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: str | None) -> None:
        self.answers = list(answers)
        self.problems: list[str] = []
        self.paths: list[Path] = []
        monkeypatch.setattr(passphrase_dialog, "ask_passphrase", self)

    def __call__(self, parent: object, path: Path, problem: str = "") -> str | None:
        self.paths.append(path)
        self.problems.append(problem)
        return self.answers.pop(0)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.qcode"
    with Project.create(path, coder="Amina", passphrase=PASSPHRASE) as project:
        project.add_documents([ImportedDocument("Gulnara", TEXT, "g.txt", "text")])
    return path


def test_opening_an_encrypted_project_asks_its_passphrase(
    secret: Path, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    asked = Asked(monkeypatch, PASSPHRASE)
    project = open_project(secret, "Amina")
    assert project is not None
    with project:
        assert project.encrypted
        assert [d.name for d in project.documents()] == ["Gulnara"]
    assert asked.paths == [secret]
    assert warnings == []


def test_a_wrong_passphrase_asks_again_and_cancel_gives_up(
    secret: Path, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    asked = Asked(monkeypatch, "correct horse battery stable", PASSPHRASE)
    project = open_project(secret, "Amina")
    assert project is not None
    project.close()
    assert asked.problems[0] == ""
    assert asked.problems[1].startswith("Wrong passphrase")
    asked = Asked(monkeypatch, "not it at all", None)
    assert open_project(secret, "Amina") is None
    assert len(asked.problems) == 2
    assert warnings == []  # cancelling is not an error


def test_a_plain_project_opens_without_asking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = Asked(monkeypatch)
    Project.create(tmp_path / "plain.qcode").close()
    project = open_project(tmp_path / "plain.qcode", "Amina")
    assert project is not None and not project.encrypted
    project.close()
    assert asked.paths == []


def test_a_new_passphrase_must_be_typed_twice_and_long_enough(qtbot: QtBot) -> None:
    dialog = NewPassphraseDialog(None, "Encrypt this project", "Why it matters.")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.first, "short")
    assert not ok.isEnabled() and "at least 8 characters" in dialog.problem.text()
    dialog.first.setText(PASSPHRASE)
    qtbot.keyClicks(dialog.second, PASSPHRASE[:-1])
    assert not ok.isEnabled() and dialog.problem.text() == "The two passphrases differ."
    qtbot.keyClicks(dialog.second, PASSPHRASE[-1])
    assert ok.isEnabled() and dialog.problem.text() == ""
    assert dialog.passphrase() == PASSPHRASE


def menu_action(window: QMainWindow, text: str) -> Any:
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> App:
    controller = App(Settings(tmp_path / "config"))
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    project.add_documents([ImportedDocument("Gulnara", TEXT, "g.txt", "text")])
    controller.show(project)
    assert isinstance(controller.window, MainWindow)
    qtbot.addWidget(controller.window)
    return controller


def current(app: App) -> MainWindow:
    assert isinstance(app.window, MainWindow)
    return app.window


def test_encrypt_this_project_from_the_menu(
    app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    messages: list[str] = []

    def ask_new(parent: object, title: str, message: str) -> str:
        messages.append(message)
        return PASSPHRASE

    monkeypatch.setattr(passphrase_dialog, "ask_new_passphrase", ask_new)
    before = current(app)
    path = before.project.path
    assert "encrypted" not in before.windowTitle()
    menu_action(before, "Encrypt this project…").trigger()
    after = current(app)
    qtbot.addWidget(after)
    assert after is not before and not before.isVisible()
    assert "may still be readable on this disk" in messages[0]
    assert warnings == []
    assert after.project.encrypted and after.project.path == path
    assert "🔒" in after.windowTitle()
    assert [d.name for d in after.project.documents()] == ["Gulnara"]
    data = path.read_bytes()
    assert not data.startswith(SQLITE_HEADER) and b"Zhang Wei" not in data
    # And the encrypted project is edited as before.
    after.session.edit(lambda: after.project.create_code("Witnesses"))
    assert after.project.code("Witnesses").name == "Witnesses"


def test_cancelling_the_encryption_changes_nothing(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(passphrase_dialog, "ask_new_passphrase", lambda *args: None)
    window = current(app)
    menu_action(window, "Encrypt this project…").trigger()
    assert current(app) is window
    assert not window.project.encrypted
    assert window.project.documents()[0].name == "Gulnara"  # still open
    assert window.project.path.read_bytes().startswith(SQLITE_HEADER)


def test_new_encrypted_project_from_the_menu(
    app: App, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "fresh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr(passphrase_dialog, "ask_new_passphrase", lambda *args: PASSPHRASE)
    menu_action(current(app), "New encrypted project…").trigger()
    window = current(app)
    qtbot.addWidget(window)
    assert window.project.path == tmp_path / "fresh.qcode"
    assert window.project.encrypted
    assert not window.project.path.read_bytes().startswith(SQLITE_HEADER)


def documents_in_worker(path: str, *args: object, passphrase: str | None = None) -> Any:
    """Runs in the worker process: opens the project as suggest_in_worker does."""
    with Project.open(path, read_only=True, passphrase=passphrase) as project:
        return WorkerSuggestions([], False, len(project.documents()), "", False, None)


def test_the_suggestion_worker_opens_an_encrypted_project(qtbot: QtBot, secret: Path) -> None:
    with Project.open(secret, passphrase=PASSPHRASE) as project:
        finder = SuggestionFinder(project, job=documents_in_worker)
        try:
            with qtbot.waitSignal(finder.found, timeout=60_000) as found:
                finder.find(1, ["keywords"], "blank", "sentence", False, None)
            assert found.args[0].coded_units == 1  # the one document, read over there
        finally:
            finder.shutdown()


def test_merging_an_encrypted_copy_into_a_plain_project_asks_its_passphrase(
    qtbot: QtBot,
    tmp_path: Path,
    secret: Path,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Project.open(secret, passphrase=PASSPHRASE) as coded:
        (document,) = coded.documents()
        coded.apply_code(document, "Witness", 34, 43, create=True)  # "Zhang Wei"
    lead = tmp_path / "lead.qcode"
    Project.create(lead, coder="Amina").close()
    window = MainWindow(Project.open(lead, coder="Amina"), Settings(tmp_path / "config"))
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(secret)], ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    asked = Asked(monkeypatch, "not the passphrase", PASSPHRASE)
    next(a for a in window.findChildren(QAction) if a.text() == "Mer&ge project…").trigger()

    assert asked.paths == [secret, secret]
    assert asked.problems[1] == "Wrong passphrase. "
    (segment,) = window.session.project.segments(window.session.project.codings())
    assert (segment.code_path, segment.text) == ("Witness", "Zhang Wei")
    assert warnings == []


def test_cancelling_the_passphrase_merges_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    secret: Path,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lead = tmp_path / "lead.qcode"
    Project.create(lead, coder="Amina").close()
    window = MainWindow(Project.open(lead, coder="Amina"), Settings(tmp_path / "config"))
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(secret)], ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    Asked(monkeypatch, None)
    next(a for a in window.findChildren(QAction) if a.text() == "Mer&ge project…").trigger()

    assert window.session.project.documents() == []
    assert warnings and "secret.qcode was not merged" in warnings[0]


@pytest.fixture
def secret_app(qtbot: QtBot, tmp_path: Path, secret: Path) -> App:
    controller = App(Settings(tmp_path / "config"))
    controller.show(Project.open(secret, coder="Amina", passphrase=PASSPHRASE))
    assert isinstance(controller.window, MainWindow)
    qtbot.addWidget(controller.window)
    return controller


def test_change_the_passphrase_from_the_menu(
    secret_app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    new = "tiger lily harbour seven"
    Asked(monkeypatch, PASSPHRASE)  # the current passphrase, typed again
    monkeypatch.setattr(passphrase_dialog, "ask_new_passphrase", lambda *a: new)
    before = current(secret_app)
    path = before.project.path
    menu_action(before, "Change passphrase…").trigger()
    after = current(secret_app)
    qtbot.addWidget(after)
    assert warnings == []
    assert after is not before and after.project.encrypted and after.project.passphrase == new
    assert [d.name for d in after.project.documents()] == ["Gulnara"]
    after.close()
    after.project.close()
    with pytest.raises(passphrase_dialog.WrongPassphraseError):
        Project.open(path, read_only=True, passphrase=PASSPHRASE)


def test_a_wrong_current_passphrase_changes_nothing(
    secret_app: App, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    Asked(monkeypatch, "not the passphrase")
    asked_new: list[object] = []
    monkeypatch.setattr(passphrase_dialog, "ask_new_passphrase", lambda *a: asked_new.append(a))
    window = current(secret_app)
    before = window.project.path.read_bytes()
    menu_action(window, "Change passphrase…").trigger()
    assert current(secret_app) is window and asked_new == []
    assert warnings == ["That is not the current passphrase; nothing was done."]
    assert window.project.path.read_bytes() == before


def test_decrypt_from_the_menu_after_a_warning(
    secret_app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def warning(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        shown.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", warning)
    Asked(monkeypatch, PASSPHRASE)
    before = current(secret_app)
    path = before.project.path
    menu_action(before, "Decrypt this project…").trigger()
    after = current(secret_app)
    qtbot.addWidget(after)
    assert "anyone who has it can read" in shown[0]
    assert not after.project.encrypted
    assert "🔒" not in after.windowTitle()
    assert path.read_bytes().startswith(SQLITE_HEADER)
    assert [d.name for d in after.project.documents()] == ["Gulnara"]


def test_declining_the_decrypt_warning_changes_nothing(
    secret_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    asked = Asked(monkeypatch)
    window = current(secret_app)
    before = window.project.path.read_bytes()
    menu_action(window, "Decrypt this project…").trigger()
    assert current(secret_app) is window and asked.paths == []
    assert window.project.path.read_bytes() == before
