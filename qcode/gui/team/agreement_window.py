"""The Agreement window: how far coders agree, code by code and document by
document, with the places they disagree one double-click away.

On the left the choices (coders, unit, overlap threshold for coded segments,
documents) and Compute; on the right a tab per table, the Unmatched codings
for the segment unit, and the Compare tab (:mod:`qcode.gui.team.agreement_compare`)
that shows two coders' codings side by side.  The figures come from
:func:`qcode.analysis.agreement.compute_agreement`, the same as
``qcode agreement`` prints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.agreement.figures import Figures
from qcode.analysis.agreement.report import UNITS, AgreementReport, compute_agreement
from qcode.errors import QcodeError
from qcode.gui.exchange.exports import export_agreement
from qcode.gui.i18n.messages import error_text
from qcode.gui.i18n.plurals import number, sentence_list
from qcode.gui.session import Session
from qcode.gui.team.agreement_compare import CompareView
from qcode.gui.team.agreement_tables import (
    FIGURE_HEADERS,
    OVERALL,
    UNIT_NAMES,
    AgreementModel,
    Cell,
    figure_cells,
    fit_columns,
    make_table,
    name_cell,
)


class AgreementWindow(QMainWindow):
    """Inter-coder agreement for the open project."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: AgreementReport | None = None
        self.setWindowTitle(
            self.tr("Inter-coder agreement — {name} — qcode").format(name=session.project.name)
        )
        self.setAccessibleName(self.tr("Inter-coder agreement"))
        self._make_choices()
        self._make_results()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.choices)
        splitter.addWidget(self.results)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        self.setCentralWidget(splitter)
        self._make_menu()
        session.codingsChanged.connect(lambda _d, _c: self._on_project_changed())
        session.codesChanged.connect(lambda _ids: self._on_project_changed())
        session.documentsChanged.connect(lambda _ids: self._on_project_changed())
        self.refresh_choices()
        self.resize(1180, 760)

    # -- building ----------------------------------------------------------------------------

    def _make_choices(self) -> None:
        self.choices = QWidget(self)
        self.coders = QListWidget(self.choices)
        self.coders.setAccessibleName(self.tr("Coders to compare"))
        self.coders.setMaximumHeight(140)
        self.unit = QComboBox(self.choices)
        self.unit.setAccessibleName(self.tr("Unit"))
        for unit in UNITS:
            self.unit.addItem(
                QCoreApplication.translate("headers", UNIT_NAMES.get(unit, (unit, unit))[0]), unit
            )
        self.unit.setToolTip(
            self.tr(
                "What is compared: each character, each sentence or paragraph (coded "
                "when any of it is), or each coded segment matched by overlap"
            )
        )
        self.threshold = QDoubleSpinBox(self.choices)
        self.threshold.setAccessibleName(self.tr("Overlap threshold"))
        self.threshold.setRange(0.05, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(0.9)
        self.threshold.setToolTip(
            self.tr(
                "Two coded segments count as the same when their overlap divided by "
                "their union (IoU) is at least this"
            )
        )
        self.unit.currentIndexChanged.connect(lambda _index: self._on_unit_changed())
        self.every_document = QRadioButton(
            self.tr("Every document all chosen coders coded"), self.choices
        )
        self.chosen_documents = QRadioButton(
            self.tr("Only the documents ticked below"), self.choices
        )
        self.every_document.setChecked(True)
        self.documents = QListWidget(self.choices)
        self.documents.setAccessibleName(self.tr("Documents to compare"))
        self.chosen_documents.toggled.connect(self.documents.setEnabled)
        self.documents.setEnabled(False)
        self.compute_button = QPushButton(self.tr("&Compute"), self.choices)
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(lambda: self.compute())
        self.export_button = QPushButton(self.tr("Export to E&xcel…"), self.choices)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export_excel())
        form = QFormLayout()
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("IoU threshold:"), self.threshold)
        layout = QVBoxLayout(self.choices)
        layout.addWidget(QLabel(self.tr("Coders:"), self.choices))
        layout.addWidget(self.coders)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Documents:"), self.choices))
        layout.addWidget(self.every_document)
        layout.addWidget(self.chosen_documents)
        layout.addWidget(self.documents, 1)
        layout.addWidget(self.compute_button)
        layout.addWidget(self.export_button)
        self._on_unit_changed()

    def _make_results(self) -> None:
        self.results = QWidget(self)
        self.summary = QLabel(self.tr("Choose coders and press Compute."), self.results)
        self.summary.setWordWrap(True)
        self.problem = QLabel(self.results)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.tabs = QTabWidget(self.results)
        self.tabs.setAccessibleName(self.tr("Agreement"))
        self.tabs.setDocumentMode(True)
        self.code_table, self.code_model = make_table(self.tr("Agreement by code"), self.tabs)
        self.document_table, self.document_model = make_table(
            self.tr("Agreement by document"), self.tabs
        )
        self.unmatched_table, self.unmatched_model = make_table(
            self.tr("Unmatched codings"), self.tabs
        )
        self.compare = CompareView(self.session, self.tabs)
        self.tabs.addTab(self.code_table, self.tr("By code"))
        self.tabs.addTab(self.document_table, self.tr("By document"))
        self.tabs.addTab(self.unmatched_table, self.tr("Unmatched codings"))
        self.tabs.addTab(self.compare, self.tr("Compare"))
        self.tabs.setTabVisible(2, False)
        self.code_table.doubleClicked.connect(self._on_code_chosen)
        self.document_table.doubleClicked.connect(self._on_document_chosen)
        self.unmatched_table.doubleClicked.connect(self._on_unmatched_chosen)
        self.code_table.setToolTip(
            self.tr("Double-click a code to compare the coders side by side")
        )
        self.note = QLabel(self.results)
        self.note.setAccessibleName(self.tr("Excluded documents"))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self.results)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)

    def _make_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Agreement"))
        for text, shortcut, slot in (
            (self.tr("&Compute"), "Ctrl+Return", self.compute),
            (self.tr("&Export to Excel…"), "Ctrl+E", self.export_excel),
            (self.tr("C&lose"), QKeySequence.StandardKey.Close, self.close),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            menu.addAction(action)

    # -- choices -----------------------------------------------------------------------------

    def refresh_choices(self) -> None:
        """List the project's coders and documents, keeping what was ticked
        (the first two coders are ticked to begin with)."""
        project = self.session.project
        first = self.coders.count() == 0
        ticked = set(self.chosen_coders())
        names = [coder.name for coder in project.coders()]
        _fill(self.coders, names, lambda i, n: (i < 2) if first else n in ticked)
        chosen = set(self.chosen_document_names())
        names = [document.name for document in project.documents()]
        _fill(self.documents, names, lambda _i, n: n in chosen)

    def chosen_coders(self) -> list[str]:
        return _ticked(self.coders)

    def chosen_document_names(self) -> list[str]:
        return _ticked(self.documents)

    def set_coders(self, names: Sequence[str]) -> None:
        for row in range(self.coders.count()):
            item = self.coders.item(row)
            checked = item.text() in names
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_unit(self, unit: str) -> None:
        self.unit.setCurrentIndex(self.unit.findData(unit))

    def _on_unit_changed(self) -> None:
        self.threshold.setEnabled(self.unit.currentData() == "segment")

    def _on_project_changed(self) -> None:
        self.refresh_choices()
        if self.report is not None:
            self.note.setText(
                self._excluded_text(self.report)
                + self.tr(
                    "The project has changed since: press Compute to bring the figures up to date."
                )
            )
        self.compare.refresh()

    # -- computing ---------------------------------------------------------------------------

    def compute(self, coders: Sequence[str] | None = None) -> AgreementReport | None:
        """Work the figures out for the choices made (or ``coders``) and show them;
        a problem is shown above the tables."""
        coders = list(coders) if coders is not None else self.chosen_coders()
        if len(coders) < 2:
            self.show_problem(self.tr("Tick at least two coders to compare."))
            return None
        unit = str(self.unit.currentData())
        documents = None
        if self.chosen_documents.isChecked():
            documents = self.chosen_document_names()
            if not documents:
                self.show_problem(self.tr("Tick at least one document, or compare every document."))
                return None
        options: dict[str, Any] = {"unit": unit, "documents": documents}
        if unit == "segment":
            options["threshold"] = round(self.threshold.value(), 2)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = compute_agreement(self.session.project, coders, **options)
        except QcodeError as problem:
            self.show_problem(error_text(problem))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_problem("")
        self.show_report(report)
        return report

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def show_report(self, report: AgreementReport) -> None:
        self.report = report
        unit_name, unit_header = UNIT_NAMES.get(report.unit, (report.unit, report.unit))
        for model, heading, entries in (
            (
                self.code_model,
                self.tr("Code"),
                [(r.code, r.code_id, r.figures) for r in report.codes],
            ),
            (
                self.document_model,
                self.tr("Document"),
                [(r.document, r.document_id, r.figures) for r in report.by_document],
            ),
        ):
            listed: list[tuple[str, int | None, Figures]] = [
                (QCoreApplication.translate("headers", OVERALL), None, report.overall)
            ]
            listed += entries
            rows = [[name_cell(name), *figure_cells(f, report.unit)] for name, _, f in listed]
            keys = [key for _, key, _ in listed]
            model.set_table([heading, *FIGURE_HEADERS, unit_header], rows, keys, pinned=0)
        segment = report.unit == "segment"
        rows = [
            [
                name_cell(u.coder),
                name_cell(u.document),
                name_cell(u.code),
                Cell(f"{u.best_overlap:.2f}", u.best_overlap),
                Cell(" ".join(u.text.split()), u.text.casefold(), u.text, number=False),
            ]
            for u in report.unmatched
        ]
        self.unmatched_model.set_table(
            [
                self.tr("Coder"),
                self.tr("Document"),
                self.tr("Code"),
                self.tr("Best overlap"),
                self.tr("Text"),
            ],
            rows,
            report.unmatched,
        )
        self.tabs.setTabVisible(2, segment)
        self.tabs.setTabText(
            2,
            self.tr("Unmatched codings ({n_unmatched})").format(
                n_unmatched=number(len(report.unmatched))
            ),
        )
        for view, stretch in ((self.code_table, 0), (self.document_table, 0)):
            fit_columns(view, stretch)
        fit_columns(self.unmatched_table, 4)  # the text
        summary = self.tr(
            "{unit_name} compared between {coders}, in %Ln documents.", "", len(report.documents)
        ).format(unit_name=unit_name, coders=sentence_list(report.coders))
        if segment and report.threshold is not None:
            summary += self.tr(
                " Coded segments match when their overlap (IoU) is ≥ {threshold}."
            ).format(threshold=QLocale().toString(report.threshold, "f", 2))
        self.summary.setText(summary)
        self.note.setText(self._excluded_text(report))
        self.export_button.setEnabled(True)
        self.compare.set_choices(
            report.coders,
            [(row.document, row.document_id) for row in report.by_document],
            [(row.code, row.code_id) for row in report.codes],
        )

    @staticmethod
    def _excluded_text(report: AgreementReport) -> str:
        if not report.excluded_documents:
            return ""
        return QCoreApplication.translate(
            "AgreementWindow", "Not compared (not coded by every chosen coder): {names}. "
        ).format(names=sentence_list(report.excluded_documents))

    # -- going to the text -------------------------------------------------------------------

    def _key(self, view: QTableView, index: QModelIndex) -> Any:
        proxy = view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        model = proxy.sourceModel()
        assert isinstance(model, AgreementModel)
        return model.keys[proxy.mapToSource(index).row()] if index.isValid() else None

    def _on_code_chosen(self, index: QModelIndex) -> None:
        code_id = self._key(self.code_table, index)
        if code_id is not None:
            self.compare_code(code_id)

    def compare_code(self, code_id: int, document_id: int | None = None) -> None:
        """Show the Compare tab for a code, in ``document_id`` or else the first
        document where the coders disagree on it."""
        self.compare.compare(code_id, document_id)
        self.tabs.setCurrentWidget(self.compare)

    def _on_document_chosen(self, index: QModelIndex) -> None:
        document_id = self._key(self.document_table, index)
        code_id = self.compare.code_choice.currentData()
        if document_id is not None and code_id is not None:
            self.compare_code(code_id, document_id)

    def _on_unmatched_chosen(self, index: QModelIndex) -> None:
        unmatched = self._key(self.unmatched_table, index)
        if unmatched is None or self.report is None:
            return
        codes = {row.code: row.code_id for row in self.report.codes}
        documents = {row.document: row.document_id for row in self.report.by_document}
        if unmatched.code in codes and unmatched.document in documents:
            self.compare_code(codes[unmatched.code], documents[unmatched.document])
            self.compare.select_span(unmatched.start, unmatched.end)

    # -- export ------------------------------------------------------------------------------

    def export_excel(
        self, path: Path | None = None, pseudonymise: bool | None = None
    ) -> Path | None:
        """Write the figures on screen to an Excel workbook (``path`` None
        asks where; ``pseudonymise`` None asks whether to, when the project
        has pseudonyms).  A problem is shown above the tables."""
        if self.report is None:
            self.show_problem(self.tr("Press Compute first: there are no figures to export yet."))
            return None
        return export_agreement(
            self.session,
            self,
            self.report,
            path,
            pseudonymise,
            show_error=self.show_problem,
            show_status=lambda message: self.statusBar().showMessage(message, 10000),
        )


def _fill(widget: QListWidget, names: Sequence[str], ticked: Callable[[int, str], bool]) -> None:
    if names == [widget.item(i).text() for i in range(widget.count())]:
        return
    widget.clear()
    for index, name in enumerate(names):
        item = QListWidgetItem(name, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if ticked(index, name) else Qt.CheckState.Unchecked
        )


def _ticked(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).text()
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def show_agreement_window(owner: QWidget, session: Session) -> AgreementWindow:
    """Show ``owner``'s Agreement window, made on first use and kept as
    ``owner.agreement``."""
    window = getattr(owner, "agreement", None)
    if not isinstance(window, AgreementWindow):
        window = AgreementWindow(session, owner)
        owner.agreement = window  # type: ignore[attr-defined]
    window.show()
    window.raise_()
    window.activateWindow()
    return window
