"""What every section of a report works from: the project, the filters, the
pseudonym table, and the counting that drives the progress bar."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from qcode.analysis.filters import Filters, Scope
from qcode.core.project import Project
from qcode.errors import QcodeError

if TYPE_CHECKING:
    from qcode.core.pseudonymise import Pseudonymiser
    from qcode.export.consent import Consent
    from qcode.export.report.query_filter import QueryScope

Progress = Callable[[int, int], bool | None]


@dataclass(frozen=True)
class ReportOptions:
    """What a report holds: its sections (by name, in any order: they are
    written in the registry's order) and which part of the project."""

    sections: tuple[str, ...] | None = None  # None: every section
    filters: Filters = field(default_factory=Filters)
    query: str | None = None  # a saved query's name: only codings inside its results
    # True for the project's own backups: quote even those who did not consent
    ignore_consent: bool = False


class ReportContext:
    """One report being written: read access to the project within the
    filters, every text through the pseudonym table, and progress."""

    def __init__(
        self,
        project: Project,
        filters: Filters,
        pseudonymiser: Pseudonymiser | None = None,
        progress: Progress | None = None,
        query: QueryScope | None = None,
        consent: Consent | None = None,
    ) -> None:
        from qcode.export.consent import Consent

        self.project = project
        self.query = query
        # What the consent register keeps out of the report's quotes.
        self.consent = consent if consent is not None else Consent.of(project)
        self.filters = filters
        self.scope: Scope = filters.resolve(project)
        self.pseudonymiser = pseudonymiser
        self.written_at = time.gmtime()
        self._progress = progress
        self._done = 0
        self.total = 1
        # What several sections read, read once (see quotes.quotes_of).
        self.cache: dict[str, Any] = {}

    def say(self, text: str) -> str:
        """``text`` as the report may show it: identifiers replaced when
        the report is pseudonymised."""
        if self.pseudonymiser is None or not text:
            return text
        return self.pseudonymiser.replace(text)

    def describe_filters(self) -> str:
        """The filters (and saved query) in words, pseudonymised."""
        described = self.filters.describe(self.project)
        if self.query is not None:
            query = self.query.describe()
            described = query if not self.filters.filters_anything else f"{described}; {query}"
        return self.say(described)

    @property
    def written_at_text(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M UTC", self.written_at)

    def advance(self, steps: int = 1) -> None:
        """Count ``steps`` of work done; a ``False`` from the progress
        callback stops the report with "export cancelled"."""
        self._done += steps
        if self._progress is not None:
            done = min(self._done, self.total)
            if self._progress(done, max(self.total, 1)) is False:
                raise QcodeError("export cancelled")
