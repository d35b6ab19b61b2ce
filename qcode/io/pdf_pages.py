"""pdfminer, page by page, within limits (imported only when a PDF is read).

pdfminer's own ``extract_text`` has no way to stop; this runs the same parts
of it (a resource manager, a text converter, a page interpreter) one page at
a time and keeps count as it goes:

* drawing instructions: every content stream, and every form each time it
  is drawn, is measured before it is run (unpacked within the byte limit,
  then its words of syntax counted, which is what pdfminer's parser spends
  its time on), and the total is held to the PDF drawing limit, which grows
  with the text found: a PDF that draws a lot and writes little is refused
  instead of taking minutes;
* characters: a page may place at most ``MAX_PAGE_CHARACTERS`` (pdfminer
  keeps a large object for each until the page is done), and the document
  at most the character limit, counted as they are placed;
* layout: pdfminer orders a page's blocks of text by comparing every block
  with every other; a page with more than ``MAX_FLOWING_BLOCKS`` of them
  (thousands would take minutes and gigabytes) is read top to bottom
  instead, and the import says which pages.
"""

from __future__ import annotations

import logging
from io import BytesIO
from itertools import pairwise
from pathlib import Path
from typing import Any

from pdfminer.converter import TextConverter
from pdfminer.layout import LAParams, LTChar, LTLayoutContainer
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFStream
from pdfminer.utils import MATRIX_IDENTITY

from qcode.errors import UnreadableFileError
from qcode.io.limits import (
    PDF_DRAWING_VARIABLE,
    ByteBudget,
    max_document_characters,
    max_pdf_drawing,
    too_many_characters,
)
from qcode.io.pdf_streams import stream_filters, unpacked_chunks

# pdfminer logs what it works around; qcode reports what matters itself.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

MAX_PAGE_CHARACTERS = 100_000  # a dense page of small print holds about 10,000
MAX_FLOWING_BLOCKS = 200
# Each character of text found allows this many more drawing instructions.
INSTRUCTIONS_PER_CHARACTER = 4
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
        self.crowded_pages: list[int] = []

    def draw(self, count: int) -> None:
        """Count ``count`` more drawing instructions; refuse past the allowance."""
        self.drawn += count
        allowed = self.drawing_limit + INSTRUCTIONS_PER_CHARACTER * self.characters
        if self.drawn > allowed:
            raise UnreadableFileError(
                self.path,
                f"draws more than {allowed:,} instructions for {self.characters:,} "
                f"characters of text (the limit for a PDF's drawing; "
                f"set {PDF_DRAWING_VARIABLE} to allow more)",
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
                f"page {self.page} places more than {MAX_PAGE_CHARACTERS:,} characters, "
                "more than a page can hold (a damaged or hostile PDF?)",
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
        work.budget.charge(len(chunk), "has compressed parts that unpack to more than")
        work.draw(instructions(chunk))


class _Converter(TextConverter):
    """Counts characters as they are placed and keeps crowded pages cheap."""

    def __init__(self, manager: PDFResourceManager, work: Work) -> None:
        self.parts: list[str] = []
        super().__init__(manager, BytesIO(), laparams=LAParams())
        self.work = work
        self._top_to_bottom = LAParams(boxes_flow=None)

    def write_text(self, text: str) -> None:
        self.parts.append(text)

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        self.work.place_character()
        advance: float = super().render_char(*args, **kwargs)
        return advance

    def end_page(self, page: PDFPage) -> None:
        if self.laparams is None or not _crowded(self.cur_item, self.laparams):
            super().end_page(page)
            return
        self.work.crowded_pages.append(self.work.page)
        flowing, self.laparams = self.laparams, self._top_to_bottom
        try:
            super().end_page(page)
        finally:
            self.laparams = flowing


def _crowded(layout: LTLayoutContainer, laparams: LAParams) -> bool:
    """True if the page has more blocks of text than can be put in reading
    order by comparing each with each.  Every block holds a line, and a line
    ends only where one character does not continue the line of the one
    before, so counting those ends first settles most pages cheaply."""
    characters = [item for item in layout if isinstance(item, LTChar)]
    ends = 1
    for before, after in pairwise(characters):
        overlap = min(before.y1, after.y1) - max(before.y0, after.y0)
        gap = max(after.x0 - before.x1, before.x0 - after.x1, 0)
        same_line = (
            overlap > min(before.height, after.height) * laparams.line_overlap
            and gap < max(before.width, after.width) * laparams.char_margin
        )
        if not same_line:
            ends += 1
    if ends <= MAX_FLOWING_BLOCKS:
        return False
    # Count as pdfminer groups them: lines (without the empty ones), then blocks.
    lines = [line for line in layout.group_objects(laparams, characters) if not line.is_empty()]
    if len(lines) <= MAX_FLOWING_BLOCKS:
        return False
    return len(list(layout.group_textlines(laparams, lines))) > MAX_FLOWING_BLOCKS


def extract_text(data: bytes, work: Work) -> str:
    """The text of the PDF in ``data``, pages ending in form feeds, as pdfminer's
    ``extract_text`` gives it, read one page at a time within ``work``'s limits."""
    manager = PDFResourceManager(caching=True)
    device = _Converter(manager, work)
    interpreter = _Interpreter(manager, device, work)
    for page in PDFPage.get_pages(BytesIO(data), caching=True):
        work.start_page()
        interpreter.process_page(page)
    return "".join(device.parts)
