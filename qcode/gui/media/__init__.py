"""Recordings in the app: the player under the text, kept in step with the
transcript (:mod:`qcode.gui.media.sync`), Documents ▸ Link recording… and
Unlink recording, and File ▸ New transcript from a recording…
(:mod:`qcode.gui.media.transcribe`).

:func:`install` adds it all to the main window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QVBoxLayout, QWidget

from qcode.core.media import NOT_ENCRYPTED
from qcode.gui.media.player import FILTER


def _menu(window: Any, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text().replace("&", "") == title:
            return menu
    return None


def install(window: Any) -> None:
    """Put the player under the text of ``window`` (a :class:`MainWindow`)
    and add the recording actions to its menus."""
    from qcode.gui.media.player import MediaPlayer
    from qcode.gui.media.sync import MediaSync
    from qcode.gui.media.transcribe import install_transcription

    view = window.takeCentralWidget()
    holder = QWidget(window)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(view, 1)
    window.media_player = MediaPlayer(holder)
    layout.addWidget(window.media_player)
    window.setCentralWidget(holder)
    window.media_sync = MediaSync(window.session, window.document_view, window.media_player)
    documents = _menu(window, "Documents")
    if documents is not None:
        documents.addSeparator()
        link = QAction("Link recording…", window)
        link.triggered.connect(lambda _checked=False: link_recording(window))
        unlink = QAction("Unlink recording", window)
        unlink.triggered.connect(lambda _checked=False: unlink_recording(window))
        documents.addAction(link)
        documents.addAction(unlink)
    install_transcription(window, _menu(window, "File"))


def link_recording(window: Any, path: Path | None = None) -> None:
    """Ask for a recording and link it to the document on screen."""
    session = window.session
    document = session.current_document
    if document is None:
        session.status.emit("Open a document first, then link its recording.")
        return
    if path is None:
        name, _ = QFileDialog.getOpenFileName(window, "Link recording", "", FILTER)
        if not name:
            return
        path = Path(name)
    linked = session.edit(lambda: session.project.link_media(document, path))
    if linked is not None:
        note = f"Linked {linked.file_name} to '{document.name}' (kept where it is, not copied)."
        if session.project.encrypted:
            note += " " + NOT_ENCRYPTED.removeprefix("warning: ").capitalize()
        session.status.emit(note)


def unlink_recording(window: Any) -> None:
    session = window.session
    document = session.current_document
    if document is not None:
        session.edit(lambda: session.project.unlink_media(document))
