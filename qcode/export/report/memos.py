"""Memos: the project's, then the documents', then the codes' memos in the
report's scope (see :func:`qcode.analysis.segments_report.memo_rows`).  A
coding's memo is shown with its quote, under Quotes by code."""

from __future__ import annotations

from collections.abc import Iterator

from qcode.analysis.segments_report import memo_rows, utc_text
from qcode.export.report.blocks import BODY, CITATION, NOTE, Block, Heading, Paragraph
from qcode.export.report.context import ReportContext
from qcode.export.report.sections import Section
from qcode.messages import Message

KINDS = (
    ("project", Message("Project memos")),
    ("document", Message("Document memos")),
    ("code", Message("Code memos")),
)


def _render(context: ReportContext) -> Iterator[Block]:
    yield Heading(context.words(SECTION.title), 1)
    rows = memo_rows(context.project, context.filters)
    if context.pseudonymiser is not None:
        from qcode.export import pseudonymised

        rows = pseudonymised.memos(context.project, rows, context.pseudonymiser)
    any_memo = False
    for kind, title in KINDS:
        chosen = [row for row in rows if row.kind == kind]
        if not chosen:
            continue
        any_memo = True
        yield Heading(context.words(title), 2)
        for row in chosen:
            if kind != "project":
                yield Heading(row.attached_to + (f": {row.title}" if row.title else ""), 3)
            elif row.title:
                yield Heading(row.title, 3)
            yield Paragraph(row.text, BODY)
            written = Message(
                "— {author}, {time} UTC",
                author=row.author or Message("unknown author"),
                time=utc_text(row.modified_at),
            )
            yield Paragraph(context.words(written), CITATION)
    if not any_memo:
        yield Paragraph(
            context.words(Message("No project, document or code memos in this report.")), NOTE
        )
    context.advance(len(rows))


SECTION = Section("memos", Message("Memos"), _render)
