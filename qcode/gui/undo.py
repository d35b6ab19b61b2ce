"""Edit ▸ Undo/Redo: a ``QUndoStack`` that mirrors the core's command stack.

The core stack (stored in the project) is the truth; the ``QUndoStack``
holds one entry per core edit so that Qt's undo actions, labels ("Undo apply
'Public shaming'") and history view work as users expect.  Each entry's
``undo``/``redo`` calls the core.  If the core refuses (the project changed
in a way the undo no longer fits), the message is shown and the Qt stack is
rebuilt from the core's history, so the two never disagree.

The core names its edits in English, as messages that keep their template
(stored with the history, so edits of earlier sessions too); each entry
holds the name in the interface's language.  The Undo and Redo actions say
"Undo {edit}" as one message, so that each language puts the edit's name
where its grammar wants it (Arabic "تراجع عن …").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from qcode.core.events import ProjectChanged
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text, shown
from qcode.gui.widgets.overrides import guarded

# How many past edits of earlier sessions the Edit menu offers to undo.
SEEDED_HISTORY = 200


class _CoreEdit(QUndoCommand):
    def __init__(self, controller: UndoController, label: str) -> None:
        super().__init__(shown(label))
        self._controller = controller

    @guarded
    def redo(self) -> None:
        self._controller.replay("redo")

    @guarded
    def undo(self) -> None:
        self._controller.replay("undo")


class UndoController(QObject):
    failed = Signal(str)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.stack = QUndoStack(self)
        self._mirroring = False  # True while the Qt stack follows the core, not the user
        project.changed.connect(self._on_project_changed)
        self.resync()

    def _on_project_changed(self, event: ProjectChanged) -> None:
        if event.action == "do":
            self._mirroring = True
            try:
                self.stack.push(_CoreEdit(self, event.label))  # push() calls redo(): skipped
            finally:
                self._mirroring = False

    def replay(self, action: str) -> None:
        if self._mirroring:
            return
        try:
            getattr(self.project, action)()
        except QcodeError as problem:
            self.failed.emit(error_text(problem))
            QTimer.singleShot(0, self.resync)

    def resync(self) -> None:
        """Rebuild the Qt stack from the core's stored history."""
        entries = [e for e in self.project.history() if e.state in ("done", "undone", "permanent")]
        # Only what can still be undone counts: everything after the last permanent edit.
        last_permanent = max(
            (i for i, e in enumerate(entries) if e.state == "permanent"), default=-1
        )
        entries = entries[last_permanent + 1 :][-SEEDED_HISTORY:]
        self._mirroring = True
        try:
            self.stack.clear()
            for entry in entries:
                self.stack.push(_CoreEdit(self, entry.label))
            done = sum(1 for e in entries if e.state == "done")
            self.stack.setIndex(done)
            self.stack.setClean()
        finally:
            self._mirroring = False


class _StackAction(QAction):
    """Undo or Redo of a ``QUndoStack``, named by one translated message
    (Qt's own actions put a fixed prefix before the edit's name)."""

    def __init__(self, stack: QUndoStack, parent: QObject, *, undo: bool) -> None:
        super().__init__(parent)
        self._undo = undo
        # Kept from the stack's signals, not asked of the stack: it also
        # signals while it is being destroyed, when it can no longer be asked.
        if undo:
            self._able, self._edit = stack.canUndo(), stack.undoText()
            stack.canUndoChanged.connect(self._on_able_changed)
            stack.undoTextChanged.connect(self._on_text_changed)
            self.triggered.connect(stack.undo)
        else:
            self._able, self._edit = stack.canRedo(), stack.redoText()
            stack.canRedoChanged.connect(self._on_able_changed)
            stack.redoTextChanged.connect(self._on_text_changed)
            self.triggered.connect(stack.redo)
        self._show()

    def _on_able_changed(self, able: bool) -> None:
        self._able = able
        self._show()

    def _on_text_changed(self, text: str) -> None:
        self._edit = text
        self._show()

    def _show(self) -> None:
        self.setEnabled(self._able)
        edit = self._edit.replace("&", "&&")  # a name's "&" is not a shortcut key
        if self._undo:
            self.setText(
                QCoreApplication.translate("UndoController", "Undo {edit}").format(edit=edit)
                if self._able and edit
                else QCoreApplication.translate("UndoController", "Undo")
            )
        else:
            self.setText(
                QCoreApplication.translate("UndoController", "Redo {edit}").format(edit=edit)
                if self._able and edit
                else QCoreApplication.translate("UndoController", "Redo")
            )


def undo_action(stack: QUndoStack, parent: QObject) -> QAction:
    """Edit ▸ Undo for ``stack``: "Undo <the edit>" in the interface's language."""
    return _StackAction(stack, parent, undo=True)


def redo_action(stack: QUndoStack, parent: QObject) -> QAction:
    """Edit ▸ Redo for ``stack``: "Redo <the edit>" in the interface's language."""
    return _StackAction(stack, parent, undo=False)
