"""What refers to codings, codes, documents and cases, removed or re-pointed
inside the command that removes them.

Links, grades, framework quotes, case members, "text changed" flags and
provenance refer to codings; framework cells to codes and cases; case
members, originals, text versions and participants' links to documents;
participants to cases.  The project file checks every reference when an
edit commits, so a delete command that forgot one would fail; these helpers
are what each delete command calls, and because they write through the same
transaction, undo brings everything back together.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from qcode.core.commands import Transaction
from qcode.store import (
    cases,
    changed_codings,
    coding_provenance,
    framework,
    grades,
    links,
    media,
    memos,
    originals,
    participants,
    text_versions,
)


def forget_codings(tx: Transaction, coding_ids: Collection[int]) -> None:
    """Remove what refers to these codings (before they are deleted):
    links from or to them, their grades, the quotes of them, their case
    memberships, flags and provenance.  Their memos are the caller's (they
    are kept elsewhere in some edits)."""
    if not coding_ids:
        return
    links.delete(tx.changes, links.ids_touching_codings(tx.conn, coding_ids))
    grades.ungrade(tx.changes, grades.graded_of(tx.conn, coding_ids))
    quotes = framework.quotes(tx.conn, framework.quote_ids_of_codings(tx.conn, coding_ids))
    framework.delete_quotes(tx.changes, [quote.id for quote in quotes])
    # A cell is its summary or its quotes: one left with neither goes.
    touched = {quote.cell_id for quote in quotes}
    empty = [
        cell.id
        for cell in framework.cell_rows(tx.conn, touched)
        if not cell.summary and not framework.quotes_of(tx.conn, cell.id)
    ]
    framework.delete(tx.changes, empty)
    cases.delete_members(tx.changes, cases.member_ids_of_codings(tx.conn, coding_ids))
    changed_codings.clear(tx.changes, changed_codings.flagged_of(tx.conn, coding_ids))
    coding_provenance.forget(tx.changes, coding_provenance.recorded_of(tx.conn, coding_ids))


def forget_codes(tx: Transaction, code_ids: Collection[int]) -> None:
    """Remove the framework cells (with their quotes) on these codes."""
    delete_cells(tx, framework.cell_ids_of_codes(tx.conn, code_ids))


def forget_documents(tx: Transaction, document_ids: Collection[int]) -> None:
    """Remove the case memberships of these documents (as a document, or as
    the document a speaker member is bound to), their originals, their text
    versions, their participants' links to them and their recordings' links.  Their codings'
    references are :func:`forget_codings`'."""
    cases.delete_members(tx.changes, cases.member_ids_of_documents(tx.conn, document_ids))
    originals.delete(tx.changes, originals.ids_of_documents(tx.conn, list(document_ids)))
    text_versions.delete(tx.changes, text_versions.ids_of_documents(tx.conn, document_ids))
    participants.unlink(tx.changes, participants.link_ids_of_documents(tx.conn, document_ids))
    media.delete(tx.changes, media.ids_of_documents(tx.conn, document_ids))


def delete_cells(tx: Transaction, cell_ids: Collection[int]) -> None:
    """Delete framework cells with their quotes."""
    if not cell_ids:
        return
    framework.delete_quotes(tx.changes, framework.quote_ids_of_cells(tx.conn, cell_ids))
    framework.delete(tx.changes, list(cell_ids))


def delete_cases(tx: Transaction, case_ids: Collection[int]) -> None:
    """Delete cases with everything on them: members, attribute values,
    memos and framework cells; a participant who was one of them is no
    longer a case."""
    participants.uncase(tx.changes, participants.ids_of_cases(tx.conn, case_ids))
    cases.delete_members(tx.changes, cases.member_ids_of_cases(tx.conn, case_ids))
    cases.delete_values(tx.changes, cases.value_ids_of_cases(tx.conn, case_ids))
    memos.delete(tx.changes, memos.ids_on_cases(tx.conn, case_ids))
    delete_cells(tx, framework.cell_ids_of_cases(tx.conn, case_ids))
    cases.delete(tx.changes, list(case_ids))


