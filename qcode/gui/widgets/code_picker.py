""" "Code as…": find a code by typing part of its path, then Enter.

Recent codes come first; typing filters by every word (case-insensitive),
so "pub sham" finds "Harms and impacts/Public shaming".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcode.gui.widgets.overrides import guarded
from qcode.model import Code, Codebook


def swatch(color: str, size: int = 12) -> QIcon:
    """A small square of a code's colour, for lists and menus."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class CodePicker(QDialog):
    def __init__(
        self,
        codebook: Codebook,
        recent: list[int],
        parent: QWidget | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Code as…"))
        self._codebook = codebook
        codable = [code for code in codebook.walk() if code.codable]
        recent_codes = [
            codebook.codes[i] for i in recent if i in codebook and codebook.codes[i].codable
        ]
        self._ordered = recent_codes + [c for c in codable if c.id not in set(recent)]
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type part of a code's name…"))
        self.filter.setAccessibleName(self.tr("Code name filter"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Matching codes"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Apply which code?"), self))
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._on_filter_changed)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.filter.installEventFilter(self)
        self._on_filter_changed("")
        self.resize(460, 420)

    def _on_filter_changed(self, text: str) -> None:
        words = text.casefold().split()
        self.list.clear()
        for code in self._ordered:
            path = self._codebook.path(code.id)
            if all(word in path.casefold() for word in words):
                item = QListWidgetItem(swatch(code.color), path)
                item.setData(Qt.ItemDataRole.UserRole, code.id)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    @guarded
    def eventFilter(self, watched: object, event: object) -> bool:
        # Up/Down in the filter box move through the list, as in a launcher.
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
            self.list.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def chosen(self) -> Code | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self._codebook.codes.get(item.data(Qt.ItemDataRole.UserRole))


def pick_code(
    codebook: Codebook,
    recent: list[int],
    parent: QWidget | None = None,
    title: str | None = None,
) -> Code | None:
    """Ask for a code; ``None`` when cancelled."""
    picker = CodePicker(codebook, recent, parent, title)
    if picker.exec() != QDialog.DialogCode.Accepted:
        return None
    return picker.chosen()
