"""Word .docx import (python-docx, loaded only when a .docx is read).

python-docx's own ``Document.paragraphs`` loses tables and anything wrapped in
content controls or tracked insertions, so this walks the body XML itself:
paragraphs and tables come out in document order, one paragraph per line and
one table row per line with its cells joined by tabs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qcode.errors import UnreadableFileError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Inside a paragraph: properties, deleted text (tracked changes), field
# instructions and drawings (text boxes would run into the sentence around
# them, and their text appears twice, as drawing and as fallback).
_SKIPPED_INLINE = frozenset(
    [_W + tag for tag in ("pPr", "rPr", "del", "moveFrom", "instrText", "delText")]
    + [_W + tag for tag in ("drawing", "pict", "object")]
)
_MC_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
# A cell must stay on its row's line, so its own breaks become spaces.
_CELL_BREAKS = re.compile(r"[\t\n]")


def read_docx(path: Path) -> str:
    """Return the text of a .docx: paragraphs and table rows in document order."""
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:
        # python-docx reports broken packages as zipfile, KeyError, lxml or
        # its own errors, depending on where the damage is.
        raise UnreadableFileError(path, "is damaged or not a real .docx file") from exc
    return "\n".join(_block_lines(document.element.body))


def _block_lines(container: Any) -> Iterator[str]:
    """One line per paragraph and per table row, for the blocks in ``container``."""
    for child in container.iterchildren():
        if child.tag == _W + "p":
            yield _inline_text(child)
        elif child.tag == _W + "tbl":
            yield from _table_rows(child)
        elif child.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            # Content controls and custom XML wrap ordinary paragraphs.
            yield from _block_lines(child)


def _inline_text(element: Any) -> str:
    parts: list[str] = []
    for child in element.iterchildren():
        tag = child.tag
        if tag == _W + "t":
            parts.append(child.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            # Page and column breaks end a page, not a line of the text.
            if child.get(_W + "type") in (None, "textWrapping"):
                parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        elif tag in _SKIPPED_INLINE or tag == _MC_ALTERNATE:
            continue
        elif isinstance(tag, str):
            # Runs, hyperlinks, insertions, smart tags, simple fields, ...
            parts.append(_inline_text(child))
    return "".join(parts)


def _table_rows(table: Any) -> Iterator[str]:
    for row in table.iterchildren(_W + "tr"):
        yield "\t".join(_cell_text(cell) for cell in _row_cells(row))


def _row_cells(row: Any) -> Iterator[Any]:
    for child in row.iterchildren():
        if child.tag == _W + "tc":
            yield child
        elif child.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            yield from _row_cells(child)


def _cell_text(cell: Any) -> str:
    lines = (line for line in _block_lines(cell) if line)
    return _CELL_BREAKS.sub(" ", " ".join(lines))
