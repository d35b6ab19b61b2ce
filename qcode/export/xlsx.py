"""The analyses as one Excel workbook, written as a stream.

Written with :class:`qcode.export.workbook.Workbook`: every text cell is made
safe for Excel (never a formula; characters XML cannot hold become U+FFFD and
text over Excel's limit is shortened, both counted on the Summary sheet), and
the file appears only when complete.  Numbers are stored as numbers; dates as
``YYYY-MM-DD HH:MM:SS`` text in UTC.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcode import __version__
from qcode.analysis import cooccurrence, frequencies, matrices, segments_report, words
from qcode.analysis.filters import Filters
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.export import pseudonymised, xlsx_findings
from qcode.export.cells import EXCEL_TEXT_LIMIT
from qcode.export.workbook import Progress, Sheet, Workbook, check_workbook_path
from qcode.messages import Message

if TYPE_CHECKING:
    from qcode.core.pseudonymise import Pseudonymiser
    from qcode.export.consent import Consent

# Optional sheets, by the name given in ``sheets``; the Summary is always written.
SHEETS: tuple[str, ...] = ("codebook", "frequencies", "breakdowns", "matrix", "crosstabs")
SHEETS += ("cooccurrence", "segments", "memos", "words")
SHEETS += ("speakers", "cases", "case-matrix", "framework", "corroboration", "queries")
_MAX_COLUMNS = 16_000  # Excel has 16,384 columns
_MAX_CROSSTAB_VALUES = 1_000  # an attribute with more values is no crosstab


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
    notes: list[tuple[str, Any]] = field(default_factory=list)  # more lines for the Summary
    consent: list[str] = field(default_factory=list)  # what was left out and why

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "path": str(self.path)}


def export_workbook(
    project: Project,
    path: str | Path,
    filters: Filters | None = None,
    progress: Progress | None = None,
    *,
    sheets: Collection[str] | None = None,
    pseudonymiser: Pseudonymiser | None = None,
    consent: Consent | None = None,
) -> ExportSummary:
    """Write every analysis of the filtered project to ``path`` (.xlsx).

    ``sheets`` picks the optional sheets by the names in :data:`SHEETS`
    (default: all).  ``progress(done, total)`` is called as the work goes
    on; when it returns False the export stops with
    :class:`~qcode.errors.QcodeError` ("export cancelled") and writes nothing.
    With ``pseudonymiser`` every text has the identifiers replaced (see
    :mod:`qcode.export.pseudonymised`) and the workbook is checked for leaks
    before it is moved into place.  Passages the consent register says may
    not be quoted are left out (:mod:`qcode.export.consent`; ``consent``
    None: the register as it is), and the Summary sheet says how many.
    """
    from qcode.export.consent import Consent

    began = time.perf_counter()
    path = Path(path)
    check_workbook_path(path)
    chosen = set(SHEETS if sheets is None else sheets)
    unknown = chosen - set(SHEETS)
    if unknown:
        raise QcodeError(
            Message(
                "unknown sheet(s) {unknown}: use {sheets}",
                unknown=", ".join(sorted(unknown)),
                sheets=", ".join(SHEETS),
            )
        )
    filters = filters or Filters()
    scope = filters.resolve(project)
    summary = ExportSummary(path, documents=len(scope.documents), codes=len(scope.codes()))
    summary.segments = segments_report.segment_count(project, filters)
    rows = summary.segments * (("segments" in chosen) + ("corroboration" in chosen))
    total = rows + 2 * len(scope.documents) * ("words" in chosen)
    consent = consent if consent is not None else Consent.of(project)
    book = Workbook(pseudonymiser, progress, total + 20, consent)
    try:
        summary_sheet = book.sheet("Summary", ["Item", "Value"], [40, 100])
        for name, write in _WRITERS.items():
            if name in chosen:
                write(book, project, filters, summary)
        summary.replaced_characters, summary.shortened_cells = book.replaced, book.shortened
        summary.sheets = list(book.titles)
        summary.consent = consent.lines()
        _summary(summary_sheet, project, filters, summary)
        book.save(path)
        book.advance(book.remaining())
    except BaseException:
        book.discard()
        raise
    summary.seconds = time.perf_counter() - began
    return summary


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


def _codebook(book: Workbook, project: Project, filters: Filters, summary: ExportSummary) -> None:
    scope = filters.resolve(project)
    headers = ["Code", "Path", "Colour", "Description", "Keywords", "Codable"]
    sheet = book.sheet("Codebook", headers, [32, 44, 10, 60, 30, 9])
    for code in scope.codes():
        depth = scope.codebook.depth(code.id)
        row = [code.name, scope.codebook.path(code.id), code.color, code.description]
        row += [", ".join(code.keywords), "yes" if code.codable else "no"]
        sheet.append(row, indent=depth, color=code.color)
    sheet.close()


def _frequencies(
    book: Workbook, project: Project, filters: Filters, summary: ExportSummary
) -> None:
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


def _breakdowns(book: Workbook, project: Project, filters: Filters, summary: ExportSummary) -> None:
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


def _matrix_sheet(book: Workbook, title: str, matrix: matrices.Matrix, corner: str) -> None:
    columns = matrix.columns[:_MAX_COLUMNS]
    headers = [corner, *columns, "Total"]
    sheet = book.sheet(title, headers, [44] + [12] * (len(columns) + 1))
    for path, depth, cells, total in zip(
        matrix.paths, matrix.depths, matrix.cells, matrix.row_totals(), strict=True
    ):
        sheet.append([path, *cells[: len(columns)], total], indent=depth)
    sheet.close()


def _matrix(book: Workbook, project: Project, filters: Filters, summary: ExportSummary) -> None:
    found = matrices.code_document_matrix(project, filters)
    _matrix_sheet(book, "Code × document", found, "Code (own segments)")


def _crosstabs(book: Workbook, project: Project, filters: Filters, summary: ExportSummary) -> None:
    for name in matrices.attribute_names(project):
        found = matrices.code_attribute_crosstab(project, name, filters)
        if 0 < len(found.columns) <= _MAX_CROSSTAB_VALUES:
            _matrix_sheet(book, f"Codes × {name}", found, f"Code (own segments) × {name}")
    from qcode.analysis.cases import case_attribute_crosstab, case_attribute_names

    for name in case_attribute_names(project):
        found = case_attribute_crosstab(project, name, filters)
        if 0 < len(found.columns) <= _MAX_CROSSTAB_VALUES:
            corner = f"Code (own segments) × case {name}"
            _matrix_sheet(book, f"Codes × case {name}", found, corner)


def _cooccurrence(
    book: Workbook, project: Project, filters: Filters, summary: ExportSummary
) -> None:
    for near, title in ((False, "Co-occurrence"), (True, "Co-occurrence near")):
        found = cooccurrence.cooccurrence(project, filters, near=near)
        corner = "Code (pairs in paragraph or turn)" if near else "Code (overlapping pairs)"
        headers = [corner, *found.paths]
        sheet = book.sheet(title, headers, [44] + [12] * len(found.paths))
        for path, depth, counts in zip(found.paths, found.depths, found.counts, strict=True):
            sheet.append([path, *counts], indent=depth)
        sheet.close()


def _segments(book: Workbook, project: Project, filters: Filters, summary: ExportSummary) -> None:
    from qcode.export import segment_times
    from qcode.model import made_by

    widths = [36, 28, 16, 9, 9, 60, 80, 16, 20, 40, 38, 34, segment_times.WIDTH]
    # "Made by": by hand, or e.g. an accepted suggestion with its confidence;
    # then where a segment of a timed document is in its recording.
    headers = [*segments_report.SEGMENT_HEADERS, "Made by", segment_times.HEADER]
    sheet = book.sheet("Segments", headers, widths)
    origins = project.coding_origins_by_uuid()
    rows = segments_report.segment_rows(project, filters)
    if book.consent is not None:
        rows = book.consent.segments(project, rows)
    times = segment_times.SegmentTimes(project)
    rows = times.noting(rows)
    if book.pseudonymiser is not None:
        rows = pseudonymised.segments(project, rows, book.pseudonymiser)
    for number, row in enumerate(rows, 1):
        made = made_by(origins.get(row.coding_uuid))
        sheet.append([*row.cells(), made, times.cite(row.coding_uuid)])
        if number % 1000 == 0:
            book.advance(1000)
    book.advance((sheet.rows - 1) % 1000)
    summary.segments = sheet.rows - 1
    sheet.close()


def _memos(book: Workbook, project: Project, filters: Filters, summary: ExportSummary) -> None:
    widths = [10, 50, 28, 36, 24, 80, 16, 20, 20]
    sheet = book.sheet("Memos", segments_report.MEMO_HEADERS, widths)
    rows = segments_report.memo_rows(project, filters)
    if book.consent is not None:
        rows = book.consent.memos(project, rows)
    if book.pseudonymiser is not None:
        rows = pseudonymised.memos(project, rows, book.pseudonymiser)
    for memo in rows:
        sheet.append(memo.cells())
    summary.memos = len(rows)
    sheet.close()


def _words(book: Workbook, project: Project, filters: Filters, summary: ExportSummary) -> None:
    if book.consent is not None:
        filters = book.consent.word_filters(project, filters)
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


def _words_shown(book: Workbook, ranked: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The words to list: pseudonymised, none that is part of an identifier."""
    if book.pseudonymiser is None:
        return ranked
    return [pair for pair in ranked if not book.pseudonymiser.is_part_of_identifier(pair[0])]


def _summary(sheet: Sheet, project: Project, filters: Filters, summary: ExportSummary) -> None:
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
    rows += summary.notes
    if sheet.book.consent is not None:
        rows.append(("Consent", sheet.book.consent.note()))
    if sheet.book.pseudonymiser is not None:
        rows.append(("Pseudonymised", pseudonymised.NOTE))
    for item, value in rows:
        sheet.append([item, value])
    sheet.close()


_WRITERS: dict[str, Callable[[Workbook, Project, Filters, ExportSummary], None]] = {
    "codebook": _codebook,
    "frequencies": _frequencies,
    "breakdowns": _breakdowns,
    "matrix": _matrix,
    "crosstabs": _crosstabs,
    "cooccurrence": _cooccurrence,
    "segments": _segments,
    "memos": _memos,
    "words": _words,
    "speakers": xlsx_findings.speakers,
    "cases": xlsx_findings.cases,
    "case-matrix": xlsx_findings.case_matrix,
    "framework": xlsx_findings.framework,
    "corroboration": xlsx_findings.corroboration,
    "queries": xlsx_findings.queries,
}
assert tuple(_WRITERS) == SHEETS
