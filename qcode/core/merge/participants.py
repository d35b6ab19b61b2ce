"""Merge step for the consent register, and what a merged document carries:
its original file and its first text version.

A participant of the other project is the project's participant of the same
name (or UUID).  Where the two registers disagree about consent, the more
careful answer wins ("no" over "unknown" over "yes"; the earlier "keep
until" date), and the disagreement is reported: a coder may have learnt
that an informant no longer wants to be quoted.  The other's links to
documents follow the documents merged; its speaker label and consent
reference fill in ones the project lacks.
"""

from __future__ import annotations

import dataclasses

from qcode.core.document_edits import first_version
from qcode.core.merge.plan import MergeState
from qcode.messages import Message
from qcode.model import Participant
from qcode.store import originals
from qcode.store import participants as register

# The more careful answer first.
_CAREFUL = {"no": 0, "unknown": 1, "yes": 2}


def carry_document(state: MergeState, other_id: int, document_id: int, text: str) -> None:
    """A document added from the other project takes its original file (as
    stored, bytes included when kept) and starts its text versions here."""
    tx = state.tx
    originals.copy_row(tx.changes, state.other.conn, other_id, document_id)
    first_version(tx, document_id, text, f"merged from {state.other.name}")


def merge_participants(state: MergeState) -> None:
    """Take over the other's participants (see the module)."""
    tx = state.tx
    mine = {person.name: person for person in register.participants(tx.conn)}
    by_uuid = {person.uuid: person for person in mine.values()}
    for theirs in register.participants(state.other.conn):
        own = by_uuid.get(theirs.uuid) or mine.get(theirs.name)
        if own is None:
            person_id = register.insert(
                tx.changes,
                register.NewParticipant(
                    theirs.name, tx.now, theirs.uuid if theirs.uuid not in by_uuid else None
                ),
            )
            own = register.participants(tx.conn, [person_id])[0]
            state.report.participants_added += 1
            wanted = dataclasses.replace(
                theirs, id=own.id, case_id=state.cases.get(theirs.case_id or 0)
            )
        else:
            wanted = _more_careful(state, own, theirs)
        register.update(tx.changes, dataclasses.replace(wanted, modified_at=tx.now))
        linked = register.links(tx.conn, own.id)
        new = []
        for other_document in theirs.documents:
            placement = state.documents.get(other_document)
            if placement is not None and placement.document_id not in linked:
                new.append(placement.document_id)
                linked[placement.document_id] = 0
        register.link(tx.changes, own.id, new)


def _more_careful(state: MergeState, own: Participant, theirs: Participant) -> Participant:
    def careful(what: Message, mine: str, other: str) -> str:
        if mine == other:
            return mine
        chosen = min(mine, other, key=lambda answer: _CAREFUL.get(answer, 1))
        state.report.conflict(
            "participant",
            own.name,
            Message(
                "'{what}' is {ours} here but {theirs} in {other}; kept {chosen}",
                what=what,
                ours=mine,
                theirs=other,
                other=state.other.name,
                chosen=chosen,
            ),
        )
        return chosen

    wanted = dataclasses.replace(
        own,
        quote=careful(Message("may be quoted"), own.quote, theirs.quote),
        named=careful(Message("may be named"), own.named, theirs.named),
        keep_recording=careful(
            Message("recording may be kept"), own.keep_recording, theirs.keep_recording
        ),
    )
    if theirs.retain_until and theirs.retain_until != own.retain_until:
        earlier = min(d for d in (own.retain_until, theirs.retain_until) if d)
        if own.retain_until:
            state.report.conflict(
                "participant",
                own.name,
                Message(
                    "kept until {ours} here but {theirs} in {other}; kept {earlier}",
                    ours=own.retain_until,
                    theirs=theirs.retain_until,
                    other=state.other.name,
                    earlier=earlier,
                ),
            )
        wanted = dataclasses.replace(wanted, retain_until=earlier)
    if own.speaker is None and theirs.speaker:
        wanted = dataclasses.replace(wanted, speaker=theirs.speaker)
    if not own.consent_ref and theirs.consent_ref:
        wanted = dataclasses.replace(wanted, consent_ref=theirs.consent_ref)
    return wanted
