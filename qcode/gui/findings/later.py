"""Refresh a view a moment after the project changes, and only while it is
on screen: edits come in bursts (a batch of codings, an undo of many), and
a panel hidden behind another tab has nothing to redraw until it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from qcode.gui.widgets.overrides import guarded

DELAY_MS = 300


class LaterRefresh(QObject):
    """Calls ``refresh`` once after :meth:`request`, when ``widget`` is shown."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None], delay_ms: int = DELAY_MS):
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        widget.installEventFilter(self)

    def request(self, *_ignored: object) -> None:
        """The project changed: refresh soon (or when next shown)."""
        self.stale = True
        if self._widget.isVisible():
            self._timer.start()

    def flush(self) -> None:
        """Refresh now if a change is waiting (also for tests)."""
        self._timer.stop()
        if self.stale:
            self.stale = False
            self._refresh()

    def cancel(self) -> None:
        """Never refresh again (the project is being closed)."""
        self._timer.stop()
        self.stale = False
        self._widget.removeEventFilter(self)

    @guarded
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self._timer.start()
        return super().eventFilter(watched, event)
