"""An agreement report (:mod:`qcode.analysis.agreement`) as an Excel workbook.

Sheets: "Agreement" (overall, then each code), "By document", "Unmatched"
(segment unit only) and "Settings" (unit, coders, documents).  Figures are
numbers; an undefined figure is an empty cell, and the row's "Note" says why.
Text cells are made safe as in :mod:`qcode.export.xlsx`: never a formula, no
characters XML cannot hold, never longer than Excel allows.  The workbook is
written beside the target and moved into place only when complete.

**Pseudonymised** (``pseudonymiser=``), every text has the identifiers of the
pseudonym table replaced: document names, code paths, coders, notes.  The
texts of unmatched codings are cut again out of the pseudonymised document
texts, as :mod:`qcode.export.pseudonymised` does for coded segments, so that a
coding that begins inside "Zhang Wei" shows "Respondent 3", never "ng Wei";
their start and end are then positions in those texts.  The written file is
searched for identifiers (:mod:`qcode.export.leak_check`) before it is moved into
place, and refused if one is left.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcode.errors import QcodeError
from qcode.export.xlsx import EXCEL_TEXT_LIMIT, looks_like_formula

if TYPE_CHECKING:
    from qcode.analysis.agreement import AgreementReport, Figures, Unmatched
    from qcode.core.project import Project
    from qcode.core.pseudonymise import Pseudonymiser, Rewritten

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LABELS = {
    "percent_agreement": "% agreement",
    "kappa": "kappa",
    "alpha": "alpha",
    "specific_agreement": "specific agreement",
}


def check_workbook_path(path: Path) -> None:
    """Refuse a name that is no .xlsx or a folder that does not exist."""
    if path.suffix.lower() != ".xlsx":
        raise QcodeError(f"{path.name}: an Excel workbook's name must end in .xlsx")
    if not path.parent.is_dir():
        raise QcodeError(f"{path.name}: folder {path.parent} does not exist")


PSEUDONYMISED_NOTE = (
    "yes: every identifier in the project's pseudonym table is replaced by its pseudonym; "
    "unmatched codings' start and end are positions in the pseudonymised texts"
)


def write_agreement_workbook(
    report: AgreementReport,
    path: Path,
    *,
    pseudonymiser: Pseudonymiser | None = None,
    project: Project | None = None,
) -> None:
    """Write ``report`` to ``path`` (.xlsx).

    With ``pseudonymiser`` the workbook is pseudonymised (see the module);
    the report's ``project`` is then needed for the texts of unmatched
    codings.  Raises :class:`QcodeError` when an identifier would be left in
    the file, or when a document changed since the report was computed."""
    from openpyxl import Workbook

    path = Path(path)
    check_workbook_path(path)
    # (start, end, text) of each unmatched coding, found before any sheet is begun
    spans = [(u.start, u.end, u.text) for u in report.unmatched]
    if pseudonymiser is not None and report.unmatched:
        if project is None:
            raise ValueError("a pseudonymised agreement workbook needs the project")
        recut = _Recut(project, pseudonymiser, path.name)
        spans = [recut.span(u) for u in report.unmatched]
    workbook = Workbook(write_only=True)
    book = _Book(workbook, pseudonymiser)
    segment = report.unit == "segment"
    if segment:
        counts = ["Codings", "Matched", "Unmatched"]
    else:
        counts = [f"Units ({report.unit}s)", "Coded by all", "Coded by some", "Coded by none"]
    figures = ["% agreement", "Kappa", "Alpha", "Specific agreement", "Note"]
    widths = [14] * (len(counts) + 4) + [60]
    sheet = book.sheet("Agreement", ["Code", *counts, *figures], [44, *widths])
    sheet.append(["(overall)", *book.figures(report.overall, segment)])
    for row in report.codes:
        sheet.append([row.code, *book.figures(row.figures, segment)])
    book.close(sheet)
    sheet = book.sheet("By document", ["Document", *counts, *figures], [36, *widths])
    for document in report.by_document:
        sheet.append([document.document, *book.figures(document.figures, segment)])
    book.close(sheet)
    if segment:
        headers = ["Coder", "Document", "Code", "Start", "End", "Best overlap", "Text"]
        sheet = book.sheet("Unmatched", headers, [20, 30, 40, 9, 9, 13, 80])
        for u, (start, end, text) in zip(report.unmatched, spans, strict=True):
            overlap = book.number(u.best_overlap, "0.000")
            sheet.append([u.coder, u.document, u.code, start, end, overlap, text], done=(6,))
        book.close(sheet)
    sheet = book.sheet("Settings", ["Item", "Value"], [30, 100])
    settings: list[tuple[str, Any]] = [
        ("Unit", report.unit),
        ("Coders", ", ".join(report.coders)),
        ("Documents", ", ".join(report.documents)),
        ("Excluded documents", ", ".join(report.excluded_documents)),
    ]
    if segment:
        settings.append(("Least overlap to agree (intersection over union)", report.threshold))
    if len(report.coders) > 2:
        settings.append(
            (
                "More than two coders",
                "% agreement, kappa and specific agreement are means "
                "over every pair of coders; alpha takes all coders jointly",
            )
        )
    if pseudonymiser is not None:
        settings.append(("Pseudonymised", PSEUDONYMISED_NOTE))
    for item, value in settings:
        sheet.append([item, value])
    book.close(sheet)
    _save(workbook, path, pseudonymiser)


class _Recut:
    """Unmatched codings' texts cut again out of the pseudonymised texts."""

    def __init__(self, project: Project, pseudonymiser: Pseudonymiser, shown: str) -> None:
        self.project = project
        self.pseudonymiser = pseudonymiser
        self.shown = shown
        self._texts: dict[str, tuple[str, Rewritten]] = {}

    def span(self, unmatched: Unmatched) -> tuple[int, int, str]:
        """``(start, end, text)`` of ``unmatched`` in its pseudonymised document."""
        name = unmatched.document
        if name not in self._texts:
            try:
                text = self.project.text(self.project.document(name))
            except QcodeError:
                text = ""
            self._texts[name] = (text, self.pseudonymiser.rewrite(text))
        text, rewritten = self._texts[name]
        if text[unmatched.start : unmatched.end] != unmatched.text:
            raise QcodeError(
                f"{self.shown}: a document changed since the agreement was computed; "
                "compute it again, then export"
            )
        start, end = rewritten.offsets.span(unmatched.start, unmatched.end)
        return start, end, rewritten.text[start:end]


