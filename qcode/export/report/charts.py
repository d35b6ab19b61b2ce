"""Charts: the codes applied most often, and which codes were applied
together, each as a picture followed by its figures as a table.

* **Frequencies**: the :data:`TOP_CODES` codes with the most coded passages
  of their own (:func:`qcode.analysis.frequencies.code_frequencies`);
* **Co-occurrence**: for the :data:`MAP_CODES` most applied of them, how many
  times a passage of one overlapped a passage of the other
  (:func:`qcode.analysis.cooccurrence.cooccurrence`, as ``qcode
  cooccurrence`` counts them).
"""

from __future__ import annotations

from collections.abc import Iterator

from qcode.analysis import cooccurrence, frequencies
from qcode.export.report.blocks import NOTE, Block, Figure, Heading, Paragraph, Table
from qcode.export.report.context import ReportContext
from qcode.export.report.sections import Section
from qcode.messages import Message

TOP_CODES = 25
MAP_CODES = 12
WIDTH_CM = 16.0


def _render(context: ReportContext) -> Iterator[Block]:
    from qcode.export.report.drawing import bar_chart, heat_map
    from qcode.export.report.fonts import FontSet

    yield Heading(context.words(SECTION.title), 1)
    words = context.words
    found = frequencies.code_frequencies(context.project, context.filters)
    top = sorted((r for r in found if r.own.segments), key=lambda r: (-r.own.segments, r.path))
    top = top[:TOP_CODES]
    context.advance()
    if not top:
        yield Paragraph(words(Message("No coded passages in this report: nothing to chart.")), NOTE)
        return
    fonts = FontSet.find(Message("the charts"))
    paths = [context.say(row.path) for row in top]
    values = [row.own.segments for row in top]
    yield Heading(words(FREQUENCIES), 2)
    yield Figure(
        bar_chart(fonts, paths, values, words(Message("coded passages (own)"))),
        WIDTH_CM,
        words(
            Message("Bar chart of the {count} codes with the most coded passages.", count=len(top))
        ),
    )
    rows = [(path, f"{value:,}") for path, value in zip(paths, values, strict=True)]
    yield Table((words(Message("Code")), words(Message("Coded passages (own)"))), rows)
    context.advance()

    mapped = top[:MAP_CODES]
    if len(mapped) < 2:
        return
    matrix = cooccurrence.cooccurrence(context.project, context.filters)
    index = {code.id: number for number, code in enumerate(matrix.codes)}
    chosen = [index[row.code.id] for row in mapped if row.code.id in index]
    counts = [[matrix.counts[i][j] for j in chosen] for i in chosen]
    names = [context.say(matrix.paths[i]) for i in chosen]
    yield Heading(words(COOCCURRENCE), 2)
    yield Paragraph(
        words(
            Message(
                "How often passages of two codes overlap, for the {count} codes applied most "
                "often (the figures of 'qcode cooccurrence').",
                count=len(chosen),
            )
        ),
        NOTE,
    )
    yield Figure(
        heat_map(fonts, names, counts),
        WIDTH_CM,
        words(
            Message(
                "Heat map of how often the {count} most applied codes overlap.",
                count=len(chosen),
            )
        ),
    )
    headers = (words(Message("Code")), *(str(n + 1) for n in range(len(chosen))))
    cells = [
        (f"{n + 1}. {name}", *("—" if value is None else str(value) for value in row))
        for n, (name, row) in enumerate(zip(names, counts, strict=True))
    ]
    yield Table(headers, cells)
    context.advance()


def _outline(context: ReportContext) -> Iterator[Heading]:
    yield Heading(context.words(SECTION.title), 1)
    yield Heading(context.words(FREQUENCIES), 2)
    yield Heading(context.words(COOCCURRENCE), 2)


FREQUENCIES = Message("Code frequencies")
COOCCURRENCE = Message("Co-occurrence")
SECTION = Section("charts", Message("Charts"), _render, outline=_outline)
