"""Corroboration: for each allegation (a code), how many independent sources
support it, how many of them first-hand, what contradicts it, and the quotes.

* A **source** is a case (an informant, an incident...) that a coding of the
  code belongs to (see :meth:`~qcode.core.project.Project.case_codings`); a
  coding that belongs to no case is its own document's source, named
  ``"document: NAME"``.  A coding of two cases is evidence from both.
  Sources are distinct: five codings from one informant are one source.
* **First-hand**: the sources with at least one coding of the code that
  carries a grade marked first-hand (see
  :meth:`~qcode.core.project.Project.grades`).
* **Contradicted by**: the links of the built-in type ``contradicts`` from or
  to any of those codings.
* **Quotes**: every coding of the code, by document (display order) then
  start, with its text, coder, grade and sources.

With ``with_subcodes`` (the default) an allegation's codings include those
of its sub-codes.  The filters choose the codings first (documents,
attributes, codes, coders, speakers; see :mod:`qcode.analysis.filters`).

How: the project's codings in scope are read once, document by document;
each becomes one quote, shared by every allegation it counts for.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from qcode.analysis.cases import cases_of_codings, codings_in_scope, paused_gc
from qcode.analysis.filters import Filters, Scope
from qcode.core.project import Project
from qcode.core.reader import PlacedCoding
from qcode.model import Case, Code, Document

CONTRADICTS = "contradicts"


class CorroborationQuote(NamedTuple):
    """One coding of an allegation, with where it comes from.

    A named tuple: a table over a whole project holds one quote per coding;
    a tuple holds no dict (which would cost a third again of what the
    quotes' text does) and is made in one step, a third of the time a
    frozen dataclass's fields take to set one by one."""

    coding_id: int
    coding_uuid: str
    document: str
    document_uuid: str
    start: int
    end: int
    text: str
    coder: str
    grade: str | None
    sources: tuple[str, ...]
    first_hand: bool = False  # its grade is a first-hand one
    contradicted_by: tuple[int, ...] = ()  # ids of the 'contradicts' links touching it
    document_id: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.coding_uuid,
            "document": self.document,
            "document_id": self.document_uuid,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "coder": self.coder,
            "grade": self.grade,
            "first_hand": self.first_hand,
            "sources": list(self.sources),
        }


@dataclass(frozen=True)
class CorroborationRow:
    """One allegation: its distinct sources, the first-hand ones, the
    contradicting links and the quotes."""

    code_id: int
    code_path: str
    sources: tuple[str, ...]  # case names (by name), then "document: NAME" (display order)
    first_hand: int  # sources with at least one first-hand-graded coding
    contradicted_by: tuple[int, ...]  # ids of 'contradicts' links touching these codings
    quotes: tuple[CorroborationQuote, ...]
    contradicted_by_uuids: tuple[str, ...] = ()  # the same links' UUIDs

    def as_json(self) -> dict[str, Any]:
        """The row as JSON; ``contradicted_by`` lists the links' UUIDs."""
        return {
            "code": self.code_path,
            "sources": list(self.sources),
            "source_count": len(self.sources),
            "first_hand": self.first_hand,
            "contradicted_by": list(self.contradicted_by_uuids),
            "quotes": [quote.as_json() for quote in self.quotes],
        }


def corroboration(
    project: Project,
    codes: Sequence[Code],
    filters: Filters | None = None,
    *,
    with_subcodes: bool = True,
    with_quotes: bool = True,
) -> list[CorroborationRow]:
    """One row per code of ``codes``, in the order given (see the module).
    Without ``with_quotes`` the rows hold no quotes (and no text is read):
    the figures only."""
    scope = (filters or Filters()).resolve(project)
    with paused_gc():
        rows = _corroboration(project, scope, codes, with_subcodes, with_quotes)
        # The quotes (hundreds of thousands of objects, no cycles among them)
        # go straight to the oldest generation: the first collection after
        # the pause would otherwise walk every one of them, a third of a
        # second for the bench's 380,000 quotes.
        gc.freeze()
        gc.unfreeze()
        return rows


