"""One command, several edits: all of them or none.

Some commands make more than one edit (``qcode case`` creates a case, sets
its attributes and assigns members; ``qcode summary`` writes a summary and
links quotes).  Each edit is its own undoable step, checked by the core when
it runs; should a later one be refused, the earlier ones are undone before
the error is shown, so that a refused command leaves the project as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from qcode.core.project import Project

R = TypeVar("R")


class Steps:
    """Counts the edits made through :meth:`do`."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.done = 0

    def do(self, edit: Callable[[], R]) -> R:
        """Make one edit (a call of a ``Project`` method that pushes one command)."""
        result = edit()
        self.done += 1
        return result


@contextmanager
def all_or_nothing(project: Project) -> Iterator[Steps]:
    """Edits made through the :class:`Steps` given are undone, last first,
    if anything inside the ``with`` raises."""
    steps = Steps(project)
    try:
        yield steps
    except BaseException:
        for _ in range(steps.done):
            project.undo()
        raise
