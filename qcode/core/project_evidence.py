"""Sources as evidence, and the consent register: the ``Project`` methods
(inherited by :class:`qcode.core.project.Project`) for originals, text
versions and corrections, the check of every hash, participants' consent,
and withdrawal.

What happens to the evidence without changing the project (an original
written out, a check of every hash) is logged with who and when, as custody
of evidence asks; a read-only project cannot log, and says nothing then.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ClassVar

from qcode.core import consent, evidence, text_edits, withdrawal
from qcode.core.commands import Command, CommandStack, Transaction
from qcode.core.consent import ConsentScreen
from qcode.core.evidence import Problem, Verification
from qcode.core.project_parts import ProjectPart
from qcode.core.redaction import backups_with_original
from qcode.core.text_edits import TextEdit
from qcode.core.withdrawal import WithdrawalReport
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import (
    Case,
    ChangedCoding,
    Coding,
    Document,
    OriginalFile,
    Participant,
    TextVersion,
)
from qcode.store import changed_codings, history, originals, text_versions
from qcode.store import participants as register
from qcode.store.database import Database
from qcode.store.redaction import rebuild_if_pending, secure_deletion

__all__ = ["EvidenceMethods", "Problem", "Verification"]


@dataclass
class KeepOriginals(Command[None]):
    """Keep the bytes of the files imported from now on, or only their name,
    size and hash (files already imported keep what they have)."""

    kind: ClassVar[str] = "keep_originals"
    keep: bool

    @property
    def label(self) -> Message:
        if self.keep:
            return Message("keep imported files")
        return Message("keep only the hashes of imported files")

    def do(self, tx: Transaction) -> None:
        if originals.keep_originals(tx.conn) == self.keep:
            if self.keep:
                raise QcodeError(Message("imported files are already kept"))
            raise QcodeError(Message("already only the hashes of imported files are kept"))
        originals.set_keep_originals(tx.changes, self.keep)


class EvidenceMethods(ProjectPart):
    """Originals, text versions, verification, consent and withdrawal (see
    the module)."""

    stack: CommandStack
    _database: Database

    # -- originals -----------------------------------------------------------------

    def original(self, document: Document) -> OriginalFile | None:
        """The file ``document`` was imported from (``None``: from no file)."""
        return originals.original(self.conn, document.id)

    def originals(self) -> dict[int, OriginalFile]:
        """Every document's original, by document id (without the bytes)."""
        return originals.originals(self.conn)

    def original_bytes(self, document: Document) -> bytes:
        """The original file's bytes, checked against their hash (refused in
        one line when not kept or damaged)."""
        return evidence.original_bytes(self.conn, document)

    def write_original(self, document: Document, path: Path) -> Path:
        """Write the original file back out, byte for byte (into ``path`` under
        its own name when ``path`` is a folder), and log it; returns the file."""
        written = evidence.write_original(self.conn, document, Path(path), self.path)
        found = self.original(document)
        digest = found.sha256[:12] if found is not None else ""
        self._log(
            "source",
            Message(
                "wrote out the original of '{document}' (sha256 {digest}…)",
                document=document.name,
                digest=digest,
            ),
        )
        return written

    @property
    def keep_originals(self) -> bool:
        """Whether imports keep the files' bytes (else only name, size, hash)."""
        return originals.keep_originals(self.conn)

    def set_keep_originals(self, keep: bool) -> None:
        """Keep imported files' bytes from now on, or only their hashes (an
        undoable edit, so the log records it)."""
        self.push(KeepOriginals(keep))

    # -- checking --------------------------------------------------------------------

    def verify(self) -> Verification:
        """Recompute every hash (originals, stored texts, text versions) and
        say what does not match; the check is logged when the project is
        open for writing."""
        result = evidence.verify(self.conn)
        found = len(result.problems)
        outcome = (
            Message("all match")
            if not found
            else Message.counted("{count} problem{s}", count=found)
        )
        self._log(
            "verify",
            Message(
                "checked the hashes of {count} documents: {outcome}",
                count=result.documents,
                outcome=outcome,
            ),
        )
        return result

    def _log(self, kind: str, label: Message) -> None:
        if not self._database.read_only:
            self.stack.log(kind, label)

    # -- correcting texts ------------------------------------------------------------

    def edit_text(self, document: Document, start: int, end: int, new_text: str) -> TextEdit:
        """Replace ``text[start:end]`` by ``new_text`` (insert when ``start ==
        end``, delete when ``new_text`` is empty): one undoable edit that makes
        a new text version; codings and everything positioned follow (see
        :mod:`qcode.core.text_edits`)."""
        return self.push(text_edits.EditText(document, start, end, new_text))

    def text_versions(self, document: Document) -> list[TextVersion]:
        """The versions of a document's text, oldest first."""
        return evidence.text_versions(self.conn, document)

    def text_changes(self, document: Document) -> dict[int, tuple[int, str, str]]:
        """What each kept edit of a document's text changed: version →
        (start, text removed, text inserted)."""
        return evidence.text_changes(self.conn, document)

    def current_versions(self) -> dict[int, TextVersion]:
        """Each document's current text version, by document id."""
        return text_versions.latest(self.conn)

    def edit_summary(self) -> tuple[int, str | None, list[str]]:
        """The log in brief: how many edits, when the last was made (or
        undone), and the coders who made them (by name)."""
        return history.summary(self.conn)

    def text_at(self, document: Document, version: int) -> str:
        """A document's text as it was at ``version``, exactly."""
        return evidence.text_at(self.conn, document, version)

    def changed_codings(self) -> dict[int, ChangedCoding]:
        """Codings flagged "text changed" (an edit changed their text), by
        coding id, for the researcher to review."""
        return changed_codings.flags(self.conn)

    def review_codings(self, codings: Sequence[Coding]) -> int:
        """Clear the "text changed" flag of these codings (undoable); returns
        how many were flagged."""
        return self.push(text_edits.ReviewCodings([coding.id for coding in codings]))

    # -- consent ---------------------------------------------------------------------

    def participants(self) -> list[Participant]:
        """The consent register, by name."""
        return register.participants(self.conn)

    def participant(self, ref: str) -> Participant:
        """A participant by name or UUID."""
        return consent.find_participant(self.conn, ref)

    def set_participant(
        self,
        name: str,
        *,
        documents: Sequence[Document] | None = None,
        speaker: str | None = None,
        quote: str | None = None,
        named: str | None = None,
        keep_recording: str | None = None,
        retain_until: str | None = None,
        consent_ref: str | None = None,
        case: Case | None = None,
        clear_case: bool = False,
    ) -> Participant:
        """Add a participant or change what is recorded (``None``: as it is;
        ``documents`` replaces the documents linked; ``speaker=""`` and
        ``retain_until=""`` clear).  One undoable edit."""
        command = consent.SetParticipant(
            name,
            documents,
            speaker,
            quote,
            named,
            keep_recording,
            retain_until,
            consent_ref,
            case,
            clear_case,
        )
        person_id = self.push(command)
        return register.participants(self.conn, [person_id])[0]

    def unquotable(self) -> ConsentScreen:
        """What exports of quotes must leave out: passages of participants who
        did not consent to being quoted (see :class:`ConsentScreen`)."""
        return consent.consent_screen(self.conn)

    def retention_due(self, today: date | None = None) -> list[Participant]:
        """Participants whose "keep until" date has passed."""
        return consent.retention_due(self.conn, today)

    def withdraw(
        self,
        participant: Participant,
        *,
        delete_backups: bool = False,
        delete_recordings: bool = False,
    ) -> WithdrawalReport:
        """Delete everything about a participant, for good (not undoable; see
        :mod:`qcode.core.withdrawal`): the file is rebuilt so that none of
        their text is left in it.  ``delete_backups`` also deletes the backups
        beside the project that still hold their data; ``delete_recordings``
        the files of their own documents' recordings (unless their consent
        record says the recording may be kept).  qcode's own copies of their
        recordings (in ``<project>.media/``) are deleted either way."""
        if self._database.read_only:
            raise QcodeError(
                Message("{file} is open read-only; nothing was changed", file=self.path.name)
            )
        command = withdrawal.Withdraw(participant)
        with secure_deletion(self.conn):
            report = self.stack.push_permanent(command, command.relabel)
        report.sealed = rebuild_if_pending(self.conn)
        report.backups = backups_with_original(self.path)
        report.copies = withdrawal.copies_beside(self.path)
        self._delete_recordings(report, everything=delete_recordings)
        if delete_backups and report.backups:
            report.deleted_backups = self.delete_backups(report.backups)
            report.backups = [p for p in report.backups if p not in report.deleted_backups]
        return report

    def recording_fates(self, participant: Participant) -> list[withdrawal.RecordingFate]:
        """What withdrawing ``participant`` would do with each recording that
        holds their voice (see :func:`qcode.core.withdrawal.recording_fates`)."""
        return withdrawal.recording_fates(self.conn, participant)

    def delete_withdrawn_recordings(self, report: WithdrawalReport) -> None:
        """After :meth:`withdraw`, delete the files of their own interviews'
        recordings too (the app asks); ``report`` says what was deleted."""
        self._delete_recordings(report, everything=True)

    def _delete_recordings(self, report: WithdrawalReport, everything: bool) -> None:
        before = len(report.deleted_recordings)
        withdrawal.delete_recordings(self.conn, report, everything=everything)
        count = len(report.deleted_recordings) - before
        if count:  # counts only: a file's name may name them
            self._log(
                "withdraw",
                Message.counted(
                    "deleted {count} recording file{s} that held a withdrawn participant's voice",
                    count=count,
                ),
            )

    def delete_backups(self, backups: Sequence[Path]) -> list[Path]:
        """Delete backups beside the project that still hold a withdrawn
        participant's data (those :meth:`withdraw` listed), and log it;
        returns those deleted.  (The app asks after the withdrawal.)"""
        gone = withdrawal.delete_backups(list(backups))
        if gone:
            count = len(gone)
            self._log(
                "withdraw",
                Message.counted(
                    "deleted {count} backup{s} that held a withdrawn participant's data",
                    count=count,
                ),
            )
        return gone
