"""Quotes by code: for each code in tree order, its counts, then every
coded passage as a block quote with its citation and the coding's memo.

A quote is the coding's stored text exactly (what ``qcode segments``
prints), never re-wrapped or trimmed; a passage coded with several codes is
quoted under each.  Its citation names the document, the speaker of the turn
holding the coding's start, the paragraph it starts in (counted as
:func:`qcode.analysis.text_units.paragraph_bounds` counts them, from 1), the
time in the recording where the document has one (subtitle cues), and the
coder.  Pseudonymised, the quote is cut again out of the pseudonymised text
(:func:`qcode.export.pseudonymised.segments`), so no cut leaves part of a name.
A passage the consent register blocks is left out (:mod:`qcode.export.consent`).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from qcode.analysis import segments_report, text_units
from qcode.core.timeline import Timeline, clock
from qcode.export.report.blocks import BODY, Block, Heading, Paragraph, Quote
from qcode.export.report.context import ReportContext, english
from qcode.export.report.sections import Section
from qcode.messages import Message
from qcode.model import Code

TOP_LEVEL = 2  # a top-level code's heading: its section's is Heading 1


@dataclass(frozen=True)
class QuoteRow:
    """One coded passage, as the report shows it."""

    code_id: int
    document: str
    speaker: str
    paragraph: int  # from 1
    time: float | None  # seconds into the recording
    coder: str
    text: str
    memo: str
    coding_uuid: str


def quotes_of(context: ReportContext) -> list[QuoteRow]:
    """Every coded passage in scope, read once for all the sections."""
    if "quotes" not in context.cache:
        context.cache["quotes"] = quote_rows(context)
    found: list[QuoteRow] = context.cache["quotes"]
    return found


def quote_rows(context: ReportContext) -> list[QuoteRow]:
    """Every coding in scope, by document (display order) then position."""
    project = context.project
    originals = segments_report.segment_rows(project, context.filters)
    places: list[tuple[int, float | None]] = []
    query = context.query
    consent = context.consent

    def located() -> Iterator[segments_report.SegmentRow]:
        document_id = None
        paragraph_ends: list[int] = []
        timeline = Timeline([])
        for row in originals:
            if query is not None and not query.contains(row.document_id, row.start, row.end):
                continue
            if consent.blocks(row.document_id, row.start, row.end):
                continue  # counted, and said in the method section
            if row.document_id != document_id:
                document_id = row.document_id
                document = project.document(document_id)
                _starts, ends = text_units.paragraph_bounds(project.text(document))
                paragraph_ends = ends.tolist()
                timeline = project.timeline(document)
            seconds = timeline.span(row.start, row.end)[0]  # where its cues begin
            places.append((bisect_right(paragraph_ends, row.start) + 1, seconds))
            yield row

    rows = located()
    if context.pseudonymiser is not None:
        from qcode.export import pseudonymised

        rows = pseudonymised.segments(project, rows, context.pseudonymiser)
    found: list[QuoteRow] = []
    # located() notes each row's place as it hands the row on, and
    # pseudonymised.segments takes one row at a time: places[k] is row k's.
    for row in rows:
        paragraph, seconds = places[len(found)]
        found.append(
            QuoteRow(
                code_id=row.code_id,
                document=row.document,
                speaker=row.speaker,
                paragraph=paragraph,
                time=seconds,
                coder=row.coder,
                text=row.text,
                memo=row.memo,
                coding_uuid=row.coding_uuid,
            )
        )
        if len(found) % 500 == 0:
            context.advance(500)
    context.advance(len(found) % 500)
    return found


def isolated(name: str) -> str:
    """``name`` set apart from the text around it when it holds right-to-left
    letters (Unicode's first-strong isolate), so that "محمد · ¶ 4" keeps its
    order instead of the number joining the Arabic."""
    if any(unicodedata.bidirectional(char) in ("R", "AL") for char in name):
        return f"\u2068{name}\u2069"
    return name


def citation(row: QuoteRow, translate: Callable[[str], str] = english) -> str:
    """Where a quote comes from, in one line (its words in the language
    ``translate`` gives)."""
    parts = [isolated(row.document)]
    if row.speaker:
        parts.append(isolated(row.speaker))
    parts.append(f"¶ {row.paragraph}")
    if row.time is not None:
        parts.append(clock(row.time))
    coded_by = Message("coded by {coder}", coder=isolated(row.coder))
    parts.append(coded_by.translated(translate))
    return "— " + " · ".join(parts)


def code_headings(context: ReportContext) -> list[tuple[Code, Heading]]:
    """Each code in scope with its heading, in tree order.  A code sits one
    level below the nearest ancestor the report shows; its heading is its
    name under that ancestor, or its whole path when its parent is not shown."""
    codebook = context.scope.codebook
    codes = context.scope.codes()
    shown = {code.id for code in codes}
    levels: dict[int, int] = {}
    result = []
    for code in codes:
        parent = code.parent_id
        while parent is not None and parent not in shown:
            parent = codebook.codes[parent].parent_id if parent in codebook else None
        levels[code.id] = TOP_LEVEL if parent is None else levels[parent] + 1
        name = code.name if code.parent_id in shown else codebook.path(code.id)
        result.append((code, Heading(context.say(name), levels[code.id])))
    return result


def counts_line(rows: list[QuoteRow]) -> str:
    """ "12 passages · 4 documents · 2 coders" (own codings of the code)."""
    if not rows:
        return Message("No coded passages in this report.")
    documents = len({row.document for row in rows})
    coders = len({row.coder for row in rows})
    # three counts: three counted messages (a translation has one count's plural forms)
    return Message(
        "{passages} · {documents} · {coders}",
        passages=Message.counted("{count} passage{s}", count=len(rows)),
        documents=Message.counted("{count} document{s}", count=documents),
        coders=Message.counted("{count} coder{s}", count=coders),
    )


def _render(context: ReportContext) -> Iterator[Block]:
    yield Heading(context.words(SECTION.title), 1)
    by_code: dict[int, list[QuoteRow]] = {}
    for row in quotes_of(context):
        by_code.setdefault(row.code_id, []).append(row)
    for code, heading in code_headings(context):
        yield heading
        rows = by_code.get(code.id, [])
        yield Paragraph(context.words(counts_line(rows)), BODY)
        for row in rows:  # rows are pseudonymised already
            yield Quote(row.text, citation(row, context.translate), row.memo)
        context.advance(len(rows))


def _outline(context: ReportContext) -> Iterator[Heading]:
    yield Heading(context.words(SECTION.title), 1)
    for _code, heading in code_headings(context):
        yield heading


SECTION = Section("quotes", Message("Quotes by code"), _render, outline=_outline, prepare=quotes_of)
