"""What the command handlers share: opening the project a command names, and
reading the arguments several commands take (attribute assignments, keyword
lists, report filters, ``--pseudonymise``).

Printing is not here: it goes through :mod:`qcode.cli.output`.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.cli.output import say
from qcode.cli.passphrase import passphrase_for
from qcode.core.attributes import parse_assignment
from qcode.core.project import Project, UpgradeNeededError
from qcode.errors import QcodeError

if TYPE_CHECKING:
    from qcode.analysis.filters import Filters
    from qcode.core.pseudonymise import Pseudonymiser


@contextmanager
def open_project(options: argparse.Namespace, *, write: bool) -> Iterator[Project]:
    """The project ``options.project``, open for the length of a command.

    A writer waits a few seconds for another to finish (``$QCODE_LOCK_WAIT``);
    an encrypted project's passphrase comes from :mod:`qcode.cli.passphrase`;
    ``options.coder``, when the command has it, is who makes the edits.  A
    project from an older qcode is upgraded once (with a backup beside it)
    even by a command that only reads, and the user is told so.
    """
    path = Path(options.project)
    if not path.exists():
        raise QcodeError(f"project not found: {path} (create it with 'qcode new {path}')")
    from qcode.core.project_file import wait_from_environment

    wait = wait_from_environment()
    passphrase = passphrase_for(path)
    coder = getattr(options, "coder", None)
    try:
        project = Project.open(
            path, read_only=not write, coder=coder, passphrase=passphrase, lock_wait=wait
        )
    except UpgradeNeededError:
        # A project from an older qcode: upgrade it once (with a backup), then read.
        Project.open(path, coder=coder, passphrase=passphrase, lock_wait=wait).close()
        say(f"upgraded {path.name} to the current project format (a backup is beside it)")
        project = Project.open(path, read_only=True, coder=coder, passphrase=passphrase)
    try:
        yield project
    finally:
        project.close()


@contextmanager
def open_for_cache(options: argparse.Namespace) -> Iterator[Project]:
    """The project ``options.project``, writable if possible so that what a
    command learns (a trained suggestion model) is kept for next time, and
    read-only when another program (the app) is writing to it."""
    from qcode.errors import ProjectLockedError

    path = Path(options.project)
    if not path.exists():
        raise QcodeError(f"project not found: {path}")
    passphrase = passphrase_for(path)
    try:
        project = Project.open(path, passphrase=passphrase)
    except ProjectLockedError:
        project = Project.open(path, read_only=True, passphrase=passphrase)
    try:
        yield project
    finally:
        project.close()


def attribute_assignments(items: list[str]) -> dict[str, str]:
    """``KEY=VALUE`` arguments as a dict (a later KEY wins); the first
    malformed one is refused with a :class:`QcodeError`."""
    return dict(parse_assignment(item) for item in items)


def keyword_list(text: str | None) -> list[str] | None:
    """A ``--keywords WORD,WORD`` argument as its words, blanks dropped;
    ``None`` when the option was not given (so "not given" differs from an
    empty list, which clears a code's keywords)."""
    return None if text is None else [word.strip() for word in text.split(",") if word.strip()]


def filters_from(project: Project, options: argparse.Namespace) -> Filters:
    """The report filters ``--documents``, ``--attributes``, ``--codes``,
    ``--coders`` and, where a command has them, ``--speaker``,
    ``--exclude-speaker``, ``--speaker-role`` and ``--origin``, resolved against
    ``project`` (an unknown name is refused)."""
    from qcode.analysis.filters import Filters

    return Filters.from_names(
        project,
        documents=options.documents,
        attributes=options.attributes,
        codes=getattr(options, "codes", None),
        coders=getattr(options, "coders", None),
        speakers=getattr(options, "speakers", None),
        exclude_speakers=getattr(options, "exclude_speakers", None),
        speaker_roles=getattr(options, "speaker_roles", None),
        origins=getattr(options, "origin", None),
    )


def filters_from_speakers(project: Project, options: argparse.Namespace) -> Filters:
    """Only the speaker filters (and ``--origin``) of a command that has no others."""
    from qcode.analysis.filters import Filters

    return Filters.from_names(
        project,
        speakers=options.speakers,
        exclude_speakers=options.exclude_speakers,
        speaker_roles=options.speaker_roles,
        origins=getattr(options, "origin", None),
    )


def speaker_options_given(options: argparse.Namespace) -> bool:
    """Whether ``--speaker``, ``--exclude-speaker`` or ``--speaker-role`` was given."""
    return any(
        getattr(options, name, None) for name in ("speakers", "exclude_speakers", "speaker_roles")
    )


def pseudonymiser_from(project: Project, options: argparse.Namespace) -> Pseudonymiser | None:
    """With ``--pseudonymise``, the project's pseudonym table for an export
    (an empty table is refused); without it, ``None``."""
    if not getattr(options, "pseudonymise", False):
        return None
    from qcode.core.pseudonymise import Pseudonymiser

    return Pseudonymiser.of(project)


def pseudonymised_note(pseudonymiser: Pseudonymiser | None) -> str:
    """The end of an export's "wrote ..." message: how it was pseudonymised
    and that it was checked for leaks ("" when it was not pseudonymised)."""
    if pseudonymiser is None:
        return ""
    entries = f"{len(pseudonymiser)} pseudonym{'s' if len(pseudonymiser) != 1 else ''}"
    return f" (pseudonymised with {entries}; checked: no identifier left in it)"
