"""Counted core messages ("2 codings", "1 passage left out: …") in every language.

The core counts in English with ``{s}``; ``Message.counted`` says which value
is the count, so the app can ask Qt for the plural form of each language
(Chinese one, French two with 0 singular, Arabic six).  The command line's
English must not change by a byte.  The Qt tests here run the real pipeline
on a scratch copy of the translations: ``update`` (core_messages.py and
lupdate), ``import`` of a translator's forms, ``lrelease``, and a real
QTranslator choosing the form by Qt's plural rules (tests/translators.py's
stand-in cannot: it ignores the count).
"""

from __future__ import annotations

import ast
import json
import pickle
import re
import shutil
import string
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qcode.analysis.filters import Filters
from qcode.core.consent import ConsentScreen
from qcode.core.withdrawal import WithdrawalReport
from qcode.errors import QcodeError
from qcode.messages import Message, translated
from tests.test_i18n import _translations

ROOT = Path(__file__).resolve().parent.parent
CODINGS = "{count:,} coding{s}"
LEFT_OUT = "{count} passage{s} left out: {reason}"
# Arabic: zero, one, two, few (3-10), many (11-99), other (100-102, ...), in Qt's order
ARABIC_CODINGS = [
    "{count:,} ترميز",
    "ترميز واحد",
    "ترميزان",
    "{count:,} ترميزات",
    "{count:,} ترميزًا",
    "{count:,} ترميز",
]


# -- English, as the command line prints it ------------------------------------------------


def _english(template: str, n: int, **values: Any) -> str:
    """The English of the old ``{s}`` rule, written out independently."""
    return template.replace("{s}", "" if n == 1 else "s").format(**values)


@pytest.mark.parametrize("n", [0, 1, 2, 1000])
def test_the_command_line_s_english_is_unchanged(n: int) -> None:
    assert Message.counted(CODINGS, count=n) == {0: "0 codings", 1: "1 coding"}.get(
        n, f"{n:,} codings"
    )
    screen = ConsentScreen({}, {}, [])
    screen.leave_out("withdrew", n)
    assert screen.summary() == {1: ["1 passage left out: withdrew"]}.get(
        n, [f"{n} passages left out: withdrew"]
    )
    report = WithdrawalReport("p", documents=n, turns=1, shared_documents=2, codings=n)
    words = "document" if n == 1 else "documents"
    codings = "coding" if n == 1 else "codings"
    assert report.counts() == (
        f"{n:,} {words}, 1 turn in 2 shared documents, {n:,} {codings}, 0 memos, "
        "0 original files, 0 text versions, 0 cases, 0 recording links"
    )
    described = Filters(documents=tuple(range(n))).describe()
    assert described == {0: "documents: no documents", 1: "documents: 1 document"}.get(
        n, f"documents: {n} documents"
    )


ENGLISH_PLURAL = re.compile(r"\{s(_\w+)?\}")  # "{s}", "{s_passages}"


