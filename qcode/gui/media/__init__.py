"""Recordings in the app: the player under the text, kept in step with the
transcript (:mod:`qcode.gui.media.sync`), Documents ▸ Link recording… and
Unlink recording, and File ▸ New transcript from a recording…
(:mod:`qcode.gui.media.transcribe`).

:func:`install` adds it all to the main window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QVBoxLayout, QWidget

from qcode.gui.media.player import recordings_filter


def _main(title: str) -> str:
    """A menu title as the main window translates it (its menus are found by title)."""
    return QCoreApplication.translate("MainWindow", title)


def _menu(window: Any, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text().replace("&", "") == title.replace("&", ""):
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
    documents = _menu(window, _main("&Documents"))
    if documents is not None:
        documents.addSeparator()
        link = QAction(QCoreApplication.translate("media", "Link recording…"), window)
        link.triggered.connect(lambda _checked=False: link_recording(window))
        unlink = QAction(QCoreApplication.translate("media", "Unlink recording"), window)
        unlink.triggered.connect(lambda _checked=False: unlink_recording(window))
        documents.addAction(link)
        documents.addAction(unlink)
    install_transcription(window, _menu(window, _main("&File")))


def link_recording(window: Any, path: Path | None = None) -> None:
    """Ask for a recording and link it to the document on screen."""
    session = window.session
    document = session.current_document
    if document is None:
        session.status.emit(
            QCoreApplication.translate("media", "Open a document first, then link its recording.")
        )
        return
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("media", "Link recording"), "", recordings_filter()
        )
        if not name:
            return
        path = Path(name)
    linked = session.edit(lambda: session.project.link_media(document, path))
    if linked is not None:
        note = (
            QCoreApplication.translate(
                "media",
                "Linked {file_name} to '{name}' (kept where it is, not copied). The project is "
                "encrypted but its recordings are not: qcode links them where they are; keep "
                "them on an encrypted disk.",
            )
            if session.project.encrypted
            else QCoreApplication.translate(
                "media", "Linked {file_name} to '{name}' (kept where it is, not copied)."
            )
        )
        session.status.emit(note.format(file_name=linked.file_name, name=document.name))


def unlink_recording(window: Any) -> None:
    session = window.session
    document = session.current_document
    if document is not None:
        session.edit(lambda: session.project.unlink_media(document))
