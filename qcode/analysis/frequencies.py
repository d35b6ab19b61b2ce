"""Code frequencies: how much of the material each code covers.

For every code, two sets of figures, always labelled:

* **own**: the code's own codings;
* **with sub-codes**: the code's codings together with those of all its
  sub-codes, at any depth (for a code without sub-codes, the same as own).

Each set counts

* ``segments``: codings;
* ``documents``: documents with at least one of them;
* ``characters``: distinct characters covered, so where codings overlap
  (two coders, or a code and its sub-code) the overlap counts once;
* ``words``: words in those distinct characters (the rule of
  :mod:`qcode.analysis.words`: runs of letters and digits, each Chinese or
  Japanese character one word);
* ``coders``: distinct coders who made them.

Breakdowns give the same figures per code *and* document, coder, value of
one document attribute, case, or value of one case attribute
(:func:`frequency_breakdown`).  By case, a coding counts for each case it
belongs to (see :meth:`~qcode.core.project.Project.case_codings`), and
codings of no case are grouped as ``"(no case)"``.

How: the codings in scope are read in one query (with a speaker filter or
by case, document by document) and swept with numpy in
:mod:`qcode.analysis.frequency_sweep`, so no step loops over codings or
characters in Python.  For 200,000 codings over 1,000 documents of 50,000
characters, ``qcode bench`` reports the time (its target: half a second).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import asdict, dataclass
from itertools import chain
from typing import Any, Literal

from qcode.analysis.filters import Filters, Scope, attribute_text
from qcode.analysis.frequency_sweep import OWN, ROLLED, CodingTable, sweep
from qcode.core.project import Project
from qcode.core.reader import CodingReader, Span
from qcode.core.surveys import RESPONDENT
from qcode.messages import Message
from qcode.model import Code

BREAKDOWNS = ("document", "coder", "attribute", "case", "case-attribute")
Breakdown = Literal["document", "coder", "attribute", "case", "case-attribute"]
NOT_SET = "(not set)"  # the group of documents (or cases) without the attribute
NO_CASE = "(no case)"  # the group of codings that belong to no case


@dataclass(frozen=True)
class Counts:
    """Figures for one code (own, or with sub-codes) in one group."""

    segments: int = 0
    documents: int = 0
    characters: int = 0
    words: int = 0
    coders: int = 0

    def as_json(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class CodeFrequency:
    """One code's figures, in codebook order (``depth`` 0 is a top-level code)."""

    code: Code
    path: str
    depth: int
    own: Counts
    with_subcodes: Counts

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.path,
            "own": self.own.as_json(),
            "with_subcodes": self.with_subcodes.as_json(),
        }


@dataclass(frozen=True)
class BreakdownRow:
    """One code's figures within one group (a document, coder or attribute value)."""

    code: Code
    path: str
    depth: int
    group: str
    own: Counts
    with_subcodes: Counts

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.path,
            "group": self.group,
            "own": self.own.as_json(),
            "with_subcodes": self.with_subcodes.as_json(),
        }


def code_frequencies(project: Project, filters: Filters | None = None) -> list[CodeFrequency]:
    """Every code in scope, in codebook order, with own and rolled-up figures
    (codes never used show zeros)."""
    # Ids are enough: 100,000 survey answers need not be listed with their attributes.
    scope = (filters or Filters()).resolve(project, list_documents=False)
    tallies = _sweep(project, scope, _whole_project)
    rows = []
    for code in scope.codes():
        own, rolled = _pair(tallies, code.id, None)
        rows.append(
            CodeFrequency(
                code, scope.codebook.path(code.id), scope.codebook.depth(code.id), own, rolled
            )
        )
    return rows


