"""Hostile input to the command line: numbers too long to convert, lone
surrogates, JSON nested beyond any parser, special files, control characters
in names.  Each is refused in one line naming the file and the entry, with
the project byte-identical; names are printed with control characters
escaped; a bug shows one line and leaves its details in a file."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from qcode.cli import main
from qcode.core.project import Project
from qcode.errors import QcodeError
from tests.peak import peak_mb, qcode_command

TEXT = "Informant: J’étais au café.\nInterviewer: Et après?\n"


class Run:
    """``qcode`` in-process: (status, stdout, stderr)."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, *args: str | Path) -> tuple[int, str, str]:
        status = main([str(a) for a in args])
        out, err = self.capsys.readouterr()
        return status, out, err

    def ok(self, *args: str | Path) -> tuple[str, str]:
        status, out, err = self(*args)
        assert status == 0, err
        return out, err

    def error(self, *args: str | Path) -> str:
        """The one line of a refusal (exit status 1, nothing on stdout)."""
        status, out, err = self(*args)
        assert status == 1, (status, err)
        assert out == ""
        assert "Traceback" not in err
        lines = err.splitlines()
        assert len(lines) == 1, err
        assert lines[0].startswith("qcode: error: ")
        return lines[0]


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


@pytest.fixture
def proj(tmp_path: Path, qcode: Run) -> Path:
    path = tmp_path / "p.qcode"
    qcode.ok("new", path)
    source = tmp_path / "Interview.txt"
    source.write_text(TEXT, encoding="utf-8")
    qcode.ok("import", path, source)
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _coders(path: Path) -> list[str]:
    with Project.open(path, read_only=True) as project:
        return sorted(coder.name for coder in project.coders())


# -- defect 4: a refused --from-json adds nothing, not even a coder ----------------------


def test_a_refused_from_json_adds_no_coder(qcode: Run, proj: Path, tmp_path: Path) -> None:
    codings = tmp_path / "codings.json"
    codings.write_text(
        '[{"document": "Interview", "code": "X", "start": 0, "end": 9, "coder": "Newcomer"},'
        ' {"document": "Interview", "code": "X", "start": "bad", "end": 5}]',
        encoding="utf-8",
    )
    coders, before = _coders(proj), _sha(proj)
    line = qcode.error("code", proj, "--from-json", codings, "--create")
    assert line == f"qcode: error: {codings.name}: coding 2: 'start' must be a whole number"
    assert _sha(proj) == before
    assert _coders(proj) == coders
    assert "Newcomer" not in coders


def test_a_new_coder_named_in_json_is_part_of_the_edit(
    qcode: Run, proj: Path, tmp_path: Path
) -> None:
    codings = tmp_path / "codings.json"
    codings.write_text(
        json.dumps(
            [
                {"document": "Interview", "code": "X", "start": 0, "end": 9, "coder": "Newcomer"},
                {
                    "document": "Interview",
                    "code": "X",
                    "start": 11,
                    "end": 13,
                    "coder": " Newcomer",
                },
            ]
        ),
        encoding="utf-8",
    )
    before = _coders(proj)
    qcode.ok("code", proj, "--from-json", codings, "--create")
    assert _coders(proj) == sorted([*before, "Newcomer"])
    out, _ = qcode.ok("segments", proj, "--json")
    assert [(s["coder"], s["text"]) for s in json.loads(out)] == [
        ("Newcomer", TEXT[0:9]),
        ("Newcomer", TEXT[11:13]),
    ]
    _, err = qcode.ok("undo", proj)
    assert err == "undone: add 2 codings\n"
    assert _coders(proj) == before  # the coder went with the codings
    qcode.ok("redo", proj)
    assert _coders(proj) == sorted([*before, "Newcomer"])


def test_apply_code_adds_its_new_coder_inside_the_edit(proj: Path) -> None:
    with Project.open(proj) as project:
        document = project.documents()[0]
        before = sorted(c.name for c in project.coders())
        with pytest.raises(QcodeError, match="not inside the document"):
            project.apply_code(document, "X", 0, 10_000, create=True, coder="Newcomer")
        assert sorted(c.name for c in project.coders()) == before
        project.apply_code(document, "X", 0, 5, create=True, coder="Newcomer")
        assert "Newcomer" in {c.name for c in project.coders()}
        project.undo()
        assert sorted(c.name for c in project.coders()) == before


