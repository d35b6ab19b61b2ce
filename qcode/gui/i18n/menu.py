"""View ▸ Language: the interface's language, applied at the next start
(every window's text is set when it is made)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from qcode.gui.i18n import LANGUAGES
from qcode.settings import Settings


def add_language_menu(parent: QWidget, menu: QMenu, settings: Settings) -> QMenu:
    """A Language submenu of ``menu``: System default and each shipped
    language in its own name; the choice is saved in ``settings``."""
    languages = menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    languages.setObjectName("language_menu")
    group = QActionGroup(languages)
    group.setExclusive(True)
    choices: list[tuple[str | None, str]] = [
        (None, QCoreApplication.translate("LanguageMenu", "System default")),
        *LANGUAGES.items(),
    ]
    for code, name in choices:
        action = QAction(name, languages)
        action.setCheckable(True)
        action.setChecked(settings.language == code)
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: choose(parent, settings, c))
        group.addAction(action)
        languages.addAction(action)
    return languages


def choose(parent: QWidget | None, settings: Settings, language: str | None) -> None:
    """Save ``language`` (None: follow the system) and say when it applies."""
    if settings.language == language:
        return
    settings.language = language
    QMessageBox.information(
        parent,
        QCoreApplication.translate("LanguageMenu", "Language"),
        QCoreApplication.translate(
            "LanguageMenu", "The new language is used the next time qcode starts."
        ),
    )
