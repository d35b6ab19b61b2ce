"""What the layers above the core need to know about the file under a
project, without reaching into :mod:`qcode.store`: how long a writer waits
for another to close it, which exceptions mean the file itself failed, and
which SQLite and SQLCipher versions read it (:func:`library_versions`).

:func:`sqlite_errors` is evaluated where an exception is caught (``except
sqlite_errors("Error", QcodeError):``): an encrypted project's library has
exception classes of its own, known only once it has been loaded.
"""

from __future__ import annotations

from qcode.store.cipher import library_versions
from qcode.store.errors import sqlite_errors
from qcode.store.lock import DEFAULT_WAIT, WAIT_ENVIRONMENT, wait_from_environment

__all__ = [
    "DEFAULT_WAIT",
    "WAIT_ENVIRONMENT",
    "library_versions",
    "sqlite_errors",
    "wait_from_environment",
]