@pytest.mark.parametrize(
    ("coder", "problem"),
    [
        ("   ", "a coder needs a name ('   ' is only spaces or invisible characters)"),
        ("A\x1b[2J", "a coder name cannot contain control characters (U+001B found in"),
    ],
)
def test_a_garbage_coder_name_in_json_is_refused(
    qcode: Run, proj: Path, tmp_path: Path, coder: str, problem: str
) -> None:
    codings = tmp_path / "c.json"
    entry = {"document": "Interview", "code": "X", "start": 0, "end": 3, "coder": coder}
    codings.write_text(json.dumps([entry]), encoding="utf-8")
    before = _sha(proj)
    line = qcode.error("code", proj, "--from-json", codings, "--create")
    assert line.startswith(f"qcode: error: {codings.name}: coding 1: {problem}")
    assert _sha(proj) == before


# -- defect 3: numbers, surrogates, nesting in --from-json ------------------------------


def _entry(start: str = "0", end: str = "5", **text: str) -> str:
    """One entry written by hand: numbers and escapes exactly as given."""
    fields = {"document": '"Interview"', "code": '"X"', **text}
    body = ", ".join(f'"{key}": {value}' for key, value in fields.items())
    return "{" + body + f', "start": {start}, "end": {end}' + "}"


HOSTILE_JSON: dict[str, tuple[str, str]] = {
    "5,000-digit start": (
        f"[{_entry()}, {_entry(start='9' * 5000)}]",
        "coding 2: 'start' is not a usable number (99999999999999999999…)",
    ),
    "5,000-digit negative end": (
        f"[{_entry(end='-' + '1' * 5000)}]",
        "coding 1: 'end' is not a usable number (-1111111111111111111…)",
    ),
    "NaN": (f"[{_entry(start='NaN')}]", "coding 1: 'start' is not a usable number (NaN)"),
    "float beyond range": (f"[{_entry(end='1e999')}]", "coding 1: 'end' must be a whole number"),
    "lone surrogate in a memo": (
        "[" + _entry(memo='"\\ud800"') + "]",
        "coding 1: 'memo' contains an invalid character (a lone surrogate)",
    ),
    "lone surrogate in a code name": (
        "[" + _entry() + ", " + _entry(code='"Harms/\\udfff"') + "]",
        "coding 2: 'code' contains an invalid character (a lone surrogate)",
    ),
    "nested 100,000 deep": ("[" * 100_000 + "]" * 100_000, "not valid JSON (nested too deeply)"),
    "a key twice": (
        '[{"document": "Interview", "code": "X", "start": 0, "start": 4, "end": 5}]',
        "coding 1: 'start' is given twice",
    ),
    "memo not text": (f"[{_entry(memo='[1]')}]", "coding 1: 'memo' must be text"),
    "not a list": ('{"document": "Interview"}', "expected a JSON list of codings"),
}


@pytest.mark.parametrize("case", list(HOSTILE_JSON))
def test_hostile_json_is_refused_in_one_line(
    qcode: Run, proj: Path, tmp_path: Path, case: str
) -> None:
    text, problem = HOSTILE_JSON[case]
    codings = tmp_path / "codings.json"
    codings.write_text(text, encoding="utf-8")
    before = _sha(proj)
    line = qcode.error("code", proj, "--from-json", codings, "--create")
    assert line == f"qcode: error: {codings.name}: {problem}"
    assert _sha(proj) == before


def test_json_from_stdin_is_named_stdin(
    qcode: Run, proj: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    hostile = f"[{_entry(start='7' * 5000)}]".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(hostile)))
    line = qcode.error("code", proj, "--from-json", "-")
    assert line.startswith("qcode: error: stdin: coding 1: 'start' is not a usable number")


def test_json_that_is_not_utf8_says_where(qcode: Run, proj: Path, tmp_path: Path) -> None:
    codings = tmp_path / "codings.json"
    codings.write_bytes(b'[\n{"document": "Interview",\n"memo": "caf\xe9"}]')
    line = qcode.error("code", proj, "--from-json", codings)
    assert line == f"qcode: error: {codings.name}: not UTF-8 text (line 3: byte 40)"


