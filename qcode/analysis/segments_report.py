"""Rows for reports: every coded segment with its context, and every memo.

:func:`segment_rows` is a generator: it reads one document at a time (its
text once, its codings, speaker turns and coding memos), so a report of
200,000 segments never holds more than one document's worth in memory.

**Context** of a segment: the paragraph(s) holding it, i.e. the text from
the line break before the segment to the line break after it.  When that is
over :data:`PARAGRAPH_LIMIT` characters, the sentence(s) holding the segment
instead, a sentence ending at ``.``, ``!``, ``?`` or ``…`` followed by a space
or line break, or at ``。``, ``！``, ``？`` (closing quotes and brackets stay
with their sentence).  Should those sentences still hold more than the limit
besides the segment, the segment with up to :data:`MARGIN` characters either
side, cut at a space where there is one, with ``…`` marking the cuts.
Context never leaves the paragraph, and white space at its edges is dropped.

**Memos** follow the filters this way: a memo on a coding is listed when its
coding is; a memo on a document when the document is in scope; a memo on a
code when the code is; project memos always.  With a coder filter, memos
not on a coding are listed only when one of those coders wrote them.  A
memo on a case is listed (attached to the case, by name) like a project
memo.  With a speaker filter, a memo on a coding is listed when its coding
passes it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from qcode.analysis.filters import Filters, Scope
from qcode.analysis.speaker_filter import KeptText
from qcode.core.project import Project

PARAGRAPH_LIMIT = 600
MARGIN = 300
EXCERPT = 80  # characters of a coding shown beside a memo on it
SEGMENT_HEADERS = (
    "Code",
    "Document",
    "Speaker",
    "Start",
    "End",
    "Coded text",
    "Context",
    "Coder",
    "Coded at (UTC)",
    "Memo",
    "Coding ID",
)
MEMO_HEADERS = (
    "Kind",
    "Attached to",
    "Document",
    "Code",
    "Title",
    "Memo",
    "Author",
    "Created (UTC)",
    "Modified (UTC)",
)
# A run of sentence-ending punctuation with any closing quotes or brackets; a
# Western one must be followed by white space (see _sentence_ends).
_SENTENCE_END = re.compile(r"[.!?…。！？][.!?…。！？\"'”’»)\]」』）]*")
_CJK_ENDS = frozenset("。！？")


@dataclass(frozen=True)
class SegmentRow:
    """One coded segment, ready for a report."""

    code: str  # path
    document: str
    speaker: str  # of the turn holding the segment's start ("" when none)
    start: int
    end: int
    text: str
    context: str
    coder: str
    created_at: str
    memo: str
    coding_uuid: str
    code_id: int
    document_id: int

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def cells(self) -> list[str | int]:
        """The row as report cells, in the order of :data:`SEGMENT_HEADERS`."""
        return [
            self.code,
            self.document,
            self.speaker,
            self.start,
            self.end,
            self.text,
            self.context,
            self.coder,
            utc_text(self.created_at),
            self.memo,
            self.coding_uuid,
        ]


@dataclass(frozen=True)
class MemoRow:
    """One memo, with what it is attached to in words."""

    kind: str  # project | document | code | coding | case
    attached_to: str
    document: str
    code: str
    title: str
    text: str
    author: str
    created_at: str
    modified_at: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def cells(self) -> list[str]:
        """The row as report cells, in the order of :data:`MEMO_HEADERS`."""
        return [
            self.kind,
            self.attached_to,
            self.document,
            self.code,
            self.title,
            self.text,
            self.author,
            utc_text(self.created_at),
            utc_text(self.modified_at),
        ]


def utc_text(iso: str) -> str:
    """``2024-03-02T10:00:00+00:00`` → ``2024-03-02 10:00:00`` (qcode stores UTC)."""
    return iso[:19].replace("T", " ")


def segment_count(project: Project, filters: Filters | None = None) -> int:
    """How many rows :func:`segment_rows` will yield."""
    scope = (filters or Filters()).resolve(project)
    if scope.speakers is None:
        documents = None if scope.all_documents else scope.document_ids
        return project.reader.coding_total(
            documents, scope.code_ids, scope.coder_ids, scope.origins
        )
    # A speaker filter is about where each coding starts: count them one by one.
    reader = project.reader.coding_sweep(scope.code_ids, scope.coder_ids, scope.origins)
    total = 0
    for document in scope.documents:
        kept = scope.kept_text(project, document)
        if kept is not None and not kept.empty:
            total += sum(1 for span in reader.spans(document.id) if kept.holds(span[1]))
    return total


def segment_rows(project: Project, filters: Filters | None = None) -> Iterator[SegmentRow]:
    """Every coding in scope, by document (display order) then position."""
    scope = (filters or Filters()).resolve(project)
    coders = {coder.id: coder.name for coder in project.coders()}
    paths = {code.id: scope.codebook.path(code.id) for code in scope.codebook.walk()}
    reader = project.reader.coding_sweep(scope.code_ids, scope.coder_ids, scope.origins)
    for document in scope.documents:
        kept = scope.kept_text(project, document)
        if kept is not None and kept.empty:
            continue
        rows = reader.rows(document.id)
        if kept is not None:
            rows = [row for row in rows if kept.holds(row[3])]
        if not rows:
            continue
        text = project.text(document)
        turns = project.speaker_turns(document)
        turn_starts = [turn.start for turn in turns]
        memos = project.reader.memo_texts_of_codings_in(document.id)
        sentences = _Sentences(text)
        for coding_id, uuid, code_id, start, end, coder_id, created_at in rows:
            speaker = ""
            i = bisect_right(turn_starts, start) - 1
            if i >= 0 and start < turns[i].end:
                speaker = turns[i].speaker
            yield SegmentRow(
                code=paths[code_id],
                document=document.name,
                speaker=speaker,
                start=start,
                end=end,
                text=text[start:end],
                context=sentences.marked(start, end),
                coder=coders.get(coder_id, "?"),
                created_at=created_at,
                memo=memos.get(coding_id, ""),
                coding_uuid=uuid,
                code_id=code_id,
                document_id=document.id,
            )


def context_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the context of ``text[start:end]`` begins and ends (see the module)."""
    return _Sentences(text).context(start, end)