class _Book:
    """Cells made safe and styled for one write-only workbook."""

    def __init__(self, workbook: Any, pseudonymiser: Pseudonymiser | None = None) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        self.workbook = workbook
        self.pseudonymiser = pseudonymiser
        self._cell = WriteOnlyCell
        self._bold = Font(bold=True)
        self._sheet: Any = None

    def sheet(self, title: str, headers: Sequence[str], widths: Sequence[float]) -> Any:
        from openpyxl.utils import get_column_letter

        ws = self.workbook.create_sheet(title)
        ws.freeze_panes = "A2"
        for number, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(number)].width = width
        cells = []
        for header in headers:
            cell = self._cell(ws, header)
            cell.data_type = "s"
            cell.font = self._bold
            cells.append(cell)
        ws.append(cells)
        self._sheet = ws
        return _Rows(self, ws, len(headers))

    def close(self, rows: _Rows) -> None:
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.filters import AutoFilter

        last = get_column_letter(rows.columns)
        rows.ws.auto_filter = AutoFilter(ref=f"A1:{last}{rows.count}")

    def text(self, value: str, replace: bool = True) -> Any:
        """A safe cell for ``value``; with a pseudonymiser, identifiers
        replaced (``replace`` False: the text is pseudonymised already)."""
        if replace and self.pseudonymiser is not None:
            value = self.pseudonymiser.replace(value)
        value = _NOT_XML.sub("\ufffd", value)
        utf16 = value.encode("utf-16-le", "surrogatepass")
        if len(utf16) > 2 * EXCEL_TEXT_LIMIT:
            # Cut at a code-unit boundary; "ignore" drops half a surrogate pair.
            value = utf16[: 2 * (EXCEL_TEXT_LIMIT - 1)].decode("utf-16-le", "ignore") + "…"
        if not (looks_like_formula(value) or value.startswith("#")):
            return value
        cell = self._cell(self._sheet, value)
        cell.data_type = "s"  # text, whatever openpyxl would make of it
        return cell

    def number(self, value: float | None, number_format: str) -> Any:
        if value is None:
            return None
        cell = self._cell(self._sheet, value)
        cell.number_format = number_format
        return cell

    def figures(self, figures: Figures, segment: bool) -> list[Any]:
        counts: list[Any] = [figures.units, figures.both, figures.some]
        if not segment:
            counts.append(figures.neither)
        note = "; ".join(
            f"{_LABELS.get(name, name)}: {reason}" for name, reason in figures.reasons.items()
        )
        return [
            *counts,
            self.number(figures.percent_agreement, "0.0"),
            self.number(figures.kappa, "0.000"),
            self.number(figures.alpha, "0.000"),
            self.number(figures.specific_agreement, "0.000"),
            note,
        ]


class _Rows:
    def __init__(self, book: _Book, ws: Any, columns: int) -> None:
        self.book, self.ws, self.columns, self.count = book, ws, columns, 1

    def append(self, values: Sequence[Any], done: Sequence[int] = ()) -> None:
        """Add a row; the columns in ``done`` hold text pseudonymised already."""
        text = self.book.text
        self.ws.append(
            [text(v, i not in done) if isinstance(v, str) else v for i, v in enumerate(values)]
        )
        self.count += 1


def _save(workbook: Any, path: Path, pseudonymiser: Pseudonymiser | None) -> None:
    handle, temporary = tempfile.mkstemp(prefix=".qcode-", suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        workbook.save(temporary)
        if pseudonymiser is not None:
            from qcode.export.leak_check import check_written

            check_written(Path(temporary), pseudonymiser, path.name)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
