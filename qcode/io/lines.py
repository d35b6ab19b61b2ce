"""Building a word-processor document's plain text, line by line, within the limit.

The .docx and .odt readers walk their XML as a stream of events and tell a
:class:`LineBuilder` what they meet: paragraphs (one line each), and tables
(one line per row, its cells joined by tabs; a cell's own paragraphs joined
by spaces, so the cell stays on its row's line).  Both formats can repeat a
cell or a row (.odt says so in an attribute), so a few bytes can ask for an
enormous text.  The builder counts, before it builds anything, the
characters the text will at least have, and refuses the document the moment
that count passes the character limit: a 21 GB table is never built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from qcode.io.limits import max_document_characters, too_many_characters

# A cell must stay on its row's line, so its own breaks become spaces.
_CELL_BREAKS = re.compile(r"[\t\n]")


@dataclass
class _Row:
    repeat: int
    cells: list[str] = field(default_factory=list)
    length: int = 0  # of the row's line: its cells and the tabs between them


@dataclass
class _Cell:
    repeat: int
    lines: list[str] = field(default_factory=list)  # non-empty lines only
    length: int = 0  # of the cell's text: its lines and the spaces between them


class LineBuilder:
    """The lines of a document, from paragraph and table events, in order."""

    def __init__(self, path: Path, limit: int | None = None) -> None:
        self.path = path
        self.limit = max_document_characters() if limit is None else limit
        self._lines: list[str] = []
        self._rows: list[_Row] = []
        self._cells: list[_Cell] = []
        self._parts: list[str] = []
        self._paragraph_length = 0
        # Characters the finished text will at least hold: the lines done
        # (with their newlines) and what open paragraphs, cells and rows
        # hold so far.  Everything held shows up in the text at least once.
        self._held = 0

    def text(self) -> str:
        """The document's text: its lines joined by newlines."""
        return "\n".join(self._lines)

    def _hold(self, count: int) -> None:
        self._held += count
        if self._held > self.limit:
            raise too_many_characters(self.path, self.limit, expanded=True)

    # -- paragraphs ---------------------------------------------------------

    def start_paragraph(self) -> None:
        self._parts = []
        self._paragraph_length = 0

    def add(self, text: str) -> None:
        """Text of the open paragraph (characters, a tab, a line break)."""
        self._hold(len(text))
        self._paragraph_length += len(text)
        self._parts.append(text)

    def end_paragraph(self) -> None:
        line = "".join(self._parts)
        self._parts = []
        self._held -= self._paragraph_length
        self._paragraph_length = 0
        self._emit(line, 1)

    def _emit(self, line: str, repeat: int) -> None:
        """``repeat`` copies of a finished line, to the open cell or the text."""
        # Each copy brings its separator (a space in a cell, a newline in the
        # text), except the first line of all.
        if self._cells:
            if not line:
                return  # a cell keeps only lines with something on them
            cell = self._cells[-1]
            added = repeat * (len(line) + 1) - (0 if cell.lines else 1)
            self._hold(added)
            cell.length += added
            cell.lines.extend([line] * repeat)
        else:
            self._hold(repeat * (len(line) + 1) - (0 if self._lines else 1))
            self._lines.extend([line] * repeat)

    # -- tables -------------------------------------------------------------

    def start_row(self, repeat: int = 1) -> None:
        self._rows.append(_Row(repeat))

    def start_cell(self, repeat: int = 1) -> None:
        self._cells.append(_Cell(repeat))

    def end_cell(self) -> None:
        cell = self._cells.pop()
        self._held -= cell.length
        text = _CELL_BREAKS.sub(" ", " ".join(cell.lines))
        if not self._rows:
            return  # a cell outside any row (damaged markup) shows nowhere
        row = self._rows[-1]
        added = cell.repeat * (len(text) + 1) - (0 if row.cells else 1)
        self._hold(added)
        row.length += added
        row.cells.extend([text] * cell.repeat)

    def end_row(self) -> None:
        row = self._rows.pop()
        # The line's length was held (and checked) cell by cell; its repeats
        # are checked by _emit before they are made.
        self._held -= row.length
        self._emit("\t".join(row.cells), row.repeat)