def move_coding_references(tx: Transaction, survivors: Mapping[int, int]) -> None:
    """Codings about to be deleted as duplicates of others (coding →
    the one that stays): what refers to them moves to the survivor, unless
    the survivor already has the same (a link, a grade, a quote, a case),
    so nothing the researcher made is lost by merging two codes."""
    if not survivors:
        return
    duplicates = list(survivors)
    # The survivor's own "text changed" flag, if any, is the one that counts.
    changed_codings.clear(tx.changes, changed_codings.flagged_of(tx.conn, duplicates))
    # So is its own provenance: it stays as it was made.
    coding_provenance.forget(tx.changes, coding_provenance.recorded_of(tx.conn, duplicates))
    _move_links(tx, survivors)
    graded = grades.coding_grades(tx.conn, [*duplicates, *survivors.values()])
    for duplicate in duplicates:
        grade = graded.get(duplicate)
        if grade is None:
            continue
        grades.ungrade(tx.changes, [duplicate])
        survivor = survivors[duplicate]
        if survivor not in graded:
            grades.grade_codings(tx.changes, [(survivor, grade)])
            graded[survivor] = grade
    quoted = {(q.cell_id, q.coding_id) for q in framework.quote_rows(tx.conn)}
    for quote in framework.quotes(tx.conn, framework.quote_ids_of_codings(tx.conn, duplicates)):
        key = (quote.cell_id, survivors[quote.coding_id])
        if key in quoted:
            framework.delete_quotes(tx.changes, [quote.id])
        else:
            framework.move_quote(tx.changes, quote.id, coding_id=key[1])
            quoted.add(key)
    assigned = {(m.case_id, m.member.coding_id) for m in cases.members(tx.conn)}
    for member in cases.members(tx.conn):
        coding = member.member.coding_id
        if coding is None or coding not in survivors:
            continue
        key = (member.case_id, survivors[coding])
        if key in assigned:
            cases.delete_members(tx.changes, [member.id])
        else:
            cases.set_member_coding(tx.changes, member.id, key[1])
            assigned.add(key)


def _move_links(tx: Transaction, survivors: Mapping[int, int]) -> None:
    touching = links.links(tx.conn, ids=links.ids_touching_codings(tx.conn, list(survivors)))
    moving = {link.id for link in touching}
    involved = {*survivors.values()}
    for link in touching:
        involved.update((link.origin_coding_id, link.target_coding_id))
    existing = {
        (link.type_id, link.origin_coding_id, link.target_coding_id)
        for link in links.links(tx.conn, coding_ids=involved)
        if link.id not in moving
    }
    for link in touching:
        origin = survivors.get(link.origin_coding_id, link.origin_coding_id)
        target = survivors.get(link.target_coding_id, link.target_coding_id)
        key = (link.type_id, origin, target)
        if origin == target or key in existing:
            links.delete(tx.changes, [link.id])
            continue
        existing.add(key)
        links.update(
            tx.changes,
            link.id,
            origin_coding_id=origin if origin != link.origin_coding_id else None,
            target_coding_id=target if target != link.target_coding_id else None,
        )


def move_cells_to_code(tx: Transaction, source: int, target: int, separator: str) -> None:
    """The framework cells of code ``source`` become ``target``'s (merging
    codes).  Where a case has a cell on both, the source's summary is added
    to the target's after ``separator`` and its quotes join the target's."""
    target_cells = {
        cell.case_id: cell for cell in framework.cells(tx.conn) if cell.code_id == target
    }
    for cell in [c for c in framework.cells(tx.conn) if c.code_id == source]:
        mine = target_cells.get(cell.case_id)
        if mine is None:
            framework.update(tx.changes, cell.id, code_id=target)
            continue
        summary = mine.summary
        if cell.summary and cell.summary != mine.summary:
            summary = f"{mine.summary}{separator}{cell.summary}" if mine.summary else cell.summary
            framework.update(tx.changes, mine.id, summary=summary, modified_at=tx.now)
        for quote in framework.quotes_of(tx.conn, cell.id):
            if quote.coding_id in mine.quotes:
                framework.delete_quotes(tx.changes, [quote.id])
            else:
                framework.move_quote(tx.changes, quote.id, cell_id=mine.id)
        framework.delete(tx.changes, [cell.id])
