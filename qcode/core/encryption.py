"""Encrypting a project at rest with a passphrase (SQLCipher).

A project created encrypted (``Project.create(path, passphrase=...)``) never
has its text on the disk in the clear.  :func:`encrypt_project` turns an
existing plain project into an encrypted one in place: it writes an
encrypted copy beside it, checks the copy holds the same rows, and only then
puts it in the original's place with one atomic rename.  The plain file's
old bytes may still be on the disk afterwards (SSDs move data around as
they wear, backups and earlier copies keep theirs): encryption protects
best what was encrypted from the start.

What encryption protects against, and what it does not, is in the README.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from qcode.errors import QcodeError, message_of
from qcode.messages import Message
from qcode.store.cipher import (
    PassphraseNeededError,
    WrongPassphraseError,
    check_new_passphrase,
    is_encrypted,
)
from qcode.store.encryption import export_copy
from qcode.store.errors import sqlite_errors
from qcode.store.lock import WriterLock

__all__ = [
    "PassphraseNeededError",
    "WrongPassphraseError",
    "change_passphrase",
    "check_encryptable",
    "check_new_passphrase",
    "decrypt_project",
    "encrypt_project",
    "is_encrypted",
]

_SIDE_FILES = ("-wal", "-shm", "-journal")


def check_encryptable(path: Path, lock_wait: float = 0.0) -> None:
    """Refuse, in one line, a file that :func:`encrypt_project` would refuse
    (so a passphrase is not asked for nothing); waits up to ``lock_wait``
    seconds for another writer to close it."""
    if not path.is_file():
        raise QcodeError(Message("project not found: {path}", path=path))
    if is_encrypted(path):
        raise QcodeError(
            Message("{file} is already encrypted; nothing was changed", file=path.name)
        )
    lock = WriterLock(path)  # open for editing elsewhere: refused now, not after asking
    lock.acquire(lock_wait)
    lock.release()


def encrypt_project(path: str | Path, passphrase: str, lock_wait: float = 0.0) -> None:
    """Encrypt the plain project file ``path`` in place with ``passphrase``.

    Refuses a file already encrypted, one open for editing elsewhere, and a
    passphrase too weak.  Nothing is changed unless the encrypted copy holds
    the same rows; then it replaces the file atomically and the plain file's
    write-ahead log is removed."""
    path = Path(path)
    check_new_passphrase(passphrase)
    check_encryptable(path, lock_wait)
    _rewrite(path, lock_wait, lambda part: export_copy(path, None, part, passphrase))


def change_passphrase(path: str | Path, old: str, new: str, lock_wait: float = 0.0) -> None:
    """Give the encrypted project ``path`` a new passphrase, in place.

    A wrong ``old`` passphrase, a ``new`` one too weak or the same as the old,
    or a project open for editing elsewhere changes nothing.  Backups and
    coders' copies made earlier keep the old passphrase."""
    path = Path(path)
    _check_encrypted(path)
    check_new_passphrase(new)
    if new == old:
        raise QcodeError(
            Message("the new passphrase is the same as the old one; nothing was changed")
        )
    _rewrite(path, lock_wait, lambda part: export_copy(path, old, part, new))


def decrypt_project(path: str | Path, passphrase: str, lock_wait: float = 0.0) -> None:
    """Turn the encrypted project ``path`` back into a plain one, in place.

    Afterwards anyone who has the file can read every transcript in it: the
    caller must have said so to the user.  A wrong passphrase or a project
    open for editing elsewhere changes nothing."""
    path = Path(path)
    _check_encrypted(path)
    _rewrite(path, lock_wait, lambda part: export_copy(path, passphrase, part, None))


def _check_encrypted(path: Path) -> None:
    if not path.is_file():
        raise QcodeError(Message("project not found: {path}", path=path))
    if not is_encrypted(path):
        raise QcodeError(Message("{file} is not encrypted; nothing was changed", file=path.name))


def _rewrite(path: Path, lock_wait: float, write: Callable[[Path], None]) -> None:
    """Hold the writer lock, let ``write`` make the new file beside ``path``
    (it checks the copy), then put it in place with one atomic rename; on any
    failure nothing is changed and the partial file is removed."""
    part = path.with_name(f".{path.name}.rewriting")
    lock = WriterLock(path)
    lock.acquire(lock_wait)
    try:
        _remove(part)  # left by an attempt that was interrupted
        try:
            write(part)
            shutil.copymode(path, part)
            _sync(part)
            os.replace(part, path)
        except sqlite_errors() as error:
            _remove(part)
            raise QcodeError(
                Message(
                    "{file}: could not write the new copy ({error}); nothing was changed",
                    file=path.name,
                    error=message_of(error),
                )
            ) from None
        except OSError as error:
            _remove(part)
            raise QcodeError(
                Message(
                    "{file}: could not write the new copy ({error}); nothing was changed",
                    file=path.name,
                    error=error.strerror,
                )
            ) from None
        except BaseException:
            _remove(part)
            raise
        # The old file's log and index belong to the replaced file: left
        # beside the new one they would hold the old bytes, and confuse SQLite.
        for suffix in _SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + suffix).unlink()
        _sync_folder(path.parent)
    finally:
        lock.release()


def _remove(part: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        with contextlib.suppress(OSError):
            part.with_name(part.name + suffix).unlink()


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return
    with contextlib.suppress(OSError):
        _sync(folder)
