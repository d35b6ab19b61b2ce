"""The interface's language: which one, and loading its translations.

qcode's own messages are in ``qcode_<language>.qm`` beside this file (built
from the ``.ts`` sources by ``packaging/translations.py``); Qt's standard
buttons and dialogs come from Qt's own ``qtbase_<language>.qm``.  The
language is ``$QCODE_LANGUAGE`` (tests, screenshots), else the Language
setting (View ▸ Language), else the system's; English needs only its
plural forms (``qcode_en.qm``: "1 coding", "2 codings").
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

FOLDER = Path(__file__).resolve().parent
ENGLISH = "en"
# Shown in each language's own name and script, so anyone can find theirs.
LANGUAGES: dict[str, str] = {
    ENGLISH: "English",
    "zh_CN": "中文(简体)",
    "ar": "العربية",
    "es": "Español",
    "fr": "Français",
}
TRANSLATED = tuple(code for code in LANGUAGES if code != ENGLISH)
RIGHT_TO_LEFT = frozenset({"ar"})


def language_for(locale_name: str) -> str:
    """The shipped language closest to a locale name ("fr_CA", "zh-Hans-CN",
    "ar_EG"); English when none fits."""
    name = locale_name.replace("-", "_")
    if name in LANGUAGES:
        return name
    parts = name.split("_")
    language = parts[0].lower()
    if language == "zh":
        # Simplified Chinese only: Traditional (Taiwan, Hong Kong, Macau) is not shipped.
        traditional = {"Hant", "TW", "HK", "MO"}
        return ENGLISH if traditional & set(parts[1:]) else "zh_CN"
    return language if language in LANGUAGES else ENGLISH


def system_language() -> str:
    """The shipped language that the system's interface languages ask for first."""
    for name in QLocale.system().uiLanguages():
        language = language_for(name)
        if language != ENGLISH or name.lower().startswith("en"):
            return language
    return ENGLISH


def chosen_language(setting: str | None) -> str:
    """``$QCODE_LANGUAGE``, else the Language setting, else the system's."""
    override = os.environ.get("QCODE_LANGUAGE", "").strip()
    if override:
        return language_for(override)
    if setting:
        return language_for(setting)
    return system_language()


def qm_file(language: str) -> Path:
    return FOLDER / f"qcode_{language}.qm"


def number_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale the app writes numbers and lists in for ``language``: the
    system's when it is of that language (its region's conventions: fr_CA,
    es_MX), else the language's own.  Arabic shows Western digits (1,234, not
    ١٬٢٣٤): the counts a researcher reads in the app must be the very figures
    the exports, reports and command line print, Qt writes a plural's %n in
    them, and the Maghreb writes Arabic with them; an Arabic system locale that
    already uses them (ar_MA, ar_AE...) is kept."""
    system = QLocale.system() if system is None else system
    wanted = QLocale(language)
    if system.language() == wanted.language():
        chosen = system
    elif language == ENGLISH:
        chosen = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    else:
        chosen = wanted
    if chosen.language() == QLocale.Language.Arabic and chosen.zeroDigit() != "0":
        chosen = QLocale(QLocale.Language.Arabic, QLocale.Country.UnitedArabEmirates)
    return chosen


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load ``language`` into ``app`` (qcode's messages and Qt's), write
    numbers and lists its way, and lay the windows out right to left for
    Arabic.  Returns the translators installed (``remove_translators`` takes
    them out again).  English loads only its plural forms ("1 coding")."""
    installed: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(str(qm_file(language))):
        app.installTranslator(own)
        installed.append(own)
    if language != ENGLISH:
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            installed.append(qt)
    QLocale.setDefault(number_locale(language if installed else ENGLISH))
    if isinstance(app, QGuiApplication):
        rtl = language in RIGHT_TO_LEFT and bool(installed)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators`: English, left to right."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(number_locale(ENGLISH))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
