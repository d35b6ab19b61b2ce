"""The filter bar of the Reports window: which documents, document
attributes, codes and coders the reports look at, and how the codings were
made (by hand, accepted suggestions...).

Nothing chosen in a list means "all of them"; Apply turns the choice into a
:class:`~qcode.analysis.filters.Filters` (the same rules as the command
line's ``--document``, ``--attribute``, ``--code``, ``--coder`` and ``--origin``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.filters import Filters, attribute_text
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.gui.coding.origins import origin_choices
from qcode.gui.i18n.messages import error_text, shown
from qcode.gui.reports.tables import INDENT

ID_ROLE = Qt.ItemDataRole.UserRole + 10
LIST_HEIGHT = 96


def _split_attributes(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class FilterBar(QWidget):
    """Lists of documents, codes and coders, an attribute filter, Apply and
    Clear; ``applied(Filters)`` fires when the user applies new filters."""

    applied = Signal(object)
    failed = Signal(str)  # a mistake in the attribute filter

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.filters = Filters()
        self.documents = self._list(self.tr("Documents"))
        self.codes = self._list(self.tr("Codes (with their sub-codes)"))
        self.coders = self._list(self.tr("Coders"))
        self.origins = self._list(self.tr("Codings made"))
        for origin, name in origin_choices():
            item = QListWidgetItem(name, self.origins)
            item.setData(ID_ROLE, origin)
            item.setToolTip(name)
        self.attributes = QLineEdit(self)
        self.attributes.setPlaceholderText(self.tr("e.g. gender=female, city=Beijing"))
        self.attributes.setAccessibleName(
            self.tr("Document attributes, as name=value, comma-separated")
        )
        self.attributes.setToolTip(
            self.tr(
                "A document must match every named attribute; "
                "the same name twice means either value."
            )
        )
        self.attributes.returnPressed.connect(lambda: self.apply())
        self.attribute_menu = QMenu(self)
        self.attribute_menu.aboutToShow.connect(self._fill_attribute_menu)
        self.pick_attribute = QToolButton(self)
        self.pick_attribute.setText(self.tr("Add…"))
        self.pick_attribute.setAccessibleName(self.tr("Add an attribute value to the filter"))
        self.pick_attribute.setMenu(self.attribute_menu)
        self.pick_attribute.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.apply_button = QPushButton(self.tr("&Apply filters"), self)
        self.apply_button.setAccessibleName(self.tr("Apply filters"))
        self.apply_button.setDefault(False)
        self.apply_button.clicked.connect(lambda _checked=False: self.apply())
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self.clear_button.clicked.connect(lambda _checked=False: self.clear())
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setAccessibleName(self.tr("Filters in use"))

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (title, widget) in enumerate(
            (
                (self.tr("&Documents"), self.documents),
                (self.tr("C&odes"), self.codes),
                (self.tr("Cod&ers"), self.coders),
                (self.tr("Codings &made"), self.origins),
            )
        ):
            label = QLabel(title, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
            grid.setColumnStretch(column, 2 if column < 2 else 1)
        grid.setColumnStretch(3, 2)  # the origins' names are long
        side = QVBoxLayout()
        attribute_label = QLabel(self.tr("A&ttributes"), self)
        attribute_label.setBuddy(self.attributes)
        side.addWidget(attribute_label)
        attribute_row = QHBoxLayout()
        attribute_row.addWidget(self.attributes, 1)
        attribute_row.addWidget(self.pick_attribute)
        side.addLayout(attribute_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        side.addStretch(1)
        grid.addLayout(side, 0, 4, 2, 1)
        grid.setColumnStretch(4, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(grid)
        layout.addWidget(self.description)
        self.refresh_choices()
        self._show_description()

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        widget.setAccessibleName(self.tr("{name}: none selected means all").format(name=name))
        widget.setToolTip(
            self.tr("Select one or more (Ctrl+click, Shift+click); none selected means all.")
        )
        widget.setFixedHeight(LIST_HEIGHT)
        return widget

    # -- the choices ----------------------------------------------------------------------

    def refresh_choices(self) -> None:
        """Fill the lists from the project, keeping what is selected."""
        codebook = self.project.codebook()
        self._fill(self.documents, ((d.id, d.name, d.name) for d in self.project.documents()))
        self._fill(
            self.codes,
            (
                (c.id, INDENT * codebook.depth(c.id) + c.name, codebook.path(c.id))
                for c in codebook.walk()
            ),
        )
        self._fill(self.coders, ((c.id, c.name, c.name) for c in self.project.coders()))

    @staticmethod
    def _fill(widget: QListWidget, entries: Iterable[tuple[int, str, str]]) -> None:
        chosen = {item.data(ID_ROLE) for item in widget.selectedItems()}
        entries = list(entries)
        current = [(item.data(ID_ROLE), item.text()) for item in _items(widget)]
        if current == [(i, text) for i, text, _tip in entries]:
            return
        widget.blockSignals(True)
        widget.clear()
        for item_id, text, tip in entries:
            item = QListWidgetItem(text, widget)
            item.setData(ID_ROLE, item_id)
            item.setToolTip(tip)
            item.setSelected(item_id in chosen)
        widget.blockSignals(False)

    def _fill_attribute_menu(self) -> None:
        self.attribute_menu.clear()
        values: dict[str, set[str]] = {}
        for document in self.project.documents():
            for name, value in document.attributes.items():
                values.setdefault(name, set()).add(attribute_text(value))
        if not values:
            self.attribute_menu.addAction(self.tr("(no document has attributes)")).setEnabled(False)
        for name in sorted(values, key=str.casefold):
            submenu = self.attribute_menu.addMenu(name)
            for value in sorted(values[name], key=str.casefold):
                action = QAction(value or self.tr("(empty)"), submenu)
                action.triggered.connect(lambda _c=False, n=name, v=value: self.add_attribute(n, v))
                submenu.addAction(action)

    def add_attribute(self, name: str, value: str) -> None:
        """Add ``name=value`` to the attribute filter text (not yet applied)."""
        parts = [*_split_attributes(self.attributes.text()), f"{name}={value}"]
        self.attributes.setText(", ".join(parts))

    # -- applying ---------------------------------------------------------------------------

    def chosen_filters(self) -> Filters:
        """The filters the bar shows now; an unknown attribute raises QcodeError."""
        attributes = Filters.from_names(
            self.project, attributes=_split_attributes(self.attributes.text())
        ).attributes
        origins = frozenset(str(item.data(ID_ROLE)) for item in self.origins.selectedItems())
        return Filters(
            _selected(self.documents),
            attributes,
            _selected(self.codes),
            _selected(self.coders),
            origins=origins or None,
        )

    def apply(self) -> bool:
        """Use what the bar shows; a mistake in the attributes is reported
        through ``failed`` and changes nothing."""
        try:
            filters = self.chosen_filters()
        except QcodeError as problem:
            self.failed.emit(error_text(problem))
            return False
        self.filters = filters
        self._show_description()
        self.applied.emit(filters)
        return True

    def clear(self) -> None:
        for widget in (self.documents, self.codes, self.coders, self.origins):
            widget.clearSelection()
        self.attributes.clear()
        self.apply()

    def set_filters(self, filters: Filters) -> None:
        """Show ``filters`` in the bar (and use them)."""
        for widget, ids in (
            (self.documents, filters.documents),
            (self.codes, filters.codes),
            (self.coders, filters.coders),
            (self.origins, filters.origins),
        ):
            for item in _items(widget):
                item.setSelected(ids is not None and item.data(ID_ROLE) in ids)
        self.attributes.setText(", ".join(f"{n}={v}" for n, v in filters.attributes))
        self.apply()

    def _show_description(self) -> None:
        self.description.setText(
            self.tr("<b>Filters:</b> {escaped}").format(
                escaped=_escaped(shown(self.filters.describe(self.project)))
            )
        )

    def show_description(self) -> None:
        """Name the filters again (documents or codes may have been renamed)."""
        self._show_description()


def _items(widget: QListWidget) -> list[QListWidgetItem]:
    return [widget.item(row) for row in range(widget.count())]


def _selected(widget: QListWidget) -> frozenset[int] | None:
    ids = frozenset(item.data(ID_ROLE) for item in widget.selectedItems())
    return ids or None


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
