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


def origins_option(parser: argparse.ArgumentParser) -> None:
    """``--origins A B``: compare two ways of coding instead of coders."""
    parser.add_argument(
        "--origins",
        nargs=2,
        metavar=("ORIGIN", "ORIGIN"),
        help="instead of coders, compare codings made two ways, e.g. suggestion hand "
        "(how far the machine agrees with you; each may be a,b)",
    )


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
    origins = None
    if getattr(options, "origins", None):
        from qcode.analysis.filters import parse_origins

        first, second = options.origins
        origins = (parse_origins([first], "--origins"), parse_origins([second], "--origins"))
    elif not options.coders:
        raise QcodeError(
            "name two or more coders (--coders A B), or two ways of coding "
            "(--origins suggestion hand)"
        )
    with open_project(options, write=False) as project:
        pseudonymiser = pseudonymiser_from(project, options)
        report = compute_agreement(
            project,
            options.coders,
            unit=options.unit,
            threshold=options.threshold,
            documents=options.documents,
            codes=options.codes,
            origins=origins,
        )
        if workbook is not None:
            # Inside: a pseudonymised workbook cuts texts out of the project's documents.
            write_agreement_workbook(report, workbook, pseudonymiser=pseudonymiser, project=project)
            say(f"wrote {workbook}{pseudonymised_note(pseudonymiser)}")
    if options.json:
        print_json(report.as_json())
    else:
        _print_report(report, by_origin=origins is not None)
    return 0


def _print_report(report: AgreementReport, *, by_origin: bool = False) -> None:
    setting = f", overlap of at least {report.threshold:g}" if report.threshold else ""
    sides = "codings made" if by_origin else "coders"
    print_line(
        f"{report.unit} unit{setting}; {sides}: {', '.join(report.coders)}; "
        f"documents: {', '.join(report.documents)}"
    )
    if by_origin:
        first, second = report.coders
        print_line(
            f"how far the codings made by {first} agree with those made by {second} "
            "on the same documents and codes (kappa, alpha: 1 = fully, 0 = no better "
            "than chance)"
        )
    rows = [_row("(overall)", report.overall)]
    rows += [_row(row.code, row.figures) for row in report.codes]
    units = "codings" if report.unit == "segment" else f"{report.unit}s"
    print_table(["code", "% agreement", "kappa", "alpha", "specific", units], rows)
    for name, reason in report.overall.reasons.items():
        print_line(f"— {name.replace('_', ' ')}: {reason}")
    excluded = ", ".join(report.excluded_documents) or "none"
    why = "not coded both ways" if by_origin else "not coded by every chosen coder"
    print_line(f"excluded documents ({why}): {excluded}")
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
