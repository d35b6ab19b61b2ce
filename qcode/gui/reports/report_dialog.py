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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from qcode.gui.i18n.messages import error_text, shown, translated_template
from qcode.gui.i18n.plurals import Plural, sentence_list
from qcode.gui.reports.filters import FilterBar
from qcode.gui.session import Session

PREVIEW_MOST = 2_000  # headings listed in the outline
FORMATS = (
    (
        ".docx",
        QT_TRANSLATE_NOOP("reports", "&Word (.docx)"),
        QT_TRANSLATE_NOOP("reports", "Word documents (*.docx)"),
    ),
    (".pdf", "&PDF", QT_TRANSLATE_NOOP("reports", "PDF (*.pdf)")),
)
# The section titles of qcode.export.report, for the dialog's check boxes (the
# report itself and its outline take them from the context "messages").
SECTION_TITLES = (
    QT_TRANSLATE_NOOP("reports", "About this report"),
    QT_TRANSLATE_NOOP("reports", "Codebook"),
    QT_TRANSLATE_NOOP("reports", "Quotes by code"),
    QT_TRANSLATE_NOOP("reports", "Memos"),
    QT_TRANSLATE_NOOP("reports", "Charts"),
    QT_TRANSLATE_NOOP("reports", "Saved queries"),
    QT_TRANSLATE_NOOP("reports", "Framework matrix"),
    QT_TRANSLATE_NOOP("reports", "Corroboration"),
    QT_TRANSLATE_NOOP("reports", "Sources"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


def in_interface_language(template: str) -> str:
    """A report's own words (a core message's template) in the interface's
    language: what the outline shows and the written report says (a counted
    message in the plural form of its count)."""
    return translated_template(template)


class ReportDialog(QDialog):
    """Sections, format and filters of a report, with its outline."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, filters: Filters | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        project = session.project
        self.setWindowTitle(self.tr("Report"))
        self.checks: dict[str, QCheckBox] = {}
        sections = QGroupBox(self.tr("Sections"), self)
        column = QVBoxLayout(sections)
        for name, section in SECTIONS.items():
            title = _tr(section.title)
            check = QCheckBox(title, sections)
            check.setAccessibleName(self.tr("Section: {title}").format(title=title))
            reason = section.unavailable(project)
            check.setChecked(reason is None)
            check.setEnabled(reason is None)
            if reason is not None:
                said = shown(reason)
                check.setToolTip(said[:1].upper() + said[1:] + ".")
            check.toggled.connect(lambda _on=False: self.refresh_outline())
            column.addWidget(check)
            self.checks[name] = check
        column.addStretch(1)
        kind = QGroupBox(self.tr("Format"), self)
        row = QVBoxLayout(kind)
        self.formats = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for suffix, label, _filter in FORMATS:
            button = QRadioButton(_tr(label), kind)
            button.setAccessibleName(self.tr("Format: {suffix}").format(suffix=suffix))
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
        ignore = QCoreApplication.translate("exchange", IGNORE_CONSENT_LABEL)
        self.ignore_consent = QCheckBox(ignore, self)
        self.ignore_consent.setAccessibleName(ignore)
        self.ignore_consent.setChecked(False)
        self.consent_note = QLabel(_consent_text(project), self)
        self.consent_note.setWordWrap(True)
        self.ignore_consent.toggled.connect(
            lambda on: self.consent_note.setText(
                self.tr(
                    "The report will quote everyone: keep it as the project's own backup, never "
                    "share it."
                )
                if on
                else _consent_text(project)
            )
        )
        self.outline = QListWidget(self)
        self.outline.setAccessibleName(self.tr("Outline: the headings the report will have"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a51d2d")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.write_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText(self.tr("&Write…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(sections)
        top.addWidget(kind)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Outline"), self))
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
            self.problem.setText(self.tr("Choose at least one section."))
            return
        try:
            headings = outline(self.session.project, self.options(), in_interface_language)
        except QcodeError as problem:
            self._show_problem(error_text(problem))
            return
        for heading in headings[:PREVIEW_MOST]:
            self.outline.addItem("    " * (heading.level - 1) + heading.text)
        if len(headings) > PREVIEW_MOST:
            self.outline.addItem(
                self.tr("… and %Ln more headings", "", len(headings) - PREVIEW_MOST)
            )

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)


def _consent_text(project: Project) -> str:
    """What the consent register will keep out of the report, in words."""
    declined = sorted({p.name for p in project.participants() if p.quote == "no"})
    if not declined:
        return QCoreApplication.translate(
            "reports.report_dialog", "Every participant in the consent register may be quoted."
        )
    # (a variable first: lupdate would read "return Plural.tr" after a translate() as
    # context "QCoreApplication.Plural")
    said = Plural.tr(
        "%Ln participants did not consent to being quoted ({names}): their passages are left "
        "out and counted.",
        "",
        len(declined),
    )
    return said.format(names=sentence_list(declined))


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
    file_filter = _tr(next(f for s, _label, f in FORMATS if s == suffix))

    def done(summary: ReportSummary, target: Path) -> str:
        said = QCoreApplication.translate(
            "reports.report_dialog", "Wrote {target}: {sections}, {quotes}."
        ).format(
            target=target,
            sections=Plural.tr("%Ln sections", "", len(summary.sections)),
            quotes=Plural.tr("%Ln quotes", "", summary.quotes),
        )
        if summary.consent_ignored:
            return said + QCoreApplication.translate(
                "reports.report_dialog",
                " Consent register ignored: this is the project's own backup.",
            )
        if summary.consent:
            # Each line is a core Message ("2 passages left out: …"): translated.
            said += QCoreApplication.translate(
                "reports.report_dialog", " Consent: {lines}."
            ).format(lines="; ".join(shown(line) for line in summary.consent))
        return said

    report = Export(
        title=QCoreApplication.translate("reports.report_dialog", "Write report"),
        label=" report",
        suffix=suffix,
        file_filter=file_filter,
        write=lambda target, pseudonymiser, progress: write_report(
            project,
            target,
            options,
            progress,
            pseudonymiser=pseudonymiser,
            translate=in_interface_language,
        ),
        done=done,
        writing=QCoreApplication.translate("reports.report_dialog", "Writing the report…"),
        cancelled=QCoreApplication.translate(
            "reports.report_dialog", "Report cancelled: no file was written."
        ),
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
