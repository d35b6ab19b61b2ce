"""The database exceptions to catch, whichever SQLite library raised them.

Plain projects go through the standard library's :mod:`sqlite3`; encrypted
ones through ``sqlcipher3``, whose exception classes are its own
(``sqlcipher3.dbapi2.IntegrityError`` is not a ``sqlite3.IntegrityError``).
So ``except`` clauses name :func:`sqlite_errors`, which is evaluated only
when an exception arrives: it adds sqlcipher3's class once that library has
been loaded (by opening an encrypted project) and never loads it itself.

A text stored in the project that is not valid UTF-8 (a damaged file, or one
another program wrote) is reported here too, once for every reader: each
connection decodes its texts with :func:`text_reader`, which raises
:class:`DamagedTextError` (a one-line error naming the file) where SQLite's
library would raise an ``OperationalError`` quoting the undecodable text.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from qcode.errors import DamagedTextError
from qcode.messages import Message

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


def text_reader(path: Path) -> Callable[[bytes], str]:
    """What a connection to the project file ``path`` decodes its stored
    texts with (its ``text_factory``): UTF-8, strictly, as SQLite's library
    does; bytes that are not UTF-8 raise :class:`DamagedTextError`."""
    name = path.name

    def read(data: bytes) -> str:
        try:
            return str(data, "utf-8")
        except UnicodeDecodeError:
            # Never quote the bytes: they are a participant's words, or part of them.
            raise DamagedTextError(
                Message(
                    "{file}: the project file is damaged: a text stored in it is not valid "
                    "UTF-8 (another program wrote it, or the disk failed)",
                    file=name,
                )
            ) from None

    return read
