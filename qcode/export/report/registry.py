"""Every section a report can have, in the order they are written."""

from __future__ import annotations

from collections.abc import Sequence

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.export.report import (
    charts,
    codebook,
    corroboration,
    framework,
    memos,
    method,
    queries,
    quotes,
    sources,
)
from qcode.export.report.sections import Section

SECTIONS: dict[str, Section] = {
    section.name: section
    for section in (
        method.SECTION,
        codebook.SECTION,
        quotes.SECTION,
        memos.SECTION,
        charts.SECTION,
        queries.SECTION,
        framework.SECTION,
        corroboration.SECTION,
        sources.SECTION,
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
        raise QcodeError(f"--sections: name at least one of {', '.join(SECTIONS)}")
    unknown = [name for name in names if name not in SECTIONS]
    if unknown:
        raise QcodeError(
            f"unknown section(s) {', '.join(unknown)}: use {', '.join(SECTIONS)} (comma-separated)"
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
            raise QcodeError(f"section '{name}': {reason}")
    return [section for section in SECTIONS.values() if section.name in set(names)]