def _corroboration(
    project: Project, scope: Scope, codes: Sequence[Code], with_subcodes: bool, with_quotes: bool
) -> list[CorroborationRow]:
    rows_of = _rows_of_codes(scope, codes, with_subcodes)
    evidence = Evidence(project)
    quotes: list[list[CorroborationQuote]] = [[] for _ in codes]
    # Per code (its own codings): the source keys of its codings, of its
    # first-hand codings, its contradicting links, and the quote lists of the
    # rows it counts for; rolled up into rows at the end.
    state: dict[int, _CodeState] = {
        code_id: (set(), set(), set(), [quotes[index] for index in indexes])
        for code_id, indexes in rows_of.items()
    }
    sources_of, graded, first_grades = evidence.of_coding.get, evidence.graded.get, evidence.first
    contradicting, grade_names, coders = (
        evidence.contradicting.get,
        evidence.grade_names,
        evidence.coders,
    )
    # Quotes are made with tuple.__new__: NamedTuple's own __new__ is a
    # Python function, a call per quote that costs as much as the tuple.
    new, quote_class = tuple.__new__, CorroborationQuote
    for document, rows, own in evidence.documents(scope, list(rows_of), uuids=with_quotes):
        text = project.text(document) if with_quotes else ""
        name, document_uuid, document_id = document.name, document.uuid, document.id
        for coding_id, coding_uuid, code_id, start, end, coder_id in rows:
            keys, names = sources_of(coding_id, own)
            sources, first_hand, links, targets = state[code_id]
            sources.add(keys)
            grade_id = graded(coding_id)
            is_first = grade_id in first_grades
            if is_first:
                first_hand.add(keys)
            against = contradicting(coding_id, ())
            if against:
                links.update(against)
            if with_quotes:
                quote: CorroborationQuote = new(
                    quote_class,
                    (
                        coding_id,
                        coding_uuid,
                        name,
                        document_uuid,
                        start,
                        end,
                        text[start:end],
                        coders.get(coder_id, "?"),
                        None if grade_id is None else grade_names.get(grade_id),
                        names,
                        is_first,
                        against,
                        document_id,
                    ),
                )
                for target in targets:
                    target.append(quote)
    codes_of_row: list[list[int]] = [[] for _ in codes]
    for code_id, indexes in rows_of.items():
        for index in indexes:
            codes_of_row[index].append(code_id)
    result = []
    for index, code in enumerate(codes):
        own_codes = [state[c] for c in codes_of_row[index]]
        found = _union(key_set for sources, _f, _l, _t in own_codes for key_set in sources)
        first = _union(key_set for _s, first_hand, _l, _t in own_codes for key_set in first_hand)
        ordered = sorted(set().union(*(links for _s, _f, links, _t in own_codes)))
        result.append(
            CorroborationRow(
                code.id,
                scope.codebook.path(code.id),
                tuple(evidence.source_names[key] for key in sorted(found)),
                len(first),
                tuple(ordered),
                tuple(quotes[index]),
                tuple(evidence.link_uuids[link] for link in ordered),
            )
        )
    return result


def corroboration_quotes(
    project: Project, filters: Filters | None = None
) -> Iterator[tuple[int, CorroborationQuote]]:
    """(code id, quote) of every coding in scope, by document (display
    order) then start, with its text: what a workbook streams."""
    scope = (filters or Filters()).resolve(project)
    evidence = Evidence(project)
    for document, rows, own in evidence.documents(scope, None):
        text = project.text(document)
        for coding_id, coding_uuid, code_id, start, end, coder_id in rows:
            grade_id = evidence.graded.get(coding_id)
            quote = CorroborationQuote(
                coding_id,
                coding_uuid,
                document.name,
                document.uuid,
                start,
                end,
                text[start:end],
                evidence.coders.get(coder_id, "?"),
                None if grade_id is None else evidence.grade_names.get(grade_id),
                evidence.of_coding.get(coding_id, own)[1],
                grade_id in evidence.first,
                evidence.contradicting.get(coding_id, ()),
                document.id,
            )
            yield code_id, quote


