"""Permanent redaction: the pseudonym table applied to the project's own text.

Exports replace identifiers on the way out (:mod:`qcode.core.pseudonymise`)
and leave the project's text as it was.  Some projects must never hold an
informant's original words at all: :class:`RedactDocuments` rewrites the
stored text of documents with the table, and with it everything that names
or points into them:

* codings, speaker turns and rejected suggestions follow the text (a span
  that began or ended inside an identifier covers its whole replacement);
* the document's name, file name and speakers, its text attributes, and the
  memos on it and on its codings are rewritten too;
* the redacted text is a new text version, and the edits kept for the
  versions before it are erased (they could hold the identifiers); the bytes
  of its original file go (its size and hash stay) and its file name is
  rewritten;
* so are the findings that rest on it: the memos of links from or to its
  codings; each case with a member in it (the document, a speaker in it, one
  of its codings, or a speaker who speaks in it), that is the case's name,
  type, description, text attributes, memos and framework summaries; and a
  speaker whose label is replaced keeps their role and case memberships
  under the new label (the old label's row goes when no document uses it).

It is one edit, undone like any other while the project stays open (its
change set holds the original, which is how undo works).  When the project
is closed, :func:`seal_redactions` makes it permanent: the change set is
erased and the file rebuilt so that no byte of the original is left in it
(:func:`qcode.store.redaction.purge_redactions`).  The pseudonym table
itself stays: it is what finds the identifiers in documents imported later.

A transcript's recording is not touched: qcode cannot cut words out of
audio, and the researcher may still need to listen to the interview.  The
result says, for each redacted document that has a recording linked or
timed cues, that the recording still holds what was replaced
(:attr:`DocumentRedaction.recording`) and when, in the recording, the
cues that held a replaced identifier are spoken
(:attr:`DocumentRedaction.recording_times`), so that the researcher keeps
the file apart from anything shared, or cuts those moments out of it.

Labels never name an identifier: "redact 3 documents".
"""

from __future__ import annotations

import glob
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from qcode.core.commands import Command, Transaction
from qcode.core.document_edits import text_sha256
from qcode.core.names import unique_name
from qcode.core.pseudonymise import OffsetMap, Pseudonymiser
from qcode.core.pseudonyms import read_pseudonyms
from qcode.core.redacted_recordings import recording_of, recording_warning, replaced_times
from qcode.core.text_edits import next_version
from qcode.core.timeline import Times
from qcode.errors import QcodeError, message_of
from qcode.messages import Message
from qcode.model import Document, Member
from qcode.store import (
    attributes,
    cases,
    codings,
    documents,
    framework,
    links,
    memos,
    originals,
    speakers,
    suggestions,
    text_versions,
)
from qcode.store import redaction as stored
from qcode.store.database import Connection, Database
from qcode.store.errors import sqlite_errors
from qcode.store.text_versions import NewVersion

# A replacement next to other text can form another identifier ("甲" + "乙"
# when "甲乙" is in the table): the text is rewritten again, a few times at most.
_PASSES = 4


# The name of the text version a redaction writes (stored in English, as every
# version's name; the app translates it when it shows it).
REDACTED_TEXT = Message("redaction: the pseudonym table's identifiers replaced")


def was_redacted(conn: Connection, document: Document) -> bool:
    """Has a redaction rewritten ``document``'s text?  Its recording, if it
    has one, still says what was replaced: exports keep it out."""
    return any(v.label == REDACTED_TEXT for v in text_versions.versions(conn, document.id))


@dataclass(frozen=True)
class DocumentRedaction:
    """What redacting one document changed."""

    document_id: int
    name: str  # the document's name afterwards
    replacements: int  # identifiers replaced in its text
    codings_moved: int  # codings whose start or end changed
    other: int  # names, speakers, attribute values and memos rewritten
    # a timed transcript: its recording (the linked file's name, or "" when
    # none is linked) still says what the text no longer does
    recording: str | None = None
    # when the cues that held a replaced identifier are spoken, in seconds
    recording_times: tuple[Times, ...] = ()

    def recording_warning(self) -> Message | None:
        """That the recording still holds what was replaced, and where it is
        spoken (one line, for the researcher to act on), or ``None``."""
        return recording_warning(self.name, self.recording, self.recording_times)


