"""Commands and the one stack that applies, undoes and redoes them.

Every edit a user makes, from the app or the command line, is a
:class:`Command`.  Its ``do`` runs inside one write transaction and changes
rows only through the :class:`Transaction` it is given, which records a
change set.  The stack commits the edit together with its change set in the
project's history, so:

* an edit is on disk the moment ``push`` returns (no "save");
* a failing edit changes nothing (the transaction rolls back);
* undo and redo replay the stored change set, in this process or a later
  one (``qcode undo`` undoes what the app did last, and the other way round).

The stack is Qt-free; the app wraps it for ``QUndoStack``.
"""

from __future__ import annotations

import contextlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from qcode.core import written_files
from qcode.core.events import ProjectChanged, Signal
from qcode.core.names import has_lone_surrogate
from qcode.errors import ConflictError, QcodeError, message_of
from qcode.messages import Message
from qcode.model import Coder
from qcode.store import history
from qcode.store.changes import ChangeRecorder, Touched, redo_steps, touched, undo_steps
from qcode.store.database import Connection, Database, now_iso
from qcode.store.errors import sqlite_errors

R = TypeVar("R")


class Transaction:
    """What a running command may use: :attr:`conn` for reading (through the
    readers of :mod:`qcode.store`) and :attr:`changes` for writing (through
    their writers, which record every change for undo and redo)."""

    def __init__(self, conn: Connection, coder: Coder) -> None:
        self.conn = conn
        self.coder = coder
        self.now = now_iso()
        self.changes = ChangeRecorder(conn)
        # Files the edit wrote beside the project (qcode.core.written_files),
        # stored with its steps so that undo removes them and redo rewrites them.
        self.files: list[dict[str, Any]] = []

    @property
    def steps(self) -> list[dict[str, Any]]:
        return self.changes.steps

    @property
    def full_steps(self) -> list[dict[str, Any]]:
        return self.changes.full_steps


class Command(ABC, Generic[R]):
    """One user edit.  Subclasses set ``kind`` and implement ``label``/``do``."""

    kind: ClassVar[str]

    @property
    @abstractmethod
    def label(self) -> Message:
        """What the Edit menu shows after "Undo"/"Redo": English text that
        keeps its template, so the app can show it translated and the log
        keeps both (see :mod:`qcode.store.history`)."""

    @abstractmethod
    def do(self, tx: Transaction) -> R:
        """Check the edit is valid, then make it through ``tx``.

        Raise :class:`~qcode.errors.QcodeError` for anything the user can
        fix; nothing is written then.
        """


