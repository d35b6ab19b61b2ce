"""``qcode export``: reports, the codebook, documents' texts or the whole
project written for people or other tools, pseudonymised on request.
Presentation only; the work is in qcode.export."""

from __future__ import annotations

import argparse
from pathlib import Path

from qcode.cli.common import filters_from, open_project, pseudonymised_note, pseudonymiser_from
from qcode.cli.output import say
from qcode.errors import QcodeError


def cmd_export(options: argparse.Namespace) -> int:
    out = Path(options.out)
    suffix = out.suffix.lower()
    known = suffix in (".qdc", ".qdpx", ".xlsx", ".csv", ".txt")
    if out.is_dir() and not known:
        return _export_texts(options, out)
    if not known:
        raise QcodeError(
            f"{out.name}: qcode exports .xlsx, .csv or .qdc, documents' texts as .txt or into "
            f"a folder, or the whole project as .qdpx (got '{out.suffix or 'none'}')"
        )
    if not out.parent.is_dir():
        raise QcodeError(f"{out.name}: folder {out.parent} does not exist")
    if suffix == ".qdpx":
        return _export_qdpx(options, out)
    if suffix == ".txt":
        return _export_texts(options, out)
    with open_project(options, write=False) as project:
        pseudonymiser = pseudonymiser_from(project, options)
        if suffix == ".qdc":
            from qcode.export.qdc import export_codebook

            count = export_codebook(project, out, pseudonymiser)
            say(f"wrote {count} codes to {out}{pseudonymised_note(pseudonymiser)}")
            return 0
        filters = filters_from(project, options)
        if suffix == ".csv":
            from qcode.export.segments_csv import export_segments_csv

            rows = export_segments_csv(project, out, filters, pseudonymiser)
            say(f"wrote {rows} coded segments to {out}{pseudonymised_note(pseudonymiser)}")
            return 0
        from qcode.export.xlsx import export_workbook

        summary = export_workbook(project, out, filters, pseudonymiser=pseudonymiser)
    say(
        f"wrote {out}: {len(summary.sheets)} sheets, {summary.segments} coded segments"
        f"{pseudonymised_note(pseudonymiser)}"
    )
    return 0


def _export_texts(options: argparse.Namespace, out: Path) -> int:
    from qcode.export.text import export_texts

    if options.codes or options.coders:
        raise QcodeError(
            f"{out.name}: a document's text is whole; --codes and --coders do not apply"
        )
    with open_project(options, write=False) as project:
        pseudonymiser = pseudonymiser_from(project, options)
        documents = None
        if options.documents or options.attributes:
            documents = filters_from(project, options).resolve(project).documents
        written = export_texts(project, out, documents, pseudonymiser)
    files = f"{len(written)} file{'s' if len(written) != 1 else ''}"
    where = f"{files} in {out}" if out.is_dir() else str(out)
    say(f"wrote {where}{pseudonymised_note(pseudonymiser)}")
    return 0


def _export_qdpx(options: argparse.Namespace, out: Path) -> int:
    from qcode.export.qdpx import export_qdpx

    if options.documents or options.attributes or options.codes or options.coders:
        raise QcodeError(f"{out.name}: a .qdpx holds the whole project; filters do not apply")
    with open_project(options, write=False) as project:
        pseudonymiser = pseudonymiser_from(project, options)
        summary = export_qdpx(project, out, pseudonymiser=pseudonymiser)
    say(
        f"wrote {out}: {summary.documents} documents, {summary.codes} codes, "
        f"{summary.codings} codings, {summary.memos} memos, {summary.cases} cases, "
        f"{summary.links} links{pseudonymised_note(pseudonymiser)}"
    )
    for item in summary.not_exported:
        say(f"not in the file (REFI-QDA has no place for it): {item}")
    return 0
