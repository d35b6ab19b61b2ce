"""A user's problem that escapes an event handler is shown, not lost.

The core raises :class:`~qcode.errors.QcodeError` for what the user must be
told (a project file damaged, say: a text stored in it that is not valid
UTF-8).  Edits catch it where they run (:meth:`Session.edit`), but a view
that reads the project in a handler (a document shown, a list refreshed)
can meet it too; Qt hands such an exception to :data:`sys.excepthook`, which
would print it on a terminal the user never sees and leave the view empty.
Here it becomes a message box, one at a time (a damaged file fails every
view that reads it at once); any other exception is a bug in qcode and goes
to the hook that was there before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ShownErrors:
    """The :data:`sys.excepthook` of the app (see the module)."""

    def __init__(self, previous: Hook) -> None:
        self.previous = previous
        self.showing = False  # a box is up, or about to be: the others are the same news
        self.shown: list[str] = []  # what was shown, for the tests

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if not isinstance(error, QcodeError):
            self.previous(kind, error, trace)
            return
        if self.showing:
            return
        self.showing = True
        text = error_text(error)
        # After the handler that failed has returned, not inside it.
        QTimer.singleShot(0, lambda: self._show(text))

    def _show(self, text: str) -> None:
        try:
            self.shown.append(text)
            QMessageBox.warning(QApplication.activeWindow(), "qcode", text)
        finally:
            self.showing = False


def install_error_hook() -> ShownErrors:
    """Show the QcodeErrors that escape the app's handlers in a message box."""
    hook = ShownErrors(sys.excepthook)
    sys.excepthook = hook
    return hook