class _Sentences:
    """Paragraph and sentence bounds in one text, the sentences found only
    when a long paragraph first needs them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends: list[int] | None = None

    def context(self, start: int, end: int) -> tuple[int, int]:
        """The context's bounds, without white space at its edges."""
        context_start, context_end, _cut = self._context(start, end)
        text = self.text
        while context_start < start and text[context_start].isspace():
            context_start += 1
        while context_end > end and text[context_end - 1].isspace():
            context_end -= 1
        return context_start, context_end

    def _context(self, start: int, end: int) -> tuple[int, int, bool]:
        """(start, end, whether the margins were cut) of the context."""
        text = self.text
        # A segment's own line breaks at its edges do not pull in more paragraphs.
        first = start + 1 if text[start : start + 1] == "\n" else start
        last = max(end - 1, first)
        paragraph_start = min(start, text.rfind("\n", 0, first) + 1)
        paragraph_end = text.find("\n", last)
        paragraph_end = max(end, len(text) if paragraph_end < 0 else paragraph_end)
        if paragraph_end - paragraph_start <= PARAGRAPH_LIMIT:
            return paragraph_start, paragraph_end, False
        if self._ends is None:
            self._ends = _sentence_ends(text)
        ends = self._ends
        i = bisect_right(ends, start) - 1
        sentence_start = max(paragraph_start, ends[i] if i >= 0 else 0)
        j = bisect_left(ends, end)
        sentence_end = min(paragraph_end, ends[j] if j < len(ends) else len(text))
        if sentence_end - sentence_start - (end - start) <= PARAGRAPH_LIMIT:
            return sentence_start, sentence_end, False
        return (
            max(sentence_start, _cut_before(text, start)),
            min(sentence_end, _cut_after(text, end)),
            True,
        )

    def marked(self, start: int, end: int) -> str:
        """The context as shown: white space trimmed, ``…`` where margins were cut."""
        context_start, context_end, cut = self._context(start, end)
        context = self.text[context_start:context_end].strip()
        if not cut:
            return context
        before = "…" if context_start < start else ""
        after = "…" if context_end > end else ""
        return f"{before}{context}{after}"


