"""A translated interface: every user-visible string of the app is marked
for translation, the shipped languages are complete and load, the menus
show them, Arabic lays the window out right to left, and the Language
setting and the translators' JSON round trip work.

The scan of the sources (not a run of the app) is what catches a new
string left in English; the .ts/.qm freshness is checked by
``packaging/translations.py --check`` in .ci/run.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "qcode" / "gui"

# Calls whose string arguments people read, and which positional arguments
# those are (None: every one).
VISIBLE: dict[str, tuple[int, ...] | None] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setPlaceholderText": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setLabelText": (0,),
    "setIconText": (0,),
    "setEmptyLabel": (0,),
    "setTitle": (0,),
    "setTabText": (1,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "showMessage": (0,),
    "addAction": None,
    "addMenu": None,
    "addTab": (1,),
    "insertTab": (2,),
    "addItem": (0,),
    "insertItem": (1,),
    "addRow": (0,),
    "addButton": (0,),
    "addToolBar": (0,),
    "QAction": None,
    "QLabel": (0,),
    "QPushButton": (0,),
    "QToolButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QDockWidget": (0,),
    "QListWidgetItem": (0,),
    "QProgressDialog": (0, 1),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getDouble": (1, 2),
    "getMultiLineText": (1, 2),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
    "Column": (0,),
}
LISTS = {"setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addItems", "setHeaderLabels"}
KEYWORDS = {"title", "text", "tooltip", "header_tooltip", "placeholder", "none_text", "writing"}
KEYWORDS |= {"cancelled", "file_filter", "choose_text"}
# Not words of any language: names and notation that stay as they are.
ALLOWED = {"qcode", "NEAR", "AND", "OR", "AND NOT", "SHA-256", "A", "B", "&PDF", "PDF", "CSV"}
ALLOWED |= {"Python", "Qt", "PySide6", "SQLite", "SQLCipher", "spaCy"}


def _literal_text(node: ast.AST) -> str | None:
    """The words of a literal (an f-string's fixed parts), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return None


def _english(node: ast.AST) -> list[str]:
    """The untranslated literals ``node`` shows: itself, either branch of a
    conditional, either side of a concatenation."""
    if isinstance(node, ast.IfExp):
        return _english(node.body) + _english(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _english(node.left) + _english(node.right)
    text = _literal_text(node)
    if text is None:
        return []
    words = text.strip()
    has_letters = any(character.isalpha() for character in words)
    return [words] if has_letters and words not in ALLOWED else []


def _name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def untranslated(source: str) -> list[tuple[int, str]]:
    """(line, text) of each user-visible string literal of ``source`` that
    is not marked for translation, and of each translation call lupdate
    cannot read (an f-string in tr(), a literal given to a helper)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name in ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"):
            direct = isinstance(node.func, ast.Name) and name in ("tr", "translate")
            for argument in node.args:
                if isinstance(argument, ast.JoinedStr):
                    found.append((node.lineno, "f-string in " + name + "()"))
            if direct and node.args and _literal_text(node.args[-1]) is not None:
                found.append((node.lineno, f"bare {name}() is not seen by lupdate"))
            continue
        if name.startswith("_tr") and node.args and _literal_text(node.args[0]) is not None:
            found.append((node.lineno, f"{name}() is not seen by lupdate: use self.tr/translate"))
        positions = VISIBLE.get(name, ())
        arguments = list(enumerate(node.args))
        if name in VISIBLE:
            chosen = [a for i, a in arguments if positions is None or i in positions]
        else:
            chosen = []
        if name in LISTS:
            for argument in node.args[:1]:
                if isinstance(argument, (ast.List, ast.Tuple)):
                    chosen += argument.elts
        chosen += [k.value for k in node.keywords if k.arg in KEYWORDS]
        for argument in chosen:
            found += [(node.lineno, text) for text in _english(argument)]
    return found


def test_the_scan_finds_what_a_user_would_see_in_english() -> None:
    source = (
        "def f(self, menu, box):\n"
        "    menu.addAction('&Open')\n"
        "    self.setWindowTitle(f'{self.name} — settings')\n"
        "    box.setToolTip(self.tr('Fine'))\n"
        "    QMessageBox.warning(self, 'qcode', 'Broken' if self.x else self.tr('Fine'))\n"
        "    self.label.setText('…')\n"
        "    self.tr(f'Hello {name}')\n"
        "    _tr('Unseen')\n"
        "    table.setHorizontalHeaderLabels(['Code', self.tr('Count')])\n"
    )
    assert untranslated(source) == [
        (2, "&Open"),
        (3, "— settings"),
        (5, "Broken"),
        (7, "f-string in tr()"),
        (8, "_tr() is not seen by lupdate: use self.tr/translate"),
        (9, "Code"),
    ]


def test_every_user_visible_string_of_the_app_is_marked_for_translation() -> None:
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for path in sorted(GUI.rglob("*.py"))
        if path.name not in ("screenshot.py", "screenshot_evidence.py", "bench.py")
        and not path.name.startswith("bench_")
        for line, text in untranslated(path.read_text(encoding="utf-8"))
    ]
    assert problems == []


# -- the shipped languages -------------------------------------------------------------


def _translations() -> Any:
    """packaging/translations.py, loaded as a module (packaging is no package)."""
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging/translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


LANGUAGES = ("zh_CN", "ar", "es", "fr")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_of_a_shipped_language_is_translated(language: str) -> None:
    translations = _translations()
    left = translations.unfinished(translations.ts_file(language))
    assert left == [], f"{len(left)} unfinished in qcode_{language}.ts, e.g. {left[:3]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_asks_for_a_placeholder_the_program_does_not_fill(language: str) -> None:
    # str.format would raise KeyError the moment the message is shown.
    translations = _translations()
    assert translations.placeholder_problems(translations.ts_file(language)) == []


@pytest.fixture
def english_again(qapp: Any) -> Any:
    """Whatever a test installs, the next test starts in English, left to right."""
    from qcode.gui.i18n import remove_translators

    installed: list[Any] = []
    yield installed
    remove_translators(qapp, installed)


def _menu_titles(window: Any) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _main_window(tmp_path: Path) -> Any:
    from qcode.core.project import Project
    from qcode.gui.main_window import MainWindow
    from qcode.settings import Settings

    project = Project.create(tmp_path / "p.qcode", coder="Amina")
    source = tmp_path / "访谈 1.txt"
    source.write_text("问：您什么时候知道自己的信用分被降低了？\n答：去年三月。", encoding="utf-8")
    project.import_files([source])
    return MainWindow(project, Settings(tmp_path))


ENGLISH_MENUS = ["&File", "&Edit", "&Coding", "C&odes", "&Documents", "&View", "&Analyse"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_shipped_language_loads_and_the_menus_show_it(
    language: str, qapp: Any, english_again: list[Any], tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QTranslator

    from qcode.gui.i18n import chosen_language, install_translators, qm_file

    assert QTranslator().load(str(qm_file(language)))
    monkeypatch.setenv("QCODE_LANGUAGE", language)
    english_again += install_translators(qapp, chosen_language(None))
    window = _main_window(tmp_path)
    try:
        titles = _menu_titles(window)[: len(ENGLISH_MENUS)]
        still_english = [t for t, e in zip(titles, ENGLISH_MENUS, strict=True) if t == e]
        assert still_english == []
        # Qt's own buttons (OK, Cancel...) come from Qt's translation of the language.
        assert qapp.translate("QPlatformTheme", "Cancel") != "Cancel"
    finally:
        window.close()


def test_chinese_menus_read_as_chinese_researchers_say_them(
    qapp: Any, english_again: list[Any], tmp_path: Path
) -> None:
    from qcode.gui.i18n import install_translators

    english_again += install_translators(qapp, "zh_CN")
    window = _main_window(tmp_path)
    try:
        titles = _menu_titles(window)
        assert titles[:5] == ["文件(&F)", "编辑(&E)", "编码(&C)", "编码本(&O)", "文档(&D)"]
        assert window.docks["codebook"].windowTitle() == "编码本"
        assert window.docks["segments"].windowTitle() == "已编码片段"
        assert window.layoutDirection().name == "LeftToRight"
    finally:
        window.close()


def test_arabic_lays_the_whole_window_out_right_to_left(
    qapp: Any, english_again: list[Any], tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from qcode.gui.i18n import install_translators

    english_again += install_translators(qapp, "ar")
    window = _main_window(tmp_path)
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.codebook.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        window.close()


def test_without_a_language_the_app_stays_english(
    qapp: Any, english_again: list[Any], tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from qcode.gui.i18n import install_translators

    english_again += install_translators(qapp, "en")
    window = _main_window(tmp_path)
    try:
        assert _menu_titles(window)[: len(ENGLISH_MENUS)] == ENGLISH_MENUS
        assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        window.close()


# -- which language ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("zh_CN", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh-Hant-TW", "en"),  # Traditional Chinese is not shipped
        ("zh_HK", "en"),
        ("ar_EG", "ar"),
        ("ar", "ar"),
        ("es-MX", "es"),
        ("fr_CA", "fr"),
        ("de_DE", "en"),
        ("en_GB", "en"),
    ],
)
def test_a_locale_gets_the_closest_shipped_language(locale: str, language: str) -> None:
    from qcode.gui.i18n import language_for

    assert language_for(locale) == language


def test_the_environment_overrides_the_setting_which_overrides_the_system(
    monkeypatch: Any,
) -> None:
    from qcode.gui import i18n

    monkeypatch.setattr(i18n, "system_language", lambda: "es")
    monkeypatch.delenv("QCODE_LANGUAGE", raising=False)
    assert i18n.chosen_language(None) == "es"
    assert i18n.chosen_language("fr") == "fr"
    monkeypatch.setenv("QCODE_LANGUAGE", "ar")
    assert i18n.chosen_language("fr") == "ar"


def test_the_language_menu_saves_the_choice_for_the_next_start(
    qapp: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMenu, QMessageBox

    from qcode.gui.i18n import chosen_language
    from qcode.settings import Settings

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.delenv("QCODE_LANGUAGE", raising=False)
    window = _main_window(tmp_path)
    try:
        menu = window.findChild(QMenu, "language_menu")
        names = [action.text() for action in menu.actions()]
        assert names == [
            "System default",
            "English",
            "中文(简体)",
            "العربية",
            "Español",
            "Français",
        ]
        assert menu.actions()[0].isChecked()  # nothing chosen yet: the system's
        menu.actions()[3].trigger()
        assert told == ["The new language is used the next time qcode starts."]
        assert chosen_language(Settings(tmp_path).language) == "ar"  # as the next start reads it
        assert menu.actions()[3].isChecked()
        menu.actions()[0].trigger()
        assert Settings(tmp_path).language is None
    finally:
        window.close()


# -- the translators' tools ----------------------------------------------------------------


@pytest.fixture
def scratch_translations(tmp_path: Path, monkeypatch: Any) -> Any:
    """packaging/translations.py working on a copy of the shipped files."""
    translations = _translations()
    folder = tmp_path / "i18n"
    shutil.copytree(translations.FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__*"))
    monkeypatch.setattr(translations, "FOLDER", folder)
    return translations


def test_a_translator_works_in_json_and_the_import_refuses_a_broken_placeholder(
    scratch_translations: Any, tmp_path: Path
) -> None:
    translations = scratch_translations
    exported = tmp_path / "fr.json"
    assert translations.main(["export", "fr", str(exported)]) == 0
    table = json.loads(exported.read_text(encoding="utf-8"))
    assert "&File" in table["MainWindow"]
    table["MainWindow"]["&File"] = "&Fichier"
    table["MainWindow"]["Coding as: {coder_name}  "] = "Codage : {nom}  "  # not filled in
    table["Nowhere"] = {"Gone": "Parti"}
    exported.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")

    assert translations.main(["import", "fr", str(exported)]) == 1  # problems reported
    again = {
        (context, source): (translation.text, translation.get("type"))
        for context, source, translation in translations.messages(translations.ts_file("fr"))
    }
    assert again[("MainWindow", "&File")] == ("&Fichier", None)
    assert again[("MainWindow", "Coding as: {coder_name}  ")][0] != "Codage : {nom}  "
    assert ("Nowhere", "Gone") not in again


def test_the_check_names_a_qm_older_than_its_ts(scratch_translations: Any, tmp_path: Path) -> None:
    translations = scratch_translations
    before = translations.check()
    assert not any(".qm is out of date" in problem for problem in before)
    changed = tmp_path / "es.json"
    changed.write_text(json.dumps({"MainWindow": {"&File": "&Archivo nuevo"}}), encoding="utf-8")
    assert translations.import_json("es", changed) == (1, [])  # the .ts changes, not the .qm
    after = translations.check()
    ts, qm = translations.ts_file("es"), translations.qm_file("es")
    assert [p for p in after if ".qm is out of date" in p] == [
        f"{qm} is out of date with {ts}: run compile"
    ]
