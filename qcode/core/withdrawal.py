"""Withdrawal: a participant asks for everything about them to be deleted.

:class:`Withdraw` removes, in one transaction:

* their documents, whole, with everything on them (codings, memos on the
  documents and codings, speaker turns, attributes, links, grades, quotes,
  case memberships, the original files and every text version);
* their turns in documents shared with others: each turn's text (its label
  included) is replaced by ``[withdrawn]`` through the same mechanism as a
  text edit, so the others' codings move with the text; a coding entirely
  inside their turn is removed with its memo; the document's earlier text
  versions are erased (they hold their words) and so are the bytes of its
  original file (its name, size and hash stay);
* their speaker row, the case memberships of their speaker label, the case
  they are (with its attributes, memos and framework cells), the cached
  suggestion models (learned from the text) and their record in the
  register.

It cannot be undone: every change set in the history is erased in the same
transaction (they hold what was removed), labels of the log that named
their documents or them are rewritten, and the file is then rebuilt with
freed space overwritten (as a redaction is sealed), so that none of their
text is left in the project file or its write-ahead log.  The log keeps a
deletion record: who withdrew the participant, when, and how much was
removed, naming the participant only by the random UUID their record had
(their name may itself identify them).

Recordings: qcode cannot cut a voice out of an audio file.  The link to
the recording of each of their documents goes with the document, and the
link to the recording of a shared document (their turns replaced) is
removed too, since it would play their words under ``[withdrawn]``.  The
files themselves stay where they are: the report lists them
(:attr:`WithdrawalReport.recordings`) so that the researcher deletes them,
or cuts their turns out of a group recording.  With ``delete_recordings``
(asked for explicitly) qcode deletes the files of their own documents
itself, unless their record says the recording may be kept
(``keep_recording`` "yes": it may be archived apart under that consent, so
the researcher decides), only the file that was linked (same size and
SHA-256), and never a shared one, which holds other people's voices
(:func:`qcode.core.media.delete_recording_files`).  A copy qcode wrote
itself (a recording that came inside a ``.qdpx``, written out into
``<project>.media/``) is part of the project: the withdrawal deletes it
unasked, on the same terms (never when their record says the recording may
be kept, never a shared one).  A file is qcode's copy only when qcode's own
record says so: an edit still in the history wrote it there
(:func:`qcode.core.written_files.written_copies`) and it still holds those
bytes.  A file the researcher put into that folder by hand, one changed
since, or one whose record is gone (a withdrawal or a redaction erases the
history's change sets) is theirs: deleted only when asked, like any other.
:func:`recording_fates` says beforehand what will happen to each recording;
:func:`recording_lines` says it afterwards.

Backups qcode wrote beside the project (before a migration or a merge) may
still hold their data; they are listed, and deleted when asked.  Coders'
copies beside it (``NAME-<coder>.qcode``) are listed too.
"""

from __future__ import annotations

import contextlib
import glob
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from qcode.core import references, written_files
from qcode.core.commands import Command, Transaction
from qcode.core.document_edits import delete_documents, text_sha256
from qcode.core.media import HeldRecording, delete_recording_files, held_recordings
from qcode.core.text_edits import TextEdit, apply_edit, next_version
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import Participant
from qcode.store import (
    cases,
    codings,
    documents,
    memos,
    originals,
    speakers,
    suggestions,
    text_versions,
)
from qcode.store import media as linked_media
from qcode.store import participants as register
from qcode.store.database import Connection
from qcode.store.redaction import mark_rebuild
from qcode.store.text_versions import NewVersion

PLACEHOLDER = "[withdrawn]"


