"""The analyses as one Excel workbook, written as a stream.

openpyxl's write-only mode writes each row to disk as it is appended, so a
workbook of 200,000 coded segments never sits in memory.  The workbook is
written to a temporary file beside the target and moved into place only when
complete: a failed or cancelled export leaves no file behind.

Every text cell is made safe for Excel:

* text starting with ``=``, ``+``, ``-`` or ``@`` (also after leading white
  space), or with a tab or carriage return, is stored as a text cell, never a
  formula: a transcript line "=HYPERLINK(...)" stays words on the screen;
* characters XML 1.0 cannot hold (control characters, lone surrogates,
  U+FFFE/U+FFFF) become U+FFFD, and the Summary sheet says how many;
* text over Excel's limit of 32,767 characters (counted in UTF-16, as
  Excel does) is shortened, ending in "…", and counted in the Summary too.

Numbers are stored as numbers; dates as ``YYYY-MM-DD HH:MM:SS`` text in UTC.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcode import __version__
from qcode.analysis import cooccurrence, frequencies, matrices, segments_report, words
from qcode.analysis.filters import Filters
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.export import pseudonymised

if TYPE_CHECKING:
    from qcode.core.pseudonymise import Pseudonymiser

Progress = Callable[[int, int], bool | None]

# Optional sheets, by the name given in ``sheets``; the Summary is always written.
SHEETS: tuple[str, ...] = ("codebook", "frequencies", "breakdowns", "matrix", "crosstabs")
SHEETS += ("cooccurrence", "segments", "memos", "words")
EXCEL_TEXT_LIMIT = 32_767  # UTF-16 code units in one cell
_MAX_COLUMNS = 16_000  # Excel has 16,384 columns
_MAX_CROSSTAB_VALUES = 1_000  # an attribute with more values is no crosstab
_FORMULA_TRIGGERS = frozenset("=+-@\t\r")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_HEADER_COLOR = "DDE4EE"


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula (see the module)."""
    first = text[:1]
    if first in _FORMULA_TRIGGERS:
        return True
    return first.isspace() and text.lstrip()[:1] in _FORMULA_TRIGGERS


@dataclass
class ExportSummary:
    """What :func:`export_workbook` wrote."""

    path: Path
    sheets: list[str] = field(default_factory=list)
    documents: int = 0
    codes: int = 0
    segments: int = 0
    memos: int = 0
    replaced_characters: int = 0
    shortened_cells: int = 0
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "path": str(self.path)}


class _Book:
    """A write-only workbook with cell cleaning, styles and progress."""

    def __init__(
        self, progress: Progress | None, total: int, pseudonymiser: Pseudonymiser | None = None
    ) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill

        self.workbook = Workbook(write_only=True)
        self.replaced = self.shortened = 0
        self._progress, self._total, self._done = progress, max(total, 1), 0
        self._alignment, self._fill, self._cell = Alignment, PatternFill, WriteOnlyCell
        self.bold = Font(bold=True)
        self.header_fill = PatternFill("solid", fgColor=_HEADER_COLOR)
        self._indents: dict[int, Any] = {}
        self._fills: dict[str, Any] = {}
        self.titles: list[str] = []
        self.pseudonymiser = pseudonymiser

    def advance(self, steps: int = 1) -> None:
        self._done += steps
        done = min(self._done, self._total)
        if self._progress is not None and self._progress(done, self._total) is False:
            raise QcodeError("export cancelled")

    def remaining(self) -> int:
        return max(self._total - self._done, 0)

    def sheet(self, title: str, headers: Sequence[str], widths: Sequence[float]) -> _Sheet:
        return _Sheet(self, title, headers, widths)

    def text(self, value: str) -> str:
        if self.pseudonymiser is not None:
            value = self.pseudonymiser.replace(value)
        if _NOT_XML.search(value):
            value, count = _NOT_XML.subn("\ufffd", value)
            self.replaced += count
        if len(value) > EXCEL_TEXT_LIMIT // 2:
            utf16 = value.encode("utf-16-le", "surrogatepass")
            if len(utf16) > 2 * EXCEL_TEXT_LIMIT:
                self.shortened += 1
                # Cut at a code-unit boundary; "ignore" drops half a surrogate pair.
                value = utf16[: 2 * (EXCEL_TEXT_LIMIT - 1)].decode("utf-16-le", "ignore") + "…"
        return value

    def cell(self, ws: Any, value: Any, *, indent: int = 0, color: str | None = None) -> Any:
        """A cell for ``value``: a plain value when nothing needs setting."""
        if isinstance(value, str):
            value = self.text(value)
            risky = looks_like_formula(value) or value.startswith("#")
        else:
            risky = False
        fill = self.fill(color) if color else None
        if not (risky or indent or fill):
            return value
        cell = self._cell(ws, value)
        if risky:
            cell.data_type = "s"  # text, whatever openpyxl made of it (formula, error)
        if indent:
            if indent not in self._indents:
                self._indents[indent] = self._alignment(indent=min(indent, 15))
            cell.alignment = self._indents[indent]
        if fill is not None:
            cell.fill = fill
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


