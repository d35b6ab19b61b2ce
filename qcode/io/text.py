"""Plain-text import (.txt, .md) and the byte decoding all text-like formats share.

Decoding order: a byte-order mark wins; then UTF-8; then a legacy code page.
Bytes that are not all valid UTF-8 are weighed, not just tried: a UTF-8 file
with a stray byte (one Windows-1252 "é" pasted into it, a damaged sector) is
still UTF-8, so it is read as UTF-8 with each bad byte replaced by U+FFFD and
a warning naming how many and on which lines.  Only when the bytes speak
clearly for another encoding (no valid multi-byte UTF-8 sequence at all, or
more bad bytes than good sequences, as in Windows-1252, GBK or Shift JIS
text) are they decoded as a legacy code page, and that is reported too.

For legacy bytes charset-normalizer is asked, but it confuses the Latin
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
from qcode.io.base import normalise_newlines
from qcode.io.limits import (
    check_regular,
    max_document_characters,
    read_limited,
    too_many_characters,
)
from qcode.messages import Message

# UTF-32 LE must be tried before UTF-16 LE: its BOM starts with the same bytes.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

BINARY_PROBLEM = Message("does not look like text (binary data)")
_MAX_BYTES_PER_CHARACTER = 4
# "surrogateescape" decoding turns each byte that is not UTF-8 into one of these.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]+")
_ASCII_BYTES = bytes(range(0x80))
# Line numbers named in a warning about replaced bytes; more are counted.
_SHOWN_LINES = 10
# Code pages in which UTF-8's bytes read as letters and symbols ("Ã©"),
# unlike the multi-byte Asian encodings, whose text only looks like UTF-8
# by accident.
_SINGLE_BYTE_WESTERN = frozenset({"cp1252", "cp1250", "latin1", "iso88591", "iso885915"})
_ENCODING_LABELS = {
    "gb18030": "GB18030",
    "gbk": "GBK",
    "gb2312": "GB2312",
    "big5": "Big5",
    "big5hkscs": "Big5-HKSCS",
    "shift_jis": "Shift JIS",
    "cp932": "Shift JIS (Windows)",
    "euc_jp": "EUC-JP",
    "euc_kr": "EUC-KR",
    "cp949": "Korean (Windows)",
    "koi8-r": "KOI8-R",
    "koi8-u": "KOI8-U",
    "mac-roman": "Mac Roman",
    "mac-cyrillic": "Mac Cyrillic",
}

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
    """The bytes of a regular file, within the import byte limit; one-line errors."""
    return read_limited(path)


def read_text_bytes(path: Path) -> bytes:
    """The bytes of a text file (.txt, .md, .srt, .vtt) within both limits.

    No encoding read here takes more than four bytes a character, so a file
    larger than four times the character limit is over it whatever it
    holds: it is refused unread.
    """
    limit = max_document_characters()
    if check_regular(path).st_size > _MAX_BYTES_PER_CHARACTER * limit + len(codecs.BOM_UTF32):
        raise too_many_characters(path, limit)
    return read_bytes(path)


def read_text_file(path: Path, warnings: list[str] | None = None) -> str:
    """Return the text of a .txt or .md file (Markdown stays as written).

    Conversion warnings (bytes replaced, a legacy encoding) go to ``warnings``.
    """
    return decode_text(read_text_bytes(path), path, warnings)


def decode_text(data: bytes, path: Path, warnings: list[str] | None = None) -> str:
    """Decode a text file's bytes: BOM, then UTF-8, then a legacy code page.

    Raises UnreadableFileError if the bytes are binary data rather than text.
    What the reader had to do (bytes replaced by U+FFFD, a legacy code page)
    is appended to ``warnings`` in one line each.
    """
    notes: list[str] = []
    text = _decode_with_bom(data, path, notes)
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
                text = _decode_imperfect(data, path, notes)
    if _too_many_controls(len(_CONTROL_CHARS.findall(text)), len(text)):
        raise UnreadableFileError(path, BINARY_PROBLEM)
    if warnings is not None:
        warnings.extend(notes)
    return text


def _decode_imperfect(data: bytes, path: Path, notes: list[str]) -> str:
    """Bytes that are not all valid UTF-8: UTF-8 with replacements, or legacy."""
    escaped = data.decode("utf-8", "surrogateescape")  # each bad byte -> U+DC80..U+DCFF
    bad = len(escaped) - len(_ESCAPED_BYTE.sub("", escaped))
    ascii_bytes = len(data) - len(data.translate(None, _ASCII_BYTES))
    good = len(escaped) - ascii_bytes - bad  # valid multi-byte sequences
    if good > 0 and bad <= good:
        return _replace_bad_bytes(escaped, bad, notes)
    try:
        text, encoding = _decode_legacy(data, path)
    except UnreadableFileError:
        if not good:
            raise
        # No code page reads it either: keep what is valid UTF-8.
        return _replace_bad_bytes(escaped, bad, notes)
    label = _encoding_label(encoding)
    if good and encoding.replace("_", "").lower() in _SINGLE_BYTE_WESTERN:
        # A mixed file: its few UTF-8 characters now read as two or three.
        note = Message.counted(
            "decoded as {encoding}, not UTF-8; {count:,} character{s} in it that looked like "
            "UTF-8 may show garbled",
            encoding=label,
            count=good,
        )
    else:
        note = Message("decoded as {encoding}, not UTF-8", encoding=label)
    notes.append(note)
    return text


def _replace_bad_bytes(escaped: str, count: int, notes: list[str]) -> str:
    # Line numbers as an editor shows them, whatever the line endings.
    lines: list[int] = []
    line, searched = 1, 0
    numbered = normalise_newlines(escaped)
    for match in _ESCAPED_BYTE.finditer(numbered):
        line += numbered.count("\n", searched, match.start())
        searched = match.start()
        if not lines or lines[-1] != line:
            lines.append(line)
    shown: str = ", ".join(str(number) for number in lines[:_SHOWN_LINES])
    if len(lines) > _SHOWN_LINES:
        shown = Message(
            "{numbers} and {more:,} more", numbers=shown, more=len(lines) - _SHOWN_LINES
        )
    if count == 1:
        note = Message(
            "1 byte that is not valid UTF-8 replaced by \ufffd on line {lines}", lines=shown
        )
    else:
        note = Message.counted(
            "{count:,} bytes that are not valid UTF-8 replaced by \ufffd on line{s} {lines}",
            "line_count",  # (the plural is the lines'; there are always several bytes)
            count=count,
            line_count=len(lines),
            lines=shown,
        )
    notes.append(note)
    return _ESCAPED_BYTE.sub(lambda run: "\ufffd" * len(run.group()), escaped)


def _too_many_controls(count: int, total: int) -> bool:
    return count > 0 and count > total * _MAX_CONTROL_SHARE


def _decode_with_bom(data: bytes, path: Path, notes: list[str]) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                if encoding == "utf-8":
                    # The marker says UTF-8 outright: only the bad bytes go.
                    escaped = data[len(bom) :].decode("utf-8", "surrogateescape")
                    count = len(escaped) - len(_ESCAPED_BYTE.sub("", escaped))
                    return _replace_bad_bytes(escaped, count, notes)
                name = encoding.upper().removesuffix("-LE").removesuffix("-BE")
                problem = Message(
                    "is not valid {encoding} text, although it starts with a {encoding} marker",
                    encoding=name,
                )
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


def _decode_legacy(data: bytes, path: Path) -> tuple[str, str]:
    """The text and the name of the code page it was read in."""
    from charset_normalizer import from_bytes

    western = _as_western_cp1252(data)
    best = from_bytes(data).best()
    if western is not None:
        if best is None or best.language.rstrip("—") in _WESTERN_LANGUAGES:
            return western, "cp1252"
        return str(best), best.encoding
    if best is not None:
        return str(best), best.encoding
    try:
        # charset-normalizer found every reading too messy; Windows-1252 is
        # still the most likely origin of a text file it cannot place.
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(path, BINARY_PROBLEM) from exc


def _encoding_label(encoding: str) -> str:
    """A code page's name as people know it: "Windows-1252", "Shift JIS"."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    if name.startswith("cp125"):
        return "Windows-" + name[2:]
    if name.startswith("iso8859-"):
        return "ISO-8859-" + name.removeprefix("iso8859-")
    return _ENCODING_LABELS.get(name, name.upper().replace("_", "-"))


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
