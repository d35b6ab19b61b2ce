"""Errors a user can cause and must be told about in one line.

Anything raised as a :class:`QcodeError` is the user's to fix (a bad file, an
unknown code, a locked project); the CLI prints it as ``qcode: error: ...`` and
the app shows it in a message box.  Any other exception is a bug in qcode.
"""

from __future__ import annotations

from pathlib import Path


class QcodeError(Exception):
    """A problem the user can fix, described in one line."""


class UnreadableFileError(QcodeError):
    """A file that cannot be imported: names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class ProjectLockedError(QcodeError):
    """Another qcode process has the project open for writing."""


class ConflictError(QcodeError):
    """An undo or redo no longer fits the project as it now is."""
