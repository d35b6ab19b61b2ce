"""Opening, creating and migrating a project file.

A project is one SQLite file, reached through sqlite-utils.  Settings that
matter for never losing work:

* WAL journal with ``synchronous=FULL``: an edit the user saw succeed is on
  disk, even after a power cut.
* Foreign keys on, checked at commit (``defer_foreign_keys``) so a change set
  can restore rows in any order within one transaction.
* One writer process at a time (see :mod:`qcode.store.lock`).
* The project file alone holds every edit that was acknowledged: each
  committed write is checkpointed from the write-ahead log into the file at
  once.  A reader (another window, a command, a worker) reading an older
  state can hold that up; it is then tried again at the next write, by the
  app every few seconds (:meth:`Database.checkpoint`), and in full at close.
  So copying ``NAME.qcode`` when qcode is closed is always a complete copy.
* Nothing is written unless an edit is: a refused or read-only command
  leaves the file byte for byte as it was (no statistics refreshed, no
  checkpoint), so sync tools are not woken and "nothing changed" holds.
* A new project is built under a temporary name (``.NAME.qcode.new-…``) and
  moved into place only when complete: a crash leaves no half-made project.

An encrypted project (:mod:`qcode.store.cipher`) is the same, read and
written through ``sqlcipher3`` with its passphrase; its backups are
encrypted with the same passphrase.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.store import cipher
from qcode.store.errors import sqlite_errors, text_reader
from qcode.store.lock import WriterLock
from qcode.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SUFFIX = ".qcode"

# The connection the store's readers and writers take.  The layers above name
# this alias, never :mod:`sqlite3` (an encrypted project's connection is a
# ``sqlcipher3`` one, with the same interface).
Connection = sqlite3.Connection


def now_iso() -> str:
    """The current time as an ISO 8601 string in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class UpgradeNeededError(QcodeError):
    """A read-only open found an older project format (only a writer migrates)."""


