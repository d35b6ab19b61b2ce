"""Cases against codes: how many codings of each code belong to each case
(the case × code matrix, with the codings behind every cell), and codes
against the values of one case attribute (a crosstab).

Which codings belong to a case is the project's rule
(:meth:`~qcode.core.project.Project.case_codings`): the codings that are
members, those in documents that are, and those starting inside turns of
speakers who are.  A coding may belong to several cases; it counts in
each.  The filters (documents, attributes, codes, coders, speakers) choose
the codings first (see :mod:`qcode.analysis.filters`).

How: each document in scope is read once, its codings by start; every
coding is looked up in the coding → cases map and added to its cells, so the
work grows with the codings, not with cases × codes.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from qcode.analysis.filters import Filters, Scope
from qcode.analysis.frequencies import NO_CASE, NOT_SET, case_values_of_codings
from qcode.analysis.matrices import Matrix
from qcode.core.project import Project
from qcode.core.reader import PlacedCoding
from qcode.model import Case, Code, Codebook, Document

T = TypeVar("T")


@dataclass(frozen=True)
class CaseMatrix:
    """Cases (rows, by name) × codes (columns): codings of each code (its own
    only, unless ``with_subcodes``) that belong to each case."""

    cases: list[Case]
    codes: list[Code]
    counts: list[list[int]]  # [case][code]
    paths: list[str] = field(default_factory=list)  # the codes' paths
    with_subcodes: bool = False
    # (case index, code index) -> the ids of the cell's codings, in text order
    cell_codings: dict[tuple[int, int], list[int]] = field(default_factory=dict, repr=False)
    project: Project | None = field(default=None, repr=False, compare=False)
    _uuids: dict[int, str] = field(default_factory=dict, repr=False, compare=False)

    def codings(self, case_index: int, code_index: int) -> list[int]:
        """The ids of the codings behind a cell, by document (display order)
        then start."""
        return list(self.cell_codings.get((case_index, code_index), ()))

    @property
    def coding_uuids(self) -> dict[int, str]:
        """Coding id -> UUID of every coding in a cell (read once, when first asked)."""
        if not self._uuids and self.project is not None and self.cell_codings:
            everything = {i for ids in self.cell_codings.values() for i in ids}
            self._uuids.update(uuids_of(self.project, everything))
        return self._uuids

    def as_json(self) -> dict[str, Any]:
        """Cases, codes, the counts, and each non-empty cell with the UUIDs
        of its codings (in text order)."""
        cells = []
        if self.project is not None and self.cell_codings:
            uuids = self.coding_uuids
            for i, j in sorted(self.cell_codings):
                ids = self.codings(i, j)
                cells.append(
                    {
                        "case": self.cases[i].name,
                        "code": self.paths[j],
                        "count": len(ids),
                        "codings": [uuids[coding_id] for coding_id in ids],
                    }
                )
        return {
            "cases": [{"name": case.name, "id": case.uuid} for case in self.cases],
            "codes": self.paths,
            "with_subcodes": self.with_subcodes,
            "counts": self.counts,
            "cells": cells,
        }


def case_code_matrix(
    project: Project,
    filters: Filters | None = None,
    *,
    codes: Sequence[Code] | None = None,
    with_subcodes: bool = False,
    cases: Sequence[Case] | None = None,
) -> CaseMatrix:
    """Codings per case (rows: ``cases``, default every case) and code
    (columns: ``codes``, default every code in scope, codebook order)."""
    scope = (filters or Filters()).resolve(project)
    cases = list(project.cases() if cases is None else cases)
    columns = list(scope.codes() if codes is None else codes)
    with paused_gc():
        return _case_code_matrix(project, scope, cases, columns, with_subcodes)


def _case_code_matrix(
    project: Project, scope: Scope, cases: list[Case], columns: list[Code], with_subcodes: bool
) -> CaseMatrix:
    columns_of = _columns_of_codes(scope.codebook, columns, with_subcodes)
    of_coding = case_indexes_of_codings(project, cases)
    width = len(columns)
    # cells[i * width + j]: the ids of the codings of case i and column j
    cells: list[list[int]] = [[] for _ in range(len(cases) * width)]
    read = [code_id for code_id in columns_of if scope.includes_code(code_id)]
    cases_of = of_coding.get
    for _document, rows in codings_in_scope(project, scope, read):
        for row in rows:
            indexes = cases_of(row[0])
            if indexes is not None:
                for i in indexes:
                    for j in columns_of[row[2]]:
                        cells[i * width + j].append(row[0])
    counts = [[len(cells[i * width + j]) for j in range(width)] for i in range(len(cases))]
    kept = {(k // width, k % width): ids for k, ids in enumerate(cells) if ids}
    paths = [scope.codebook.path(code.id) for code in columns]
    return CaseMatrix(cases, columns, counts, paths, with_subcodes, kept, project)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cycle collector paused while an analysis builds hundreds of
    thousands of small objects that hold no cycles: it would otherwise run
    again and again over all of them, for a quarter of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def coding_ids_in_scope(
    project: Project, scope: Scope, code_ids: Sequence[int]
) -> Iterator[tuple[int, int]]:
    """(code, id) of every coding of these codes that passes the filters,
    by document then start."""
    for _document, rows in codings_in_scope(project, scope, code_ids):
        for row in rows:
            yield row[2], row[0]


def uuids_of(project: Project, ids: Collection[int]) -> dict[int, str]:
    """The UUIDs of these codings (those that exist), read document by document."""
    located = project.reader.codings_by_id(ids)
    wanted = set(located)
    reader = project.reader.coding_sweep(None, None)
    found: dict[int, str] = {}
    for document_id in sorted({row[0] for row in located.values()}):
        for row in reader.rows(document_id):
            if row[0] in wanted:
                found[row[0]] = row[1]
    return found


def case_attribute_crosstab(
    project: Project,
    attribute: str,
    filters: Filters | None = None,
    *,
    include_subcodes: bool = False,
) -> Matrix:
    """Codings per code (rows, codebook order) and value of the case
    attribute ``attribute`` (columns, alphabetical): a coding counts under
    each distinct value its cases hold, under ``"(not set)"`` for a case
    without the attribute, and under ``"(no case)"`` when it belongs to no
    case (both last, when there are any)."""
    scope = (filters or Filters()).resolve(project)
    codes = scope.codes()
    columns_of = _columns_of_codes(scope.codebook, codes, include_subcodes)
    values_of = case_values_of_codings(project, attribute)
    counts: dict[tuple[int, str], int] = {}
    for code_id, coding_id in coding_ids_in_scope(project, scope, list(columns_of)):
        for value in values_of(coding_id):
            for row in columns_of[code_id]:
                counts[(row, value)] = counts.get((row, value), 0) + 1
    values = sorted(
        {value for _row, value in counts},
        key=lambda value: (value == NO_CASE, value == NOT_SET, value.casefold(), value),
    )
    column = {value: j for j, value in enumerate(values)}
    cells = [[0] * len(values) for _ in codes]
    for (row, value), count in counts.items():
        cells[row][column[value]] = count
    return Matrix(
        codes,
        [scope.codebook.path(code.id) for code in codes],
        [scope.codebook.depth(code.id) for code in codes],
        values,
        cells,
        include_subcodes,
    )


def case_attribute_names(project: Project) -> list[str]:
    """Names of the attributes some case holds, sorted."""
    names = {name for case in project.cases() for name in case.attributes}
    return sorted(names, key=str.casefold)


def case_indexes_of_codings(project: Project, cases: Sequence[Case]) -> dict[int, tuple[int, ...]]:
    """Coding id -> the indexes (into ``cases``) of the cases it belongs to,
    ascending; codings of none of these cases are absent."""
    return cases_of_codings(project, cases, tuple)


def cases_of_codings(
    project: Project, cases: Sequence[Case], make: Callable[[tuple[int, ...]], T]
) -> dict[int, T]:
    """Coding id -> ``make(indexes)`` of the cases (into ``cases``, ascending)
    it belongs to; codings of none of these cases are absent.  Codings of the
    same cases share one value.

    Most codings belong to one case: each case's codings are entered at
    once (``dict.fromkeys``, a C loop: one Python step per coding cost a
    sixth of corroboration's figures), and only codings met twice are
    sorted out one by one."""
    index = {case.id: i for i, case in enumerate(cases)}
    chosen = [
        (index[case_id], ids) for case_id, ids in project.case_codings().items() if case_id in index
    ]
    result: dict[int, T] = {}
    entered = 0
    for i, ids in chosen:
        result.update(dict.fromkeys(ids, make((i,))))
        entered += len(ids)
    if entered != len(result):  # some codings belong to several cases
        seen: set[int] = set()
        several: set[int] = set()
        for _i, ids in chosen:
            several |= seen & ids
            seen |= ids
        held: dict[int, list[int]] = {coding_id: [] for coding_id in several}
        for i, ids in chosen:
            for coding_id in several & ids:
                held[coding_id].append(i)
        shared: dict[tuple[int, ...], T] = {}
        for coding_id, found in held.items():
            indexes = tuple(sorted(found))
            if indexes not in shared:
                shared[indexes] = make(indexes)
            result[coding_id] = shared[indexes]
    return result


def codings_in_scope(
    project: Project, scope: Scope, code_ids: Sequence[int] | None = None, *, uuids: bool = True
) -> Iterator[tuple[Document, list[PlacedCoding]]]:
    """Each document in scope (display order) with its codings that pass the
    filters, by start: (id, uuid, code, start, end, coder).
    ``code_ids`` narrows the codes read further (``None``: the scope's);
    without ``uuids`` each uuid is ``""`` (read in half the time)."""
    wanted = scope.code_ids if code_ids is None else code_ids
    if scope.code_ids is None and wanted is not None and set(wanted) >= set(scope.codebook.codes):
        wanted = None  # every code: reading without a code condition is quicker
    reader = project.reader.coding_sweep(wanted, scope.coder_ids, scope.origins)
    for document in scope.documents:
        kept = scope.kept_text(project, document)
        if kept is not None and kept.empty:
            continue
        rows = reader.placed(document.id, uuids=uuids)
        if kept is not None:
            rows = [row for row in rows if kept.holds(row[3])]
        if rows:
            yield document, rows


def _columns_of_codes(
    codebook: Codebook, columns: Sequence[Code], with_subcodes: bool
) -> dict[int, tuple[int, ...]]:
    """Code id → the columns a coding of it counts in: its own, and with
    sub-codes also those of its ancestors (only codes that count somewhere)."""
    index = {code.id: j for j, code in enumerate(columns)}
    result: dict[int, tuple[int, ...]] = {}
    for code in columns:
        result[code.id] = (index[code.id],)
    if with_subcodes:
        for code_id in codebook.codes:
            found = [index[code_id]] if code_id in index else []
            parent = codebook.codes[code_id].parent_id
            seen = {code_id}
            while parent is not None and parent not in seen:
                seen.add(parent)
                if parent in index:
                    found.append(index[parent])
                parent = codebook.codes[parent].parent_id
            if found:
                result[code_id] = tuple(found)
    return result
