"""Every language's plurals, numbers and lists, and the core's messages
reaching the translators.

A count in the app is a Qt plural message (``tr("%Ln codings", "", n)``):
Arabic has six forms, French says "1 codage" and "0 codage", Chinese has
one; English gets "1 coding" from qcode_en.qm.  Numbers are written the
interface's way (1,234 / 1 234 / 1.234), lists of names with the
language's own "and".  The core raises and names its edits as Messages,
and ``packaging/translations.py update`` lists their templates in
qcode/gui/i18n/core_messages.py for lupdate.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_i18n import _translations

ROOT = Path(__file__).resolve().parent.parent
QCODE = ROOT / "qcode"
GUI = QCODE / "gui"

# -- the core speaks in Messages ------------------------------------------------------------

# Raised for a bug in qcode, never for a user's mistake: no one translates them.
PROGRAMMING_ERRORS = {"TypeError", "AssertionError", "NotImplementedError"}


def _english_text(node: ast.AST) -> bool:
    """Whether ``node`` builds English text in place: a literal, an f-string,
    a literal's .format(), or a concatenation with a literal."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _english_text(node.left) or _english_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _english_text(node.func.value)
    return False


def _exception_name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def english_raises(source: str) -> list[tuple[int, str]]:
    """(line, exception) of each ``raise X(<English text>)`` in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        name = _exception_name(node.exc)
        if name in PROGRAMMING_ERRORS or not node.exc.args:
            continue
        if _english_text(node.exc.args[0]):
            found.append((node.lineno, name))
    return found


def _says_message(annotation: ast.AST | None) -> bool:
    if isinstance(annotation, ast.Constant):
        return annotation.value == "Message"
    if isinstance(annotation, ast.Attribute):
        return annotation.attr == "Message"
    return isinstance(annotation, ast.Name) and annotation.id == "Message"


def labels_not_messages(source: str) -> list[int]:
    """Lines of each ``def label`` not declared to return a Message, and of
    each ``return`` of English text in one.  (The declaration is enough: mypy,
    strict on qcode, refuses a plain str where a Message is declared, and a
    label may hand on another's Message, as ``self.describe()`` does.)"""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == "label":
            if not _says_message(node.returns):
                found.append(node.lineno)
            found += [
                child.lineno
                for child in ast.walk(node)
                if isinstance(child, ast.Return)
                and child.value is not None
                and _english_text(child.value)
            ]
    return found


def test_the_scans_find_english_built_in_place() -> None:
    source = (
        "def f(x):\n"
        "    raise QcodeError('no such code')\n"
        "    raise UnreadableFileError(f'{x}: broken')\n"
        "    raise QcodeError(Message('no code {name}', name=x))\n"
        "    raise errors.QcodeError('bad ' + x)\n"
        "    raise QcodeError('{x} bad'.format(x=x))\n"
        "    raise TypeError(f'cannot store {x}')\n"
        "    raise QcodeError(problem)\n"
        "class Edit:\n"
        "    def label(self) -> Message:\n"
        "        return self.describe() if self.describe else Message('rename {a}', a=1)\n"
        "class Other:\n"
        "    def label(self):\n"
        "        return Message('rename {a}', a=1)\n"
        "    def label2(self):\n"
        "        return 'x'\n"
        "class Third:\n"
        "    def label(self) -> Message:\n"
        "        return f'rename {self}'\n"
    )
    assert english_raises(source) == [
        (2, "QcodeError"),
        (3, "UnreadableFileError"),
        (5, "QcodeError"),
        (6, "QcodeError"),
    ]
    assert labels_not_messages(source) == [13, 19]


def _core_modules() -> Iterator[Path]:
    # Not the app (Qt's tr), the command line (English by design) nor the
    # developers' benchmarks (``qcode bench``).
    for path in sorted(QCODE.rglob("*.py")):
        if path.relative_to(QCODE).parts[0] not in ("gui", "cli", "bench"):
            yield path


def test_every_error_the_core_raises_is_a_message_the_app_can_translate() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in _core_modules()
        for line, name in english_raises(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], f"{len(offenders)} raise(s) of plain English:\n" + "\n".join(offenders)


def test_every_edit_label_is_a_message() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted((QCODE / "core").rglob("*.py"))
        for line in labels_not_messages(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], f"{len(offenders)} label(s) not a Message:\n" + "\n".join(offenders)


# -- core_messages.py ---------------------------------------------------------------------

TRICKY = [
    "no code '{name}' in the codebook",
    'a "quoted" word and a back\\slash',
    "two lines:\n{first}\n{second}",
    "{count:,} codings in {document} — 访谈 and عربي",
    "literal {{braces}} stay",
]


@pytest.fixture
def little_core(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """translations.py reading a small made-up qcode and writing its own
    core_messages.py."""
    translations = _translations()
    core = tmp_path / "qcode"
    (core / "core").mkdir(parents=True)
    (core / "gui").mkdir()
    calls = "\n".join(f"    Message({template!r}, x=1)" for template in TRICKY)
    (core / "core" / "edits.py").write_text(f"def f():\n{calls}\n", encoding="utf-8")
    (core / "core" / "again.py").write_text(
        f"from qcode import messages\nmessages.Message({TRICKY[0]!r})\n", encoding="utf-8"
    )
    (core / "gui" / "window.py").write_text("Message('the app translates with tr')\n")
    monkeypatch.setattr(translations, "CORE", core)
    monkeypatch.setattr(translations, "CORE_MESSAGES", tmp_path / "core_messages.py")
    return translations


def test_core_messages_lists_every_literal_template_once_sorted(little_core: Any) -> None:
    templates, problems = little_core.core_templates()
    assert templates == sorted(TRICKY) and problems == []


def test_lupdate_reads_core_messages_back_exactly(little_core: Any, tmp_path: Path) -> None:
    assert little_core.write_core_messages() == []
    written = little_core.CORE_MESSAGES
    ast.parse(written.read_text(encoding="utf-8"))  # valid Python
    ts = tmp_path / "qcode_fr.ts"
    lupdate = little_core._tool("pyside6-lupdate")
    subprocess.run([lupdate, str(written), "-silent", "-ts", str(ts)], check=True)
    found = sorted((c, s) for c, s, _ in little_core.messages(ts))
    # Exactly what the core formats at run time: the app finds each translation.
    assert found == [("messages", template) for template in sorted(TRICKY)]


def test_the_check_names_a_stale_core_messages_and_an_unreachable_template(
    little_core: Any,
) -> None:
    little_core.write_core_messages()
    assert little_core.core_messages_problems() == []
    edits = little_core.CORE / "core" / "edits.py"
    edits.write_text(
        edits.read_text(encoding="utf-8")
        + "    Message('a new message {x}', x=1)\n    Message(f'made {up}')\n",
        encoding="utf-8",
    )
    problems = little_core.core_messages_problems()
    assert problems[0] == (
        f"{little_core.CORE_MESSAGES} is out of date with the core's messages: run update"
    )
    assert problems[1].endswith(
        "edits.py:8: a Message template must be a literal string (no translation can find it)"
    )
    little_core.write_core_messages()
    assert len(little_core.core_messages_problems()) == 1  # the f-string is still there


def test_the_shipped_core_messages_is_valid_python_for_lupdate() -> None:
    translations = _translations()
    paths = [path for path in translations.core_messages_files() if path.exists()]
    if translations.CORE_MESSAGES not in paths:
        pytest.fail(
            f"{translations.CORE_MESSAGES} is missing: run packaging/translations.py update"
        )
    entries = [
        node
        for path in paths
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    ]
    contexts = {entry.args[0].value for entry in entries}  # type: ignore[attr-defined]
    texts = [entry.args[1].value for entry in entries]  # type: ignore[attr-defined]
    assert contexts == {"messages"} and texts == sorted(set(texts)) and len(texts) > 100


# -- the plural messages, as lupdate and Qt see them ---------------------------------------


def _gui_classes() -> set[str]:
    names = set()
    for path in GUI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names |= {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    return names


def test_lupdate_files_every_plural_message_under_a_context_the_app_asks_in(
    tmp_path: Path,
) -> None:
    # lupdate keeps "QCoreApplication" as a prefix after a translate() call, so
    # "return Plural.tr(...)" right after one lands in "QCoreApplication.Plural",
    # where the app never looks; and it takes translate(context, text, "", n) for a
    # plain message.  Every counted phrase must reach the translators as a plural.
    translations = _translations()
    ts = tmp_path / "qcode_ar.ts"
    translations.lupdate([ts], plural_only=True)
    contexts = {context for context, _, _ in translations.messages(ts)}
    assert "Plural" in contexts and len(translations.messages(ts)) > 40
    # ("messages": the core's counted messages, Message.counted, which the app asks there)
    assert sorted(contexts - _gui_classes() - {"messages"}) == []
    forms = {len(translations.forms(t) or []) for _, _, t in translations.messages(ts)}
    assert forms == {6}  # Arabic: zero, one, two, few, many, other


ENGLISH_PLURAL = re.compile(r"\{s\d?\}|\w\(s\)")
GROUPED = re.compile(r"\{[A-Za-z_0-9]*:[^{}]*,[^{}]*\}")


def test_no_count_in_the_app_is_written_the_english_way() -> None:
    # "{count} coding{s}", "document(s)" and "{n:,}" are English only.
    found = []
    for path in sorted(GUI.rglob("*.py")):
        # (benchmarks print English; core_messages*.py lists the core's own templates)
        if path.name.startswith(("bench", "core_messages")):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # (a docstring may quote the English way to say what it replaces)
        said = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
        for node in ast.walk(tree):
            texts = []
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in said
            ):
                texts = [node.value]
            elif isinstance(node, ast.FormattedValue) and isinstance(
                node.format_spec, ast.JoinedStr
            ):
                texts = [
                    "{x:"
                    + "".join(str(getattr(v, "value", "")) for v in node.format_spec.values)
                    + "}"
                ]
            for text in texts:
                if ENGLISH_PLURAL.search(text) or GROUPED.search(text):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text[:60]!r}")
    assert found == []


# -- numbers and lists ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "system", "thousands", "listed"),
    [
        ("en", "C", "1,234,567", "Amina, Li Wei, and Yusuf"),
        ("en", "en_GB", "1,234,567", "Amina, Li Wei and Yusuf"),
        ("fr", "C", "1\u202f234\u202f567", "Amina, Li Wei et Yusuf"),
        ("fr", "fr_CA", "1\u00a0234\u00a0567", "Amina, Li Wei et Yusuf"),
        ("es", "de_DE", "1.234.567", "Amina, Li Wei y Yusuf"),
        ("zh_CN", "C", "1,234,567", "Amina、Li Wei和Yusuf"),
        # Arabic with Western digits (the figures the exports and the command line
        # print), unless the system's Arabic already chose its own way of writing them.
        ("ar", "C", "1,234,567", "Amina وLi Wei وYusuf"),
        ("ar", "ar_EG", "1,234,567", "Amina وLi Wei وYusuf"),
        ("ar", "ar_MA", "1.234.567", "Amina وLi Wei وYusuf"),
    ],
)
def test_numbers_and_lists_follow_the_language(
    language: str, system: str, thousands: str, listed: str
) -> None:
    from PySide6.QtCore import QLocale

    from qcode.gui.i18n import number_locale

    locale = number_locale(language, QLocale(system))
    assert locale.toString(1234567) == thousands
    assert locale.createSeparatedList(["Amina", "Li Wei", "Yusuf"]) == listed
    assert locale.zeroDigit() == "0"


