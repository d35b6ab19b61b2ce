"""Opening, creating and migrating a project file.

A project is one SQLite file, reached through sqlite-utils.  Settings that
matter for never losing work:

* WAL journal with ``synchronous=FULL``: an edit the user saw succeed is on
  disk, even after a power cut.
* Foreign keys on, checked at commit (``defer_foreign_keys``) so a change set
  can restore rows in any order within one transaction.
* One writer process at a time (see :mod:`qcode.store.lock`).

An encrypted project (:mod:`qcode.store.cipher`) is the same, read and
written through ``sqlcipher3`` with its passphrase; its backups are
encrypted with the same passphrase.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from qcode.errors import QcodeError
from qcode.store import cipher
from qcode.store.errors import sqlite_errors
from qcode.store.lock import WriterLock
from qcode.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SUFFIX = ".qcode"


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
    ) -> None:
        self.path = path
        self.read_only = read_only
        self._lock: WriterLock | None = None
        self._closed = False
        if create:
            if passphrase is not None:
                cipher.check_new_passphrase(passphrase)
            if path.exists():
                raise QcodeError(f"{path.name} already exists; choose another name")
            if not path.parent.is_dir():
                raise QcodeError(f"{path.name}: folder {path.parent} does not exist")
            try:
                path.touch()
            except OSError as error:
                raise QcodeError(f"cannot create {path}: {error.strerror}") from None
        elif not path.is_file():
            raise QcodeError(f"project not found: {path}")
        elif not cipher.is_encrypted(path):
            passphrase = None
        elif passphrase is None:
            raise cipher.PassphraseNeededError(f"{path.name} is encrypted: a passphrase is needed")
        self.passphrase = passphrase
        try:
            self.conn = self._connect()
        except sqlite_errors("DatabaseError") as error:
            self.release()
            raise QcodeError(f"{path.name}: cannot open the project ({error})") from None
        except BaseException:  # a wrong passphrase, a locked project
            self.release()
            raise
        self.db = sqlite_utils.Database(self.conn)
        self._identity = _file_identity(path)
        try:
            self._check_and_migrate(create)
        except BaseException:
            self.close()
            raise

    def _connect(self) -> sqlite3.Connection:
        if not self.read_only:
            self._lock = WriterLock(self.path)
            self._lock.acquire()
        if self.passphrase is not None:
            conn = cipher.connect(self.path, self.passphrase, read_only=self.read_only)
        elif self.read_only:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        return conn

    def _check_and_migrate(self, create: bool) -> None:
        try:
            application_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite_errors("DatabaseError"):
            raise QcodeError(f"{self.path.name} is not a qcode project") from None
        if create:
            application_id = APPLICATION_ID
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if application_id != APPLICATION_ID:
            raise QcodeError(f"{self.path.name} is not a qcode project")
        if version > SCHEMA_VERSION:
            raise QcodeError(
                f"{self.path.name} was made by a newer qcode (project format {version}, "
                f"this qcode reads up to {SCHEMA_VERSION}); please upgrade qcode"
            )
        if not self.read_only:
            # Only now that the file is known to be ours: switching to WAL writes to it.
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = FULL")
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
            raise UpgradeNeededError(
                f"{self.path.name} needs upgrading to the current project format; "
                "open it once for editing"
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
        script = MIGRATIONS[target - 1]
        with self.db.atomic():
            for statement in _split_statements(script):
                self.conn.execute(statement)
            self.conn.execute(f"PRAGMA user_version = {target}")

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is committed, or none of it."""
        if self.read_only:
            raise QcodeError(f"{self.path.name} is open read-only; nothing was changed")
        if _file_identity(self.path) != self._identity:
            # SQLite would happily go on writing to a deleted or replaced file,
            # and every edit from now on would be lost when it is closed.
            raise QcodeError(
                f"{self.path.name} was moved, replaced or deleted while open; nothing was "
                "changed (save a copy of the project to keep working)"
            )
        with self.db.atomic():
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
            yield self.conn

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    def backup_to(self, target: Path) -> None:
        """Write a consistent copy of the project to ``target`` (encrypted
        with the same passphrase when the project is)."""
        tmp = target.with_name(target.name + ".tmp")
        if self.passphrase is not None:
            tmp.unlink(missing_ok=True)  # a leftover would be keyed wrongly
            cipher.backup(self.conn, tmp, self.passphrase)
        else:
            dest = sqlite3.connect(tmp)
            try:
                self.conn.backup(dest)
            finally:
                dest.close()
        shutil.move(tmp, target)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        """Close the file and give up the writer lock; safe to call twice."""
        if not self._closed:
            self._closed = True
            with contextlib.suppress(*sqlite_errors()):
                if not self.read_only:
                    self.conn.execute("PRAGMA optimize")
                self.conn.close()
        self.release()


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
