"""A streaming Excel workbook that every qcode workbook is written with.

openpyxl's write-only mode writes each row to disk as it is appended, so a
workbook of 200,000 coded segments never sits in memory.  On top of it:

* every text cell is made safe (:mod:`qcode.export.cells`): never a formula,
  no character XML cannot hold, never longer than Excel allows, and counted;
* with a pseudonymiser, every text (sheet names and headers included) has the
  identifiers of the pseudonym table replaced, and the saved file is searched
  for identifiers (:mod:`qcode.export.leak_check`) before it appears;
* sheets have a bold, filled header row, frozen, with an autofilter, and
  legal, unique names;
* right-to-left text (Arabic, Hebrew, …) reads right to left in its cell
  (reading order and alignment), and a sheet whose text column is mostly
  right to left is shown right to left (its first column at the right), as
  Excel shows an Arabic sheet; the first rows decide (see :class:`Sheet`);
* progress is reported, and a ``False`` from the callback cancels;
* the file is written beside its target and moved into place only when
  complete (:mod:`qcode.export.atomic`): a failed or cancelled export leaves
  nothing behind.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcode.errors import QcodeError
from qcode.export.atomic import atomic_file
from qcode.export.cells import CellText, looks_like_formula
from qcode.export.leak_check import leak_check
from qcode.io.scripts import is_right_to_left, mostly_right_to_left
from qcode.messages import Message

if TYPE_CHECKING:
    from qcode.core.pseudonymise import Pseudonymiser
    from qcode.export.consent import Consent

Progress = Callable[[int, int], bool | None]
HEADER_COLOR = "DDE4EE"
# How many rows a sheet holds back to decide its direction before streaming.
DIRECTION_SAMPLE = 200


def check_workbook_path(path: Path) -> None:
    """Refuse a name that is no .xlsx or a folder that does not exist."""
    if path.suffix.lower() != ".xlsx":
        raise QcodeError(
            Message("{file}: an Excel workbook's name must end in .xlsx", file=path.name)
        )
    if not path.parent.is_dir():
        raise QcodeError(
            Message(
                "{file}: folder {folder} does not exist", file=path.name, folder=str(path.parent)
            )
        )


class Workbook:
    """A write-only workbook with safe cells, styles, progress and a safe save."""

    def __init__(
        self,
        pseudonymiser: Pseudonymiser | None = None,
        progress: Progress | None = None,
        total: int = 0,
        consent: Consent | None = None,
    ) -> None:
        from openpyxl import Workbook as OpenpyxlWorkbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill

        self.workbook = OpenpyxlWorkbook(write_only=True)
        self.pseudonymiser = pseudonymiser
        # What the consent register lets the sheets of passages quote (None: all).
        self.consent = consent
        self.cells = CellText()
        self.titles: list[str] = []
        self._sheets: list[Sheet] = []
        self._progress, self._total, self._done = progress, max(total, 1), 0
        self._alignment, self._fill, self._cell = Alignment, PatternFill, WriteOnlyCell
        self.bold = Font(bold=True)
        self.header_fill = PatternFill("solid", fgColor=HEADER_COLOR)
        self._alignments: dict[tuple[int, bool], Any] = {}  # (indent, right to left)
        self._fills: dict[str, Any] = {}

    @property
    def replaced(self) -> int:
        return self.cells.replaced

    @property
    def shortened(self) -> int:
        return self.cells.shortened

    # -- progress ----------------------------------------------------------------------

    def advance(self, steps: int = 1) -> None:
        """Count ``steps`` of work done; raises "export cancelled" when told to stop."""
        self._done += steps
        done = min(self._done, self._total)
        if self._progress is not None and self._progress(done, self._total) is False:
            raise QcodeError(Message("export cancelled"))

    def remaining(self) -> int:
        return max(self._total - self._done, 0)

    # -- cells -------------------------------------------------------------------------

    def sheet(self, title: str, headers: Sequence[str], widths: Sequence[float]) -> Sheet:
        made = Sheet(self, title, headers, widths)
        self._sheets.append(made)
        return made

    def text(self, value: str, replace: bool = True) -> str:
        """``value`` pseudonymised (unless ``replace`` is False: it already is)
        and made safe for a cell."""
        if replace and self.pseudonymiser is not None:
            value = self.pseudonymiser.replace(value)
        return self.cells.safe(value)

    def cell(
        self,
        ws: Any,
        value: Any,
        *,
        indent: int = 0,
        color: str | None = None,
        replace: bool = True,
    ) -> Any:
        """A cell for ``value``: a plain value when nothing needs setting."""
        rtl = False
        if isinstance(value, str):
            value = self.text(value, replace)
            risky = looks_like_formula(value) or value.startswith("#")
            rtl = is_right_to_left(value)
        else:
            risky = False
        fill = self.fill(color) if color else None
        if not (risky or indent or fill or rtl):
            return value
        cell = self._cell(ws, value)
        if risky:
            cell.data_type = "s"  # text, whatever openpyxl made of it (formula, error)
        if indent or rtl:
            key = (min(indent, 15), rtl)
            if key not in self._alignments:
                # readingOrder 2 is right to left; its text starts at the right.
                self._alignments[key] = self._alignment(
                    indent=key[0],
                    readingOrder=2 if rtl else 0,
                    horizontal="right" if rtl else None,
                )
            cell.alignment = self._alignments[key]
        if fill is not None:
            cell.fill = fill
        return cell

    def number(self, ws: Any, value: float | None, number_format: str) -> Any:
        """A number cell with a display format (``None``: an empty cell)."""
        if value is None:
            return None
        cell = self._cell(ws, value)
        cell.number_format = number_format
        return cell

    def fill(self, color: str) -> Any:
        """A solid fill in a code's colour (``#rrggbb`` or ``#rgb``), None if not a colour."""
        if color not in self._fills:
            hex_digits = color.strip().lstrip("#")
            if len(hex_digits) == 3:
                hex_digits = "".join(2 * digit for digit in hex_digits)
            ok = re.fullmatch("[0-9a-fA-F]{6}", hex_digits) is not None
            self._fills[color] = self._fill("solid", fgColor=hex_digits.upper()) if ok else None
        return self._fills[color]

    # -- the file ----------------------------------------------------------------------

    def save(self, path: Path) -> None:
        """Write the workbook to ``path`` (leak-checked when pseudonymised)."""
        for sheet in self._sheets:
            sheet.release()  # rows a sheet never closed still held back
        with atomic_file(path, check=leak_check(self.pseudonymiser, path.name)) as temporary:
            self.workbook.save(temporary)

    def discard(self) -> None:
        """Remove the temporary files of a workbook that will never be saved."""
        for ws in self.workbook.worksheets:
            writer = getattr(ws, "_writer", None)
            if writer is not None:
                with contextlib.suppress(Exception):
                    if not ws.closed:
                        ws.close()
                    writer.cleanup()


