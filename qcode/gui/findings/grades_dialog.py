"""Define the project's scale of source grades: how a passage knows what it
says ("first-hand witness", "second-hand", "documentary"…), in order, each
marked first-hand or not.  Every change is one undoable edit, made at once."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcode.gui.session import Session
from qcode.model import Grade

GRADE_ROLE = Qt.ItemDataRole.UserRole + 1
# What a new project's researcher is offered when the scale is empty (in the
# interface's language: the grades are named as the researcher would name them).
SUGGESTED = (
    (QT_TRANSLATE_NOOP("GradesDialog", "first-hand witness"), True),
    (QT_TRANSLATE_NOOP("GradesDialog", "second-hand"), False),
    (QT_TRANSLATE_NOOP("GradesDialog", "documentary"), False),
)


class GradesDialog(QDialog):
    """The grade scale, top (strongest) to bottom."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Source grades"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Grades"))
        self.first_hand = QCheckBox(self.tr("&First-hand (the source saw or lived it)"), self)
        self.first_hand.setAccessibleName(self.tr("The chosen grade is first-hand"))
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for position, (key, text) in enumerate(
            (
                ("add", self.tr("&Add…")),
                ("rename", self.tr("Re&name…")),
                ("up", self.tr("Move &up")),
                ("down", self.tr("Move &down")),
                ("delete", self.tr("De&lete")),
                ("suggest", self.tr("Add the usual three")),
            )
        ):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.setAccessibleName(
                self.tr("{action} grade").format(action=text.replace("&", "").rstrip("…"))
            )
            grid.addWidget(button, position // 3, position % 3)
            self.buttons[key] = button
        self.buttons["suggest"].setToolTip(", ".join(self.tr(name) for name, _ in SUGGESTED))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "A coding can carry one grade (right-click it in the text ▸ Grade). The "
                    "corroboration table counts the sources with a first-hand grade."
                ),
                self,
                wordWrap=True,
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(self.first_hand)
        layout.addLayout(grid)
        layout.addWidget(close)
        self.buttons["add"].clicked.connect(lambda _c=False: self.add())
        self.buttons["rename"].clicked.connect(lambda _c=False: self.rename())
        self.buttons["up"].clicked.connect(lambda _c=False: self.move(-1))
        self.buttons["down"].clicked.connect(lambda _c=False: self.move(1))
        self.buttons["delete"].clicked.connect(lambda _c=False: self.delete())
        self.buttons["suggest"].clicked.connect(lambda _c=False: self.add_suggested())
        self.first_hand.clicked.connect(self.set_first_hand)
        self.list.currentRowChanged.connect(lambda _row: self._show_chosen())
        session.gradesChanged.connect(self.fill)
        self.fill()
        self.resize(440, 400)

    def grades(self) -> list[Grade]:
        return [self.list.item(row).data(GRADE_ROLE) for row in range(self.list.count())]

    def current(self) -> Grade | None:
        item = self.list.currentItem()
        return None if item is None else item.data(GRADE_ROLE)

    def fill(self) -> None:
        chosen = self.current()
        self.list.clear()
        for grade in self.session.project.grades():
            item = QListWidgetItem(
                grade.name + (self.tr("  (first-hand)") if grade.first_hand else "")
            )
            item.setData(GRADE_ROLE, grade)
            item.setToolTip(grade.description)
            self.list.addItem(item)
            if chosen is not None and grade.id == chosen.id:
                self.list.setCurrentItem(item)
        self._show_chosen()

    def select(self, name: str) -> None:
        for row, grade in enumerate(self.grades()):
            if grade.name == name:
                self.list.setCurrentRow(row)

    def _show_chosen(self) -> None:
        grade = self.current()
        self.first_hand.blockSignals(True)
        self.first_hand.setChecked(bool(grade and grade.first_hand))
        self.first_hand.blockSignals(False)
        row, count = self.list.currentRow(), self.list.count()
        for key in ("rename", "delete"):
            self.buttons[key].setEnabled(grade is not None)
        self.first_hand.setEnabled(grade is not None)
        self.buttons["up"].setEnabled(grade is not None and row > 0)
        self.buttons["down"].setEnabled(grade is not None and row < count - 1)
        self.buttons["suggest"].setEnabled(count == 0)

    def add(self, name: str | None = None, first_hand: bool = False) -> Grade | None:
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("New grade"), self.tr("Name of the grade:")
            )
            if not ok or not name.strip():
                return None
        new_name = name
        made = self.session.edit(
            lambda: self.session.project.add_grade(new_name, first_hand=first_hand)
        )
        if made is not None:
            self.select(made.name)
        return made

    def add_suggested(self) -> None:
        for name, first_hand in SUGGESTED:
            self.add(self.tr(name), first_hand)

    def rename(self, name: str | None = None) -> None:
        grade = self.current()
        if grade is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename grade"), self.tr("New name:"), text=grade.name
            )
            if not ok:
                return
        new_name = name
        self.session.edit(lambda: self.session.project.edit_grade(grade, name=new_name))

    def set_first_hand(self, on: bool) -> None:
        grade = self.current()
        if grade is not None and grade.first_hand != on:
            self.session.edit(lambda: self.session.project.edit_grade(grade, first_hand=on))

    def move(self, step: int) -> None:
        grade = self.current()
        row = self.list.currentRow()
        if grade is None or not 0 <= row + step < self.list.count():
            return
        # The list refills after the edit and keeps the grade chosen, where it went.
        self.session.edit(lambda: self.session.project.move_grade(grade, row + step))

    def delete(self) -> None:
        grade = self.current()
        if grade is not None:
            self.session.edit(lambda: self.session.project.delete_grade(grade))


def define_grades(session: Session, parent: QWidget | None = None) -> None:
    dialog = GradesDialog(session, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