class CommandStack:
    """Applies commands to a project and walks its stored history."""

    def __init__(
        self,
        database: Database,
        coder_for_write: Callable[[Connection], Coder],
        changed: Signal[ProjectChanged],
    ) -> None:
        self._database = database
        self._coder_for_write = coder_for_write
        self._changed = changed

    def push(self, command: Command[R]) -> R:
        """Do ``command`` and commit it with its undo record."""
        with self._writing(command.label), self._database.write() as conn:
            coder = self._coder_for_write(conn)
            tx = Transaction(conn, coder)
            result = command.do(tx)
            if tx.steps:
                steps = tx.steps + tx.files
                history.append(conn, command.kind, _storable(command.label), steps, coder.id)
        if tx.steps:
            self._announce("do", command.label, touched(tx.full_steps))
        return result

    def push_permanent(self, command: Command[R], relabel: Callable[[str], str] | None = None) -> R:
        """Do ``command`` as an edit that cannot be undone: in the same
        transaction, every change set in the history is erased (they could
        hold what the command removed; undo stops here from now on) and the
        log's labels are rewritten with ``relabel``.  The command's label is
        read after it ran, so it can say what it did."""
        with self._writing(command.label), self._database.write() as conn:
            coder = self._coder_for_write(conn)
            tx = Transaction(conn, coder)
            result = command.do(tx)
            label = _storable(command.label)
            history.append_permanent(conn, command.kind, label, coder.id, relabel)
        self._announce("do", command.label, touched(tx.full_steps))
        return result

    def log(self, kind: str, label: Message) -> None:
        """Record in the log something that happened without changing the
        project (an original written out, a check of every hash), with who
        did it and when; undo and redo pass over it."""
        with self._writing(label), self._database.write() as conn:
            coder = self._coder_for_write(conn)
            history.log(conn, kind, _storable(label), coder.id)

    def undo(self) -> str:
        """Undo the last edit; returns its label."""
        return self._replay(undo=True)

    def redo(self) -> str:
        """Redo the last undone edit; returns its label."""
        return self._replay(undo=False)

    def undo_label(self) -> str | None:
        target = history.undo_target(self._database.conn)
        return None if target is None else target[1]

    def redo_label(self) -> str | None:
        target = history.redo_target(self._database.conn)
        return None if target is None else target[1]

    def _replay(self, *, undo: bool) -> str:
        action = "undo" if undo else "redo"
        target = (history.undo_target if undo else history.redo_target)(self._database.conn)
        if target is None:
            if undo:
                raise QcodeError(Message("nothing to undo"))
            raise QcodeError(Message("nothing to redo"))
        seq, label = target
        written: list[Path] = []  # recordings a redo wrote out again
        try:
            with self._writing(label), self._database.write() as conn:
                changed, files = self._replay_steps(conn, seq, label, undo, written)
        except BaseException:
            written_files.discard(written)
            raise
        if undo:
            written_files.remove_files(self._database.conn, files)
        self._announce(action, label, changed)
        return label

    def _replay_steps(
        self, conn: Connection, seq: int, label: str, undo: bool, written: list[Path]
    ) -> tuple[Touched, list[dict[str, Any]]]:
        """Undo or redo the rows of edit ``seq`` (and, for a redo, write its
        files again first); returns what changed and the edit's file records."""
        steps, files = written_files.split_steps(history.load_steps(conn, seq))
        if not undo:
            changed = touched(steps)  # before redo shrinks inserts to keys
        try:
            if not undo:
                written += written_files.restore_files(conn, files)
            (undo_steps if undo else redo_steps)(conn, steps)
        except ConflictError as error:
            problem = message_of(error)
            if undo:
                raise ConflictError(
                    Message("cannot undo '{label}': {problem}", label=label, problem=problem)
                ) from None
            raise ConflictError(
                Message("cannot redo '{label}': {problem}", label=label, problem=problem)
            ) from None
        if undo:
            changed = touched(steps)
        history.save_steps(conn, seq, steps + files, "undone" if undo else "done")
        return changed, files

    def _writing(self, label: str) -> contextlib.AbstractContextManager[None]:
        return _write_errors(self._database, label)

    def _announce(self, action: str, label: str, changed: Touched) -> None:
        self._changed.emit(
            ProjectChanged(
                action=action,
                label=label,
                kinds=changed.kinds,
                documents=changed.documents,
                codes=changed.codes,
            )
        )


def _storable(label: str) -> str:
    """``label`` as the log can keep it: a lone surrogate (the undecodable
    bytes of a file's name, say) becomes U+FFFD, so that an edit is never
    refused for its label.  A Message keeps its template."""
    if not has_lone_surrogate(label):
        return label
    if isinstance(label, Message):
        values = {
            key: _storable(value) if isinstance(value, str) else value
            for key, value in label.values.items()
        }
        return label.with_values(values)  # (a counted message stays counted)
    return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in label)


@contextlib.contextmanager
def _write_errors(database: Database, label: str) -> Iterator[None]:
    """Turns a failed write (read-only file, full disk, file gone) into a
    one-line message; the transaction has already rolled back by then."""
    try:
        yield
    except QcodeError:
        raise
    except UnicodeEncodeError as error:
        if "surrogate" not in error.reason:
            raise
        # The last guard: a command that let through text SQLite cannot
        # store.  Each command names the field itself where it can.
        raise QcodeError(
            Message(
                "'{label}' was not done: a text in it holds an invalid character "
                "(a lone surrogate)",
                label=_storable(label),
            )
        ) from None
    except sqlite_errors("IntegrityError") as error:
        raise QcodeError(
            Message(
                "'{label}' was not done: it would break the project's consistency ({problem})",
                label=label,
                problem=message_of(error),
            )
        ) from error
    except sqlite_errors("Error", OSError) as error:
        raise QcodeError(
            Message(
                "could not write to {file} ({problem}); '{label}' was not done and the "
                "project is as it was",
                file=database.path.name,
                problem=message_of(error),
                label=label,
            )
        ) from error
