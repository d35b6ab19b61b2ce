"""What a PDF's compressed streams unpack to, measured before pdfminer unpacks any.

pdfminer inflates a stream whole, in memory, whenever it needs it: a 60 KB
PDF can ask for gigabytes.  So the file's raw bytes are scanned first: every
``<< ... >> stream ... endstream`` is unpacked here through its filters
(Flate, LZW, RunLength, ASCIIHex, ASCII85) chunk by chunk, counting the
bytes that come out and keeping none, and the total is held to the import
byte limit.  Pictures, attached files and XMP metadata are not counted,
since reading the text never unpacks them.

A Flate stream that is broken (cut short, a bad checksum) is something
pdfminer works around by unpacking it again one byte at a time, at a cost
that grows with its input *times* its output; one whose repair would take
more than a few seconds is refused as damaged.

Streams of an encrypted PDF cannot be measured here (they are ciphertext);
:func:`unpacked_chunks` lets the page reader measure a page's content streams
again, deciphered, just before pdfminer runs them.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qcode.errors import UnreadableFileError
from qcode.io.limits import CHUNK, ByteBudget
from qcode.messages import Message

_STREAM = re.compile(rb">>[\x00\t\n\f\r ]*stream(?:\r\n|\n|\r)")
_OBJECT = re.compile(rb"\d+[\x00\t\n\f\r ]+\d+[\x00\t\n\f\r ]+obj\b")
_FILTER_KEY, _LENGTH_KEY = rb"/Filter", rb"/Length"
_FILTER = re.compile(_FILTER_KEY + rb"[\x00\t\n\f\r ]*(\[[^\]]*\]|/[^\x00\t\n\f\r /\[\]<>()]+)")
_REFERENCE = rb"[\x00\t\n\f\r ]+(\d{1,10})[\x00\t\n\f\r ]+(\d{1,5})[\x00\t\n\f\r ]+R\b"
_NUMBERED_OBJECT = re.compile(rb"(?<!\d)(\d{1,10})[\x00\t\n\f\r ]+(\d{1,5})[\x00\t\n\f\r ]+obj\b")
# An indirect /Length or /Filter value is short: a number, a name, an array.
_REFERENCE_REACH = 512
_NAME = re.compile(rb"/([^\x00\t\n\f\r /\[\]<>()]+)")
_LENGTH = re.compile(rb"/Length[\x00\t\n\f\r ]+(\d{1,12})(?![\x00\t\n\f\r ]+\d+[\x00\t\n\f\r ]+R)")
# Streams that reading the text never unpacks.
_NOT_UNPACKED = re.compile(
    rb"/Subtype[\x00\t\n\f\r ]*/Image\b|/Type[\x00\t\n\f\r ]*/(?:EmbeddedFile|Metadata)\b"
)
_OBJECT_STREAM = re.compile(rb"/Type[\x00\t\n\f\r ]*/ObjStm\b")
# How far back from a stream its dictionary (and object header) may start.
_NEAR, _DICTIONARY_REACH = 1024, 16_384
_WHITESPACE = b"\x00\t\n\f\r "
# pdfminer's repair of a broken Flate stream copies its output once per
# input byte: about this many byte-copies take a few seconds.
_MAX_REPAIR_WORK = 30_000_000_000

DAMAGED_STREAM = Message("is damaged (a compressed part of it is broken beyond quick repair)")
# What leads up to the size when a PDF unpacks to more than the byte limit.
UNPACKS_TOO_MUCH = Message("has compressed parts that unpack to more than")


@dataclass
class StreamSizes:
    """What the scan found: bytes all counted streams unpack to, and how many
    of those are object streams (which pdfminer parses, slowly, as syntax)."""

    unpacked: int = 0
    object_streams: int = 0


def scan_streams(data: bytes, path: Path, budget: ByteBudget) -> StreamSizes:
    """Measure every stream in ``data``; refuse past the budget or a costly repair."""
    sizes = StreamSizes()
    view = memoryview(data)
    objects = _Objects(data)
    position = 0
    while True:
        match = _STREAM.search(data, position)
        if match is None:
            sizes.unpacked = budget.used
            return sizes
        start = match.end()
        dictionary = _dictionary(data, match.start())
        end = _stream_end(data, start, objects.resolve(dictionary, _LENGTH_KEY))
        position = max(end, start)
        if _NOT_UNPACKED.search(dictionary):
            continue
        filters = _filter_names(objects.resolve(dictionary, _FILTER_KEY))
        before = budget.used
        # A Flate stream ends itself: it gets all that follows, so a false
        # "endstream" inside its data cannot hide the rest of it.
        _count(_decode(view[start:end], filters, path, view[start:]), budget)
        if _OBJECT_STREAM.search(dictionary):
            sizes.object_streams += budget.used - before


def unpacked_chunks(raw: bytes, filters: Iterable[str], path: Path) -> Iterator[bytes]:
    """What ``raw`` unpacks to through ``filters``, a chunk at a time."""
    view = memoryview(raw)
    for chunk in _decode(view, list(filters), path, view):
        yield bytes(chunk) if isinstance(chunk, memoryview) else chunk


class _Objects:
    """Indirect objects by number, found on first need (one pass over the file)."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._offsets: dict[tuple[int, int], int] | None = None

    def resolve(self, dictionary: bytes, key: bytes) -> bytes:
        """``dictionary``, or, if its ``key`` is a reference, ``key`` and the
        referred object's value (enough for the patterns that read it)."""
        reference = re.search(key + _REFERENCE, dictionary)
        if reference is None:
            return dictionary
        if self._offsets is None:
            self._offsets = {}
            for header in _NUMBERED_OBJECT.finditer(self._data):
                number = (int(header.group(1)), int(header.group(2)))
                self._offsets.setdefault(number, header.end())
        at = self._offsets.get((int(reference.group(1)), int(reference.group(2))))
        if at is None:
            return dictionary
        value = self._data[at : at + _REFERENCE_REACH].partition(b"endobj")[0]
        return key + b" " + value.strip(_WHITESPACE)