@dataclass
class WithdrawalReport:
    """What a withdrawal removed (counts only: the deletion record holds
    nothing else), and the files beside the project that may still hold the
    participant's data."""

    participant_uuid: str
    documents: int = 0  # their documents, removed whole
    turns: int = 0  # their turns in shared documents, replaced by [withdrawn]
    shared_documents: int = 0  # documents those turns were in
    codings: int = 0
    memos: int = 0
    originals: int = 0  # original files removed, or their bytes dropped
    versions: int = 0  # text versions removed, or their edits erased
    cases: int = 0
    # recordings that hold their voice, unlinked; the files are the researcher's to delete
    recordings: list[HeldRecording] = field(default_factory=list)
    deleted_recordings: list[Path] = field(default_factory=list)
    own_copies: list[Path] = field(default_factory=list)  # qcode's copies, in <project>.media/
    copies_done: bool = False  # qcode's copies were deleted (or tried)
    kept_recordings: list[str] = field(default_factory=list)  # not deleted when asked, and why
    keep_recording: str = "unknown"  # what their record said
    backups: list[Path] = field(default_factory=list)  # still holding their data
    deleted_backups: list[Path] = field(default_factory=list)
    copies: list[Path] = field(default_factory=list)  # coders' copies beside the project
    sealed: bool = True  # the write-ahead log could be emptied at once

    def counts(self) -> Message:
        """The counts in words, for the log and for people."""
        recordings = len(self.recordings)
        return Message(
            "{documents}, {turns} in {shared}, {codings}, {memos}, {originals}, "
            "{versions}, {cases}, {recordings}",
            documents=Message.counted("{count:,} document{s}", count=self.documents),
            turns=Message.counted("{count:,} turn{s}", count=self.turns),
            shared=Message.counted("{count:,} shared document{s}", count=self.shared_documents),
            codings=Message.counted("{count:,} coding{s}", count=self.codings),
            memos=Message.counted("{count:,} memo{s}", count=self.memos),
            originals=Message.counted("{count:,} original file{s}", count=self.originals),
            versions=Message.counted("{count:,} text version{s}", count=self.versions),
            cases=Message.counted("{count:,} case{s}", count=self.cases),
            recordings=Message.counted("{count:,} recording link{s}", count=recordings),
        )


@dataclass
class Withdraw(Command[WithdrawalReport]):
    """Remove everything about a participant, for good (see the module)."""

    kind: ClassVar[str] = "withdraw"
    participant: Participant
    report: WithdrawalReport | None = None
    # what the log's labels must no longer name (their documents, them)
    names: list[str] = field(default_factory=list)

    @property
    def label(self) -> Message:
        if self.report is None:
            return Message("withdraw a participant")
        return Message(
            "withdrew participant {participant} and deleted their data: {counts}",
            participant=self.report.participant_uuid,
            counts=self.report.counts(),
        )

    def do(self, tx: Transaction) -> WithdrawalReport:
        found = register.participants(tx.conn, [self.participant.id])
        if not found:
            raise QcodeError(
                Message("that participant is no longer in the register; nothing was changed")
            )
        person = found[0]
        report = WithdrawalReport(person.uuid, keep_recording=person.keep_recording)
        self.names = [person.name, *([person.speaker] if person.speaker else [])]
        whole = list(person.documents)
        report.recordings = held_recordings(tx.conn, whole, person.speaker)
        report.own_copies = [
            fate.held.path
            for fate in _fates(tx.conn, report.recordings, person.keep_recording)
            if fate.action == QCODE_DELETES
        ]
        shared = [held.link.id for held in report.recordings if held.shared]
        linked_media.delete(tx.changes, shared)  # their own documents' go with the documents
        if whole:
            self._remove_documents(tx, whole, report)
        if person.speaker:
            self._remove_turns(tx, person.speaker, report)
        if person.case_id is not None and cases.cases(tx.conn, [person.case_id]):
            report.memos += len(memos.ids_on_cases(tx.conn, [person.case_id]))
            references.delete_cases(tx, [person.case_id])
            report.cases += 1
        register.unlink(tx.changes, register.link_ids_of_participants(tx.conn, [person.id]))
        register.delete(tx.changes, [person.id])
        suggestions.forget_models(tx.conn)
        mark_rebuild(tx.conn)
        self.report = report
        return report

    def _remove_documents(self, tx: Transaction, ids: list[int], report: WithdrawalReport) -> None:
        for row in documents.rows(tx.conn):
            if row.id in ids:
                self.names.append(row.name)
                if row.source_name:
                    self.names.append(row.source_name)
        coding_ids = codings.ids_in_documents(tx.conn, ids)
        report.documents += len(ids)
        report.codings += len(coding_ids)
        report.memos += len(memos.ids_on_codings(tx.conn, coding_ids))
        report.memos += len(memos.ids_on_documents(tx.conn, ids))
        report.originals += len(originals.ids_of_documents(tx.conn, ids))
        report.versions += len(text_versions.ids_of_documents(tx.conn, ids))
        delete_documents(tx, ids)

    def _remove_turns(self, tx: Transaction, label: str, report: WithdrawalReport) -> None:
        by_document: dict[int, list[tuple[int, int, int]]] = {}
        for turn in speakers.turns_of(tx.conn, label):
            by_document.setdefault(turn.document_id, []).append((turn.start, turn.end, turn.id))
        for document_id, turns in by_document.items():
            speakers.delete(tx.changes, [turn_id for _start, _end, turn_id in turns])
            result = TextEdit(document_id, next_version(tx, document_id))
            # From the last turn back, so the earlier ones' positions still hold.
            for start, end, _turn_id in sorted(turns, reverse=True):
                apply_edit(tx, document_id, start, end, PLACEHOLDER, result, drop_within=True)
            text = documents.text(tx.conn, document_id)
            remaining = list(dict.fromkeys(t.speaker for t in speakers.rows(tx.conn, document_id)))
            digest = text_sha256(text)
            documents.update(
                tx.changes, document_id, length=len(text), sha256=digest, speakers=remaining
            )
            report.versions += text_versions.erase_edits(tx.changes, document_id)
            version = NewVersion(
                document_id,
                result.version,
                digest,
                len(text),
                None,
                None,
                None,
                tx.coder.id,
                tx.now,
                Message("a participant withdrew: their turns were removed"),
            )
            text_versions.insert(tx.changes, [version])
            report.originals += originals.drop_data(tx.changes, document_id)
            report.turns += len(turns)
            report.shared_documents += 1
            report.codings += len(result.dropped)
            report.memos += result.memos_dropped
        row = speakers.speaker_row(tx.conn, label)
        if row is not None:
            speakers.delete_speakers(tx.changes, [row.id])
        members = cases.members_with_speaker(tx.conn, label)
        cases.delete_members(tx.changes, [member.id for member in members])

    def relabel(self, label: str) -> str:
        """A label of the log without the names the withdrawal removed."""
        for name in sorted(set(self.names), key=len, reverse=True):
            if len(name) >= 2:
                label = label.replace(name, PLACEHOLDER)
            else:  # a one-character name only where it is quoted as a name
                label = label.replace(f"'{name}'", f"'{PLACEHOLDER}'")
        return label


