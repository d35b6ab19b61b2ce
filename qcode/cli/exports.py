"""``qcode export``: reports, the codebook, documents' texts or the whole
project written for people or other tools, pseudonymised on request.
Presentation only; the work is in qcode.export."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.cli.common import (
    filters_from,
    open_project,
    pseudonymised_note,
    pseudonymiser_from,
    speaker_options_given,
)
from qcode.cli.output import say
from qcode.errors import QcodeError

if TYPE_CHECKING:
    from qcode.analysis.filters import Filters
    from qcode.core.project import Project
    from qcode.core.pseudonymise import Pseudonymiser
    from qcode.export.consent import Consent
    from qcode.model import Document


def cmd_export(options: argparse.Namespace) -> int:
    out = Path(options.out)
    suffix = out.suffix.lower()
    known = suffix in (".qdc", ".qdpx", ".xlsx", ".csv", ".txt")
    if getattr(options, "include_media", False) and suffix != ".qdpx":
        raise QcodeError(f"{out.name}: --include-media applies to a .qdpx export only")
    if out.is_dir() and not known:
        return _export_texts(options, out)
    if not known:
        raise QcodeError(
            f"{out.name}: qcode exports .xlsx, .csv or .qdc, documents' texts as .txt or into "
            f"a folder, or the whole project as .qdpx (got '{out.suffix or 'none'}')"
        )
    if not out.parent.is_dir():
        raise QcodeError(f"{out.name}: folder {out.parent} does not exist")
    if options.sheets and suffix != ".xlsx":
        raise QcodeError(f"{out.name}: --sheets picks the sheets of an .xlsx workbook")
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
            _manifest(options, project, out, pseudonymiser, documents=[])
            return 0
        filters = filters_from(project, options)
        consent = _consent(options, project)
        if suffix == ".csv":
            from qcode.export.segments_csv import export_segments_csv

            rows = export_segments_csv(project, out, filters, pseudonymiser, consent)
            say(f"wrote {rows} coded segments to {out}{pseudonymised_note(pseudonymiser)}")
            _say_consent(consent)
            _manifest(options, project, out, pseudonymiser, filters, consent=consent)
            return 0
        from qcode.export.xlsx import export_workbook

        summary = export_workbook(
            project,
            out,
            filters,
            sheets=options.sheets,
            pseudonymiser=pseudonymiser,
            consent=consent,
        )
        _manifest(options, project, out, pseudonymiser, filters, consent=consent)
    say(
        f"wrote {out}: {len(summary.sheets)} sheets, {summary.segments} coded segments"
        f"{pseudonymised_note(pseudonymiser)}"
    )
    _say_consent(consent)
    return 0


def _export_texts(options: argparse.Namespace, out: Path) -> int:
    from qcode.export.text import export_texts

    if options.codes or options.coders or options.origin or speaker_options_given(options):
        raise QcodeError(
            f"{out.name}: a document's text is whole; --codes, --coders, --origin and speaker "
            "options do not apply"
        )
    with open_project(options, write=False) as project:
        pseudonymiser = pseudonymiser_from(project, options)
        documents = None
        if options.documents or options.attributes:
            documents = filters_from(project, options).resolve(project).documents
        consent = _consent(options, project)
        written = export_texts(project, out, documents, pseudonymiser, consent)
        scope = documents if documents is not None else project.documents()
        _manifest(
            options, project, out, pseudonymiser, documents=scope, files=written, consent=consent
        )
    files = f"{len(written)} file{'s' if len(written) != 1 else ''}"
    where = f"{files} in {out}" if out.is_dir() else str(out)
    say(f"wrote {where}{pseudonymised_note(pseudonymiser)}")
    _say_consent(consent)
    return 0


def _export_qdpx(options: argparse.Namespace, out: Path) -> int:
    from qcode.export.qdpx import export_qdpx

    filtered = options.documents or options.attributes or options.codes or options.coders
    if filtered or options.origin or speaker_options_given(options):
        raise QcodeError(f"{out.name}: a .qdpx holds the whole project; filters do not apply")
    with open_project(options, write=False) as project:
        pseudonymiser = pseudonymiser_from(project, options)
        consent = _consent(options, project)
        summary = export_qdpx(
            project,
            out,
            pseudonymiser=pseudonymiser,
            consent=consent,
            include_media=options.include_media,
        )
        _manifest(options, project, out, pseudonymiser, consent=consent)
    say(
        f"wrote {out}: {summary.documents} documents, {summary.codes} codes, "
        f"{summary.codings} codings, {summary.memos} memos, {summary.cases} cases, "
        f"{summary.links} links{pseudonymised_note(pseudonymiser)}"
    )
    for item in summary.not_exported:
        say(f"not in the file (REFI-QDA has no place for it): {item}")
    for line in summary.recordings:
        say(f"recordings: {line}")
    _say_consent(consent, "their text in the file is █")
    return 0


def _consent(options: argparse.Namespace, project: Project) -> Consent:
    """What the consent register keeps out of this export (nothing with
    ``--ignore-consent``)."""
    from qcode.export.consent import Consent

    return Consent.of(project, ignore=getattr(options, "ignore_consent", False))


def _say_consent(consent: Consent, how: str = "") -> None:
    """One line on stderr: what was left out and why, or that the register
    was ignored; nothing when nothing was left out."""
    line = consent.line()
    if line:
        say(f"consent: {line}" + (f" ({how})" if how and not consent.ignored else ""))


def _manifest(
    options: argparse.Namespace,
    project: Project,
    out: Path,
    pseudonymiser: Pseudonymiser | None,
    filters: Filters | None = None,
    *,
    documents: Sequence[Document] | None = None,
    files: Sequence[Path] | None = None,
    consent: Consent | None = None,
) -> None:
    """With ``--manifest``, OUT.manifest.json beside the export."""
    if not getattr(options, "manifest", False):
        return
    from qcode.export.manifest import write_manifest

    if filters is not None and documents is None:
        documents = filters.resolve(project).documents
    path = write_manifest(
        project,
        out,
        filters_description="" if filters is None else filters.describe(project),
        documents=documents,
        files=files,
        pseudonymiser=pseudonymiser,
        extra=None
        if consent is None
        else {
            "consent": {
                "ignored": consent.ignored,
                "left_out": consent.left_out,
                "note": consent.note(),
            }
        },
    )
    say(f"wrote {path}")