def _count(chunks: Iterator[bytes], budget: ByteBudget) -> None:
    for chunk in chunks:
        budget.charge(len(chunk), UNPACKS_TOO_MUCH)


def _dictionary(data: bytes, end: int) -> bytes:
    """The stream's dictionary: from its ``N G obj`` header (if near) to ``end``."""
    for reach in (_NEAR, _DICTIONARY_REACH):
        start = max(0, end - reach)
        headers = list(_OBJECT.finditer(data, start, end))
        if headers:
            return data[headers[-1].end() : end]
    return data[start:end]


def _stream_end(data: bytes, start: int, dictionary: bytes) -> int:
    """Where the stream's data ends: by its direct /Length if that lands on
    ``endstream``, else at the next ``endstream``, as pdfminer reads it."""
    length = _LENGTH.search(dictionary)
    if length is not None:
        end = start + int(length.group(1))
        if data[end : end + 64].lstrip(_WHITESPACE).startswith(b"endstream"):
            return end
    found = data.find(b"endstream", start)
    if found < 0:
        return len(data)
    end = found
    for eol in (b"\r\n", b"\n", b"\r"):
        if data.endswith(eol, start, end):
            return end - len(eol)
    return end


def _filter_names(dictionary: bytes) -> list[str]:
    match = _FILTER.search(dictionary)
    names: list[bytes] = _NAME.findall(match.group(1)) if match else []
    return [name.decode("latin-1") for name in names]


def _decode(raw: memoryview, filters: list[str], path: Path, rest: memoryview) -> Iterator[bytes]:
    """The output of ``filters`` applied to ``raw``; a first Flate filter is
    fed ``rest`` (``raw`` and what follows it) and stops where its data does."""
    chunks: Iterator[Any] = iter([raw])
    for index, name in enumerate(filters):
        stage = _STAGES.get(name)
        if stage is None:
            break  # images (DCT, JPX, ...) or unknown: pdfminer passes them through
        if stage is _inflate and not index:
            chunks = _inflate_first(rest, len(raw), path)
        else:
            chunks = stage(chunks)
    return chunks


def _pieces(chunks: Iterable[bytes | memoryview]) -> Iterator[memoryview]:
    """The input in pieces of at most CHUNK bytes, so that zlib's unconsumed
    tail (a copy of what is left of its input) stays small."""
    for chunk in chunks:
        view = memoryview(chunk)
        for start in range(0, len(view), CHUNK):
            yield view[start : start + CHUNK]