@pytest.fixture
def back_to_english(qapp: Any) -> Iterator[list[Any]]:
    from qcode.gui.i18n import remove_translators

    installed: list[Any] = []
    yield installed
    remove_translators(qapp, installed)


def test_the_app_writes_numbers_its_language_s_way(qapp: Any, back_to_english: list[Any]) -> None:
    from qcode.gui.evidence.provenance import size_text
    from qcode.gui.i18n import install_translators
    from qcode.gui.i18n.plurals import number, sentence_list

    assert size_text(1_234_567) == "1.2 MB (1,234,567 bytes)"
    back_to_english += install_translators(qapp, "fr")
    assert number(1234567) == "1\u202f234\u202f567"
    assert "1,2" in size_text(1_234_567) and "1\u202f234\u202f567" in size_text(1_234_567)
    assert sentence_list(["'A'", "'B'"]) == "'A' et 'B'"


def test_the_core_s_grouped_numbers_follow_the_language(
    qapp: Any, back_to_english: list[Any]
) -> None:
    from qcode.errors import QcodeError
    from qcode.gui.i18n import install_translators
    from qcode.gui.i18n.messages import error_text
    from qcode.messages import Message

    template = "'{document}' would have more than {limit:,} characters; nothing was changed"
    problem = QcodeError(Message(template, document="Interview 2024", limit=1_000_000))
    english = "'Interview 2024' would have more than 1,000,000 characters; nothing was changed"
    assert error_text(problem) == english
    back_to_english += install_translators(qapp, "fr")
    shown = error_text(problem)
    assert "1\u202f000\u202f000" in shown and "2024" in shown  # a name's digits stay as they are
    assert str(problem) == english  # what the command line prints does not change


