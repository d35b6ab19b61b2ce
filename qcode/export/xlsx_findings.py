"""The workbook's sheets of findings: speakers, cases, the case × code
matrix, the framework matrix with its quotes, corroboration, and one sheet
per saved query (see :mod:`qcode.export.xlsx`, which writes them).

Every text goes through the workbook's pseudonymiser when there is one;
passages cut out of documents (quotes, query results) are cut again out of
the pseudonymised texts (:class:`qcode.export.pseudonymised.Recut`), so no
cut leaves part of a name, and their start and end are positions in those
texts.  Passages the consent register blocks are left out
(:mod:`qcode.export.consent`).
"""

from __future__ import annotations

from typing import Any, Protocol

from qcode.analysis.filters import Filters
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.export.pseudonymised import Recut
from qcode.export.workbook import Workbook

MAX_QUERY_SHEETS = 20
_MAX_COLUMNS = 16_000  # Excel has 16,384 columns


class Notes(Protocol):
    """What the sheets tell the Summary sheet."""

    notes: list[tuple[str, Any]]


class _Cutter:
    """A passage's (start, end, text): as stored, or cut again out of the
    pseudonymised text."""

    def __init__(self, project: Project, book: Workbook) -> None:
        self.project = project
        self.recut = None if book.pseudonymiser is None else Recut(project, book.pseudonymiser)

    def __call__(self, document_id: int, start: int, end: int, text: str) -> tuple[int, int, str]:
        if self.recut is None:
            return start, end, text
        return self.recut.span(document_id, start, end)


def speakers(book: Workbook, project: Project, filters: Filters, summary: Notes) -> None:
    headers = ["Speaker", "Role", "Description", "Documents", "Turns", "Characters", "Codings"]
    sheet = book.sheet("Speakers", headers, [24, 16, 50, 11, 9, 12, 10])
    for s in project.speakers():
        sheet.append([s.name, s.role, s.description, s.documents, s.turns, s.characters, s.codings])
    sheet.close()
    summary.notes.append(("Speakers", "the whole project's speakers; codings start in their turns"))


def cases(book: Workbook, project: Project, filters: Filters, summary: Notes) -> None:
    found = project.cases()
    names = sorted({name for case in found for name in case.attributes}, key=str.casefold)
    names = names[: _MAX_COLUMNS - 5]
    headers = ["Case", "Type", "Description", "Members", "Members listed", *names]
    sheet = book.sheet("Cases", headers, [28, 16, 40, 10, 60] + [16] * len(names))
    documents = {document.id: document.name for document in project.documents()}
    members: dict[int, list[str]] = {}
    coding_ids = [m.member.coding_id for m in project.case_members() if m.member.coding_id]
    uuids = _coding_uuids(project, coding_ids)
    for item in project.case_members():
        member = item.member
        if member.coding_id is not None:
            shown = f"coding {uuids.get(member.coding_id, '?')}"
        elif member.speaker is not None:
            where = (
                "everywhere"
                if member.document_id is None
                else documents.get(member.document_id, "?")
            )
            shown = f"speaker {member.speaker} ({where})"
        else:
            shown = f"document {documents.get(member.document_id or 0, '?')}"
        members.setdefault(item.case_id, []).append(shown)
    for case in found:
        values = [case.attributes.get(name) for name in names]
        listed = "; ".join(members.get(case.id, []))
        sheet.append([case.name, case.type, case.description, case.members, listed, *values])
    sheet.close()


def case_matrix(book: Workbook, project: Project, filters: Filters, summary: Notes) -> None:
    from qcode.analysis.cases import case_code_matrix

    matrix = case_code_matrix(project, filters)
    columns = matrix.paths[:_MAX_COLUMNS]
    headers = ["Case (own codings of each code)", *columns, "Total"]
    sheet = book.sheet("Cases × codes", headers, [32] + [12] * (len(columns) + 1))
    for case, counts in zip(matrix.cases, matrix.counts, strict=True):
        sheet.append([case.name, *counts[: len(columns)], sum(counts)])
    sheet.close()


def framework(book: Workbook, project: Project, filters: Filters, summary: Notes) -> None:
    from qcode.analysis.framework import codings_by_id, framework_grid

    scope = filters.resolve(project)
    grid = framework_grid(project, codes=scope.codes())
    filled = grid.filled()
    used = sorted({j for _i, j, _cell in filled})[:_MAX_COLUMNS]
    column = {j: k for k, j in enumerate(used)}
    headers = ["Case", *(grid.paths[j] for j in used)]
    sheet = book.sheet("Framework", headers, [28] + [50] * len(used))
    by_case: dict[int, list[str]] = {}
    for i, j, cell in filled:
        if j in column:
            by_case.setdefault(i, [""] * len(used))[column[j]] = cell.summary
    for i, case in enumerate(grid.cases):
        sheet.append([case.name, *by_case.get(i, [""] * len(used))])
    sheet.close()
    headers = ["Case", "Code", "Quote", "Document", "Start", "End", "Citation", "Coder"]
    sheet = book.sheet(
        "Framework quotes", [*headers, "Coding ID"], [24, 32, 70, 28, 9, 9, 36, 16, 38]
    )
    cut = _Cutter(project, book)
    coders = {coder.id: coder.name for coder in project.coders()}
    for i, j, cell in filled:
        for segment in project.segments(codings_by_id(project, cell.quotes)):
            coding = segment.coding
            if _left_out(book, coding.document_id, coding.start, coding.end):
                continue
            start, end, text = cut(coding.document_id, coding.start, coding.end, segment.text)
            citation = f"{_replaced(book, segment.document)}, characters {start}–{end}"
            row = [grid.cases[i].name, grid.paths[j], text, segment.document, start, end]
            row += [citation, coders.get(coding.coder_id, "?"), coding.uuid]
            sheet.append(row, done=(2, 6))
    sheet.close()


