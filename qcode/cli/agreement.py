"""The agreement command: inter-coder agreement figures."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.cli.common import open_project, pseudonymised_note, pseudonymiser_from
from qcode.cli.output import one_line, print_json, print_line, print_table, say
from qcode.errors import QcodeError

if TYPE_CHECKING:
    from qcode.analysis.agreement.figures import Figures
    from qcode.analysis.agreement.report import AgreementReport, Unmatched


def cmd_agreement(options: argparse.Namespace) -> int:
    from qcode.analysis.agreement.report import compute_agreement
    from qcode.export.agreement_xlsx import write_agreement_workbook
    from qcode.export.workbook import check_workbook_path

    workbook = Path(options.xlsx) if options.xlsx else None
    pseudonymise = getattr(options, "pseudonymise", False)
    if pseudonymise and workbook is None:
        raise QcodeError(
            "--pseudonymise applies to the Excel file: give --xlsx FILE too "
            "(the figures printed here are never pseudonymised)"
        )
    if workbook is not None:
        check_workbook_path(workbook)
    with open_project(options, write=False) as project:
        pseudonymiser = pseudonymiser_from(project, options)
        report = compute_agreement(
            project,
            options.coders,
            unit=options.unit,
            threshold=options.threshold,
            documents=options.documents,
            codes=options.codes,
        )
        if workbook is not None:
            # Inside: a pseudonymised workbook cuts texts out of the project's documents.
            write_agreement_workbook(report, workbook, pseudonymiser=pseudonymiser, project=project)
            say(f"wrote {workbook}{pseudonymised_note(pseudonymiser)}")
    if options.json:
        print_json(report.as_json())
    else:
        _print_report(report)
    return 0


def _print_report(report: AgreementReport) -> None:
    setting = f", overlap of at least {report.threshold:g}" if report.threshold else ""
    print_line(
        f"{report.unit} unit{setting}; coders: {', '.join(report.coders)}; "
        f"documents: {', '.join(report.documents)}"
    )
    rows = [_row("(overall)", report.overall)]
    rows += [_row(row.code, row.figures) for row in report.codes]
    units = "codings" if report.unit == "segment" else f"{report.unit}s"
    print_table(["code", "% agreement", "kappa", "alpha", "specific", units], rows)
    for name, reason in report.overall.reasons.items():
        print_line(f"— {name.replace('_', ' ')}: {reason}")
    excluded = ", ".join(report.excluded_documents) or "none"
    print_line(f"excluded documents (not coded by every chosen coder): {excluded}")
    if report.unit != "segment":
        return
    if not report.unmatched:
        print_line("unmatched codings: none")
        return
    print_line(f"unmatched codings ({len(report.unmatched)}):")
    print_table(
        ["coder", "document", "code", "start", "end", "best overlap", "text"],
        [_unmatched_row(u) for u in report.unmatched],
    )


def _unmatched_row(u: Unmatched) -> list[object]:
    overlap = f"{u.best_overlap:.2f}"
    return [u.coder, u.document, u.code, u.start, u.end, overlap, one_line(u.text, 50)]


def _row(label: str, figures: Figures) -> list[object]:
    def number(value: float | None, digits: int) -> str:
        return "—" if value is None else f"{value:.{digits}f}"

    return [
        label,
        number(figures.percent_agreement, 1),
        number(figures.kappa, 3),
        number(figures.alpha, 3),
        number(figures.specific_agreement, 3),
        figures.units,
    ]
