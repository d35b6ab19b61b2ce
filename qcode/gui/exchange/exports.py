"""Every export of the app, each one :class:`~qcode.gui.exchange.export_flow.Export`
taken through :func:`~qcode.gui.exchange.export_flow.run_export`:

- the Excel report (File ▸ Export to Excel, and the Reports window),
- the coded segments as CSV (the Reports window),
- the agreement workbook (the Agreement window),
- the REFI-QDA project, .qdpx (File ▸ Export REFI-QDA project),
- the codebook, .qdc (File ▸ Export codebook).

``path`` None asks where to save; ``pseudonymise`` None asks whether to
(when the project has pseudonyms).  Each returns the path written, or None.
The writers themselves are in :mod:`qcode.export`, loaded when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from qcode.analysis.filters import Filters
from qcode.gui.exchange.export_flow import Export, run_export
from qcode.gui.i18n.messages import shown
from qcode.gui.i18n.plurals import Plural
from qcode.gui.session import Session

if TYPE_CHECKING:
    from qcode.analysis.agreement.report import AgreementReport
    from qcode.core.project import Project
    from qcode.export.qdpx import QdpxExportSummary


def export_excel(
    session: Session,
    parent: QWidget,
    filters: Filters | None = None,
    path: Path | None = None,
    pseudonymise: bool | None = None,
    ignore_consent: bool | None = None,
) -> Path | None:
    """Every report, for ``filters`` (everything when None), in an Excel workbook."""
    from qcode.export.xlsx import export_workbook

    project, chosen = session.project, filters or Filters()
    excel = Export(
        title=QCoreApplication.translate("exchange.exports", "Export to Excel"),
        label=" report",
        suffix=".xlsx",
        file_filter=QCoreApplication.translate("exchange.exports", "Excel workbooks (*.xlsx)"),
        write=lambda target, pseudonymiser, progress, consent: export_workbook(
            project, target, chosen, progress, pseudonymiser=pseudonymiser, consent=consent
        ),
        done=lambda summary, target: Plural.tr(
            "Wrote %Ln sheets ({segments}) to {target}.", "", len(summary.sheets)
        ).format(segments=Plural.tr("%Ln coded segments", "", summary.segments), target=target),
        writing=QCoreApplication.translate("exchange.exports", "Writing the workbook…"),
        cancelled=QCoreApplication.translate(
            "exchange.exports", "Export cancelled: no workbook was written."
        ),
        quotes=True,
    )
    return run_export(session, parent, excel, path, pseudonymise, ignore_consent=ignore_consent)


def export_segments_csv(
    session: Session,
    parent: QWidget,
    filters: Filters,
    path: Path | None = None,
    pseudonymise: bool | None = None,
    ignore_consent: bool | None = None,
) -> Path | None:
    """The coded segments ``filters`` allow, in a CSV file."""
    from qcode.export.segments_csv import export_segments_csv as write_csv

    project = session.project
    csv = Export(
        title=QCoreApplication.translate("exchange.exports", "Export coded segments as CSV"),
        label=" segments",
        suffix=".csv",
        file_filter=QCoreApplication.translate("exchange.exports", "CSV files (*.csv)"),
        write=lambda target, pseudonymiser, _progress, consent: write_csv(
            project, target, filters, pseudonymiser, consent
        ),
        done=lambda count, target: Plural.tr(
            "Wrote %Ln coded segments to {target}.", "", count
        ).format(target=target),
        quotes=True,
    )
    return run_export(session, parent, csv, path, pseudonymise, ignore_consent=ignore_consent)


def export_agreement(
    session: Session,
    parent: QWidget,
    report: AgreementReport,
    path: Path | None = None,
    pseudonymise: bool | None = None,
    *,
    show_error: Callable[[str], None] | None = None,
    show_status: Callable[[str], None] | None = None,
) -> Path | None:
    """The agreement figures of ``report`` in an Excel workbook (a problem
    goes to ``show_error``, the message once written also to ``show_status``)."""
    from qcode.export.agreement_xlsx import write_agreement_workbook

    project = session.project
    workbook = Export(
        title=QCoreApplication.translate("exchange.exports", "Export agreement to Excel"),
        label=" agreement",
        suffix=".xlsx",
        file_filter=QCoreApplication.translate("exchange.exports", "Excel workbooks (*.xlsx)"),
        write=lambda target, pseudonymiser, _progress: write_agreement_workbook(
            report, target, pseudonymiser=pseudonymiser, project=project
        ),
        done=lambda _nothing, target: QCoreApplication.translate(
            "exchange.exports", "Wrote the agreement figures to {target}."
        ).format(target=target),
    )
    return run_export(
        session,
        parent,
        workbook,
        path,
        pseudonymise,
        show_error=show_error,
        show_status=show_status,
    )


def export_qdpx(
    session: Session,
    parent: QWidget,
    path: Path | None = None,
    pseudonymise: bool | None = None,
    ignore_consent: bool | None = None,
    include_media: bool | None = None,
) -> Path | None:
    """The whole project as a REFI-QDA project (.qdpx), for other QDA software;
    the text of participants who did not consent to being quoted is left out
    (█), unless ``ignore_consent`` (the project's own backup).  Linked
    recordings are referred to by their path, or put inside the file when
    ``include_media`` (None asks, when the project has any)."""
    from qcode.export.qdpx import export_qdpx as write_qdpx

    project = session.project
    if include_media is None:
        include_media = _ask_include_media(project, parent)
        if include_media is None:
            return None

    def done(summary: QdpxExportSummary, target: Path) -> str:
        note = ""
        if summary.not_exported:
            note = QCoreApplication.translate(
                "exchange.exports", " Not in the standard, so not exported: "
            ) + "; ".join(shown(line) for line in summary.not_exported)
        if summary.recordings:
            note += QCoreApplication.translate("exchange.exports", " Recordings: {where}.").format(
                where="; ".join(shown(line) for line in summary.recordings)
            )
        return QCoreApplication.translate(
            "exchange.exports",
            "Wrote {target}: {documents}, {codes}, {codings}, {memos}.{note}",
        ).format(
            target=target,
            documents=Plural.tr("%Ln documents", "", summary.documents),
            codes=Plural.tr("%Ln codes", "", summary.codes),
            codings=Plural.tr("%Ln codings", "", summary.codings),
            memos=Plural.tr("%Ln memos", "", summary.memos),
            note=note,
        )

    qdpx = Export(
        title=QCoreApplication.translate("exchange.exports", "Export REFI-QDA project"),
        label="",
        suffix=".qdpx",
        file_filter=QCoreApplication.translate("exchange.exports", "REFI-QDA projects (*.qdpx)"),
        write=lambda target, pseudonymiser, progress, consent: write_qdpx(
            project,
            target,
            progress,
            pseudonymiser=pseudonymiser,
            consent=consent,
            include_media=include_media,
        ),
        done=done,
        writing=QCoreApplication.translate("exchange.exports", "Writing the REFI-QDA project…"),
        quotes=True,
    )
    return run_export(session, parent, qdpx, path, pseudonymise, ignore_consent=ignore_consent)


def _ask_include_media(project: Project, parent: QWidget) -> bool | None:
    """Whether the project's linked recordings go inside the .qdpx: False
    without asking when it has none; None when the user cancels."""
    count = len(project.all_media())
    if count == 0:
        return False
    question = Plural.tr(
        "This project links %Ln recordings to its transcripts. Put the recordings inside the "
        ".qdpx file? The file grows by their size; without them it refers to each recording by "
        "its path on this computer. A pseudonymised export never holds recordings.",
        "",
        count,
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("exchange.exports", "Export REFI-QDA project"),
        question,
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return None
    return answer == QMessageBox.StandardButton.Yes


def export_codebook(
    session: Session,
    parent: QWidget,
    path: Path | None = None,
    pseudonymise: bool | None = None,
) -> Path | None:
    """The codebook as a REFI-QDA codebook (.qdc), to share with colleagues."""
    from qcode.export.qdc import export_codebook as write_qdc

    project = session.project
    codebook = Export(
        title=QCoreApplication.translate("exchange.exports", "Export codebook"),
        label="",
        suffix=".qdc",
        file_filter=QCoreApplication.translate("exchange.exports", "REFI-QDA codebook (*.qdc)"),
        write=lambda target, pseudonymiser, _progress: write_qdc(project, target, pseudonymiser),
        done=lambda count, target: QCoreApplication.translate(
            "exchange.exports", "Wrote {count} codes to {target}."
        ).format(count=count, target=target),
    )
    return run_export(session, parent, codebook, path, pseudonymise)
