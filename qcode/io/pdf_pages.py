"""pdfminer, page by page, within limits (imported only when a PDF is read).

pdfminer's own ``extract_text`` has no way to stop; this runs parts of it
(a resource manager, a page interpreter) one page at a time, collects each
character's box as it is placed and puts them into lines
(:mod:`qcode.io.pdf_lines`), and keeps count as it goes:

* drawing instructions: every content stream, and every form each time it
  is drawn, is measured before it is run (unpacked within the byte limit,
  then its words of syntax counted, which is what pdfminer's parser spends
  its time on), and the total is held to the PDF drawing limit, which grows
  with the text found: a PDF that draws a lot and writes little is refused
  instead of taking minutes;
* characters: a page may place at most ``MAX_PAGE_CHARACTERS`` (each is
  kept until the page is done), and the document at most the character
  limit, counted as they are placed;
* lines: a page of more than ``MAX_PAGE_LINES`` (a map, a chart), and every
  page after the document has ``MAX_DOCUMENT_LINES``, is read line by line
  and kept as text at once, and the import says which pages.

pdfminer's own layout analysis is not used: it compares every block of text
with every other (minutes and gigabytes for a page of scattered words), and
leaves the lines of a paragraph apart.  Lines are built in one pass over a
page's characters, in the order the page draws them, which is reading order
for the producers researchers meet (word processors, browsers, Qt).
Drawings and images are not collected at all.
"""

from __future__ import annotations

import logging
from io import BytesIO
from pathlib import Path
from typing import Any

from pdfminer.converter import PDFLayoutAnalyzer
from pdfminer.layout import LTChar, LTLayoutContainer
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFStream
from pdfminer.utils import MATRIX_IDENTITY, apply_matrix_rect

from qcode.errors import UnreadableFileError
from qcode.io.limits import (
    PDF_DRAWING_VARIABLE,
    ByteBudget,
    max_document_characters,
    max_pdf_drawing,
    too_many_characters,
)
from qcode.io.pdf_lines import (
    MAX_DOCUMENT_LINES,
    MAX_PAGE_LINES,
    Glyph,
    Line,
    build_lines,
    line_by_line,
)
from qcode.io.pdf_streams import UNPACKS_TOO_MUCH, stream_filters, unpacked_chunks
from qcode.messages import Message

# pdfminer logs what it works around; qcode reports what matters itself.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

MAX_PAGE_CHARACTERS = 100_000  # a dense page of small print holds about 10,000
# Each character of text found allows this many more drawing instructions.
INSTRUCTIONS_PER_CHARACTER = 4
# How far (pt) off the page a character's middle may be and still be read.
_OFF_PAGE = 2.0
# Opening a page costs something even when it draws nothing.
_PAGE_COST = 500


class Work:
    """What reading one PDF has cost so far, refused past its limits."""

    def __init__(self, path: Path, budget: ByteBudget) -> None:
        self.path = path
        self.budget = budget  # bytes unpacked from deciphered content streams
        self.drawing_limit = max_pdf_drawing()
        self.character_limit = max_document_characters()
        self.drawn = 0
        self.characters = 0  # placed on the pages done
        self.page = 0
        self.page_characters = 0
        self.crowded_pages: list[int] = []  # read line by line

    def draw(self, count: int) -> None:
        """Count ``count`` more drawing instructions; refuse past the allowance."""
        self.drawn += count
        allowed = self.drawing_limit + INSTRUCTIONS_PER_CHARACTER * self.characters
        if self.drawn > allowed:
            raise UnreadableFileError(
                self.path,
                Message(
                    "draws more than {allowed:,} instructions for {characters:,} "
                    "characters of text (the limit for a PDF's drawing; "
                    "set {variable} to allow more)",
                    allowed=allowed,
                    characters=self.characters,
                    variable=PDF_DRAWING_VARIABLE,
                ),
            )

    def start_page(self) -> None:
        self.page += 1
        self.characters += self.page_characters
        self.page_characters = 0
        self.draw(_PAGE_COST)

    def place_character(self) -> None:
        self.page_characters += 1
        if self.page_characters > MAX_PAGE_CHARACTERS:
            raise UnreadableFileError(
                self.path,
                Message(
                    "page {page} places more than {most:,} characters, "
                    "more than a page can hold (a damaged or hostile PDF?)",
                    page=self.page,
                    most=MAX_PAGE_CHARACTERS,
                ),
            )
        if self.characters + self.page_characters > self.character_limit:
            raise too_many_characters(self.path, self.character_limit)


class _Interpreter(PDFPageInterpreter):
    """Measures each content stream (and form) before it is run."""

    def __init__(self, manager: PDFResourceManager, device: Any, work: Work) -> None:
        super().__init__(manager, device)
        self.work = work

    def dup(self) -> _Interpreter:
        return _Interpreter(self.rsrcmgr, self.device, self.work)

    def render_contents(self, resources: Any, streams: Any, ctm: Any = MATRIX_IDENTITY) -> None:
        # A page's contents, or a form each time it is drawn.
        for stream in streams if isinstance(streams, list | tuple) else [streams]:
            stream = _resolved(stream)
            if isinstance(stream, PDFStream):
                _measure(stream, self.work)
        super().render_contents(resources, streams, ctm)