class Database:
    """An open project file: a sqlite-utils database plus its writer lock.

    ``passphrase`` opens an encrypted file, or encrypts a new one
    (``create``); a plain file ignores it.  :attr:`passphrase` is then the
    one in use, ``None`` for a plain file."""

    def __init__(
        self,
        path: Path,
        *,
        read_only: bool,
        create: bool = False,
        passphrase: str | None = None,
        initialise: Callable[[sqlite3.Connection], None] | None = None,
        lock_wait: float = 0.0,
    ) -> None:
        """``create`` makes a new project file, with ``initialise`` run in its
        first transaction before it is moved into place; ``lock_wait`` is how
        many seconds a writer waits for another one to close the project."""
        self.path = path
        self.read_only = read_only
        self._lock: WriterLock | None = None
        self._lock_wait = lock_wait
        self._closed = False
        self._wrote = False  # this connection committed an edit: housekeeping at close
        self._checkpoint_pending = False  # committed frames not yet all in the file
        if create:
            self._create(passphrase, initialise)
            return
        if not path.is_file():
            raise QcodeError(Message("project not found: {path}", path=str(path)))
        elif not cipher.is_encrypted(path):
            passphrase = None
        elif passphrase is None:
            raise cipher.PassphraseNeededError(
                Message("{file} is encrypted: a passphrase is needed", file=path.name)
            )
        self.passphrase = passphrase
        self._open(create=False)

    def _open(self, *, create: bool) -> None:
        try:
            self.conn = self._connect()
        except sqlite_errors("DatabaseError") as error:
            self.release()
            problem = Message(
                "{file}: cannot open the project ({error})", file=self.path.name, error=str(error)
            )
            raise QcodeError(problem) from None
        except BaseException:  # a wrong passphrase, a locked project
            self.release()
            raise
        self.db = sqlite_utils.Database(self.conn)
        self._identity = _file_identity(self.path)
        try:
            self._check_and_migrate(create)
        except BaseException:
            self.close()
            raise

    def _create(
        self, passphrase: str | None, initialise: Callable[[sqlite3.Connection], None] | None
    ) -> None:
        """Build the new project under a temporary name beside ``path``, with
        the writer lock held on it, and move it into place when complete: a
        crash leaves no project file, or a whole one, never a half-made one."""
        target = self.path
        if passphrase is not None:
            cipher.check_new_passphrase(passphrase)
        if target.exists():
            raise _taken(target)
        if not target.parent.is_dir():
            raise QcodeError(
                Message(
                    "{file}: folder {folder} does not exist",
                    file=target.name,
                    folder=str(target.parent),
                )
            )
        self.passphrase = passphrase
        try:
            part, self._lock = _new_part(target)
        except OSError as error:
            raise _cannot_create(target, error) from None
        self.path = part
        try:
            self._open(create=True)
            if initialise is not None:
                with self.write() as conn:
                    initialise(conn)
            # In WAL mode before it has its name, so that opening it there
            # writes nothing; closing the only connection empties the log
            # into the file and removes it.
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.close()
            self._closed = True
            _move_into_place(part, target)
        except BaseException as error:
            self._closed = True
            if hasattr(self, "conn"):  # not when the connection itself failed
                with contextlib.suppress(*sqlite_errors()):
                    self.conn.close()
            self.release()
            _remove_part(part)
            if isinstance(error, OSError):
                raise _cannot_create(target, error) from None
            raise
        self._lock.moved_to(target)
        self.path = target
        self._closed = self._wrote = self._checkpoint_pending = False
        self._open(create=False)

    def _connect(self) -> sqlite3.Connection:
        if not self.read_only and self._lock is None:
            self._lock = WriterLock(self.path)
            self._lock.acquire(self._lock_wait)
        if self.passphrase is not None:
            conn = cipher.connect(self.path, self.passphrase, read_only=self.read_only)
        elif self.read_only:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        # A stored text that is not UTF-8 is a damaged file, said in one line (see errors.py).
        conn.text_factory = text_reader(self.path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        return conn

    def _check_and_migrate(self, create: bool) -> None:
        try:
            application_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite_errors("DatabaseError"):
            raise not_a_project(self.path) from None
        if create:
            application_id = APPLICATION_ID
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if application_id != APPLICATION_ID:
            raise not_a_project(self.path)
        if version > SCHEMA_VERSION:
            raise QcodeError(
                Message(
                    "{file} was made by a newer qcode (project format {version}, "
                    "this qcode reads up to {supported}); please upgrade qcode",
                    file=self.path.name,
                    version=version,
                    supported=SCHEMA_VERSION,
                )
            )
        if not self.read_only:
            # Only now that the file is known to be ours: switching to WAL
            # writes to it.  A new project is built with a rollback journal
            # (one file, should the build be cut short) and switched last.
            if not create:
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = FULL")
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
            raise UpgradeNeededError(
                Message(
                    "{file} needs upgrading to the current project format; "
                    "open it once for editing",
                    file=self.path.name,
                )
            )
        if version > 0:
            self._backup_before_migration(version)
        for target in range(version + 1, SCHEMA_VERSION + 1):
            self._apply_migration(target)

    def _backup_before_migration(self, version: int) -> Path:
        backup = self.path.with_name(f"{self.path.name}.v{version}.bak")
        self.backup_to(backup)
        return backup

    def _apply_migration(self, target: int) -> None:
        # executescript would commit on its own; run the statements one by
        # one inside our transaction so that a failure leaves nothing behind.
        migration = MIGRATIONS[target - 1]

        def run_script(script: str) -> None:
            for statement in _split_statements(script):
                self.conn.execute(statement)

        with self.db.atomic():
            if isinstance(migration, str):
                run_script(migration)
            else:
                migration(self.conn, run_script)
            self.conn.execute(f"PRAGMA user_version = {target}")
        self._wrote = self._checkpoint_pending = True
        self.checkpoint()

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is committed, or none of it."""
        if self.read_only:
            raise QcodeError(
                Message("{file} is open read-only; nothing was changed", file=self.path.name)
            )
        if _file_identity(self.path) != self._identity:
            # SQLite would happily go on writing to a deleted or replaced file,
            # and every edit from now on would be lost when it is closed.
            raise QcodeError(
                Message(
                    "{file} was moved, replaced or deleted while open; nothing was "
                    "changed (save a copy of the project to keep working)",
                    file=self.path.name,
                )
            )
        changes = self.conn.total_changes
        with self.db.atomic():
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
            yield self.conn
        if self.conn.in_transaction:  # a write inside another: that one finishes the job
            return
        if self.conn.total_changes != changes:  # committed rows, not a refusal
            self._wrote = self._checkpoint_pending = True
        self.checkpoint()

    @property
    def checkpoint_pending(self) -> bool:
        """Whether edits acknowledged here are still only in the ``-wal`` file
        (a reader held up their checkpoint): :meth:`checkpoint` them soon."""
        return self._checkpoint_pending

    def checkpoint(self, *, full: bool = False) -> bool:
        """Copy committed edits from the write-ahead log into the project file,
        as far as readers allow; returns True when the file alone now holds
        every edit.  Does nothing (True) when nothing is pending, unless
        ``full``, which also empties the log, waiting a moment for readers.
        Never raises: the edits are safe in the log meanwhile."""
        if self.read_only or self._closed or not (full or self._checkpoint_pending):
            return True
        mode = "TRUNCATE" if full else "PASSIVE"
        try:
            busy, logged, copied = self.conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        except sqlite_errors():  # a full disk, an I/O error: the log still holds it all
            return False
        # (-1, -1) when the file is not in WAL mode (a new project being built).
        self._checkpoint_pending = busy != 0 or logged != copied
        return not self._checkpoint_pending

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    def backup_to(self, target: Path) -> None:
        """Write a consistent copy of the project to ``target`` (encrypted
        with the same passphrase when the project is)."""
        tmp = target.with_name(target.name + ".tmp")
        # A leftover would be keyed wrongly, or its journal rolled into the copy.
        _remove_part(tmp)
        if self.passphrase is not None:
            cipher.backup(self.conn, tmp, self.passphrase)
        else:
            # SQLite's backup API, through this connection: a consistent copy
            # that includes what is still only in the write-ahead log.
            dest = sqlite3.connect(tmp)
            try:
                self.conn.backup(dest)
            finally:
                dest.close()
        os.replace(tmp, target)
        _sync_folder(target.parent)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        """Close the file and give up the writer lock; safe to call twice."""
        if not self._closed:
            # Housekeeping only after an edit: a refused or read-only command
            # leaves the file byte for byte as it was.
            if self._wrote:
                with contextlib.suppress(*sqlite_errors()):
                    self.conn.execute("PRAGMA optimize")
            if self._wrote or self._checkpoint_pending:
                with contextlib.suppress(*sqlite_errors()):
                    self.conn.execute(f"PRAGMA busy_timeout = {_CLOSE_WAIT_MS}")
                self.checkpoint(full=True)  # the .qcode file alone: a complete copy
            self._closed = True
            with contextlib.suppress(*sqlite_errors()):
                self.conn.close()
        self.release()


@contextlib.contextmanager
def read_snapshot(conn: Connection) -> Iterator[None]:
    """One read transaction: every read inside sees the project as it was at
    one moment (an export, a merge reading a project a coder is still
    editing).  Inside a caller's transaction it adds nothing."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")  # a read transaction: commit and rollback are the same


def broken_references(conn: Connection) -> list[tuple[str, str]]:
    """(table, referred table) for rows that refer to a row that is not
    there: a damaged file, which a merge must refuse rather than half-read."""
    found = conn.execute("PRAGMA foreign_key_check").fetchall()
    return sorted({(str(row[0]), str(row[2])) for row in found})


# How long closing waits for readers to let the log be emptied into the file.
_CLOSE_WAIT_MS = 2000
# A new project's temporary file: ".NAME.qcode.new-<8 hex digits>".
_PART = ".new-"
_PART_AGE = 60.0  # seconds: an older one, unlocked, was left by a crash


def _new_part(target: Path) -> tuple[Path, WriterLock]:
    """A new, empty, locked file beside ``target`` to build a project in."""
    _remove_abandoned_parts(target)
    while True:
        part = target.with_name(f".{target.name}{_PART}{secrets.token_hex(4)}")
        try:
            os.close(os.open(part, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        lock = WriterLock(part)
        lock.acquire()
        return part, lock


def _remove_abandoned_parts(target: Path) -> None:
    """Temporary files of ``qcode new`` runs that were killed: old, and unlocked."""
    pattern = re.compile(re.escape(f".{target.name}{_PART}") + "[0-9a-f]{8}")
    with contextlib.suppress(OSError):
        for found in target.parent.iterdir():
            if not pattern.fullmatch(found.name):
                continue
            with contextlib.suppress(OSError, QcodeError):
                if time.time() - found.stat().st_mtime > _PART_AGE:
                    with WriterLock(found):  # still being built by another process: refused
                        _remove_part(found)


def not_a_project(path: Path) -> QcodeError:
    """The refusal for a file that is not a qcode project."""
    return QcodeError(Message("{file} is not a qcode project", file=path.name))


def _taken(target: Path) -> QcodeError:
    return QcodeError(Message("{file} already exists; choose another name", file=target.name))


def _cannot_create(target: Path, error: OSError) -> QcodeError:
    return QcodeError(
        Message("cannot create {path}: {reason}", path=str(target), reason=error.strerror)
    )


def _move_into_place(part: Path, target: Path) -> None:
    """Give the complete ``part`` the name ``target``, never replacing a file
    that appeared there meanwhile."""
    taken = _taken(target)
    try:
        os.link(part, target)  # fails if target exists: no window to clobber it
    except FileExistsError:
        raise taken from None
    except OSError:
        # A file system without hard links (FAT on a USB stick, some shares).
        if target.exists():
            raise taken from None
        os.replace(part, target)
    else:
        with contextlib.suppress(OSError):  # the project is in place; a stray name is harmless
            part.unlink()
    _sync_folder(target.parent)


def _remove_part(part: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            part.with_name(part.name + suffix).unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no folder handles)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def _split_statements(script: str) -> list[str]:
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
