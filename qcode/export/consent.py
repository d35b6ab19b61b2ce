"""Consent in exports: what every export of quotes leaves out, and says it did.

The consent register (:meth:`~qcode.core.project.Project.unquotable`) says
which passages may not be quoted: those of participants who did not consent
to being quoted (whole documents, or their speaker turns in any document).
Every export that writes passages of the documents' text asks a
:class:`Consent` before it writes one:

* rows of coded passages (the workbook's Segments sheet, the CSV, the
  report's quotes, framework quotes, corroboration quotes, query results)
  are left out when they overlap a blocked span, and a row's context is
  left empty when the context reaches into one;
* the excerpt beside a memo on a blocked coding is left out (the memo stays:
  it is the researcher's writing);
* word lists are counted without those documents and speakers' turns;
* whole texts (``.txt`` files, the sources of a ``.qdpx``) have each blocked
  span replaced by :data:`MARK`, one per character (line breaks kept), so
  that every position in them stays what it is in the project.

Each export then says how many passages it left out and why
(:meth:`Consent.lines`).  ``Consent.of(project, ignore=True)`` is for the
project's own backups: nothing is left out, and :meth:`Consent.lines` says
that the register was ignored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from qcode.analysis.segments_report import EXCERPT, MemoRow, SegmentRow, context_span
from qcode.messages import Message

if TYPE_CHECKING:
    from qcode.analysis.filters import Filters
    from qcode.core.consent import ConsentScreen
    from qcode.core.project import Project

MARK = "█"  # what a left-out character of a whole text becomes
IGNORED = (
    "the register was ignored (--ignore-consent): this file may quote participants who did "
    "not consent to being quoted; keep it as the project's own backup, never share it"
)
IGNORED_SHORT = Message("ignored (own backup): may quote participants who did not consent")


class Consent:
    """One export's questions to the consent register, and its count of what
    it left out (a passage counted once however many rows held it)."""

    def __init__(self, screen: ConsentScreen | None, *, ignored: bool = False) -> None:
        self.screen = screen if screen else None  # None: nothing is blocked (or ignored)
        self.ignored = ignored
        self._counted: set[tuple[int, int, int]] = set()

    @classmethod
    def of(cls, project: Project, *, ignore: bool = False) -> Consent:
        """The register of ``project`` as it is now (``ignore``: for a backup)."""
        if ignore:
            return cls(None, ignored=True)
        return cls(project.unquotable())

    @property
    def active(self) -> bool:
        """Whether anything at all may have to be left out."""
        return self.screen is not None

    def blocks(self, document_id: int, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` of a document must be left out; when so,
        it is counted (once) under its reason."""
        if self.screen is None:
            return False
        reason = self.screen.blocks(document_id, start, end)
        if reason is None:
            return False
        key = (document_id, start, end)
        if key not in self._counted:
            self._counted.add(key)
            self.screen.leave_out(reason)
        return True

    def touches(self, document_id: int, start: int, end: int) -> bool:
        """Whether the span overlaps a blocked one (nothing counted)."""
        return self.screen is not None and (self.screen.blocks(document_id, start, end) is not None)

    @property
    def left_out(self) -> int:
        """How many passages were left out."""
        return len(self._counted)

    def lines(self) -> list[str]:
        """What was left out and why, one line per reason; or that the
        register was ignored; ``[]`` when nothing was left out."""
        if self.ignored:
            return [IGNORED]
        return [] if self.screen is None else self.screen.summary()

    def line(self) -> str:
        """:meth:`lines` as one line ("" when there is nothing to say)."""
        return "; ".join(self.lines())

    def note(self) -> str:
        """For the file itself (a workbook's Summary sheet, a report's method,
        a manifest): what the register did to this export, naming no one (a
        file that is handed on should not say who declined)."""
        if self.ignored:
            return IGNORED_SHORT
        if not self.left_out or self.screen is None:
            return Message("honoured: nothing had to be left out")
        people = len(self.screen.left_out)
        passages = Message.counted("{count} passage{s}", count=self.left_out)
        who = Message.counted("{count} participant{s}", count=people)
        return Message(
            "honoured: {passages} left out, spoken by {who} who did not consent to being quoted",
            passages=passages,
            who=who,
        )

    def word_filters(self, project: Project, filters: Filters) -> Filters:
        """``filters`` narrowed for counting words: without the documents
        and speakers' turns of participants who did not consent, so that no
        word list shows words only they said."""
        if self.screen is None:
            return filters
        declined = [person for person in project.participants() if person.quote == "no"]
        blocked = {document_id for person in declined for document_id in person.documents}
        speakers = tuple(person.speaker for person in declined if person.speaker)
        documents = filters.documents
        if blocked:
            every = {d.id for d in project.documents()} if documents is None else documents
            documents = frozenset(every - blocked)
        return dataclasses.replace(
            filters,
            documents=documents,
            exclude_speakers=tuple(dict.fromkeys(filters.exclude_speakers + speakers)),
        )

    # -- rows ----------------------------------------------------------------------------

    def segments(self, project: Project, rows: Iterable[SegmentRow]) -> Iterator[SegmentRow]:
        """``rows`` (by document, original positions) without those that may
        not be quoted; a row whose context reaches into a blocked span keeps
        an empty context."""
        if self.screen is None:
            yield from rows
            return
        screen = self.screen
        document_id, text, partly = None, "", False
        for row in rows:
            if row.document_id != document_id:
                document_id = row.document_id
                partly = bool(screen.spans(document_id, 0)) and (
                    screen.document_block(document_id) is None
                )
                text = project.text(document_id) if partly else ""
            if self.blocks(row.document_id, row.start, row.end):
                continue
            if partly and row.context:
                context_start, context_end = context_span(text, row.start, row.end)
                if self.touches(row.document_id, context_start, context_end):
                    row = dataclasses.replace(row, context="")
            yield row

    def memos(self, project: Project, rows: Iterable[MemoRow]) -> list[MemoRow]:
        """``rows`` with the excerpt beside a memo on a blocked coding left
        out (the memo itself stays)."""
        rows = list(rows)
        if self.screen is None:
            return rows
        found: dict[str, tuple[int, str, list[tuple[str, int, int]]] | None] = {}
        result = []
        for row in rows:
            head = f"{row.document} — {row.code}: “"
            if row.kind != "coding" or not row.attached_to.startswith(head):
                result.append(row)
                continue
            if row.document not in found:
                found[row.document] = self._document(project, row.document)
            known = found[row.document]
            if known is None:
                result.append(row)
                continue
            document_id, text, codings = known
            shown = row.attached_to.removeprefix(head).removesuffix("”")
            blocked = False
            for path, start, end in codings:
                if path == row.code and _excerpt(text, start, end) == shown:
                    blocked = self.blocks(document_id, start, end)
                    break
            if blocked:
                row = dataclasses.replace(row, attached_to=f"{row.document} — {row.code}")
            result.append(row)
        return result

    def _document(
        self, project: Project, name: str
    ) -> tuple[int, str, list[tuple[str, int, int]]] | None:
        from qcode.errors import NotFoundError

        try:
            document = project.document(name)
        except NotFoundError:
            return None
        assert self.screen is not None
        if not self.screen.spans(document.id, document.length):
            return None  # nothing blocked here
        book = project.codebook()
        codings = [
            (book.path(c.code_id), c.start, c.end)
            for c in project.codings(document=document)
            if c.code_id in book
        ]
        return document.id, project.text(document), codings

    # -- whole texts ---------------------------------------------------------------------

    def redact(self, document_id: int, text: str) -> str:
        """``text`` with every blocked span's characters replaced by
        :data:`MARK` (line breaks kept: positions do not move), each span
        counted as a passage left out."""
        if self.screen is None:
            return text
        spans = self.screen.spans(document_id, len(text))
        if not spans:
            return text
        pieces: list[str] = []
        done = 0
        for span in sorted(spans, key=lambda s: (s.start, s.end)):
            start, end = max(span.start, done), min(span.end, len(text))
            if start >= end:
                continue
            key = (document_id, span.start, span.end)
            if key not in self._counted:
                self._counted.add(key)
                self.screen.leave_out(span.block)
            pieces.append(text[done:start])
            pieces.append("".join(c if c in "\r\n" else MARK for c in text[start:end]))
            done = end
        pieces.append(text[done:])
        return "".join(pieces)

    def whole(self, document_id: int) -> bool:
        """Whether a whole document may not be quoted (counted when so)."""
        if self.screen is None:
            return False
        block = self.screen.document_block(document_id)
        if block is None:
            return False
        key = (document_id, -1, -1)
        if key not in self._counted:
            self._counted.add(key)
            self.screen.leave_out(block)
        return True


def _excerpt(text: str, start: int, end: int) -> str:
    """A coding's excerpt as :func:`~qcode.analysis.segments_report.memo_rows` shows it."""
    excerpt = " ".join(text[start : start + min(end - start, EXCERPT)].split())
    return excerpt + "…" if end - start > EXCERPT else excerpt