def _sentence_ends(text: str) -> list[int]:
    """Where sentences end: after 。！？, or after .!?… followed by white space."""
    ends = []
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if text[match.start()] in _CJK_ENDS or end == len(text) or text[end].isspace():
            ends.append(end)
    return ends


def _cut_before(text: str, start: int) -> int:
    space = text.find(" ", max(0, start - MARGIN), start)
    return space + 1 if space >= 0 else max(0, start - MARGIN)


def _cut_after(text: str, end: int) -> int:
    space = text.rfind(" ", end, end + MARGIN)
    return space if space >= 0 else min(len(text), end + MARGIN)


# -- memos ------------------------------------------------------------------------------


def memo_rows(project: Project, filters: Filters | None = None) -> list[MemoRow]:
    """Every memo in scope (see the module), oldest first."""
    scope = (filters or Filters()).resolve(project)
    documents = {document.id: document.name for document in project.documents()}
    in_scope = set(scope.document_ids)
    coders = {coder.id: coder.name for coder in project.coders()}
    memos = project.memos()
    codings = project.reader.codings_by_id([m.coding_id for m in memos if m.coding_id is not None])
    speakers = _KeptStarts(project, scope)
    cases = (
        {case.id: case.name for case in project.cases()} if any(m.case_id for m in memos) else {}
    )
    rows = []
    for memo in memos:
        kind = memo.target_kind
        document = code = attached = ""
        if kind == "coding":
            found = codings.get(memo.coding_id or 0)
            if found is None:
                continue
            document_id, code_id, start, end, coder_id = found
            if not (
                document_id in in_scope
                and scope.includes_code(code_id)
                and scope.includes_coder(coder_id)
                and speakers.counts(document_id, start)
            ):
                continue
            document = documents.get(document_id, "?")
            code = _path(scope, code_id)
            excerpt = project.reader.excerpt(document_id, start, min(end - start, EXCERPT))
            if end - start > EXCERPT:
                excerpt += "…"
            attached = f"{document} — {code}: “{' '.join(excerpt.split())}”"
        else:
            if not scope.includes_coder(memo.coder_id):
                continue
            if kind == "document":
                if memo.document_id not in in_scope:
                    continue
                document = attached = documents.get(memo.document_id or 0, "?")
            elif kind == "code":
                if memo.code_id not in scope.codebook or not scope.includes_code(memo.code_id or 0):
                    continue
                code = attached = _path(scope, memo.code_id or 0)
            elif kind == "case":
                attached = cases.get(memo.case_id or 0, "?")
            else:
                attached = project.name
        rows.append(
            MemoRow(
                kind=kind,
                attached_to=attached,
                document=document,
                code=code,
                title=memo.title,
                text=memo.text,
                author="" if memo.coder_id is None else coders.get(memo.coder_id, "?"),
                created_at=memo.created_at,
                modified_at=memo.modified_at,
            )
        )
    return rows


class _KeptStarts:
    """Whether a coding's start passes the speaker filter, document by document."""

    def __init__(self, project: Project, scope: Scope) -> None:
        self.project, self.scope = project, scope
        self.kept: dict[int, KeptText | None] = {}

    def counts(self, document_id: int, start: int) -> bool:
        if self.scope.speakers is None:
            return True
        if document_id not in self.kept:
            document = self.project.document(document_id)
            self.kept[document_id] = self.scope.kept_text(self.project, document)
        kept = self.kept[document_id]
        return kept is None or kept.holds(start)


def _path(scope: Scope, code_id: int) -> str:
    return scope.codebook.path(code_id) if code_id in scope.codebook else "?"