class _Rewriter:
    """The table applied until no identifier is left."""

    def __init__(self, pseudonymiser: Pseudonymiser) -> None:
        self.pseudonymiser = pseudonymiser

    def text(self, text: str) -> tuple[str, list[OffsetMap], int]:
        """The rewritten text, the position maps to apply in order, and how
        many identifiers were replaced."""
        maps: list[OffsetMap] = []
        count = 0
        for _ in range(_PASSES):
            rewritten = self.pseudonymiser.rewrite(text)
            if not rewritten.offsets.spans:
                break
            maps.append(rewritten.offsets)
            count += len(rewritten.offsets.spans)
            text = rewritten.text
        if self.pseudonymiser.leaks(text):
            raise QcodeError(
                Message(
                    "an identifier would be left in the text (a replacement next to other "
                    "text forms an identifier again); change that replacement; nothing was "
                    "redacted"
                )
            )
        return text, maps, count

    def short(self, text: str) -> str:
        """A name, attribute value or memo, rewritten."""
        return self.text(text)[0] if text else text


def _span(maps: Sequence[OffsetMap], start: int, end: int) -> tuple[int, int]:
    for offsets in maps:
        start, end = offsets.span(start, end)
    return start, end


def _rewriter(conn: Connection) -> _Rewriter | None:
    table = read_pseudonyms(conn)
    if not table:
        return None
    return _Rewriter(Pseudonymiser((entry.original, entry.replacement) for entry in table))


@dataclass
class RedactDocuments(Command[list[DocumentRedaction]]):
    """Replace the pseudonym table's identifiers in documents, for good once
    the project is closed (see the module)."""

    kind: ClassVar[str] = stored.KIND
    documents: Sequence[Document]

    @property
    def label(self) -> Message:
        count = len({document.id for document in self.documents})
        return Message.counted("redact {count} document{s}", count=count)

    def do(self, tx: Transaction) -> list[DocumentRedaction]:
        if not self.documents:
            raise QcodeError(Message("no documents to redact"))
        rewriter = _rewriter(tx.conn)
        if rewriter is None:
            raise QcodeError(
                Message(
                    "the pseudonym table is empty: add the identifiers to replace with "
                    "'qcode pseudonym' or Privacy ▸ Pseudonyms… first"
                )
            )
        ids = list(dict.fromkeys(document.id for document in self.documents))
        current = {document.id: document for document in documents.documents(tx.conn, ids)}
        if len(current) != len(ids):
            raise QcodeError(Message("a document to redact no longer exists; nothing was redacted"))
        names = {document_id: rewriter.short(current[document_id].name) for document_id in ids}
        # Names that stay as they are first, so a new name never takes one.
        taken = {name for _id, name in documents.names_in_order(tx.conn)}
        taken -= {current[i].name for i in ids if names[i] != current[i].name}
        for document_id in ids:
            if names[document_id] != current[document_id].name:
                names[document_id] = unique_name(names[document_id], taken)
                taken.add(names[document_id])
        results = [
            _redact(tx, rewriter, current[document_id], names[document_id]) for document_id in ids
        ]
        if not tx.steps:
            if len(ids) == 1:
                raise QcodeError(
                    Message(
                        "nothing to redact: no identifier of the pseudonym table occurs in "
                        "that document"
                    )
                )
            raise QcodeError(
                Message(
                    "nothing to redact: no identifier of the pseudonym table occurs in "
                    "those documents"
                )
            )
        return results


