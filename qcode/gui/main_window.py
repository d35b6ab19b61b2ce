"""The main window: documents on the left, the text in the middle, the
codebook on the right, coded segments and search below; menus for
everything, with the usual shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QUndoView,
    QWidget,
)

from qcode.analysis.filters import Filters
from qcode.core.project import Project
from qcode.gui.codebook.panel import CodebookPanel
from qcode.gui.coding.document_view import DocumentView
from qcode.gui.coding.search_panel import SearchPanel
from qcode.gui.coding.segments_panel import SegmentsPanel
from qcode.gui.documents.panel import DocumentsPanel
from qcode.gui.evidence import install_menus as install_evidence
from qcode.gui.exchange.imports import import_codebook, import_documents
from qcode.gui.file_menu import FileMenu
from qcode.gui.findings.case_dialogs import assign
from qcode.gui.findings.cases_panel import CasesPanel
from qcode.gui.findings.coding_menu import CodingFindings
from qcode.gui.findings.later import LaterRefresh
from qcode.gui.findings.speakers_panel import SpeakersPanel
from qcode.gui.i18n.menu import add_language_menu
from qcode.gui.media import install as install_media
from qcode.gui.session import Session
from qcode.gui.suggestions.panel import SuggestionsPanel
from qcode.gui.surveys.menus import install as install_surveys
from qcode.gui.undo import UndoController, redo_action, undo_action
from qcode.gui.widgets.dialogs import ask_coder_name
from qcode.gui.widgets.overrides import guarded
from qcode.model import Document, Member
from qcode.settings import Settings

ALL_CODERS = QT_TRANSLATE_NOOP("MainWindow", "All coders")  # shown via self.tr


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
        self.speakers = SpeakersPanel(self.session, self)
        self.cases = CasesPanel(self.session, self)
        self.history = QUndoView(self.undo.stack, self)
        self.history.setEmptyLabel(self.tr("(project as opened)"))
        self.history.setAccessibleName(self.tr("Edit history"))
        self.docks = {
            "documents": self._dock(
                self.tr("Documents"), self.documents, Qt.DockWidgetArea.LeftDockWidgetArea
            ),
            "codebook": self._dock(
                self.tr("Codebook"), self.codebook, Qt.DockWidgetArea.RightDockWidgetArea
            ),
            "segments": self._dock(
                self.tr("Coded segments"), self.segments, Qt.DockWidgetArea.BottomDockWidgetArea
            ),
            "search": self._dock(
                self.tr("Search"), self.search, Qt.DockWidgetArea.BottomDockWidgetArea
            ),
            "suggestions": self._dock(
                self.tr("Suggestions"), self.suggestions, Qt.DockWidgetArea.BottomDockWidgetArea
            ),
            "history": self._dock(
                self.tr("History"), self.history, Qt.DockWidgetArea.LeftDockWidgetArea
            ),
            "speakers": self._dock(
                self.tr("Speakers"), self.speakers, Qt.DockWidgetArea.LeftDockWidgetArea
            ),
            "cases": self._dock(self.tr("Cases"), self.cases, Qt.DockWidgetArea.LeftDockWidgetArea),
        }
        self.cases.follow_dock(self.docks["cases"])  # 50,000 respondents: read when raised
        self.tabifyDockWidget(self.docks["segments"], self.docks["search"])
        self.tabifyDockWidget(self.docks["search"], self.docks["suggestions"])
        self.docks["suggestions"].visibilityChanged.connect(
            lambda visible: visible and QTimer.singleShot(0, self.suggestions.on_raised)
        )
        self.docks["segments"].raise_()
        self.tabifyDockWidget(self.docks["documents"], self.docks["history"])
        self.tabifyDockWidget(self.docks["history"], self.docks["speakers"])
        self.tabifyDockWidget(self.docks["speakers"], self.docks["cases"])
        self.docks["documents"].raise_()
        self.coder_filter = QComboBox(self)
        self.coder_filter.setAccessibleName(self.tr("Show codings by"))
        self.coder_filter.currentTextChanged.connect(self._on_coder_filter_chosen)
        self.reports: QWidget | None = None  # the Reports window, made on first use
        self._wire_findings()
        self._make_menus()
        install_evidence(self)  # provenance, verify, corrections, participants
        install_media(self)  # the player under the text, linking, transcribing
        install_surveys(self)  # View ▸ Survey answers…, the answers table
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
        if self.documents.model.rowCount():  # the first listed (read once, by the panel)
            self.session.open_document(self.documents.model.document(0))

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{type(widget).__name__}Dock")  # untranslated, stable
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
        self.file_menu = FileMenu(
            self,
            bar.addMenu(self.tr("&File")),
            self.session,
            self.settings,
            self._let_go,
            self._shown_report_filters,
        )
        self.file_menu.openRequested.connect(self.openRequested.emit)
        self.file_menu.newRequested.connect(self.newRequested.emit)
        self.file_menu.projectOpened.connect(self.projectOpened.emit)
        self.import_action = self.file_menu.import_action

        edit = bar.addMenu(self.tr("&Edit"))
        undo = undo_action(self.undo.stack, self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = redo_action(self.undo.stack, self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action, self.redo_action = undo, redo
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        find = self._action(
            self.tr("&Find in documents…"), self._on_find, QKeySequence.StandardKey.Find
        )
        edit.addAction(find)

        coding = bar.addMenu(self.tr("&Coding"))
        view = self.document_view
        for action in (view.code_as_action, view.in_vivo_action):
            coding.addAction(action)
        favourites = coding.addMenu(self.tr("Favourite codes (keys 1–9)"))
        for action in view.favourite_actions:
            favourites.addAction(action)
        coding.addSeparator()
        coding.addAction(self._action(self.tr("Set my coder &name…"), self._on_set_coder))

        codes = bar.addMenu(self.tr("C&odes"))
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
        codes.addAction(self._action(self.tr("Code &memo…"), self._on_code_memo))

        documents = bar.addMenu(self.tr("&Documents"))
        documents.addAction(self.import_action)
        for name in ("rename_action", "delete_action", "attributes_action", "memo_action"):
            action = getattr(self.documents, name, None)
            if action is not None:
                documents.addAction(action)

        window = bar.addMenu(self.tr("&View"))
        for dock in self.docks.values():
            window.addAction(dock.toggleViewAction())
        window.addSeparator()
        window.addAction(self._action(self.tr("&Reports"), self._on_reports, "Ctrl+R"))
        window.addAction(self._action(self.tr("Inter-coder &agreement…"), self._on_agreement))
        window.addSeparator()
        add_language_menu(self, window, self.settings)  # applies at the next start

        analyse = bar.addMenu(self.tr("&Analyse"))
        analyse.addAction(self._action(self.tr("&Query…"), self._on_query, "Ctrl+Shift+Q"))
        analyse.addAction(self._action(self.tr("&Framework matrix…"), self._on_framework))
        analyse.addAction(self._action(self.tr("&Corroboration…"), self._on_corroboration))
        analyse.addSeparator()
        analyse.addAction(self._action(self.tr("&Speakers"), lambda: self._show_dock("speakers")))
        analyse.addAction(self._action(self.tr("C&ases"), lambda: self._show_dock("cases")))
        analyse.addAction(self._action(self.tr("Source &grades…"), self._on_grades))

        privacy = bar.addMenu(self.tr("&Privacy"))
        privacy.addAction(self._action(self.tr("&Pseudonyms…"), self._on_pseudonyms))
        privacy.addAction(
            self._action(self.tr("Find &identifying details…"), self._on_find_identifiers)
        )
        privacy.addSeparator()
        privacy.addAction(self._action(self.tr("&Redact documents permanently…"), self._on_redact))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self._on_shortcuts, "F1"))
        help_menu.addAction(self._action(self.tr("&About qcode…"), self._on_about))

    def _wire_findings(self) -> None:
        """Findings add to the text view's highlight menu and tooltip and to
        the Documents panel's menu (those panels know nothing of findings)."""
        self.coding_findings = CodingFindings(self.session, self)
        self.document_view.coding_menu_hooks.append(self.coding_findings.add_actions)
        self.document_view.coding_tip_hooks.append(self.coding_findings.tip)
        self.documents.context_menu_hooks.append(self._add_document_case_action)

    def _add_document_case_action(self, menu: QMenu, documents: list[Document]) -> None:
        if not documents:
            return
        what = (
            f"'{documents[0].name}'"
            if len(documents) == 1
            else self.tr("{n_documents} documents").format(n_documents=len(documents))
        )
        members = [Member(document_id=document.id) for document in documents]
        menu.addAction(
            self.tr("Assign to case…"), lambda: assign(self.session, members, what, None, self)
        )

    def _show_dock(self, name: str) -> None:
        self.docks[name].show()
        self.docks[name].raise_()

    def _on_query(self) -> None:
        from qcode.gui.findings.query_window import show_query_window

        show_query_window(self, self.session)  # kept as self.query_window

    def _on_framework(self) -> None:
        from qcode.gui.findings.framework_window import show_framework_window

        show_framework_window(self, self.session)  # kept as self.framework

    def _on_corroboration(self) -> None:
        from qcode.gui.findings.corroboration_window import show_corroboration_window

        show_corroboration_window(self, self.session)  # kept as self.corroboration

    def _on_grades(self) -> None:
        from qcode.gui.findings.grades_dialog import define_grades

        define_grades(self.session, self)

    def _on_pseudonyms(self) -> None:
        from qcode.gui.privacy.pseudonyms_panel import show_pseudonyms

        show_pseudonyms(self.session, self)

    def _on_find_identifiers(self) -> None:
        from qcode.gui.privacy.identifiers_dialog import show_identifiers_dialog

        show_identifiers_dialog(self.session, self)

    def _on_redact(self) -> None:
        from qcode.gui.privacy.redaction_dialog import show_redaction_dialog

        show_redaction_dialog(self.session, self)

    def _make_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Coding"))
        toolbar.setObjectName("Coding toolbar")
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        self.document_view.code_as_action.setIconText(self.tr("Code as…"))
        self.document_view.in_vivo_action.setIconText(self.tr("In vivo"))
        toolbar.addAction(self.document_view.code_as_action)
        toolbar.addAction(self.document_view.in_vivo_action)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr(" Show codings by: "), self))
        toolbar.addWidget(self.coder_filter)

    # -- state shown -----------------------------------------------------------------------

    def _update_title(self) -> None:
        flag = self.tr(" [read-only]") if self.project.read_only else ""
        flag += self.tr(" 🔒 [encrypted]") if self.project.encrypted else ""
        self.setWindowTitle(
            self.tr("{name} ({file}){flag} — qcode").format(
                name=self.project.name, file=self.project.path.name, flag=flag
            )
        )

    def _refresh_coders(self) -> None:
        all_coders = self.tr(ALL_CODERS)
        names = [all_coders, *(coder.name for coder in self.project.coders())]
        if names != [self.coder_filter.itemText(i) for i in range(self.coder_filter.count())]:
            current = self.session.coder_filter or all_coders
            self.coder_filter.blockSignals(True)
            self.coder_filter.clear()
            self.coder_filter.addItems(names)
            self.coder_filter.setCurrentText(current if current in names else all_coders)
            self.coder_filter.blockSignals(False)
        self.coder_label.setText(
            self.tr("Coding as: {coder_name}  ").format(coder_name=self.project.coder_name)
        )

    def _on_coder_filter_chosen(self, text: str) -> None:
        self.session.set_coder_filter(None if text in ("", self.tr(ALL_CODERS)) else text)

    def _on_error(self, message: str) -> None:
        QMessageBox.warning(self, "qcode", message)

    def _on_segments_requested(self, code: object, include_subcodes: bool) -> None:
        self.segments.show_code(code, include_subcodes)  # type: ignore[arg-type]
        self.docks["segments"].show()
        self.docks["segments"].raise_()

    # -- windows and dialogs -----------------------------------------------------------------

    def _shown_report_filters(self) -> Filters | None:
        """The filters of the Reports window when it is open, else None."""
        reports = self.reports
        return getattr(reports, "filters", None) if reports and reports.isVisible() else None

    def _on_reports(self) -> None:
        from qcode.gui.reports.window import ReportsWindow  # QtCharts only when asked

        if self.reports is None:
            self.reports = ReportsWindow(self.session, self)
        self.reports.show()
        self.reports.raise_()
        self.reports.activateWindow()

    def _on_agreement(self) -> None:
        from qcode.gui.team.agreement_window import show_agreement_window

        show_agreement_window(self, self.session)  # kept as self.agreement

    def _on_code_memo(self) -> None:
        from qcode.gui.coding.memo_dialog import edit_memos

        code = self.codebook.current_code()
        if code is None:
            self.statusBar().showMessage(self.tr("Select a code in the codebook first."), 6000)
            return
        edit_memos(
            self.session,
            "code",
            code.id,
            self.tr("Memo on code '{name}'").format(name=code.name),
            self,
        )

    def _on_find(self) -> None:
        self.docks["search"].show()
        self.docks["search"].raise_()
        self.search.focus_search()

    def _on_set_coder(self) -> None:
        name = ask_coder_name(self, self.project.coder_name)
        if name:
            self.settings.coder_name = name
            self.project.coder_name = name
            self._refresh_coders()

    def _on_shortcuts(self) -> None:
        lines = [
            self.tr(
                "Ctrl+O open project · Ctrl+Shift+I import documents · Ctrl+F find in documents"
            ),
            self.tr("Ctrl+K code selection as… · Ctrl+I code in vivo · 1–9 favourite codes"),
            self.tr("Ctrl+Z undo · Ctrl+Shift+Z redo · F2 rename · Delete remove"),
            self.tr("Ctrl+R reports · Ctrl+E export to Excel · Ctrl+Shift+Q query the coding"),
            self.tr(
                "Double-click a code to apply it to the selected text, "
                "or drag the text onto a code."
            ),
        ]
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    def _on_about(self) -> None:
        from qcode.gui.about_dialog import show_about

        show_about(self)

    # -- drag and drop of files onto the window ----------------------------------------------

    @guarded
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    @guarded
    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        for codebook in [p for p in paths if p.suffix.lower() == ".qdc"]:
            import_codebook(self.session, codebook, named=True)
        documents = [p for p in paths if p.suffix.lower() != ".qdc"]
        if documents:
            self.import_files(documents)

    def import_files(self, paths: list[Path]) -> None:
        """Import with a progress dialog; Cancel leaves the project as it was."""
        import_documents(self.session, self, paths)

    def _let_go(self) -> None:
        """Close the project file (safe twice): every edit is already on disk."""
        self.suggestions.shutdown()  # end the workers before letting go of the file
        self.media_player.shutdown()  # no playback thread outlives the window
        if self.reports is not None:
            self.reports.close()
        for name in ("framework", "query_window", "corroboration"):
            window = getattr(self, name, None)
            if isinstance(window, QWidget):
                window.close()  # the framework window saves a summary being written
        for later in self.findChildren(LaterRefresh):
            later.cancel()  # no view reads the project once it is closed
        self.project.close()

    @guarded
    def closeEvent(self, event: QCloseEvent) -> None:
        self._let_go()
        super().closeEvent(event)