class Sheet:
    """One streaming sheet: bold header, frozen header row, autofilter.

    A sheet's direction is written before its first row, so the first
    :data:`DIRECTION_SAMPLE` rows are held back: if any column's text in them
    is mostly right to left, the sheet is shown right to left.
    """

    def __init__(
        self, book: Workbook, title: str, headers: Sequence[str], widths: Sequence[float]
    ) -> None:
        from openpyxl.utils import get_column_letter

        self.book = book
        if book.pseudonymiser is not None:
            title = book.pseudonymiser.replace(title)
        self.ws = book.workbook.create_sheet(unique_title(title, book.titles))
        book.titles.append(self.ws.title)
        self.ws.freeze_panes = "A2"
        self._letter = get_column_letter
        for number, width in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(number)].width = width
        self.columns = len(headers)
        self.rows = 1
        cells = []
        for header in headers:
            cell = book._cell(self.ws, book.text(header))
            cell.data_type = "s"
            cell.font, cell.fill = book.bold, book.header_fill
            cells.append(cell)
        self._held: list[list[Any]] | None = [cells]
        self._texts: dict[int, list[str]] = {}  # column -> text of the held rows

    def append(
        self,
        values: Iterable[Any],
        *,
        indent: int = 0,
        color: str | None = None,
        done: Sequence[int] = (),
    ) -> None:
        """A row; ``indent`` applies to its first cell, ``color`` fills its
        third; the columns in ``done`` hold text pseudonymised already."""
        cell, ws = self.book.cell, self.ws
        values = list(values)
        row = [cell(ws, value, replace=index not in done) for index, value in enumerate(values)]
        if indent:
            row[0] = cell(ws, values[0], indent=indent, replace=0 not in done)
        if color:
            row[2] = cell(ws, values[2], color=color, replace=2 not in done)
        self.rows += 1
        if self._held is None:
            ws.append(row)
            return
        self._held.append(row)
        for index, value in enumerate(values):
            if isinstance(value, str):
                self._texts.setdefault(index, []).append(value)
        if len(self._held) > DIRECTION_SAMPLE:
            self.release()

    def release(self) -> None:
        """Decide the sheet's direction and write the rows held back."""
        if self._held is None:
            return
        if any(mostly_right_to_left(texts) for texts in self._texts.values()):
            self.ws.sheet_view.rightToLeft = True
        for row in self._held:
            self.ws.append(row)
        self._held = None
        self._texts = {}

    def number(self, value: float | None, number_format: str) -> Any:
        """A number cell for this sheet (see :meth:`Workbook.number`)."""
        return self.book.number(self.ws, value, number_format)

    def close(self) -> None:
        """Set the autofilter over what was written; counts one step of progress."""
        from openpyxl.worksheet.filters import AutoFilter

        self.release()
        self.ws.auto_filter = AutoFilter(ref=f"A1:{self._letter(self.columns)}{self.rows}")
        self.book.advance()


def unique_title(title: str, taken: list[str]) -> str:
    """A legal sheet name: no ``[]:*?/\\``, at most 31 characters, unique."""
    title = re.sub(r"[\[\]:*?/\\]", "-", title).strip("'") or "Sheet"
    candidate, number = title[:31], 2
    lowered = {name.casefold() for name in taken}
    while candidate.casefold() in lowered:
        suffix = f" ({number})"
        candidate, number = title[: 31 - len(suffix)] + suffix, number + 1
    return candidate