def frequency_breakdown(
    project: Project,
    by: Breakdown,
    filters: Filters | None = None,
    *,
    attribute: str | None = None,
) -> list[BreakdownRow]:
    """Code figures per document, per coder, per value of the document
    attribute ``attribute``, per case, or per value of the case attribute
    ``attribute`` ("case-attribute").

    Only the (code, group) pairs with at least one coding are listed, by
    code in codebook order, then by group (documents in display order,
    coders, cases and values alphabetically; documents or cases without the
    attribute are grouped as ``"(not set)"``, and codings of no case as
    ``"(no case)"``, last).
    """
    scope = (filters or Filters()).resolve(project)
    # Each group's (sort key, label).
    labels: dict[Hashable, tuple[Any, str]]
    if by == "document":
        labels = {d.id: ((i,), d.name) for i, d in enumerate(scope.documents)}
        tallies = _sweep(project, scope, lambda document_id: document_id)
    elif by == "coder":
        labels = {c.id: ((c.name.casefold(), c.id), c.name) for c in project.coders()}
        tallies = _sweep(project, scope, None)
    elif by == "attribute":
        if not attribute:
            raise ValueError(Message("a breakdown by attribute needs the attribute's name"))
        tallies = _sweep(project, scope, _attribute_value(project, attribute))
        values = {str(group) for _code, group, _kind in tallies}
        labels = {value: ((value == NOT_SET, value.casefold()), value) for value in values}
    elif by == "case":
        cases = project.cases()
        of_coding = project.coding_cases()
        alone = (NO_CASE,)
        tallies = _sweep(project, scope, None, lambda coding_id: of_coding.get(coding_id, alone))
        labels = {case.id: ((0, i), case.name) for i, case in enumerate(cases)}
        labels[NO_CASE] = ((1, 0), NO_CASE)
    elif by == "case-attribute":
        if not attribute:
            raise ValueError(Message("a breakdown by case attribute needs the attribute's name"))
        tallies = _sweep(project, scope, None, case_values_of_codings(project, attribute))
        values = {str(group) for _code, group, _kind in tallies}
        labels = {
            value: ((value == NO_CASE, value == NOT_SET, value.casefold()), value)
            for value in values
        }
    else:
        raise ValueError(
            Message(
                "unknown breakdown '{by}' (one of {breakdowns})",
                by=by,
                breakdowns=", ".join(BREAKDOWNS),
            )
        )
    groups_by_code: dict[int, set[Hashable]] = {}
    for code_id, group, _kind in tallies:
        groups_by_code.setdefault(code_id, set()).add(group)
    rows = []
    for code in scope.codes():
        path, depth = scope.codebook.path(code.id), scope.codebook.depth(code.id)
        groups = groups_by_code.get(code.id, set())
        for group in sorted(groups, key=lambda group: labels.get(group, ((), "?"))[0]):
            own, rolled = _pair(tallies, code.id, group)
            label = labels.get(group, ((), "?"))[1]
            rows.append(BreakdownRow(code, path, depth, label, own, rolled))
    return rows


def case_values_of_codings(project: Project, attribute: str) -> Callable[[int], tuple[str, ...]]:
    """Coding id → the distinct values of ``attribute`` among its cases
    (``"(not set)"`` for a case without it; ``"(no case)"`` for a coding of
    no case), in text order."""
    values: dict[int, str] = {}
    for case in project.cases():
        value = case.attributes.get(attribute)
        values[case.id] = NOT_SET if value is None else attribute_text(value)
    of_coding = project.coding_cases()
    by_cases: dict[tuple[int, ...], tuple[str, ...]] = {}
    alone = (NO_CASE,)

    def groups(coding_id: int) -> tuple[str, ...]:
        case_ids = of_coding.get(coding_id)
        if case_ids is None:
            return alone
        found = by_cases.get(case_ids)
        if found is None:
            found = by_cases[case_ids] = tuple(sorted({values[i] for i in case_ids}))
        return found

    return groups


def _whole_project(_document_id: int) -> Hashable:
    return None


def _attribute_value(project: Project, name: str) -> Callable[[int], Hashable]:
    """A document's value of ``name`` as text (a survey's answer: its
    respondent's, see :mod:`qcode.analysis.filters`)."""
    held = project.reader.attribute_values(name, RESPONDENT)

    def value_of(document_id: int) -> Hashable:
        value = held.get(document_id)
        return NOT_SET if value is None else attribute_text(value)

    return value_of


# -- the sweep ----------------------------------------------------------------------

_Key = tuple[int, Hashable, int]  # (code, group, own or rolled)


def _pair(tallies: dict[_Key, Counts], code_id: int, group: Hashable) -> tuple[Counts, Counts]:
    own = tallies.get((code_id, group, OWN))
    rolled = tallies.get((code_id, group, ROLLED), own)
    return own or Counts(), rolled or Counts()


