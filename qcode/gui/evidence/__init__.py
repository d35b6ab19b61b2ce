"""Sources as evidence in the app: a document's provenance (its original
file, hash, text versions and their differences), checking every hash,
correcting a transcript after coding, and the consent register with
withdrawal.

:func:`install_menus` adds it all to the main window: Documents ▸
Provenance… and Verify sources…, Edit ▸ Correct text… and Changed
codings…, Privacy ▸ Participants (a panel beside Cases), "Provenance…" in
the Documents list's right-click menu, and a note on opening when a
participant's "keep until" date has passed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu

from qcode.gui.i18n.plurals import sentence_list
from qcode.model import Document


def _main(title: str) -> str:
    """A menu title as the main window translates it (its menus are found by title)."""
    return QCoreApplication.translate("MainWindow", title)


def _menu(window: Any, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text().replace("&", "") == title.replace("&", ""):
            return menu
    return None


def _action(window: Any, text: str, slot: Any, shortcut: str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def chosen_document(window: Any) -> Document | None:
    """The document selected in the Documents list, else the one on screen."""
    selected = window.documents.selected_documents()
    return selected[0] if len(selected) == 1 else window.session.current_document


def install_menus(window: Any) -> None:
    """Add the evidence features to ``window`` (a :class:`MainWindow`)."""
    from qcode.gui.evidence.participants import ParticipantsPanel

    session = window.session
    window.participants = ParticipantsPanel(session, window)
    window.participants.after_withdrawal = window.undo.resync
    dock = QDockWidget(QCoreApplication.translate("evidence", "Participants"), window)
    dock.setObjectName("Participants")
    dock.setWidget(window.participants)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    if "cases" in window.docks:
        window.tabifyDockWidget(window.docks["cases"], dock)
    window.docks["participants"] = dock
    window.docks.get("documents", dock).raise_()

    window.provenance_action = _action(
        window, QCoreApplication.translate("evidence", "&Provenance…"), lambda: _provenance(window)
    )
    window.verify_action = _action(
        window, QCoreApplication.translate("evidence", "&Verify sources…"), lambda: _verify(window)
    )
    documents = _menu(window, _main("&Documents"))
    if documents is not None:
        documents.addSeparator()
        documents.addAction(window.provenance_action)
        documents.addAction(window.verify_action)
    window.documents.context_menu_hooks.append(
        lambda menu, chosen: _add_provenance(window, menu, chosen)
    )

    window.correct_action = _action(
        window,
        QCoreApplication.translate("evidence", "C&orrect text…"),
        lambda: _correct(window),
        "Ctrl+Shift+E",
    )
    window.changed_action = _action(
        window,
        QCoreApplication.translate("evidence", "C&hanged codings…"),
        lambda: _changed(window),
    )
    edit = _menu(window, _main("&Edit"))
    if edit is not None:
        edit.addSeparator()
        edit.addAction(window.correct_action)
        edit.addAction(window.changed_action)

    privacy = _menu(window, _main("&Privacy"))
    if privacy is not None:
        privacy.addSeparator()
        privacy.addAction(
            _action(
                window,
                QCoreApplication.translate("evidence", "P&articipants (consent)"),
                lambda: _participants(window),
            )
        )
    view = _menu(window, _main("&View"))
    if view is not None:
        view.addAction(dock.toggleViewAction())

    window.retention_note = QLabel(window)
    window.retention_note.setStyleSheet("color: #a4161a;")
    window.retention_note.setVisible(False)
    window.statusBar().addWidget(window.retention_note)
    check_retention(window)  # on opening (now: a timer could outlive the project)
    session.project.changed.connect(
        lambda event: "consent" in event.kinds and check_retention(window)
    )


def check_retention(window: Any) -> list[str]:
    """Say in the status bar whose "keep until" date has passed (and since
    when); returns the lines said."""
    due = window.project.retention_due()
    lines = [
        QCoreApplication.translate("evidence", "{name} (since {retain_until})").format(
            name=p.name, retain_until=p.retain_until
        )
        for p in due
    ]
    note = window.retention_note
    if lines:
        note.setText(
            QCoreApplication.translate(
                "evidence", "Keep-until date passed: {participants} — see Privacy ▸ Participants"
            ).format(participants=sentence_list(lines))
        )
        note.setToolTip(
            QCoreApplication.translate(
                "evidence",
                "These participants' data was to be kept only until the date shown. Withdraw "
                "them (Participants ▸ Withdraw participant…) or record a new date.",
            )
        )
    note.setVisible(bool(lines))
    return lines


def _add_provenance(window: Any, menu: QMenu, chosen: list[Document]) -> None:
    if len(chosen) == 1:
        menu.addAction(
            QCoreApplication.translate("evidence", "Provenance…"),
            lambda: _provenance(window, chosen[0]),
        )


def _provenance(window: Any, document: Document | None = None) -> None:
    from qcode.gui.evidence.provenance import show_provenance

    show_provenance(window.session, document or chosen_document(window), window)


def _verify(window: Any) -> None:
    from qcode.gui.evidence.verify import verify_sources

    verify_sources(window.session, window)


def _correct(window: Any) -> None:
    from qcode.gui.evidence.correct import correct_text

    correct_text(window.session, window.document_view, window)


def _changed(window: Any) -> None:
    from qcode.gui.evidence.changed import show_changed_codings

    show_changed_codings(window.session, window)


def _participants(window: Any) -> None:
    window.docks["participants"].show()
    window.docks["participants"].raise_()
