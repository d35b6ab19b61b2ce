"""The places kept for the fact-finding sections: query results, the
framework matrix and the corroboration table.

They need saved queries, framework summaries and links between codings,
and the analyses that read them, which are being built.  Until then each is
a section that says so when asked for by name; when the data is there, each
becomes a module of its own (see :mod:`qcode.export.report.sections`) and
takes its place in :mod:`qcode.export.report.registry`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from qcode.core.project import Project
from qcode.export.report.blocks import Block
from qcode.export.report.context import ReportContext
from qcode.export.report.sections import Section


def _not_yet(what: str) -> Callable[[Project], str | None]:
    def unavailable(_project: Project) -> str | None:
        return f"not available yet: this version of qcode keeps no {what}"

    return unavailable


def _nothing(_context: ReportContext) -> Iterator[Block]:
    yield from ()


def _queries_not_yet(project: Project) -> str | None:
    if hasattr(project, "saved_query"):
        return (
            "not available yet: reports do not list saved queries' results "
            "(--query NAME limits the quotes to one query's results)"
        )
    return "not available yet: this version of qcode keeps no saved queries"


QUERIES = Section("queries", "Query results", _nothing, _queries_not_yet)
FRAMEWORK = Section("framework", "Framework matrix", _nothing, _not_yet("framework summaries"))
CORROBORATION = Section(
    "corroboration", "Corroboration", _nothing, _not_yet("links between codings")
)