def _redact(
    tx: Transaction, rewriter: _Rewriter, document: Document, name: str
) -> DocumentRedaction:
    text, maps, replacements = rewriter.text(documents.text(tx.conn, document.id))
    if maps:
        documents.set_text(tx.changes, document.id, text)
        _new_version(tx, document.id, text)
    other = _redact_original(tx, rewriter, document.id, bool(maps))
    if name != document.name:
        other += 1
    source_name = rewriter.short(document.source_name) if document.source_name else None
    if source_name == document.source_name:
        source_name = None
    elif source_name is not None:
        other += 1
    speaker_names = list(dict.fromkeys(rewriter.short(speaker) for speaker in document.speakers))
    documents.update(
        tx.changes,
        document.id,
        length=len(text) if maps else None,
        sha256=text_sha256(text) if maps else None,
        name=name if name != document.name else None,
        source_name=source_name,
        speakers=speaker_names if speaker_names != list(document.speakers) else None,
    )

    related = cases.ids_touching_documents(tx.conn, [document.id])
    relabelled: dict[str, str] = {}
    moved = 0
    for coding in codings.codings(tx.conn, document_id=document.id):
        start, end = _span(maps, coding.start, coding.end)
        if (start, end) != (coding.start, coding.end):
            codings.move(tx.changes, coding.id, start, end)
            moved += 1
    for turn in speakers.rows(tx.conn, document.id):
        new_start, new_end = _span(maps, turn.start, turn.end)
        span_moved = (new_start, new_end) != (turn.start, turn.end)
        new_speaker = rewriter.short(turn.speaker)
        renamed = new_speaker != turn.speaker
        other += renamed
        if renamed:
            relabelled[turn.speaker] = new_speaker
        speakers.update(
            tx.changes,
            turn.id,
            speaker=new_speaker if renamed else None,
            start=new_start if span_moved else None,
            end=new_end if span_moved else None,
        )
    for rejection in suggestions.rejection_rows(tx.conn, document.id):
        new_start, new_end = _span(maps, rejection.start, rejection.end)
        if (new_start, new_end) != (rejection.start, rejection.end):
            suggestions.move_rejection(tx.changes, rejection.id, new_start, new_end)
    for value in attributes.text_values(tx.conn, document.id):
        new_value = rewriter.short(value.value)
        if new_value != value.value:
            attributes.set_value(tx.changes, value.id, new_value)
            other += 1
    coding_ids = codings.ids_in_documents(tx.conn, [document.id])
    memo_ids = memos.ids_on_documents(tx.conn, [document.id])
    memo_ids += memos.ids_on_codings(tx.conn, coding_ids)
    for memo in memos.memos(tx.conn, ids=memo_ids) if memo_ids else []:
        title, memo_text = rewriter.short(memo.title), rewriter.short(memo.text)
        if (title, memo_text) != (memo.title, memo.text):
            memos.update(
                tx.changes,
                memo.id,
                title=title if title != memo.title else None,
                text=memo_text if memo_text != memo.text else None,
            )
            other += 1
    for old, new in relabelled.items():
        _relabel_speaker(tx, rewriter, document.id, old, new)
    for label in dict.fromkeys(speaker_names):
        row = speakers.speaker_row(tx.conn, label)
        if row is not None and rewriter.short(row.description) != row.description:
            speakers.update_speaker(tx.changes, row.id, description=rewriter.short(row.description))
            other += 1
    other += _redact_findings(tx, rewriter, coding_ids, related)
    recording = recording_of(tx.conn, document.id, maps)
    times = replaced_times(tx.conn, document.id, maps) if recording is not None else ()
    return DocumentRedaction(document.id, name, replacements, moved, other, recording, times)


def _new_version(tx: Transaction, document_id: int, text: str) -> None:
    """The redacted text is a new version; the edits kept for the versions
    before it go (they may hold the identifiers), so those can no longer be
    rebuilt."""
    version = next_version(tx, document_id)
    text_versions.erase_edits(tx.changes, document_id)
    row = NewVersion(
        document_id,
        version,
        text_sha256(text),
        len(text),
        None,
        None,
        None,
        tx.coder.id,
        tx.now,
        REDACTED_TEXT,
    )
    text_versions.insert(tx.changes, [row])


def _redact_original(tx: Transaction, rewriter: _Rewriter, document_id: int, text: bool) -> int:
    """The original file holds what the text held: its bytes go when the
    text changed (its size and hash stay, to match a copy kept elsewhere),
    and its file name is rewritten; returns how many fields changed."""
    found = originals.original(tx.conn, document_id)
    if found is None:
        return 0
    changed = 0
    if text and originals.drop_data(tx.changes, document_id):
        changed += 1
    file_name = rewriter.short(found.file_name)
    if file_name != found.file_name:
        originals.rename(tx.changes, document_id, file_name)
        changed += 1
    return changed