class _Sheet:
    """One streaming sheet: bold header, frozen header row, autofilter."""

    def __init__(
        self, book: _Book, title: str, headers: Sequence[str], widths: Sequence[float]
    ) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.utils import get_column_letter

        self.book = book
        if book.pseudonymiser is not None:
            title = book.pseudonymiser.replace(title)
        self.ws = book.workbook.create_sheet(_unique_title(title, book.titles))
        book.titles.append(self.ws.title)
        self.ws.freeze_panes = "A2"
        self._letter = get_column_letter
        for number, width in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(number)].width = width
        self.columns = len(headers)
        self.rows = 1
        cells = []
        for header in headers:
            cell = WriteOnlyCell(self.ws, book.text(header))
            cell.data_type = "s"
            cell.font, cell.fill = book.bold, book.header_fill
            cells.append(cell)
        self.ws.append(cells)

    def append(self, values: Iterable[Any], *, indent: int = 0, color: str | None = None) -> None:
        """A row; ``indent`` applies to its first cell, ``color`` fills its third."""
        cell, ws = self.book.cell, self.ws
        values = list(values)
        row = [cell(ws, value) for value in values]
        if indent:
            row[0] = cell(ws, values[0], indent=indent)
        if color:
            row[2] = cell(ws, values[2], color=color)
        ws.append(row)
        self.rows += 1

    def close(self) -> None:
        from openpyxl.worksheet.filters import AutoFilter

        self.ws.auto_filter = AutoFilter(ref=f"A1:{self._letter(self.columns)}{self.rows}")
        self.book.advance()


def export_workbook(
    project: Project,
    path: str | Path,
    filters: Filters | None = None,
    progress: Progress | None = None,
    *,
    sheets: Collection[str] | None = None,
    pseudonymiser: Pseudonymiser | None = None,
) -> ExportSummary:
    """Write every analysis of the filtered project to ``path`` (.xlsx).

    ``sheets`` picks the optional sheets by the names in :data:`SHEETS`
    (default: all).  ``progress(done, total)`` is called as the work goes
    on; when it returns False the export stops with
    :class:`~qcode.errors.QcodeError` ("export cancelled") and writes nothing.
    With ``pseudonymiser`` every text has the identifiers replaced (see
    :mod:`qcode.export.pseudonymised`) and the workbook is checked for leaks
    before it is moved into place.
    """
    began = time.perf_counter()
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise QcodeError(f"{path.name}: an Excel workbook's name must end in .xlsx")
    if not path.parent.is_dir():
        raise QcodeError(f"{path.name}: folder {path.parent} does not exist")
    chosen = set(SHEETS if sheets is None else sheets)
    unknown = chosen - set(SHEETS)
    if unknown:
        raise QcodeError(f"unknown sheet(s) {', '.join(sorted(unknown))}: use {', '.join(SHEETS)}")
    filters = filters or Filters()
    scope = filters.resolve(project)
    summary = ExportSummary(path, documents=len(scope.documents), codes=len(scope.codes()))
    summary.segments = segments_report.segment_count(project, filters)
    total = summary.segments * ("segments" in chosen) + 2 * len(scope.documents) * (
        "words" in chosen
    )
    book = _Book(progress, total + 20, pseudonymiser)
    try:
        summary_sheet = book.sheet("Summary", ["Item", "Value"], [40, 100])
        for name, write in _WRITERS.items():
            if name in chosen:
                write(book, project, filters, summary)
        summary.replaced_characters, summary.shortened_cells = book.replaced, book.shortened
        summary.sheets = list(book.titles)
        _summary(summary_sheet, project, filters, summary)
        _save(book, path)
        book.advance(book.remaining())
    except BaseException:
        _discard(book)
        raise
    summary.seconds = time.perf_counter() - began
    return summary


