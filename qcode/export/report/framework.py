"""The framework matrix: for each case, the researcher's summary on each
code and the quotes it rests on.

The cells are those ``qcode framework`` lists
(:func:`qcode.analysis.framework.framework_grid`), for every case and the
codes in the report; each case is a table (code, summary, how many quotes),
then each cell's quotes as block quotes with their citations.  A quote the
consent register blocks is left out (and counted); the summary stays: it is
the researcher's writing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from qcode.core.project import Project
from qcode.export.report.blocks import CODE, NOTE, Block, Heading, Paragraph, Quote, Table
from qcode.export.report.context import ReportContext
from qcode.export.report.sections import Section
from qcode.messages import Message


@dataclass
class CaseRows:
    """One case of the matrix: (code path, summary, quotes) of each filled cell."""

    name: str
    cells: list[tuple[str, str, list[Quote]]] = field(default_factory=list)


def framework_rows(context: ReportContext) -> list[CaseRows]:
    """The filled cells of the report's codes, by case, read once."""
    if "framework" in context.cache:
        found: list[CaseRows] = context.cache["framework"]
        return found
    from qcode.analysis.framework import framework_grid
    from qcode.export.report.passages import Passages

    project = context.project
    grid = framework_grid(project, codes=context.scope.codes())
    passages = Passages(context)
    by_case: dict[int, CaseRows] = {}
    for i, j, cell in grid.filled():
        rows = by_case.setdefault(i, CaseRows(context.say(grid.cases[i].name)))
        quotes = []
        for segment in grid.quotes(i, j):
            coding = segment.coding
            if context.consent.blocks(coding.document_id, coding.start, coding.end):
                continue
            quotes.append(
                passages.quote(
                    coding.document_id, coding.start, coding.end, segment.text, segment.coder
                )
            )
        rows.cells.append((context.say(grid.paths[j]), context.say(cell.summary), quotes))
    result = [by_case[i] for i in sorted(by_case)]
    context.cache["framework"] = result
    context.advance()
    return result


def _render(context: ReportContext) -> Iterator[Block]:
    yield Heading(context.words(SECTION.title), 1)
    cases = framework_rows(context)
    if not cases:
        yield Paragraph(
            context.words(Message("No case has a summary on the codes in this report.")), NOTE
        )
        return
    yield Paragraph(
        context.words(
            Message(
                "Each case's summary on each code, as the team wrote it ('qcode framework'), "
                "then the coded passages each summary rests on."
            )
        ),
        NOTE,
    )
    headers = [context.words(h) for h in (Message("Code"), Message("Summary"), Message("Quotes"))]
    for case in cases:
        yield Heading(case.name, 2)
        rows = [(path, summary, str(len(quotes))) for path, summary, quotes in case.cells]
        yield Table(headers, rows, (2, 5, 1))
        for path, _summary, quotes in case.cells:
            if quotes:
                yield Paragraph(context.words(Message("{code}: the quotes", code=path)), CODE)
                yield from quotes
    context.advance(len(cases))


def _outline(context: ReportContext) -> Iterator[Heading]:
    yield Heading(context.words(SECTION.title), 1)
    project = context.project
    names = {cell.case_id for cell in project.framework_cells()}
    for case in project.cases():
        if case.id in names:
            yield Heading(context.say(case.name), 2)


def _unavailable(project: Project) -> str | None:
    if project.framework_cells():
        return None
    return Message("the project has no framework summaries yet (write one with 'qcode summary')")


SECTION = Section(
    "framework",
    Message("Framework matrix"),
    _render,
    _unavailable,
    outline=_outline,
    prepare=framework_rows,
)
