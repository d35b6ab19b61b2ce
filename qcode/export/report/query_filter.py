"""``--query NAME``: a report of the codings inside a saved query's results.

The saved query runs as ``qcode query --run NAME`` runs it, with the
options saved with it (coders, documents, attribute conditions, speakers
kept or left out); a coding is in the report when it lies wholly inside one of the
passages the query finds, in the same document.  The report's own filters
apply as well.  Charts count what they always count (the filtered codes and
documents), not the query's passages.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.messages import Message

Span = tuple[int, int]


@dataclass(frozen=True)
class QueryScope:
    """The passages a saved query found, by document."""

    name: str
    expression: str
    runs: dict[int, list[Span]] = field(default_factory=dict)  # sorted, disjoint

    def contains(self, document_id: int, start: int, end: int) -> bool:
        """Whether ``[start, end)`` of the document lies inside one passage."""
        runs = self.runs.get(document_id)
        if not runs:
            return False
        i = bisect_right(runs, (start, float("inf"))) - 1
        return i >= 0 and runs[i][0] <= start and end <= runs[i][1]

    def describe(self) -> str:
        return Message(
            "saved query '{name}' ({expression}): codings inside its results",
            name=self.name,
            expression=self.expression,
        )


def query_scope(project: Project, name: str) -> QueryScope:
    """Run the saved query ``name`` as ``qcode query --run NAME`` runs it
    (:func:`qcode.analysis.queries.saved.run_saved`); an unknown name, or a
    query that no longer reads, is a one-line error."""
    from qcode.analysis.queries.grammar import QuerySyntaxError
    from qcode.analysis.queries.saved import run_saved

    saved = project.saved_query(name)
    try:
        hits = run_saved(project, saved)
    except QuerySyntaxError as error:
        problem = error.args[0] if error.args else str(error)
        raise QcodeError(
            Message("saved query '{name}': {problem}", name=saved.name, problem=problem)
        ) from error
    runs: dict[int, list[Span]] = {}
    for hit in hits:
        runs.setdefault(hit.document_id, []).append((hit.start, hit.end))
    return QueryScope(saved.name, saved.expression, {d: sorted(r) for d, r in runs.items()})