def _save(book: _Book, path: Path) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        book.workbook.save(temporary)
        if book.pseudonymiser is not None:
            from qcode.export.leak_check import check_written

            check_written(Path(temporary), book.pseudonymiser, path.name)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _discard(book: _Book) -> None:
    """Remove the temporary files of a workbook that will never be saved."""
    for ws in book.workbook.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                if not ws.closed:
                    ws.close()
                writer.cleanup()


def _unique_title(title: str, taken: list[str]) -> str:
    """A legal sheet name: no ``[]:*?/\\``, at most 31 characters, unique."""
    title = re.sub(r"[\[\]:*?/\\]", "-", title).strip("'") or "Sheet"
    candidate, number = title[:31], 2
    lowered = {name.casefold() for name in taken}
    while candidate.casefold() in lowered:
        suffix = f" ({number})"
        candidate, number = title[: 31 - len(suffix)] + suffix, number + 1
    return candidate


# -- the sheets -------------------------------------------------------------------------

_METRICS = ("Segments", "Documents", "Characters", "Words", "Coders")
_OWN = [f"{metric} (own)" for metric in _METRICS]
_ROLLED = [f"{metric} (with sub-codes)" for metric in _METRICS]
_CHART_CODES = 15
_OWN_NOTE = (
    "own: a code's own codings; with sub-codes: also those of all its sub-codes. "
    "Characters (and their words) count once where codings overlap."
)


def _counts(counts: frequencies.Counts) -> list[int]:
    return [counts.segments, counts.documents, counts.characters, counts.words, counts.coders]


def _codebook(book: _Book, project: Project, filters: Filters, summary: ExportSummary) -> None:
    scope = filters.resolve(project)
    headers = ["Code", "Path", "Colour", "Description", "Keywords", "Codable"]
    sheet = book.sheet("Codebook", headers, [32, 44, 10, 60, 30, 9])
    for code in scope.codes():
        depth = scope.codebook.depth(code.id)
        row = [code.name, scope.codebook.path(code.id), code.color, code.description]
        row += [", ".join(code.keywords), "yes" if code.codable else "no"]
        sheet.append(row, indent=depth, color=code.color)
    sheet.close()


