"""Errors a user can cause and must be told about in one line.

Anything raised as a :class:`QcodeError` is the user's to fix (a bad file, an
unknown code, a locked project); the CLI prints it as ``qcode: error: ...`` and
the app shows it in a message box.  Any other exception is a bug in qcode.
"""

from __future__ import annotations

from pathlib import Path

from qcode.messages import Message


class QcodeError(Exception):
    """A problem the user can fix, described in one line."""


class UnreadableFileError(QcodeError):
    """A file that cannot be imported: names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(Message("{file}: {problem}", file=self.path.name, problem=problem))


class ProjectLockedError(QcodeError):
    """Another qcode process has the project open for writing."""


class ConflictError(QcodeError):
    """An undo or redo no longer fits the project as it now is."""


def message_of(error: BaseException) -> str:
    """The text of ``error``, kept as a :class:`Message` when it is one, so a
    message that quotes it (``"{file}: {problem}"``) is translated inside too.
    Its English text is always ``str(error)``."""
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)
