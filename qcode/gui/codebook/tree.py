"""The code tree's Qt model and view, and where a dropped code lands.

Rows are built from :class:`Code` values; the model never changes a code
itself.  A rename typed into the tree goes to a callback, a drag carries the
UUIDs of the codes dragged (:data:`CODE_MIME`), and a drop is handed back with
the row it fell on and whether "above", "below" or "on" it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import (
    QColor,
    QDropEvent,
    QIcon,
    QPainter,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from qcode.gui.widgets.overrides import guarded
from qcode.model import Code, Codebook

CODE_MIME = "application/x-qcode-code"  # UTF-8 JSON list of code UUIDs
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_UUID_ROLE = Qt.ItemDataRole.UserRole + 2
NAME, COUNT, KEY = range(3)
_INDICATOR = QAbstractItemView.DropIndicatorPosition
_PLACES = {_INDICATOR.AboveItem: "above", _INDICATOR.BelowItem: "below", _INDICATOR.OnItem: "on"}


def swatch(color: str) -> QIcon:
    """A small square of ``color`` with a darker border, for the code's row."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    painter = QPainter(pixmap)
    painter.setPen(QColor(color).darker(160))  # visible on any background
    painter.drawRect(0, 0, 11, 11)
    painter.end()
    return QIcon(pixmap)


def code_row(code: Code, icon: QIcon, key: int | None) -> list[QStandardItem]:
    """The items of one code's row (name, codings, favourite key); counts come later."""
    name = QStandardItem(icon, code.name)
    name.setData(code.id, CODE_ID_ROLE)
    name.setData(code.uuid, CODE_UUID_ROLE)
    name.setToolTip(code.description)
    if not code.codable:
        font = name.font()
        font.setItalic(True)
        name.setFont(font)
    count = QStandardItem()
    count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    key_item = QStandardItem("" if key is None else str(key))
    key_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
    name.setFlags(flags | Qt.ItemFlag.ItemIsEditable)
    count.setFlags(flags)
    key_item.setFlags(flags)
    return [name, count, key_item]


def dragged_code_uuids(mime: QMimeData) -> list[str]:
    """The UUIDs a drag from the tree carries; empty when they cannot be read."""
    try:
        uuids = json.loads(bytes(mime.data(CODE_MIME).data()).decode("utf-8"))
    except ValueError:
        return []
    return [str(uuid) for uuid in uuids]


def drop_destination(
    codebook: Codebook, code: Code, target: Code | None, place: str
) -> tuple[int | None, int | None] | None:
    """Where dropping ``code`` "above", "below" or "on" ``target`` (``None``: on
    empty space) moves it: (parent id, position among its new siblings, ``None``
    for last), or ``None`` when it would stay where it is (or is dropped on itself)."""
    if target is not None and target.id == code.id:
        return None
    between = target is not None and place in ("above", "below")
    parent_id = None if target is None else target.parent_id if between else target.id
    order = [c.id for c in codebook.children(parent_id) if c.id != code.id]
    position = order.index(target.id) + (place == "below") if between else None
    order.insert(len(order) if position is None else position, code.id)
    if order == [c.id for c in codebook.children(parent_id)]:
        return None
    return parent_id, position


class CodebookModel(QStandardItemModel):
    """Standard items whose name edits go to ``rename`` and whose drags carry code UUIDs.

    ``rename(code_id, name)`` says whether the item now shows the new name;
    ``formats`` are the MIME types the tree accepts in a drop.
    """

    def __init__(
        self, parent: QObject, formats: Iterable[str], rename: Callable[[int, str], bool]
    ) -> None:
        super().__init__(0, 3, parent)
        self._formats = list(formats)
        self._rename = rename
        self.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Codings"), self.tr("Key")])

    @guarded
    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: object,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role == Qt.ItemDataRole.EditRole and index.column() == NAME:
            # Never change the item: a successful rename comes back as codesChanged.
            return self._rename(index.data(CODE_ID_ROLE), str(value))
        return super().setData(index, value, role)

    @guarded
    def mimeTypes(self) -> list[str]:
        return list(self._formats)

    @guarded
    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        uuids: list[str] = []
        for index in indexes:
            uuid = index.siblingAtColumn(NAME).data(CODE_UUID_ROLE)
            if uuid is not None and uuid not in uuids:
                uuids.append(uuid)
        mime = QMimeData()
        mime.setData(CODE_MIME, json.dumps(uuids).encode("utf-8"))
        return mime

    @guarded
    def canDropMimeData(self, data: QMimeData, *_args: object) -> bool:
        # The view's dropEvent handles every drop; dropMimeData is never used.
        return any(data.hasFormat(mime_type) for mime_type in self._formats)


class CodeTree(QTreeView):
    """A tree view whose drops call ``drop(mime, index, place)`` instead of moving items.

    ``place`` is "above", "below" or "on" the row at ``index``, or "viewport".
    """

    def __init__(
        self, parent: QWidget, drop: Callable[[QMimeData, QModelIndex, str], None]
    ) -> None:
        super().__init__(parent)
        self._drop = drop

    @guarded
    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if not any(mime.hasFormat(mime_type) for mime_type in self.model().mimeTypes()):
            event.ignore()
            return
        # Where the drop indicator showed it: dragMoveEvent always comes first.
        index = self.indexAt(event.position().toPoint())
        place = _PLACES.get(self.dropIndicatorPosition(), "viewport")
        # Copy, never Move: a Move would make the source (this tree, or the
        # document view) remove what was dragged.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        self._drop(mime, index, place)
