"""The Reports window: the project's figures as tables a researcher can
sort, filter, read through and take to Excel.

A filter bar on top (documents, attributes, codes, coders), a tab per
report below.  Only the tab on screen is worked out; when the project
changes, it is refreshed after a short pause (edits come in bursts), and the
other tabs when they are next shown.  Double-clicking a figure lists the
coded segments behind it; clicking a segment shows it in the main window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.filters import Filters
from qcode.errors import QcodeError
from qcode.gui.exchange.exports import export_excel, export_segments_csv
from qcode.gui.i18n.messages import error_text
from qcode.gui.reports.cases_tab import CaseMatrixTab
from qcode.gui.reports.filters import FilterBar
from qcode.gui.reports.segments import Drill, MemosTab, SegmentsDialog, SegmentsTab
from qcode.gui.reports.tabs import (
    BreakdownTab,
    CooccurrenceTab,
    CrosstabTab,
    FrequenciesTab,
    MatrixTab,
)
from qcode.gui.reports.words import WordsTab
from qcode.gui.session import Session

DEBOUNCE_MS = 300


class ReportsWindow(QMainWindow):
    """Reports on the open project, for the filters chosen in its filter bar."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Reports — {name} — qcode").format(name=session.project.name))
        self.setAccessibleName(self.tr("Reports"))
        self.filter_bar = FilterBar(session.project, self)
        self.filter_bar.applied.connect(self._on_filters_applied)
        self.filter_bar.failed.connect(session.error.emit)
        self.frequencies = FrequenciesTab(session, self)
        self.by_document = BreakdownTab(session, "document", self)
        self.by_coder = BreakdownTab(session, "coder", self)
        self.by_attribute = BreakdownTab(session, "attribute", self)
        self.matrix = MatrixTab(session, self)
        self.crosstab = CrosstabTab(session, self)
        self.by_case = CaseMatrixTab(session, self)
        self.cooccurrence = CooccurrenceTab(session, self)
        self.segments = SegmentsTab(session, self)
        self.memos = MemosTab(session, self)
        self.words = WordsTab(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Reports"))
        self.tabs.setDocumentMode(True)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, QCoreApplication.translate("reports", tab.title))
            tab.drillRequested.connect(self.show_segments)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current())
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.last_dialog: SegmentsDialog | None = None
        self._stale: set[QWidget] = set(self.all_tabs())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer)
        self._make_actions()
        session.codingsChanged.connect(lambda _d, _c: self._on_project_changed())
        session.codesChanged.connect(lambda _ids: self._on_project_changed())
        session.documentsChanged.connect(lambda _ids: self._on_project_changed())
        session.memosChanged.connect(self._on_memos_changed)
        session.casesChanged.connect(self._on_project_changed)
        session.speakersChanged.connect(self._on_project_changed)  # roles can filter
        session.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.resize(1280, 860)
        self._refresh_current()

    def all_tabs(self) -> list[QWidget]:
        return [
            self.frequencies,
            self.by_document,
            self.by_coder,
            self.by_attribute,
            self.matrix,
            self.crosstab,
            self.by_case,
            self.cooccurrence,
            self.segments,
            self.memos,
            self.words,
        ]

    @property
    def filters(self) -> Filters:
        return self.filter_bar.filters

    # -- actions -----------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.export_action = QAction(self.tr("&Export to Excel…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(
            self.tr("Write every report, with these filters, to an Excel workbook")
        )
        self.export_action.triggered.connect(lambda _checked=False: self.export_excel())
        self.csv_action = QAction(self.tr("Export coded &segments as CSV…"), self)
        self.csv_action.triggered.connect(lambda _checked=False: self.export_segments_csv())
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(lambda _checked=False: self.refresh_all())
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_action.triggered.connect(lambda _checked=False: self.close())
        menu = self.menuBar().addMenu(self.tr("&Report"))
        for action in (self.export_action, self.csv_action, self.refresh_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.close_action)
        toolbar = self.addToolBar(self.tr("Reports"))
        toolbar.setObjectName("Reports toolbar")
        toolbar.addAction(self.export_action)
        toolbar.addAction(self.csv_action)
        toolbar.addAction(self.refresh_action)

    def export_excel(
        self, path: Path | None = None, pseudonymise: bool | None = None
    ) -> Path | None:
        """Write every report, with the filters in use, to an Excel workbook
        (``path`` None asks where; ``pseudonymise`` None asks whether to)."""
        written = export_excel(self.session, self, self.filters, path, pseudonymise)
        if written is not None:
            self.statusBar().showMessage(
                self.tr("Wrote the workbook {written}.").format(written=written), 10000
            )
        return written

    def export_segments_csv(
        self, path: Path | None = None, pseudonymise: bool | None = None
    ) -> Path | None:
        """Write the coded segments in the filters to a CSV file (as for
        :meth:`export_excel`)."""
        return export_segments_csv(self.session, self, self.filters, path, pseudonymise)

    # -- refreshing ----------------------------------------------------------------------------

    def _on_filters_applied(self, _filters: Filters) -> None:
        self.refresh_all()

    def refresh_all(self) -> None:
        """Work every tab out again (the one on screen now, the others when shown)."""
        self._stale = set(self.all_tabs())
        self._refresh_current()

    def _on_project_changed(self) -> None:
        self._stale = set(self.all_tabs())
        self._timer.start()

    def _on_memos_changed(self) -> None:
        self._stale.update((self.memos, self.segments))
        self._timer.start()

    def _on_timer(self) -> None:
        self.filter_bar.refresh_choices()
        self.filter_bar.show_description()
        self._refresh_current()

    def _refresh_current(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is None or tab not in self._stale:
            return
        self._stale.discard(tab)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            tab.refresh(self.filters)  # type: ignore[attr-defined]
        except QcodeError as problem:
            self.session.error.emit(error_text(problem))
        finally:
            QGuiApplication.restoreOverrideCursor()

    def flush(self) -> None:
        """Refresh now what a pending change would refresh shortly (for tests)."""
        if self._timer.isActive():
            self._timer.stop()
            self._on_timer()

    # -- the segments behind a figure --------------------------------------------------------

    def show_segments(self, drill: Drill) -> SegmentsDialog:
        """List the segments behind ``drill`` in a small window (several may
        be open at once, to compare)."""
        dialog = SegmentsDialog(self.session, drill, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.show()
        return dialog