def delete_recordings(conn: Connection, report: WithdrawalReport, everything: bool = True) -> None:
    """After a withdrawal, delete the files of the recordings of their own
    documents (only qcode's own copies unless ``everything``), unless their
    record says the recording may be kept (see the module); what was deleted,
    what was not, and why, goes to the report."""
    if not everything or not report.copies_done:
        # qcode's own copies (their record allowing deletion: see _fates)
        own = [held for held in report.recordings if held.path in report.own_copies]
        deleted, kept = delete_recording_files(conn, own)
        report.deleted_recordings += deleted
        report.kept_recordings += kept
        report.copies_done = True
    if not everything or not report.recordings:
        return
    if report.keep_recording == "yes":
        report.kept_recordings = [
            Message(
                "{path}: their consent record says the recording may be kept "
                "(keep recording: yes); delete it yourself if their withdrawal covers it",
                path=str(held.path),
            )
            for held in report.recordings
        ]
        return
    remaining = [held for held in report.recordings if held.path not in report.own_copies]
    deleted, kept = delete_recording_files(conn, remaining)
    report.deleted_recordings += deleted
    report.kept_recordings += kept


# What a withdrawal does with a recording that holds their voice (see the module).
QCODE_DELETES = "qcode deletes"  # qcode's own copy, written out of a .qdpx: deleted unasked
IF_ASKED = "if asked"  # their own interview's file: deleted only when asked
SHARED = "shared"  # a group recording (others' voices): the researcher cuts their turns
KEPT = "kept"  # their record says the recording may be kept: the researcher decides


