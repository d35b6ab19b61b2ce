"""A report section: a name, a title, and how to write it.

Adding a section is one module: define ``SECTION = Section(...)`` whose
``render`` yields :mod:`~qcode.export.report.blocks` for a
:class:`~qcode.export.report.context.ReportContext`, and name the module in
:mod:`qcode.export.report.registry`.  ``available`` says whether the
project has what the section needs (saved queries, a framework matrix...);
a section that is not available is left out of "every section" and refused
by name with the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from qcode.core.project import Project
from qcode.export.report.blocks import Block, Heading
from qcode.export.report.context import ReportContext


def always(_project: Project) -> str | None:
    """Every project has what the section needs."""
    return None


@dataclass(frozen=True)
class Section:
    """One optional part of a report (see the module)."""

    name: str  # what --sections takes: "quotes"
    title: str  # its heading: "Quotes by code"
    render: Callable[[ReportContext], Iterator[Block]]
    # Why the project cannot have this section (None: it can).
    unavailable: Callable[[Project], str | None] = always
    # The headings alone, cheaply, for the app's preview; None: those of render.
    outline: Callable[[ReportContext], Iterator[Heading]] | None = None
    # Reads what the section quotes before any section is written, so that
    # the method section can say what the consent register left out; None:
    # nothing to read ahead.
    prepare: Callable[[ReportContext], object] | None = None

    def headings(self, context: ReportContext) -> Iterator[Heading]:
        """The headings this section will write."""
        if self.outline is not None:
            yield from self.outline(context)
            return
        for block in self.render(context):
            if isinstance(block, Heading):
                yield block