def _relabel_speaker(
    tx: Transaction, rewriter: _Rewriter, document_id: int, old: str, new: str
) -> None:
    """A speaker label replaced in one document's turns: their row (role,
    description) and case memberships follow; where other documents still
    use the old label, it keeps its own."""
    still_used = speakers.label_in_use(tx.conn, old)
    row, new_row = speakers.speaker_row(tx.conn, old), speakers.speaker_row(tx.conn, new)
    if row is not None:
        description = rewriter.short(row.description)
        if new_row is None and still_used:
            copy = speakers.NewSpeaker(new, row.role, description, tx.now)
            speakers.insert_speakers(tx.changes, [copy])
        elif new_row is None:
            speakers.update_speaker(tx.changes, row.id, name=new, description=description)
        else:
            speakers.update_speaker(
                tx.changes,
                new_row.id,
                role=new_row.role or row.role,
                description=new_row.description or description,
            )
            if not still_used:
                speakers.delete_speakers(tx.changes, [row.id])
    for member in cases.members_with_speaker(tx.conn, old):
        bound = member.member.document_id
        if bound is not None and bound != document_id:
            continue
        target = Member(bound, new, None)
        present = {m.member for m in cases.members(tx.conn, member.case_id)}
        if bound is None and still_used:
            if target not in present:  # the old label stays a member too
                cases.insert_members(tx.changes, member.case_id, [target])
        elif target in present:
            cases.delete_members(tx.changes, [member.id])
        else:
            cases.set_member_speaker(tx.changes, member.id, new)


def _redact_findings(
    tx: Transaction, rewriter: _Rewriter, coding_ids: Sequence[int], case_ids: Sequence[int]
) -> int:
    """Rewrite the link memos of these codings and the texts of these cases;
    returns how many things changed."""
    changed = 0
    for link in links.links(tx.conn, coding_ids=coding_ids) if coding_ids else []:
        memo = rewriter.short(link.memo)
        if memo != link.memo:
            links.update(tx.changes, link.id, memo=memo)
            changed += 1
    if not case_ids:
        return changed
    taken = {row.name for row in cases.rows(tx.conn)}
    for case in cases.cases(tx.conn, case_ids):
        name = rewriter.short(case.name)
        if name != case.name:
            taken.discard(case.name)
            name = unique_name(name, taken)
            taken.add(name)
        type_, description = rewriter.short(case.type), rewriter.short(case.description)
        if (name, type_, description) != (case.name, case.type, case.description):
            cases.update(
                tx.changes,
                case.id,
                name=name if name != case.name else None,
                type_=type_ if type_ != case.type else None,
                description=description if description != case.description else None,
            )
            changed += 1
        for value in cases.text_values(tx.conn, case.id):
            new_value = rewriter.short(value.value)
            if new_value != value.value:
                cases.set_value(tx.changes, value.id, new_value)
                changed += 1
        for note in memos.memos(tx.conn, ids=memos.ids_on_cases(tx.conn, [case.id])):
            title, text = rewriter.short(note.title), rewriter.short(note.text)
            if (title, text) != (note.title, note.text):
                memos.update(tx.changes, note.id, title=title, text=text)
                changed += 1
        for cell in framework.cells(tx.conn, [case.id]):
            summary = rewriter.short(cell.summary)
            if summary != cell.summary:
                framework.update(tx.changes, cell.id, summary=summary)
                changed += 1
    return changed


def seal_redactions(database: Database) -> int:
    """Make the redactions in the history permanent and erase the original
    text they hold (on closing a project, and on opening one that was not
    closed); returns how many were sealed.  Labels in the log are rewritten
    with the pseudonym table as well."""
    if database.read_only:
        return 0
    if stored.rebuild_pending(database.conn):  # a withdrawal cut short before its rebuild
        try:
            stored.rebuild_if_pending(database.conn)
        except sqlite_errors("Error", OSError) as error:
            raise QcodeError(
                Message(
                    "{file}: could not rebuild the file after a withdrawal ({error}); it "
                    "will be tried again when the project is next opened or closed",
                    file=database.path.name,
                    error=message_of(error),
                )
            ) from None
    if not stored.redactions_pending(database.conn):
        return 0
    rewriter = _rewriter(database.conn)
    relabel = None if rewriter is None else rewriter.pseudonymiser.replace
    try:
        return stored.purge_redactions(database.conn, relabel)
    except sqlite_errors("Error", OSError) as error:
        raise QcodeError(
            Message(
                "{file}: could not make the redaction permanent ({error}); it can still "
                "be undone, and will be made permanent when the project is next opened "
                "or closed",
                file=database.path.name,
                error=message_of(error),
            )
        ) from None


def backups_with_original(path: Path) -> list[Path]:
    """Backups qcode wrote beside the project (before a migration, before a
    merge), which may still hold text that a redaction replaced."""
    folder = path.parent
    found = folder.glob(glob.escape(path.name) + ".v*.bak")
    merged = folder.glob(glob.escape(path.stem) + ".before-merge-*" + glob.escape(path.suffix))
    return sorted({*found, *merged})
