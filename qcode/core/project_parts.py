"""What the groups of :class:`~qcode.core.project.Project` methods kept in
their own modules (:mod:`qcode.core.project_cases`,
:mod:`qcode.core.project_findings`) need of the project: its connection for
reading, its command stack for editing and its file's path.  ``Project``
provides them; these declarations only tell the type checker so."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from qcode.core.commands import Command
from qcode.store.database import Connection

R = TypeVar("R")


class ProjectPart:
    """A group of ``Project`` methods; ``Project`` inherits them."""

    if TYPE_CHECKING:  # declarations for the type checker: Project defines all three

        @property
        def conn(self) -> Connection: ...

        @property
        def path(self) -> Path: ...

        def push(self, command: Command[R]) -> R: ...
