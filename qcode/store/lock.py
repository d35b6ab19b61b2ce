"""One writer per project file, across processes.

SQLite alone would keep the file consistent with two writers, but the two
processes' undo stacks and views would not be: the app would show codings
that the command line had since removed.  So a process that opens a project
for writing holds an exclusive advisory lock for as long as it has it open,
and a second writer is refused with a clear message (readers are welcome).
The command line first waits a few seconds for the lock
(:func:`wait_from_environment`), so that a script run beside the open app
does not fail because the app happened to be saving; the app asks at once.

POSIX: ``flock`` on the database file itself; it does not interact with the
byte-range ``fcntl`` locks SQLite uses, and the descriptor stays open until
the project is closed (closing it early would drop SQLite's own locks).  The
lock belongs to the file, not its name: it stays with a new project's file
when that is moved into place.
Windows: ``msvcrt`` locks are mandatory, so the lock is taken on a sidecar
``NAME.qcode.lock`` file instead.
"""

from __future__ import annotations

import math
import os
import sys
import time
from pathlib import Path
from types import TracebackType

from qcode.errors import ProjectLockedError, QcodeError
from qcode.messages import Message

#: How long the command line waits for another writer, in seconds.
DEFAULT_WAIT = 5.0
WAIT_ENVIRONMENT = "QCODE_LOCK_WAIT"
_POLL = 0.05


def wait_from_environment() -> float:
    """``$QCODE_LOCK_WAIT`` in seconds (0: refuse at once), else :data:`DEFAULT_WAIT`."""
    given = os.environ.get(WAIT_ENVIRONMENT, "").strip()
    if not given:
        return DEFAULT_WAIT
    try:
        seconds = float(given)
    except ValueError:
        seconds = math.nan
    if math.isnan(seconds) or seconds < 0:
        raise QcodeError(
            Message(
                "{variable} must be a number of seconds to wait for another "
                "writer (0 = do not wait), not {given}",
                variable=WAIT_ENVIRONMENT,
                given=repr(given[:40]),
            )
        )
    return seconds


class WriterLock:
    """An exclusive lock on a project file, taken at once or after a wait."""

    def __init__(self, database_path: Path) -> None:
        self._database_path = database_path
        self._fd: int | None = None

    def acquire(self, wait: float = 0.0) -> None:
        """Take the lock, trying again every few hundredths of a second for
        up to ``wait`` seconds; then raise :class:`ProjectLockedError`."""
        fd = self._open()
        deadline = time.monotonic() + wait
        try:
            while not self._try(fd):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise self._locked_error(wait)
                time.sleep(min(_POLL, remaining))
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def _open(self) -> int:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            return os.open(self._sidecar(self._database_path), os.O_RDWR | os.O_CREAT)
        return os.open(self._database_path, os.O_RDWR)

    @staticmethod
    def _sidecar(database_path: Path) -> Path:
        return database_path.with_name(database_path.name + ".lock")

    @staticmethod
    def _try(fd: int) -> bool:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import msvcrt

            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            except OSError:
                return False
            return True
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def moved_to(self, database_path: Path) -> None:
        """The locked file now has this name (a new project moved into place)."""
        if sys.platform == "win32" and self._fd is not None:  # pragma: no cover - Windows only
            # The sidecar is named after the file: lock the new one, then let
            # the old one go.
            old, old_fd = self._database_path, self._fd
            self._database_path, self._fd = database_path, None
            self.acquire()
            os.close(old_fd)
            self._sidecar(old).unlink(missing_ok=True)
            return
        self._database_path = database_path

    def _locked_error(self, waited: float) -> ProjectLockedError:
        name = self._database_path.name
        if waited > 0:
            return ProjectLockedError(
                Message(
                    "{file} is open for editing in another qcode window or command "
                    "(waited {seconds:g} s); close it there first (it can still be read "
                    "meanwhile)",
                    file=name,
                    seconds=waited,
                )
            )
        return ProjectLockedError(
            Message(
                "{file} is open for editing in another qcode window or command; "
                "close it there first (it can still be read meanwhile)",
                file=name,
            )
        )

    def release(self) -> None:
        """Give the lock back; safe to call twice."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
