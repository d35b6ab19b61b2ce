"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of
a method returning nothing; after some thousands of calls (one document
switch is enough) the interpreter aborts with "deallocating None".  The app
must not run on such a binding: this fails if one is installed.
"""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QTextCursor, QTextDocument


def test_void_qt_calls_keep_references_to_none() -> None:
    document = QTextDocument("some text")
    cursor = QTextCursor(document)
    before = sys.getrefcount(None)
    for _ in range(2000):
        cursor.setPosition(3)
    after = sys.getrefcount(None)
    assert after >= before - 50, f"the Qt binding lost {before - after} references to None"
