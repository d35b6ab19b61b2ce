"""Corroboration: for each allegation (a code of the report), how many
independent sources support it, how many of them first-hand, which links
contradict it, and its quotes.

The figures are those of ``qcode corroboration`` with its defaults (an
allegation's codings include its sub-codes' codings;
:func:`qcode.analysis.corroboration.corroboration`), for the report's codes
and filters; the allegations are the report's codes with at least one
coded passage.  A quote the consent register blocks is left out (and
counted); the figures still count it, and the section says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from qcode.core.project import Project
from qcode.export.report.blocks import BODY, NOTE, Block, Heading, Paragraph, Quote, Table
from qcode.export.report.context import ReportContext
from qcode.export.report.sections import Section
from qcode.messages import Message


@dataclass(frozen=True)
class Allegation:
    """One row of the table, as the report shows it."""

    path: str
    sources: tuple[str, ...]
    first_hand: int
    contradicting: int
    quotes: int  # codings of it, as 'qcode corroboration' counts them
    shown: tuple[Quote, ...]  # those the report may quote


def allegations(context: ReportContext) -> list[Allegation]:
    """Every allegation of the report, read once."""
    if "corroboration" in context.cache:
        found: list[Allegation] = context.cache["corroboration"]
        return found
    from qcode.analysis.corroboration import corroboration
    from qcode.export.report.passages import Passages

    rows = corroboration(context.project, context.scope.codes(), context.filters)
    passages = Passages(context)
    say = context.say
    result = []
    for row in rows:
        if not row.quotes:
            continue
        shown = []
        for quote in row.quotes:
            if context.consent.blocks(quote.document_id, quote.start, quote.end):
                continue
            block = passages.quote(
                quote.document_id, quote.start, quote.end, quote.text, quote.coder
            )
            details = [Message("grade: {grade}", grade=quote.grade)] if quote.grade else []
            if quote.first_hand:
                details.append(Message("first-hand"))
            sources = "; ".join(say(name) for name in quote.sources)
            details.append(Message("source: {sources}", sources=sources))
            if quote.contradicted_by:
                count = len(quote.contradicted_by)
                details.append(Message("contradicted ({count} link(s))", count=count))
            said = " · ".join(context.words(detail) for detail in details)
            shown.append(Quote(block.text, f"{block.citation} · {said}"))
        result.append(
            Allegation(
                say(row.code_path),
                tuple(say(name) for name in row.sources),
                row.first_hand,
                len(row.contradicted_by),
                len(row.quotes),
                tuple(shown),
            )
        )
        context.advance()
    context.cache["corroboration"] = result
    return result


def _render(context: ReportContext) -> Iterator[Block]:
    yield Heading(context.words(SECTION.title), 1)
    found = allegations(context)
    words = context.words
    if not found:
        yield Paragraph(
            words(Message("No coded passages in this report: nothing to corroborate.")), NOTE
        )
        return
    yield Paragraph(
        words(
            Message(
                "The figures of 'qcode corroboration': a source is a case a coded passage "
                "belongs to (a passage of no case: its document); first-hand sources have a "
                "passage graded first-hand; contradicting links are links of the type "
                "'contradicts'. An allegation counts the passages of its sub-codes."
            )
        ),
        NOTE,
    )
    rows = [
        (a.path, str(len(a.sources)), str(a.first_hand), str(a.contradicting), str(a.quotes))
        for a in found
    ]
    headers = (
        Message("Allegation"),
        Message("Sources"),
        Message("First-hand"),
        Message("Contradicting links"),
        Message("Quotes"),
    )
    yield Table([words(header) for header in headers], rows, (3.5, 1, 1, 1.5, 1))
    for allegation in found:
        yield Heading(allegation.path, 2)
        sources = "; ".join(allegation.sources)
        yield Paragraph(words(Message("Sources: {sources}", sources=sources)), BODY)
        left_out = allegation.quotes - len(allegation.shown)
        if left_out:
            said = Message(
                "{count} of its {total} passages are not quoted: their speakers did not "
                "consent to being quoted (they are counted above).",
                count=left_out,
                total=allegation.quotes,
            )
            yield Paragraph(words(said), NOTE)
        yield from allegation.shown


def _outline(context: ReportContext) -> Iterator[Heading]:
    yield Heading(context.words(SECTION.title), 1)


def _unavailable(project: Project) -> str | None:
    if project.cases() or project.links() or project.coding_grades():
        return None
    return Message(
        "the project has no cases, links between codings or source grades to corroborate with"
    )


SECTION = Section(
    "corroboration",
    Message("Corroboration"),
    _render,
    _unavailable,
    outline=_outline,
    prepare=allegations,
)
