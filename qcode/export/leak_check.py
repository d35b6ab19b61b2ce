"""The last step of every pseudonymised export: read back what was written.

A pseudonymised file goes to people who must not learn who spoke.  However
carefully each exporter replaces identifiers, a place it forgot (a header, a
sheet name, a new column) would give someone away; so the written file
itself is searched for every identifier of the table, with the matching rules
of :mod:`qcode.core.pseudonymise`:

* a zip (``.xlsx``, ``.qdpx``, ``.docx``...): every entry and its name, as
  UTF-8 text, searched with XML's escapes undone (``&#26472;`` is 杨,
  ``&amp;`` is &), since spreadsheets and XML may hold characters as
  references; a picture's name only (see ``_PICTURES``);
* a PDF: the text of every page as a reader's copy and paste would get it
  (:func:`pdf_text`), its bookmarks and its document information (title,
  author...);
* any other file (``.csv``, ``.txt``, ``.qdc``): its text;
* and the file's own name.

A PDF holds right-to-left text in the order it is drawn, left to right, so
its Arabic and Hebrew runs are searched turned back into reading order too.

When an identifier is found, the file is deleted and the export refused with
a message naming the identifier (it is the user's own data) and where it was.
Big entries are read in pieces that overlap, so memory stays flat.
"""

from __future__ import annotations

import codecs
import html
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from qcode.core.pseudonymise import Pseudonymiser
from qcode.errors import QcodeError
from qcode.export.atomic import Check
from qcode.messages import Message

