"""File ▸ Report…: a report to hand in, as Word or PDF.

The dialog picks the sections, the format and the filters (the Reports
window's filter bar), and shows the outline: the headings the report will
have, as Word's navigation pane will list them.  Passages of participants
who did not consent to being quoted are left out, unless "Ignore consent
(own backup)" is ticked (off by default); the status message once written
says how many were left out and why.  Write… then takes the
report through the one export flow of the app
(:func:`~qcode.gui.exchange.export_flow.run_export`): the pseudonymise
question, the save dialog, progress with Cancel (which leaves no file),
and errors in one line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.filters import Filters
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.export.report import SECTIONS, ReportOptions, ReportSummary, outline
from qcode.gui.exchange.export_flow import IGNORE_CONSENT_LABEL, Export, run_export
from qcode.gui.reports.filters import FilterBar
from qcode.gui.session import Session

PREVIEW_MOST = 2_000  # headings listed in the outline
FORMATS = ((".docx", "&Word (.docx)", "Word documents (*.docx)"), (".pdf", "&PDF", "PDF (*.pdf)"))


class ReportDialog(QDialog):
    """Sections, format and filters of a report, with its outline."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, filters: Filters | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        project = session.project
        self.setWindowTitle("Report")
        self.checks: dict[str, QCheckBox] = {}
        sections = QGroupBox("Sections", self)
        column = QVBoxLayout(sections)
        for name, section in SECTIONS.items():
            check = QCheckBox(section.title, sections)
            check.setAccessibleName(f"Section: {section.title}")
            reason = section.unavailable(project)
            check.setChecked(reason is None)
            check.setEnabled(reason is None)
            if reason is not None:
                check.setToolTip(reason[:1].upper() + reason[1:] + ".")
            check.toggled.connect(lambda _on=False: self.refresh_outline())
            column.addWidget(check)
            self.checks[name] = check
        column.addStretch(1)
        kind = QGroupBox("Format", self)
        row = QVBoxLayout(kind)
        self.formats = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for suffix, label, _filter in FORMATS:
            button = QRadioButton(label, kind)
            button.setAccessibleName(f"Format: {suffix}")
            self.formats.addButton(button)
            self.format_buttons[suffix] = button
            row.addWidget(button)
        self.format_buttons[".docx"].setChecked(True)
        row.addStretch(1)
        self.filter_bar = FilterBar(project, self)
        if filters is not None:
            self.filter_bar.set_filters(filters)
        self.filter_bar.applied.connect(lambda _filters: self.refresh_outline())
        self.filter_bar.failed.connect(self._show_problem)
        self.ignore_consent = QCheckBox(IGNORE_CONSENT_LABEL, self)
        self.ignore_consent.setAccessibleName(IGNORE_CONSENT_LABEL)
        self.ignore_consent.setChecked(False)
        self.consent_note = QLabel(_consent_text(project), self)
        self.consent_note.setWordWrap(True)
        self.ignore_consent.toggled.connect(
            lambda on: self.consent_note.setText(
                "The report will quote everyone: keep it as the project's own backup, never "
                "share it."
                if on
                else _consent_text(project)
            )
        )
        self.outline = QListWidget(self)
        self.outline.setAccessibleName("Outline: the headings the report will have")
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a51d2d")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.write_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText("&Write…")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(sections)
        top.addWidget(kind)
        side = QVBoxLayout()
        side.addWidget(QLabel("Outline", self))
        side.addWidget(self.outline, 1)
        top.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.filter_bar)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.ignore_consent)
        consent_row.addWidget(self.consent_note, 1)
        layout.addLayout(consent_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self.refresh_outline()

    @property
    def suffix(self) -> str:
        for suffix, button in self.format_buttons.items():
            if button.isChecked():
                return suffix
        return ".docx"

    def chosen_sections(self) -> tuple[str, ...]:
        return tuple(name for name, check in self.checks.items() if check.isChecked())

    def options(self) -> ReportOptions:
        """The report the dialog describes now."""
        return ReportOptions(
            sections=self.chosen_sections(),
            filters=self.filter_bar.filters,
            ignore_consent=self.ignore_consent.isChecked(),
        )

    def refresh_outline(self) -> None:
        """List the headings the report will have."""
        self.outline.clear()
        self.problem.clear()
        chosen = self.chosen_sections()
        self.write_button.setEnabled(bool(chosen))
        if not chosen:
            self.problem.setText("Choose at least one section.")
            return
        try:
            headings = outline(self.session.project, self.options())
        except QcodeError as problem:
            self._show_problem(str(problem))
            return
        for heading in headings[:PREVIEW_MOST]:
            self.outline.addItem("    " * (heading.level - 1) + heading.text)
        if len(headings) > PREVIEW_MOST:
            self.outline.addItem(f"… and {len(headings) - PREVIEW_MOST:,} more headings")

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)


def _consent_text(project: Project) -> str:
    """What the consent register will keep out of the report, in words."""
    declined = sorted({p.name for p in project.participants() if p.quote == "no"})
    if not declined:
        return "Every participant in the consent register may be quoted."
    count = len(declined)
    return (
        f"{count} participant{'s' if count != 1 else ''} did not consent to being quoted "
        f"({', '.join(declined)}): their passages are left out and counted."
    )


def write_report_file(
    session: Session,
    parent: QWidget,
    options: ReportOptions,
    suffix: str = ".docx",
    path: Path | None = None,
    pseudonymise: bool | None = None,
) -> Path | None:
    """Write the report ``options`` describe through the app's export flow."""
    from qcode.export.report import write_report

    project = session.project
    file_filter = next(f for s, _label, f in FORMATS if s == suffix)

    def done(summary: ReportSummary, target: Path) -> str:
        quotes = f"{summary.quotes:,} quote{'s' if summary.quotes != 1 else ''}"
        said = f"Wrote {target}: {len(summary.sections)} sections, {quotes}."
        if summary.consent_ignored:
            return said + " Consent register ignored: this is the project's own backup."
        if summary.consent:
            said += " Consent: " + "; ".join(summary.consent) + "."
        return said

    report = Export(
        title="Write report",
        label=" report",
        suffix=suffix,
        file_filter=file_filter,
        write=lambda target, pseudonymiser, progress: write_report(
            project, target, options, progress, pseudonymiser=pseudonymiser
        ),
        done=done,
        writing="Writing the report…",
        cancelled="Report cancelled: no file was written.",
    )
    return run_export(session, parent, report, path, pseudonymise)


def open_report_dialog(
    session: Session, parent: QWidget, filters: Filters | None = None
) -> Path | None:
    """File ▸ Report…: the dialog, then the report written (or None)."""
    dialog = ReportDialog(session, parent, filters)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return write_report_file(session, parent, dialog.options(), dialog.suffix)
