"""The pseudonym table: identifiers and what exports put in their place.

A researcher lists the identifiers that could endanger someone ("Zhang Wei",
"Rongcheng", a phone number) with a replacement for each ("Respondent 3",
"City B", "Phone 1").  The project's own text never changes; exporters apply
the table (longest original first, see :func:`read_pseudonyms`).

The table is kept safe to apply: a replacement never contains an original
(its own or another's), so replacing can never bring an identifier back.
Containment is case-insensitive and, for letters and digits of alphabetic
scripts, only counts whole words ("Li" is not inside "Client 1"); in Chinese
or Japanese text, where there are no spaces between words, any occurrence
counts.

History labels name the replacement, never the original: labels are printed
by ``qcode undo`` and shown in menus, where an identifier should not appear.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from qcode.core.commands import Command, Transaction
from qcode.core.names import check_text
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import Pseudonym
from qcode.store import pseudonyms as stored
from qcode.store.database import Connection
from qcode.store.pseudonyms import NewPseudonym


@dataclass(frozen=True)
class PseudonymEntry:
    """A pseudonym to set: add ``original`` or change its replacement.

    ``kind=None`` keeps the kind an existing entry has ("" for a new one)."""

    original: str
    replacement: str
    kind: str | None = None


def read_pseudonyms(conn: Connection, ids: Sequence[int] | None = None) -> list[Pseudonym]:
    """The table, longest original first (the order to replace in)."""
    return stored.pseudonyms(conn, ids)


def contains_identifier(text: str, identifier: str) -> bool:
    """Whether ``identifier`` occurs in ``text`` (case-insensitive; whole
    words for alphabetic scripts, anywhere for scripts without spaces)."""
    haystack, needle = text.casefold(), identifier.casefold()
    if not needle:
        return False
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = haystack[start - 1] if start > 0 else ""
        after = haystack[end] if end < len(haystack) else ""
        if not in_one_word(before, needle[0]) and not in_one_word(needle[-1], after):
            return True
        start = haystack.find(needle, start + 1)
    return False


def in_one_word(left: str, right: str) -> bool:
    """Whether two neighbouring characters belong to one word (never in
    scripts written without spaces)."""
    if not left or not right or not left.isalnum() or not right.isalnum():
        return False
    return not (_spaceless(left) or _spaceless(right))


def _spaceless(char: str) -> bool:
    """Characters of scripts written without spaces between words (Chinese,
    Japanese kana, ...), which are wide in East Asian typography."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _clean(text: str, what: str) -> str:
    text = text.strip()
    if not text:
        raise QcodeError(Message("a pseudonym needs {what}", what=what))
    if "\n" in text or "\r" in text:
        raise QcodeError(Message("a pseudonym's {what} must be one line", what=what))
    return text


def _check_table(table: dict[str, str], changed: Sequence[str]) -> None:
    """Refuse a table in which a changed entry could leak an identifier."""
    changed_set = set(changed)
    for original in changed:
        replacement = table[original]
        if contains_identifier(replacement, original):
            raise QcodeError(
                Message(
                    "the replacement '{replacement}' contains the identifier it replaces",
                    replacement=replacement,
                )
            )
        for other, other_replacement in table.items():
            if other == original:
                continue
            if contains_identifier(replacement, other):
                raise QcodeError(
                    Message(
                        "the replacement '{replacement}' contains another identifier in the "
                        "pseudonym table; choose one that names nobody",
                        replacement=replacement,
                    )
                )
            if contains_identifier(other_replacement, original):
                if other in changed_set:
                    raise QcodeError(
                        Message(
                            "the replacement '{other_replacement}' contains another identifier in "
                            "the pseudonym table; choose one that names nobody",
                            other_replacement=other_replacement,
                        )
                    )
                raise QcodeError(
                    Message(
                        "the identifier is part of the replacement '{other_replacement}' "
                        "already in the pseudonym table; change that replacement first",
                        other_replacement=other_replacement,
                    )
                )


def _set_entries(tx: Transaction, entries: Sequence[PseudonymEntry]) -> list[int]:
    for entry in entries:
        check_text(entry.original, Message("the identifier"))
        check_text(entry.replacement, Message("the replacement"))
        check_text(entry.kind or "", Message("the identifier's kind"))
    cleaned = [
        PseudonymEntry(
            _clean(entry.original, Message("an identifier")),
            _clean(entry.replacement, Message("a replacement")),
            None if entry.kind is None else entry.kind.strip(),
        )
        for entry in entries
    ]
    originals = [entry.original for entry in cleaned]
    if len(set(originals)) != len(originals):
        raise QcodeError(Message("the same identifier is listed twice; give each one replacement"))
    existing = {p.original: p for p in read_pseudonyms(tx.conn)}
    table = {original: p.replacement for original, p in existing.items()}
    table.update({entry.original: entry.replacement for entry in cleaned})
    _check_table(table, originals)
    ids: list[int] = []
    new_rows: list[NewPseudonym] = []
    next_id = stored.next_id(tx.changes)
    for entry in cleaned:
        old = existing.get(entry.original)
        if old is not None:
            stored.set_replacement(tx.changes, old.id, entry.replacement, entry.kind)
            ids.append(old.id)
            continue
        new_rows.append(
            NewPseudonym(
                id=next_id,
                original=entry.original,
                replacement=entry.replacement,
                kind=entry.kind or "",
                created_at=tx.now,
            )
        )
        ids.append(next_id)
        next_id += 1
    stored.insert(tx.changes, new_rows)
    return ids


@dataclass
class SetPseudonym(Command[int]):
    """Add an identifier with its replacement, or change its replacement;
    returns the row id."""

    kind: ClassVar[str] = "set_pseudonym"
    original: str
    replacement: str
    identifier_kind: str | None = None

    @property
    def label(self) -> Message:
        return Message("set a pseudonym (→ {replacement})", replacement=self.replacement.strip())

    def do(self, tx: Transaction) -> int:
        entry = PseudonymEntry(self.original, self.replacement, self.identifier_kind)
        return _set_entries(tx, [entry])[0]


@dataclass
class SetPseudonyms(Command[list[int]]):
    """Set many pseudonyms as one edit (e.g. those picked from found
    identifiers); returns their row ids in order."""

    kind: ClassVar[str] = "set_pseudonyms"
    entries: Sequence[PseudonymEntry]

    @property
    def label(self) -> Message:
        if len(self.entries) == 1:
            return Message(
                "set a pseudonym (→ {replacement})", replacement=self.entries[0].replacement.strip()
            )
        return Message("set {count} pseudonyms", count=len(self.entries))

    def do(self, tx: Transaction) -> list[int]:
        if not self.entries:
            raise QcodeError(Message("no pseudonyms to add"))
        return _set_entries(tx, self.entries)


@dataclass
class DeletePseudonyms(Command[None]):
    """Remove entries from the table (exports then keep those identifiers)."""

    kind: ClassVar[str] = "delete_pseudonyms"
    items: Sequence[Pseudonym]

    @property
    def label(self) -> Message:
        if len(self.items) == 1:
            return Message(
                "delete a pseudonym ({replacement})", replacement=self.items[0].replacement
            )
        return Message("delete {count} pseudonyms", count=len(self.items))

    def do(self, tx: Transaction) -> None:
        if not self.items:
            raise QcodeError(Message("no pseudonyms to delete"))
        stored.delete(tx.changes, sorted({item.id for item in self.items}))