def corroboration(book: Workbook, project: Project, filters: Filters, summary: Notes) -> None:
    from qcode.analysis import corroboration as evidence

    scope = filters.resolve(project)
    figures = evidence.corroboration(
        project, scope.codes(), filters, with_subcodes=False, with_quotes=False
    )
    by_code = {row.code_id: row for row in figures}
    headers = ["Allegation (code)", "Sources", "First-hand sources", "Contradicting links"]
    headers += ["Document", "Start", "End", "Quote", "Coder", "Grade", "First-hand"]
    headers += ["Quote's sources", "Contradicted by (links)", "Coding ID"]
    widths = [36, 9, 10, 11, 28, 9, 9, 70, 16, 20, 9, 40, 40, 38]
    sheet = book.sheet("Corroboration", headers, widths)
    cut = _Cutter(project, book)
    link_uuids = {link.id: link.uuid for link in project.links()}
    for number, (code_id, quote) in enumerate(evidence.corroboration_quotes(project, filters), 1):
        row = by_code.get(code_id)
        if row is None or _left_out(book, quote.document_id, quote.start, quote.end):
            continue
        start, end, text = cut(quote.document_id, quote.start, quote.end, quote.text)
        sheet.append(
            [
                row.code_path,
                len(row.sources),
                row.first_hand,
                len(row.contradicted_by),
                quote.document,
                start,
                end,
                text,
                quote.coder,
                quote.grade or "",
                "yes" if quote.first_hand else "",
                "; ".join(quote.sources),
                ", ".join(link_uuids.get(link, "?") for link in quote.contradicted_by),
                quote.coding_uuid,
            ],
            done=(7,),
        )
        if number % 1000 == 0:
            book.advance(1000)
    sheet.close()
    summary.notes.append(
        (
            "Corroboration",
            "each code's own codings, by document: sources are the cases a coding belongs to "
            "(a coding of no case: its document); first-hand sources have a coding graded "
            "first-hand; contradicting links are of the type 'contradicts'. For a code with its "
            "sub-codes: qcode corroboration --codes CODE",
        )
    )


def queries(book: Workbook, project: Project, filters: Filters, summary: Notes) -> None:
    from qcode.analysis.queries.saved import run_saved

    saved = project.saved_queries()
    if not saved:
        return
    in_scope = set(filters.resolve(project).document_ids)
    cut = _Cutter(project, book)
    for query in saved[:MAX_QUERY_SHEETS]:
        # Not "Query: NAME": a sheet's name cannot hold a colon.
        title = f"Query – {query.name}"
        sheet = book.sheet(title, ["Document", "Start", "End", "Text"], [28, 9, 9, 80])
        try:
            hits = run_saved(project, query)
        except QcodeError as error:
            sheet.append([f"this query cannot run now: {error}", None, None, query.expression])
            sheet.close()
            continue
        for hit in hits:
            if hit.document_id in in_scope and not _left_out(
                book, hit.document_id, hit.start, hit.end
            ):
                start, end, text = cut(hit.document_id, hit.start, hit.end, hit.text)
                sheet.append([hit.document, start, end, text], done=(3,))
        sheet.close()
    shown = min(len(saved), MAX_QUERY_SHEETS)
    note = f"{len(saved)} saved; a sheet each for {shown}"
    if len(saved) > MAX_QUERY_SHEETS:
        note += f" (the first {MAX_QUERY_SHEETS} by name; qcode query --run NAME runs any)"
    summary.notes.append(("Saved queries", note))


def _left_out(book: Workbook, document_id: int, start: int, end: int) -> bool:
    """Whether the consent register keeps this passage out of the workbook."""
    return book.consent is not None and book.consent.blocks(document_id, start, end)


def _replaced(book: Workbook, text: str) -> str:
    return text if book.pseudonymiser is None else book.pseudonymiser.replace(text)


def _coding_uuids(project: Project, ids: list[int]) -> dict[int, str]:
    from qcode.analysis.framework import codings_by_id

    return {coding.id: coding.uuid for coding in codings_by_id(project, ids)}
