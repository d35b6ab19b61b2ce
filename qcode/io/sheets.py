"""Reading a sheet of rows: a case list, a table of attributes, a survey.

:func:`read_sheet` reads a ``.csv`` (or ``.tsv``/``.txt``) file, or a
worksheet of an ``.xlsx`` workbook or an ``.ods`` spreadsheet (the first, or
the one named), into a header and rows of cell values.
The first row that is not blank is the header; blank rows are skipped;
every row keeps the number it has in the file (as a spreadsheet shows it),
so that a later step can name the row a problem is on.

CSV: the encoding is found as for text documents (:func:`qcode.io.text.decode_text`:
a byte-order mark, UTF-8, or a legacy code page, reported as a warning), and
the delimiter is whichever of ``,`` ``;`` tab ``|`` gives the first lines
the most consistent number of columns.  Cells are text, trimmed; an empty
cell is ``None``.

.xlsx: read with openpyxl in read-only mode, taking each formula's cached
value (what Excel last showed).  Numbers stay numbers, yes/no cells
booleans; a date is ``YYYY-MM-DD`` text (with its time when it has one).
.ods: read with the standard library (:mod:`qcode.io.sheets_ods`), the same way.

A CSV row with more or fewer fields than the header is refused (a value
lost or a delimiter too many would shift every value after it into the wrong
column); in a workbook a row simply ends at its last filled cell.

A sheet may come from anyone, so what reading it may cost is bounded before
anything is parsed (:class:`qcode.io.limits.SheetLimits`, each changeable
through the environment): so many bytes of file (and, for a workbook, of
unpacked parts, by what the package declares; the zip reader refuses a part
that unpacks to more than it declared), rows, columns and cells.  Only
regular files are opened.  Every problem is one line naming the file and,
where it has one, the row and column.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qcode.errors import QcodeError, UnreadableFileError
from qcode.io.limits import (
    IS_LARGER_THAN,
    SHEET_BYTES_VARIABLE,
    SHEET_CELLS_VARIABLE,
    SHEET_ROWS_VARIABLE,
    UNPACKS_TO_MORE_THAN,
    SheetLimits,
    check_regular,
    open_regular,
    read_limited,
    too_many_bytes,
)
from qcode.io.text import decode_text
from qcode.messages import Message

CellValue = str | int | float | bool | None

_MAX_PARTS = 10_000  # a workbook holds a few dozen parts
_EXCEL_ROWS = 1_048_576  # no spreadsheet has more; a row number past it is damage
_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_ROWS = 50
SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".ods")
WORKBOOK_SUFFIXES = (".xlsx", ".ods")  # files with named sheets


@dataclass(frozen=True)
class SheetRow:
    """One row below the header: its number in the file (the header's row
    is usually 1) and one value per header column."""

    number: int
    values: tuple[CellValue, ...]


@dataclass(frozen=True)
class Sheet:
    """A header and the rows under it, read from ``path``."""

    path: Path
    header: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    # what reading it changed or guessed (a legacy encoding, replaced bytes)
    warnings: tuple[str, ...] = field(default=())
    # how a column is named in a message: "column 3" (CSV), "column C" (xlsx)
    column_names: tuple[str, ...] = field(default=())

    def column_index(self, name: str) -> int | None:
        """The index of the header column called ``name`` (case-insensitive)."""
        wanted = name.strip().casefold()
        for index, header in enumerate(self.header):
            if header.casefold() == wanted:
                return index
        return None

    def error(self, row: SheetRow | None, problem: str) -> UnreadableFileError:
        """A one-line error naming the file and ``row`` (``problem`` best a
        :class:`Message`, so that the app can show it translated)."""
        if row is None:
            return UnreadableFileError(self.path, problem)
        return UnreadableFileError(
            self.path, Message("row {row}: {problem}", row=row.number, problem=problem)
        )


def read_sheet(path: str | Path, sheet: str | None = None) -> Sheet:
    """The header and rows of a CSV file, or of a workbook's worksheet called
    ``sheet`` (``None``: the first); one-line :class:`UnreadableFileError`
    for anything wrong."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UnreadableFileError(
            path,
            Message(
                "is not a sheet qcode reads (.csv, .tsv, .txt, .xlsx or .ods; "
                "save an .xls as .xlsx)"
            ),
        )
    if sheet is not None and suffix not in WORKBOOK_SUFFIXES:
        raise UnreadableFileError(
            path,
            Message("is a single table with no named sheets (a sheet is chosen in .xlsx or .ods)"),
        )
    limits = SheetLimits.now()
    if check_regular(path).st_size > limits.bytes:
        raise _too_big(path, limits, IS_LARGER_THAN)
    if suffix == ".xlsx":
        return _read_xlsx(path, sheet, limits)
    if suffix == ".ods":
        return _read_ods(path, sheet, limits)
    return _read_csv(path, limits)