@dataclass(frozen=True)
class RecordingFate:
    """A recording that holds a participant's voice, and what their
    withdrawal will do with it (``action``: one of the four above)."""

    held: HeldRecording
    action: str
    # in the project's media folder, yet not qcode's copy (put there by hand,
    # changed since, or its record gone): the line says whose it is
    in_media_folder: bool = False

    def line(self, delete_asked: bool = False) -> Message:
        """Before the withdrawal, in one line: the file, and whether qcode
        deletes it or the researcher must (``delete_asked``: the files of
        their own interviews are to be deleted too)."""
        path = str(self.held.path)
        if self.action == QCODE_DELETES:
            return Message(
                "{path}: qcode's own copy (written out of a .qdpx); qcode deletes it", path=path
            )
        if self.action == IF_ASKED and delete_asked:
            return Message("{path}: their own interview; qcode deletes it", path=path)
        if self.action == IF_ASKED and self.in_media_folder:
            return Message(
                "{path}: their own file, not a copy qcode wrote (or changed since); unlinked; "
                "qcode does not delete it unasked: delete it yourself",
                path=path,
            )
        if self.action == IF_ASKED:
            return Message(
                "{path}: unlinked; qcode does not delete it unasked: delete it yourself",
                path=path,
            )
        if self.action == SHARED:
            return Message(
                "{path}: unlinked; others speak in it too: cut their turns out of it or "
                "delete it yourself",
                path=path,
            )
        return Message(
            "{path}: unlinked; their consent record says the recording may be kept "
            "(keep recording: yes): delete it yourself if their withdrawal covers it",
            path=path,
        )


def recording_fates(conn: Connection, participant: Participant) -> list[RecordingFate]:
    """The recordings that hold a participant's voice (those of their
    documents and of every document they speak in) and what withdrawing
    them will do with each: asked before the withdrawal is confirmed."""
    found = register.participants(conn, [participant.id])
    person = found[0] if found else participant
    held = held_recordings(conn, list(person.documents), person.speaker)
    return _fates(conn, held, person.keep_recording)


def _fates(conn: Connection, held: list[HeldRecording], keep: str) -> list[RecordingFate]:
    # Only what qcode's own record says it wrote, with those bytes still (see
    # the module): never a file for the folder it is in.
    project_file = linked_media.project_file(conn)
    folder = None if project_file is None else written_files.media_folder_of(project_file)
    written = written_files.written_copies(conn) if keep != "yes" else {}
    fates = []
    for recording in held:
        link = recording.link
        in_folder = folder is not None and _same_folder(recording.path.parent, folder)
        if keep == "yes":
            action = KEPT
        elif recording.shared:
            action = SHARED
        elif written_files.is_own_copy(recording.path, link.size, link.sha256, written):
            action = QCODE_DELETES
        else:
            action = IF_ASKED
        fates.append(RecordingFate(recording, action, in_folder and action == IF_ASKED))
    return fates


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a.absolute() == b.absolute()


def recording_lines(report: WithdrawalReport) -> list[Message]:
    """After a withdrawal: the recordings deleted, those not deleted when
    asked (and why), and what the researcher must still do about the others
    (the lines ``qcode withdraw`` prints and the app shows)."""
    lines = [
        Message(
            "deleted qcode's own copy of the recording {path} (the .qdpx it came from "
            "still holds it)",
            path=str(path),
        )
        if path in report.own_copies
        else Message("deleted the recording {path}", path=str(path))
        for path in report.deleted_recordings
    ]
    lines += [Message("not deleted: {reason}", reason=reason) for reason in report.kept_recordings]
    for held in report.recordings:
        if held.path in report.deleted_recordings:
            continue
        what = (
            Message("cut their turns out of it or delete it yourself (others speak in it too)")
            if held.shared
            else Message("delete it yourself")
        )
        lines.append(
            Message(
                "warning: the recording {path} still holds their voice; qcode unlinked it "
                "and never deletes it unasked: {what}",
                path=str(held.path),
                what=what,
            )
        )
    return lines


def copies_beside(path: Path) -> list[Path]:
    """Coders' copies of the project beside it (``NAME-<coder>.qcode``)."""
    found = path.parent.glob(glob.escape(path.stem) + "-*" + glob.escape(path.suffix))
    return sorted(copy for copy in found if copy != path)


def delete_backups(paths: list[Path]) -> list[Path]:
    """Delete these backup files (and any log of theirs); returns those gone."""
    gone = []
    for path in paths:
        for suffix in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                path.with_name(path.name + suffix).unlink()
        try:
            path.unlink()
        except OSError as error:
            raise QcodeError(
                Message(
                    "could not delete {file}: {problem}",
                    file=path.name,
                    problem=error.strerror or str(error),
                )
            ) from None
        gone.append(path)
    return gone