def instructions(syntax: bytes) -> int:
    """Roughly how many words of PDF syntax ``syntax`` holds, which is what
    pdfminer's parser spends its time on: its separators, and a little for
    every byte (long strings, inline images)."""
    separators = syntax.count(b" ") + syntax.count(b"\n") + syntax.count(b"\r")
    return separators + len(syntax) // 16


def _resolved(value: Any) -> Any:
    resolve = getattr(value, "resolve", None)
    return resolve() if resolve is not None else value


def _measure(stream: PDFStream, work: Work) -> None:
    """Count the stream's drawing instructions, unpacking it here within the
    byte budget the first time, chunk by chunk, before pdfminer unpacks it
    whole (the file scan cannot see inside an encrypted PDF's streams, nor
    follow every way a filter can be named)."""
    if stream.data is not None:  # unpacked before: a form drawn again
        work.draw(instructions(stream.data))
        return
    raw = stream.rawdata or b""
    if stream.decipher is not None and stream.objid is not None and stream.genno is not None:
        raw = stream.decipher(stream.objid, stream.genno, raw, stream.attrs)
    for chunk in unpacked_chunks(raw, stream_filters(stream), work.path):
        work.budget.charge(len(chunk), UNPACKS_TOO_MUCH)
        work.draw(instructions(chunk))


class _Glyphs(LTLayoutContainer):
    """Where pdfminer puts what a page draws: each character on the visible
    page kept as a small :class:`Glyph`, and nothing else (no curves, images
    or figures).  Characters drawn off the page are not read: Qt's printing,
    for one, draws the line before a page break again just above the next
    page, where no reader sees it."""

    def __init__(self, bbox: Any, visible: Any = None) -> None:
        super().__init__(bbox)
        self.glyphs: list[Glyph] = []
        self.vertical = False  # the font of the character being added writes downward
        x0, y0, x1, y1 = visible or bbox
        self.visible = (
            min(x0, x1) - _OFF_PAGE,
            min(y0, y1) - _OFF_PAGE,
            max(x0, x1) + _OFF_PAGE,
            max(y0, y1) + _OFF_PAGE,
        )

    def add(self, obj: Any) -> None:
        if isinstance(obj, LTChar):
            left, bottom, right, top = self.visible
            x, y = (obj.x0 + obj.x1) / 2, (obj.y0 + obj.y1) / 2
            if left <= x <= right and bottom <= y <= top:
                self.glyphs.append(_glyph(obj, self.vertical))


def _glyph(char: LTChar, vertical: bool) -> Glyph:
    a, b = char.matrix[0], char.matrix[1]  # the direction a glyph advances in
    turn = (0 if a > 0 else 2) if abs(a) >= abs(b) else (1 if b > 0 else 3)
    if vertical:  # a vertical font advances down its glyphs' own frame
        turn = (turn + 3) % 4
    return Glyph(char.get_text(), char.x0, char.y0, char.x1, char.y1, 0.0, turn)


class _Reader(PDFLayoutAnalyzer):
    """Collects each page's characters as lines, counting them as they are placed."""

    def __init__(self, manager: PDFResourceManager, work: Work) -> None:
        super().__init__(manager, laparams=None)
        self.work = work
        self.pages: list[list[Line]] = []
        self.widths: list[float] = []
        self._width = 0.0
        self._kept = 0  # lines kept so far, over all pages
        self._page = _Glyphs((0, 0, 0, 0))

    def begin_page(self, page: PDFPage, ctm: Any) -> None:
        super().begin_page(page, ctm)
        self._width = self.cur_item.width
        self._page = _Glyphs(self.cur_item.bbox, apply_matrix_rect(ctm, page.cropbox))
        self.cur_item = self._page

    def end_page(self, page: PDFPage) -> None:
        lines = build_lines(self._page.glyphs)
        self._page = _Glyphs((0, 0, 0, 0))
        if len(lines) > MAX_PAGE_LINES or self._kept + len(lines) > MAX_DOCUMENT_LINES:
            self.work.crowded_pages.append(self.work.page)
            lines = [line_by_line(lines)]
        self._kept += len(lines)
        self.pages.append(lines)
        self.widths.append(self._width)

    # A form's characters are placed with the form's matrix already applied;
    # the figure pdfminer would wrap them in is not needed, nor are drawings.
    def begin_figure(self, name: str, bbox: Any, matrix: Any) -> None:
        pass

    def end_figure(self, name: str) -> None:
        pass

    def paint_path(self, *args: Any, **kwargs: Any) -> None:
        pass

    def render_image(self, name: str, stream: Any) -> None:
        pass

    def render_char(self, matrix: Any, font: Any, *args: Any) -> float:
        self.work.place_character()
        self._page.vertical = font.is_vertical()
        advance: float = super().render_char(matrix, font, *args)
        return advance


def read_lines(data: bytes, work: Work) -> tuple[list[list[Line]], list[float]]:
    """The lines of each page of the PDF in ``data``, read one page at a time
    within ``work``'s limits, and the pages' widths."""
    manager = PDFResourceManager(caching=True)
    reader = _Reader(manager, work)
    interpreter = _Interpreter(manager, reader, work)
    for page in PDFPage.get_pages(BytesIO(data), caching=True):
        work.start_page()
        interpreter.process_page(page)
    return reader.pages, reader.widths
