"""Saved queries: checking one before it is kept, and running one again with
the options it was saved with (coders, documents, attribute conditions,
speakers kept and left out, how the codings were made)."""

from __future__ import annotations

from collections.abc import Sequence

from qcode.analysis.filters import Filters
from qcode.analysis.queries.grammar import Node, parse
from qcode.analysis.queries.run import QueryHit, resolve_terms, run_query
from qcode.core.project import Project
from qcode.model import QueryOptions, SavedQuery


def check_query(project: Project, expression: str) -> Node:
    """The tree of ``expression`` if it reads and every code it names exists;
    raises :class:`~qcode.analysis.queries.grammar.QuerySyntaxError` (one
    line, with the column) otherwise.  The core cannot check a query: call
    this before :meth:`~qcode.core.project.Project.save_query`."""
    node = parse(expression)
    resolve_terms(node, project.codebook())
    return node


def filters_of(project: Project, options: QueryOptions) -> Filters:
    """The filters a query's options stand for (an unknown name is refused
    in one line naming it)."""
    return Filters.from_names(
        project,
        documents=options.documents or None,
        attributes=options.where,
        coders=options.coders or None,
        speakers=options.speakers,
        exclude_speakers=options.exclude_speakers,
        origins=options.origins or None,
    )


def run_with_options(
    project: Project, expression: str | Node, options: QueryOptions
) -> list[QueryHit]:
    """Run a query with these options (see :func:`filters_of`)."""
    return run_query(project, expression, filters_of(project, options))


def run_saved(project: Project, saved: SavedQuery) -> list[QueryHit]:
    """The passages that answer a saved query now, with its saved options."""
    return run_with_options(project, saved.expression, saved.options)


def options(
    *,
    coders: Sequence[str] = (),
    documents: Sequence[str] = (),
    where: Sequence[str] = (),
    speakers: Sequence[str] = (),
    exclude_speakers: Sequence[str] = (),
    origins: Sequence[str] = (),
) -> QueryOptions:
    """Query options from the names a user gave (kept as given: a saved
    query is re-read against the project each time it runs)."""
    return QueryOptions(
        tuple(coders),
        tuple(documents),
        tuple(where),
        tuple(speakers),
        tuple(exclude_speakers),
        tuple(origins),
    )
