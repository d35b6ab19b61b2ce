"""Errors a user can cause and must be told about in one line.

Anything raised as a :class:`QcodeError` is the user's to fix (a bad file, an
unknown code, a locked project); the CLI prints it as ``qcode: error: ...`` and
the app shows it in a message box.  Any other exception is a bug in qcode.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qcode.messages import Message


class QcodeError(Exception):
    """A problem the user can fix, described in one line.

    Pickles as it is (an import run in a worker process reports its error
    across the process boundary): rebuilt from its arguments and attributes
    without calling ``__init__`` again, so a subclass whose ``__init__``
    takes other arguments than it passes on (``UnreadableFileError(path,
    problem)``) comes back the same class with the same :class:`Message`."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt, (type(self), self.args, self.__dict__))


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


class NotFoundError(QcodeError):
    """No document (or other item) answers to the name asked for: a caller
    that can do without it catches this, and nothing else."""


class DamagedTextError(QcodeError):
    """A text stored in the project file is not valid UTF-8: the file is
    damaged (or another program wrote it); the user's to see, not a bug
    (raised by the store as it reads: :func:`qcode.store.errors.text_reader`)."""


def _rebuilt(kind: type[QcodeError], args: tuple[Any, ...], state: dict[str, Any]) -> QcodeError:
    error = kind.__new__(kind, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def message_of(error: BaseException) -> str:
    """The text of ``error``, kept as a :class:`Message` when it is one, so a
    message that quotes it (``"{file}: {problem}"``) is translated inside too.
    Its English text is always ``str(error)``."""
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)
