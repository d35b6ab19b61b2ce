"""The last step of every pseudonymised export: read back what was written.

A pseudonymised file goes to people who must not learn who spoke.  However
carefully each exporter replaces identifiers, a place it forgot (a header, a
sheet name, a new column) would give someone away; so the written file
itself is searched for every identifier of the table, with the matching rules
of :mod:`qcode.core.pseudonymise`:

* a zip (``.xlsx``, ``.qdpx``, ``.docx``...): every entry and its name, as
  UTF-8 text, searched with XML's escapes undone (``&#26472;`` is 杨,
  ``&amp;`` is &), since spreadsheets and XML may hold characters as
  references;
* any other file (``.csv``, ``.txt``, ``.qdc``): its text;
* and the file's own name.

When an identifier is found, the file is deleted and the export refused with
a message naming the identifier (it is the user's own data) and where it was.
Big entries are read in pieces that overlap, so memory stays flat.
"""

from __future__ import annotations

import codecs
import html
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from qcode.core.pseudonymise import Pseudonymiser
from qcode.errors import QcodeError
from qcode.export.atomic import Check

_PIECE = 1 << 20  # bytes read at a time
_OVERLAP = 4096  # characters carried over, so that no identifier is cut in two


def check_written(path: Path, pseudonymiser: Pseudonymiser, name: str | None = None) -> None:
    """Search the file at ``path`` for the table's identifiers; if one is
    there, delete the file and raise :class:`QcodeError`.

    ``name`` is the file's name in the message (default: ``path.name``); an
    exporter checks its temporary file before moving it into place.
    """
    shown = name or path.name
    try:
        found = _first_leak(path, pseudonymiser, shown)
    except OSError as error:
        path.unlink(missing_ok=True)
        problem = error.strerror or str(error)
        raise QcodeError(f"{shown}: cannot be checked for identifiers ({problem})") from error
    if found is not None:
        identifier, where = found
        path.unlink(missing_ok=True)
        raise QcodeError(
            f"{shown}: pseudonymised export refused: '{identifier}' would leak in {where}"
        )


def leak_check(pseudonymiser: Pseudonymiser | None, name: str) -> Check | None:
    """What an atomic write (:mod:`qcode.export.atomic`) runs on a file
    before it appears as ``name``: the leak check when the export is
    pseudonymised, nothing otherwise."""
    if pseudonymiser is None:
        return None
    table = pseudonymiser

    def check(written: Path) -> None:
        check_written(written, table, name)

    return check


def _first_leak(path: Path, pseudonymiser: Pseudonymiser, shown: str) -> tuple[str, str] | None:
    leaked = pseudonymiser.leaks(shown)
    if leaked:
        return leaked[0], "the file name"
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for entry in archive.infolist():
                leaked = pseudonymiser.leaks(entry.filename)
                if leaked:
                    return leaked[0], f"the name of {entry.filename}"
                with archive.open(entry) as stream:
                    leaked = _leaks_in(stream, pseudonymiser, markup=True)
                if leaked:
                    return leaked[0], entry.filename
        return None
    with path.open("rb") as stream:
        leaked = _leaks_in(stream, pseudonymiser, markup=False)
    return (leaked[0], "the text") if leaked else None


def _leaks_in(stream: IO[bytes], pseudonymiser: Pseudonymiser, *, markup: bool) -> list[str]:
    for text in _pieces(stream):
        # Undoing the escapes only turns references into the characters they
        # stand for, so whatever the raw text holds, the unescaped text holds too.
        leaked = pseudonymiser.leaks(html.unescape(text) if markup and "&" in text else text)
        if leaked:
            return leaked
    return []


def _pieces(stream: IO[bytes]) -> Iterator[str]:
    """The stream as text, in overlapping pieces (a byte-order mark dropped)."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    carried = ""
    while True:
        data = stream.read(_PIECE)
        text = decoder.decode(data, final=not data)
        if text or not data:
            yield carried + text
            carried = (carried + text)[-_OVERLAP:]
        if not data:
            return