def _no_sheet(path: Path, sheet: str, names: Sequence[str]) -> UnreadableFileError:
    shown = ", ".join(f"'{name}'" for name in names[:10])
    if len(names) > 10:
        problem = Message(
            "has no sheet named '{sheet}' (its sheets: {sheets} and {more} more)",
            sheet=sheet,
            sheets=shown,
            more=len(names) - 10,
        )
    else:
        problem = Message(
            "has no sheet named '{sheet}' (its sheets: {sheets})", sheet=sheet, sheets=shown
        )
    return UnreadableFileError(path, problem)


def _too_big(path: Path, limits: SheetLimits, what: str) -> UnreadableFileError:
    return too_many_bytes(path, limits.bytes, what, SHEET_BYTES_VARIABLE)


# -- building the sheet from raw rows -------------------------------------------------


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _build(
    path: Path,
    raw_rows: Iterable[tuple[int, Sequence[object]]],
    warnings: Sequence[str],
    limits: SheetLimits,
    *,
    csv_fields: bool = False,
) -> Sheet:
    """The sheet from (row number, cells) pairs, checked against the limits.
    With ``csv_fields`` (a CSV file, whose columns are numbered) every row
    that is not blank must have as many fields as the header row."""

    def column(index: int) -> str:
        return Message("column {column}", column=index + 1 if csv_fields else _column_letter(index))

    header: list[str] | None = None
    header_number = header_fields = 0
    rows: list[SheetRow] = []
    cells = 0
    for number, raw in raw_rows:
        values = [_clean(value) for value in raw]
        while values and values[-1] is None:
            values.pop()
        if not values:
            continue
        if len(values) > limits.columns:
            raise UnreadableFileError(
                path,
                Message(
                    "row {row} has more than {columns:,} columns (the most a sheet may have)",
                    row=number,
                    columns=limits.columns,
                ),
            )
        cells += len(values)
        if cells > limits.cells:
            raise UnreadableFileError(
                path,
                Message(
                    "has more than {cells:,} cells (the most a sheet may have; set "
                    "{variable} to allow more)",
                    cells=limits.cells,
                    variable=SHEET_CELLS_VARIABLE,
                ),
            )
        if header is None:
            header = [_header_name(value) for value in values]
            header_number, header_fields = number, len(raw)
            _check_header(path, header, number, column)
            continue
        if csv_fields and len(raw) != header_fields:
            raise UnreadableFileError(
                path,
                Message.counted(
                    "row {row} has {count:,} field{s} but the header row (row {header_row}) "
                    "has {header_count:,}: a value or a delimiter is missing or extra",
                    row=number,
                    count=len(raw),
                    header_row=header_number,
                    header_count=header_fields,
                ),
            )
        if len(rows) >= limits.rows:
            raise UnreadableFileError(
                path,
                Message(
                    "has more than {rows:,} rows (the most a sheet may have; set "
                    "{variable} to allow more)",
                    rows=limits.rows,
                    variable=SHEET_ROWS_VARIABLE,
                ),
            )
        for index in range(len(header), len(values)):
            if values[index] is not None:
                raise UnreadableFileError(
                    path,
                    Message(
                        "row {row} has a value in {column}, which has no name in the "
                        "header row (row {header_row})",
                        row=number,
                        column=column(index),
                        header_row=header_number,
                    ),
                )
        values = values[: len(header)]
        values += [None] * (len(header) - len(values))
        rows.append(SheetRow(number, tuple(values)))
    if header is None:
        raise UnreadableFileError(path, Message("is empty (no header row)"))
    names = tuple(column(index) for index in range(len(header)))
    return Sheet(path, tuple(header), tuple(rows), tuple(warnings), names)


