"""``--query NAME``: a report of the codings inside a saved query's results.

The saved query runs as ``qcode query`` would run it, with the options saved
with it (coders, documents, attribute conditions, speakers kept or left
out); a coding is in the report when it lies wholly inside one of the
passages the query finds, in the same document.  The report's own filters
apply as well.  Charts count what they always count (the filtered codes and
documents), not the query's passages.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from qcode.analysis.filters import Filters
from qcode.core.project import Project
from qcode.errors import QcodeError

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
        return f"saved query '{self.name}' ({self.expression}): codings inside its results"


def query_scope(project: Project, name: str) -> QueryScope:
    """Run the saved query ``name``; an unknown name is a one-line error."""
    from qcode.analysis.queries import spans
    from qcode.analysis.queries.grammar import QuerySyntaxError
    from qcode.analysis.queries.run import run_query

    finder = getattr(project, "saved_query", None)
    if finder is None:
        raise QcodeError(f"--query {name}: this version of qcode keeps no saved queries")
    saved = finder(name)
    options = saved.options
    filters = Filters.from_names(
        project,
        documents=list(options.documents) or None,
        attributes=list(options.where),
        coders=list(options.coders) or None,
    )
    try:
        hits = run_query(project, saved.expression, filters, speakers=list(options.speakers))
    except QuerySyntaxError as error:
        raise QcodeError(f"saved query '{saved.name}': {error}") from error
    runs: dict[int, list[Span]] = {}
    for hit in hits:
        runs.setdefault(hit.document_id, []).append((hit.start, hit.end))
    if options.exclude_speakers:
        left_out = set(options.exclude_speakers)
        for document_id, found in runs.items():
            turns = sorted(
                (turn.start, turn.end)
                for turn in project.speaker_turns(project.document(document_id))
                if turn.speaker in left_out
            )
            runs[document_id] = spans.difference(found, spans.merged(turns))
    return QueryScope(saved.name, saved.expression, {d: sorted(r) for d, r in runs.items()})
