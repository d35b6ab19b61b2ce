"""The rows of an OpenDocument spreadsheet (.ods), for :mod:`qcode.io.sheets`.

``content.xml`` is read as a stream of XML events (:mod:`qcode.io.bounded_zip`:
unpacked bytes counted against the sheet's byte limit, no DTD), and only the
chosen table's rows are kept.  A cell's value is what the spreadsheet shows
for it: a number (``office:value``, the cached result of a formula, which is
never evaluated), a yes/no, a date as ISO text, or the text of its
paragraphs joined by line breaks.

OpenDocument can repeat a row or a cell (``number-rows-repeated``,
``number-columns-repeated``); spreadsheets write a million repeated empty
rows at the end of every sheet.  Empty repeats cost nothing here (they only
move the row number on); a repeated value is copied only while the sheet's
row, column and cell limits allow, so a few bytes can never ask for a huge
table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qcode.errors import UnreadableFileError
from qcode.io.bounded_zip import OfficeZip
from qcode.io.limits import (
    SHEET_BYTES_VARIABLE,
    SHEET_CELLS_VARIABLE,
    SHEET_ROWS_VARIABLE,
    ByteBudget,
    SheetLimits,
)
from qcode.messages import Message

DAMAGED = Message("is not a readable .ods spreadsheet (damaged, or another format)")
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_MAX_MIMETYPE_BYTES = 1000
_MAX_REPEAT_DIGITS = 9  # int() of a longer digit string is slow, and no sheet needs it
_MAX_SPACES = 1000  # a text:s element's run of spaces, capped

_CELLS = frozenset({_TABLE + "table-cell", _TABLE + "covered-table-cell"})
_ROW_GROUPS = frozenset(
    _TABLE + name for name in ("table-header-rows", "table-rows", "table-row-group")
)
# Text that is not the cell's own: comments and notes.
_SKIPPED_INLINE = frozenset({_OFFICE + "annotation", _TEXT + "note"})

Cell = str | int | float | bool | None


@dataclass
class OdsTable:
    """The rows read from the chosen table: (row number, cells), non-empty
    rows only, and the names of every table in the file."""

    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    found: bool = False


def read_ods(path: Path, sheet: str | None, limits: SheetLimits) -> OdsTable:
    """The rows of the table called ``sheet`` (the first table if ``None``);
    a missing table is the caller's to report (``found`` is False)."""
    with OfficeZip(path, DAMAGED, ByteBudget(path, limits.bytes, SHEET_BYTES_VARIABLE)) as package:
        if not package.has("content.xml"):
            raise package.error()
        if package.has("mimetype"):
            mimetype = package.read("mimetype", _MAX_MIMETYPE_BYTES).strip()
            if not mimetype.startswith(_MIMETYPE):
                raise UnreadableFileError(path, Message("is not a spreadsheet (.ods)"))
        walk = _Walk(path, sheet, limits)
        package.parse("content.xml", walk)
        return walk.table


# What the element on top of the walk's stack is.
_OUTSIDE, _TABLE_BODY, _ROW, _CELL, _PARAGRAPH = range(5)