def _frequencies(book: _Book, project: Project, filters: Filters, summary: ExportSummary) -> None:
    from openpyxl.chart import BarChart, Reference

    found = frequencies.code_frequencies(project, filters)
    headers = ["Code", "Path", "Colour", *_OWN, *_ROLLED]
    sheet = book.sheet("Frequencies", headers, [32, 44, 10] + [14] * 10)
    for row in found:
        values = [row.code.name, row.path, row.code.color, *_counts(row.own)]
        sheet.append(values + _counts(row.with_subcodes), indent=row.depth, color=row.code.color)
    sheet.close()
    top = sorted((r for r in found if r.own.segments), key=lambda r: (-r.own.segments, r.path))
    chart_sheet = book.sheet(f"Top {_CHART_CODES} codes", ["Code", "Segments (own)"], [44, 16])
    for row in top[:_CHART_CODES]:
        chart_sheet.append([row.path, row.own.segments])
    chart = BarChart()
    chart.type, chart.style = "bar", 10
    chart.title = f"The {_CHART_CODES} codes with the most coded segments (own)"
    chart.y_axis.title, chart.x_axis.title = "Coded segments", "Code"
    last = chart_sheet.rows
    chart.add_data(
        Reference(chart_sheet.ws, min_col=2, min_row=1, max_row=last), titles_from_data=True
    )
    chart.set_categories(Reference(chart_sheet.ws, min_col=1, min_row=2, max_row=max(last, 2)))
    chart.height, chart.width = 12, 24
    chart_sheet.ws.add_chart(chart, "D2")
    chart_sheet.close()


def _breakdowns(book: _Book, project: Project, filters: Filters, summary: ExportSummary) -> None:
    breakdowns: tuple[tuple[frequencies.Breakdown, str], ...] = (
        ("document", "Document"),
        ("coder", "Coder"),
    )
    for by, label in breakdowns:
        headers = ["Code", "Path", label, *_OWN, *_ROLLED]
        sheet = book.sheet(f"By {by}", headers, [32, 44, 30] + [14] * 10)
        for row in frequencies.frequency_breakdown(project, by, filters):
            values = [row.code.name, row.path, row.group, *_counts(row.own)]
            sheet.append(values + _counts(row.with_subcodes), indent=row.depth)
        sheet.close()
    headers = ["Code", "Path", "Attribute", "Value", *_OWN, *_ROLLED]
    sheet = book.sheet("By attribute", headers, [32, 44, 18, 24] + [14] * 10)
    for name in matrices.attribute_names(project):
        for row in frequencies.frequency_breakdown(project, "attribute", filters, attribute=name):
            values = [row.code.name, row.path, name, row.group, *_counts(row.own)]
            sheet.append(values + _counts(row.with_subcodes), indent=row.depth)
    sheet.close()


def _matrix_sheet(book: _Book, title: str, matrix: matrices.Matrix, corner: str) -> None:
    columns = matrix.columns[:_MAX_COLUMNS]
    headers = [corner, *columns, "Total"]
    sheet = book.sheet(title, headers, [44] + [12] * (len(columns) + 1))
    for path, depth, cells, total in zip(
        matrix.paths, matrix.depths, matrix.cells, matrix.row_totals(), strict=True
    ):
        sheet.append([path, *cells[: len(columns)], total], indent=depth)
    sheet.close()


def _matrix(book: _Book, project: Project, filters: Filters, summary: ExportSummary) -> None:
    found = matrices.code_document_matrix(project, filters)
    _matrix_sheet(book, "Code × document", found, "Code (own segments)")


def _crosstabs(book: _Book, project: Project, filters: Filters, summary: ExportSummary) -> None:
    for name in matrices.attribute_names(project):
        found = matrices.code_attribute_crosstab(project, name, filters)
        if 0 < len(found.columns) <= _MAX_CROSSTAB_VALUES:
            _matrix_sheet(book, f"Codes × {name}", found, f"Code (own segments) × {name}")


def _cooccurrence(book: _Book, project: Project, filters: Filters, summary: ExportSummary) -> None:
    for near, title in ((False, "Co-occurrence"), (True, "Co-occurrence near")):
        found = cooccurrence.cooccurrence(project, filters, near=near)
        corner = "Code (pairs in paragraph or turn)" if near else "Code (overlapping pairs)"
        headers = [corner, *found.paths]
        sheet = book.sheet(title, headers, [44] + [12] * len(found.paths))
        for path, depth, counts in zip(found.paths, found.depths, found.counts, strict=True):
            sheet.append([path, *counts], indent=depth)
        sheet.close()


