"""A report as a Word document (.docx), in Word's own styles.

Headings are Heading 1 to Heading 9, so Word's navigation pane and its
table of contents work; quotes are in the Quote style; citations, coding
memos and codebook entries have styles of their own (Citation, Coding memo,
Code, Code definition, Report note) that a user restyles once in Word for
the whole report.  Nothing is formatted directly.  The table of contents
is a TOC field listing the headings; Word fills in its page numbers when
the document is opened (it asks to update the fields).

Text goes in exactly as given: a line break inside a quote is a line break
(``<w:br/>``), a tab a tab.  Characters a Word file cannot hold at all
(control characters) become U+FFFD and are counted in the summary.  Text
that reads right to left (Arabic, Hebrew) is marked so in its paragraph.
"""

from __future__ import annotations

import datetime
import re
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
from qcode.messages import Message, translated

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_INDENT_CM = 0.6  # per level of the code tree
_TEXT_WIDTH_CM = 15.9  # A4 or Letter less python-docx's default margins
_CONTENTS_LEVELS = 2  # headings listed in the table of contents before Word updates it
_CONTENTS_MOST = 500
_GREY = (0x59, 0x5F, 0x66)


class DocxWriter:
    """Blocks in, a .docx out (see the module)."""

    suffix = ".docx"

    def __init__(
        self,
        *,
        title: str,
        written_at: datetime.datetime,
        translate: Callable[[str], str] | None = None,
    ) -> None:
        import docx

        # The writer's own words ("Contents", "Memo: …") in the report's language.
        self._translate: Callable[[str], str] = translate or str

        self.document = docx.Document()
        self.replaced = 0  # characters a Word file cannot hold
        self._styles: dict[str, Any] = {}
        self._style_ids: dict[str, str | None] = {}
        self._headings: list[Heading] = []
        self._contents: Any = None
        self._properties(title, written_at)
        self._define_styles()

    # -- set-up ----------------------------------------------------------------------------

    def _properties(self, title: str, written_at: datetime.datetime) -> None:
        # python-docx's template says it made the file; the report says nothing
        # about anyone but what the researcher put in it.
        properties = self.document.core_properties
        properties.title = self._safe(title)
        properties.author = "qcode"
        properties.last_modified_by = "qcode"
        properties.comments = ""
        properties.created = properties.modified = written_at
        properties.revision = 1

    def _define_styles(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Cm, Pt, RGBColor

        styles = self.document.styles
        grey = RGBColor(*_GREY)

        def add(name: str, base: str, size: float | None = None) -> Any:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles[base]
            style.quick_style = True
            if size is not None:
                style.font.size = Pt(size)
            return style

        citation = add(CITATION, BODY, 8.5)
        citation.font.color.rgb = grey
        citation.paragraph_format.left_indent = Cm(1.2)
        citation.paragraph_format.space_after = Pt(10)
        memo = add(MEMO, BODY, 9.5)
        memo.font.italic = True
        memo.paragraph_format.left_indent = Cm(1.2)
        code = add(CODE, BODY)
        code.font.bold = True
        code.paragraph_format.keep_with_next = True
        code.paragraph_format.space_before = Pt(6)
        code.paragraph_format.space_after = Pt(0)
        add(DEFINITION, BODY)
        note = add(NOTE, BODY, 9)
        note.font.color.rgb = grey
        quote = styles[QUOTE]
        quote.paragraph_format.keep_with_next = True  # a quote stays with its citation
        for level in (1, 2, 3):
            entry = add(f"TOC {level}", BODY)
            entry.paragraph_format.left_indent = Cm(0.6 * (level - 1))
            entry.paragraph_format.space_after = Pt(2)

    def _words(self, text: str) -> str:
        return translated(text, self._translate)

    def _style(self, name: str) -> Any:
        if name not in self._styles:
            self._styles[name] = self.document.styles[name]
        return self._styles[name]

    # -- blocks ----------------------------------------------------------------------------

    def write(self, block: Block) -> None:
        """Add ``block`` to the document."""
        if isinstance(block, Quote):
            self._paragraph(block.text, QUOTE)
            self._paragraph(block.citation, CITATION)
            if block.memo:
                self._paragraph(self._words(Message("Memo: {memo}", memo=block.memo)), MEMO)
        elif isinstance(block, Heading):
            self._headings.append(block)
            self._paragraph(block.text, f"Heading {block.level}")
        elif isinstance(block, Paragraph):
            paragraph = self._paragraph(block.text, block.style)
            if block.indent:
                from docx.shared import Cm

                paragraph.paragraph_format.left_indent = Cm(_INDENT_CM * block.indent)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Figure):
            self._figure(block)
        elif isinstance(block, Title):
            self._paragraph(block.text, "Title")
            self._paragraph(block.subtitle, "Subtitle")
        elif isinstance(block, Contents):
            self._paragraph(self._words(Message("Contents")), "TOC Heading")
            self._contents = self._paragraph("", BODY)

    def _style_id(self, name: str) -> str | None:
        """The paragraph style's id (``None`` for the default style, which
        is left unnamed, as python-docx does)."""
        if name not in self._style_ids:
            from docx.enum.style import WD_STYLE_TYPE

            part: Any = self.document.part  # python-docx leaves get_style_id untyped
            self._style_ids[name] = part.get_style_id(self._style(name), WD_STYLE_TYPE.PARAGRAPH)
        return self._style_ids[name]

    def _paragraph(self, text: str, style: str) -> Any:
        paragraph = self.document.add_paragraph()
        # The style's id goes in directly: python-docx's style setter looks
        # through all 170 styles for the default one on every paragraph, which
        # was most of the time of a report with 5,000 quotes.
        paragraph._p.style = self._style_id(style)
        if text:
            run = paragraph.add_run(self._safe(text))
            if is_right_to_left(text):
                _right_to_left(paragraph, run)
        return paragraph

    def _table(self, table: Table) -> None:
        shown = self.document.add_table(rows=0, cols=len(table.headers))
        shown.style = self._style("Table Grid")
        if any(table.headers):
            cells = shown.add_row().cells
            for cell, text in zip(cells, table.headers, strict=True):
                cell.text = self._safe(text)
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        for row in table.rows:
            cells = shown.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = self._safe(text)
        self._widths(shown, table)
        self.document.add_paragraph(style=self._style(NOTE))  # room after the table

    @staticmethod
    def _widths(shown: Any, table: Table) -> None:
        """Column widths in proportion to the table's (the first column three
        times the others by default), over the width of the text."""
        from docx.shared import Cm

        columns = len(table.headers)
        relative = list(table.widths) or [3.0, *([1.0] * (columns - 1))]
        total = sum(relative)
        shown.autofit = False
        for number, column in enumerate(shown.columns):
            width = Cm(_TEXT_WIDTH_CM * relative[number] / total)
            column.width = width
            for cell in column.cells:
                cell.width = width

    def _figure(self, figure: Figure) -> None:
        from docx.shared import Cm

        self.document.add_picture(BytesIO(figure.png), width=Cm(figure.width_cm))
        pictures = self.document.inline_shapes
        pictures[len(pictures) - 1]._inline.docPr.set("descr", self._safe(figure.description))

    def _safe(self, text: str) -> str:
        if _NOT_XML.search(text):
            text, count = _NOT_XML.subn("\ufffd", text)
            self.replaced += count
        return text

    # -- the end ---------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        """Fill in the table of contents and write the file to ``path``."""
        if self._contents is not None:
            self._fill_contents()
        self.document.save(str(path))

    def _fill_contents(self) -> None:
        """A TOC field whose text lists the headings until Word updates it
        with page numbers (Word asks to when the document opens)."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        def field_char(kind: str) -> Any:
            run = OxmlElement("w:r")
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            if kind == "begin":
                char.set(qn("w:dirty"), "true")
            run.append(char)
            return run

        first = self._contents
        first._p.append(field_char("begin"))
        instruction = OxmlElement("w:r")
        text = OxmlElement("w:instrText")
        text.set(qn("xml:space"), "preserve")
        text.text = ' TOC \\o "1-3" \\h \\z \\u '
        instruction.append(text)
        first._p.append(instruction)
        first._p.append(field_char("separate"))
        listed = [h for h in self._headings if h.level <= _CONTENTS_LEVELS][:_CONTENTS_MOST]
        if not listed:
            first.add_run(self._words(Message("Update this field to list the headings.")))
        last = first
        for number, heading in enumerate(listed):
            if number == 0:
                first.style = self._style(f"TOC {heading.level}")
                first.add_run(self._safe(heading.text))
                continue
            entry = OxmlElement("w:p")
            last._p.addnext(entry)
            from docx.text.paragraph import Paragraph as WordParagraph

            last = WordParagraph(entry, first._parent)
            last.style = self._style(f"TOC {heading.level}")
            last.add_run(self._safe(heading.text))
        last._p.append(field_char("end"))
        settings = self.document.settings.element
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)


def _right_to_left(paragraph: Any, run: Any) -> None:
    """Mark a paragraph and its run as right to left, as Word does for Arabic."""
    from docx.oxml import OxmlElement

    paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
