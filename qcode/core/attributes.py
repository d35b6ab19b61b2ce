"""Typed document attributes (NVivo's "classifications", MAXQDA's "document
variables"): ``gender=female``, ``year=2021``, ``interviewed=2024-03-02``.

A variable's type is fixed by its first value; later values must fit it, so
that a count per ``year`` never mixes ``2021`` and ``"2021 "``.
"""

from __future__ import annotations

import datetime as _dt
import re

from qcode.core.names import check_text
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import AttributeValue

TYPES = ("text", "integer", "float", "boolean", "date")

_INTEGER = re.compile(r"[+-]?\d+")
_FLOAT = re.compile(r"[+-]?(\d+\.\d*|\.\d+)([eE][+-]?\d+)?")
_TRUE = {"true", "yes"}
_FALSE = {"false", "no"}


def parse_assignment(text: str) -> tuple[str, str]:
    """``"KEY=VALUE"`` → ``("KEY", "VALUE")``, as given on the command line."""
    key, sep, value = text.partition("=")
    key = key.strip()
    if not sep or not key:
        raise QcodeError(Message("attribute '{text}' is not KEY=VALUE", text=text))
    return key, value.strip()


def infer_type(value: AttributeValue) -> str:
    """The type a first value gives its variable."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    text = value.strip()
    if _INTEGER.fullmatch(text):
        return "integer"
    if _FLOAT.fullmatch(text):
        return "float"
    if text.lower() in _TRUE | _FALSE:
        return "boolean"
    if _is_date(text):
        return "date"
    return "text"


def coerce(name: str, type_: str, value: AttributeValue) -> AttributeValue:
    """``value`` as a value of ``type_``, or a clear error."""
    if isinstance(value, str):
        # Every attribute value, of a document, a case or a survey's answer,
        # passes here: refused in one line, never a traceback from SQLite.
        check_text(value, Message("attribute '{name}'", name=name))
    if type_ == "text":
        return value if isinstance(value, str) else str(value)
    text = value.strip() if isinstance(value, str) else value
    try:
        if type_ == "boolean":
            if isinstance(text, bool):
                return text
            lowered = str(text).lower()
            if lowered in _TRUE:
                return True
            if lowered in _FALSE:
                return False
            raise ValueError
        if type_ == "integer":
            if isinstance(text, bool) or (isinstance(text, float) and not text.is_integer()):
                raise ValueError
            return int(text)
        if type_ == "float":
            if isinstance(text, bool):
                raise ValueError
            return float(text)
        if type_ == "date":
            if not isinstance(text, str) or not _is_date(text):
                raise ValueError
            return text
    except ValueError:
        pass
    raise QcodeError(
        Message(
            "attribute '{name}' holds {kind} values; '{value}' is not one",
            name=name,
            kind=_kind(type_),
            value=value,
        )
    )


def _is_date(text: str) -> bool:
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _kind(type_: str) -> Message:
    # Each kind a message of its own, so the app translates it inside the error.
    if type_ == "integer":
        return Message("whole-number")
    if type_ == "float":
        return Message("number")
    if type_ == "boolean":
        return Message("yes/no")
    if type_ == "date":
        return Message("date")
    return Message("text")
