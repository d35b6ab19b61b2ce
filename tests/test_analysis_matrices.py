"""Code × document matrix and code × attribute crosstab, on the project of
tests/test_analysis_frequencies.py (counts worked out from its docstring)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qcode.analysis.filters import Filters
from qcode.analysis.matrices import (
    NOT_SET,
    attribute_names,
    code_attribute_crosstab,
    code_document_matrix,
)
from qcode.core.project import Project
from tests.test_analysis_frequencies import build


@pytest.fixture
def coded(tmp_path: Path) -> Iterator[Project]:
    project = build(tmp_path / "p.qcode")
    yield project
    project.close()


def test_code_by_document(coded: Project) -> None:
    matrix = code_document_matrix(coded)
    assert matrix.columns == ["Interview 1", "Interview 2", "Interview 3"]
    assert matrix.paths == ["Harms", "Harms/Travel", "Harms/Travel/Rail", "Remedy", "Unused"]
    assert matrix.cells == [[2, 1, 0], [1, 1, 0], [1, 0, 0], [1, 2, 0], [0, 0, 0]]
    assert matrix.row_totals() == [3, 2, 1, 3, 0]
    assert matrix.column_totals() == [5, 4, 0]
    rolled = code_document_matrix(coded, include_subcodes=True)
    assert rolled.cells[:3] == [[4, 2, 0], [2, 1, 0], [1, 0, 0]]


def test_code_by_document_with_filters(coded: Project) -> None:
    filters = Filters.from_names(coded, coders=["Chen"], codes=["Harms"])
    matrix = code_document_matrix(coded, filters)
    assert matrix.paths == ["Harms", "Harms/Travel", "Harms/Travel/Rail"]
    assert matrix.cells == [[1, 1, 0], [1, 0, 0], [1, 0, 0]]
    only_two = code_document_matrix(coded, Filters.from_names(coded, documents=["Interview 2"]))
    assert only_two.columns == ["Interview 2"]
    assert only_two.cells == [[1], [1], [0], [2], [0]]


def test_crosstab_by_attribute_value(coded: Project) -> None:
    assert attribute_names(coded) == ["city", "gender"]
    gender = code_attribute_crosstab(coded, "gender")
    # Values as stored ("Female" in Interview 3, nothing coded there).
    assert gender.columns == ["Female", "female", "male"]
    assert gender.cells[0] == [0, 2, 1]  # Harms
    assert gender.cells[3] == [0, 1, 2]  # Remedy
    city = code_attribute_crosstab(coded, "city", include_subcodes=True)
    assert city.columns == ["Beijing", "Wuhan", NOT_SET]  # Interview 3 has no city
    assert city.cells[0] == [4, 2, 0]
    beijing = code_attribute_crosstab(
        coded, "gender", Filters.from_names(coded, attributes=["city=beijing"])
    )
    assert beijing.columns == ["female"] and beijing.cells[0] == [2]
