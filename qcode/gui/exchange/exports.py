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

from PySide6.QtWidgets import QWidget

from qcode.analysis.filters import Filters
from qcode.gui.exchange.export_flow import Export, run_export
from qcode.gui.session import Session

if TYPE_CHECKING:
    from qcode.analysis.agreement.report import AgreementReport
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
        title="Export to Excel",
        label=" report",
        suffix=".xlsx",
        file_filter="Excel workbooks (*.xlsx)",
        write=lambda target, pseudonymiser, progress, consent: export_workbook(
            project, target, chosen, progress, pseudonymiser=pseudonymiser, consent=consent
        ),
        done=lambda summary, target: (
            f"Wrote {len(summary.sheets)} sheets ({summary.segments:,} coded segments) to {target}."
        ),
        writing="Writing the workbook…",
        cancelled="Export cancelled: no workbook was written.",
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
        title="Export coded segments as CSV",
        label=" segments",
        suffix=".csv",
        file_filter="CSV files (*.csv)",
        write=lambda target, pseudonymiser, _progress, consent: write_csv(
            project, target, filters, pseudonymiser, consent
        ),
        done=lambda count, target: f"Wrote {count:,} coded segments to {target}.",
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
        title="Export agreement to Excel",
        label=" agreement",
        suffix=".xlsx",
        file_filter="Excel workbooks (*.xlsx)",
        write=lambda target, pseudonymiser, _progress: write_agreement_workbook(
            report, target, pseudonymiser=pseudonymiser, project=project
        ),
        done=lambda _nothing, target: f"Wrote the agreement figures to {target}.",
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
) -> Path | None:
    """The whole project as a REFI-QDA project (.qdpx), for other QDA software;
    the text of participants who did not consent to being quoted is left out
    (█), unless ``ignore_consent`` (the project's own backup)."""
    from qcode.export.qdpx import export_qdpx as write_qdpx

    project = session.project

    def done(summary: QdpxExportSummary, target: Path) -> str:
        note = ""
        if summary.not_exported:
            note = " Not in the standard, so not exported: " + "; ".join(summary.not_exported)
        return (
            f"Wrote {target}: {summary.documents} documents, {summary.codes} codes, "
            f"{summary.codings:,} codings, {summary.memos} memos.{note}"
        )

    qdpx = Export(
        title="Export REFI-QDA project",
        label="",
        suffix=".qdpx",
        file_filter="REFI-QDA projects (*.qdpx)",
        write=lambda target, pseudonymiser, progress, consent: write_qdpx(
            project, target, progress, pseudonymiser=pseudonymiser, consent=consent
        ),
        done=done,
        writing="Writing the REFI-QDA project…",
        quotes=True,
    )
    return run_export(session, parent, qdpx, path, pseudonymise, ignore_consent=ignore_consent)


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
        title="Export codebook",
        label="",
        suffix=".qdc",
        file_filter="REFI-QDA codebook (*.qdc)",
        write=lambda target, pseudonymiser, _progress: write_qdc(project, target, pseudonymiser),
        done=lambda count, target: f"Wrote {count} codes to {target}.",
    )
    return run_export(session, parent, codebook, path, pseudonymise)