def _sweep(
    project: Project,
    scope: Scope,
    group_of: Callable[[int], Hashable] | None,
    coding_groups: Callable[[int], Sequence[Hashable]] | None = None,
) -> dict[_Key, Counts]:
    """Figures for every (code, group) with codings in scope; the groups are
    ``coding_groups(coding id)`` when given, else ``group_of(document)``, or
    the coder when ``group_of`` is None.

    A code without sub-codes has no rolled-up figures of its own: its own
    serve for both (see :func:`_pair`).
    """
    reader = project.reader.coding_sweep(scope.code_ids, scope.coder_ids, scope.origins)
    if coding_groups is None and scope.speakers is None:
        everything = scope.all_documents
        table, groups = _table_at_once(None if everything else scope.document_ids, reader, group_of)
    else:
        table, groups = _table_by_document(project, scope, reader, group_of, coding_groups)
    figures = sweep(project, scope.codebook, scope.includes_code, table)
    return {
        (code, groups[group], kind): Counts(*found)
        for (code, group, kind), found in figures.items()
    }


def _table_at_once(
    document_ids: list[int] | None,
    reader: CodingReader,
    group_of: Callable[[int], Hashable] | None,
) -> tuple[CodingTable, list[Hashable]]:
    """The codings of these documents (``None``: of all), read in one query,
    each in the group of its document (or of its coder when ``group_of`` is
    None), and the groups."""
    import numpy as np

    # Each row is gone once read: 200,000 tuples at once would be 40 MB.
    columns = np.fromiter(chain.from_iterable(reader.spans_in(document_ids)), dtype=np.int64)
    documents, codes, starts, ends, coders = columns.reshape(-1, 5).T
    count = len(documents)
    groups: list[Hashable]
    if group_of is None:
        coder_ids, of_codings = np.unique(coders, return_inverse=True)
        groups = list(coder_ids.tolist())
    elif group_of is _whole_project:
        groups, of_codings = [None], np.zeros(count, dtype=np.int64)
    else:
        # The rows come by document: each document's group is looked up once.
        first = np.ones(count, dtype=bool)
        first[1:] = documents[1:] != documents[:-1]
        index: dict[Hashable, int] = {}
        of_documents = [
            index.setdefault(group_of(i), len(index)) for i in documents[first].tolist()
        ]
        of_codings = np.asarray(of_documents, dtype=np.int64)[np.cumsum(first) - 1]
        groups = list(index)
    return CodingTable(documents, codes, starts, ends, coders, of_codings), groups


def _table_by_document(
    project: Project,
    scope: Scope,
    reader: CodingReader,
    group_of: Callable[[int], Hashable] | None,
    coding_groups: Callable[[int], Sequence[Hashable]] | None,
) -> tuple[CodingTable, list[Hashable]]:
    """The codings of the documents in scope that pass the speaker filter,
    one document after another, each in each of its groups, and the groups."""
    index: dict[Hashable, int] = {}
    documents: list[int] = []
    codes: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    coders: list[int] = []
    groups: list[int] = []
    for document in scope.documents:
        kept = scope.kept_text(project, document)
        if kept is not None and kept.empty:
            continue
        parts: dict[Hashable, list[Span]] = {}
        if coding_groups is None:
            for span in reader.spans(document.id):
                if kept is None or kept.holds(span[1]):
                    group = span[3] if group_of is None else group_of(document.id)
                    parts.setdefault(group, []).append(span)
        else:
            for coding_id, _uuid, code_id, start, end, coder_id, _at in reader.rows(document.id):
                if kept is None or kept.holds(start):
                    for group in coding_groups(coding_id):
                        parts.setdefault(group, []).append((code_id, start, end, coder_id))
        for group, spans in parts.items():
            number = index.setdefault(group, len(index))
            for code_id, start, end, coder_id in spans:
                documents.append(document.id)
                codes.append(code_id)
                starts.append(start)
                ends.append(end)
                coders.append(coder_id)
                groups.append(number)
    return CodingTable.of(documents, codes, starts, ends, coders, groups), list(index)
