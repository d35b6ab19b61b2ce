"""The interface's translations: ``.ts`` sources in qcode/gui/i18n, compiled
``.qm`` files shipped beside them.

    python packaging/translations.py update          core_messages.py, then lupdate:
                                                     sources → every .ts
    python packaging/translations.py compile         lrelease: every .ts → .qm
    python packaging/translations.py --check         fail (exit 1, one line a problem)
                                                     when core_messages.py, a .ts or a .qm
                                                     is out of date, unfinished, or breaks
                                                     a placeholder
    python packaging/translations.py export LANG [FILE.json]
    python packaging/translations.py import LANG FILE.json

The core's messages (``Message("…")`` templates outside qcode/gui) reach the
.ts files through qcode/gui/i18n/core_messages.py, which ``update`` writes from
the source (context ``messages``).  A counted one (``Message.counted("{count:,}
coding{s}", count=n)``) is listed as a message with plural forms, translated
like the app's own ("%Ln codings"): one form per plural of the language, with
its {placeholders} but without the English "{s}".

``export`` writes {context: {source: translation}} (untranslated: "") for a
translator who works in JSON; a message with plural forms (``tr("%n codings",
"", n)``) is a list of its forms, as many as the language has (Chinese 1,
Spanish and French 2, Arabic 6, in Qt's order); ``import`` writes their
translations back into the .ts (then ``compile``).  A translation must keep
the source's {named} placeholders: it may leave one out (Chinese needs no
plural "{s}") but never add one the program does not fill in.

English needs no translation except its plural forms ("1 coding", "2
codings"): qcode_en.ts holds only the messages with plural forms.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "qcode" / "gui"
FOLDER = SOURCES / "i18n"
LANGUAGES = ("zh_CN", "ar", "es", "fr")
# English is the source language: its .ts holds only the plural forms.
ENGLISH = "en"
EVERY = (*LANGUAGES, ENGLISH)
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:[!:][^{}]*)?\}")
# The core: every Message("…") template here is listed in CORE_MESSAGES.
CORE = ROOT / "qcode"
CORE_MESSAGES = FOLDER / "core_messages.py"
PART = 500  # templates a file
CONTEXT = "messages"  # qcode.messages.CONTEXT (not imported: this script needs no qcode)
UNDONE = ("unfinished", "obsolete", "vanished")
# How many plural forms lupdate gives a message in each language (Qt's rules).
PLURAL_FORMS = {"zh_CN": 1, "ar": 6, "es": 2, "fr": 2, "en": 2}


def ts_file(language: str, folder: Path | None = None) -> Path:
    return (folder or FOLDER) / f"qcode_{language}.ts"


def qm_file(language: str, folder: Path | None = None) -> Path:
    return (folder or FOLDER) / f"qcode_{language}.qm"


def _tool(name: str) -> str:
    """A tool from beside this Python (pyside6-lupdate, ruff, ...)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: error: {name} not found (pip install it)")
    return found


def _sources() -> list[str]:
    return sorted(str(path) for path in SOURCES.rglob("*.py"))


def lupdate(ts_files: list[Path], plural_only: bool = False) -> None:
    """Bring ``ts_files`` up to date with the sources, keeping translations.
    No line numbers are stored, so only a changed message changes a .ts.
    ``plural_only``: only the messages with plural forms (English)."""
    command = [_tool("pyside6-lupdate"), *_sources(), "-locations", "none", "-no-obsolete"]
    command += ["-pluralonly"] if plural_only else []
    command += ["-silent", "-ts", *map(str, ts_files)]
    subprocess.run(command, check=True, cwd=ROOT)


def _lupdate_each(ts_files: dict[str, Path]) -> None:
    """lupdate the .ts of each language (English: its plural forms only)."""
    translated = [path for language, path in ts_files.items() if language != ENGLISH]
    if translated:
        lupdate(translated)
    if ENGLISH in ts_files:
        lupdate([ts_files[ENGLISH]], plural_only=True)


def lrelease(ts: Path, qm: Path) -> None:
    command = [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, cwd=ROOT)


# -- the core's messages ------------------------------------------------------------------