_PIECE = 1 << 20  # bytes read at a time
# Pictures in a zip (a report's charts) are compressed pixels: read as text they
# hold "Li", "Wu" or "Ma" somewhere by chance, which would refuse every report
# of a project with such a name.  Their words are written as text beside them.
_PICTURES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf")
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
        # (an OSError of ours holds a Message: kept, so that the app translates it)
        problem = error.strerror or (error.args[0] if error.args else str(error))
        raise QcodeError(
            Message(
                "{file}: cannot be checked for identifiers ({problem})", file=shown, problem=problem
            )
        ) from error
    if found is not None:
        identifier, where = found
        path.unlink(missing_ok=True)
        raise QcodeError(
            Message(
                "{file}: pseudonymised export refused: '{identifier}' would leak in {where}",
                file=shown,
                identifier=identifier,
                where=where,
            )
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
    if _is_pdf(path):
        return _first_leak_in_pdf(path, pseudonymiser)
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for entry in archive.infolist():
                leaked = pseudonymiser.leaks(entry.filename)
                if leaked:
                    return leaked[0], f"the name of {entry.filename}"
                if entry.filename.lower().endswith(_PICTURES):
                    continue
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


# -- PDF --------------------------------------------------------------------------------

_RIGHT_TO_LEFT = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
# A run of right-to-left letters, with the spaces and punctuation between them.
_BETWEEN = "\\s.,:;!?()«»\"'\\-"
_RTL_RUN = re.compile(f"[{_RIGHT_TO_LEFT}](?:[{_RIGHT_TO_LEFT}{_BETWEEN}]*[{_RIGHT_TO_LEFT}])?")
_UNMAPPED = re.compile(r"\(cid:\d+\)")  # pdfminer's mark for a glyph without text
_PAGE_NUMBER = re.compile(r"\n\s*\d+\s*/\s*\d+\s*$")
_JOIN = 400  # characters either side of a page break searched together


def _is_pdf(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(5) == b"%PDF-"


def _first_leak_in_pdf(path: Path, pseudonymiser: Pseudonymiser) -> tuple[str, str] | None:
    try:
        return _search_pdf(path, pseudonymiser)
    except OSError:
        raise
    except Exception as error:  # whatever pdfminer raises, the file was not read
        raise OSError(
            Message("not a PDF that can be read back: {problem}", problem=str(error))
        ) from error


def _search_pdf(path: Path, pseudonymiser: Pseudonymiser) -> tuple[str, str] | None:
    from pdfminer.pdfdocument import PDFDocument, PDFNoOutlines
    from pdfminer.pdfparser import PDFParser

    with path.open("rb") as stream:
        document = PDFDocument(PDFParser(stream))
        for info in document.info:
            for key, value in info.items():
                leaked = pseudonymiser.leaks(_pdf_string(value))
                if leaked:
                    return leaked[0], f"the document information ({key})"
        try:
            outlines = list(document.get_outlines())
        except PDFNoOutlines:
            outlines = []
        for _level, title, *_rest in outlines:
            leaked = pseudonymiser.leaks(title if isinstance(title, str) else "")
            if leaked:
                return leaked[0], "a bookmark"
    before = ""
    for number, text in enumerate(pdf_text(path), 1):
        leaked = _leaks_in_page(text, pseudonymiser)
        if leaked:
            return leaked[0], f"page {number}"
        # A name broken over two pages, the page number between them left out.
        leaked = _leaks_in_page(before + text[:_JOIN], pseudonymiser) if before else []
        if leaked:
            return leaked[0], f"pages {number - 1} and {number}"
        before = _PAGE_NUMBER.sub("", text.rstrip())[-_JOIN:] + "\n"
    return None


def _leaks_in_page(text: str, pseudonymiser: Pseudonymiser) -> list[str]:
    text = _UNMAPPED.sub("", text)
    leaked = pseudonymiser.leaks(text)
    if leaked:
        return leaked
    if _RTL_RUN.search(text):
        return pseudonymiser.leaks(_RTL_RUN.sub(lambda run: run.group()[::-1], text))
    return []


def _pdf_string(value: Any) -> str:
    from pdfminer.pdftypes import resolve1

    value = resolve1(value)
    if isinstance(value, bytes):
        if value.startswith((b"\xfe\xff", b"\xff\xfe")):
            return value.decode("utf-16", "replace")
        return value.decode("latin-1")
    return value if isinstance(value, str) else ""


def pdf_text(path: Path) -> Iterator[str]:
    """The text of each page of the PDF at ``path``, as pdfminer lays it out.

    pdfminer cannot read a font whose character codes are given by a CMap
    embedded in the file (fpdf2 writes Noto Sans CJK, an OpenType font, that
    way), and would lose every Chinese character; such fonts are read here
    through the embedded CMap.
    """
    from io import StringIO

    from pdfminer.converter import TextConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdfpage import PDFPage

    resources = _resources()
    with path.open("rb") as stream:
        for page in PDFPage.get_pages(stream):
            out = StringIO()
            device = TextConverter(resources, out, laparams=LAParams())
            PDFPageInterpreter(resources, device).process_page(page)
            device.close()
            yield out.getvalue()


def _resources() -> Any:
    from pdfminer.cmapdb import FileCMap, FileUnicodeMap
    from pdfminer.pdffont import PDFCIDFont
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdftypes import PDFStream, resolve1

    class Resources(PDFResourceManager):
        def get_font(self, objid: object, spec: Any) -> Any:
            font = super().get_font(objid, spec)
            encoding = resolve1(spec.get("Encoding")) if hasattr(spec, "get") else None
            fixed = getattr(font, "_qcode_embedded_cmap", False)  # a Type0 font is seen twice
            if isinstance(font, PDFCIDFont) and isinstance(encoding, PDFStream) and not fixed:
                setattr(font, "_qcode_embedded_cmap", True)  # noqa: B010 - pdfminer's class
                codes = _code_to_cid(encoding.get_data())
                if codes:
                    cmap = FileCMap()
                    for code, cid in codes.items():
                        cmap.add_code2cid(code.decode("latin-1"), cid)
                    font.cmap = cmap
                    # The text map names codes; pdfminer looks it up by CID.
                    if isinstance(font.unicode_map, FileUnicodeMap):
                        old = font.unicode_map.cid2unichr
                        font.unicode_map.cid2unichr = {
                            cid: old[int.from_bytes(code, "big")]
                            for code, cid in codes.items()
                            if int.from_bytes(code, "big") in old
                        }
            return font

    return Resources()


_CIDCHAR = re.compile(rb"begincidchar(.*?)endcidchar", re.S)
_CIDRANGE = re.compile(rb"begincidrange(.*?)endcidrange", re.S)
_PAIR = re.compile(rb"<([0-9A-Fa-f]+)>\s*(\d+)")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\d+)")


def _code_to_cid(data: bytes) -> dict[bytes, int]:
    """The ``cidchar`` and ``cidrange`` entries of an embedded CMap."""
    codes: dict[bytes, int] = {}
    for block in _CIDCHAR.findall(data):
        for code, cid in _PAIR.findall(block):
            codes[bytes.fromhex(code.decode())] = int(cid)
    for block in _CIDRANGE.findall(data):
        for low, high, cid in _RANGE.findall(block):
            first, last = int(low, 16), int(high, 16)
            width = len(low) // 2
            for offset in range(min(last - first + 1, 1 << 16)):
                codes[(first + offset).to_bytes(width, "big")] = int(cid) + offset
    return codes
