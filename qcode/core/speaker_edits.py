"""Commands on speakers: what the researcher says about one (role,
description), and coding all of a speaker's turns at once.

A speaker is the label of their turns (``Interviewer``, ``Liu``) across the
project; see :class:`qcode.model.Speaker`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from qcode.core.coding_edits import AddCodings, AddedCodings, NewCoding
from qcode.core.commands import Command, Transaction
from qcode.core.names import check_name, check_text, shown
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import CodingOrigin, SpeakerTurn, split_path
from qcode.store import documents, speakers
from qcode.store.speakers import NewSpeaker, TurnRow

# What the app offers as roles; any text is a role.
ROLES = ("interviewer", "respondent", "interpreter")

# What may stand between a label and the words: white space, then the colon
# (ASCII or full-width) that io.speakers requires, then white space.
_SEPARATORS = " \t:："


def check_speaker(tx: Transaction, name: str) -> str:
    """``name`` as a speaker label the project knows (from turns, or a row):
    exactly, else case-insensitively when that names one."""
    label = check_name(name, "speaker")
    known = speakers.labels(tx.conn)
    if label in known:
        return label
    folded = [known_label for known_label in known if known_label.casefold() == label.casefold()]
    if len(folded) != 1:
        raise QcodeError(Message("no speaker '{speaker}' in any document", speaker=shown(label)))
    return folded[0]


def content_span(text: str, turn: SpeakerTurn) -> tuple[int, int] | None:
    """The span of a turn's words: the turn without its label, the colon
    and white space after it, and white space at its end (``None`` if that
    leaves nothing).  A turn whose text does not start with its label (an
    imported one) is taken whole."""
    start, end = turn.start, turn.end
    if turn.speaker and text.startswith(turn.speaker, start):
        start += len(turn.speaker)
        while start < end and text[start] in " \t":
            start += 1
        if start < end and text[start] in ":：":
            start += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


@dataclass
class SetSpeaker(Command[None]):
    """Set a speaker's role or description (``None``: as it is); the
    speaker's row is made the first time."""

    kind: ClassVar[str] = "set_speaker"
    name: str
    role: str | None = None
    description: str | None = None

    @property
    def label(self) -> Message:
        if self.role is not None and self.description is None:
            return Message("set role of speaker '{speaker}'", speaker=self.name.strip())
        return Message("describe speaker '{speaker}'", speaker=self.name.strip())

    def do(self, tx: Transaction) -> None:
        label = check_speaker(tx, self.name)
        role = None if self.role is None else " ".join(self.role.split())
        if role is not None:
            check_text(role, Message("the speaker's role"))
        if self.description is not None:
            check_text(self.description, Message("the speaker's description"))
        row = speakers.speaker_row(tx.conn, label)
        if row is None:
            new = NewSpeaker(label, role or "", self.description or "", tx.now)
            speakers.insert_speakers(tx.changes, [new])
        else:
            speakers.update_speaker(tx.changes, row.id, role=role, description=self.description)


# The speaker's label stays out of it: it may be a name.
_AUTOCODED = CodingOrigin("autocode:speaker")


@dataclass
class AutocodeSpeaker(Command[AddedCodings]):
    """Code each of a speaker's turns (in all documents, or these) with a
    code: the words of the turn, without its label.  A span the coder has
    already coded with the code is skipped."""

    kind: ClassVar[str] = "autocode_speaker"
    speaker: str
    code: int | str  # a code id, or a path
    document_ids: Sequence[int] | None = None
    create_code: bool = False
    code_name: str = ""

    @property
    def label(self) -> Message:
        name = self.code_name or (
            split_path(self.code)[-1] if isinstance(self.code, str) else Message("code")
        )
        return Message(
            "auto-code speaker '{speaker}' as '{code}'", speaker=self.speaker.strip(), code=name
        )

    def do(self, tx: Transaction) -> AddedCodings:
        label = check_speaker(tx, self.speaker)
        if self.document_ids is not None:
            known = documents.lengths(tx.conn, self.document_ids)
            if len(known) != len(set(self.document_ids)):
                raise QcodeError(Message("a document to auto-code no longer exists"))
        turns = speakers.turns_of(tx.conn, label, self.document_ids)
        if not turns:
            if self.document_ids is not None:
                raise QcodeError(
                    Message(
                        "speaker '{speaker}' has no turns in these documents", speaker=shown(label)
                    )
                )
            raise QcodeError(
                Message("speaker '{speaker}' has no turns in any document", speaker=shown(label))
            )
        by_document: dict[int, list[TurnRow]] = {}
        for turn in turns:
            by_document.setdefault(turn.document_id, []).append(turn)
        new: list[NewCoding] = []
        # Texts are read one at a time, as they are needed.
        texts = documents.texts(tx.conn, list(by_document))
        for (document_id, document_turns), text in zip(by_document.items(), texts, strict=True):
            for turn in document_turns:
                span = content_span(text, turn.turn)
                if span is not None:
                    new.append(NewCoding(document_id, self.code, *span, origin=_AUTOCODED))
        if not new:
            raise QcodeError(
                Message(
                    "the turns of speaker '{speaker}' hold no words to code", speaker=shown(label)
                )
            )
        return AddCodings(new, create_codes=self.create_code).do(tx)