def _names_message(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id == "Message"
    return isinstance(node, ast.Attribute) and node.attr == "Message"


def _is_message(call: ast.Call) -> bool:
    return _names_message(call.func) or _is_counted(call)


def _is_counted(call: ast.Call) -> bool:
    """``Message.counted(...)``: a message with plural forms."""
    function = call.func
    return (
        isinstance(function, ast.Attribute)
        and function.attr == "counted"
        and _names_message(function.value)
    )


def core_templates(root: Path | None = None) -> tuple[list[str], list[str]]:
    """(every literal template of a ``Message(...)`` call in qcode outside
    qcode/gui, sorted and once each; the calls whose template is no literal,
    which no translation can reach, one line each)."""
    templates, _, problems = core_scan(root)
    return templates, problems


def core_scan(root: Path | None = None) -> tuple[list[str], set[str], list[str]]:
    """:func:`core_templates`, and which of them are counted
    (``Message.counted``): (templates, counted, problems)."""
    root = root or CORE
    templates: set[str] = set()
    counted: dict[str, str] = {}  # template -> where it is counted
    plain: dict[str, str] = {}  # template -> where it is not
    problems: list[str] = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative.parts[0] == "gui" or relative == Path("messages.py"):
            continue  # the app translates with tr(); messages.py is the machinery
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except (OSError, SyntaxError, ValueError) as error:
            problems.append(f"{_shown(path)}: cannot read it ({error})")
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _is_message(node)):
                continue
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                templates.add(first.value)
                where = counted if _is_counted(node) else plain
                where.setdefault(first.value, f"{_shown(path)}:{node.lineno}")
            elif not (isinstance(first, ast.Attribute) and first.attr == "template"):
                # (a message rebuilt from another one's template is found where that one is)
                problems.append(
                    f"{_shown(path)}:{node.lineno}: a Message template must be a literal "
                    "string (no translation can find it)"
                )
    for template in sorted(set(counted) & set(plain)):
        # One .ts entry cannot be both a plural message and a plain one.
        problems.append(
            f"{plain[template]}: {template!r} is counted at {counted[template]}: "
            "make both Message.counted"
        )
    return sorted(templates), set(counted), problems


def core_messages_files() -> list[Path]:
    """core_messages.py and its further parts (core_messages_2.py, ...) as they are now."""
    more = sorted(
        CORE_MESSAGES.parent.glob(f"{CORE_MESSAGES.stem}_*.py"),
        key=lambda path: int(path.stem.rsplit("_", 1)[1]) if path.stem[-1].isdigit() else 0,
    )
    return [CORE_MESSAGES, *more]


def core_messages_sources(
    templates: list[str], counted: frozenset[str] | set[str] = frozenset()
) -> dict[Path, str]:
    """The text of core_messages.py (and of its parts, PART templates each: no
    module may pass 600 lines) listing ``templates`` for lupdate, one a line;
    the ``counted`` ones as messages with plural forms."""
    chunks = [templates[i : i + PART] for i in range(0, len(templates), PART)] or [[]]
    sources = {}
    for number, chunk in enumerate(chunks, 1):
        name = (
            CORE_MESSAGES
            if number == 1
            else CORE_MESSAGES.with_stem(f"{CORE_MESSAGES.stem}_{number}")
        )
        part = f" (part {number} of {len(chunks)})" if len(chunks) > 1 else ""
        context = json.dumps(CONTEXT)
        entries = "".join(
            f"    QT_TRANSLATE_NOOP({context}, {json.dumps(t, ensure_ascii=False)}),\n"
            for t in chunk
            if t not in counted
        )
        plurals = "".join(
            f"    QCoreApplication.translate({context}, {json.dumps(t, ensure_ascii=False)}, "
            "None, 1)\n"
            for t in chunk
            if t in counted
        )
        names = ", ".join(
            name
            for name, used in (("QT_TRANSLATE_NOOP", True), ("QCoreApplication", plurals))
            if used
        )
        sources[name] = (
            f'"""The core\'s messages{part}, listed for the translators.  WRITTEN BY\n'
            "``python packaging/translations.py update`` from every literal template of a\n"
            "``Message(...)`` call in qcode outside qcode/gui: do not edit it by hand.\n\n"
            "pyside6-lupdate reads the ``QT_TRANSLATE_NOOP`` calls into the .ts files\n"
            "(context ``messages``), and the ``translate`` calls with a count as messages\n"
            "with plural forms (``Message.counted``); the app looks each template up\n"
            '(qcode/gui/i18n/messages.py).  Nothing imports this module."""\n\n'
            "# ruff: noqa: E501\n\n"
            f"from PySide6.QtCore import {names}\n\n"
            "# fmt: off\n"
            f"MESSAGES = (\n{entries})\n"
            + (
                "\n\ndef _counted() -> None:\n"
                '    """Never called: lupdate reads these (the count 1 marks them plural)."""\n'
                f"{plurals}"
                if plurals
                else ""
            )
            + "# fmt: on\n"
        )
    return sources


