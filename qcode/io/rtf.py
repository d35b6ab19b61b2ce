"""Rich Text Format import (striprtf, loaded only when an .rtf is read).

RTF source is 7-bit ASCII in the code page its header names (``\\ansicpgN``,
Windows-1252 by default); characters outside it come as ``\\uN`` escapes,
and characters outside the Basic Multilingual Plane as *two* escapes, one per
UTF-16 surrogate.  striprtf turns each escape into its own code point, so the
surrogate pairs are joined here; otherwise "𠮷" and "😀" would be stored as
two unencodable halves.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import Path

from qcode.errors import UnreadableFileError
from qcode.io.text import read_bytes
from qcode.messages import Message

_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_HEADER_SEARCH = 4096
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def read_rtf(path: Path, warnings: list[str] | None = None) -> str:
    """Return the text of an .rtf file, with ``\\uN`` escapes (CJK, emoji) decoded.

    Bytes that the declared code page has no character for become U+FFFD,
    which is reported in ``warnings``.
    """
    from striprtf import striprtf

    # striprtf has no type hints; this is its documented signature.
    rtf_to_text: Callable[..., str] = striprtf.rtf_to_text
    data = read_bytes(path)
    if not data.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{\\rtf"):
        raise UnreadableFileError(
            path,
            Message("is not an RTF file (it does not start with {start})", start="{\\rtf"),
        )
    encoding = _source_encoding(data)
    # RTF is 7-bit text; a raw byte its code page has no character for is
    # damage, which costs that character, not the document.
    escaped = data.decode(encoding, errors="surrogateescape")
    source, replaced = _ESCAPED_BYTE.subn("\ufffd", escaped)
    if replaced and warnings is not None:
        warnings.append(
            Message.counted(
                "{count:,} byte{s} not valid in its code page ({encoding}) replaced by \ufffd",
                count=replaced,
                encoding=encoding,
            )
        )
    try:
        # "replace": one byte outside the declared code page should cost one
        # character, not the whole document.
        text = rtf_to_text(source, errors="replace")
    except Exception as exc:
        raise UnreadableFileError(path, Message("is damaged (its RTF could not be read)")) from exc
    return _join_surrogates(text)


def _source_encoding(data: bytes) -> str:
    match = _CODE_PAGE.search(data[:_HEADER_SEARCH])
    if match is not None:
        encoding = f"cp{int(match.group(1))}"
        try:
            codecs.lookup(encoding)
        except LookupError:
            return "cp1252"
        return encoding
    return "cp1252"


def _join_surrogates(text: str) -> str:
    def join(match: re.Match[str]) -> str:
        return match.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le")

    text = _SURROGATE_PAIR.sub(join, text)
    # A half pair cannot be stored (it has no UTF-8 form): mark it as lost.
    return _LONE_SURROGATE.sub("\ufffd", text)
