"""One writer per project file, across processes.

SQLite alone would keep the file consistent with two writers, but the two
processes' undo stacks and views would not be: the app would show codings
that the command line had since removed.  So a process that opens a project
for writing holds an exclusive advisory lock for as long as it has it open,
and a second writer is refused with a clear message (readers are welcome).

POSIX: ``flock`` on the database file itself; it does not interact with the
byte-range ``fcntl`` locks SQLite uses, and the descriptor stays open until
the project is closed (closing it early would drop SQLite's own locks).
Windows: ``msvcrt`` locks are mandatory, so the lock is taken on a sidecar
``NAME.qcode.lock`` file instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from qcode.errors import ProjectLockedError


class WriterLock:
    """An exclusive, non-blocking lock on a project file."""

    def __init__(self, database_path: Path) -> None:
        self._database_path = database_path
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, or raise :class:`ProjectLockedError` at once."""
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            self._acquire_windows()
        else:
            self._acquire_posix()

    def _acquire_posix(self) -> None:
        import fcntl

        fd = os.open(self._database_path, os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise self._locked_error() from None
        self._fd = fd

    def _acquire_windows(self) -> None:  # pragma: no cover - Windows only
        import msvcrt

        lock_path = self._database_path.with_name(self._database_path.name + ".lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            os.close(fd)
            raise self._locked_error() from None
        self._fd = fd

    def _locked_error(self) -> ProjectLockedError:
        return ProjectLockedError(
            f"{self._database_path.name} is open for editing in another qcode window or "
            "command; close it there first (it can still be read meanwhile)"
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
