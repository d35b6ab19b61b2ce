"""A report as a PDF, with fpdf2: fonts embedded, pages numbered, and a
bookmark (outline entry) for every heading.

Why fpdf2 (with HarfBuzz through uharfbuzz for shaping): it embeds subsets
of TrueType and OpenType fonts, falls back from one font to the next
character by character (Chinese, Arabic and emoji in one quote), shapes
Arabic and the scripts of India and South-East Asia and lays right-to-left
text out right to left, writes bookmarks and a table of contents, and is
pure Python over HarfBuzz.  ReportLab was tried too: it embeds no
OpenType (CFF) font, so no Noto Sans CJK, and sets Arabic letters apart and
left to right unless two more packages are added and every change of
script is split by hand.

Text is drawn exactly as given; only what a page cannot show is changed: a
tab becomes four spaces, and control characters become U+FFFD (counted in
the summary).  Fonts: :mod:`qcode.export.report.fonts`.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

from qcode.export.report.blocks import (
    BODY,
    CITATION,
    CODE,
    DEFINITION,
    MEMO,
    NOTE,
    QUOTE,
    Block,
    Contents,
    Figure,
    Heading,
    Paragraph,
    Quote,
    Table,
    Title,
    is_right_to_left,
)
from qcode.export.report.fonts import FALLBACKS, SANS, FontSet
from qcode.messages import Message, translated

_NOT_SHOWN = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_MARGIN = 20  # mm
_INDENT = 6  # mm per level of the code tree
_QUOTE_INDENT = 9  # mm
_GREY = (89, 95, 102)
_HEADING_SIZES = {1: 17.0, 2: 13.5, 3: 12.0}
_CONTENTS_LEVELS = 2
_CONTENTS_PER_PAGE = 38  # entries of 6 mm on a page of 257 mm
# (size in points, line height in mm, indent in mm, grey, italic)
_LOOKS: dict[str, tuple[float, float, float, bool, bool]] = {
    BODY: (10.5, 5.4, 0, False, False),
    NOTE: (9.0, 4.6, 0, True, False),
    CODE: (10.5, 5.4, 0, False, False),
    DEFINITION: (10.0, 5.0, 0, False, False),
    QUOTE: (10.5, 5.6, _QUOTE_INDENT, False, False),
    CITATION: (8.5, 4.4, _QUOTE_INDENT, True, False),
    MEMO: (9.5, 4.8, _QUOTE_INDENT, False, True),
}


def _needs_shaping(text: str) -> bool:
    """Whether ``text`` needs HarfBuzz: right-to-left letters or combining
    marks (Arabic, Hebrew, the scripts of India, Thai...).  Other text is set
    without it, which is several times faster."""
    for char in text:
        if ord(char) < 0x0300:
            continue
        if unicodedata.bidirectional(char) in ("R", "AL", "AN") or unicodedata.combining(char):
            return True
        if unicodedata.category(char) in ("Mn", "Mc", "Me"):
            return True
    return False


class PdfWriter:
    """Blocks in, a PDF out (see the module)."""

    suffix = ".pdf"

    def __init__(
        self,
        *,
        title: str,
        written_at: datetime.datetime,
        shown_as: str,
        translate: Callable[[str], str] | None = None,
    ) -> None:
        # The writer's own words ("Contents", "Memo: …") in the report's language.
        self._translate: Callable[[str], str] = translate or str
        self.fonts = FontSet.find(shown_as)
        self.shown_as = shown_as
        self.replaced = 0
        self.pdf = _Pages()
        self.pdf.set_title(self._safe(title))
        self.pdf.set_creator("qcode")
        self.pdf.set_creation_date(written_at)
        self.pdf.set_margins(_MARGIN, _MARGIN, _MARGIN)
        self.pdf.set_auto_page_break(True, margin=_MARGIN)
        self._loaded: set[str] = set()
        self._shaping = False
        self._load_body_fonts()
        self.pdf.add_page()

    # -- fonts -----------------------------------------------------------------------------

    def _load_body_fonts(self) -> None:
        from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

        pdf, sans = self.pdf, self.fonts.sans
        pdf.add_font(SANS.name, "", sans.path, collection_font_number=sans.number)
        font = TTFont(sans.path, fontNumber=sans.number, lazy=True)
        weights = "fvar" in font and any(axis.axisTag == "wght" for axis in font["fvar"].axes)
        font.close()
        bold = {"wght": 700.0} if weights else None
        pdf.add_font(SANS.name, "B", sans.path, collection_font_number=sans.number, variations=bold)
        italic = self.fonts.italic
        chosen = italic or sans
        pdf.add_font(SANS.name, "I", chosen.path, collection_font_number=chosen.number)

    def _prepare(self, text: str) -> str:
        """``text`` as it will be drawn; the fonts it needs loaded, shaping
        switched on where it needs it."""
        text = self._safe(text)
        needed = self.fonts.check(text, self.shown_as) - self._loaded
        if needed:
            for name in needed:
                file = self.fonts.file(name)
                self.pdf.add_font(name, "", file.path, collection_font_number=file.number)
            self._loaded |= needed
            order = [face.name for face in FALLBACKS if face.name in self._loaded]
            self.pdf.set_fallback_fonts(order, exact_match=False)
        shaping = _needs_shaping(text)
        if shaping != self._shaping:
            self.pdf.set_text_shaping(shaping)
            self._shaping = shaping
        return text

    def _safe(self, text: str) -> str:
        text = text.replace("\t", "    ")
        if _NOT_SHOWN.search(text):
            text, count = _NOT_SHOWN.subn("\ufffd", text)
            self.replaced += count
        return text

    # -- blocks ----------------------------------------------------------------------------

    def write(self, block: Block) -> None:
        """Add ``block`` to the pages."""
        if isinstance(block, Quote):
            self._keep_room(18)
            self._text(block.text, QUOTE)
            self._text(block.citation, CITATION)
            if block.memo:
                memo = Message("Memo: {memo}", memo=block.memo)
                self._text(translated(memo, self._translate), MEMO)
            self.pdf.ln(2.5)
        elif isinstance(block, Heading):
            self._heading(block)
        elif isinstance(block, Paragraph):
            self._text(block.text, block.style, block.indent)
            self.pdf.ln(1.5 if block.style in (CODE, CITATION) else 2.5)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Figure):
            self._figure(block)
        elif isinstance(block, Title):
            self.pdf.ln(30)
            self._font(24, bold=True)
            self._cell(block.text, 11, align="L")
            self._font(12)
            self.pdf.set_text_color(*_GREY)
            self._cell(block.subtitle, 7, align="L")
            self.pdf.set_text_color(0)
        elif isinstance(block, Contents):
            # Room for every entry now: pages added later would leave the page
            # numbers already printed at the foot of the pages after them wrong.
            pages = 1 + (block.entries + 4) // _CONTENTS_PER_PAGE
            self.pdf.add_page()
            self.pdf.insert_toc_placeholder(
                self._contents_page, pages=pages, allow_extra_pages=True
            )

    def _font(self, size: float, *, bold: bool = False, italic: bool = False) -> None:
        self.pdf.set_font(SANS.name, "B" if bold else "I" if italic else "", size)

    def _cell(self, text: str, height: float, align: str = "L", indent: float = 0) -> None:
        text = self._prepare(text)
        if align == "L" and is_right_to_left(text):
            align = "R"
        pdf = self.pdf
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, height, text, align=align, new_x="LMARGIN", new_y="NEXT")

    def _text(self, text: str, style: str, indent: int = 0) -> None:
        size, height, offset, grey, italic = _LOOKS.get(style, _LOOKS[BODY])
        self._font(size, bold=style == CODE, italic=italic)
        if grey:
            self.pdf.set_text_color(*_GREY)
        right = self.pdf.r_margin
        if style == QUOTE:
            self.pdf.set_right_margin(right + _QUOTE_INDENT)
        try:
            self._cell(text, height, indent=offset + _INDENT * indent)
        finally:
            self.pdf.set_right_margin(right)
            self.pdf.set_text_color(0)

    def _heading(self, heading: Heading) -> None:
        pdf = self.pdf
        if heading.level == 1 and pdf.get_y() > pdf.t_margin + 40:
            pdf.add_page()
        else:
            self._keep_room(45)
            pdf.ln(3 if heading.level > 1 else 0)
        text = self._prepare(heading.text)
        self._font(_HEADING_SIZES.get(heading.level, 11.0), bold=True)
        pdf.start_section(text, level=heading.level - 1, strict=False)
        self._cell(text, _HEADING_SIZES.get(heading.level, 11.0) * 0.5)
        pdf.ln(1.5)

    def _keep_room(self, height: float) -> None:
        """A new page unless ``height`` mm are left on this one (so that a
        heading or a quote does not start at the foot of a page)."""
        pdf = self.pdf
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()

    def _table(self, table: Table) -> None:
        self._font(9.0)
        columns = len(table.headers)
        widths = tuple(table.widths) or (3.0, *([1.0] * (columns - 1)))
        headed = any(table.headers)
        cells = [table.headers] if headed else []
        cells += table.rows
        text = "".join("".join(row) for row in cells)
        self._prepare(text)
        pdf = self.pdf
        with pdf.table(
            col_widths=widths,
            first_row_as_headings=headed,
            line_height=4.6,
            text_align="LEFT",
            borders_layout="HORIZONTAL_LINES",
        ) as shown:
            for row in cells:
                line = shown.row()
                for value in row:
                    line.cell(self._safe(value))
        pdf.ln(3)

    def _figure(self, figure: Figure) -> None:
        from PIL import Image

        with Image.open(BytesIO(figure.png)) as image:
            ratio = image.height / image.width
        width = figure.width_cm * 10
        self._keep_room(width * ratio + 4)
        self.pdf.image(BytesIO(figure.png), w=width, alt_text=figure.description)
        self.pdf.ln(3)

    def _contents_page(self, pdf: Any, outline: list[Any]) -> None:
        self._font(17, bold=True)
        pdf.set_x(pdf.l_margin)
        title = self._prepare(translated(Message("Contents"), self._translate))
        pdf.cell(text=title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        for entry in outline:
            if entry.level >= _CONTENTS_LEVELS:
                continue
            self._font(11 if entry.level == 0 else 10, bold=entry.level == 0)
            link = pdf.add_link(page=entry.page_number)
            text = self._prepare(entry.name)
            page = str(entry.page_number)
            room = pdf.epw - _INDENT * entry.level - 14
            # The page number first: the first text after a change of font sets
            # the page's font, and a name drawn in a fallback font (Arabic) would
            # leave that font set for the number and the entries after it.
            pdf.set_x(pdf.l_margin + pdf.epw - 14)
            pdf.cell(14, 6, page, align="R", link=link)
            pdf.set_x(pdf.l_margin + _INDENT * entry.level)
            pdf.cell(room, 6, _fit(pdf, text, room), link=link, new_x="LMARGIN", new_y="NEXT")

    def save(self, path: Path) -> None:
        """Write the pages to ``path``."""
        self.pdf.output(str(path))


def _fit(pdf: Any, text: str, room: float) -> str:
    if pdf.get_string_width(text) <= room:
        return text
    while text and pdf.get_string_width(text + "…") > room:
        text = text[:-1]
    return text + "…"


def _page_class() -> type:
    from fpdf import FPDF

    from qcode.export.report.pdf_lines import install

    install()  # line breaking in linear time (see pdf_lines)

    class Pages(FPDF):
        """fpdf2's pages with a page number at the foot of each."""

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(SANS.name, "", 8.5)
            self.set_text_color(*_GREY)
            self.cell(0, 6, f"{self.page_no()} / {{nb}}", align="C")
            self.set_text_color(0)

    return Pages


def _Pages() -> Any:
    return _page_class()()
