"""The consent register: participants, what they agreed to, and what that
means for exports.

A participant is linked to whole documents (an interview with them alone)
and/or to a speaker label (their turns in any document, interviews with
several people included).  :func:`consent_screen` turns the register into
what every export of quotes asks: may this passage be quoted?  A passage may
not when it overlaps a document or a speaker turn of a participant whose
``quote`` consent is "no".  "unknown" is not a refusal (the register may be
filled in later), but the screen names those participants so an export can
say that their consent is not recorded.

Labels of these edits name the participant, like other labels name
documents; a withdrawal rewrites them (:mod:`qcode.core.withdrawal`).
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ClassVar

from qcode.core.commands import Command, Transaction
from qcode.core.media import HeldRecording, held_recordings
from qcode.core.names import check_name, check_text, shown
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import CONSENT_ANSWERS, Case, Document, Participant
from qcode.store import cases, documents, speakers
from qcode.store import media as linked_media
from qcode.store import participants as register
from qcode.store.database import Connection


@dataclass(frozen=True)
class Block:
    """Why a passage may not be quoted: whose it is (``participant``, by
    name) and the reason in words."""

    participant: str
    reason: str


@dataclass(frozen=True)
class BlockedSpan:
    """A span of a document that may not be quoted (``start``–``end``)."""

    document_id: int
    start: int
    end: int
    block: Block


class ConsentScreen:
    """Which passages may not be quoted, asked span by span by exports (see
    the module).  :meth:`leave_out` counts what an export left out, so that it
    can say how much and why (:meth:`summary`)."""

    def __init__(
        self,
        whole: dict[int, Block],
        turns: dict[int, list[tuple[int, int, Block]]],
        unknown: Sequence[str],
    ) -> None:
        self._whole = whole
        self._turns = {doc: sorted(spans, key=lambda s: s[:2]) for doc, spans in turns.items()}
        self._starts = {doc: [s[0] for s in spans] for doc, spans in self._turns.items()}
        # the furthest end so far, for stopping the backward scan
        self._reach: dict[int, list[int]] = {}
        for doc, spans in self._turns.items():
            furthest, reach = 0, []
            for span in spans:
                furthest = max(furthest, span[1])
                reach.append(furthest)
            self._reach[doc] = reach
        self.unknown: tuple[str, ...] = tuple(unknown)  # participants with no recorded answer
        self.left_out: Counter[str] = Counter()

    def __bool__(self) -> bool:
        """Whether anything at all is blocked."""
        return bool(self._whole or self._turns)

    def blocking(self, document_id: int, start: int, end: int) -> Block | None:
        """Why ``text[start:end]`` of a document may not be quoted, or ``None``
        when it may (it overlaps nothing blocked)."""
        whole = self._whole.get(document_id)
        if whole is not None:
            return whole
        spans = self._turns.get(document_id)
        if not spans:
            return None
        end = max(end, start + 1)  # an empty span is the point at start
        index = bisect.bisect_left(self._starts[document_id], end) - 1
        reach = self._reach[document_id]
        while index >= 0 and reach[index] > start:
            span_start, span_end, block = spans[index]
            if span_start < end and start < span_end:
                return block
            index -= 1
        return None

    def blocks(self, document_id: int, start: int, end: int) -> str | None:
        """The reason ``text[start:end]`` of a document may not be quoted, or
        ``None`` when it may."""
        block = self.blocking(document_id, start, end)
        return None if block is None else block.reason

    def document_block(self, document_id: int) -> Block | None:
        """Why the whole document may not be quoted (it is a non-consenting
        participant's), or ``None``; parts of it may still be blocked."""
        return self._whole.get(document_id)

    def spans(self, document_id: int, length: int) -> list[BlockedSpan]:
        """Every blocked span of a document of ``length`` characters, in text
        order (the whole text when the document is blocked)."""
        whole = self._whole.get(document_id)
        if whole is not None:
            return [BlockedSpan(document_id, 0, length, whole)]
        found = self._turns.get(document_id, [])
        return [BlockedSpan(document_id, a, b, block) for a, b, block in found]

    def leave_out(self, block: Block | str, count: int = 1) -> None:
        """Count a passage an export left out, by reason."""
        self.left_out[block.reason if isinstance(block, Block) else block] += count

    def summary(self) -> list[str]:
        """What was left out and why, one line per reason ("3 passages: …")."""
        return [
            Message.counted("{count} passage{s} left out: {reason}", count=count, reason=reason)
            for reason, count in sorted(self.left_out.items())
        ]


def consent_screen(conn: Connection) -> ConsentScreen:
    """The screen of the register as it is now (see :class:`ConsentScreen`)."""
    whole: dict[int, Block] = {}
    turns: dict[int, list[tuple[int, int, Block]]] = {}
    unknown: list[str] = []
    for person in register.participants(conn):
        if person.quote == "unknown":
            unknown.append(person.name)
        if person.quote != "no":
            continue
        block = Block(
            person.name,
            Message("{participant} did not consent to being quoted", participant=person.name),
        )
        for document_id in person.documents:
            whole.setdefault(document_id, block)
        if person.speaker:
            for turn in speakers.turns_of(conn, person.speaker):
                turns.setdefault(turn.document_id, []).append((turn.start, turn.end, block))
    return ConsentScreen(whole, turns, unknown)


def retention_due(conn: Connection, today: date | None = None) -> list[Participant]:
    """Participants whose data was to be kept only until a day now past."""
    day = (today or date.today()).isoformat()
    return [
        person
        for person in register.participants(conn)
        if person.retain_until is not None and person.retain_until < day
    ]


def check_answer(value: str, what: str) -> str:
    answer = value.strip().lower()
    if answer not in CONSENT_ANSWERS:
        raise QcodeError(
            Message(
                "{what} must be yes, no or unknown, not '{value}'", what=what, value=shown(value)
            )
        )
    return answer


def check_date(value: str) -> str:
    """A date as YYYY-MM-DD (refused otherwise)."""
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise QcodeError(
            Message("'{value}' is not a date like 2031-12-31", value=shown(value))
        ) from None


@dataclass
class SetParticipant(Command[int]):
    """Add a participant to the register, or change what is recorded of one.
    Fields left ``None`` stay as they are; ``documents`` (when given)
    replaces the documents linked; ``speaker=""`` or ``retain_until=""``
    clears one; ``case`` (when given) makes them that case (``clear_case``
    makes them no case)."""

    kind: ClassVar[str] = "set_participant"
    name: str
    documents: Sequence[Document] | None = None
    speaker: str | None = None
    quote: str | None = None
    named: str | None = None
    keep_recording: str | None = None
    retain_until: str | None = None
    consent_ref: str | None = None
    case: Case | None = None
    clear_case: bool = False

    @property
    def label(self) -> Message:
        return Message("record the consent of '{participant}'", participant=self.name.strip())

    def do(self, tx: Transaction) -> int:
        name = check_name(self.name, "participant")
        ids = register.ids_named(tx.conn, name)
        created = not ids
        if created:
            person_id = register.insert(tx.changes, register.NewParticipant(name, tx.now))
        else:
            person_id = ids[0]
        current = register.participants(tx.conn, [person_id])[0]
        wanted = dataclasses.replace(current, modified_at=tx.now)
        if self.speaker is not None:
            label = self.speaker.strip()
            speaker = check_name(label, "speaker") if label else None
            wanted = dataclasses.replace(wanted, speaker=speaker)
        if self.quote is not None:
            wanted = dataclasses.replace(wanted, quote=check_answer(self.quote, "quote"))
        if self.named is not None:
            wanted = dataclasses.replace(wanted, named=check_answer(self.named, "named"))
        if self.keep_recording is not None:
            answer = check_answer(self.keep_recording, "keep recording")
            wanted = dataclasses.replace(wanted, keep_recording=answer)
        if self.retain_until is not None:
            until = check_date(self.retain_until) if self.retain_until.strip() else None
            wanted = dataclasses.replace(wanted, retain_until=until)
        if self.consent_ref is not None:
            check_text(self.consent_ref, Message("the consent reference"))
            wanted = dataclasses.replace(wanted, consent_ref=self.consent_ref.strip())
        if self.case is not None:
            if not cases.cases(tx.conn, [self.case.id]):
                raise QcodeError(Message("the case '{case}' no longer exists", case=self.case.name))
            wanted = dataclasses.replace(wanted, case_id=self.case.id)
        elif self.clear_case:
            wanted = dataclasses.replace(wanted, case_id=None)
        changed = register.update(tx.changes, wanted)
        if self.documents is not None:
            changed = self._link(tx, person_id) or changed
        if wanted.keep_recording == "no":
            changed = _unlink_recordings(tx, person_id) or changed
        if not changed and not created:
            raise QcodeError(
                Message("nothing to change: that is what is recorded for '{name}'", name=name)
            )
        return person_id

    def _link(self, tx: Transaction, person_id: int) -> bool:
        assert self.documents is not None
        wanted = list(dict.fromkeys(document.id for document in self.documents))
        if len(documents.names(tx.conn, wanted)) != len(wanted):
            raise QcodeError(Message("a document to link no longer exists; nothing was changed"))
        present = register.links(tx.conn, person_id)
        gone = [link for document_id, link in present.items() if document_id not in wanted]
        new = [document_id for document_id in wanted if document_id not in present]
        register.unlink(tx.changes, gone)
        register.link(tx.changes, person_id, new)
        return bool(gone or new)


def _unlink_recordings(tx: Transaction, person_id: int) -> bool:
    """A participant whose recording may not be kept: the recordings of their
    documents and of those they speak in are unlinked (the files stay on
    disk, for the researcher to delete: qcode never deletes one unasked)."""
    person = register.participants(tx.conn, [person_id])[0]
    held = held_recordings(tx.conn, list(person.documents), person.speaker)
    linked_media.delete(tx.changes, [recording.link.id for recording in held])
    return bool(held)


def find_participant(conn: Connection, ref: str) -> Participant:
    """A participant by name (exact, else case-insensitive when unique) or UUID."""
    name = ref.strip()
    ids = register.ids_named(conn, name) or register.ids_with_uuid(conn, name.lower())
    if ids:
        return register.participants(conn, ids)[0]
    folded = [p for p in register.participants(conn) if p.name.casefold() == name.casefold()]
    if len(folded) == 1:
        return folded[0]
    raise QcodeError(Message("no participant '{name}' in the consent register", name=shown(name)))


def unlinked_lines(
    unlinked: Sequence[HeldRecording], deleted: Sequence[Path], kept: Sequence[str]
) -> list[Message]:
    """What became of each recording unlinked because a participant's
    recording may not be kept: ``deleted`` (asked for), not deleted
    (``kept``: why), or left on disk for the researcher (the lines
    ``qcode participant`` prints and the app shows)."""
    lines = [Message("not deleted: {reason}", reason=reason) for reason in kept]
    for held in unlinked:
        if held.path in deleted:
            lines.append(Message("unlinked and deleted the recording {path}", path=str(held.path)))
            continue
        what = (
            Message("cut their turns out of it or delete it yourself (others speak in it too)")
            if held.shared
            else Message("delete it yourself (qcode never deletes it unasked)")
        )
        lines.append(
            Message(
                "warning: unlinked the recording {path}: their consent does not allow keeping "
                "it; the file is still on disk: {what}",
                path=str(held.path),
                what=what,
            )
        )
    return lines
