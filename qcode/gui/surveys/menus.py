"""The survey features' places in the main window: View ▸ Survey answers…
and, on the Documents list's right-click menu, "Show answers as a table"
for a survey's answers (which opens the table at that answer)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from qcode.core.surveys import IMPORTER
from qcode.model import Document


def install(window: Any) -> None:
    """Add the answers table to ``window`` (a :class:`MainWindow`)."""
    window.survey_answers = None  # the answers window, made on first use
    window.survey_answers_action = QAction(
        QCoreApplication.translate("SurveyMenus", "S&urvey answers…"), window
    )
    window.survey_answers_action.triggered.connect(lambda _checked=False: open_answers(window))
    # The View menu by its title, as the main window translates it.
    titles = {"View", QCoreApplication.translate("MainWindow", "&View").replace("&", "")}
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text().replace("&", "") in titles:
            menu.addSeparator()
            menu.addAction(window.survey_answers_action)
            break
    window.documents.context_menu_hooks.append(
        lambda menu, chosen: _add_answers_action(window, menu, chosen)
    )


def open_answers(window: Any, document: Document | None = None) -> None:
    """Show the answers table (at ``document``'s answer, if given)."""
    from qcode.gui.surveys.answers_window import show_survey_answers

    show_survey_answers(window, window.session, None if document is None else document.id)


def _add_answers_action(window: Any, menu: QMenu, chosen: list[Document]) -> None:
    answers = [document for document in chosen if document.importer == IMPORTER]
    if answers:
        first = answers[0]
        menu.addAction(
            QCoreApplication.translate("SurveyMenus", "Show answers as a table…"),
            lambda: open_answers(window, first),
        )
