"""The steps every export of the app shares: ask where to save (unless the
caller knows), then write with a progress dialog whose Cancel leaves no file,
and turn failures into one message for the user."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from qcode.errors import QcodeError
from qcode.gui.session import Session

T = TypeVar("T")
Progress = Callable[[int, int], bool]


def ask_save_path(
    parent: QWidget, title: str, suggested: Path, file_filter: str, suffix: str
) -> Path | None:
    """The file the user chose (``suffix`` added when they left it out), or None."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not chosen:
        return None
    return Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)


def write_with_progress(
    session: Session,
    parent: QWidget,
    title: str,
    message: str,
    path: Path,
    write: Callable[[Progress], T],
    cancelled: str = "Export cancelled: no file was written.",
) -> T | None:
    """Run ``write(progress)`` under a progress dialog; its result, or None
    after a cancel (``cancelled`` goes to the status bar) or an error (one
    line through ``session.error``)."""
    dialog = QProgressDialog(message, "Cancel", 0, 100, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        return not dialog.wasCanceled()

    try:
        return write(progress)
    except QcodeError as problem:
        if dialog.wasCanceled():
            session.status.emit(cancelled)
        else:
            session.error.emit(str(problem))
        return None
    except OSError as problem:
        session.error.emit(f"Could not write {path.name}: {problem}")
        return None
    finally:
        dialog.close()