def test_the_core_s_decimals_follow_the_language(qapp: Any, back_to_english: list[Any]) -> None:
    from qcode.gui.i18n import install_translators
    from qcode.gui.i18n.messages import shown
    from qcode.messages import Message

    cut = Message("confidence ≥ {cut:g}", cut=0.05)
    mean = Message("{count} codings, {share:,.1f} on average", count=2, share=1234.5)
    assert (shown(cut), shown(mean)) == ("confidence ≥ 0.05", "2 codings, 1,234.5 on average")
    back_to_english += install_translators(qapp, "fr")
    assert shown(cut).endswith(" 0,05")
    assert shown(mean).endswith("1\u202f234,5 on average")  # untranslated: the numbers still French
    assert str(cut) == "confidence ≥ 0.05"  # what the command line prints does not change


def test_english_says_one_coding_and_two_codings(qapp: Any) -> None:
    from qcode.gui.team.agreement_compare import disagreement_text

    translations = _translations()
    english = translations.ts_file("en")
    assert translations.unfinished(english) == []
    assert translations.placeholder_problems(english) == []
    # (tests/conftest.py installs English as the app's start does)
    assert [disagreement_text(n) for n in (0, 1, 2, 1234)] == [
        "No disagreements",
        "1 disagreement",
        "2 disagreements",
        "1,234 disagreements",
    ]


