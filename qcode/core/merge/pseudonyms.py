"""Merge step for the pseudonym table (identifier → replacement in exports).

An entry of the other project is matched by UUID, then by its exact
original.  A match keeps this project's replacement; a different one is
reported.  An entry that does not match is added with its UUID, unless it
would make the table unsafe to apply (see :mod:`qcode.core.pseudonyms`): a
replacement holding an identifier, or an identifier already inside a
replacement.  Such an entry is reported and left out.

A merge report is saved and shared, so the conflicts it holds never quote an
original, and never a replacement that contains one: they name the
replacement in its place.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable

from qcode.core.merge.plan import MergeState
from qcode.core.pseudonyms import contains_identifier
from qcode.messages import Message
from qcode.model import Pseudonym
from qcode.store import pseudonyms
from qcode.store.pseudonyms import NewPseudonym

# Said instead of a replacement that holds an identifier.
HIDDEN = Message("(a replacement holding an identifier; not shown)")


def merge_pseudonyms(state: MergeState) -> None:
    own = pseudonyms.rows(state.tx.conn)
    theirs = state.other.pseudonyms
    by_uuid = {row.uuid: row for row in own}
    by_original: dict[str, Pseudonym | NewPseudonym] = {row.original: row for row in own}
    # Every identifier either project knows: none may appear in the report.
    known = {row.original for row in own} | {row.original for row in theirs}
    table = {row.original: row.replacement for row in own}
    uuids = set(by_uuid)
    where = state.other.name
    added: list[NewPseudonym] = []
    for row in theirs:
        original, replacement = row.original, row.replacement
        match: Pseudonym | NewPseudonym | None = by_uuid.get(row.uuid)
        if match is not None and match.original != original:
            # The same entry with another identifier (a hand-edited file):
            # both identifiers stay protected, theirs under a new UUID.
            match = None
        match = match or by_original.get(original)
        if match is not None:
            if match.replacement != replacement:
                kept = _quoted(match.replacement, known)
                state.report.conflict(
                    "pseudonym",
                    _plain(match.replacement, known),
                    Message(
                        "an identifier replaced by {kept} here is replaced by "
                        "{theirs} in {other}; kept {kept}",
                        kept=kept,
                        theirs=_quoted(replacement, known),
                        other=where,
                    ),
                )
            continue
        problem = _unsafe(original, replacement, table)
        if problem:
            if _shows_identifier(replacement, known):
                entry = Message("an identifier in the pseudonym table of {other}", other=where)
            else:
                entry = Message(
                    "an identifier replaced by '{replacement}' in {other}",
                    replacement=replacement,
                    other=where,
                )
            state.report.conflict(
                "pseudonym",
                _plain(replacement, known),
                Message("{entry} was not added: {problem}", entry=entry, problem=problem),
            )
            continue
        uuid = row.uuid if row.uuid not in uuids else str(uuidlib.uuid4())
        uuids.add(uuid)
        new = NewPseudonym(original, replacement, row.kind, row.created_at, uuid=uuid)
        table[original] = replacement
        by_original[original] = new
        added.append(new)
    pseudonyms.insert(state.tx.changes, added)
    state.report.pseudonyms_added = len(added)


def _unsafe(original: str, replacement: str, table: dict[str, str]) -> str:
    """Why adding ``original → replacement`` to ``table`` could bring an
    identifier back into an export ("" if it could not)."""
    if not original.strip() or not replacement.strip() or _multiline(original, replacement):
        return Message("an identifier and its replacement must each be one line of text")
    if contains_identifier(replacement, original):
        return Message("its replacement contains the identifier it replaces")
    if any(contains_identifier(replacement, other) for other in table):
        return Message("its replacement contains an identifier in this project's pseudonym table")
    if any(contains_identifier(other, original) for other in table.values()):
        return Message(
            "the identifier is part of a replacement in this project's pseudonym table; "
            "change that replacement, then add the identifier"
        )
    return ""


def _multiline(*texts: str) -> bool:
    return any("\n" in text or "\r" in text for text in texts)


def _shows_identifier(text: str, identifiers: Iterable[str]) -> bool:
    return any(contains_identifier(text, identifier) for identifier in identifiers)


def _plain(replacement: str, identifiers: Iterable[str]) -> str:
    return HIDDEN if _shows_identifier(replacement, identifiers) else replacement


def _quoted(replacement: str, identifiers: Iterable[str]) -> str:
    return HIDDEN if _shows_identifier(replacement, identifiers) else f"'{replacement}'"