def write_core_messages() -> list[str]:
    """Write core_messages.py (and its parts) from the source; the problems
    found on the way."""
    templates, counted, problems = core_scan()
    sources = core_messages_sources(templates, counted)
    for path in core_messages_files():
        if path not in sources:
            path.unlink(missing_ok=True)  # fewer parts than before
    for path, text in sources.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    return problems


def core_messages_problems() -> list[str]:
    """A stale or missing core_messages.py, and templates no translation reaches."""
    templates, counted, problems = core_scan()
    sources = core_messages_sources(templates, counted)
    present = [path for path in core_messages_files() if path.exists()]
    for path in sorted(set(sources) | set(present), key=lambda p: (len(p.name), p.name)):
        if path not in present:
            return [f"{_shown(path)} is missing: run update", *problems]
        if sources.get(path) != path.read_text(encoding="utf-8"):
            return [
                f"{_shown(path)} is out of date with the core's messages: run update",
                *problems,
            ]
    return problems


# -- reading and writing the .ts ------------------------------------------------------------


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation> element) of every message of ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                found.append((name, message.findtext("source") or "", translation))
    return found


def forms(translation: ET.Element) -> list[str] | None:
    """The plural forms of a translation (None: it has none, it is one text)."""
    found = translation.findall("numerusform")
    return [form.text or "" for form in found] if found else None


def texts(translation: ET.Element) -> list[str]:
    """Every text of a translation: its plural forms, or its one text."""
    plural = forms(translation)
    return plural if plural is not None else [translation.text or ""]


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """The messages of ``ts`` without a finished translation (every plural
    form written, for a message that has them)."""
    return [
        (context, source)
        for context, source, translation in messages(ts)
        if translation.get("type") in UNDONE or not all(text.strip() for text in texts(translation))
    ]


def placeholder_problems(ts: Path) -> list[str]:
    """Translations (any plural form) that use a {placeholder} their source
    does not fill in."""
    problems = []
    for context, source, translation in messages(ts):
        extra: set[str] = set()
        for text in texts(translation):
            extra |= set(PLACEHOLDER.findall(text)) - set(PLACEHOLDER.findall(source))
        if extra:
            names = ", ".join("{" + name + "}" for name in sorted(extra))
            problems.append(f"{ts.name}: {context}: {source!r} translated with unknown {names}")
    return problems


def plural_form_problems(ts: Path, language: str) -> list[str]:
    """Messages with plural forms that have too few or too many for ``language``
    (Qt would show a missing form as the English)."""
    wanted = PLURAL_FORMS.get(language)
    problems = []
    for context, source, translation in messages(ts):
        plural = forms(translation)
        if wanted is not None and plural is not None and len(plural) != wanted:
            problems.append(
                f"{ts.name}: {context}: {source!r} has {len(plural)} plural forms, "
                f"not the {wanted} of its language"
            )
    return problems


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def update() -> list[str]:
    """core_messages.py, then every .ts; the problems with the core's templates."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    problems = write_core_messages()
    _lupdate_each({language: ts_file(language) for language in EVERY})
    return problems


def compile_all() -> None:
    for language in EVERY:
        lrelease(ts_file(language), qm_file(language))


def check() -> list[str]:
    """Every problem, one line each (empty: all up to date and complete)."""
    problems = core_messages_problems()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        present = [language for language in EVERY if ts_file(language).exists()]
        for language in EVERY:
            if language not in present:
                problems.append(f"{_shown(ts_file(language))} is missing: run update")
        for language in present:
            shutil.copy(ts_file(language), ts_file(language, folder))
        _lupdate_each({language: ts_file(language, folder) for language in present})
        for language in present:
            shipped, fresh = ts_file(language), ts_file(language, folder)
            name = _shown(shipped)
            if shipped.read_bytes() != fresh.read_bytes():
                problems.append(f"{name} is out of date with the sources: run update")
            qm = qm_file(language)
            lrelease(shipped, qm_file(language, folder))
            if not qm.exists():
                problems.append(f"{_shown(qm)} is missing: run compile")
            elif qm.read_bytes() != qm_file(language, folder).read_bytes():
                problems.append(f"{_shown(qm)} is out of date with {name}: run compile")
            left = unfinished(shipped)
            if left:
                context, source = left[0]
                problems.append(
                    f"{name} has {len(left)} unfinished translations "
                    f"(the first: {context}: {source[:60]!r})"
                )
            problems += placeholder_problems(shipped)
            problems += plural_form_problems(shipped, language)
    return problems


def export(language: str, out: Path) -> int:
    """Write ``language``'s messages as JSON for a translator; how many."""
    table: dict[str, dict[str, str | list[str]]] = {}
    for context, source, translation in messages(ts_file(language)):
        done = translation.get("type") not in UNDONE
        plural = forms(translation)
        if plural is not None:
            table.setdefault(context, {})[source] = plural if done else [""] * len(plural)
        else:
            table.setdefault(context, {})[source] = (translation.text or "") if done else ""
    out.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return sum(len(sources) for sources in table.values())


