"""Writing a report: the chosen sections, in order, through the writer for
the file's suffix, into a file that appears whole or not at all."""

from __future__ import annotations

import datetime
import time
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.export.atomic import atomic_file
from qcode.export.consent import Consent
from qcode.export.leak_check import leak_check
from qcode.export.report.blocks import Block, Contents, Heading, Title
from qcode.export.report.context import Progress, ReportContext, ReportOptions, Translate, english
from qcode.export.report.quotes import quotes_of
from qcode.export.report.registry import chosen_sections
from qcode.export.report.summary import ReportSummary
from qcode.messages import Message

if TYPE_CHECKING:
    from qcode.core.pseudonymise import Pseudonymiser

SUFFIXES = (".docx", ".pdf")


class Writer(Protocol):
    replaced: int

    def write(self, block: Block) -> None: ...

    def save(self, path: Path) -> None: ...


def check_report_path(path: Path) -> None:
    """Refuse a name that is neither .docx nor .pdf, or a folder that does not exist."""
    if path.suffix.lower() not in SUFFIXES:
        raise QcodeError(
            Message(
                "{file}: a report is written as .docx (Word) or .pdf (got '{suffix}')",
                file=path.name,
                suffix=path.suffix or Message("no suffix"),
            )
        )
    if not path.parent.is_dir():
        raise QcodeError(
            Message(
                "{file}: folder {folder} does not exist", file=path.name, folder=str(path.parent)
            )
        )
    if path.is_dir():
        raise QcodeError(Message("{file}: is a folder", file=path.name))


def write_report(
    project: Project,
    path: str | Path,
    options: ReportOptions | None = None,
    progress: Progress | None = None,
    *,
    pseudonymiser: Pseudonymiser | None = None,
    manifest: bool = False,
    translate: Translate = english,
) -> ReportSummary:
    """Write the report ``options`` describe to ``path`` (.docx or .pdf).

    ``progress(done, total)`` is called as the work goes on; a ``False``
    stops the report with "export cancelled" and leaves no file.  With
    ``pseudonymiser`` every text has the identifiers replaced, and the
    written file is searched for them (:mod:`qcode.export.leak_check`)
    before it appears.  Passages the consent register blocks are left out
    (``options.ignore_consent``: for the project's own backups, they are not),
    and the summary says how many and why.  With ``manifest``,
    ``OUT.manifest.json`` is written beside it (:mod:`qcode.export.report.manifest`).
    ``translate`` maps the report's own English texts (headings, captions,
    labels: :class:`~qcode.messages.Message` templates) to another language;
    the default writes them in English, as the command line does.
    """
    began = time.perf_counter()
    path = Path(path)
    check_report_path(path)
    options = options or ReportOptions()
    sections = chosen_sections(project, options.sections)
    with project.reader.snapshot():
        query = None
        if options.query is not None:
            from qcode.export.report.query_filter import query_scope

            query = query_scope(project, options.query)
        consent = Consent.of(project, ignore=options.ignore_consent)
        context = ReportContext(
            project, options.filters, pseudonymiser, progress, query, consent, translate
        )
        summary = ReportSummary(
            path,
            sections=[section.name for section in sections],
            documents=len(context.scope.documents),
            codes=len(context.scope.codes()),
            pseudonymised=pseudonymiser is not None,
        )
        # Steps: reading the quotes, each quote written, a little per section and document.
        summary.quotes = project.reader.coding_total(
            None if context.scope.all_documents else context.scope.document_ids,
            context.scope.code_ids,
            context.scope.coder_ids,
            context.scope.origins,
        )
        context.total = 2 * summary.quotes + summary.codes + 2 * summary.documents + 20
        for section in sections:
            if section.prepare is not None:
                section.prepare(context)
        written_at = datetime.datetime(*context.written_at[:6], tzinfo=datetime.UTC)
        title = context.say(project.name)
        writer = _writer(path, title, written_at, translate)
        check = leak_check(pseudonymiser, path.name)
        with atomic_file(path, check=check) as temporary:
            written = Message("Report written {time}", time=context.written_at_text)
            writer.write(Title(title, context.words(written)))
            listed = sum(
                1 for section in sections for h in section.headings(context) if h.level <= 2
            )
            writer.write(Contents(listed))
            for section in sections:
                for block in section.render(context):
                    if isinstance(block, Heading):
                        summary.headings += 1
                    writer.write(block)
                context.advance()
            writer.save(temporary)
        if "quotes" in summary.sections or query is not None:
            summary.quotes = len(quotes_of(context))
        summary.replaced_characters = writer.replaced
        summary.consent = consent.lines()
        summary.consent_ignored = consent.ignored
        summary.left_out = consent.left_out
        if manifest:
            from qcode.export.report.manifest import write_report_manifest

            summary.manifest = write_report_manifest(project, context, summary)
    summary.seconds = time.perf_counter() - began
    return summary


def _writer(path: Path, title: str, written_at: datetime.datetime, translate: Translate) -> Writer:
    if path.suffix.lower() == ".pdf":
        from qcode.export.report.pdf_writer import PdfWriter

        return PdfWriter(
            title=title, written_at=written_at, shown_as=path.name, translate=translate
        )
    from qcode.export.report.docx_writer import DocxWriter

    return DocxWriter(title=title, written_at=written_at, translate=translate)


def outline(
    project: Project, options: ReportOptions | None = None, translate: Translate = english
) -> list[Heading]:
    """The headings a report with ``options`` would have, without writing it
    (the app's preview), in the language ``translate`` gives; a section's own
    headings are not pseudonymised."""
    options = options or ReportOptions()
    context = ReportContext(project, options.filters, translate=translate)
    headings: list[Heading] = []
    for section in chosen_sections(project, options.sections):
        headings.extend(section.headings(context))
    return headings
