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

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.filters import Filters
from qcode.errors import QcodeError
from qcode.gui.exchange import choose_pseudonymiser, suggested_name
from qcode.gui.export_flow import ask_save_path, write_with_progress
from qcode.gui.report_filters import FilterBar
from qcode.gui.report_segments import Drill, MemosTab, SegmentsDialog, SegmentsTab
from qcode.gui.report_tabs import (
    BreakdownTab,
    CooccurrenceTab,
    CrosstabTab,
    FrequenciesTab,
    MatrixTab,
)
from qcode.gui.report_words import WordsTab
from qcode.gui.session import Session

DEBOUNCE_MS = 300


def export_excel(
    session: Session,
    parent: QWidget,
    filters: Filters | None = None,
    path: Path | None = None,
    pseudonymise: bool | None = None,
) -> Path | None:
    """Ask where (unless ``path`` is given) and write every report to an
    Excel workbook, with a progress dialog whose Cancel leaves no file.
    ``pseudonymise`` None asks whether to (when the project has pseudonyms).
    Returns the path written, or None."""
    from qcode.export.xlsx import export_workbook

    project = session.project
    go_on, pseudonymiser = choose_pseudonymiser(session, parent, "Export to Excel", pseudonymise)
    if not go_on:
        return None
    if path is None:
        suggested = suggested_name(project, " report", ".xlsx", pseudonymiser is not None)
        path = ask_save_path(
            parent, "Export to Excel", suggested, "Excel workbooks (*.xlsx)", ".xlsx"
        )
        if path is None:
            return None
    target = path
    summary = write_with_progress(
        session,
        parent,
        "Export to Excel",
        "Writing the workbook…",
        target,
        lambda progress: export_workbook(
            project, target, filters or Filters(), progress, pseudonymiser=pseudonymiser
        ),
        cancelled="Export cancelled: no workbook was written.",
    )
    if summary is None:
        return None
    note = " Pseudonymised, and checked: no identifier is left in it." if pseudonymiser else ""
    session.status.emit(
        f"Wrote {len(summary.sheets)} sheets ({summary.segments:,} coded segments) to {path}.{note}"
    )
    return path


class ReportsWindow(QMainWindow):
    """Reports on the open project, for the filters chosen in its filter bar."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(f"Reports — {session.project.name} — qcode")
        self.setAccessibleName("Reports")
        self.filter_bar = FilterBar(session.project, self)
        self.filter_bar.applied.connect(self._on_filters_applied)
        self.filter_bar.failed.connect(session.error.emit)
        self.frequencies = FrequenciesTab(session, self)
        self.by_document = BreakdownTab(session, "document", self)
        self.by_coder = BreakdownTab(session, "coder", self)
        self.by_attribute = BreakdownTab(session, "attribute", self)
        self.matrix = MatrixTab(session, self)
        self.crosstab = CrosstabTab(session, self)
        self.cooccurrence = CooccurrenceTab(session, self)
        self.segments = SegmentsTab(session, self)
        self.memos = MemosTab(session, self)
        self.words = WordsTab(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Reports")
        self.tabs.setDocumentMode(True)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, tab.title)
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
        self.export_action = QAction("&Export to Excel…", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(
            "Write every report, with these filters, to an Excel workbook"
        )
        self.export_action.triggered.connect(lambda _checked=False: self.export_excel())
        self.csv_action = QAction("Export coded &segments as CSV…", self)
        self.csv_action.triggered.connect(lambda _checked=False: self.export_segments_csv())
        self.refresh_action = QAction("&Refresh", self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(lambda _checked=False: self.refresh_all())
        self.close_action = QAction("&Close", self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_action.triggered.connect(lambda _checked=False: self.close())
        menu = self.menuBar().addMenu("&Report")
        for action in (self.export_action, self.csv_action, self.refresh_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.close_action)
        toolbar = self.addToolBar("Reports")
        toolbar.setObjectName("Reports toolbar")
        toolbar.addAction(self.export_action)
        toolbar.addAction(self.csv_action)
        toolbar.addAction(self.refresh_action)

    def export_excel(
        self, path: Path | None = None, pseudonymise: bool | None = None
    ) -> Path | None:
        """Export every report with the filters in use (see :func:`export_excel`)."""
        written = export_excel(self.session, self, self.filters, path, pseudonymise)
        if written is not None:
            self.statusBar().showMessage(f"Wrote the workbook {written}.", 10000)
        return written

    def export_segments_csv(
        self, path: Path | None = None, pseudonymise: bool | None = None
    ) -> Path | None:
        """Write the coded segments in the filters to a CSV file
        (``pseudonymise``: as for :func:`export_excel`)."""
        from qcode.export.segments_csv import export_segments_csv

        project = self.session.project
        title = "Export coded segments as CSV"
        go_on, pseudonymiser = choose_pseudonymiser(self.session, self, title, pseudonymise)
        if not go_on:
            return None
        if path is None:
            suggested = suggested_name(project, " segments", ".csv", pseudonymiser is not None)
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Export coded segments as CSV", str(suggested), "CSV files (*.csv)"
            )
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".csv") else chosen + ".csv")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = export_segments_csv(project, path, self.filters, pseudonymiser)
        except QcodeError as problem:  # names the file already
            self.session.error.emit(str(problem))
            return None
        except OSError as problem:
            self.session.error.emit(f"Could not write {path.name}: {problem}")
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        message = f"Wrote {count:,} coded segments to {path}."
        if pseudonymiser is not None:
            message += " Pseudonymised, and checked: no identifier is left in it."
        self.statusBar().showMessage(message, 10000)
        self.session.status.emit(message)
        return path

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
            self.session.error.emit(str(problem))
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