def _inflate_pieces(pieces: Iterable[memoryview], state: list[bool]) -> Iterator[bytes]:
    """Inflate, never more than CHUNK bytes out at a time; ``state`` gets
    ``[True]`` if the stream ended properly (pdfminer reads it in one go)."""
    inflater = zlib.decompressobj()
    try:
        for piece in pieces:
            pending: bytes | memoryview = piece
            while pending and not inflater.eof:
                out = inflater.decompress(pending, CHUNK)
                pending = inflater.unconsumed_tail
                if out:
                    yield out
            if inflater.eof:
                break
        else:
            tail = inflater.flush()
            if tail:
                yield tail
    except zlib.error:
        pass  # what came out before the damage is all pdfminer gets too
    state.append(inflater.eof)


def _inflate(chunks: Iterable[bytes]) -> Iterator[bytes]:
    return _inflate_pieces(_pieces(chunks), [])


def _inflate_first(rest: memoryview, length: int, path: Path) -> Iterator[bytes]:
    """The first Flate filter on the raw bytes, as pdfminer meets it; a broken
    stream is refused if pdfminer's byte-at-a-time repair of its ``length``
    bytes would take too long."""
    state: list[bool] = []
    produced = 0
    for out in _inflate_pieces(_pieces([rest]), state):
        produced += len(out)
        yield out
    if not state[0] and produced * length > _MAX_REPAIR_WORK:
        raise UnreadableFileError(path, DAMAGED_STREAM)


def _collect(chunks: Iterable[bytes | memoryview]) -> bytes:
    return b"".join(chunks)


def _ascii_hex(chunks: Iterable[bytes]) -> Iterator[bytes]:
    digits = _collect(chunks).partition(b">")[0].translate(None, _WHITESPACE)
    if len(digits) % 2:
        digits += b"0"
    try:
        yield bytes.fromhex(digits.decode("latin-1"))
    except ValueError:
        return


def _ascii85(chunks: Iterable[bytes]) -> Iterator[bytes]:
    text = _collect(chunks).partition(b"~>")[0].translate(None, _WHITESPACE)
    text = text.removeprefix(b"<~")
    # "z" is four zero bytes: the one way ASCII85 grows, four times at most.
    try:
        yield base64.a85decode(text)
    except ValueError:
        return


def _run_length(chunks: Iterable[bytes]) -> Iterator[bytes]:
    data = _collect(chunks)
    index = 0
    while index < len(data):
        length = data[index]
        if length == 128:
            return
        if length < 128:
            yield data[index + 1 : index + 2 + length]
            index += 2 + length
        else:
            yield data[index + 1 : index + 2] * (257 - length)
            index += 2


def _lzw(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """LZW as pdfminer decodes it: codes of 9 to 12 bits, widening one code early."""
    data = _collect(chunks)
    table: list[bytes] = []
    size = 0  # pdfminer's table keeps growing past 4096 entries, unreachable ones
    previous = b""
    width = 9
    bits = 0
    count = 0
    for byte in data:
        bits = (bits << 8) | byte
        count += 8
        while count >= width:
            count -= width
            code = bits >> count
            bits &= (1 << count) - 1
            if code == 256:
                table = [bytes((value,)) for value in range(256)] + [b"", b""]
                size, previous, width = 258, b"", 9
                continue
            if code == 257 or not table:
                return
            if not previous:
                if code >= 256:
                    return
                previous = table[code]
                yield previous
                continue
            if code < len(table):
                entry = table[code]
                added = previous + entry[:1]
            elif code == size:
                entry = added = previous + previous[:1]
            else:
                return
            if len(table) < 4096:
                table.append(added)
            size += 1
            width = {511: 10, 1023: 11, 2047: 12}.get(size, width)
            previous = entry
            yield entry


_STAGES: dict[str, Callable[[Iterable[bytes]], Iterator[bytes]]] = {
    "FlateDecode": _inflate,
    "Fl": _inflate,
    "LZWDecode": _lzw,
    "LZW": _lzw,
    "RunLengthDecode": _run_length,
    "RL": _run_length,
    "ASCIIHexDecode": _ascii_hex,
    "AHx": _ascii_hex,
    "ASCII85Decode": _ascii85,
    "A85": _ascii85,
}


def stream_filters(stream: Any) -> list[str]:
    """The filter names of a pdfminer ``PDFStream``, as plain strings."""
    names: list[str] = []
    for name, _parameters in stream.get_filters():
        value = getattr(name, "name", name)
        names.append(value.decode("latin-1") if isinstance(value, bytes) else str(value))
    return names
