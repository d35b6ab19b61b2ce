"""The codebook: the code tree, each code with its definition.

A code's description holds its definition and the notes on when to use it
and when not to ("use when…", "do not use when…"), written as the team
wrote them; it is shown whole, under the code's name, indented by depth.
"""

from __future__ import annotations

from collections.abc import Iterator

from qcode.export.report.blocks import CODE, DEFINITION, NOTE, Block, Heading, Paragraph
from qcode.export.report.context import ReportContext
from qcode.export.report.sections import Section
from qcode.messages import Message


def _render(context: ReportContext) -> Iterator[Block]:
    yield Heading(context.words(SECTION.title), 1)
    scope = context.scope
    codes = scope.codes()
    if not codes:
        yield Paragraph(context.words(Message("No codes in this report.")), NOTE)
        return
    shown = {code.id for code in codes}
    for code in codes:
        depth = scope.codebook.depth(code.id)
        name = code.name if code.parent_id in shown else scope.codebook.path(code.id)
        shown_name = context.say(name)
        if not code.codable:
            shown_name = context.words(
                Message("{name} (a grouping code: not applied to text)", name=shown_name)
            )
        yield Paragraph(shown_name, CODE, depth)
        if code.description.strip():
            yield Paragraph(context.say(code.description.strip()), DEFINITION, depth)
        if code.keywords:
            keywords = ", ".join(context.say(word) for word in code.keywords)
            yield Paragraph(
                context.words(Message("Keywords: {keywords}", keywords=keywords)), NOTE, depth
            )
    context.advance(len(codes))


SECTION = Section("codebook", Message("Codebook"), _render)
