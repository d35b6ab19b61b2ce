"""Per-code counts: the figures ``qcode stats`` prints and the codebook shows."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from itertools import groupby
from typing import Any

from qcode.analysis.filters import Filters
from qcode.analysis.intervals import union_length
from qcode.core.project import Project


@dataclass(frozen=True)
class CodeStats:
    """One code's own codings (sub-codes are counted on their own rows).

    ``characters`` is the number of distinct characters the code covers:
    where two codings of the code overlap, the overlap counts once.
    """

    code: str
    segments: int
    documents: int
    characters: int

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def code_stats(project: Project, filters: Filters | None = None) -> list[CodeStats]:
    """Counts for every code, in codebook order (codes never used show 0).

    With ``filters`` (a speaker filter, say: only what respondents said),
    the codes, documents, coders and speakers they allow; the figures are
    then the own figures of :func:`~qcode.analysis.frequencies.code_frequencies`.
    """
    if filters is not None and filters.filters_anything:
        from qcode.analysis.frequencies import code_frequencies

        return [
            CodeStats(row.path, row.own.segments, row.own.documents, row.own.characters)
            for row in code_frequencies(project, filters)
        ]
    codebook = project.codebook()
    counts: dict[int, tuple[int, int, int]] = {}
    spans = project.reader.spans_by_code()
    for code_id, code_rows in groupby(spans, key=lambda row: row[0]):
        segments = documents = characters = 0
        for _document_id, document_rows in groupby(code_rows, key=lambda row: row[1]):
            pairs = [(row[2], row[3]) for row in document_rows]
            segments += len(pairs)
            documents += 1
            characters += union_length(pairs)
        counts[code_id] = (segments, documents, characters)
    return [
        CodeStats(codebook.path(code.id), *counts.get(code.id, (0, 0, 0)))
        for code in codebook.walk()
    ]
