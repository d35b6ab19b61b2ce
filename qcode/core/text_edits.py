"""Correcting a document's text after it is coded: a misheard name, a wrong
date, a translation fixed.  One edit replaces ``text[start:end]`` (insertion
when ``start == end``, deletion when the new text is empty), makes the next
text version (:mod:`qcode.store.text_versions`) and is undone like any other.

Everything positioned in the text follows it (:func:`follow`):

* a span before the edit keeps its place; one after it shifts by the change
  in length; one that contains the edit grows or shrinks with it;
* a coding the edit cuts through (it overlaps the replaced text only in
  part) is kept on what remains of its text, and flagged "text changed" for
  the researcher to review;
* a coding whose whole text was replaced covers the new text instead, also
  flagged; when the new text is empty (a deletion) nothing of it is left, so
  it is removed, with its memo and what refers to it, and the edit's result
  names it (undo brings it back).

Memos on codings, links, grades, framework quotes and case members refer to
codings by identity and so follow them.  Speaker turns and rejected
suggestions move the same way (a turn is never re-detected), without flags;
one whose whole text was deleted is removed.  Labels never quote the text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import ClassVar

from qcode.core import references
from qcode.core.commands import Command, Transaction
from qcode.core.document_edits import text_sha256
from qcode.core.marks import retime_from_marks
from qcode.errors import QcodeError
from qcode.io.base import normalise_newlines
from qcode.io.limits import max_document_characters
from qcode.messages import Message
from qcode.model import Coding, Document
from qcode.store import changed_codings, codings, documents, memos, speakers, suggestions
from qcode.store import text_versions as versions
from qcode.store.changed_codings import NewFlag
from qcode.store.text_versions import NewVersion


def follow(
    span: tuple[int, int], start: int, end: int, inserted: int, *, drop_within: bool = False
) -> tuple[int, int, bool] | None:
    """Where the span ``(a, b)`` goes when ``text[start:end]`` is replaced by
    ``inserted`` characters: ``(a', b', changed)``, ``changed`` when the edit
    changed its text under it (see the module), or ``None`` when nothing of
    it is left (its whole text deleted; with ``drop_within``, replaced)."""
    a, b = span
    delta = inserted - (end - start)
    if b <= start:
        return a, b, False  # before the edit (or touching its start)
    if a >= end:
        return a + delta, b + delta, False  # after it (an insertion at a span's start too)
    if start <= a and b <= end:  # its whole text replaced
        if inserted == 0 or drop_within:
            return None
        return start, start + inserted, True
    if a <= start and end <= b:
        return a, b + delta, False  # it contains the edit
    if a < start:
        return a, start, True  # cut through at its end: what remains is before the edit
    return start + inserted, b + delta, True  # cut through at its start


@dataclass
class TextEdit:
    """What one edit did: the text version it made, and how the codings
    fared (``flagged`` and ``dropped`` by coding; the others counted)."""

    document_id: int
    version: int
    shifted: int = 0  # after the edit: moved by the change in length
    resized: int = 0  # containing the edit: grown or shrunk
    flagged: list[int] = field(default_factory=list)  # text changed under them
    dropped: list[Coding] = field(default_factory=list)  # their whole text deleted
    turns_moved: int = 0
    turns_dropped: int = 0
    memos_dropped: int = 0  # memos on the dropped codings


def clean_new_text(text: str) -> str:
    """The new text of an edit as imports store text: line endings as LF;
    refused (one line) if it holds a lone surrogate or a control character."""
    text = normalise_newlines(text)
    for char in text:
        if "\ud800" <= char <= "\udfff":
            raise QcodeError(
                Message("the new text is not valid Unicode (it holds a lone surrogate)")
            )
        if char not in "\n\t" and unicodedata.category(char) == "Cc":
            raise QcodeError(
                Message(
                    "the new text holds a control character (U+{codepoint:04X})",
                    codepoint=ord(char),
                )
            )
    return text


def apply_edit(
    tx: Transaction,
    document_id: int,
    start: int,
    end: int,
    new_text: str,
    result: TextEdit,
    *,
    drop_within: bool = False,
) -> None:
    """Replace ``text[start:end]`` of a document's stored text and move
    everything positioned in it (see the module), adding to ``result``.  The
    document's row and text version are the caller's."""
    documents.splice_text(tx.changes, document_id, start, end, new_text)
    inserted = len(new_text)
    moves: dict[int, tuple[int, int]] = {}
    flags: list[NewFlag] = []
    dropped: list[Coding] = []
    present = codings.codings(tx.conn, document_id=document_id)
    flagged = set(changed_codings.flagged_of(tx.conn, [coding.id for coding in present]))
    for coding in present:
        moved = follow((coding.start, coding.end), start, end, inserted, drop_within=drop_within)
        if moved is None:
            dropped.append(coding)
            continue
        a, b, changed = moved
        if (a, b) != (coding.start, coding.end):
            moves[coding.id] = (a, b)
            if not changed and a == coding.start:
                result.resized += 1
            elif not changed:
                result.shifted += 1
        if changed:
            result.flagged.append(coding.id)
            if coding.id not in flagged:
                flags.append(NewFlag(coding.id, result.version, coding.start, coding.end, tx.now))
    codings.move_many(tx.changes, moves)
    changed_codings.flag(tx.changes, flags)
    if dropped:
        ids = [coding.id for coding in dropped]
        memo_ids = memos.ids_on_codings(tx.conn, ids)
        memos.delete(tx.changes, memo_ids)
        result.memos_dropped += len(memo_ids)
        references.forget_codings(tx, ids)
        codings.delete(tx.changes, ids)
        result.dropped.extend(dropped)
    _follow_turns(tx, document_id, start, end, inserted, result)
    rejected: dict[int, tuple[int, int]] = {}
    gone: list[int] = []
    for rejection in suggestions.rejection_rows(tx.conn, document_id):
        moved = follow((rejection.start, rejection.end), start, end, inserted)
        if moved is None:
            gone.append(rejection.id)
        elif moved[:2] != (rejection.start, rejection.end):
            rejected[rejection.id] = moved[:2]
    suggestions.move_rejections(tx.changes, rejected)
    suggestions.delete_rejections(tx.changes, gone)


def _follow_turns(
    tx: Transaction, document_id: int, start: int, end: int, inserted: int, result: TextEdit
) -> None:
    moves: dict[int, tuple[int, int]] = {}
    gone: list[int] = []
    for turn in speakers.rows(tx.conn, document_id):
        moved = follow((turn.start, turn.end), start, end, inserted)
        if moved is None:
            gone.append(turn.id)
        elif moved[:2] != (turn.start, turn.end):
            moves[turn.id] = moved[:2]
    result.turns_moved += speakers.move_many(tx.changes, moves)
    if gone:
        speakers.delete(tx.changes, gone)
        result.turns_dropped += len(gone)
        labels = list(dict.fromkeys(turn.speaker for turn in speakers.rows(tx.conn, document_id)))
        documents.update(tx.changes, document_id, speakers=labels)


def next_version(tx: Transaction, document_id: int) -> int:
    current = versions.latest(tx.conn, [document_id]).get(document_id)
    return 1 if current is None else current.version + 1


@dataclass
class EditText(Command[TextEdit]):
    """Replace ``text[start:end]`` of a document by ``new_text`` (see the module)."""

    kind: ClassVar[str] = "edit_text"
    document: Document
    start: int
    end: int
    new_text: str

    @property
    def label(self) -> Message:
        name = self.document.name
        if self.start == self.end:
            return Message("insert into the text of '{document}'", document=name)
        if not self.new_text:
            return Message("delete from the text of '{document}'", document=name)
        return Message("correct the text of '{document}'", document=name)

    def do(self, tx: Transaction) -> TextEdit:
        new_text = clean_new_text(self.new_text)
        found = documents.documents(tx.conn, [self.document.id])
        if not found:
            raise QcodeError(Message("the document no longer exists; nothing was changed"))
        document = found[0]
        text = documents.text(tx.conn, document.id)
        start, end = self.start, self.end
        if start < 0 or end < 0:
            raise QcodeError(Message("positions start at 0"))
        if start > end:
            raise QcodeError(
                Message(
                    "START ({start:,}) is after END ({end:,}); nothing was changed",
                    start=start,
                    end=end,
                )
            )
        if end > len(text):
            raise QcodeError(
                Message(
                    "END ({end:,}) is past the end of '{document}' ({count:,} characters); "
                    "nothing was changed",
                    end=end,
                    document=document.name,
                    count=len(text),
                )
            )
        if text[start:end] == new_text:
            if new_text:
                raise QcodeError(Message("nothing to change: the text there is already that"))
            raise QcodeError(
                Message("nothing to change: give a span (START < END) or text to insert")
            )
        new_length = len(text) - (end - start) + len(new_text)
        limit = max_document_characters()
        if new_length > limit:
            raise QcodeError(
                Message(
                    "'{document}' would have more than {limit:,} characters; nothing was changed",
                    document=document.name,
                    limit=limit,
                )
            )
        updated = text[:start] + new_text + text[end:]
        if not updated.strip():
            raise QcodeError(
                Message(
                    "'{document}' would have no text left; nothing was changed",
                    document=document.name,
                )
            )
        result = TextEdit(document.id, next_version(tx, document.id))
        cues = speakers.turns(tx.conn, document.id)
        apply_edit(tx, document.id, start, end, new_text, result)
        # a transcript timed by its [hh:mm:ss] marks: its cues follow the marks
        retime_from_marks(tx, document.id, text, updated, cues)
        digest = text_sha256(updated)
        documents.update(tx.changes, document.id, length=len(updated), sha256=digest)
        removed, added = end - start, len(new_text)
        label = Message(
            "{removed:,} → {added:,} characters at {start:,}",
            removed=removed,
            added=added,
            start=start,
        )
        row = NewVersion(
            document.id,
            result.version,
            digest,
            len(updated),
            start,
            text[start:end],
            new_text,
            tx.coder.id,
            tx.now,
            label,
        )
        versions.insert(tx.changes, [row])
        return result


@dataclass
class ReviewCodings(Command[int]):
    """Clear the "text changed" flag of codings the researcher has reviewed."""

    kind: ClassVar[str] = "review_codings"
    coding_ids: list[int]

    @property
    def label(self) -> Message:
        count = len(set(self.coding_ids))
        return Message.counted("mark {count} changed coding{s} reviewed", count=count)

    def do(self, tx: Transaction) -> int:
        flagged = changed_codings.flagged_of(tx.conn, set(self.coding_ids))
        if not flagged:
            raise QcodeError(Message("none of those codings is flagged 'text changed'"))
        changed_codings.clear(tx.changes, flagged)
        return len(flagged)
