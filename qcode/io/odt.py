"""OpenDocument .odt import: ``content.xml`` read as a stream.

Walks the document body in order: paragraphs and headings one per line, list
items as their paragraphs, table rows one per line with cells joined by tabs.
Inside a paragraph ``text:s`` (runs of spaces), ``text:tab`` and
``text:line-break`` are expanded, as ``odf.teletype`` does; footnotes,
comments and drawings are left out so they do not break into the sentence.

"Repeated" attributes (``table:number-columns-repeated``,
``table:number-rows-repeated``, ``text:c``) make a few bytes ask for a huge
text; each is capped, and :mod:`qcode.io.lines` refuses the document as soon
as what the repeats add up to passes the character limit, before building it.
The package is read by :mod:`qcode.io.bounded_zip`, within the byte limit.
"""

from __future__ import annotations

from pathlib import Path

from qcode.errors import UnreadableFileError
from qcode.io.bounded_zip import OfficeZip
from qcode.io.lines import LineBuilder
from qcode.messages import Message

DAMAGED = Message("is damaged or not a real .odt file")
NOT_TEXT = Message("is not a text document (.odt)")
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_TEXT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_MAX_MIMETYPE_BYTES = 1000

_PARAGRAPHS = frozenset({_TEXT + "p", _TEXT + "h"})
# Blocks whose text is not the document's own: deleted text kept for tracked
# changes, and generated indexes that repeat the headings.
_SKIPPED_BLOCKS = frozenset(
    _TEXT + name
    for name in (
        "tracked-changes",
        "table-of-content",
        "illustration-index",
        "alphabetical-index",
        "user-index",
        "object-index",
        "table-index",
        "bibliography",
        "sequence-decls",
        "variable-decls",
        "user-field-decls",
    )
)
_SKIPPED_INLINE = frozenset(
    {_TEXT + "note", _OFFICE + "annotation", _TEXT + "ruby-text", _TEXT + "tracked-changes"}
)
_TABLE_ROW_GROUPS = frozenset(
    _TABLE + name for name in ("table-header-rows", "table-rows", "table-row-group")
)
_CELLS = frozenset({_TABLE + "table-cell", _TABLE + "covered-table-cell"})
# "Repeated" attributes can say 1,048,576 for a padded table; no real
# interview table is that wide, so each repeat is capped (and all of them
# together are held to the character limit).
_MAX_REPEAT = 1000
# The longest number a repeat attribute is read from (int() of a longer
# digit string is slow, and refused by Python past 4,300 digits).
_MAX_REPEAT_DIGITS = 9

# What the element on top of the walk's stack is.
_DOCUMENT, _BODY, _BLOCKS, _PARAGRAPH, _INLINE, _TABLE_ROWS, _ROW, _CELL = range(8)


def read_odt(path: Path, warnings: list[str] | None = None) -> str:
    """Return the text of an .odt: paragraphs, headings, lists and tables in order."""
    with OfficeZip(path, DAMAGED) as package:
        if package.has("mimetype"):
            mimetype = package.read("mimetype", _MAX_MIMETYPE_BYTES).strip()
            if not mimetype.startswith(_TEXT_MIMETYPE):
                # A spreadsheet or presentation renamed to .odt.
                raise UnreadableFileError(path, NOT_TEXT)
        walk = _Walk(LineBuilder(path))
        package.parse("content.xml", walk)
        if not walk.found_text:
            raise UnreadableFileError(path, NOT_TEXT)
        return walk.lines.text()


class _Walk:
    """XML events (see :class:`~qcode.io.bounded_zip.XmlEvents`) told to a LineBuilder."""

    def __init__(self, lines: LineBuilder) -> None:
        self.lines = lines
        self.found_text = False
        self._stack: list[int] = []
        self._skipping = 0  # depth inside an element whose content is left out

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if self._skipping:
            self._skipping += 1
            return
        if not self._stack:
            if tag != _OFFICE + "document-content":
                raise UnreadableFileError(self.lines.path, DAMAGED)
            self._stack.append(_DOCUMENT)
            return
        kind = self._stack[-1]
        if kind == _DOCUMENT and tag == _OFFICE + "body":
            self._stack.append(_BODY)
        elif kind == _BODY and not self.found_text:
            # The body's first element says what the document is.
            if tag != _OFFICE + "text":
                raise UnreadableFileError(self.lines.path, NOT_TEXT)
            self.found_text = True
            self._stack.append(_BLOCKS)
        elif kind in (_BLOCKS, _CELL):
            self._block(tag)
        elif kind in (_PARAGRAPH, _INLINE):
            self._inline(tag, attributes)
        elif kind == _TABLE_ROWS and tag == _TABLE + "table-row":
            self.lines.start_row(_repeat(attributes.get(_TABLE + "number-rows-repeated")))
            self._stack.append(_ROW)
        elif kind == _TABLE_ROWS and tag in _TABLE_ROW_GROUPS:
            self._stack.append(_TABLE_ROWS)
        elif kind == _ROW and tag in _CELLS:
            self.lines.start_cell(_repeat(attributes.get(_TABLE + "number-columns-repeated")))
            self._stack.append(_CELL)
        else:
            self._skipping = 1

    def _block(self, tag: str) -> None:
        if tag in _PARAGRAPHS:
            self.lines.start_paragraph()
            self._stack.append(_PARAGRAPH)
        elif tag == _TABLE + "table":
            self._stack.append(_TABLE_ROWS)
        elif tag in _SKIPPED_BLOCKS or tag.startswith(_DRAW):
            self._skipping = 1
        else:
            # Lists, list items, sections and other containers of blocks.
            self._stack.append(_BLOCKS)

    def _inline(self, tag: str, attributes: dict[str, str]) -> None:
        self._skipping = 1
        if tag == _TEXT + "s":
            self.lines.add(" " * _repeat(attributes.get(_TEXT + "c")))
        elif tag == _TEXT + "tab":
            self.lines.add("\t")
        elif tag == _TEXT + "line-break":
            self.lines.add("\n")
        elif tag not in _SKIPPED_INLINE and not tag.startswith(_DRAW):
            self._skipping = 0
            self._stack.append(_INLINE)

    def end(self, tag: str) -> None:
        if self._skipping:
            self._skipping -= 1
            return
        kind = self._stack.pop()
        if kind == _PARAGRAPH:
            self.lines.end_paragraph()
        elif kind == _ROW:
            self.lines.end_row()
        elif kind == _CELL:
            self.lines.end_cell()

    def data(self, text: str) -> None:
        if not self._skipping and self._stack and self._stack[-1] in (_PARAGRAPH, _INLINE):
            self.lines.add(text)


def _repeat(value: str | None) -> int:
    text = (value or "").strip()
    if not text.isascii() or not text.isdigit() or len(text) > _MAX_REPEAT_DIGITS:
        # Missing, garbage or absurdly long: the cap, if it is a number.
        return _MAX_REPEAT if text.isascii() and text.isdigit() else 1
    return max(1, min(int(text), _MAX_REPEAT))
