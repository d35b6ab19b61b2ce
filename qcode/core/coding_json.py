"""Codings described in JSON, as ``qcode segments --json`` prints them, read
into :class:`~qcode.core.coding_edits.NewCoding` values.

The file may come from anywhere (another tool, a script, a colleague), so
every entry is checked here and a problem is named by the file and the
entry, in one line: ``codings.json: coding 2: 'start' is not a usable
number``.  Nothing is written here: the codings, and any coder they name for
the first time, are added by one :class:`~qcode.core.coding_edits.AddCodings`
edit, all or nothing, undone as one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from qcode.core.coding_edits import NewCoding
from qcode.core.names import check_text
from qcode.errors import QcodeError, message_of
from qcode.messages import Message

# A position is a count of code points; 15 digits are far beyond any
# document and keep every number within SQLite's 64-bit integers.  Longer
# digit strings are never converted (Python refuses beyond 4,300 digits, and
# converting is slow well before that).
MAX_DIGITS = 15

_TEXT_KEYS = ("document", "code", "coder", "memo", "text")


class _Unusable:
    """A JSON number that is not a usable position: too long, NaN, Infinity."""

    def __init__(self, literal: str) -> None:
        self.literal = literal if len(literal) <= 20 else literal[:20] + "…"


class _Entry(dict[str, Any]):
    """A JSON object that remembers the keys it was given more than once
    (plain ``json`` keeps the last silently)."""

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        seen: set[str] = set()
        self.repeated: list[str] = []
        for key, _value in pairs:
            if key in seen:
                self.repeated.append(key)
            seen.add(key)


def _integer(literal: str) -> int | _Unusable:
    if len(literal.lstrip("-")) > MAX_DIGITS:
        return _Unusable(literal)
    return int(literal)


def _parse(raw: str, source: str) -> list[_Entry]:
    """The entries of a --from-json file, each an object (not yet checked);
    ``source`` names the file in errors."""
    try:
        entries = json.loads(
            raw, parse_int=_integer, parse_constant=_Unusable, object_pairs_hook=_Entry
        )
    except json.JSONDecodeError as error:
        raise QcodeError(
            Message(
                "{source}: not valid JSON (line {lineno}: {msg})",
                source=source,
                lineno=error.lineno,
                msg=error.msg,
            )
        ) from None
    except RecursionError:
        raise QcodeError(
            Message("{source}: not valid JSON (nested too deeply)", source=source)
        ) from None
    if not isinstance(entries, list):
        raise QcodeError(Message("{source}: expected a JSON list of codings", source=source))
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, _Entry):
            raise QcodeError(
                Message("{source}: coding {number}: not an object", source=source, number=number)
            )
    return entries


def codings_from_json(raw: str, source: str, document_id: Callable[[str], int]) -> list[NewCoding]:
    """The codings a --from-json file describes, checked entry by entry.

    ``document_id`` finds a document by the entry's ``document`` (a name or
    UUID) and raises :class:`QcodeError` when there is none.  A ``coder``
    is carried by name: it is added, if new, by the edit that adds the
    codings (see :class:`~qcode.core.coding_edits.AddCodings`).
    """
    documents: dict[str, int] = {}
    codings: list[NewCoding] = []
    for number, entry in enumerate(_parse(raw, source), start=1):
        label = Message("{source}: coding {number}", source=source, number=number)
        _check_entry(entry, label)
        ref: str = entry["document"]
        if ref not in documents:
            try:
                documents[ref] = document_id(ref)
            except QcodeError as error:
                raise QcodeError(
                    Message("{label}: {problem}", label=label, problem=message_of(error))
                ) from None
        codings.append(
            NewCoding(
                document_id=documents[ref],
                code=entry["code"],
                start=entry["start"],
                end=entry["end"],
                coder_name=entry.get("coder"),
                memo=entry.get("memo"),
                expected_text=entry.get("text"),
                label=label,
            )
        )
    return codings


def _check_entry(entry: _Entry, label: str) -> None:
    if entry.repeated:
        raise QcodeError(
            Message("{label}: '{key}' is given twice", label=label, key=entry.repeated[0])
        )
    for key in ("document", "code", "start", "end"):
        if key not in entry:
            raise QcodeError(Message("{label}: '{key}' is missing", label=label, key=key))
    for key in _TEXT_KEYS:
        value = entry.get(key)
        if value is None and key not in ("document", "code"):
            continue
        if not isinstance(value, str):
            raise QcodeError(Message("{label}: '{key}' must be text", label=label, key=key))
        check_text(value, Message("{label}: '{key}'", label=label, key=key))
    for key in ("start", "end"):
        value = entry[key]
        if isinstance(value, _Unusable):
            raise QcodeError(
                Message(
                    "{label}: '{key}' is not a usable number ({literal})",
                    label=label,
                    key=key,
                    literal=value.literal,
                )
            )
        if type(value) is not int:  # not bool, not float: 5.0 hints at another unit
            raise QcodeError(
                Message("{label}: '{key}' must be a whole number", label=label, key=key)
            )
