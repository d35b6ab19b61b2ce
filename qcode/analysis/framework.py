"""The framework matrix as a grid: cases (rows) × codes (columns), each cell
the researcher's summary of that case on that code, with the codings
(quotes) it rests on, and beside it the coded text it summarises.

The summaries and quotes are the project's
(:meth:`~qcode.core.project.Project.framework_cells`); the coded text of a
cell is every coding of the code (its own, or with its sub-codes) that
belongs to the case (see :meth:`~qcode.core.project.Project.case_codings`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qcode.core.project import Project
from qcode.model import Case, Code, Coding, FrameworkCell, Segment


class FrameworkGrid:
    """A framework matrix read at one moment (see the module)."""

    def __init__(
        self,
        project: Project,
        cases: list[Case],
        codes: list[Code],
        cells: dict[tuple[int, int], FrameworkCell],
        with_subcodes: bool = False,
    ) -> None:
        self.project = project
        self.cases = cases
        self.codes = codes
        codebook = project.codebook()
        self.paths = [codebook.path(code.id) for code in codes]
        self.with_subcodes = with_subcodes
        self._cells = cells  # by (case id, code id)
        self._case_codings: dict[int, frozenset[int]] | None = None

    def cell(self, case_index: int, code_index: int) -> FrameworkCell | None:
        """The summary and quotes of a cell, ``None`` when it has neither."""
        return self._cells.get((self.cases[case_index].id, self.codes[code_index].id))

    def filled(self) -> list[tuple[int, int, FrameworkCell]]:
        """(case index, code index, cell) of every cell with a summary or
        quotes, by case then code."""
        found = []
        for i, case in enumerate(self.cases):
            for j, code in enumerate(self.codes):
                cell = self._cells.get((case.id, code.id))
                if cell is not None:
                    found.append((i, j, cell))
        return found

    def coded_text(self, case_index: int, code_index: int) -> list[Segment]:
        """The codings of the column's code (with its sub-codes if the grid
        was made so) that belong to the row's case, by document (display
        order) then start: what the summary summarises."""
        if self._case_codings is None:
            self._case_codings = self.project.case_codings()
        ids = self._case_codings.get(self.cases[case_index].id, frozenset())
        if not ids:
            return []
        code = self.codes[code_index]
        found = self.project.codings(code=code, include_subcodes=self.with_subcodes)
        return self.project.segments(_in_document_order(self.project, found, ids))

    def quotes(self, case_index: int, code_index: int) -> list[Segment]:
        """The codings a cell's summary rests on, in the order linked."""
        cell = self.cell(case_index, code_index)
        if cell is None or not cell.quotes:
            return []
        return self.project.segments(codings_by_id(self.project, cell.quotes))

    def as_json(self) -> dict[str, Any]:
        """The cases, the codes, and every filled cell with its summary and
        the UUIDs of its quotes."""
        cells = []
        for i, j, cell in self.filled():
            cells.append(
                {
                    "case": self.cases[i].name,
                    "code": self.paths[j],
                    "summary": cell.summary,
                    "quotes": [c.uuid for c in codings_by_id(self.project, cell.quotes)],
                    "modified_at": cell.modified_at,
                }
            )
        return {
            "cases": [case.name for case in self.cases],
            "codes": self.paths,
            "cells": cells,
        }


def framework_grid(
    project: Project,
    cases: Sequence[Case] | None = None,
    codes: Sequence[Code] | None = None,
    *,
    with_subcodes: bool = False,
) -> FrameworkGrid:
    """The grid of these cases (default: every case, by name) and codes
    (default: every code, codebook order)."""
    chosen_cases = list(project.cases() if cases is None else cases)
    chosen_codes = list(project.codebook().walk() if codes is None else codes)
    wanted = {case.id for case in chosen_cases}
    cells = {
        (cell.case_id, cell.code_id): cell
        for cell in project.framework_cells()
        if cell.case_id in wanted
    }
    return FrameworkGrid(project, chosen_cases, chosen_codes, cells, with_subcodes)


def codings_by_id(project: Project, ids: Sequence[int]) -> list[Coding]:
    """These codings (those that exist), in the order of ``ids``."""
    located = project.reader.codings_by_id(ids)
    found: dict[int, Coding] = {}
    for document_id in {row[0] for row in located.values()}:
        for coding in project.codings(document=project.document(document_id)):
            if coding.id in located:
                found[coding.id] = coding
    return [found[coding_id] for coding_id in ids if coding_id in found]


def _in_document_order(
    project: Project, codings: list[Coding], ids: frozenset[int]
) -> list[Coding]:
    """The codings among ``ids``, by document (display order) then start."""
    order = {
        document_id: i for i, (document_id, _name) in enumerate(project.reader.document_names())
    }
    kept = [coding for coding in codings if coding.id in ids]
    kept.sort(key=lambda c: (order.get(c.document_id, len(order)), c.start, c.end, c.id))
    return kept