class _Walk:
    """XML events (see :class:`~qcode.io.bounded_zip.XmlEvents`) → rows."""

    def __init__(self, path: Path, sheet: str | None, limits: SheetLimits) -> None:
        self.path = path
        self.wanted = sheet
        self.limits = limits
        self.table = OdsTable()
        self._stack: list[int] = []
        self._skipping = 0  # depth inside an element whose content is left out
        self._in_wanted = False
        self._row_number = 0  # the last row's number in the table (1-based)
        self._row_repeat = 1
        self._values: list[Cell] = []
        self._pending_empty = 0  # empty cells not yet put in _values
        self._cell_repeat = 1
        self._cell_value: Cell = None
        self._cell_typed = False  # the value came from an attribute, not the text
        self._paragraphs: list[list[str]] = []
        self._cells = 0
        self._characters = 0

    # -- elements ---------------------------------------------------------------

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if self._skipping:
            self._skipping += 1
            return
        kind = self._stack[-1] if self._stack else _OUTSIDE
        if tag == _TABLE + "table" and kind == _OUTSIDE:
            self._start_table(attributes.get(_TABLE + "name", ""))
        elif kind == _TABLE_BODY and tag in _ROW_GROUPS:
            self._stack.append(_TABLE_BODY)
        elif kind == _TABLE_BODY and tag == _TABLE + "table-row":
            self._row_repeat = _repeat(attributes.get(_TABLE + "number-rows-repeated"))
            self._values, self._pending_empty = [], 0
            self._stack.append(_ROW)
        elif kind == _ROW and tag in _CELLS:
            self._start_cell(attributes)
        elif kind == _CELL and tag == _TEXT + "p":
            self._paragraphs.append([])
            self._stack.append(_PARAGRAPH)
        elif kind == _PARAGRAPH:
            self._inline(tag, attributes)
        elif kind == _OUTSIDE:
            self._stack.append(_OUTSIDE)  # the document, body, spreadsheet...
        else:
            self._skipping = 1  # columns, nested tables, drawings, comments

    def _start_table(self, name: str) -> None:
        self.table.names.append(name)
        wanted = (
            not self.table.found
            if self.wanted is None
            else name == self.wanted and not self.table.found
        )
        if not wanted:
            self._skipping = 1
            return
        self.table.found = True
        self._in_wanted = True
        self._stack.append(_TABLE_BODY)

    def _start_cell(self, attributes: dict[str, str]) -> None:
        self._cell_repeat = _repeat(attributes.get(_TABLE + "number-columns-repeated"))
        self._paragraphs = []
        self._cell_value, self._cell_typed = _typed_value(attributes)
        self._stack.append(_CELL)

    def _inline(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == _TEXT + "s":
            count = min(_repeat(attributes.get(_TEXT + "c")), _MAX_SPACES)
            self._add(" " * count)
            self._skipping = 1
        elif tag == _TEXT + "tab":
            self._add("\t")
            self._skipping = 1
        elif tag == _TEXT + "line-break":
            self._add("\n")
            self._skipping = 1
        elif tag in _SKIPPED_INLINE:
            self._skipping = 1
        else:
            self._stack.append(_PARAGRAPH)  # a span or a link: its text counts

    def end(self, tag: str) -> None:
        if self._skipping:
            self._skipping -= 1
            return
        kind = self._stack.pop()
        if kind == _CELL:
            self._end_cell()
        elif kind == _ROW:
            self._end_row()
        elif kind == _TABLE_BODY and tag == _TABLE + "table":
            self._in_wanted = False

    def data(self, text: str) -> None:
        if not self._skipping and self._stack and self._stack[-1] == _PARAGRAPH:
            self._add(text)

    # -- building rows ----------------------------------------------------------

    def _add(self, text: str) -> None:
        self._characters += len(text)
        if self._characters > self.limits.bytes:
            raise UnreadableFileError(self.path, Message("holds more text than a sheet may"))
        if self._paragraphs:
            self._paragraphs[-1].append(text)

    def _end_cell(self) -> None:
        value = self._cell_value
        if not self._cell_typed:
            text = "\n".join("".join(parts) for parts in self._paragraphs)
            value = text if text.strip() else None
        repeat = self._cell_repeat
        if value is None:
            self._pending_empty += repeat
            return
        width = len(self._values) + self._pending_empty + repeat
        if width > self.limits.columns:
            raise UnreadableFileError(
                self.path,
                Message(
                    "row {row} has more than {columns:,} columns (the most a sheet may have)",
                    row=self._row_number + 1,
                    columns=self.limits.columns,
                ),
            )
        self._values.extend([None] * self._pending_empty)
        self._values.extend([value] * repeat)
        self._pending_empty = 0

    def _end_row(self) -> None:
        first = self._row_number + 1
        self._row_number += self._row_repeat
        if not self._values:
            return  # empty rows, however many, only move the row number on
        # A repeat is checked whole before any copy is made: a few bytes may
        # ask for a billion rows.
        rows = len(self.table.rows) + self._row_repeat
        self._cells += len(self._values) * self._row_repeat
        if rows > self.limits.rows + 1 or self._cells > self.limits.cells:  # + 1: the header
            raise UnreadableFileError(
                self.path,
                Message(
                    "has more than {rows:,} rows or {cells:,} cells (the most a sheet may "
                    "have; set {rows_variable} or {cells_variable} to allow more)",
                    rows=self.limits.rows,
                    cells=self.limits.cells,
                    rows_variable=SHEET_ROWS_VARIABLE,
                    cells_variable=SHEET_CELLS_VARIABLE,
                ),
            )
        for offset in range(self._row_repeat):
            self.table.rows.append((first + offset, list(self._values)))


def _typed_value(attributes: dict[str, str]) -> tuple[Cell, bool]:
    """A cell's value from its type attributes, and whether it had one (a
    text cell's value is its paragraphs, read next)."""
    kind = attributes.get(_OFFICE + "value-type", "")
    if kind in ("float", "percentage", "currency"):
        raw = attributes.get(_OFFICE + "value", "")
        try:
            number = float(raw) if len(raw) <= 40 else float("nan")
        except ValueError:
            return None, False  # the shown text, then
        if number != number or number in (float("inf"), float("-inf")):
            return None, False
        return (int(number) if number.is_integer() and abs(number) < 2**53 else number), True
    if kind == "boolean":
        raw = attributes.get(_OFFICE + "boolean-value", "").strip().lower()
        if raw in ("true", "false"):
            return raw == "true", True
    if kind == "date":
        raw = attributes.get(_OFFICE + "date-value", "").strip()[:40]
        if raw.endswith("T00:00:00"):
            raw = raw[: -len("T00:00:00")]
        if raw:
            return raw.replace("T", " "), True
    return None, False


def _repeat(value: str | None) -> int:
    text = (value or "").strip()
    if not text.isascii() or not text.isdigit() or len(text) > _MAX_REPEAT_DIGITS:
        return 1
    return max(1, int(text))
