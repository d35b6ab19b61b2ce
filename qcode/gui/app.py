"""Starting the desktop app: which project to open, who is coding."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from qcode.core.encryption import is_encrypted
from qcode.core.project import Project, default_coder_name
from qcode.errors import ProjectLockedError, QcodeError
from qcode.gui.about_dialog import application_icon
from qcode.gui.error_hook import install_error_hook
from qcode.gui.i18n import chosen_language, install_translators
from qcode.gui.i18n.messages import error_text
from qcode.gui.widgets.dialogs import ask_coder_name
from qcode.settings import Settings, data_dir


def demo_project_path() -> Path:
    """The user's own copy of the demo project, built on first use."""
    path = data_dir() / "demo.qcode"
    if not path.exists():
        from qcode.demo import build_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        build_demo(path).close()
    return path


def open_project(
    path: Path, coder: str, parent: QWidget | None = None, create: bool = False
) -> Project | None:
    """Open (or create) a project; asks for an encrypted project's passphrase
    (again after a wrong one), and offers read-only when it is open elsewhere."""
    try:
        if create:
            return Project.create(path, coder=coder)
        if is_encrypted(path):
            from qcode.gui.privacy.passphrase_dialog import unlock

            return unlock(parent, path, lambda key: _open(path, coder, parent, key))
        return _open(path, coder, parent, None)
    except QcodeError as problem:
        QMessageBox.warning(parent, "qcode", error_text(problem))
    return None


def _open(path: Path, coder: str, parent: QWidget | None, passphrase: str | None) -> Project | None:
    try:
        return Project.open(path, coder=coder, passphrase=passphrase)
    except ProjectLockedError as locked:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("app", "Project in use"),
            QCoreApplication.translate(
                "app", "{locked}\n\nOpen it read-only (you can read and export, not change it)?"
            ).format(locked=error_text(locked)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            return Project.open(path, read_only=True, coder=coder, passphrase=passphrase)
    return None


class App:
    """Owns the one main window and swaps it when another project is opened."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.window: QWidget | None = None

    def show(self, project: Project) -> bool:
        """Show ``project`` in a new main window (False: it could not be read,
        e.g. a damaged file; the user was told, and it is closed again)."""
        from qcode.gui.main_window import MainWindow

        previous = self.window
        try:
            window = MainWindow(project, self.settings)
        except QcodeError as problem:
            project.close()
            QMessageBox.warning(self.window, "qcode", error_text(problem))
            return False
        window.openRequested.connect(lambda path: self._switch(path, create=False))
        window.newRequested.connect(lambda path: self._switch(path, create=True))
        window.projectOpened.connect(self.show)  # already open (e.g. encrypted just now)
        self.settings.add_recent_project(project.path)
        self.window = window
        window.show()
        if previous is not None:
            previous.close()
        return True

    def _switch(self, path: Path, *, create: bool) -> None:
        coder = self.settings.coder_name or default_coder_name()
        project = open_project(path, coder, self.window, create=create)
        if project is not None:
            self.show(project)


def run(path: str | None) -> int:
    """``qcode [PROJECT]``: open the app on PROJECT, the last project, or the demo."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("qcode")
    app.setDesktopFileName("org.qcode.qcode")  # Wayland: the desktop entry's icon and name
    app.setWindowIcon(application_icon())
    settings = Settings()
    # Before any window is made: every text is translated when its widget is.
    install_translators(app, chosen_language(settings.language))  # parented: kept alive
    install_error_hook()
    coder = settings.coder_name
    if coder is None:
        coder = ask_coder_name(None)
        if coder is None:
            return 0
        settings.coder_name = coder
    if path is not None:
        target = Path(path)
    else:
        recent = settings.recent_projects()
        try:
            target = recent[0] if recent else demo_project_path()
        except QcodeError as problem:
            print(f"qcode: error: {problem}", file=sys.stderr)
            return 1
    project = open_project(target, coder)
    if project is None:
        return 1
    controller = App(settings)
    if not controller.show(project):
        return 1
    return int(app.exec())
