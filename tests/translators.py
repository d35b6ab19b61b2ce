"""A stand-in for a shipped translation, for GUI tests: the app asks it as it
asks a ``.qm`` file, and what it does not know falls through to English."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# (context, English source) -> the translation, or None: "not translated here".
Lookup = Callable[[str, str], "str | None"]


@contextmanager
def speaking(lookup: Lookup) -> Iterator[Any]:
    """The app translates with ``lookup`` while inside (Qt imported lazily, so
    core test modules that import this need no display)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    class StandIn(QTranslator):
        def translate(  # type: ignore[override]
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str | None:
            # None (a null QString) lets Qt ask the next translator; "" would
            # count as a translation and blank the text.
            return lookup(context, source)

        def isEmpty(self) -> bool:  # Qt's name
            return False

    translator = StandIn()
    assert QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
