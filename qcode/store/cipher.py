"""Encrypted project files: SQLCipher, through the ``sqlcipher3`` package.

A plain project is an SQLite file, opened with the standard library's
:mod:`sqlite3`; an encrypted one is a SQLCipher file (every page encrypted
with AES-256 and authenticated, the key stretched from the passphrase with
PBKDF2), opened with ``sqlcipher3``, which is loaded only when an encrypted
file is met.  Telling the two apart needs no passphrase: an SQLite file
starts with the 16 bytes ``SQLite format 3\\0``, a SQLCipher file with a
random salt, and it is made of whole pages.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import cast

from qcode.errors import QcodeError
from qcode.messages import Message

SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE_LENGTH = 8
_SMALLEST_PAGE = 512


class PassphraseNeededError(QcodeError):
    """An encrypted project was opened without a passphrase."""


class WrongPassphraseError(QcodeError):
    """The passphrase does not open the file (or the file is damaged)."""


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` holds an encrypted project (as far as can be told
    without the passphrase): not an SQLite file, and made of whole pages.
    A missing or unreadable file is not (opening it says what is wrong)."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
            size = os.fstat(file.fileno()).st_size
    except OSError:
        return False
    return head != SQLITE_HEADER and size >= 2 * _SMALLEST_PAGE and size % _SMALLEST_PAGE == 0


def check_new_passphrase(passphrase: str) -> str:
    """Refuse a passphrase too weak (or impossible) to protect a project."""
    if "\x00" in passphrase:
        raise QcodeError(Message("a passphrase cannot contain a NUL character"))
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise QcodeError(
            Message(
                "a passphrase needs at least {count} characters "
                "(a few unrelated words are both strong and easy to remember)",
                count=MIN_PASSPHRASE_LENGTH,
            )
        )
    return passphrase


def dbapi() -> ModuleType:
    """``sqlcipher3.dbapi2``, loaded on first use."""
    try:
        import sqlcipher3.dbapi2 as module  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError as error:
        raise QcodeError(
            Message(
                "encrypted projects need the sqlcipher3 package, which is not installed ({error})",
                error=str(error),
            )
        ) from None
    return cast(ModuleType, module)


def connect(path: Path, passphrase: str, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to the encrypted file ``path`` (a new, empty file becomes
    one), keyed with ``passphrase`` and checked: raises
    :class:`WrongPassphraseError` when it does not open the file, before
    anything is written.  It is a ``sqlcipher3`` connection; it is typed as
    its standard-library twin, whose interface it has."""
    module = dbapi()
    if any(path.with_name(path.name + end).exists() for end in ("-wal", "-journal")):
        # The project is open elsewhere (or was not closed): a connection
        # would mark the log's shared index (or roll back a journal) before
        # its first read could find the key wrong.  So the key is first tried
        # on the file alone, opened as immutable: nothing is written then.
        _keyed(module, path.resolve().as_uri() + "?immutable=1", passphrase, path).close()
    if read_only:
        return _keyed(module, path.resolve().as_uri() + "?mode=ro", passphrase, path)
    return _keyed(module, str(path), passphrase, path)


def _keyed(module: ModuleType, target: str, passphrase: str, path: Path) -> sqlite3.Connection:
    conn = module.connect(
        target, uri=target.startswith("file:"), isolation_level=None, check_same_thread=False
    )
    try:
        # SQLCipher would otherwise log "ERROR CORE hmac check failed" for a
        # wrong passphrase (a process-wide setting; our own message says it).
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(passphrase)
        # The key is only tried on the first read: a wrong one fails here
        # with "file is not a database".
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError:
        conn.close()
        raise WrongPassphraseError(
            Message("{file}: wrong passphrase (or the file is damaged)", file=path.name)
        ) from None
    return cast(sqlite3.Connection, conn)


def backup(conn: sqlite3.Connection, target: Path, passphrase: str) -> None:
    """Copy the open encrypted project ``conn`` to the new file ``target``,
    encrypted with the same passphrase (its own random salt)."""
    dest = connect(target, passphrase)
    try:
        conn.backup(dest)
    finally:
        dest.close()


def library_versions() -> tuple[str, str | None]:
    """The SQLite of plain projects, and the SQLCipher of encrypted ones with
    the SQLite inside it (``None``: sqlcipher3 is not installed), for the
    About dialog and bug reports."""
    try:
        module = dbapi()
    except QcodeError:
        return sqlite3.sqlite_version, None
    conn = module.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    cipher = f"{row[0]} (SQLite {module.sqlite_version})" if row and row[0] else None
    return sqlite3.sqlite_version, cipher
