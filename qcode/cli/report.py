"""``qcode report``: a Word or PDF report to hand in (sections, filters,
pseudonymised on request).  Presentation only; the work is in
:mod:`qcode.export.report`."""

from __future__ import annotations

import argparse
from pathlib import Path

from qcode.cli.coding import origin_option
from qcode.cli.common import filters_from, open_project, pseudonymised_note, pseudonymiser_from
from qcode.cli.output import print_json, say


def arguments(p: argparse.ArgumentParser) -> None:
    """The arguments of ``qcode report`` (declared here to keep the parser short)."""
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("out", metavar="OUT", help="OUT.docx (Word) or OUT.pdf")
    p.add_argument(
        "--codes", metavar="CODE", nargs="+", help="only these codes (with their sub-codes)"
    )
    p.add_argument("--documents", metavar="DOC", nargs="+", help="only these documents")
    p.add_argument(
        "--where",
        "--attributes",
        dest="attributes",
        metavar="KEY=VALUE",
        nargs="+",
        action="extend",
        default=[],
        help="only documents with this attribute value (repeatable; the same KEY twice: either)",
    )
    p.add_argument(
        "--coder",
        "--coders",
        dest="coders",
        metavar="NAME",
        nargs="+",
        action="extend",
        help="only these coders' codings (repeatable)",
    )
    origin_option(p)
    p.add_argument("--query", metavar="NAME", help="only the codings a saved query finds")
    p.add_argument(
        "--sections",
        metavar="LIST",
        help="comma-separated, written in this order whatever the order given: title, "
        "codebook, quotes, memos, charts, queries, framework, corroboration, sources "
        "(default: every one the project has)",
    )
    p.add_argument(
        "--pseudonymise",
        action="store_true",
        help="replace every identifier in the pseudonym table by its replacement "
        "(the project is not changed) and check the written file for leaks",
    )
    p.add_argument(
        "--manifest",
        action="store_true",
        help="also write OUT.manifest.json: the sources' SHA-256, the report's own, the "
        "filters, qcode's version and the edit history in brief",
    )
    p.add_argument(
        "--ignore-consent",
        action="store_true",
        help="for the project's own backups: also quote participants who did not consent to "
        "being quoted (left out otherwise; the report and the output say so)",
    )
    p.add_argument("--json", action="store_true", help="print JSON (and only JSON) on stdout")


def cmd_report(options: argparse.Namespace) -> int:
    from qcode.export.report import ReportOptions, check_report_path, parse_sections, write_report

    out = Path(options.out)
    check_report_path(out)
    sections = parse_sections(options.sections) if options.sections is not None else None
    with open_project(options, write=False) as project:
        pseudonymiser = pseudonymiser_from(project, options)
        filters = filters_from(project, options)
        report = ReportOptions(
            sections=sections,
            filters=filters,
            query=options.query,
            ignore_consent=options.ignore_consent,
        )
        summary = write_report(
            project, out, report, pseudonymiser=pseudonymiser, manifest=options.manifest
        )
    consent = "; ".join(summary.consent)
    if options.json:
        print_json(summary.as_json())
        if consent:
            say(f"consent: {consent}")
        return 0
    quotes = f"{summary.quotes} quote{'s' if summary.quotes != 1 else ''}"
    say(
        f"wrote {out}: {', '.join(summary.sections)}; {quotes} from {summary.documents} "
        f"document{'s' if summary.documents != 1 else ''}{pseudonymised_note(pseudonymiser)}"
    )
    if summary.replaced_characters:
        say(
            f"{summary.replaced_characters} character(s) a {out.suffix} file cannot hold "
            "(control characters) are shown as �"
        )
    if consent:
        say(f"consent: {consent}")
    if summary.manifest is not None:
        say(f"wrote {summary.manifest}")
    return 0
