"""One rule for the names people give things: codes, coders, documents, attributes.

A name is shown in the app, printed in a terminal, written into exports and
compared with other names, so it must be one line of visible text:

* **trimmed**: white space and invisible format characters (zero-width space,
  byte-order mark, direction marks, word joiner, Hangul fillers) are removed
  from both ends, so ``"Trust "`` and ``"\\u200bTrust"`` are the name ``Trust``;
* **not blank**: a name of only spaces or invisible characters is no name;
* **no control characters** anywhere: C0 (U+0000–U+001F, which holds NUL,
  TAB, LF, CR and ESC), DEL (U+007F), C1 (U+0080–U+009F) and the line and
  paragraph separators U+2028 and U+2029.  They break lines in exports, are
  dropped by XML, or (ESC) let a name rewrite the terminal it is printed in;
* **no unpaired surrogates** (U+D800–U+DFFF on their own), which no file
  format can store.

Format characters *inside* a name stay: Persian, Indic scripts and emoji
need the zero-width joiner and non-joiner, and names mixing Arabic or Hebrew
with Latin need the direction marks.

:func:`check_name` is for names a user types (CLI, app, scripts): a bad name
is refused in one line.  :func:`clean_name` is for names read from other
people's files (a .qdc or .qdpx, a project merged in, a file name): the user
did not choose them, so they are cleaned and the caller reports the change.
"""

from __future__ import annotations

import re
import unicodedata

from qcode.errors import QcodeError
from qcode.messages import Message

# Invisible letters that some fonts draw as nothing: a name made of them looks blank.
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")
# Control characters that separate words or lines: cleaning makes them a space.
_BREAKS = re.compile(" *[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]+ *")
_SHOWN_LIMIT = 80  # characters of a bad name quoted in a message


def _is_control(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Zl", "Zp")


def _is_surrogate(char: str) -> bool:
    return "\ud800" <= char <= "\udfff"


def _is_invisible(char: str) -> bool:
    return (
        char.isspace() or unicodedata.category(char) == "Cf" or char in _INVISIBLE_LETTERS
    ) and not _is_surrogate(char)


def _trim(value: str) -> str:
    start, end = 0, len(value)
    while start < end and _is_invisible(value[start]):
        start += 1
    while end > start and _is_invisible(value[end - 1]):
        end -= 1
    return value[start:end]


def _article(what: str) -> str:
    return "an" if what[:1] in "aeiou" else "a"


# "a code", "an attribute": each a message of its own, so the app translates
# the whole phrase (languages differ in articles far more than in nouns).
_NAMED = {
    "code": Message("a code"),
    "coder": Message("a coder"),
    "case": Message("a case"),
    "document": Message("a document"),
    "attribute": Message("an attribute"),
    "speaker": Message("a speaker"),
    "participant": Message("a participant"),
    "query": Message("a query"),
    "link type": Message("a link type"),
    "grade": Message("a grade"),
}


def _a(what: str) -> str:
    """``what`` with its article ("a code"), translatable."""
    return _NAMED.get(what) or Message("{article} {what}", article=_article(what), what=what)


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(code: int) -> str:
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def shown(value: str) -> str:
    """``value`` with every control, format, surrogate or non-space white-space
    character written as an escape (``\\x1b``, ``\\u200b``), cut to a readable
    length: safe to quote in a one-line message or a report."""
    cut = value if len(value) <= _SHOWN_LIMIT else value[: _SHOWN_LIMIT - 1] + "…"
    parts = []
    for char in cut:
        if char != " " and (_is_control(char) or _is_surrogate(char) or _is_invisible(char)):
            parts.append(_ESCAPES.get(char) or _escape(ord(char)))
        else:
            parts.append(char)
    return "".join(parts)


def has_lone_surrogate(text: str) -> bool:
    """Whether ``text`` holds half of a UTF-16 pair on its own: what Python
    makes of undecodable bytes in a file name or an argument, and of a
    ``"\\ud800"`` escape in JSON.  It cannot be stored or printed."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check_text(text: str, what: str) -> None:
    """Refuse text that cannot be stored (``what`` names it in the message):
    for the free text people write (descriptions, memos, values), which may
    hold any other character."""
    if has_lone_surrogate(text):
        raise QcodeError(
            Message("{what} contains an invalid character (a lone surrogate)", what=what)
        )


def check_name(value: str, what: str) -> str:
    """``value`` trimmed, as the name of a ``what`` ("code", "coder",
    "document", "attribute"); raises :class:`QcodeError` in one line when it
    is blank or holds a control character or an unpaired surrogate (see the
    module)."""
    name = _trim(value)
    if not name:
        if value == "":
            raise QcodeError(Message("{what} needs a name", what=_a(what)))
        raise QcodeError(
            Message(
                "{what} needs a name ('{value}' is only spaces or invisible characters)",
                what=_a(what),
                value=shown(value),
            )
        )
    for char in name:
        if _is_surrogate(char):
            raise QcodeError(
                Message(
                    "{what} name cannot contain unpaired surrogates "
                    "(U+{codepoint:04X} found in '{value}')",
                    what=_a(what),
                    codepoint=ord(char),
                    value=shown(value),
                )
            )
        if _is_control(char):
            raise QcodeError(
                Message(
                    "{what} name cannot contain control characters "
                    "(U+{codepoint:04X} found in '{value}')",
                    what=_a(what),
                    codepoint=ord(char),
                    value=shown(value),
                )
            )
    return name


def clean_name(value: str, what: str, placeholder: str | None = None) -> tuple[str, bool]:
    """``value`` made a valid name of a ``what``, and whether that changed more
    than white space at its ends.

    Line and tab characters become a space, other control characters are
    removed, unpaired surrogates become U+FFFD, the ends are trimmed, and a
    blank name becomes ``placeholder`` (default ``"Unnamed <what>"``).  The
    result always passes :func:`check_name`.
    """
    name = _cleaned(value) or placeholder or f"Unnamed {what}"
    return name, name != value.strip()


def is_blank(value: str) -> bool:
    """Whether nothing visible is left of ``value`` once cleaned: the name
    :func:`clean_name` replaces by a placeholder."""
    return not _cleaned(value)


def _cleaned(value: str) -> str:
    text = "".join("\ufffd" if _is_surrogate(char) else char for char in value)
    text = _BREAKS.sub(" ", text)
    return _trim("".join(char for char in text if not _is_control(char)))


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``… when it is taken."""
    if name not in taken:
        return name
    number = 2
    while f"{name} ({number})" in taken:
        number += 1
    return f"{name} ({number})"
