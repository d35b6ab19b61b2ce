"""The interface's translations: ``.ts`` sources in qcode/gui/i18n, compiled
``.qm`` files shipped beside them.

    python packaging/translations.py update          lupdate: sources → every .ts
    python packaging/translations.py compile         lrelease: every .ts → .qm
    python packaging/translations.py --check         fail (exit 1, one line a problem)
                                                     when a .ts or .qm is out of date,
                                                     unfinished, or breaks a placeholder
    python packaging/translations.py export LANG [FILE.json]
    python packaging/translations.py import LANG FILE.json

``export`` writes {context: {source: translation}} (untranslated: "") for a
translator who works in JSON; ``import`` writes their translations back into
the .ts (then ``compile``).  A translation must keep the source's {named}
placeholders: it may leave one out (Chinese needs no plural "{s}") but never
add one the program does not fill in.
"""

from __future__ import annotations

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
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:[!:][^{}]*)?\}")


def ts_file(language: str, folder: Path | None = None) -> Path:
    return (folder or FOLDER) / f"qcode_{language}.ts"


def qm_file(language: str, folder: Path | None = None) -> Path:
    return (folder or FOLDER) / f"qcode_{language}.qm"


def _tool(name: str) -> str:
    """A Qt tool from the PySide6 beside this Python (pyside6-lupdate, ...)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: error: {name} not found (pip install PySide6)")
    return found


def _sources() -> list[str]:
    return sorted(str(path) for path in SOURCES.rglob("*.py"))


def lupdate(ts_files: list[Path]) -> None:
    """Bring ``ts_files`` up to date with the sources, keeping translations.
    No line numbers are stored, so only a changed message changes a .ts."""
    command = [_tool("pyside6-lupdate"), *_sources(), "-locations", "none", "-no-obsolete"]
    command += ["-silent", "-ts", *map(str, ts_files)]
    subprocess.run(command, check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    command = [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, cwd=ROOT)


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


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """The messages of ``ts`` without a finished translation."""
    return [
        (context, source)
        for context, source, translation in messages(ts)
        if translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    ]


def placeholder_problems(ts: Path) -> list[str]:
    """Translations that use a {placeholder} their source does not fill in."""
    problems = []
    for context, source, translation in messages(ts):
        text = translation.text or ""
        extra = set(PLACEHOLDER.findall(text)) - set(PLACEHOLDER.findall(source))
        if extra:
            names = ", ".join("{" + name + "}" for name in sorted(extra))
            problems.append(f"{ts.name}: {context}: {source!r} translated with unknown {names}")
    return problems


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    lupdate([ts_file(language) for language in LANGUAGES])


def compile_all() -> None:
    for language in LANGUAGES:
        lrelease(ts_file(language), qm_file(language))


def check() -> list[str]:
    """Every problem, one line each (empty: all up to date and complete)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        present = [language for language in LANGUAGES if ts_file(language).exists()]
        for language in LANGUAGES:
            if language not in present:
                problems.append(f"{_shown(ts_file(language))} is missing: run update")
        for language in present:
            shutil.copy(ts_file(language), ts_file(language, folder))
        if present:
            lupdate([ts_file(language, folder) for language in present])
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
    return problems


def export(language: str, out: Path) -> int:
    table: dict[str, dict[str, str]] = {}
    for context, source, translation in messages(ts_file(language)):
        done = translation.get("type") not in ("unfinished", "obsolete", "vanished")
        table.setdefault(context, {})[source] = (translation.text or "") if done else ""
    out.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return sum(len(sources) for sources in table.values())


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
            text = table.get(name, {}).get(source)
            if translation is None or not isinstance(text, str) or not text.strip():
                continue
            extra = set(PLACEHOLDER.findall(text)) - set(PLACEHOLDER.findall(source))
            if extra:
                problems.append(f"{name}: {source!r}: unknown placeholder(s) {sorted(extra)}")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            written += 1
    for name, sources in table.items():
        for source in sources:
            if (name, source) not in known:
                problems.append(f"{name}: {source!r}: no such message (left out)")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lupdate([ts])  # back to lupdate's own layout, so --check compares like with like
    return written, problems


def main(arguments: list[str]) -> int:
    usage = "usage: translations.py update | compile | --check | export LANG [F] | import LANG F"
    if not arguments:
        print(usage, file=sys.stderr)
        return 2
    command, rest = arguments[0], arguments[1:]
    if command in ("export", "import") and (not rest or rest[0] not in LANGUAGES):
        print(f"translations: error: LANG must be one of {', '.join(LANGUAGES)}", file=sys.stderr)
        return 2
    if command == "update":
        update()
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