def _header_name(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _check_header(path: Path, header: list[str], number: int, column: Any) -> None:
    seen: dict[str, int] = {}
    for index, name in enumerate(header):
        if not name:
            raise UnreadableFileError(
                path,
                Message(
                    "{column} has no name in the header row (row {row})",
                    column=column(index),
                    row=number,
                ),
            )
        if any("\ud800" <= char <= "\udfff" for char in name):
            raise UnreadableFileError(
                path, Message("{column}'s name holds an invalid character", column=column(index))
            )
        key = name.casefold()
        if key in seen:
            raise UnreadableFileError(
                path,
                Message(
                    "{first} and {second} are both named '{name}' in the header row (row {row})",
                    first=column(seen[key]),
                    second=column(index),
                    name=name,
                    row=number,
                ),
            )
        seen[key] = index


def _clean(value: object) -> CellValue:
    """A cell's value as a sheet holds it: trimmed text (blank: ``None``),
    a number, a boolean, or a date as ISO text."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    text = str(value).strip()
    return text or None


# -- CSV ------------------------------------------------------------------------------


def _read_csv(path: Path, limits: SheetLimits) -> Sheet:
    warnings: list[str] = []
    text = decode_text(read_limited(path, limits.bytes), path, warnings)
    start = 1 if text.startswith("\ufeff") else 0  # not text[1:]: a second copy of it all
    delimiter = "\t" if path.suffix.lower() == ".tsv" else _delimiter(text, start)
    rows = _csv_rows(path, text, start, delimiter)
    return _build(path, rows, warnings, limits, csv_fields=True)


# A line and its line break (CRLF, LF or a lone CR, as csv reads a file
# opened with newline=""), or the last line without one.
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def _lines(text: str, start: int) -> Iterator[str]:
    """The lines of ``text`` from ``start``, one at a time, as csv reads a
    file: a quoted line break stays in its cell.  Not an io.StringIO, which
    holds a copy of the whole text at four bytes a character."""
    for line in _LINE.finditer(text, start):
        yield line.group()


def _csv_rows(path: Path, text: str, start: int, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(_lines(text, start), delimiter=delimiter)
    try:
        line = 1
        for row in reader:
            yield line, row
            line = reader.line_num + 1
    except csv.Error as error:
        raise UnreadableFileError(
            path,
            Message(
                "is not a readable CSV file (line {line}: {error})",
                line=reader.line_num,
                error=str(error),
            ),
        ) from None


def _delimiter(text: str, start: int) -> str:
    """The delimiter that splits the first lines most consistently."""
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        widths: list[int] = []
        reader = csv.reader(_lines(text, start), delimiter=delimiter)
        try:
            for row in reader:
                if any(cell.strip() for cell in row):
                    widths.append(len(row))
                if len(widths) >= _SNIFF_ROWS:
                    break
        except csv.Error:
            continue
        if not widths or widths[0] < 2:
            continue
        score = (sum(1 for width in widths if width == widths[0]), widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


# -- .xlsx ----------------------------------------------------------------------------


def _read_xlsx(path: Path, sheet: str | None, limits: SheetLimits) -> Sheet:
    damaged = Message("is not a readable .xlsx workbook (damaged, or another format)")
    with open_regular(path) as stream:
        try:
            with zipfile.ZipFile(stream) as package:
                parts = package.infolist()
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            raise UnreadableFileError(path, damaged) from None
        if len(parts) > _MAX_PARTS or sum(part.file_size for part in parts) > limits.bytes:
            # A part that unpacks to more than its header says is refused by
            # the zip reader itself (it stops at the declared size).
            raise _too_big(path, limits, UNPACKS_TO_MORE_THAN)
        stream.seek(0)
        return _build(path, _xlsx_rows(path, stream, damaged, sheet, limits.columns), [], limits)


def _xlsx_rows(
    path: Path, stream: Any, damaged: str, name: str | None, columns: int
) -> Iterator[tuple[int, Sequence[Any]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(stream, read_only=True, data_only=True)
    except MemoryError:
        raise
    except Exception:  # openpyxl raises many kinds on a damaged package
        raise UnreadableFileError(path, damaged) from None
    try:
        if not workbook.worksheets:
            raise UnreadableFileError(path, Message("has no worksheet"))
        if name is None:
            sheet = workbook.worksheets[0]
        elif name in workbook.sheetnames:
            sheet = workbook[name]
        else:
            raise _no_sheet(path, name, workbook.sheetnames)
        if not hasattr(sheet, "reset_dimensions"):  # a chart sheet: no cells
            raise UnreadableFileError(
                path, Message("sheet '{sheet}' is a chart, not a table", sheet=sheet.title)
            )
        # Rows are padded to the size the file declares: a hostile file may
        # declare a million rows of 16,384 columns.  Without it, each row is
        # as long as its last cell, and a too-long one is refused at once.
        sheet.reset_dimensions()
        try:
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                if number > _EXCEL_ROWS:
                    raise UnreadableFileError(
                        path,
                        Message("row {row:,} is past the last row a sheet can have", row=number),
                    )
                if len(row) > columns and any(v is not None for v in row[columns:]):
                    raise UnreadableFileError(
                        path,
                        Message(
                            "row {row} has more than {columns:,} columns (the most a sheet "
                            "may have)",
                            row=number,
                            columns=columns,
                        ),
                    )
                yield number, row
        except (QcodeError, MemoryError):
            raise
        except Exception:
            raise UnreadableFileError(path, damaged) from None
    finally:
        workbook.close()


# -- .ods -----------------------------------------------------------------------------


def _read_ods(path: Path, sheet: str | None, limits: SheetLimits) -> Sheet:
    from qcode.io.sheets_ods import read_ods

    table = read_ods(path, sheet, limits)
    if not table.found:
        if sheet is None:
            raise UnreadableFileError(path, Message("has no worksheet"))
        raise _no_sheet(path, sheet, table.names)
    return _build(path, table.rows, [], limits)
