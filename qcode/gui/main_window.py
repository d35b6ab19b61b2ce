"""The main window: documents on the left, the text in the middle, the
codebook on the right, coded segments and search below; menus for
everything, with the usual shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QUndoView,
    QWidget,
)

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.gui.codebook_panel import CodebookPanel
from qcode.gui.document_view import DocumentView
from qcode.gui.documents_panel import DocumentsPanel
from qcode.gui.search_panel import SearchPanel
from qcode.gui.segments_panel import SegmentsPanel
from qcode.gui.session import Session
from qcode.gui.suggestions_panel import SuggestionsPanel
from qcode.gui.undo import UndoController
from qcode.io.documents import SUPPORTED_SUFFIXES
from qcode.settings import Settings

ALL_CODERS = "All coders"


class MainWindow(QMainWindow):
    openRequested = Signal(object)  # Path of a project to open instead of this one
    newRequested = Signal(object)  # Path of a project to create
    projectOpened = Signal(object)  # a Project, already open, to show instead of this one

    def __init__(self, project: Project, settings: Settings) -> None:
        super().__init__()
        self.project = project
        self.settings = settings
        self.session = Session(project, settings)
        self.undo = UndoController(project, self)
        self.setAcceptDrops(True)
        self.document_view = DocumentView(self.session, self)
        self.setCentralWidget(self.document_view)
        self.documents = DocumentsPanel(self.session, self)
        self.codebook = CodebookPanel(self.session, self)
        self.segments = SegmentsPanel(self.session, self)
        self.search = SearchPanel(self.session, self)
        self.suggestions = SuggestionsPanel(self.session, self)
        self.history = QUndoView(self.undo.stack, self)
        self.history.setEmptyLabel("(project as opened)")
        self.history.setAccessibleName("Edit history")
        self.docks = {
            "documents": self._dock(
                "Documents", self.documents, Qt.DockWidgetArea.LeftDockWidgetArea
            ),
            "codebook": self._dock(
                "Codebook", self.codebook, Qt.DockWidgetArea.RightDockWidgetArea
            ),
            "segments": self._dock(
                "Coded segments", self.segments, Qt.DockWidgetArea.BottomDockWidgetArea
            ),
            "search": self._dock("Search", self.search, Qt.DockWidgetArea.BottomDockWidgetArea),
            "suggestions": self._dock(
                "Suggestions", self.suggestions, Qt.DockWidgetArea.BottomDockWidgetArea
            ),
            "history": self._dock("History", self.history, Qt.DockWidgetArea.LeftDockWidgetArea),
        }
        self.tabifyDockWidget(self.docks["segments"], self.docks["search"])
        self.tabifyDockWidget(self.docks["search"], self.docks["suggestions"])
        self.docks["suggestions"].visibilityChanged.connect(
            lambda visible: visible and QTimer.singleShot(0, self.suggestions.on_raised)
        )
        self.docks["segments"].raise_()
        self.tabifyDockWidget(self.docks["documents"], self.docks["history"])
        self.docks["documents"].raise_()
        self.coder_filter = QComboBox(self)
        self.coder_filter.setAccessibleName("Show codings by")
        self.coder_filter.currentTextChanged.connect(self._on_coder_filter_chosen)
        self.reports: QWidget | None = None  # the Reports window, made on first use
        self._make_menus()
        self._make_toolbar()
        self.coder_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.coder_label)
        self.session.error.connect(self._on_error)
        self.session.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.session.codingsChanged.connect(lambda _d, _c: self._refresh_coders())
        self.session.documentsChanged.connect(lambda _ids: self._update_title())
        self.undo.failed.connect(self._on_error)
        self.codebook.segmentsRequested.connect(self._on_segments_requested)
        self._refresh_coders()
        self._update_title()
        self.resize(1440, 900)
        self.resizeDocks(
            [self.docks["documents"], self.docks["codebook"]], [300, 340], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.docks["segments"]], [210], Qt.Orientation.Vertical)
        documents = project.documents()
        if documents:
            self.session.open_document(documents[0])

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- menus -------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        file.addAction(self._action("&New project…", self._on_new, QKeySequence.StandardKey.New))
        file.addAction(self._action("New encr&ypted project…", self._on_new_encrypted))
        file.addAction(self._action("&Open project…", self._on_open, QKeySequence.StandardKey.Open))
        self.recent_menu = file.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file.addSeparator()
        self.import_action = self._action("&Import documents…", self._on_import, "Ctrl+Shift+I")
        file.addAction(self.import_action)
        file.addAction(self._action("Import code&book (.qdc)…", self._on_import_codebook))
        file.addAction(self._action("&Export codebook (.qdc)…", self._on_export_codebook))
        file.addAction(self._action("Export to E&xcel…", self._on_export_excel, "Ctrl+E"))
        file.addAction(self._action("Import REFI-QDA pro&ject (.qdpx)…", self._on_import_qdpx))
        file.addAction(self._action("Export REFI-QDA projec&t (.qdpx)…", self._on_export_qdpx))
        file.addSeparator()
        file.addAction(self._action("Project &memo…", self._on_project_memo))
        file.addAction(self._action("Save a &copy as…", self._on_save_copy))
        file.addAction(self._action("Encry&pt this project…", self._on_encrypt))
        file.addSeparator()
        file.addAction(self._action("Mer&ge project…", self._on_merge))
        file.addAction(self._action("Prepare coder cop&ies…", self._on_coder_copies))
        file.addSeparator()
        file.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))

        edit = bar.addMenu("&Edit")
        undo = self.undo.stack.createUndoAction(self, "Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo.stack.createRedoAction(self, "Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action, self.redo_action = undo, redo
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        find = self._action("&Find in documents…", self._on_find, QKeySequence.StandardKey.Find)
        edit.addAction(find)

        coding = bar.addMenu("&Coding")
        view = self.document_view
        for action in (view.code_as_action, view.in_vivo_action):
            coding.addAction(action)
        favourites = coding.addMenu("Favourite codes (keys 1–9)")
        for action in view.favourite_actions:
            favourites.addAction(action)
        coding.addSeparator()
        coding.addAction(self._action("Set my coder &name…", self._on_set_coder))

        codes = bar.addMenu("C&odes")
        for name in (
            "new_code_action",
            "new_subcode_action",
            "rename_action",
            "recolor_action",
            "describe_action",
            "merge_action",
            "delete_action",
            "show_segments_action",
        ):
            action = getattr(self.codebook, name, None)
            if action is not None:
                codes.addAction(action)
        codes.addAction(self._action("Code &memo…", self._on_code_memo))

        documents = bar.addMenu("&Documents")
        documents.addAction(self.import_action)
        for name in ("rename_action", "delete_action", "attributes_action", "memo_action"):
            action = getattr(self.documents, name, None)
            if action is not None:
                documents.addAction(action)

        window = bar.addMenu("&View")
        for dock in self.docks.values():
            window.addAction(dock.toggleViewAction())
        window.addSeparator()
        window.addAction(self._action("&Reports", self._on_reports, "Ctrl+R"))
        window.addAction(self._action("Inter-coder &agreement…", self._on_agreement))

        privacy = bar.addMenu("&Privacy")
        privacy.addAction(self._action("&Pseudonyms…", self._on_pseudonyms))
        privacy.addAction(self._action("Find &identifying details…", self._on_find_identifiers))
        privacy.addSeparator()
        privacy.addAction(self._action("&Redact documents permanently…", self._on_redact))

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&Keyboard shortcuts", self._on_shortcuts, "F1"))
        help_menu.addAction(self._action("&About qcode", self._on_about))

    def _on_pseudonyms(self) -> None:
        from qcode.gui.pseudonyms_panel import show_pseudonyms

        show_pseudonyms(self.session, self)

    def _on_find_identifiers(self) -> None:
        from qcode.gui.identifiers_dialog import show_identifiers_dialog

        show_identifiers_dialog(self.session, self)

    def _on_redact(self) -> None:
        from qcode.gui.redaction_dialog import show_redaction_dialog

        show_redaction_dialog(self.session, self)

    def _make_toolbar(self) -> None:
        toolbar = self.addToolBar("Coding")
        toolbar.setObjectName("Coding toolbar")
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        self.document_view.code_as_action.setIconText("Code as…")
        self.document_view.in_vivo_action.setIconText("In vivo")
        toolbar.addAction(self.document_view.code_as_action)
        toolbar.addAction(self.document_view.in_vivo_action)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(" Show codings by: ", self))
        toolbar.addWidget(self.coder_filter)

    # -- state shown -----------------------------------------------------------------------

    def _update_title(self) -> None:
        flag = " [read-only]" if self.project.read_only else ""
        flag += " 🔒 [encrypted]" if self.project.encrypted else ""
        self.setWindowTitle(f"{self.project.name} ({self.project.path.name}){flag} — qcode")

    def _refresh_coders(self) -> None:
        names = [ALL_CODERS, *(coder.name for coder in self.project.coders())]
        if names != [self.coder_filter.itemText(i) for i in range(self.coder_filter.count())]:
            current = self.session.coder_filter or ALL_CODERS
            self.coder_filter.blockSignals(True)
            self.coder_filter.clear()
            self.coder_filter.addItems(names)
            self.coder_filter.setCurrentText(current if current in names else ALL_CODERS)
            self.coder_filter.blockSignals(False)
        self.coder_label.setText(f"Coding as: {self.project.coder_name}  ")

    def _on_coder_filter_chosen(self, text: str) -> None:
        self.session.set_coder_filter(None if text in ("", ALL_CODERS) else text)

    def _on_error(self, message: str) -> None:
        QMessageBox.warning(self, "qcode", message)

    def _on_segments_requested(self, code: object, include_subcodes: bool) -> None:
        self.segments.show_code(code, include_subcodes)  # type: ignore[arg-type]
        self.docks["segments"].show()
        self.docks["segments"].raise_()

    # -- file actions ------------------------------------------------------------------------

    def _on_new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "New project", str(Path.home()), "qcode projects (*.qcode)"
        )
        if path:
            self.newRequested.emit(Path(path if path.endswith(".qcode") else path + ".qcode"))

    def _on_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open project", str(self.project.path.parent), "qcode projects (*.qcode)"
        )
        if path:
            self.openRequested.emit(Path(path))

    def _on_new_encrypted(self) -> None:
        from qcode.gui.passphrase_dialog import new_encrypted_project

        created = new_encrypted_project(self, self.project.coder_name)
        if created is not None:
            self.projectOpened.emit(created)

    def _on_encrypt(self) -> None:
        from qcode.gui.passphrase_dialog import encrypt_this_project

        reopened = encrypt_this_project(self, self.project, self._let_go)
        if reopened is not None:
            self.projectOpened.emit(reopened)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_projects():
            self.recent_menu.addAction(str(path), lambda p=path: self.openRequested.emit(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("(none yet)").setEnabled(False)

    def _on_import(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import documents", str(Path.home()), f"Documents ({patterns})"
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        """Import with a progress dialog; Cancel leaves the project as it was."""
        progress = QProgressDialog("Importing…", "Cancel", 0, len(paths), self)
        progress.setWindowTitle("Import documents")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def report(index: int, count: int, name: str) -> bool:
            progress.setValue(index)
            progress.setLabelText(f"Importing {name} ({index + 1} of {count})…")
            return not progress.wasCanceled()

        warnings: list[str] = []
        added = self.session.edit(
            lambda: self.project.import_files(paths, progress=report, warnings=warnings)
        )
        progress.setValue(len(paths))
        progress.close()
        if added:
            self.session.open_document(added[0])
            self.statusBar().showMessage(f"Imported {len(added)} document(s).", 6000)
            if warnings:
                # What reading the files changed or guessed (bytes replaced by
                # U+FFFD, a legacy encoding): the researcher should check the source.
                shown = warnings[:20]  # the rest are counted
                if len(warnings) > len(shown):
                    shown.append(f"… and {len(warnings) - len(shown)} more")
                QMessageBox.warning(
                    self,
                    "Import report",
                    f"Imported {len(added)} document(s). Please check:\n\n" + "\n".join(shown),
                )

    def _on_import_codebook(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import codebook", str(Path.home()), "REFI-QDA codebooks (*.qdc *.qde)"
        )
        if path:
            result = self.session.edit(lambda: self.project.import_codebook(Path(path)))
            if result is not None:
                self.statusBar().showMessage(
                    f"{result.added} codes added, {result.matched} already there.", 6000
                )

    def _on_export_codebook(self, pseudonymise: bool | None = None) -> None:
        from qcode.export.qdc import export_codebook
        from qcode.gui.exchange import choose_pseudonymiser, suggested_name

        go_on, pseudonymiser = choose_pseudonymiser(
            self.session, self, "Export codebook", pseudonymise
        )
        if not go_on:
            return
        name = suggested_name(self.project, "", ".qdc", pseudonymiser is not None).name
        path, _ = QFileDialog.getSaveFileName(
            self, "Export codebook", str(Path.home() / name), "REFI-QDA codebook (*.qdc)"
        )
        if path:
            target = Path(path if path.lower().endswith(".qdc") else path + ".qdc")
            count = self.session.edit(lambda: export_codebook(self.project, target, pseudonymiser))
            if count is not None:
                checked = " Pseudonymised, and checked: no identifier is left in it."
                message = f"Wrote {count} codes to {target}.{checked if pseudonymiser else ''}"
                self.statusBar().showMessage(message, 6000)

    def _on_save_copy(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Save a copy of the project",
            str(Path.home() / f"{self.project.path.stem} copy.qcode"),
            "qcode projects (*.qcode)",
        )
        if path:
            try:
                self.project.backup_to(Path(path))
            except (OSError, QcodeError) as problem:
                self._on_error(f"Could not save a copy: {problem}")
            else:
                self.statusBar().showMessage(f"Saved a copy as {path}.", 6000)

    def _on_reports(self) -> None:
        from qcode.gui.reports_window import ReportsWindow  # QtCharts only when asked

        if self.reports is None:
            self.reports = ReportsWindow(self.session, self)
        self.reports.show()
        self.reports.raise_()
        self.reports.activateWindow()

    def _on_export_qdpx(self) -> None:
        from qcode.gui.exchange import export_qdpx_dialog

        export_qdpx_dialog(self.session, self)

    def _on_import_qdpx(self) -> None:
        from qcode.gui.exchange import import_qdpx_dialog

        import_qdpx_dialog(self.session, self, self.openRequested.emit)

    def _on_merge(self) -> None:
        from qcode.gui.merge_dialog import merge_projects

        merge_projects(self, self.session)

    def _on_coder_copies(self) -> None:
        from qcode.gui.coder_copies_dialog import CoderCopiesDialog

        dialog = CoderCopiesDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def _on_agreement(self) -> None:
        from qcode.gui.agreement_window import show_agreement_window

        show_agreement_window(self, self.session)  # kept as self.agreement

    def _on_export_excel(self) -> None:
        from qcode.gui.reports_window import export_excel

        # With the Reports window open, export what it shows; otherwise everything.
        reports = self.reports
        filters = getattr(reports, "filters", None) if reports and reports.isVisible() else None
        export_excel(self.session, self, filters)

    def _on_project_memo(self) -> None:
        from qcode.gui.memo_dialog import edit_memos

        edit_memos(self.session, "project", None, "Project memo", self)

    def _on_code_memo(self) -> None:
        from qcode.gui.memo_dialog import edit_memos

        code = self.codebook.current_code()
        if code is None:
            self.statusBar().showMessage("Select a code in the codebook first.", 6000)
            return
        edit_memos(self.session, "code", code.id, f"Memo on code '{code.name}'", self)

    def _on_find(self) -> None:
        self.docks["search"].show()
        self.docks["search"].raise_()
        self.search.focus_search()

    def _on_set_coder(self) -> None:
        from qcode.gui.app import ask_coder_name

        name = ask_coder_name(self, self.project.coder_name)
        if name:
            self.settings.coder_name = name
            self.project.coder_name = name
            self._refresh_coders()

    def _on_shortcuts(self) -> None:
        lines = [
            "Ctrl+O open project · Ctrl+Shift+I import documents · Ctrl+F find in documents",
            "Ctrl+K code selection as… · Ctrl+I code in vivo · 1–9 favourite codes",
            "Ctrl+Z undo · Ctrl+Shift+Z redo · F2 rename · Delete remove",
            "Ctrl+R reports · Ctrl+E export to Excel",
            "Double-click a code to apply it to the selected text, or drag the text onto a code.",
        ]
        QMessageBox.information(self, "Keyboard shortcuts", "\n".join(lines))

    def _on_about(self) -> None:
        from qcode import __version__

        QMessageBox.about(
            self,
            "About qcode",
            f"qcode {__version__}\nQualitative coding, fully offline. "
            "Your text never leaves this computer.",
        )

    # -- drag and drop of files onto the window ----------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        for codebook in [p for p in paths if p.suffix.lower() == ".qdc"]:
            result = self.session.edit(lambda c=codebook: self.project.import_codebook(c))
            if result is not None:
                self.statusBar().showMessage(
                    f"{codebook.name}: {result.added} codes added, {result.matched} already there.",
                    6000,
                )
        documents = [p for p in paths if p.suffix.lower() != ".qdc"]
        if documents:
            self.import_files(documents)

    def _let_go(self) -> None:
        """Close the project file (safe twice): every edit is already on disk."""
        self.suggestions.shutdown()  # end the workers before letting go of the file
        if self.reports is not None:
            self.reports.close()
        self.project.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._let_go()
        super().closeEvent(event)