def _write(translation: ET.Element, source: str, given: object) -> str | None:
    """Put a translator's ``given`` text (or list of plural forms) into
    ``translation``; None when written, else what is wrong with it."""
    plural = translation.findall("numerusform")
    if plural:
        if not isinstance(given, list) or not all(isinstance(t, str) for t in given):
            return f"needs a list of {len(plural)} plural forms"
        if len(given) != len(plural):
            return f"needs {len(plural)} plural forms, not {len(given)}"
        chosen = given
    elif isinstance(given, str):
        chosen = [given]
    else:
        return "needs one text, not a list"
    if not all(text.strip() for text in chosen):
        return "" if not any(text.strip() for text in chosen) else "has an empty plural form"
    extra: set[str] = set()
    for text in chosen:
        extra |= set(PLACEHOLDER.findall(text)) - set(PLACEHOLDER.findall(source))
    if extra:
        return f"unknown placeholder(s) {sorted(extra)}"
    if plural:
        for element, text in zip(plural, chosen, strict=True):
            element.text = text
    else:
        translation.text = chosen[0]
    translation.attrib.pop("type", None)
    return None


def import_json(language: str, path: Path) -> tuple[int, list[str]]:
    """Write the translations of ``path`` into the .ts; (written, problems)."""
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SystemExit(f"translations: error: {path}: cannot read it as JSON ({error})") from None
    if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
        raise SystemExit(f"translations: error: {path}: not {{context: {{source: translation}}}}")
    ts = ts_file(language)
    tree = ET.parse(ts)
    known: set[tuple[str, str]] = set()
    written, problems = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            known.add((name, source))
            if translation is None or source not in table.get(name, {}):
                continue
            problem = _write(translation, source, table[name][source])
            if problem is None:
                written += 1
            elif problem:  # "": left untranslated, as the translator sent it
                problems.append(f"{name}: {source!r}: {problem}")
    for name, sources in table.items():
        for source in sources:
            if (name, source) not in known:
                problems.append(f"{name}: {source!r}: no such message (left out)")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    # back to lupdate's own layout, so --check compares like with like
    lupdate([ts], plural_only=language == ENGLISH)
    return written, problems


def main(arguments: list[str]) -> int:
    usage = "usage: translations.py update | compile | --check | export LANG [F] | import LANG F"
    if not arguments:
        print(usage, file=sys.stderr)
        return 2
    command, rest = arguments[0], arguments[1:]
    if command in ("export", "import") and (not rest or rest[0] not in EVERY):
        print(f"translations: error: LANG must be one of {', '.join(EVERY)}", file=sys.stderr)
        return 2
    if command == "update":
        for problem in update():
            print(f"translations: {problem}", file=sys.stderr)
    elif command == "compile":
        compile_all()
    elif command == "--check":
        problems = check()
        for problem in problems:
            print(f"translations: {problem}", file=sys.stderr)
        return 1 if problems else 0
    elif command == "export":
        out = Path(rest[1]) if len(rest) > 1 else Path(f"qcode_{rest[0]}.json")
        count = export(rest[0], out)
        print(f"wrote {count} messages to {out}")
    elif command == "import" and len(rest) == 2:
        written, problems = import_json(rest[0], Path(rest[1]))
        for problem in problems:
            print(f"translations: {problem}", file=sys.stderr)
        left = len(unfinished(ts_file(rest[0])))
        print(f"wrote {written} translations into {ts_file(rest[0]).name}; {left} unfinished")
        return 1 if problems else 0
    else:
        print(usage, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
