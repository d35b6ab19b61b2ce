"""The main window's File menu: projects (new, open, encrypt, save a copy),
imports and exports, the project memo, merging and coder copies.

Each item hands over to the feature that does the work (:mod:`.exchange`,
:mod:`.privacy`, :mod:`.team`, :mod:`.coding`); what changes which project
the window shows goes back to the window as a signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from qcode.analysis.filters import Filters
from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text
from qcode.gui.session import Session
from qcode.settings import Settings

Shortcut = str | QKeySequence | QKeySequence.StandardKey | None


class FileMenu(QObject):
    """Fills ``menu`` with the File items of ``window``.

    ``let_go`` closes the project file (before encrypting it);
    ``report_filters`` are the filters of the Reports window when it is
    open (Export to Excel exports what it shows), else None.
    """

    openRequested = Signal(object)  # Path of a project to open instead
    newRequested = Signal(object)  # Path of a project to create
    projectOpened = Signal(object)  # a Project, already open, to show instead

    def __init__(
        self,
        window: QMainWindow,
        menu: QMenu,
        session: Session,
        settings: Settings,
        let_go: Callable[[], None],
        report_filters: Callable[[], Filters | None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.settings = settings
        self._let_go = let_go
        self._report_filters = report_filters
        self._fill(menu)

    def _action(self, text: str, slot: Callable[[], object], shortcut: Shortcut = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _fill(self, menu: QMenu) -> None:
        keys = QKeySequence.StandardKey
        menu.addAction(self._action(self.tr("&New project…"), self._on_new, keys.New))
        menu.addAction(self._action(self.tr("New encr&ypted project…"), self._on_new_encrypted))
        menu.addAction(self._action(self.tr("&Open project…"), self._on_open, keys.Open))
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addSeparator()
        self.import_action = self._action(
            self.tr("&Import documents…"), self._on_import, "Ctrl+Shift+I"
        )
        menu.addAction(self.import_action)
        menu.addAction(
            self._action(self.tr("Import sur&vey or spreadsheet…"), self._on_import_survey)
        )
        menu.addAction(self._action(self.tr("Import code&book (.qdc)…"), self._on_import_codebook))
        menu.addAction(self._action(self.tr("&Export codebook (.qdc)…"), self._on_export_codebook))
        menu.addAction(self._action(self.tr("Export to E&xcel…"), self._on_export_excel, "Ctrl+E"))
        menu.addAction(self._action(self.tr("Report in &Word or PDF…"), self._on_report))
        menu.addAction(
            self._action(self.tr("Import REFI-QDA pro&ject (.qdpx)…"), self._on_import_qdpx)
        )
        menu.addAction(
            self._action(self.tr("Export REFI-QDA projec&t (.qdpx)…"), self._on_export_qdpx)
        )
        menu.addSeparator()
        menu.addAction(self._action(self.tr("Project &memo…"), self._on_project_memo))
        menu.addAction(self._action(self.tr("Save a &copy as…"), self._on_save_copy))
        menu.addAction(self._action(self.tr("Encry&pt this project…"), self._on_encrypt))
        menu.addAction(self._action(self.tr("Change pa&ssphrase…"), self._on_change_passphrase))
        menu.addAction(self._action(self.tr("&Decrypt this project…"), self._on_decrypt))
        menu.addSeparator()
        menu.addAction(self._action(self.tr("Mer&ge project…"), self._on_merge))
        menu.addAction(self._action(self.tr("Prepare coder cop&ies…"), self._on_coder_copies))
        menu.addSeparator()
        menu.addAction(self._action(self.tr("&Quit"), self.window.close, keys.Quit))

    # -- projects ----------------------------------------------------------------------------

    def _on_new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New project"),
            str(Path.home()),
            self.tr("qcode projects (*.qcode)"),
        )
        if path:
            self.newRequested.emit(Path(path if path.endswith(".qcode") else path + ".qcode"))

    def _on_new_encrypted(self) -> None:
        from qcode.gui.privacy.passphrase_dialog import new_encrypted_project

        created = new_encrypted_project(self.window, self.session.project.coder_name)
        if created is not None:
            self.projectOpened.emit(created)

    def _on_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open project"),
            str(self.session.project.path.parent),
            self.tr("qcode projects (*.qcode)"),
        )
        if path:
            self.openRequested.emit(Path(path))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_projects():
            self.recent_menu.addAction(str(path), lambda p=path: self.openRequested.emit(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _on_save_copy(self) -> None:
        project = self.session.project
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save a copy of the project"),
            str(Path.home() / self.tr("{stem} copy.qcode").format(stem=project.path.stem)),
            self.tr("qcode projects (*.qcode)"),
        )
        if path:
            try:
                project.backup_to(Path(path))
            except (OSError, QcodeError) as problem:
                self.session.error.emit(
                    self.tr("Could not save a copy: {problem}").format(problem=error_text(problem))
                )
            else:
                self.session.status.emit(self.tr("Saved a copy as {path}.").format(path=path))

    def _on_encrypt(self) -> None:
        from qcode.gui.privacy.passphrase_dialog import encrypt_this_project

        reopened = encrypt_this_project(self.window, self.session.project, self._let_go)
        if reopened is not None:
            self.projectOpened.emit(reopened)

    def _on_change_passphrase(self) -> None:
        from qcode.gui.privacy.passphrase_dialog import change_this_passphrase

        reopened = change_this_passphrase(self.window, self.session.project, self._let_go)
        if reopened is not None:
            self.projectOpened.emit(reopened)

    def _on_decrypt(self) -> None:
        from qcode.gui.privacy.passphrase_dialog import decrypt_this_project

        reopened = decrypt_this_project(self.window, self.session.project, self._let_go)
        if reopened is not None:
            self.projectOpened.emit(reopened)

    def _on_project_memo(self) -> None:
        from qcode.gui.coding.memo_dialog import edit_memos

        edit_memos(self.session, "project", None, self.tr("Project memo"), self.window)

    # -- imports and exports -----------------------------------------------------------------

    def _on_import(self) -> None:
        from qcode.gui.exchange.imports import ask_and_import_documents

        ask_and_import_documents(self.session, self.window)

    def _on_import_survey(self) -> None:
        from qcode.gui.surveys.import_dialog import ask_and_import_survey

        ask_and_import_survey(self.session, self.window)

    def _on_import_codebook(self) -> None:
        from qcode.gui.exchange.imports import ask_and_import_codebook

        ask_and_import_codebook(self.session, self.window)

    def _on_import_qdpx(self) -> None:
        from qcode.gui.exchange.imports import import_qdpx_dialog

        import_qdpx_dialog(self.session, self.window, self.openRequested.emit)

    def _on_export_codebook(self) -> None:
        from qcode.gui.exchange.exports import export_codebook

        export_codebook(self.session, self.window)

    def _on_export_excel(self) -> None:
        from qcode.gui.exchange.exports import export_excel

        export_excel(self.session, self.window, self._report_filters())

    def _on_report(self) -> None:
        from qcode.gui.reports.report_dialog import open_report_dialog

        open_report_dialog(self.session, self.window, self._report_filters())

    def _on_export_qdpx(self) -> None:
        from qcode.gui.exchange.exports import export_qdpx

        export_qdpx(self.session, self.window)

    # -- the team ----------------------------------------------------------------------------

    def _on_merge(self) -> None:
        from qcode.gui.team.merge_dialog import merge_projects

        merge_projects(self.window, self.session)

    def _on_coder_copies(self) -> None:
        from qcode.gui.team.coder_copies_dialog import CoderCopiesDialog

        dialog = CoderCopiesDialog(self.session, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()
