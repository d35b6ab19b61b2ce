"""Python overrides of Qt's virtual methods, kept from crashing the app.

PySide6 (seen on 6.10 and 6.11) on Python 3.11 dies with SIGSEGV when an
exception raised inside C code escapes a Python override of a C++ virtual
method (``paintEvent``, ``data``, ``blockBoundingRect``…) that Qt called
while Python was waiting in Qt (an event loop, ``show()``, ``processEvents()``).
The binding reads the exception's arguments before Python has made the
exception an object: in 3.11 the pending value of an exception raised in C is
still its message string, and the binding increments whatever sits where an
exception keeps its arguments (a string keeps its hash there, -1).  Examples
of such exceptions: sqlite3's "Cannot operate on a closed database" from a
window whose project was closed, the binding's own "Internal C++ object
already deleted", an ``IndexError`` from indexing a list.  An exception from
a Python ``raise`` statement is an object already, and so is one that was
caught once: :func:`guarded` catches and raises again, so the binding reports
the error ("Error calling Python override of …") like any other, instead of
ending the process and every unsaved thing in it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

Method = TypeVar("Method", bound=Callable[..., Any])

GUARDED = "__qcode_guarded__"


def guarded(method: Method) -> Method:
    """``method`` (a Python override of a Qt virtual), with any exception it
    raises made a Python object before it reaches the binding (see above)."""

    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except BaseException:  # caught only so that Python normalises it: see the module
            raise

    setattr(call, GUARDED, True)
    return cast(Method, call)


def is_guarded(method: object) -> bool:
    """Whether ``method`` was wrapped by :func:`guarded`."""
    return bool(getattr(method, GUARDED, False))
