"""Report rows and the codebook with the pseudonym table applied.

Replacing identifiers cell by cell is not enough where a cell holds a piece
cut out of a text: a coded segment that starts inside "Zhang Wei", or a
context cut off in the middle of "张伟", would show part of a name that no
longer matches the identifier.  So the segments of a report are cut again
out of each document's *pseudonymised* text, through the position map of
:meth:`~qcode.core.pseudonymise.Pseudonymiser.rewrite`, and their start and end
are positions in that text (the text ``qcode export --pseudonymise`` writes
for the document); so is the excerpt of a memo's coding.  Everything else
is replaced whole.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from qcode.analysis.segments_report import EXCERPT, MemoRow, SegmentRow, context_span
from qcode.core.project import Project
from qcode.core.pseudonymise import OffsetMap, Pseudonymiser, Rewritten
from qcode.errors import NotFoundError
from qcode.model import Coding

NOTE = (
    "yes: every identifier in the project's pseudonym table is replaced by its pseudonym; "
    "segments' start and end are positions in the pseudonymised texts, and words that are "
    "part of an identifier are left out of the word lists"
)


def segments(
    project: Project, rows: Iterable[SegmentRow], pseudonymiser: Pseudonymiser
) -> Iterator[SegmentRow]:
    """``rows`` (by document, as :func:`segment_rows` yields them) cut out of
    the pseudonymised texts, every other field replaced."""
    replace = pseudonymiser.replace
    document_id: int | None = None
    original = ""
    rewritten = Rewritten("", OffsetMap())
    for row in rows:
        if row.document_id != document_id:
            document_id = row.document_id
            original = project.text(document_id)
            rewritten = pseudonymiser.rewrite(original)
        start, end = rewritten.offsets.span(row.start, row.end)
        yield dataclasses.replace(
            row,
            code=replace(row.code),
            document=replace(row.document),
            speaker=replace(row.speaker),
            start=start,
            end=end,
            text=rewritten.text[start:end],
            context=_context(row, original, rewritten),
            coder=replace(row.coder),
            memo=replace(row.memo),
        )


def _context(row: SegmentRow, original: str, rewritten: Rewritten) -> str:
    """The row's context, cut at the same places out of the new text; a
    context that began or ended inside an identifier holds its whole replacement;
    a context left out (empty: see :mod:`qcode.export.consent`) stays empty."""
    if not row.context:
        return ""
    context_start, context_end = context_span(original, row.start, row.end)
    core = original[context_start:context_end].strip()
    new_start, new_end = rewritten.offsets.span(context_start, context_end)
    new_core = rewritten.text[new_start:new_end].strip()
    for before in ("", "…"):
        for after in ("", "…"):
            if row.context == f"{before}{core}{after}":
                return f"{before}{new_core}{after}"
    return new_core  # the report's rules changed: still only pseudonymised text


def memos(project: Project, rows: Iterable[MemoRow], pseudonymiser: Pseudonymiser) -> list[MemoRow]:
    """``rows`` with identifiers replaced; the excerpt of a memo's coding is
    cut again out of the pseudonymised text (see :class:`_Excerpts`)."""
    replace = pseudonymiser.replace
    excerpts = _Excerpts(project, pseudonymiser)
    result = []
    for row in rows:
        attached = replace(row.attached_to)
        if row.kind == "coding":
            attached = f"{replace(row.document)} — {replace(row.code)}"
            excerpt = excerpts.find(row)
            if excerpt is not None:
                attached += f": “{excerpt}”"
        result.append(
            dataclasses.replace(
                row,
                attached_to=attached,
                document=replace(row.document),
                code=replace(row.code),
                title=replace(row.title),
                text=replace(row.text),
                author=replace(row.author),
            )
        )
    return result


class _Excerpts:
    """A memo row names its coding by document, code and the start of the
    coded text; the coding is found again by those, and its excerpt taken
    from the pseudonymised text, so that no cut leaves part of a name."""

    def __init__(self, project: Project, pseudonymiser: Pseudonymiser) -> None:
        self.project = project
        self.pseudonymiser = pseudonymiser
        self.codebook = project.codebook()
        self._documents: dict[str, tuple[str, Rewritten, list[Coding]] | None] = {}

    def find(self, row: MemoRow) -> str | None:
        """The pseudonymised excerpt for ``row``; None if its coding is not found."""
        found = self._document(row.document)
        if found is None:
            return None
        text, rewritten, codings = found
        head = f"{row.document} — {row.code}: “"
        shown = row.attached_to.removeprefix(head).removesuffix("”")
        for coding in codings:
            if self.codebook.path(coding.code_id) != row.code:
                continue
            if _excerpt(text, coding.start, coding.end) == shown:
                start, end = rewritten.offsets.span(coding.start, coding.end)
                return _excerpt(rewritten.text, start, end)
        return None

    def _document(self, name: str) -> tuple[str, Rewritten, list[Coding]] | None:
        if name not in self._documents:
            try:
                document = self.project.document(name)
            except NotFoundError:
                self._documents[name] = None
                return None
            text = self.project.text(document)
            codings = [
                c for c in self.project.codings(document=document) if c.code_id in self.codebook
            ]
            self._documents[name] = (text, self.pseudonymiser.rewrite(text), codings)
        return self._documents[name]


def _excerpt(text: str, start: int, end: int) -> str:
    """A coding's excerpt as :func:`~qcode.analysis.segments_report.memo_rows` shows it."""
    excerpt = " ".join(text[start : start + min(end - start, EXCERPT)].split())
    return excerpt + "…" if end - start > EXCERPT else excerpt


class Recut:
    """Spans of documents cut again out of their pseudonymised texts, for a
    sheet of passages (quotes, query results): ``span`` gives the new start,
    end and text.  The last few documents' rewritten texts are kept, so rows
    that come by document cost one rewrite per document."""

    KEEP = 4

    def __init__(self, project: Project, pseudonymiser: Pseudonymiser) -> None:
        self.project = project
        self.pseudonymiser = pseudonymiser
        self._texts: dict[int, Rewritten] = {}

    def span(self, document_id: int, start: int, end: int) -> tuple[int, int, str]:
        rewritten = self._texts.pop(document_id, None)
        if rewritten is None:
            rewritten = self.pseudonymiser.rewrite(self.project.text(document_id))
        self._texts[document_id] = rewritten  # most recently used last
        while len(self._texts) > self.KEEP:
            del self._texts[next(iter(self._texts))]
        new_start, new_end = rewritten.offsets.span(start, end)
        return new_start, new_end, rewritten.text[new_start:new_end]
