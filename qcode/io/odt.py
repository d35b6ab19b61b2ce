"""OpenDocument .odt import (odfpy, loaded only when an .odt is read).

Walks the document body in order: paragraphs and headings one per line, list
items as their paragraphs, table rows one per line with cells joined by tabs.
Inside a paragraph ``text:s`` (runs of spaces), ``text:tab`` and
``text:line-break`` are expanded, as ``odf.teletype`` does; footnotes,
comments and drawings are left out so they do not break into the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qcode.errors import UnreadableFileError

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"

_PARAGRAPHS = frozenset({(_TEXT, "p"), (_TEXT, "h")})
# Blocks whose text is not the document's own: deleted text kept for tracked
# changes, and generated indexes that repeat the headings.
_SKIPPED_BLOCKS = frozenset(
    (_TEXT, name)
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
    {(_TEXT, "note"), (_OFFICE, "annotation"), (_TEXT, "ruby-text"), (_TEXT, "tracked-changes")}
)
_TABLE_ROW_GROUPS = frozenset(
    (_TABLE, name) for name in ("table-header-rows", "table-rows", "table-row-group")
)
_CELLS = frozenset({(_TABLE, "table-cell"), (_TABLE, "covered-table-cell")})
# "Repeated" attributes can say 1,048,576 for a padded table; no real
# interview table is that wide, so repeats are capped.
_MAX_REPEAT = 1000
_CELL_BREAKS = re.compile(r"[\t\n]")
# odfpy's DOM-like node types.
_ELEMENT_NODE, _TEXT_NODE = 1, 3


def read_odt(path: Path) -> str:
    """Return the text of an .odt: paragraphs, headings, lists and tables in order."""
    from odf.opendocument import load

    try:
        document = load(str(path))
    except Exception as exc:
        # odfpy lets zipfile, KeyError and SAX errors through for broken files.
        raise UnreadableFileError(path, "is damaged or not a real .odt file") from exc
    body = getattr(document, "text", None)
    if body is None or body.qname != (_OFFICE, "text"):
        # A spreadsheet or presentation renamed to .odt has no text body.
        raise UnreadableFileError(path, "is not a text document (.odt)")
    return "\n".join(_block_lines(body))


def _block_lines(container: Any) -> Iterator[str]:
    for node in container.childNodes:
        if node.nodeType != _ELEMENT_NODE:
            continue
        qname = node.qname
        if qname in _PARAGRAPHS:
            yield _inline_text(node)
        elif qname == (_TABLE, "table"):
            yield from _table_rows(node)
        elif qname in _SKIPPED_BLOCKS or qname[0] == _DRAW:
            continue
        else:
            # Lists, list items, sections and other containers of blocks.
            yield from _block_lines(node)


def _inline_text(element: Any) -> str:
    parts: list[str] = []
    for node in element.childNodes:
        if node.nodeType == _TEXT_NODE:
            parts.append(node.data)
            continue
        if node.nodeType != _ELEMENT_NODE:
            continue
        qname = node.qname
        if qname == (_TEXT, "s"):
            parts.append(" " * _repeat(node, _TEXT, "c"))
        elif qname == (_TEXT, "tab"):
            parts.append("\t")
        elif qname == (_TEXT, "line-break"):
            parts.append("\n")
        elif qname in _SKIPPED_INLINE or qname[0] == _DRAW:
            continue
        else:
            parts.append(_inline_text(node))
    return "".join(parts)


def _table_rows(container: Any) -> Iterator[str]:
    for node in container.childNodes:
        if node.nodeType != _ELEMENT_NODE:
            continue
        if node.qname == (_TABLE, "table-row"):
            cells: list[str] = []
            for cell in node.childNodes:
                if cell.nodeType == _ELEMENT_NODE and cell.qname in _CELLS:
                    text = _cell_text(cell)
                    cells.extend([text] * _repeat(cell, _TABLE, "number-columns-repeated"))
            row = "\t".join(cells)
            yield from [row] * _repeat(node, _TABLE, "number-rows-repeated")
        elif node.qname in _TABLE_ROW_GROUPS:
            yield from _table_rows(node)


def _cell_text(cell: Any) -> str:
    # A cell must stay on its row's line, so its own breaks become spaces.
    return _CELL_BREAKS.sub(" ", " ".join(line for line in _block_lines(cell) if line))


def _repeat(node: Any, namespace: str, attribute: str) -> int:
    value = node.attributes.get((namespace, attribute))
    try:
        count = int(value) if value else 1
    except ValueError:
        count = 1
    return max(1, min(count, _MAX_REPEAT))
