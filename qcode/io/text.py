"""Plain-text import (.txt, .md) and the byte decoding all text-like formats share.

Decoding order: a byte-order mark wins; then strict UTF-8; then a legacy code
page.  For legacy bytes charset-normalizer is asked, but it confuses the Latin
code pages with each other (it reads short Windows-1252 notes as cp1250,
cp775 or even cp1006, turning "naïve" into "naďve").  Its *language* guess is
much better than its code-page guess, so Windows-1252 is chosen whenever the
bytes read as plausible Western text under it and the detected language is
not one that Windows-1252 cannot write (Czech, Polish, Turkish, ...).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from qcode.errors import UnreadableFileError

# UTF-32 LE must be tried before UTF-16 LE: its BOM starts with the same bytes.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

BINARY_PROBLEM = "does not look like text (binary data)"

# More than 1 in 100 characters being control codes means it is not prose.
_MAX_CONTROL_SHARE = 0.01
# Bytes that never appear in text in any encoding we read (NUL is handled on
# its own; ESC, SO and SI are legitimate in ISO-2022 encodings).
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x10, 0x1B), *range(0x1C, 0x20)])
# Control characters (C0 and C1) other than tab, newlines and form feeds.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_LETTER = re.compile(r"[^\W\d_]")

# Letters Windows-1252 has beyond ASCII.  In Cyrillic or Greek bytes read as
# Windows-1252 nearly every letter is one of these, in Western text few are.
_WESTERN_LETTERS = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿŒœŠšŽžŸ"
)
_MAX_ACCENTED_SHARE = 1 / 3
# Punctuation whose Windows-1252 bytes mean the same in cp1250: safe anywhere.
_WESTERN_PUNCTUATION = frozenset("’‘“”„‚…–—•·«»‹›€©®™°§¶´\xa0\xad")
# Inverted marks open a Spanish clause; after a letter, "¿" is Polish "ż".
_OPENING_MARKS = frozenset("¿¡")
# Symbols that are Central European letters in cp1250 (³ is "ł", ¹ is "ą"):
# plausible in Western text only when they touch no letter.
_STANDALONE_SYMBOLS = frozenset("£¢¥ªº¯²³¹¼½¾±×÷µ‰†‡")
# Languages Windows-1252 was made for, as charset-normalizer names them.
_WESTERN_LANGUAGES = frozenset(
    {
        "Unknown",
        "English",
        "French",
        "German",
        "Spanish",
        "Portuguese",
        "Italian",
        "Dutch",
        "Danish",
        "Norwegian",
        "Swedish",
        "Finnish",
        "Estonian",
        "Indonesian",
    }
)


def read_bytes(path: Path) -> bytes:
    """Return the file's bytes, or raise UnreadableFileError if the OS refuses."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(path, f"cannot be read ({exc.strerror or exc})") from exc


def read_text_file(path: Path) -> str:
    """Return the text of a .txt or .md file (Markdown stays as written)."""
    return decode_text(read_bytes(path), path)


def decode_text(data: bytes, path: Path) -> str:
    """Decode a text file's bytes: BOM, then UTF-8, then a legacy code page.

    Raises UnreadableFileError if the bytes are binary data rather than text.
    """
    text = _decode_with_bom(data, path)
    if text is None:
        if b"\x00" in data:
            text = _decode_utf16_without_bom(data, path)
        else:
            controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
            if _too_many_controls(controls, len(data)):
                raise UnreadableFileError(path, BINARY_PROBLEM)
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = _decode_legacy(data, path)
    if _too_many_controls(len(_CONTROL_CHARS.findall(text)), len(text)):
        raise UnreadableFileError(path, BINARY_PROBLEM)
    return text


def _too_many_controls(count: int, total: int) -> bool:
    return count > 0 and count > total * _MAX_CONTROL_SHARE


def _decode_with_bom(data: bytes, path: Path) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                name = encoding.upper().removesuffix("-LE").removesuffix("-BE")
                problem = f"is not valid {name} text, although it starts with a {name} marker"
                raise UnreadableFileError(path, problem) from exc
    return None


def _decode_utf16_without_bom(data: bytes, path: Path) -> str:
    """UTF-16 without a BOM shows as a NUL in every other byte; else NUL means binary."""
    half = len(data) // 2
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    encoding = None
    if len(data) % 2 == 0 and half:
        # Latin text puts its zero high byte second (LE) or first (BE); a
        # few zeros on the other side come from characters like U+0100.
        if odd_nuls >= 0.3 * half and even_nuls <= 0.05 * half:
            encoding = "utf-16-le"
        elif even_nuls >= 0.3 * half and odd_nuls <= 0.05 * half:
            encoding = "utf-16-be"
    if encoding is None:
        raise UnreadableFileError(path, BINARY_PROBLEM)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(path, BINARY_PROBLEM) from exc


def _decode_legacy(data: bytes, path: Path) -> str:
    from charset_normalizer import from_bytes

    western = _as_western_cp1252(data)
    best = from_bytes(data).best()
    if western is not None:
        if best is None or best.language.rstrip("—") in _WESTERN_LANGUAGES:
            return western
        return str(best)
    if best is not None:
        return str(best)
    try:
        # charset-normalizer found every reading too messy; Windows-1252 is
        # still the most likely origin of a text file it cannot place.
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(path, BINARY_PROBLEM) from exc


def _as_western_cp1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if looks_western(text) else None


def looks_western(text: str) -> bool:
    """True if every non-ASCII character is plausible in Western European text."""
    accented = 0
    for match in _NON_ASCII.finditer(text):
        char, index = match.group(), match.start()
        if char in _WESTERN_PUNCTUATION:
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if char in _WESTERN_LETTERS:
            accented += 1
        elif char in _OPENING_MARKS:
            if before.isalpha():
                return False
        elif char in _STANDALONE_SYMBOLS:
            if before.isalpha() or after.isalpha():
                return False
        else:
            return False
    return accented <= len(_LETTER.findall(text)) * _MAX_ACCENTED_SHARE
