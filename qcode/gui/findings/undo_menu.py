"""Undo and Redo in the findings windows too: an edit made there (a saved
query, a summary, a quote) is taken back with Ctrl+Z where it was made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow

from qcode.gui.undo import redo_action, undo_action


def add_undo_menu(window: QMainWindow, stack: QUndoStack) -> None:
    """An Edit menu with the project's Undo and Redo (the same history)."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("findings.undo_menu", "&Edit"))
    undo = undo_action(stack, window)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = redo_action(stack, window)
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    menu.addAction(undo)
    menu.addAction(redo)
    window.undo_action = undo  # type: ignore[attr-defined]
    window.redo_action = redo  # type: ignore[attr-defined]
