"""Passages quoted outside Quotes by code (a framework cell's quotes, an
allegation's): their text and their citation, as Quotes by code shows them.

The text is the stored text exactly, or, in a pseudonymised report, cut
again out of the pseudonymised text
(:class:`qcode.export.pseudonymised.Recut`) so that no cut leaves part of a
name.  The citation names the document, the speaker of the turn holding the
passage's start, its paragraph, its time in a recording, and the coder
(:func:`qcode.export.report.quotes.citation`).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from qcode.analysis import text_units
from qcode.export.report.blocks import Quote
from qcode.export.report.context import ReportContext
from qcode.export.report.quotes import QuoteRow, citation

if TYPE_CHECKING:
    from qcode.export.pseudonymised import Recut


class _Places:
    """One document's paragraph ends and speaker turns."""

    def __init__(self, context: ReportContext, document_id: int) -> None:
        project = context.project
        document = project.document(document_id)
        self.name = context.say(document.name)
        _starts, ends = text_units.paragraph_bounds(project.text(document))
        self.paragraph_ends: list[int] = ends.tolist()
        self.turns = [
            (turn.start, turn.end, turn.speaker, turn.time_start)
            for turn in project.speaker_turns(document)
        ]
        self.turn_starts = [turn[0] for turn in self.turns]

    def paragraph(self, position: int) -> int:
        return bisect_right(self.paragraph_ends, position) + 1

    def turn(self, position: int) -> tuple[str, float | None]:
        i = bisect_right(self.turn_starts, position) - 1
        if i >= 0 and position < self.turns[i][1]:
            return self.turns[i][2], self.turns[i][3]
        return "", None


class Passages:
    """Quotes of passages, with their citations, for one report."""

    def __init__(self, context: ReportContext) -> None:
        self.context = context
        self._places: dict[int, _Places] = {}
        self._recut: Recut | None = None
        if context.pseudonymiser is not None:
            from qcode.export.pseudonymised import Recut

            self._recut = Recut(context.project, context.pseudonymiser)

    def quote(
        self, document_id: int, start: int, end: int, text: str, coder: str, memo: str = ""
    ) -> Quote:
        """The block quote of ``text`` (``text[start:end]`` of the document,
        as stored) with its citation; ``memo`` shown under it."""
        places = self._places.get(document_id)
        if places is None:
            places = self._places[document_id] = _Places(self.context, document_id)
        if self._recut is not None:
            _start, _end, text = self._recut.span(document_id, start, end)
        speaker, seconds = places.turn(start)
        say = self.context.say
        row = QuoteRow(
            code_id=0,
            document=places.name,
            speaker=say(speaker),
            paragraph=places.paragraph(start),
            time=seconds,
            coder=say(coder),
            text=text,
            memo=say(memo),
            coding_uuid="",
        )
        return Quote(row.text, citation(row, self.context.translate), row.memo)
