"""Sources: every document in the report with its attributes, the file it
was imported from and the SHA-256 of its text, so that a reader can check
that a quote comes from the transcript the team holds."""

from __future__ import annotations

from collections.abc import Iterator

from qcode.analysis.filters import attribute_text
from qcode.analysis.segments_report import utc_text
from qcode.export.report.blocks import NOTE, Block, Heading, Paragraph, Table
from qcode.export.report.context import ReportContext
from qcode.export.report.sections import Section
from qcode.messages import Message


def _render(context: ReportContext) -> Iterator[Block]:
    yield Heading(context.words(SECTION.title), 1)
    documents = context.scope.documents
    if not documents:
        yield Paragraph(context.words(Message("No documents in this report.")), NOTE)
        return
    if context.pseudonymiser is None:
        note = Message(
            "SHA-256 is the fingerprint of the document's text as qcode stores it "
            "(UTF-8): the same text always gives the same fingerprint."
        )
    else:
        note = Message(
            "SHA-256 is the fingerprint of the document's text as qcode stores it "
            "(UTF-8): the same text always gives the same fingerprint. The names of the "
            "files the documents were imported from are left out of a pseudonymised "
            "report: they often hold names."
        )
    yield Paragraph(context.words(note), NOTE)
    words = context.words
    for document in documents:
        yield Heading(context.say(document.name), 2)
        rows = [
            (context.say(name), context.say(attribute_text(value)))
            for name, value in sorted(document.attributes.items(), key=lambda p: p[0].casefold())
        ]
        rows.append((words(Message("Characters")), f"{document.length:,}"))
        # A file's name often holds a name ("zhang-wei.docx") in a form the
        # pseudonym table does not match: a pseudonymised report leaves it out.
        if document.source_name and context.pseudonymiser is None:
            rows.append((words(Message("Imported from")), document.source_name))
        imported = Message("{time} UTC", time=utc_text(document.imported_at))
        rows.append((words(Message("Imported")), words(imported)))
        rows.append(("SHA-256", document.sha256))
        yield Table(("", ""), rows, (1, 3))
        context.advance()


SECTION = Section("sources", Message("Sources"), _render)
