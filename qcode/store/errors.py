"""The database exceptions to catch, whichever SQLite library raised them.

Plain projects go through the standard library's :mod:`sqlite3`; encrypted
ones through ``sqlcipher3``, whose exception classes are its own
(``sqlcipher3.dbapi2.IntegrityError`` is not a ``sqlite3.IntegrityError``).
So ``except`` clauses name :func:`sqlite_errors`, which is evaluated only
when an exception arrives: it adds sqlcipher3's class once that library has
been loaded (by opening an encrypted project) and never loads it itself.
"""

from __future__ import annotations

import sqlite3
import sys

_CIPHER_MODULE = "sqlcipher3.dbapi2"


def sqlite_errors(kind: str = "Error", *also: type[Exception]) -> tuple[type[Exception], ...]:
    """``sqlite3.<kind>`` and, when loaded, ``sqlcipher3.dbapi2.<kind>``, plus
    the classes ``also``; for ``except sqlite_errors("IntegrityError"):`` or
    ``except sqlite_errors("Error", OSError):`` (kind: any DB-API exception
    name, e.g. ``Error``, ``DatabaseError``, ``OperationalError``)."""
    found: list[type[Exception]] = [*also, getattr(sqlite3, kind)]
    cipher = sys.modules.get(_CIPHER_MODULE)
    if cipher is not None:
        found.append(getattr(cipher, kind))
    return tuple(found)