def test_a_json_file_over_the_import_limit_is_refused_before_parsing(
    qcode: Run, proj: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QCODE_MAX_IMPORT_BYTES", "2000000")
    codings = tmp_path / "codings.json"
    codings.write_text("[" + ",".join([_entry()] * 60_000) + "]", encoding="utf-8")
    assert codings.stat().st_size > 2_000_000
    line = qcode.error("code", proj, "--from-json", codings)
    # The wording is the import limit's (qcode.io.limits); what matters here
    # is that the file is named with the limit and the way to raise it.
    assert line.startswith("qcode: error: codings.json: ")
    assert "2 MB" in line and "QCODE_MAX_IMPORT_BYTES" in line


# -- special files, measured in a child process ------------------------------------------


def _measured(args: list[str], timeout: float = 30) -> tuple[int, str, float, float]:
    """Run ``python -m qcode ARGS`` in a child; returns its exit status, its
    stderr, seconds taken and its own peak memory in MB (see tests/peak.py).
    A child still running after ``timeout`` is killed."""
    err_file = Path(args[1]).parent / "stderr.txt"
    with err_file.open("wb") as err:
        started = time.monotonic()
        child = subprocess.Popen(
            qcode_command(err_file.with_name("peak.txt"), args),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        killer = threading.Timer(timeout, child.kill)
        killer.start()
        _pid, wait_status, _usage = os.wait4(child.pid, 0)
        killer.cancel()
        elapsed = time.monotonic() - started
    child.returncode = os.waitstatus_to_exitcode(wait_status)
    peak = peak_mb(err_file.with_name("peak.txt"))
    return child.returncode, err_file.read_text(encoding="utf-8"), elapsed, peak


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and wait4 are POSIX")
@pytest.mark.parametrize(
    ("kind", "problem"),
    [("fifo", "not a regular file"), ("dev-zero", "not a regular file"), ("directory", "folder")],
)
def test_from_json_opens_only_regular_files(
    proj: Path, tmp_path: Path, kind: str, problem: str
) -> None:
    special = tmp_path / "codings.json"
    if kind == "fifo":
        os.mkfifo(special)  # no writer: opening it for reading would wait forever
    elif kind == "dev-zero":
        special.symlink_to("/dev/zero")  # never ends
    else:
        special.mkdir()
    before = _sha(proj)
    status, err, seconds, peak_mb = _measured(["code", str(proj), "--from-json", str(special)])
    assert status == 1, err
    # The wording is the importers' (qcode.io.limits): a file named, and why.
    (line,) = err.splitlines()
    assert line.startswith("qcode: error: codings.json: ") and problem in line
    assert seconds < 10 and peak_mb < 500
    assert _sha(proj) == before


@pytest.mark.skipif(not hasattr(os, "wait4"), reason="wait4 is POSIX")
def test_deep_json_is_refused_quickly_and_small(proj: Path, tmp_path: Path) -> None:
    codings = tmp_path / "deep.json"
    codings.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    status, err, seconds, peak_mb = _measured(["code", str(proj), "--from-json", str(codings)])
    assert (status, err) == (1, "qcode: error: deep.json: not valid JSON (nested too deeply)\n")
    assert seconds < 10 and peak_mb < 500


# -- defect 3: numbers and undecodable bytes in arguments -------------------------------


@pytest.mark.parametrize(
    ("start", "shown"),
    [
        ("9" * 5000, "'99999999999999999999999…'"),
        ("99999999999999999999", "'99999999999999999999'"),
        ("-3", "'-3'"),
        ("1e3", "'1e3'"),
    ],
)
def test_positions_that_are_not_positions(qcode: Run, proj: Path, start: str, shown: str) -> None:
    before = _sha(proj)
    line = qcode.error("code", proj, "Interview", "X", start, "5", "--create")
    assert line == (
        f"qcode: error: argument START: {shown} is not a position "
        "(a whole number of code points, from 0) (see 'qcode code --help')"
    )
    assert _sha(proj) == before


@pytest.mark.parametrize("value", ["nan", "inf", "1.5", "-0.1", "1" * 5000])
def test_fractions_must_be_from_0_to_1(qcode: Run, proj: Path, value: str) -> None:
    line = qcode.error("agreement", proj, "--coders", "A", "B", "--threshold", value)
    assert "argument --threshold: " in line and "is not a number from 0 to 1" in line


@pytest.mark.parametrize(
    ("args", "label"),
    [
        (("code", "{p}", "Interview\udcff", "X", "0", "5"), "DOC"),
        (("code", "{p}", "Interview", "Harms/caf\udce9", "0", "5", "--create"), "CODE"),
        (("memo", "{p}", "--project", "\udcff"), "TEXT"),
        (("memo", "{p}", "--project", "ok", "--title", "caf\udce9"), "--title"),
        (("code", "{p}", "Interview", "X", "0", "5", "--coder", "\udcc3"), "--coder"),
    ],
)
def test_undecodable_argument_bytes_are_refused(
    qcode: Run, proj: Path, args: tuple[str, ...], label: str
) -> None:
    before = _sha(proj)
    line = qcode.error(*[a.format(p=proj) for a in args])
    assert re.fullmatch(
        rf"qcode: error: {re.escape(label)} '.*\\udc[0-9a-f]{{2}}.*' is not valid UTF-8 text "
        r"\(is the terminal set to another encoding\?\)",
        line,
    ), line
    assert _sha(proj) == before


@pytest.mark.skipif(sys.platform == "win32", reason="argv is bytes on POSIX only")
def test_undecodable_bytes_from_a_real_terminal(proj: Path) -> None:
    command = [sys.executable.encode(), b"-m", b"qcode", b"code", bytes(proj)]
    result = subprocess.run(
        [*command, b"caf\xe9", b"X", b"0", b"5"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.decode() == (
        "qcode: error: DOC 'caf\\udce9' is not valid UTF-8 text "
        "(is the terminal set to another encoding?)\n"
    )


def test_text_fields_with_lone_surrogates_are_refused_by_the_core(proj: Path) -> None:
    with Project.open(proj) as project:
        document = project.documents()[0]
        with pytest.raises(QcodeError, match=r"^the memo contains an invalid character"):
            project.add_memo("document", document.id, "fine \ud800")
        with pytest.raises(QcodeError, match=r"^the memo's title contains an invalid"):
            project.add_memo("project", None, "fine", title="\udcff")
        memo = project.add_memo("project", None, "fine")
        with pytest.raises(QcodeError, match=r"^the memo contains an invalid character"):
            project.edit_memo(memo, "\udfff")
        with pytest.raises(QcodeError, match=r"^the memo contains an invalid character"):
            project.apply_code(document, "X", 0, 5, create=True, memo="\ud83d")
        assert [m.text for m in project.memos()] == ["fine"]
        assert project.codings() == []


# -- defect 5 (output): control characters are shown, not obeyed --------------------------

# What a terminal would act on: C0 controls but the line ends we print, DEL,
# C1 controls, the bidi overrides and isolates.
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
EVIL_CODE = "Evil\x1b]0;owned\x07\r\u202eX"
EVIL_DOCUMENT = "Doc\nname\x1b[2J"
EVIL_CODER = "Mallory\x1b[8m"
EVIL_MEMO = "memo \x9b31m \x00 end"


@pytest.fixture
def damaged(qcode: Run, proj: Path) -> Path:
    """A project holding names with control characters, as an older qcode,
    another tool or a merged project could have left them (written with
    SQL because today's qcode refuses such names)."""
    qcode.ok("code", proj, "Interview", "Safe", "0", "9", "--create", "--coder", "Mallory")
    qcode.ok("memo", proj, "--doc", "Interview", "placeholder")
    connection = sqlite3.connect(proj)
    with connection:
        connection.execute("UPDATE codes SET name = ?", (EVIL_CODE,))
        connection.execute("UPDATE documents SET name = ?", (EVIL_DOCUMENT,))
        connection.execute("UPDATE coders SET name = ? WHERE name = 'Mallory'", (EVIL_CODER,))
        connection.execute("UPDATE memos SET text = ?", (EVIL_MEMO,))
        connection.execute(
            "UPDATE history SET label = ? WHERE label LIKE 'add memo%'", (f"note {EVIL_CODE}",)
        )
    connection.close()
    return proj


@pytest.mark.parametrize("command", ["codes", "documents", "segments", "memos", "log"])
def test_listings_escape_control_characters(qcode: Run, damaged: Path, command: str) -> None:
    out, err = qcode.ok(command, damaged)
    assert RAW.search(out + err) is None, repr(out)
    shown = {
        "codes": ["Evil\\x1b]0;owned\\x07\\r\\u202eX"],
        "documents": ["Doc\\nname\\x1b[2J"],
        "segments": ["Doc\\nname\\x1b[2J", "Evil\\x1b]0;owned\\x07\\r\\u202eX", "Mallory\\x1b[8m"],
        "memos": ["Doc\\nname\\x1b[2J", "memo \\x9b31m \\x00 end"],
        "log": ["note Evil\\x1b]0;owned\\x07\\r\\u202eX"],
    }[command]
    for text in shown:
        assert text in out


def test_json_listings_keep_the_names_as_stored(qcode: Run, damaged: Path) -> None:
    out, _ = qcode.ok("segments", damaged, "--json")
    (segment,) = json.loads(out)
    assert (segment["document"], segment["code"], segment["coder"]) == (
        EVIL_DOCUMENT,
        EVIL_CODE,
        EVIL_CODER,
    )


def test_undo_and_errors_escape_the_names_they_quote(qcode: Run, damaged: Path) -> None:
    _, err = qcode.ok("undo", damaged)
    assert err == "undone: note Evil\\x1b]0;owned\\x07\\r\\u202eX\n"
    # However the refusal is worded, the name it quotes is shown escaped.
    line = qcode.error("code", damaged, EVIL_DOCUMENT, "No\x1b[31mpe", "0", "3")
    assert "No\\x1b[31mpe" in line and RAW.search(line) is None
    line = qcode.error("segments", damaged, "--code", "Gone\rX")
    assert line == f"qcode: error: no code 'Gone\\rX' in {damaged.name}"


def test_text_prints_the_stored_text_exactly(tmp_path: Path, qcode: Run) -> None:
    path = tmp_path / "t.qcode"
    qcode.ok("new", path)
    source = tmp_path / "tabbed.txt"
    source.write_text("Name:\tLiu\nSays:\tnothing\n", encoding="utf-8")
    qcode.ok("import", path, source)
    out, _ = qcode.ok("text", path, "tabbed")
    assert out == "Name:\tLiu\nSays:\tnothing"  # tabs are content here, not escaped


def test_json_output_stays_json_even_with_a_lone_surrogate(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from qcode.cli.output import print_json

    value = [{"name": "caf\udce9", "memo": "Line\nwith \x1b and 没有"}]
    print_json(value)
    out, _ = capsys.readouterr()
    assert json.loads(out) == value  # the same value, the surrogate as an escape


# -- the last line of defence --------------------------------------------------------------


def test_a_file_name_too_long_for_the_file_system_is_one_line(qcode: Run, tmp_path: Path) -> None:
    name = "x" * 300 + ".qcode"  # most file systems allow 255 bytes
    line = qcode.error("documents", tmp_path / name)
    assert line.startswith("qcode: error: ") and "too long" in line.lower()
    assert len(line) < 200  # the name is cut short, not printed whole


def test_a_bug_gives_one_line_and_a_file_with_the_details(
    qcode: Run, proj: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qcode.cli import documents

    def broken(options: Any) -> int:
        raise RuntimeError("an invented bug\nsecond line")

    monkeypatch.setattr(documents, "cmd_documents", broken)
    status, out, err = qcode("documents", proj)
    assert status == 70 and out == ""
    (line,) = err.splitlines()
    match = re.fullmatch(
        r"qcode: internal error: RuntimeError: an invented bug "
        r"\(a bug in qcode; details were written to (.+)\)",
        line,
    )
    assert match is not None, line
    details = Path(match.group(1)).read_text(encoding="utf-8")
    assert Path(match.group(1)).parent.parent == Path(os.environ["QCODE_CONFIG_DIR"])
    assert "Traceback" in details and "an invented bug" in details and "qcode documents" in details
    assert str(proj) not in details  # the arguments are not written down
