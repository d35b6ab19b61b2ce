"""An error inside a Python override of a Qt virtual is reported, never a crash.

PySide6 6.10-6.11 on Python 3.11 ends the process with SIGSEGV when an
exception raised in C code (sqlite3's "closed database", the binding's
"already deleted", an IndexError) escapes such an override while Qt runs an
event loop: the whole test run died that way in tests/test_gui_suggestions.py.
qcode's overrides are wrapped by ``qcode.gui.widgets.overrides.guarded``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys

import pytest

pytest.importorskip("PySide6")

from shiboken6 import Shiboken

import qcode.gui
from qcode.gui.coding.bidi import BidiLayout
from qcode.gui.coding.document_view import TextArea
from qcode.gui.coding.highlighter import CodingHighlighter
from qcode.gui.coding.margin import CodingMargin
from qcode.gui.findings.framework_window import FrameworkWindow
from qcode.gui.findings.later import LaterRefresh
from qcode.gui.reports.tables import SegmentRowsModel
from qcode.gui.suggestions.panel import SuggestionsPanel
from qcode.gui.widgets.overrides import is_guarded
from qcode.gui.widgets.table_model import TableModel
from tests.conftest import REPOSITORY

pytestmark = pytest.mark.gui

# A table still on screen after its project was closed, painted while the
# test waits (``QTest.qWait``, as pytest-qt's waits and clicks do): the query
# behind a cell fails inside C code.
CLOSED_PROJECT_TABLE = """
import sqlite3
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView
from qcode.gui.widgets.table_model import Column, TableModel

application = QApplication([])
connection = sqlite3.connect(":memory:")


def name(row):
    return connection.execute("select ?", (row,)).fetchone()[0]


model = TableModel([Column("Name", name)])
model.set_rows(["Liu", "Zhao"])
view = QTableView()
view.setModel(model)
view.show()
QTest.qWait(100)
print("painted", model.index(1, 0).data())
connection.close()
view.viewport().update()
try:
    QTest.qWait(100)
except Exception as problem:
    print(type(problem).__name__, problem)
print("still running")
"""


def test_a_closed_database_inside_an_override_is_an_error_not_a_crash() -> None:
    child = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", CLOSED_PROJECT_TABLE],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == 0, child.stderr[-2000:]  # -11 (SIGSEGV) unguarded
    painted, error, last = child.stdout.splitlines()
    assert painted == "painted Zhao"
    assert error.startswith("ProgrammingError")
    assert "QAbstractTableModel::data" in error and "Cannot operate on a closed database" in error
    assert last == "still running"


# The walk below must find at least these: the overrides Qt calls while the
# document and the suggestions are on screen, and those that read or write the
# project from a window that may outlive it.
KNOWN_OVERRIDING_CLASSES = (
    BidiLayout,
    CodingHighlighter,
    CodingMargin,
    TextArea,
    TableModel,
    SuggestionsPanel,
    SegmentRowsModel,
    FrameworkWindow,
    LaterRefresh,
)

# Python methods whose name is a Qt method that is not virtual: Qt never calls
# them, only Python does, so no exception of theirs passes through the binding.
NOT_VIRTUAL = {
    # QWidget.move(x, y) is not virtual; this one moves a grade in the list.
    "qcode.gui.findings.grades_dialog.GradesDialog.move",
}

# Modules whose overrides are knowingly not checked yet (none now).
NOT_YET_CHECKED: tuple[str, ...] = ()


def gui_classes() -> list[type]:
    """Every class of qcode.gui deriving from a Qt class, with every module
    imported first (classes made inside a function, if any, are not seen)."""
    for module in pkgutil.walk_packages(qcode.gui.__path__, "qcode.gui."):
        importlib.import_module(module.name)
    found: list[type] = []
    waiting = [Shiboken.Object]
    while waiting:
        for subclass in waiting.pop().__subclasses__():
            if subclass not in found:
                waiting.append(subclass)
                if subclass.__module__.startswith("qcode.gui."):
                    found.append(subclass)
    return found


def qt_overrides(cls: type) -> list[str]:
    """Methods ``cls`` defines that replace a method of a Qt base class
    (the constructor aside: Python calls it, not Qt)."""
    qt_bases = [base for base in cls.__mro__[1:] if base.__module__.startswith("PySide6")]
    return [
        name
        for name, member in vars(cls).items()
        if inspect.isfunction(member)
        and not name.startswith("__")
        and any(name in vars(base) for base in qt_bases)
    ]


def test_every_qt_override_in_the_app_is_guarded() -> None:
    classes = [cls for cls in gui_classes() if qt_overrides(cls)]
    assert set(KNOWN_OVERRIDING_CLASSES) <= set(classes)  # the walk sees the whole app
    unguarded = [
        f"{cls.__module__}.{cls.__qualname__}.{name}"
        for cls in classes
        if not cls.__module__.startswith(NOT_YET_CHECKED)
        for name in qt_overrides(cls)
        if not is_guarded(vars(cls)[name])
    ]
    assert [name for name in unguarded if name not in NOT_VIRTUAL] == []


def test_every_method_named_not_virtual_still_exists() -> None:
    # Keeps NOT_VIRTUAL from outliving the methods it names.
    overrides = {
        f"{cls.__module__}.{cls.__qualname__}.{name}"
        for cls in gui_classes()
        for name in qt_overrides(cls)
    }
    assert overrides >= NOT_VIRTUAL
