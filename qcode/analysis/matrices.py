"""Code matrices: coded segments per code and document, and per code and
value of one document attribute (a crosstab).

Cells count codings (segments).  With ``include_subcodes`` a code's row also
counts its sub-codes' codings, at any depth; otherwise each code counts only
its own.  Codes and documents with nothing coded still get their row or
column, so that an empty cell is a finding, not a gap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from qcode.analysis.filters import Filters, Scope, attribute_text
from qcode.core.project import Project
from qcode.core.surveys import RESPONDENT
from qcode.model import Code

NOT_SET = "(not set)"  # the column of documents without the attribute


@dataclass(frozen=True)
class Matrix:
    """Codes (rows) × columns (documents or attribute values), segment counts."""

    codes: list[Code]
    paths: list[str]
    depths: list[int]
    columns: list[str]
    cells: list[list[int]]  # cells[row][column]
    include_subcodes: bool

    def row_totals(self) -> list[int]:
        return [sum(row) for row in self.cells]

    def column_totals(self) -> list[int]:
        return [sum(column) for column in zip(*self.cells, strict=True)] if self.cells else []

    def as_json(self) -> dict[str, Any]:
        return {
            "codes": self.paths,
            "columns": self.columns,
            "cells": self.cells,
            "include_subcodes": self.include_subcodes,
        }


def code_document_matrix(
    project: Project, filters: Filters | None = None, *, include_subcodes: bool = False
) -> Matrix:
    """Segments per code (rows) and document (columns, display order)."""
    scope = (filters or Filters()).resolve(project)
    column_of: dict[int, Hashable] = {d.id: d.id for d in scope.documents}
    columns: list[Hashable] = [d.id for d in scope.documents]
    labels = [d.name for d in scope.documents]
    return _matrix(project, scope, column_of, columns, labels, include_subcodes)


def code_attribute_crosstab(
    project: Project,
    attribute: str,
    filters: Filters | None = None,
    *,
    include_subcodes: bool = False,
) -> Matrix:
    """Segments per code (rows) and value of ``attribute`` (columns, sorted
    alphabetically, with documents lacking the attribute as ``"(not set)"``,
    last, if there are any).  A survey's answer counts under its respondent's
    value (see :mod:`qcode.analysis.filters`)."""
    # The documents' ids are enough (SQLite counts the codings).
    scope = (filters or Filters()).resolve(project, list_documents=False)
    ids = scope.ids(project)
    held = project.reader.attribute_values(attribute, RESPONDENT)
    column_of: dict[int, Hashable] = {}
    texts: dict[Any, str] = {}  # a value's text, worked out once per distinct value
    for document_id in ids:
        value = held.get(document_id)
        if value is None:
            column_of[document_id] = NOT_SET
            continue
        text = texts.get((type(value), value))
        if text is None:
            text = texts[(type(value), value)] = attribute_text(value)
        column_of[document_id] = text
    values = sorted(
        {str(value) for value in column_of.values()},
        key=lambda value: (value == NOT_SET, value.casefold(), value),
    )
    return _matrix(project, scope, column_of, list(values), values, include_subcodes)


def attribute_names(project: Project) -> list[str]:
    """Names of the document attributes some document holds (a survey's
    answers: through their respondent's case too), sorted."""
    return sorted(project.reader.attribute_names(RESPONDENT), key=str.casefold)


def segment_counts(project: Project, scope: Scope) -> list[tuple[int, int, int]]:
    """(code, document, codings) of every pair with a coding in scope.

    Without a speaker filter SQLite counts; with one, each document's
    codings are read and those starting in kept text counted (see
    :mod:`qcode.analysis.speaker_filter`)."""
    if scope.speakers is None:
        documents = None if scope.all_documents else scope.document_ids
        return project.reader.segment_counts(
            documents, scope.code_ids, scope.coder_ids, scope.origins
        )
    reader = project.reader.coding_sweep(scope.code_ids, scope.coder_ids, scope.origins)
    found: list[tuple[int, int, int]] = []
    for document in scope.documents:
        kept = scope.kept_text(project, document)
        if kept is None or kept.empty:
            continue
        by_code = Counter(
            code for code, start, _e, _c in reader.spans(document.id) if kept.holds(start)
        )
        found.extend((code, document.id, count) for code, count in by_code.items())
    return found


def _matrix(
    project: Project,
    scope: Scope,
    column_of: dict[int, Hashable],
    columns: list[Hashable],
    labels: list[str],
    include_subcodes: bool,
) -> Matrix:
    codes = scope.codes()
    row_of = {code.id: i for i, code in enumerate(codes)}
    column_index = {column: j for j, column in enumerate(columns)}
    cells = [[0] * len(columns) for _ in codes]
    counts = segment_counts(project, scope)
    for code_id, document_id, count in counts:
        column = column_of.get(document_id)
        if column is None or code_id not in row_of:
            continue
        j = column_index[column]
        rows = [code_id]
        if include_subcodes:
            parent = scope.codebook.codes[code_id].parent_id
            while parent is not None:
                rows.append(parent)
                parent = scope.codebook.codes[parent].parent_id
        for row_code in rows:
            if row_code in row_of:
                cells[row_of[row_code]][j] += count
    return Matrix(
        codes,
        [scope.codebook.path(code.id) for code in codes],
        [scope.codebook.depth(code.id) for code in codes],
        labels,
        cells,
        include_subcodes,
    )
