"""Writing a file so that it appears whole or not at all.

Every export is written beside its target under a temporary name, checked
(the leak check of a pseudonymised export), flushed to disk, and only then
moved over the target in one step.  A failed, refused or cancelled export
leaves no half file, and an earlier file of that name is kept untouched.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from qcode.errors import QcodeError
from qcode.messages import Message

Check = Callable[[Path], None]


@contextlib.contextmanager
def atomic_file(path: Path, *, check: Check | None = None) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to.  When the block ends
    without an error, ``check`` (if any) reads the written file, then it is
    synced and moved into place; on any error it is deleted.  An ``OSError``
    becomes a one-line :class:`QcodeError` naming ``path``."""
    # A short unique name in the same folder: os.replace is atomic only within
    # one file system, and a long name plus a suffix could pass the name limit.
    temporary = path.with_name(f".qcode-{uuid.uuid4().hex}.part")
    try:
        yield temporary
        if check is not None:
            check(temporary)
        _sync(temporary)
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise QcodeError(
            Message(
                "{file}: cannot be written ({problem})",
                file=path.name,
                problem=error.strerror or str(error),
            )
        ) from error
    except BaseException:
        _remove(temporary)
        raise


def write_bytes_atomically(path: Path, data: bytes, *, check: Check | None = None) -> None:
    """Write ``data`` to ``path`` through :func:`atomic_file`."""
    with atomic_file(path, check=check) as temporary:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        descriptor = os.open(temporary, flags, 0o666)  # 0o666: the umask applies as usual
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)


def _sync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