def _segments(book: _Book, project: Project, filters: Filters, summary: ExportSummary) -> None:
    widths = [36, 28, 16, 9, 9, 60, 80, 16, 20, 40, 38]
    sheet = book.sheet("Segments", segments_report.SEGMENT_HEADERS, widths)
    rows = segments_report.segment_rows(project, filters)
    if book.pseudonymiser is not None:
        rows = pseudonymised.segments(project, rows, book.pseudonymiser)
    for number, row in enumerate(rows, 1):
        sheet.append(row.cells())
        if number % 1000 == 0:
            book.advance(1000)
    book.advance((sheet.rows - 1) % 1000)
    sheet.close()


def _memos(book: _Book, project: Project, filters: Filters, summary: ExportSummary) -> None:
    widths = [10, 50, 28, 36, 24, 80, 16, 20, 20]
    sheet = book.sheet("Memos", segments_report.MEMO_HEADERS, widths)
    rows = segments_report.memo_rows(project, filters)
    if book.pseudonymiser is not None:
        rows = pseudonymised.memos(project, rows, book.pseudonymiser)
    for memo in rows:
        sheet.append(memo.cells())
    summary.memos = len(rows)
    sheet.close()


def _words(book: _Book, project: Project, filters: Filters, summary: ExportSummary) -> None:
    sheet = book.sheet("Words by code", ["Code", "Rank", "Word", "Count"], [44, 7, 24, 10])
    codebook = project.codebook()
    for code, ranked in words.words_by_code(project, filters, tick=book.advance):
        path = codebook.path(code.id)
        for rank, (word, count) in enumerate(_words_shown(book, ranked), 1):
            sheet.append([path, rank, word, count])
    sheet.close()
    sheet = book.sheet("Words by document", ["Document", "Rank", "Word", "Count"], [36, 7, 24, 10])
    for document, ranked in words.words_by_document(project, filters, tick=book.advance):
        for rank, (word, count) in enumerate(_words_shown(book, ranked), 1):
            sheet.append([document.name, rank, word, count])
    sheet.close()


def _words_shown(book: _Book, ranked: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The words to list: pseudonymised, none that is part of an identifier."""
    if book.pseudonymiser is None:
        return ranked
    return [pair for pair in ranked if not book.pseudonymiser.is_part_of_identifier(pair[0])]


def _summary(sheet: _Sheet, project: Project, filters: Filters, summary: ExportSummary) -> None:
    rows: list[tuple[str, Any]] = [
        ("Project", project.name),
        ("Exported at (UTC)", time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())),
        ("Exported by", f"qcode {__version__}"),
        ("Filters", filters.describe(project)),
        ("Documents", summary.documents),
        ("Codes", summary.codes),
        ("Coded segments", summary.segments),
        ("Memos", summary.memos),
        ("Characters Excel cannot hold, replaced by �", summary.replaced_characters),
        (f"Cells shortened to Excel's {EXCEL_TEXT_LIMIT:,} characters", summary.shortened_cells),
        ("Sheets", ", ".join(summary.sheets)),
        (
            "Own / with sub-codes",
            "own: a code's own codings; with sub-codes: also those of "
            "all its sub-codes. Characters count each character once, where codings overlap.",
        ),
        ("Words", "runs of letters and digits; each Chinese or Japanese character is one word"),
    ]
    if sheet.book.pseudonymiser is not None:
        rows.append(("Pseudonymised", pseudonymised.NOTE))
    for item, value in rows:
        sheet.append([item, value])
    sheet.close()


_WRITERS: dict[str, Callable[[_Book, Project, Filters, ExportSummary], None]] = {
    "codebook": _codebook,
    "frequencies": _frequencies,
    "breakdowns": _breakdowns,
    "matrix": _matrix,
    "crosstabs": _crosstabs,
    "cooccurrence": _cooccurrence,
    "segments": _segments,
    "memos": _memos,
    "words": _words,
}
assert tuple(_WRITERS) == SHEETS