def _counted_calls() -> list[tuple[str, str, str]]:
    """(where, template, counter) of every ``Message.counted`` in qcode outside
    the app, and (where, template, "") for a plain Message that still says {s}."""
    found = []
    for path in sorted((ROOT / "qcode").rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative.parts[1] == "gui" or relative == Path("qcode/messages.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            function = node.func
            where = f"{relative}:{node.lineno}"
            if isinstance(function, ast.Attribute) and function.attr == "counted":
                named = node.args[1:] or [ast.Constant("count")]
                counter = named[0].value if isinstance(named[0], ast.Constant) else ""
                found.append((where, first.value, counter))
            elif getattr(function, "id", "") == "Message" and ENGLISH_PLURAL.search(first.value):
                found.append((where, first.value, ""))
    return found


def test_every_english_plural_of_the_core_is_a_counted_message() -> None:
    calls = _counted_calls()
    assert len(calls) > 50
    # a plain Message with {s} would show the English plural in every language
    assert [where for where, _, counter in calls if not counter] == []
    for where, template, counter in calls:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        for n in (0, 1, 2, 1000):
            values = {name: 7 for name in names - {"s"}} | {counter: n}
            assert Message.counted(template, counter, **values) == _english(
                template, n, **values
            ), where


def test_counted_refuses_a_count_that_is_not_a_whole_number_or_an_s_of_its_own() -> None:
    with pytest.raises(TypeError):
        Message.counted(CODINGS, count="3")
    with pytest.raises(TypeError):
        Message.counted(CODINGS, count=3, s="s")
    with pytest.raises(TypeError):
        Message.counted("{n} coding{s}", n=3)  # the count is "count" unless said


# -- what a translate function sees, stored and pickled -----------------------------------


def _asked(message: Message) -> list[tuple[str, int | None]]:
    seen: list[tuple[str, int | None]] = []

    def translate(template: str) -> str:
        seen.append((str(template), getattr(template, "number", None)))
        return template

    translated(message, translate)
    return seen


def test_a_translate_function_gets_the_count_with_the_template() -> None:
    inner = Message.counted(CODINGS, count=3)
    outer = Message("{codings} in {document}", codings=inner, document="Interview 2")
    assert _asked(outer) == [(CODINGS, 3), ("{codings} in {document}", None)]
    # a translate function that knows nothing of counts gets a template as before
    assert translated(outer, str) == "3 codings in Interview 2"


def test_a_counted_message_stored_or_pickled_still_counts() -> None:
    message = Message.counted("code {count:,} answer{s} '{code}'", count=1234, code="Fear")
    stored = json.loads(json.dumps(message.as_json()))
    for again in (Message.from_json(stored), pickle.loads(pickle.dumps(message))):
        assert again == "code 1,234 answers 'Fear'" and again.counter == "count"
        assert _asked(again) == [("code {count:,} answer{s} '{code}'", 1234)]
    # a label stored before messages said their count is read as it was
    del stored["counter"]
    assert _asked(Message.from_json(stored)) == [("code {count:,} answer{s} '{code}'", None)]
    assert message.with_values({**message.values, "code": "Hope"}).counter == "count"


def test_a_translation_that_invents_a_placeholder_falls_back_to_english() -> None:
    message = Message.counted(CODINGS, count=2)
    assert translated(message, lambda t: "{nombre} codages") == "2 codings"


# -- the real pipeline: update, import, compile, Qt -----------------------------------------


def _pointed(translations: Any, folder: Path) -> Any:
    """translations.py working in ``folder``: its .ts and its own core_messages.py
    (lupdate reads the app's sources with that one instead of the shipped one)."""
    gui = translations.SOURCES
    translations.FOLDER = folder
    translations.CORE_MESSAGES = folder / "core_messages.py"

    def sources() -> list[str]:
        app = [p for p in gui.rglob("*.py") if not p.name.startswith("core_messages")]
        listed = [p for p in translations.core_messages_files() if p.exists()]
        return sorted(str(path) for path in [*app, *listed])

    translations._sources = sources
    return translations


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped .ts files, brought up to date with the source by ``update``."""
    folder = tmp_path_factory.mktemp("updated")
    translations = _translations()
    for ts in translations.FOLDER.glob("qcode_*.ts"):
        shutil.copy(ts, folder)
    assert _pointed(translations, folder).update() == []
    return folder


@pytest.fixture
def scratch(updated: Path, tmp_path: Path) -> Any:
    folder = tmp_path / "i18n"
    shutil.copytree(updated, folder)
    return _pointed(_translations(), folder)


def _numerus(ts: Path) -> dict[str, int]:
    """Source -> number of plural forms, of the core's messages in ``ts``."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") == "messages":
            for message in context.iter("message"):
                if message.get("numerus") == "yes":
                    forms = message.findall("translation/numerusform")
                    found[message.findtext("source") or ""] = len(forms)
    return found


def test_update_makes_every_counted_message_a_plural_message(scratch: Any) -> None:
    _, counted, problems = scratch.core_scan()
    assert problems == [] and CODINGS in counted and LEFT_OUT in counted
    assert _numerus(scratch.ts_file("ar")) == dict.fromkeys(counted, 6)
    assert _numerus(scratch.ts_file("zh_CN")) == dict.fromkeys(counted, 1)
    assert _numerus(scratch.ts_file("fr")) == dict.fromkeys(counted, 2)
    # English's .ts holds its plural forms only: the counted ones, not "no documents"
    english = {source for context, source, _ in scratch.messages(scratch.ts_file("en"))}
    assert counted <= english and "no documents" not in english


@pytest.fixture
def speaking(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Install a scratch language into the app (and English again after)."""
    from qcode.gui import i18n

    installed: list[Any] = []

    def install(translations: Any, language: str, table: dict[str, list[str]]) -> None:
        given = translations.FOLDER / f"{language}.json"
        given.write_text(json.dumps({"messages": table}, ensure_ascii=False), encoding="utf-8")
        assert translations.import_json(language, given) == (len(table), [])
        translations.lrelease(translations.ts_file(language), translations.qm_file(language))
        monkeypatch.setattr(i18n, "FOLDER", translations.FOLDER)
        installed.extend(i18n.install_translators(qapp, language))

    yield install
    i18n.remove_translators(qapp, installed)


def test_arabic_says_each_count_with_its_own_form(scratch: Any, speaking: Any) -> None:
    from qcode.gui.i18n.messages import error_text, shown

    left_out = ["أُغفل {count} مقتطف: {reason}", "أُغفل مقتطف واحد: {reason}"]
    left_out += ["أُغفل مقتطفان: {reason}", "أُغفل {count} مقتطفات: {reason}"]
    left_out += ["أُغفل {count} مقتطفًا: {reason}", "أُغفل {count} مقتطف: {reason}"]
    speaking(scratch, "ar", {CODINGS: ARABIC_CODINGS, LEFT_OUT: left_out})
    said = {n: shown(Message.counted(CODINGS, count=n)) for n in (0, 1, 2, 3, 11, 100)}
    assert said == {
        0: "0 ترميز",
        1: "ترميز واحد",
        2: "ترميزان",
        3: "3 ترميزات",
        11: "11 ترميزًا",
        100: "100 ترميز",
    }
    refused = QcodeError(Message.counted(LEFT_OUT, count=2, reason="withdrew"))
    assert error_text(refused) == "أُغفل مقتطفان: withdrew"
    assert str(refused) == "2 passages left out: withdrew"  # the command line's, unchanged


def test_french_says_zero_in_the_singular(scratch: Any, speaking: Any) -> None:
    from qcode.gui.i18n.messages import shown
    from qcode.gui.reports.report_dialog import in_interface_language

    speaking(scratch, "fr", {CODINGS: ["{count:,} codage", "{count:,} codages"]})
    said = [shown(Message.counted(CODINGS, count=n)) for n in (0, 1, 2, 1000)]
    assert said == ["0 codage", "1 codage", "2 codages", "1\u202f000 codages"]
    # a report written in the interface's language counts the same way
    assert translated(Message.counted(CODINGS, count=2), in_interface_language) == "2 codages"
    # a count past what Qt takes still gets the form for its last digits
    assert shown(Message.counted(CODINGS, count=3 * 10**12)).endswith(" codages")


def test_the_import_and_the_check_refuse_a_wrong_number_of_forms(
    scratch: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    given = scratch.FOLDER / "ar.json"
    given.write_text(json.dumps({"messages": {CODINGS: ARABIC_CODINGS[:2]}}), encoding="utf-8")
    assert scratch.import_json("ar", given)[1] == [
        f"messages: {CODINGS!r}: needs 6 plural forms, not 2"
    ]
    # a .ts edited by hand with a form missing: --check names it
    ts = scratch.ts_file("ar")
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == CODINGS:
            translation = message.find("translation")
            assert translation is not None
            for form, text in zip(translation.findall("numerusform"), ARABIC_CODINGS, strict=True):
                form.text = text
            translation.remove(translation.findall("numerusform")[-1])
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    assert scratch.main(["--check"]) == 1
    assert (
        f"translations: qcode_ar.ts: messages: {CODINGS!r} has 5 plural forms, "
        "not the 6 of its language"
    ) in capsys.readouterr().err.splitlines()


# -- the scan of the source -----------------------------------------------------------------


def test_the_scan_lists_counted_templates_as_plural_messages_for_lupdate(
    tmp_path: Path,
) -> None:
    translations = _translations()
    core = tmp_path / "qcode"
    (core / "core").mkdir(parents=True)
    tricky = "{count:,} “quoted” coding{s}\nin 访谈 and عربي"
    (core / "core" / "edits.py").write_text(
        "from qcode import messages\n"
        f"Message.counted({CODINGS!r}, count=1)\n"
        f"messages.Message.counted({tricky!r}, count=2)\n"
        "Message('no documents')\n",
        encoding="utf-8",
    )
    translations.CORE = core
    translations.CORE_MESSAGES = tmp_path / "core_messages.py"
    templates, counted, problems = translations.core_scan()
    assert (templates, counted, problems) == (
        sorted([CODINGS, tricky, "no documents"]),
        {CODINGS, tricky},
        [],
    )
    assert translations.write_core_messages() == []
    ts = tmp_path / "qcode_ar.ts"
    lupdate = translations._tool("pyside6-lupdate")
    command = [lupdate, str(translations.CORE_MESSAGES), "-silent", "-target-language", "ar"]
    subprocess.run([*command, "-ts", str(ts)], check=True)
    assert _numerus(ts) == {CODINGS: 6, tricky: 6}
    assert sorted(source for _, source, _ in translations.messages(ts)) == templates
    # one template cannot be a plural message in one place and a plain one in another
    (core / "core" / "more.py").write_text(f"Message({CODINGS!r}, count=1, s='')\n")
    assert translations.core_scan()[2] == [
        f"{core / 'core' / 'more.py'}:1: {CODINGS!r} is counted at "
        f"{core / 'core' / 'edits.py'}:2: make both Message.counted"
    ]
