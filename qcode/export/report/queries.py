"""Queries: the project's saved queries, each with what it asks and how many
passages it finds now, in the report's documents (as ``qcode query --run
NAME`` finds them: :func:`qcode.analysis.queries.saved.run_saved`).

With ``--query NAME`` the quotes of the report are those inside that
query's results (:mod:`qcode.export.report.query_filter`); this section says
which.  It lists counts, never passages: nothing here needs consent.
"""

from __future__ import annotations

from collections.abc import Iterator

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.export.report.blocks import NOTE, Block, Heading, Paragraph, Table
from qcode.export.report.context import ReportContext
from qcode.export.report.sections import Section
from qcode.messages import Message


def _render(context: ReportContext) -> Iterator[Block]:
    from qcode.analysis.queries.saved import run_saved

    yield Heading(context.words(SECTION.title), 1)
    project = context.project
    in_scope = set(context.scope.document_ids)
    rows = []
    for query in project.saved_queries():
        options = "; ".join(f"{k}: {', '.join(v)}" for k, v in query.options.as_json().items())
        try:
            hits = run_saved(project, query)
        except QcodeError as error:
            problem = error.args[0] if error.args else str(error)
            found = context.words(Message("cannot run now: {problem}", problem=problem))
        else:
            count = sum(1 for hit in hits if hit.document_id in in_scope)
            found = f"{count:,}"
        say = context.say
        rows.append((say(query.name), say(query.expression), say(options) or "—", say(found)))
        context.advance()
    words = context.words
    yield Paragraph(
        words(
            Message(
                "Each saved query, the passages it finds now in this report's documents "
                "('qcode query --run NAME' lists them)."
            )
        ),
        NOTE,
    )
    headers = (
        Message("Query"),
        Message("Asks"),
        Message("Options"),
        Message("Passages found"),
    )
    yield Table([words(header) for header in headers], rows, (2, 4, 2, 1))
    if context.query is not None:
        limited = Message(
            "The quotes of this report are limited to {query}.", query=context.query.describe()
        )
        yield Paragraph(context.say(words(limited)), NOTE)


def _unavailable(project: Project) -> str | None:
    if project.saved_queries():
        return None
    return Message("the project has no saved queries (save one with 'qcode query … --save NAME')")


def _outline(context: ReportContext) -> Iterator[Heading]:
    yield Heading(context.words(SECTION.title), 1)


SECTION = Section("queries", Message("Saved queries"), _render, _unavailable, outline=_outline)
