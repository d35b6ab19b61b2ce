"""What every section of a report works from: the project, the filters, the
pseudonym table, and the counting that drives the progress bar."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from qcode.analysis.filters import Filters, Scope, joined
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.messages import Message, translated

if TYPE_CHECKING:
    from qcode.core.pseudonymise import Pseudonymiser
    from qcode.export.consent import Consent
    from qcode.export.report.query_filter import QueryScope

Progress = Callable[[int, int], bool | None]
# Maps an English template to the report's language (see qcode.messages).
Translate = Callable[[str], str]


def english(template: str) -> str:
    """The report in English: every template as it is (the command line's reports)."""
    return template


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
        translate: Translate | None = None,
    ) -> None:
        from qcode.export.consent import Consent

        self.project = project
        self.query = query
        # What the consent register keeps out of the report's quotes.
        self.consent = consent if consent is not None else Consent.of(project)
        self.filters = filters
        self.scope: Scope = filters.resolve(project)
        self.pseudonymiser = pseudonymiser
        # The language of the report's own words (headings, captions, labels);
        # English unless the app passes the interface's.
        self.translate: Translate = translate or english
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

    def words(self, text: str) -> str:
        """One of the report's own texts (a :class:`~qcode.messages.Message`)
        in the report's language; any other text as it is."""
        return translated(text, self.translate)

    def describe_filters(self, *, in_english: bool = False) -> str:
        """The filters (and saved query) in words, pseudonymised: in the
        report's language, or ``in_english`` (a manifest, read by tools)."""
        described = self.filters.describe(self.project)
        if self.query is not None:
            query = self.query.describe()
            described = query if not self.filters.filters_anything else joined([described, query])
        return self.say(described if in_english else self.words(described))

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
                raise QcodeError(Message("export cancelled"))
