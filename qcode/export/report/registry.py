"""Every section a report can have, in the order they are written."""

from __future__ import annotations

from collections.abc import Sequence

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.export.report.charts import SECTION as CHARTS
from qcode.export.report.codebook import SECTION as CODEBOOK
from qcode.export.report.corroboration import SECTION as CORROBORATION
from qcode.export.report.framework import SECTION as FRAMEWORK
from qcode.export.report.memos import SECTION as MEMOS
from qcode.export.report.method import SECTION as METHOD
from qcode.export.report.queries import SECTION as QUERIES
from qcode.export.report.quotes import SECTION as QUOTES
from qcode.export.report.sections import Section
from qcode.export.report.sources import SECTION as SOURCES
from qcode.messages import Message

SECTIONS: dict[str, Section] = {
    section.name: section
    for section in (
        METHOD,
        CODEBOOK,
        QUOTES,
        MEMOS,
        CHARTS,
        QUERIES,
        FRAMEWORK,
        CORROBORATION,
        SOURCES,
    )
}


def available_sections(project: Project) -> list[Section]:
    """The sections ``project`` can have, in order."""
    return [section for section in SECTIONS.values() if section.unavailable(project) is None]


def parse_sections(text: str) -> tuple[str, ...]:
    """``"title, quotes"`` → ``("title", "quotes")``; an unknown name is
    refused naming the ones there are."""
    names = tuple(part.strip().lower() for part in text.split(",") if part.strip())
    if not names:
        raise QcodeError(
            Message("--sections: name at least one of {sections}", sections=", ".join(SECTIONS))
        )
    unknown = [name for name in names if name not in SECTIONS]
    if unknown:
        raise QcodeError(
            Message(
                "unknown section(s) {unknown}: use {sections} (comma-separated)",
                unknown=", ".join(unknown),
                sections=", ".join(SECTIONS),
            )
        )
    return names


def chosen_sections(project: Project, names: Sequence[str] | None) -> list[Section]:
    """The sections ``names`` picks (None: every available one), in the
    registry's order; one the project cannot have is refused with the reason."""
    if names is None:
        return available_sections(project)
    for name in names:
        if name not in SECTIONS:
            parse_sections(name)  # raises, naming the sections there are
        reason = SECTIONS[name].unavailable(project)
        if reason is not None:
            raise QcodeError(Message("section '{name}': {reason}", name=name, reason=reason))
    return [section for section in SECTIONS.values() if section.name in set(names)]