FORMS = {"zh_CN": 1, "fr": 2, "es": 2, "en": 2, "ar": 6}  # what lupdate writes for each


@pytest.mark.parametrize("language", sorted(FORMS))
def test_each_shipped_language_has_its_number_of_plural_forms(language: str) -> None:
    translations = _translations()
    ts = translations.ts_file(language)
    plurals = [
        (context, source, translations.forms(translation))
        for context, source, translation in translations.messages(ts)
        if translations.forms(translation) is not None
    ]
    if not plurals:
        pytest.skip(f"{ts.name} holds no plural message yet: run packaging/translations.py update")
    wrong = [(c, s, len(f or [])) for c, s, f in plurals if len(f or []) != FORMS[language]]
    assert wrong == []


def test_the_shipped_arabic_counts_with_six_forms(qapp: Any, back_to_english: list[Any]) -> None:
    from qcode.gui.i18n import install_translators
    from qcode.gui.i18n.plurals import Plural

    translations = _translations()
    shipped = {
        (context, source): translations.forms(translation)
        for context, source, translation in translations.messages(translations.ts_file("ar"))
        if translation.get("type") is None
    }
    forms = shipped.get(("Plural", "%Ln codings"))
    if not forms:
        pytest.skip("qcode_ar.ts has no finished '%Ln codings' yet: the lead's merge adds it")
    back_to_english += install_translators(qapp, "ar")
    shown = [Plural.tr("%Ln codings", "", n) for n in (0, 1, 2, 3, 11, 100)]
    assert shown == [
        form.replace("%Ln", str(n)) for form, n in zip(forms, (0, 1, 2, 3, 11, 100), strict=True)
    ]
    assert len(set(forms)) >= 5  # zero and other may agree; one, two, few and many differ


# -- a translator's plural forms, from JSON to the screen -----------------------------------

