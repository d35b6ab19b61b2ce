"""A button that shows what is chosen ("Coders: all") and drops down a
checkable list to change it, for filters with a handful to a few hundred
choices."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class ChoiceButton(QToolButton):
    """``label: all`` until something is ticked; ``chosen()`` is the ticked
    names in the order offered (empty: all of them)."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None, *, none_text: str | None = None):
        super().__init__(parent)
        self.label = label
        self.none_text = self.tr("all") if none_text is None else none_text
        self.setAccessibleName(label)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self._actions: dict[str, QAction] = {}
        self._update_text()

    def set_names(self, names: Sequence[str]) -> None:
        """Offer ``names``; what was ticked and is still offered stays ticked."""
        if list(names) == list(self._actions):
            return
        ticked = set(self.chosen())
        self.menu_.clear()
        self._actions = {}
        clear = self.menu_.addAction(self.tr("All ({none_text})").format(none_text=self.none_text))
        clear.triggered.connect(lambda _checked=False: self.set_chosen(()))
        self.menu_.addSeparator()
        for name in names:
            action = self.menu_.addAction(name)
            action.setCheckable(True)
            action.setChecked(name in ticked)
            action.toggled.connect(self._on_toggled)
            self._actions[name] = action
        self._update_text()

    def names(self) -> list[str]:
        return list(self._actions)

    def chosen(self) -> list[str]:
        return [name for name, action in self._actions.items() if action.isChecked()]

    def set_chosen(self, names: Sequence[str]) -> None:
        wanted = set(names)
        for name, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(name in wanted)
            action.blockSignals(False)
        self._on_toggled()

    def _on_toggled(self, _checked: bool = False) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = self.chosen()
        if not chosen:
            shown = self.none_text
        elif len(chosen) <= 2:
            shown = ", ".join(chosen)
        else:
            shown = self.tr("{n_chosen} of {n_actions}").format(
                n_chosen=len(chosen), n_actions=len(self._actions)
            )
        self.setText(f"{self.label}: {shown}")
        self.setToolTip("\n".join(chosen) if chosen else f"{self.label}: {self.none_text}")
