"""Word .docx import: the main document part's XML, read as a stream.

Paragraphs and tables come out in document order, one paragraph per line and
one table row per line with its cells joined by tabs.  What python-docx's
``Document.paragraphs`` would lose is kept: tables, and text wrapped in
content controls or tracked insertions.  Deleted text, field instructions
and drawings (text boxes would run into the sentence around them) are left
out.

The package is read by :mod:`qcode.io.bounded_zip` (only the XML that holds
the text is unpacked, within the byte limit) and the text is built by
:mod:`qcode.io.lines` (within the character limit), so a zip bomb or a
document of millions of empty paragraphs is refused in seconds.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from qcode.errors import UnreadableFileError
from qcode.io.bounded_zip import OfficeZip
from qcode.io.lines import LineBuilder
from qcode.messages import Message

DAMAGED = Message("is damaged or not a real .docx file")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships}"
_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types}"
_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
# Word documents and templates, with and without macros.
_WORD_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
# The package's index parts are small; more than this is not a .docx.
_MAX_INDEX_BYTES = 4_000_000

# Inside a paragraph: properties, deleted text (tracked changes), field
# instructions and drawings (text boxes would run into the sentence around
# them, and their text appears twice, as drawing and as fallback).
_SKIPPED_INLINE = frozenset(
    [_W + tag for tag in ("pPr", "rPr", "del", "moveFrom", "instrText", "delText")]
    + [_W + tag for tag in ("drawing", "pict", "object")]
    + ["http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"]
)
# Containers that wrap ordinary paragraphs, rows or cells.
_WRAPPERS = frozenset(_W + tag for tag in ("sdt", "sdtContent", "customXml"))
_BREAK_TYPES = (None, "textWrapping")  # page and column breaks end a page, not a line

# What the element on top of the walk's stack is.
_DOCUMENT, _BLOCKS, _PARAGRAPH, _INLINE, _TEXT, _TEXT_DONE = range(6)
_TABLE, _ROW, _ROW_WRAPPER, _CELL, _WRAPPER = range(6, 11)


def read_docx(path: Path, warnings: list[str] | None = None) -> str:
    """Return the text of a .docx: paragraphs and table rows in document order."""
    with OfficeZip(path, DAMAGED) as package:
        main = _main_part(package)
        walk = _Walk(LineBuilder(path))
        package.parse(main, walk)
        if not walk.found_body:
            raise package.error()
        return walk.lines.text()


def _main_part(package: OfficeZip) -> str:
    """The name of the main document part, from the package's relationships."""
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    try:
        relationships = SafeET.fromstring(package.read("_rels/.rels", _MAX_INDEX_BYTES))
        types = SafeET.fromstring(package.read("[Content_Types].xml", _MAX_INDEX_BYTES))
    except (SafeET.ParseError, DefusedXmlException) as error:
        raise package.error() from error
    targets: list[str] = [
        element.get("Target", "")
        for element in relationships.iter("{" + _RELATIONSHIPS + "Relationship")
        if element.get("Type") == _OFFICE_DOCUMENT and element.get("TargetMode") != "External"
    ]
    if not targets:
        raise package.error()
    name = posixpath.normpath(targets[0].lstrip("/"))
    if name.startswith("../") or not package.has(name):
        raise package.error()
    content_type: str | None = None
    for element in types.iter("{" + _CONTENT_TYPES + "Override"):
        if element.get("PartName", "").lstrip("/") == name:
            content_type = element.get("ContentType")
    if content_type is None:
        extension = name.rpartition(".")[2].lower()
        for element in types.iter("{" + _CONTENT_TYPES + "Default"):
            if element.get("Extension", "").lower() == extension:
                content_type = element.get("ContentType")
    if content_type not in _WORD_TYPES:
        # A spreadsheet or presentation renamed to .docx.
        raise package.error()
    return name


class _Walk:
    """XML events (see :class:`~qcode.io.bounded_zip.XmlEvents`) told to a LineBuilder."""

    def __init__(self, lines: LineBuilder) -> None:
        self.lines = lines
        self.found_body = False
        self._stack: list[int] = []
        self._skipping = 0  # depth inside an element whose content is left out

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if self._skipping:
            self._skipping += 1
            return
        if not self._stack:
            if tag != _W + "document":
                raise UnreadableFileError(self.lines.path, DAMAGED)
            self._stack.append(_DOCUMENT)
            return
        kind = self._stack[-1]
        if kind == _DOCUMENT:
            if tag == _W + "body" and not self.found_body:
                self.found_body = True
                self._stack.append(_BLOCKS)
            else:
                self._skipping = 1
        elif kind in (_BLOCKS, _CELL, _WRAPPER):
            self._block(tag)
        elif kind in (_PARAGRAPH, _INLINE):
            self._inline(tag, attributes)
        elif kind == _TEXT:
            # Only the text before a w:t's first child is its text.
            self._stack[-1] = _TEXT_DONE
            self._skipping = 1
        elif kind == _TABLE and tag == _W + "tr":
            self.lines.start_row()
            self._stack.append(_ROW)
        elif kind in (_ROW, _ROW_WRAPPER) and tag == _W + "tc":
            self.lines.start_cell()
            self._stack.append(_CELL)
        elif kind in (_ROW, _ROW_WRAPPER) and tag in _WRAPPERS:
            self._stack.append(_ROW_WRAPPER)
        else:
            self._skipping = 1

    def _block(self, tag: str) -> None:
        if tag == _W + "p":
            self.lines.start_paragraph()
            self._stack.append(_PARAGRAPH)
        elif tag == _W + "tbl":
            self._stack.append(_TABLE)
        elif tag in _WRAPPERS:
            self._stack.append(_WRAPPER)
        else:
            self._skipping = 1  # section properties, bookmarks, ...

    def _inline(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == _W + "t":
            self._stack.append(_TEXT)
            return
        self._skipping = 1
        if tag == _W + "tab":
            self.lines.add("\t")
        elif tag in (_W + "br", _W + "cr"):
            if attributes.get(_W + "type") in _BREAK_TYPES:
                self.lines.add("\n")
        elif tag == _W + "noBreakHyphen":
            self.lines.add("-")
        elif tag not in _SKIPPED_INLINE:
            # Runs, hyperlinks, insertions, smart tags, simple fields, ...
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
        if not self._skipping and self._stack and self._stack[-1] == _TEXT:
            self.lines.add(text)