ARABIC_BYTES = ["%Ln بايت", "بايت واحد", "بايتان", "%Ln بايتات", "%Ln بايتًا", "%Ln بايت"]


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """translations.py on a copy of the shipped files, brought up to date with
    the sources (so it holds the app's plural messages)."""
    translations = _translations()
    folder = tmp_path / "i18n"
    shutil.copytree(translations.FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__*"))
    monkeypatch.setattr(translations, "FOLDER", folder)
    # The plural messages start untranslated, as a translator receives them.
    ts = translations.ts_file("ar")
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == "Plural":
            for translation in context.iter("translation"):
                translation.set("type", "unfinished")
                for form in translation.iter("numerusform"):
                    form.text = ""
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    translations.lupdate([ts])
    return translations


def test_plural_forms_survive_export_and_import(scratch: Any, tmp_path: Path) -> None:
    exported = tmp_path / "ar.json"
    assert scratch.main(["export", "ar", str(exported)]) == 0
    table = json.loads(exported.read_text(encoding="utf-8"))
    assert len(table["Plural"]["%Ln bytes"]) == 6  # what lupdate wrote for Arabic
    table = {
        "Plural": {
            "%Ln bytes": ARABIC_BYTES,
            "%Ln codings": ["%Ln ترميز"] * 5,  # one form short
            "%Ln memos": ["%Ln {memo}"] * 6,  # a placeholder nobody fills in
        }
    }
    exported.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    written, problems = scratch.import_json("ar", exported)
    assert written == 1
    assert problems == [
        "Plural: '%Ln codings': needs 6 plural forms, not 5",
        "Plural: '%Ln memos': unknown placeholder(s) ['memo']",
    ]
    again = tmp_path / "again.json"
    scratch.export("ar", again)
    table = json.loads(again.read_text(encoding="utf-8"))
    assert table["Plural"]["%Ln bytes"] == ARABIC_BYTES
    assert table["Plural"]["%Ln codings"] == [""] * 6
    assert ("Plural", "%Ln bytes") not in scratch.unfinished(scratch.ts_file("ar"))
    assert ("Plural", "%Ln codings") in scratch.unfinished(scratch.ts_file("ar"))


def test_arabic_shows_the_right_plural_form_for_each_count(
    scratch: Any, tmp_path: Path, qapp: Any, back_to_english: list[Any], monkeypatch: Any
) -> None:
    from PySide6.QtCore import Qt

    from qcode.gui import i18n
    from qcode.gui.evidence.provenance import size_text

    given = tmp_path / "ar.json"
    given.write_text(json.dumps({"Plural": {"%Ln bytes": ARABIC_BYTES}}), encoding="utf-8")
    assert scratch.import_json("ar", given) == (1, [])
    scratch.lrelease(scratch.ts_file("ar"), scratch.qm_file("ar"))
    monkeypatch.setattr(i18n, "FOLDER", scratch.FOLDER)
    back_to_english += i18n.install_translators(qapp, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    shown = {n: size_text(n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 1000)}
    assert shown == {
        0: "0 بايت",  # zero
        1: "بايت واحد",  # one
        2: "بايتان",  # two
        3: "3 بايتات",  # few: 3-10
        10: "10 بايتات",
        11: "11 بايتًا",  # many: 11-99
        99: "99 بايتًا",
        100: "100 بايت",  # other
        101: "101 بايت",
        102: "102 بايت",
        1000: "1,000 بايت",
    }


def test_the_check_names_an_unfinished_plural_form(scratch: Any, tmp_path: Path) -> None:
    given = tmp_path / "ar.json"
    forms = [*ARABIC_BYTES[:5], ""]
    given.write_text(json.dumps({"Plural": {"%Ln bytes": forms}}), encoding="utf-8")
    _, problems = scratch.import_json("ar", given)
    assert problems == ["Plural: '%Ln bytes': has an empty plural form"]
    tree = ET.parse(scratch.ts_file("ar"))
    (message,) = [
        m
        for c in tree.getroot().iter("context")
        if c.findtext("name") == "Plural"
        for m in c.iter("message")
        if m.findtext("source") == "%Ln bytes"
    ]
    assert message.get("numerus") == "yes"
    assert ("Plural", "%Ln bytes") in scratch.unfinished(scratch.ts_file("ar"))
