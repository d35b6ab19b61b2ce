"""Random, hostile arguments and --from-json files for every command.

Seeded and bounded (a few hundred runs, about twenty seconds), in-process.
Whatever the input, ``qcode`` must answer like a tool and not like a
program that fell over: exit status 0 or 1, within seconds; on a refusal
exactly one line starting ``qcode: error:`` and the project file
byte-identical; never a traceback, never the internal-error status 70; and
outside JSON and ``qcode text``, no raw control character from the names it
prints.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import re
import shutil
import signal
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest

from qcode.cli import main
from qcode.cli.parser import COMMANDS, build_parser

SEED = 20240521
MAX_RUNS = 500
MAX_SECONDS = 20.0
MIN_RUNS = 60
PER_RUN_SECONDS = 15  # a run that takes longer has hung (a FIFO, a loop)

# Not fuzzed: they write a large project (demo, bench), train or load
# language models for seconds per run (suggest, identifiers), or re-encrypt
# the project wholesale behind a passphrase (encrypt).
EXCLUDED = {"demo", "bench", "suggest", "identifiers", "encrypt"}

TEXT = "Informant: J’étais au café, 没有 notice 😀.\nInterviewer: Et après?\nInformant: Rien.\n"
# Names as an older qcode or a merged project may hold them.
DAMAGED_CODE = "Evil\x1b[2J\u202eX"
DAMAGED_CODER = "Mallory\x1b]0;t\x07"
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


FILE_ARGUMENTS = set("project files from_json codebook out others report folder xlsx".split())
# Values the template project knows, so that runs get past the first lookup.
_DOCUMENTS = ["Interview Liu", "interview liu"]
_CODES = ["Harms", "Harms/Fear", DAMAGED_CODE, "New/Sub", "Harms/Fear/Deeper"]
_CODERS = ["Chen", "Test Coder", DAMAGED_CODER, "Newcomer"]
USABLE = {
    "document": _DOCUMENTS,
    "documents": _DOCUMENTS,
    "doc": _DOCUMENTS,
    "code": _CODES,
    "codes": _CODES,
    "parent": _CODES,
    "source": _CODES,
    "target": _CODES,
    "coder": _CODERS,
    "coders": _CODERS,
    "values": ["year=2024", "city=", "note=a\x1bb"],
    "attr": ["year=2024", "city=Shanghai"],
    "attributes": ["city=Beijing", "year=2024"],
    "original": ["Liu", "Chen"],
    "replacement": ["Respondent 2", ""],
    "text": ["A memo.\nSecond line."],
}


class _Hung(BaseException):
    """A run that did not end (not an Exception: main must not catch it)."""


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small project with a bit of everything, and some damaged names."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / "p.qcode"
    (folder / "Interview Liu.txt").write_text(TEXT, encoding="utf-8")
    runs = [
        ["new", path],
        ["import", path, folder / "Interview Liu.txt", "--attr", "city=Beijing"],
        ["code", path, "Interview Liu", "Harms/Fear", "0", "9", "--create", "--memo", "m"],
        ["code", path, "Interview Liu", "Harms", "11", "18", "--coder", "Chen"],
        ["code", path, "Interview Liu", "Other", "3", "20", "--create", "--coder", "Mallory"],
        ["memo", path, "--project", "A project memo"],
        ["pseudonym", path, "Liu", "Respondent 1"],
    ]
    for args in runs:
        assert main([str(a) for a in args]) == 0, args
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE codes SET name = ? WHERE name = 'Other'", (DAMAGED_CODE,))
        connection.execute("UPDATE coders SET name = ? WHERE name = 'Mallory'", (DAMAGED_CODER,))
    connection.close()
    return path


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {name: action.choices[name] for name in COMMANDS if name not in EXCLUDED}


class Fuzzer:
    """Makes one random command line at a time."""

    def __init__(self, rng: random.Random, folder: Path, project: Path) -> None:
        self.rng = rng
        self.folder = folder
        self.project = project
        self.files = self._files()

    def _files(self) -> list[Path]:
        folder = self.folder / "inputs"
        folder.mkdir()
        made = {
            "ok.txt": b"Liu: a short transcript.\n",
            "latin1.txt": "Liu: d\xe9j\xe0 vu\n".encode("latin-1"),
            "binary.txt": bytes(range(256)) * 8,
            "empty.txt": b"",
            "fake.docx": b"PK\x03\x04" + b"\x00" * 40,
            "fake.pdf": b"%PDF-1.4 nothing",
            "bad.qdc": b"<?xml version='1.0'?><CodeBook><Codes><Code",
            "notes.xyz": b"text",
        }
        # A file name in another encoding: Python passes its bytes on as
        # lone surrogates, which no name stored in a project may hold.
        made["caf\udce9.txt"] = b"Liu: a transcript with a Latin-1 file name.\n"
        paths = []
        for name, content in made.items():
            (folder / name).write_bytes(content)
            paths.append(folder / name)
        (folder / "a folder").mkdir()
        return [*paths, folder / "a folder", folder / "missing.txt"]

    # -- values ----------------------------------------------------------------------

    def text(self) -> str:
        rng = self.rng
        choices = [
            lambda: rng.choice(["Interview Liu", "Harms", "Harms/Fear", DAMAGED_CODE, "Chen"]),
            lambda: rng.choice(["", " ", "\t", "\u200b", "   Harms  "]),
            lambda: rng.choice(["\x1b[31mred", "a\rb", "nul\x00", "\u202eevil", "DEL\x7f"]),
            lambda: rng.choice(["\udcff", "caf\udce9", "\ud800x"]),
            lambda: "/".join(["a"] * rng.choice([2, 31, 1000, 1200])),
            lambda: "/" * rng.randint(1, 1000),
            lambda: self.number(),
            lambda: "".join(self.character() for _ in range(rng.randint(1, 12))),
            lambda: bytes(rng.randrange(256) for _ in range(rng.randint(1, 10))).decode(
                "utf-8", "surrogateescape"
            ),
            lambda: "x" * rng.choice([100, 10_000]),
            lambda: rng.choice(["KEY=VALUE", "year=2024", "=x", "a=", "city=" + "\x1b" * 3]),
            lambda: rng.choice(["#ff0000", "red", "#12345", ""]),
        ]
        return rng.choice(choices)()

    def character(self) -> str:
        code = self.rng.randint(0, 0x2FFFF)
        return chr(code) if not 0xD800 <= code < 0xE000 else "\ufffd"

    def number(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                str(rng.randint(0, 80)),
                str(rng.randint(-5, -1)),
                "9" * rng.choice([19, 400, 5000]),
                "-" + "9" * 5000,
                rng.choice(["nan", "inf", "-inf", "1e308", "0.5", "1.0", "2", "0x10", "", "½"]),
            ]
        )

    def path(self, dest: str) -> str:
        rng = self.rng
        if dest == "project" and rng.random() < 0.85:
            return str(self.project)
        if dest == "from_json":
            return self.json_file()
        if dest == "out":
            suffix = rng.choice([".xlsx", ".csv", ".qdc", ".qdpx", ".txt", ".xyz", ""])
            return str(self.folder / "out" / f"export{rng.randint(0, 9)}{suffix}")
        if dest in ("folder", "report", "xlsx") and rng.random() < 0.5:
            name = {"folder": "copies", "report": "report.json", "xlsx": "a.xlsx"}[dest]
            return str(self.folder / "out" / name)
        pool = [str(p) for p in self.files] + [
            str(self.project),
            str(self.folder / "nowhere" / "p.qcode"),
            str(self.folder / "out" / "caf\udce9.qcode"),
            "/".join(["d"] * 1000),
            "",
        ]
        return rng.choice(pool)

    def json_file(self) -> str:
        rng = self.rng
        path = self.folder / "inputs" / f"codings{rng.randint(0, 3)}.json"
        if rng.random() < 0.1:
            return rng.choice(["-", str(self.folder / "inputs"), str(path) + ".missing"])
        path.write_bytes(self.json_bytes())
        return str(path)

    def json_bytes(self) -> bytes:
        rng = self.rng

        def entries() -> str:
            return "[" + ", ".join(self.json_entry() for _ in range(rng.randint(1, 4))) + "]"

        shapes = [
            lambda: "[" * 100_000 + "]" * 100_000,
            lambda: "[" * 500 + "]" * 500,
            lambda: '{"document": "Interview Liu"}',
            lambda: "",
            lambda: "[1, 2,",
            *[entries] * 8,
        ]
        raw = rng.choice(shapes)().encode("utf-8")
        if rng.random() < 0.1:
            raw = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b""]) + raw + b"\xe9"
        return raw

    def json_entry(self) -> str:
        rng = self.rng

        def string() -> str:
            return rng.choice(
                [
                    '"Interview Liu"',
                    '"Harms/Fear"',
                    '"New/Code"',
                    '"\\ud800"',
                    '"a\\u001b[31m"',
                    '"  "',
                    '"' + "/".join(["a"] * rng.choice([3, 40, 1200])) + '"',
                    "null",
                    "[]",
                    "{}",
                    "true",
                    "12",
                ]
            )

        def number() -> str:
            return rng.choice(
                [
                    str(rng.randint(0, 70)),
                    str(rng.randint(-3, 0)),
                    "9" * rng.choice([16, 5000]),
                    "NaN",
                    "Infinity",
                    "-Infinity",
                    "1e999",
                    "3.0",
                    '"5"',
                    "true",
                    "null",
                ]
            )

        # Mostly sound, so that runs reach the lookups, the new coders and
        # codes, the span and text checks; each field is hostile now and then.
        start = rng.randint(0, len(TEXT) - 1)
        end = rng.randint(start + 1, len(TEXT) + 1)
        good = {
            "document": '"Interview Liu"',
            "code": rng.choice(['"Harms"', '"Harms/Fear"', '"New/Code"']),
            "start": str(start),
            "end": str(end),
            "coder": rng.choice(['"Chen"', '"Newcomer"', '" Newcomer "']),
            "memo": '"a memo\\nline two"',
            "text": json.dumps(TEXT[start:end]) if rng.random() < 0.9 else '"not it"',
        }
        hostile = {"start": number, "end": number}
        fields = {}
        for key, value in good.items():
            if key in ("coder", "memo", "text") and rng.random() < 0.6:
                continue  # optional
            if rng.random() < 0.02:
                continue  # missing
            fields[key] = value if rng.random() < 0.94 else hostile.get(key, string)()
        pairs = [f'"{key}": {value}' for key, value in fields.items()]
        if rng.random() < 0.05:
            pairs.append(f'"start": {number()}')  # a key twice
        return "{" + ", ".join(pairs) + "}"

    # -- command lines ------------------------------------------------------------------

    def value(self, action: argparse.Action) -> str:
        rng = self.rng
        if action.choices is not None and rng.random() < 0.8:
            return str(rng.choice(list(action.choices)))
        if action.dest in FILE_ARGUMENTS:
            return self.path(action.dest)
        if action.dest in ("start", "end") and rng.random() < 0.6:
            return str(rng.randint(0, len(TEXT) + 2))
        if action.dest in ("start", "end", "threshold", "min_confidence", "folds"):
            return self.number()
        usable = USABLE.get(action.dest)
        if usable is not None and rng.random() < 0.6:
            return rng.choice(usable)
        return self.text()

    def command_line(self, name: str, parser: argparse.ArgumentParser) -> list[str]:
        rng = self.rng
        if name == "code" and rng.random() < 0.7:
            flags = rng.choice(
                [[], ["--create"], ["--coder", "Chen"], ["--create", "--coder", "X"]]
            )
            return [name, self.path("project"), "--from-json", self.json_file(), *flags]
        args = [name]
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            if not action.option_strings:  # a positional
                count = {None: 1, "?": rng.randint(0, 1), "+": rng.randint(1, 3)}.get(
                    action.nargs, rng.randint(0, 3)
                )
                args += [self.value(action) for _ in range(count)]
                continue
            if rng.random() > 0.3 and not action.required:
                continue
            args.append(rng.choice(action.option_strings))
            if action.nargs == 0:
                continue
            count = rng.randint(1, 3) if action.nargs in ("+", "*") else 1
            args += [self.value(action) for _ in range(count)]
        if rng.random() < 0.03:
            tail = args[1:]
            rng.shuffle(tail)
            args = [name, *tail]
        return args


@pytest.fixture
def deadline() -> Iterator[None]:
    def hung(signum: int, frame: FrameType | None) -> None:
        raise _Hung

    previous = signal.signal(signal.SIGALRM, hung)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM")
def test_no_command_line_makes_qcode_fall_over(
    template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    deadline: None,
) -> None:
    monkeypatch.setenv("QCODE_PASSPHRASE", "not used: the project is plain")
    rng = random.Random(SEED)
    project = tmp_path / "p.qcode"
    shutil.copy(template, project)
    fuzzer = Fuzzer(rng, tmp_path, project)
    (tmp_path / "out").mkdir()
    commands = _subcommands()
    names = sorted(commands)
    ran: set[str] = set()
    failures: list[str] = []
    started = time.monotonic()
    runs = 0
    while runs < MAX_RUNS and time.monotonic() - started < MAX_SECONDS and len(failures) < 5:
        if runs < len(names):  # every command once, then at random
            name = names[runs]
        else:  # with extra weight on --from-json files, the richest input
            name = "code" if rng.random() < 0.25 else rng.choice(names)
        args = fuzzer.command_line(name, commands[name])
        if "-" in args:
            stdin = io.TextIOWrapper(io.BytesIO(fuzzer.json_bytes()))
            monkeypatch.setattr(sys, "stdin", stdin)
        before = _sha(project)
        signal.setitimer(signal.ITIMER_REAL, PER_RUN_SECONDS)
        try:
            status = main(args)
        except _Hung:
            status = -1
        except BaseException as error:  # any escape from main is a finding
            capsys.readouterr()
            failures.append(f"{_short(args)}\n    {type(error).__name__} escaped main: {error}")
            continue
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        out, err = capsys.readouterr()
        runs += 1
        ran.add(name)
        problem = _judge(name, args, status, out, err)
        if problem is None and status == 1 and _sha(project) != before:
            problem = "refused, yet the project file changed"
        if problem is not None:
            failures.append(f"{_short(args)}\n    {problem}\n    stderr: {err[-600:]!r}")
        if (status == 0 and rng.random() < 0.3) or not project.exists():
            shutil.copy(template, project)  # a fresh start after some edits
    assert not failures, "\n".join(failures)
    assert runs >= MIN_RUNS, f"only {runs} runs in {MAX_SECONDS} s"
    assert ran == set(names), f"never ran: {sorted(set(names) - ran)}"


def _judge(name: str, args: list[str], status: int, out: str, err: str) -> str | None:
    """What is wrong with one run's outcome, or ``None``."""
    if status == -1:
        return f"still running after {PER_RUN_SECONDS} s"
    if "Traceback" in out + err:
        return "a traceback"
    if status == 70:
        return "an internal error (a bug)"
    if status not in (0, 1):  # usage mistakes too are one line and status 1
        return f"exit status {status}"
    if status == 1:
        lines = err.splitlines()
        if len(lines) != 1 or not lines[0].startswith("qcode: error: "):
            return "a refusal that is not one 'qcode: error:' line"
        if out:
            return "a refusal that printed on stdout"
    printed = err if name == "text" or "--json" in args else out + err
    if RAW.search(printed):
        return "a raw control character in human-readable output"
    return None


def _short(args: list[str]) -> str:
    return repr([a if len(a) < 80 else a[:60] + f"…({len(a)} chars)" for a in args])
