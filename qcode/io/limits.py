"""How much one document import may cost, and the careful way to open a file.

A file to import may come from anyone: a zip bomb named ``.docx``, an ``.odt``
whose table says "repeat this row a million times", a PDF whose few kilobytes
unpack to gigabytes, a pipe or a device named ``.txt``.  Every reader keeps
these limits *while* it reads, so a refusal costs seconds and a few megabytes,
never the machine:

``QCODE_MAX_DOCUMENT_CHARACTERS`` (default 5,000,000)
    The longest text one document may have.  A two-hour interview is about
    100,000 characters and a whole book about 1,000,000, so the default leaves
    room for five books in one file while a document can never outgrow memory.
``QCODE_MAX_IMPORT_BYTES`` (default 200,000,000)
    The most bytes a reader may read from one file, or unpack from it: the
    members of a .docx or .odt zip, the compressed streams of a PDF.  A .docx
    or .odt holding a book unpacks to a few megabytes (its pictures are never
    unpacked), so only a damaged or hostile file comes near it.
``QCODE_MAX_PDF_DRAWING`` (default 1,000,000)
    The drawing instructions (words of PDF syntax, roughly) a PDF's pages may
    have the PDF reader work through before they have yielded any text;
    every character of text found allows four more.  The reader gets
    through a few hundred thousand a second, and a page of text takes a few
    thousand, so a PDF that draws a lot and writes little (nothing at all,
    in the hostile case) is refused in seconds instead of taking minutes.

``QCODE_MAX_SHEET_BYTES`` (default 150,000,000), ``QCODE_MAX_SHEET_ROWS``
(default 1,000,000) and ``QCODE_MAX_SHEET_CELLS`` (default 10,000,000)
    What one sheet (a CSV file, or a workbook's unpacked parts) may hold.  A
    survey of 100,000 respondents with two answers of 200 characters and 20
    attributes is 60 MB and 2.3 million cells; the defaults leave room for
    far more while bounding what reading one costs: about 60 bytes of
    memory per cell and two to four per byte of text, so at most about a
    gigabyte.

Each is read from the environment at every import, so a researcher who needs
more can set it for one run (``QCODE_MAX_IMPORT_BYTES=500000000 qcode import
...``).  A refusal names the limit it hit and the variable that raises it.
Two bounds are fixed, as no real file comes near them: a PDF page may place
at most 100,000 characters, and a .odt repeat counts at most 1,000 times
(see :mod:`qcode.io.pdf_pages` and :mod:`qcode.io.odt`).

Only regular files are opened: a FIFO, a socket or a device (say a symlink to
``/dev/zero`` named ``.txt``) is refused before it is read, and opened
without blocking, so that one swapped in at the last moment cannot hang an
import that holds the project's write lock.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from qcode.errors import QcodeError, UnreadableFileError
from qcode.messages import Message

CHARACTERS_VARIABLE = "QCODE_MAX_DOCUMENT_CHARACTERS"
BYTES_VARIABLE = "QCODE_MAX_IMPORT_BYTES"
PDF_DRAWING_VARIABLE = "QCODE_MAX_PDF_DRAWING"
SHEET_BYTES_VARIABLE = "QCODE_MAX_SHEET_BYTES"
SHEET_ROWS_VARIABLE = "QCODE_MAX_SHEET_ROWS"
SHEET_CELLS_VARIABLE = "QCODE_MAX_SHEET_CELLS"
DEFAULT_MAX_CHARACTERS = 5_000_000
DEFAULT_MAX_BYTES = 200_000_000
DEFAULT_MAX_PDF_DRAWING = 1_000_000
DEFAULT_MAX_SHEET_BYTES = 150_000_000
DEFAULT_MAX_SHEET_ROWS = 1_000_000
DEFAULT_MAX_SHEET_CELLS = 10_000_000
MAX_SHEET_COLUMNS = 1_000  # fixed: no table of respondents or cases comes near it

# A setting longer than this is a typo, not a size (and int() of a huge
# digit string is slow, or refused by Python outright).
_MAX_SETTING_DIGITS = 18
CHUNK = 64 * 1024


def _setting(variable: str, default: int) -> int:
    raw = os.environ.get(variable, "").strip()
    if not raw:
        return default
    digits = raw.replace("_", "").replace(",", "")
    if not digits.isascii() or not digits.isdigit() or len(digits) > _MAX_SETTING_DIGITS:
        shown = raw if len(raw) <= 40 else raw[:40] + "…"
        raise QcodeError(
            Message(
                "{variable} must be a whole number, like {default}; it is {shown}",
                variable=variable,
                default=default,
                shown=repr(shown),
            )
        )
    value = int(digits)
    if value <= 0:
        raise QcodeError(Message("{variable} must be more than 0", variable=variable))
    return value


def max_document_characters() -> int:
    """The longest text one document may have (``QCODE_MAX_DOCUMENT_CHARACTERS``)."""
    return _setting(CHARACTERS_VARIABLE, DEFAULT_MAX_CHARACTERS)


def max_import_bytes() -> int:
    """The most bytes one import may read or unpack (``QCODE_MAX_IMPORT_BYTES``)."""
    return _setting(BYTES_VARIABLE, DEFAULT_MAX_BYTES)


def max_pdf_drawing() -> int:
    """PDF drawing instructions allowed before any text (``QCODE_MAX_PDF_DRAWING``)."""
    return _setting(PDF_DRAWING_VARIABLE, DEFAULT_MAX_PDF_DRAWING)


@dataclass(frozen=True)
class SheetLimits:
    """What one sheet may hold, as the environment says now."""

    bytes: int
    rows: int
    columns: int
    cells: int

    @classmethod
    def now(cls) -> SheetLimits:
        return cls(
            _setting(SHEET_BYTES_VARIABLE, DEFAULT_MAX_SHEET_BYTES),
            _setting(SHEET_ROWS_VARIABLE, DEFAULT_MAX_SHEET_ROWS),
            MAX_SHEET_COLUMNS,
            _setting(SHEET_CELLS_VARIABLE, DEFAULT_MAX_SHEET_CELLS),
        )


def size_text(count: int) -> Message:
    """A byte count for people: ``"200 MB"``, ``"1.5 MB"``, ``"900 bytes"``."""
    if count >= 1_000_000:
        return Message("{size} MB", size=f"{count / 1_000_000:,.1f}".removesuffix(".0"))
    return Message("{count:,} bytes", count=count)


def too_many_characters(path: Path, limit: int, expanded: bool = False) -> UnreadableFileError:
    """The refusal for a document longer than the character limit (``expanded``:
    a file whose text grows past it as it is read, e.g. by repeats)."""
    if expanded:
        problem = Message(
            "expands to more than {limit:,} characters (the limit for one document; "
            "set {variable} to allow more)",
            limit=limit,
            variable=CHARACTERS_VARIABLE,
        )
    else:
        problem = Message(
            "has more than {limit:,} characters (the limit for one document; "
            "set {variable} to allow more)",
            limit=limit,
            variable=CHARACTERS_VARIABLE,
        )
    return UnreadableFileError(path, problem)


# What leads up to the size in a refusal of too many bytes.
IS_LARGER_THAN = Message("is larger than")
UNPACKS_TO_MORE_THAN = Message("unpacks to more than")


def too_many_bytes(
    path: Path, limit: int, what: str, variable: str = BYTES_VARIABLE
) -> UnreadableFileError:
    """The refusal for a file that reads or unpacks to more than the byte limit;
    ``what`` leads up to the size (:data:`IS_LARGER_THAN`, :data:`UNPACKS_TO_MORE_THAN`,
    a :class:`Message` so the app can translate it)."""
    size = size_text(limit)
    if variable == SHEET_BYTES_VARIABLE:
        problem = Message(
            "{what} {size} (the limit for one sheet; set {variable} to allow more)",
            what=what,
            size=size,
            variable=variable,
        )
    else:
        problem = Message(
            "{what} {size} (the limit for one import; set {variable} to allow more)",
            what=what,
            size=size,
            variable=variable,
        )
    return UnreadableFileError(path, problem)


def cannot_read(path: Path, error: OSError) -> UnreadableFileError:
    """The refusal for a file the system would not let qcode read (the
    system's reason kept in its own words)."""
    reason = error.strerror or str(error)
    return UnreadableFileError(path, Message("cannot be read ({reason})", reason=reason))


def check_regular(path: Path) -> os.stat_result:
    """The file's status, following symlinks; refuses anything but a regular file."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise UnreadableFileError(path, Message("file not found")) from None
    except OSError as error:
        raise cannot_read(path, error) from None
    if stat.S_ISDIR(status.st_mode):
        raise UnreadableFileError(path, Message("is a folder, not a file"))
    if not stat.S_ISREG(status.st_mode):
        raise not_regular(path, status.st_mode)
    return status


def not_regular(path: Path, mode: int) -> UnreadableFileError:
    """The refusal for a pipe, socket or device (which may never end, or block)."""
    if stat.S_ISFIFO(mode):
        problem = Message("is a named pipe (FIFO), not a regular file")
    elif stat.S_ISSOCK(mode):
        problem = Message("is a socket, not a regular file")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        problem = Message("is a device, not a regular file")
    else:
        problem = Message("is a special file, not a regular file")
    return UnreadableFileError(path, problem)


# A file whose bytes were already read (see read_once): opening or reading
# it again gives those bytes, so a file is read once per import.
_ALREADY_READ: ContextVar[tuple[Path, bytes] | None] = ContextVar("read_once", default=None)


@contextlib.contextmanager
def read_once(path: Path, data: bytes) -> Iterator[None]:
    """While inside, :func:`open_regular` and :func:`read_limited` of ``path``
    give ``data`` (its bytes, read by the caller within the limits) instead
    of reading the file again: what a reader converts is then exactly what
    the caller keeps as the original, however the file changes meanwhile."""
    token = _ALREADY_READ.set((Path(path), data))
    try:
        yield
    finally:
        _ALREADY_READ.reset(token)


def _already_read(path: Path) -> bytes | None:
    held = _ALREADY_READ.get()
    return held[1] if held is not None and held[0] == Path(path) else None


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading in binary, never blocking on anything else.

    ``O_NONBLOCK`` makes opening a FIFO return at once instead of waiting for
    a writer; the check after opening catches a file swapped since it was
    looked at.  (``O_NONBLOCK`` does nothing to reads of a regular file.)
    """
    held = _already_read(path)
    if held is not None:
        return io.BytesIO(held)
    check_regular(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise UnreadableFileError(path, Message("file not found")) from None
    except OSError as error:
        raise cannot_read(path, error) from None
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise not_regular(path, mode)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_limited(path: Path, limit: int | None = None) -> bytes:
    """All of a regular file's bytes, refused if there are more than ``limit``
    (by default the import byte limit), however the file grows while read."""
    limit = max_import_bytes() if limit is None else limit
    held = _already_read(path)
    if held is not None:
        if len(held) > limit:
            raise too_many_bytes(path, limit, IS_LARGER_THAN)
        return held
    with open_regular(path) as stream:
        try:
            if os.fstat(stream.fileno()).st_size > limit:
                raise too_many_bytes(path, limit, IS_LARGER_THAN)
            data = stream.read(limit + 1)
        except OSError as error:
            raise cannot_read(path, error) from None
    if len(data) > limit:
        raise too_many_bytes(path, limit, IS_LARGER_THAN)
    return data


class ByteBudget:
    """Bytes unpacked so far in one import, refused past the byte limit."""

    def __init__(
        self, path: Path, limit: int | None = None, variable: str = BYTES_VARIABLE
    ) -> None:
        self.path = path
        self.limit = max_import_bytes() if limit is None else limit
        self.variable = variable  # what the refusal says raises the limit
        self.used = 0

    def remaining(self) -> int:
        return self.limit - self.used

    def charge(self, count: int, what: str = UNPACKS_TO_MORE_THAN) -> None:
        """Count ``count`` more bytes; refuse once past the limit."""
        self.used += count
        if self.used > self.limit:
            raise too_many_bytes(self.path, self.limit, what, self.variable)
