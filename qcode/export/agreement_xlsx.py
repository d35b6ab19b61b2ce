"""An agreement report (:mod:`qcode.analysis.agreement`) as an Excel workbook.

Sheets: "Agreement" (overall, then each code), "By document", "Unmatched"
(segment unit only) and "Settings" (unit, coders, documents).  Figures are
numbers; an undefined figure is an empty cell, and the row's "Note" says why.
Text cells are made safe by :class:`qcode.export.workbook.Workbook`: never a
formula, no characters XML cannot hold, never longer than Excel allows.  The
workbook is written beside the target and moved into place only when complete.

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

from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcode.errors import NotFoundError, QcodeError
from qcode.export.workbook import Sheet, Workbook, check_workbook_path
from qcode.messages import Message

if TYPE_CHECKING:
    from qcode.analysis.agreement.figures import Figures
    from qcode.analysis.agreement.report import AgreementReport, Unmatched
    from qcode.core.project import Project
    from qcode.core.pseudonymise import Pseudonymiser, Rewritten

_LABELS = {
    "percent_agreement": "% agreement",
    "kappa": "kappa",
    "alpha": "alpha",
    "specific_agreement": "specific agreement",
}


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
    path = Path(path)
    check_workbook_path(path)
    # (start, end, text) of each unmatched coding, found before any sheet is begun
    spans = [(u.start, u.end, u.text) for u in report.unmatched]
    if pseudonymiser is not None and report.unmatched:
        if project is None:
            raise ValueError(Message("a pseudonymised agreement workbook needs the project"))
        recut = _Recut(project, pseudonymiser, path.name)
        spans = [recut.span(u) for u in report.unmatched]
    book = Workbook(pseudonymiser)
    segment = report.unit == "segment"
    if segment:
        counts = ["Codings", "Matched", "Unmatched"]
    else:
        counts = [f"Units ({report.unit}s)", "Coded by all", "Coded by some", "Coded by none"]
    figures = ["% agreement", "Kappa", "Alpha", "Specific agreement", "Note"]
    widths = [14] * (len(counts) + 4) + [60]
    sheet = book.sheet("Agreement", ["Code", *counts, *figures], [44, *widths])
    sheet.append(["(overall)", *_figures(sheet, report.overall, segment)])
    for row in report.codes:
        sheet.append([row.code, *_figures(sheet, row.figures, segment)])
    sheet.close()
    sheet = book.sheet("By document", ["Document", *counts, *figures], [36, *widths])
    for document in report.by_document:
        sheet.append([document.document, *_figures(sheet, document.figures, segment)])
    sheet.close()
    if segment:
        headers = ["Coder", "Document", "Code", "Start", "End", "Best overlap", "Text"]
        sheet = book.sheet("Unmatched", headers, [20, 30, 40, 9, 9, 13, 80])
        for u, (start, end, text) in zip(report.unmatched, spans, strict=True):
            overlap = sheet.number(u.best_overlap, "0.000")
            sheet.append([u.coder, u.document, u.code, start, end, overlap, text], done=(6,))
        sheet.close()
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
    sheet.close()
    try:
        book.save(path)
    except BaseException:
        book.discard()
        raise


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
            except NotFoundError:
                text = ""
            self._texts[name] = (text, self.pseudonymiser.rewrite(text))
        text, rewritten = self._texts[name]
        if text[unmatched.start : unmatched.end] != unmatched.text:
            raise QcodeError(
                Message(
                    "{file}: a document changed since the agreement was computed; "
                    "compute it again, then export",
                    file=self.shown,
                )
            )
        start, end = rewritten.offsets.span(unmatched.start, unmatched.end)
        return start, end, rewritten.text[start:end]


def _figures(sheet: Sheet, figures: Figures, segment: bool) -> list[Any]:
    counts: list[Any] = [figures.units, figures.both, figures.some]
    if not segment:
        counts.append(figures.neither)
    note = "; ".join(
        f"{_LABELS.get(name, name)}: {reason}" for name, reason in figures.reasons.items()
    )
    return [
        *counts,
        sheet.number(figures.percent_agreement, "0.0"),
        sheet.number(figures.kappa, "0.000"),
        sheet.number(figures.alpha, "0.000"),
        sheet.number(figures.specific_agreement, "0.000"),
        note,
    ]
