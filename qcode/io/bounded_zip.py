"""The zip package of a .docx or .odt, read within the import limits.

A word-processor file is a zip of XML parts.  Only the parts that hold the
text are ever unpacked (never the pictures), each streamed in chunks whose
bytes count against the import's :class:`~qcode.io.limits.ByteBudget` as they
come out of the decompressor, so a zip bomb stops after at most the limit
plus one chunk whatever sizes its headers claim.  A member whose header
already claims more than what is left is refused before it is touched.

XML parts are parsed as a stream of events (expat, as :class:`XmlEvents`)
instead of into a tree, so memory stays flat however many elements a part
holds.  A part with a DTD is refused, as defusedxml would: Word and ODF never
write one, and its only use here would be entities that expand.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Protocol
from xml.parsers import expat

from qcode.errors import UnreadableFileError
from qcode.io.limits import CHUNK, ByteBudget, open_regular

# A .docx holds a few dozen parts; far more is not a document.
MAX_ENTRIES = 100_000
# Errors a damaged member raises while it is unpacked.
_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError)
# Element names come as "namespace}local", so "{" + name is ElementTree's form.
NAMESPACE_END = "}"


class XmlEvents(Protocol):
    """What :meth:`OfficeZip.parse` tells as it reads: elements and their text."""

    def start(self, tag: str, attributes: dict[str, str]) -> None: ...

    def end(self, tag: str) -> None: ...

    def data(self, text: str) -> None: ...


class OfficeZip:
    """An opened .docx/.odt package; ``damaged`` is the problem a broken one gets."""

    def __init__(self, path: Path, damaged: str, budget: ByteBudget | None = None) -> None:
        self.path = path
        self.damaged = damaged
        self.budget = budget or ByteBudget(path)
        self._file = open_regular(path)
        try:
            declared = declared_entries(self._file)
            if declared is not None and declared > MAX_ENTRIES:
                raise self.error()
            try:
                self._zip = zipfile.ZipFile(self._file)
            except (zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
                raise self.error() from error
            self._entries = {info.filename: info for info in self._zip.infolist()}
            if len(self._entries) > MAX_ENTRIES:
                raise self.error()
        except BaseException:
            self._file.close()
            raise

    def error(self) -> UnreadableFileError:
        """The one-line refusal for a damaged package."""
        return UnreadableFileError(self.path, self.damaged)

    def has(self, name: str) -> bool:
        return name in self._entries

    def chunks(self, name: str) -> Iterator[bytes]:
        """The member's bytes, a chunk at a time, each charged to the budget."""
        info = self._entries.get(name)
        if info is None:
            raise self.error()
        if info.file_size > self.budget.remaining():
            # Honest headers let a bomb be refused before any unpacking.
            self.budget.charge(info.file_size)
        try:
            with self._zip.open(info) as member:
                while True:
                    chunk = member.read(CHUNK)
                    if not chunk:
                        return
                    # Counted as unpacked, whatever the header said.
                    self.budget.charge(len(chunk))
                    yield chunk
        except _DAMAGE as error:
            raise self.error() from error

    def read(self, name: str, most: int) -> bytes:
        """A small member whole (manifests, relationships); damaged if over ``most``."""
        parts: list[bytes] = []
        size = 0
        for chunk in self.chunks(name):
            size += len(chunk)
            if size > most:
                raise self.error()
            parts.append(chunk)
        return b"".join(parts)

    def parse(self, name: str, events: XmlEvents) -> None:
        """Read a member's XML chunk by chunk, telling ``events`` what it holds.

        Exceptions ``events`` raises (a limit reached) stop the parse and
        come out as they are; broken XML, or a DTD, is the package's damage.
        """
        parser = expat.ParserCreate(namespace_separator=NAMESPACE_END)
        parser.buffer_text = True
        parser.buffer_size = CHUNK
        parser.StartElementHandler = events.start
        parser.EndElementHandler = events.end
        parser.CharacterDataHandler = events.data

        def refuse(*_: object) -> None:
            raise self.error()

        parser.StartDoctypeDeclHandler = refuse
        parser.EntityDeclHandler = refuse
        try:
            for chunk in self.chunks(name):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except expat.ExpatError as error:
            raise self.error() from error

    def close(self) -> None:
        self._zip.close()
        self._file.close()

    def __enter__(self) -> OfficeZip:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def declared_entries(file: BinaryIO) -> int | None:
    """The entry count the end-of-directory record states, read before zipfile
    loads the whole directory into memory; ``None`` if it cannot be told."""
    file.seek(0, 2)
    size = file.tell()
    tail_size = min(size, 22 + 0xFFFF)
    file.seek(size - tail_size)
    tail = file.read(tail_size)
    file.seek(0)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 12 > len(tail):
        return None
    (count,) = struct.unpack("<H", tail[at + 10 : at + 12])
    return None if count == 0xFFFF else int(count)