# A source's place in the order: (0, case's place) or (1, document's place).
SourceKey = tuple[int, int]
# The keys of a coding's sources, and their names in that order.
Sources = tuple[frozenset[SourceKey], tuple[str, ...]]
_CodeState = tuple[
    set[frozenset[SourceKey]], set[frozenset[SourceKey]], set[int], list[list[CorroborationQuote]]
]


def _union(key_sets: Iterable[frozenset[SourceKey]]) -> set[SourceKey]:
    found: set[SourceKey] = set()
    for key_set in key_sets:
        found |= key_set
    return found


def _rows_of_codes(
    scope: Scope, codes: Sequence[Code], with_subcodes: bool
) -> dict[int, list[int]]:
    """Code id -> the rows (indexes into ``codes``) a coding of it counts for."""
    rows_of: dict[int, list[int]] = {}
    for index, code in enumerate(codes):
        covered = [code.id]
        if with_subcodes:
            covered += [child.id for child in scope.codebook.walk(code.id)]
        for code_id in covered:
            if scope.includes_code(code_id):
                rows_of.setdefault(code_id, []).append(index)
    return rows_of


class Evidence:
    """What the project says about where codings come from: their cases,
    grades, contradicting links and coders, read once."""

    def __init__(self, project: Project) -> None:
        self.project = project
        cases = project.cases()
        self.source_names: dict[SourceKey, str] = {
            (0, i): case.name for i, case in enumerate(cases)
        }
        self.of_coding = _sources_of_codings(project, cases)
        grades = project.grades()
        self.first = {grade.id for grade in grades if grade.first_hand}
        self.grade_names = {grade.id: grade.name for grade in grades}
        self.graded = project.coding_grades()
        self.contradicting = _contradicting_links(project)
        self.link_uuids = (
            {link.id: link.uuid for link in project.links()} if self.contradicting else {}
        )
        self.coders = {coder.id: coder.name for coder in project.coders()}

    def documents(
        self, scope: Scope, code_ids: Sequence[int] | None, *, uuids: bool = True
    ) -> Iterator[tuple[Document, list[PlacedCoding], Sources]]:
        """Each document with codings in scope (of these codes), its codings
        by start, and the source of those in no case: the document itself.
        Without ``uuids`` the codings' uuids are ``""`` (read in half the time)."""
        position = {document.id: i for i, document in enumerate(scope.documents)}
        for document, rows in codings_in_scope(self.project, scope, code_ids, uuids=uuids):
            key = (1, position[document.id])
            name = self.source_names[key] = f"document: {document.name}"
            yield document, rows, (frozenset((key,)), (name,))


def _sources_of_codings(project: Project, cases: Sequence[Case]) -> dict[int, Sources]:
    """Coding id -> the keys and names of its cases (codings of no case are
    absent), shared by the codings of the same cases."""

    def sources(indexes: tuple[int, ...]) -> Sources:
        return frozenset((0, i) for i in indexes), tuple(cases[i].name for i in indexes)

    return cases_of_codings(project, cases, sources)


def _contradicting_links(project: Project) -> dict[int, tuple[int, ...]]:
    """Coding id -> the ids of the 'contradicts' links from or to it."""
    found = [t for t in project.link_types() if t.builtin and t.name == CONTRADICTS]
    if not found:
        return {}
    touching: dict[int, list[int]] = {}
    for link in project.links(link_type=found[0]):
        for coding_id in (link.origin_coding_id, link.target_coding_id):
            touching.setdefault(coding_id, []).append(link.id)
    return {coding_id: tuple(sorted(set(ids))) for coding_id, ids in touching.items()}
