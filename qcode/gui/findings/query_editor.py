"""The query builder's editor: type an expression, or click it together.

A list of codes (double-click inserts ``"Path"``, or ``"Path/**"`` with
"with sub-codes" ticked), buttons for the operators, parentheses and
``NEAR/…`` with a distance or a unit, and the expression field itself.  A
syntax error is shown on one line under the field and the character where
the query stops making sense is selected in it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qcode.gui.widgets.code_picker import swatch
from qcode.gui.widgets.positions import PositionMap
from qcode.model import Code, Codebook

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
NEAR_CHARACTERS = "characters"
NEAR_CHOICES = (NEAR_CHARACTERS, "sentence", "paragraph", "turn")


def quoted_term(codebook: Codebook, code: Code, subcodes: bool = False) -> str:
    """The query term for ``code``: its path in double quotes (a quote in a
    name escaped), with ``/**`` for the code and everything under it."""
    path = codebook.path(code.id).replace('"', '\\"')
    return f'"{path}/**"' if subcodes else f'"{path}"'


class CodeList(QWidget):
    """The codebook as a filterable list of paths; ``chosen(code, subcodes)``
    on double-click or Return."""

    chosen = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codebook = Codebook([])
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter codes…"))
        self.filter.setAccessibleName(self.tr("Filter codes"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Codes to insert"))
        self.list.setToolTip(self.tr("Double-click a code to put it in the query"))
        self.subcodes = QCheckBox(self.tr("with sub-codes (/**)"), self)
        self.subcodes.setAccessibleName(self.tr("Insert codes with their sub-codes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Codes (double-click to insert):"), self))
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.subcodes)
        self.filter.textChanged.connect(lambda _text: self._fill())
        self.list.itemActivated.connect(self._on_activated)

    def set_codebook(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self._fill()

    def _fill(self) -> None:
        words = self.filter.text().casefold().split()
        self.list.clear()
        for code in self.codebook.walk():
            path = self.codebook.path(code.id)
            if all(word in path.casefold() for word in words):
                # The tree's shape by indentation; filtered, the whole path.
                shown = path if words else "    " * self.codebook.depth(code.id) + code.name
                item = QListWidgetItem(swatch(code.color), shown)
                item.setToolTip(path)
                item.setData(CODE_ROLE, code.id)
                self.list.addItem(item)

    def item_of(self, code: Code) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(CODE_ROLE) == code.id:
                return item
        return None

    def _on_activated(self, item: QListWidgetItem) -> None:
        code = self.codebook.codes.get(item.data(CODE_ROLE))
        if code is not None:
            self.chosen.emit(code, self.subcodes.isChecked())


class ExpressionEditor(QWidget):
    """The expression field, the operator buttons and the one-line error."""

    runRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setAccessibleName(self.tr("Query expression"))
        self.field.setPlaceholderText(
            self.tr('e.g. "Harms/**" AND NOT "Notice"   ·   "Stopped" NEAR/turn "Station"')
        )
        font = self.field.font()
        font.setFamily("monospace")
        self.field.setFont(font)
        self.field.returnPressed.connect(self.runRequested.emit)
        self.run_button = QPushButton(self.tr("&Run"), self)
        self.run_button.setAccessibleName(self.tr("Run the query"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(lambda _checked=False: self.runRequested.emit())
        self.buttons: dict[str, QPushButton] = {}
        operators = QHBoxLayout()
        operators.setSpacing(4)
        for text in ("AND", "OR", "AND NOT", "(", ")"):
            button = QPushButton(text, self)
            button.setAccessibleName(self.tr("Insert {text}").format(text=text))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, t=text: self.insert(t))
            operators.addWidget(button)
            self.buttons[text] = button
        self.near_distance = QSpinBox(self)
        self.near_distance.setRange(0, 10_000_000)
        self.near_distance.setValue(200)
        self.near_distance.setAccessibleName(self.tr("NEAR distance in characters"))
        self.near_unit = QComboBox(self)
        self.near_unit.addItems(NEAR_CHOICES)
        self.near_unit.setAccessibleName(self.tr("NEAR unit"))
        self.near_unit.currentTextChanged.connect(
            lambda unit: self.near_distance.setEnabled(unit == NEAR_CHARACTERS)
        )
        near = QPushButton("NEAR", self)
        near.setAccessibleName(self.tr("Insert NEAR"))
        near.setAutoDefault(False)
        near.setToolTip(
            self.tr(
                "The codings of the left side that lie within N characters of (or share a "
                "sentence, paragraph or speaker turn with) a coding of the right side"
            )
        )
        near.clicked.connect(lambda _checked=False: self.insert(self.near_operator()))
        self.buttons["NEAR"] = near
        operators.addSpacing(12)
        operators.addWidget(near)
        operators.addWidget(self.near_distance)
        operators.addWidget(self.near_unit)
        clear = QPushButton(self.tr("Clear"), self)
        clear.setAccessibleName(self.tr("Clear the query"))
        clear.setAutoDefault(False)
        clear.clicked.connect(lambda _checked=False: self.set_expression(""))
        operators.addStretch(1)
        operators.addWidget(clear)
        self.error = QLabel(self)
        self.error.setAccessibleName(self.tr("Query problem"))
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Query:"), self, buddy=self.field))
        top.addWidget(self.field, 1)
        top.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(operators)
        layout.addWidget(self.error)
        self._marked = False  # the selection is an error's mark
        self.field.textEdited.connect(lambda _text: self.show_error(None))

    def expression(self) -> str:
        return self.field.text()

    def set_expression(self, text: str) -> None:
        self.field.setText(text)
        self.show_error(None)

    def near_operator(self) -> str:
        unit = self.near_unit.currentText()
        if unit == NEAR_CHARACTERS:
            return f"NEAR/{self.near_distance.value()}"  # query syntax: never translated
        return f"NEAR/{unit}"

    def insert(self, token: str) -> None:
        """Put ``token`` at the cursor (replacing a selection), spaced as a
        person would type it: ``("A" OR "B") NEAR/turn "C"``."""
        field = self.field
        text = field.text()
        positions = PositionMap(text)  # Qt counts UTF-16 units; Python code points
        if self._marked:  # the error's mark is no selection to replace
            start = end = positions.from_qt(field.selectionStart())
        elif field.hasSelectedText():
            start = positions.from_qt(field.selectionStart())
            end = positions.from_qt(field.selectionStart() + field.selectionLength())
        else:
            start = end = positions.from_qt(field.cursorPosition())
        before, after = text[:start], text[end:]
        if token == ")":
            before = before.rstrip(" ")
        if before and not before.endswith((" ", "(")) and token != ")":
            token = " " + token
        if token != "(" and not after.startswith((" ", ")")):
            token += " "
        field.setText(before + token + after)
        field.setCursorPosition(PositionMap(before + token).to_qt(len(before + token)))
        field.setFocus()
        self.show_error(None)

    def show_error(self, message: str | None, column: int | None = None) -> None:
        """Show ``message`` under the field (None hides it) and select the
        character at ``column`` (from 1, in code points) of the expression."""
        self._marked = False
        if message is None:
            self.error.hide()
            self.error.clear()
            return
        self.error.setText(message)
        self.error.show()
        if column is not None:
            text = self.field.text()
            positions = PositionMap(text)
            index = max(0, min(column - 1, len(text)))
            start = positions.to_qt(index)
            end = positions.to_qt(min(index + 1, len(text)))
            self.field.setFocus()
            self.field.setSelection(start, end - start)
            self._marked = end > start
            if end == start:
                self.field.setCursorPosition(start)

    def marked(self) -> str:
        """The text selected in the field (the character an error points at)."""
        return self.field.selectedText()
