"""The command-line contract: outputs, JSON shapes, undo, and errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from qcode.cli import main
from qcode.cli.parser import COMMANDS, build_parser
from tests.conftest import shared_path

CRLF_TEXT = (
    "Interviewer: Did they tell you?\r\nLiu: 没有 — no notice 😀.\r\n"
    "Interviewer: And 𠮷?\r\nLiu: Same.\r\n"
)
STORED = CRLF_TEXT.replace("\r\n", "\n").rstrip()


class Run:
    """Runs ``qcode`` in-process and keeps what it printed."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, *args: str | Path, status: int = 0) -> tuple[str, str]:
        code = main([str(a) for a in args])
        out, err = self.capsys.readouterr()
        assert code == status, f"qcode {args} exited {code}: {err}"
        return out, err

    def json(self, *args: str | Path) -> Any:
        out, _err = self(*args, "--json")
        return json.loads(out)  # stdout holds the JSON and nothing else

    def error(self, *args: str | Path) -> str:
        out, err = self(*args, status=1)
        assert out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert lines[0].startswith("qcode: error: ")
        assert "Traceback" not in err
        return lines[0]


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


@pytest.fixture
def proj(tmp_path: Path, qcode: Run) -> Path:
    path = tmp_path / "study.qcode"
    qcode("new", path)
    source = tmp_path / "Interview Liu.txt"
    source.write_bytes(CRLF_TEXT.encode("utf-8"))
    qcode("import", path, source, "--attr", "city=Beijing", "--attr", "year=2024")
    return path


def test_import_and_list_documents(qcode: Run, proj: Path) -> None:
    (doc,) = qcode.json("documents", proj)
    assert doc["name"] == "Interview Liu"
    assert doc["length"] == len(STORED)
    # language: detected from the text at import (issue 18)
    assert doc["attributes"] == {"city": "Beijing", "year": 2024, "language": "en"}
    assert doc["speakers"] == ["Interviewer", "Liu"]
    assert len(doc["sha256"]) == 64 and len(doc["id"]) == 36


def test_text_is_the_stored_text_exactly(proj: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "qcode", "text", str(proj), "Interview Liu"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == STORED  # CRLF normalised once, astral intact


def test_code_segments_and_offsets_in_code_points(qcode: Run, proj: Path) -> None:
    start = STORED.index("no notice 😀")
    end = start + len("no notice 😀")
    out, _ = qcode(
        "code",
        proj,
        "Interview Liu",
        "Harms/No notice",
        start,
        end,
        "--create",
        "--memo",
        "first mention",
    )
    coding_id = out.strip()
    assert len(coding_id) == 36
    (segment,) = qcode.json("segments", proj)
    assert segment == {
        "id": coding_id,
        "document": "Interview Liu",
        "code": "Harms/No notice",
        "start": start,
        "end": end,
        "text": "no notice 😀",
        "coder": "Test Coder",
        "memo": "first mention",
        "origin": "hand",
        "provenance": None,  # made by hand
        "time_start": None,  # no recording: untimed text
        "time_end": None,
    }
    codes = qcode.json("codes", proj)
    assert [(c["path"], c["parent"] is None) for c in codes] == [
        ("Harms", True),
        ("Harms/No notice", False),
    ]
    assert codes[1]["parent"] == codes[0]["id"]
    assert set(codes[0]) >= {"id", "path", "name", "parent", "color", "description"}


def test_segments_filters(qcode: Run, proj: Path) -> None:
    qcode("code", proj, "Interview Liu", "Harms/Fear", 0, 11, "--create")
    qcode("code", proj, "Interview Liu", "Harms", 0, 5, "--coder", "Chen")
    qcode("code", proj, "Interview Liu", "Other", 3, 8, "--create")
    assert len(qcode.json("segments", proj, "--code", "Harms")) == 1
    assert len(qcode.json("segments", proj, "--code", "Harms", "--subcodes")) == 2
    assert [s["coder"] for s in qcode.json("segments", proj, "--coder", "Chen")] == ["Chen"]
    assert len(qcode.json("segments", proj, "--doc", "Interview Liu")) == 3


def test_from_json_moves_codings_between_projects(qcode: Run, proj: Path, tmp_path: Path) -> None:
    qcode("code", proj, "Interview Liu", "A", 0, 11, "--create")
    qcode("code", proj, "Interview Liu", "B/C", 5, 20, "--create", "--coder", "Chen")
    out, _ = qcode("segments", proj, "--json")
    dump = tmp_path / "segments.json"
    dump.write_text(out, encoding="utf-8")
    other = tmp_path / "other.qcode"
    qcode("new", other)
    qcode("import", other, tmp_path / "Interview Liu.txt")
    _out, err = qcode("code", other, "--from-json", dump, "--create")
    assert "added 2 codings" in err
    strip = lambda rows: [(r["code"], r["start"], r["end"], r["text"], r["coder"]) for r in rows]  # noqa: E731
    assert strip(qcode.json("segments", other)) == strip(json.loads(out))
    _out, err = qcode("code", other, "--from-json", dump)
    assert "added 0 codings, 2 already there" in err


def test_from_json_with_wrong_text_changes_nothing(qcode: Run, proj: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            [
                {
                    "document": "Interview Liu",
                    "code": "A",
                    "start": 0,
                    "end": 11,
                    "text": "Interviewer",
                },
                {"document": "Interview Liu", "code": "A", "start": 0, "end": 5, "text": "Nope!"},
            ]
        ),
        encoding="utf-8",
    )
    line = qcode.error("code", proj, "--from-json", bad, "--create")
    assert "coding 2" in line and "'Inter'" in line
    assert qcode.json("segments", proj) == [] and qcode.json("codes", proj) == []


def test_memos_on_every_target(qcode: Run, proj: Path) -> None:
    out, _ = qcode("code", proj, "Interview Liu", "A", 0, 5, "--create")
    qcode("memo", proj, "--project", "Study memo")
    qcode("memo", proj, "--doc", "Interview Liu", "Doc memo")
    qcode("memo", proj, "--code", "A", "Code memo")
    qcode("memo", proj, "--coding", out.strip(), "Coding memo")
    memos = qcode.json("memos", proj)
    assert {(m["on"], m["target"], m["text"]) for m in memos} == {
        ("project", "", "Study memo"),
        ("document", "Interview Liu", "Doc memo"),
        ("code", "A", "Code memo"),
        ("coding", out.strip(), "Coding memo"),
    }


def test_undo_and_redo_from_the_command_line(qcode: Run, proj: Path) -> None:
    qcode("code", proj, "Interview Liu", "A", 0, 5, "--create")
    _out, err = qcode("undo", proj)
    assert err.strip() == "undone: apply 'A'"
    assert qcode.json("segments", proj) == []
    _out, err = qcode("redo", proj)
    assert err.strip() == "redone: apply 'A'"
    assert len(qcode.json("segments", proj)) == 1
    qcode("undo", proj)
    qcode("undo", proj)  # the import
    assert qcode.json("documents", proj) == []
    assert qcode.error("undo", proj) == "qcode: error: nothing to undo"


def test_stats_counts_distinct_characters(qcode: Run, proj: Path) -> None:
    # Hand-computed: A covers [0,10) and [5,20) → 20 characters, 2 segments;
    # B covers [30,35) → 5.
    qcode("code", proj, "Interview Liu", "A", 0, 10, "--create")
    qcode("code", proj, "Interview Liu", "A", 5, 20)
    qcode("code", proj, "Interview Liu", "B", 30, 35, "--create")
    stats = qcode.json("stats", proj)
    assert stats == [
        {"code": "A", "segments": 2, "documents": 1, "characters": 20},
        {"code": "B", "segments": 1, "documents": 1, "characters": 5},
    ]


def test_code_editing_commands(qcode: Run, proj: Path) -> None:
    qcode("add-code", proj, "Harms", "--color", "#FF0000", "--description", "Any harm")
    qcode("add-code", proj, "Harms/Fear", "--keywords", "afraid, scared")
    qcode("add-code", proj, "Feelings")
    qcode("edit-code", proj, "Harms/Fear", "--name", "Anxiety")
    qcode("move-code", proj, "Harms/Anxiety", "Feelings")
    codes = {c["path"]: c for c in qcode.json("codes", proj)}
    assert set(codes) == {"Harms", "Feelings", "Feelings/Anxiety"}
    assert codes["Harms"]["color"] == "#ff0000"
    assert codes["Feelings/Anxiety"]["keywords"] == ["afraid", "scared"]
    qcode("code", proj, "Interview Liu", "Feelings/Anxiety", 0, 5)
    qcode("merge-codes", proj, "Feelings/Anxiety", "Harms")
    assert [s["code"] for s in qcode.json("segments", proj)] == ["Harms"]
    qcode("delete-code", proj, "Harms")
    assert qcode.json("segments", proj) == []
    qcode("undo", proj)
    assert [s["code"] for s in qcode.json("segments", proj)] == ["Harms"]


def test_document_commands(qcode: Run, proj: Path) -> None:
    qcode("attr", proj, "Interview Liu", "gender=female", "year=")
    (doc,) = qcode.json("documents", proj)
    assert doc["attributes"] == {"city": "Beijing", "gender": "female", "language": "en"}
    qcode("rename-doc", proj, "Interview Liu", "Lawyer")
    qcode("delete-doc", proj, "Lawyer")
    assert qcode.json("documents", proj) == []
    qcode("undo", proj)
    assert [d["name"] for d in qcode.json("documents", proj)] == ["Lawyer"]


def test_codebook_export_and_import(qcode: Run, proj: Path, tmp_path: Path) -> None:
    import xmlschema

    qcode("add-code", proj, "Harms", "--description", "Definition: 伤害 😀 & <harm>")
    qcode("add-code", proj, "Harms/Shaming", "--color", "#123456")
    out = tmp_path / "book.qdc"
    qcode("export", proj, out)
    xmlschema.XMLSchema(str(shared_path("refi-qda", "Codebook-mrt2019.xsd"))).validate(str(out))
    fresh = tmp_path / "fresh.qcode"
    qcode("new", fresh, "--codebook", out)
    before = [(c["id"], c["path"], c["color"], c["description"]) for c in qcode.json("codes", proj)]
    after = [(c["id"], c["path"], c["color"], c["description"]) for c in qcode.json("codes", fresh)]
    assert after == before  # GUIDs, nesting, colours and descriptions survive
    _out, err = qcode("import", fresh, out)
    assert "0 codes added, 2 already there" in err


def test_new_with_a_shipped_codebook(qcode: Run, tmp_path: Path) -> None:
    path = tmp_path / "sc.qcode"
    qcode("new", path, "--codebook", "social-credit-china")
    paths = [c["path"] for c in qcode.json("codes", path)]
    assert "Harms and impacts/Public shaming" in paths
    assert all(c["description"].startswith("Definition:") for c in qcode.json("codes", path))


def test_every_command_has_help() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "==SUPPRESS==" or a.choices)
    choices = subparsers.choices or {}
    assert set(choices) == set(COMMANDS)
    for name, sub in choices.items():
        assert sub.description, name
        assert COMMANDS[name]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_help_prints(qcode: Run, name: str) -> None:
    # argparse formats an option's help only when asked: a stray '%' in one
    # crashes 'qcode NAME --help' and nothing else, so each is asked for here.
    out, err = qcode(name, "--help")
    assert err == ""
    assert out.startswith(f"usage: qcode {name} ")
    assert " ".join(COMMANDS[name].split()) in " ".join(out.split())


# -- bad input: one line, exit 1, nothing changed ----------------------------------------


def _state(qcode: Run, proj: Path) -> Any:
    return (
        qcode.json("documents", proj),
        qcode.json("segments", proj),
        qcode.json("codes", proj),
        qcode.json("log", proj),
    )


BAD_FILES: dict[str, tuple[str, bytes]] = {
    "empty": ("empty.txt", b""),
    "binary": ("garbage.txt", bytes(range(256)) * 40),
    "truncated docx": ("broken.docx", b"PK\x03\x04" + b"\x00" * 50),
    "fake pdf": ("fake.pdf", b"this is not a pdf at all"),
    "unknown extension": ("notes.xyz", b"text"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_files_are_refused_and_change_nothing(
    qcode: Run, proj: Path, tmp_path: Path, case: str
) -> None:
    name, content = BAD_FILES[case]
    good = tmp_path / "good.txt"
    good.write_text("A perfectly fine transcript.", encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(content)
    before = _state(qcode, proj)
    line = qcode.error("import", proj, good, bad)
    assert name in line
    assert _state(qcode, proj) == before  # not even the good file was added


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("documents", "missing.qcode"), "project not found"),
        (("import", "{p}", "nowhere.txt"), "nowhere.txt: file not found"),
        (("code", "{p}", "Interview Liu", "Nope", "0", "3"), "no code 'Nope' (add --create"),
        (("code", "{p}", "Nobody", "A", "0", "3", "--create"), "no document 'Nobody'"),
        (("code", "{p}", "Interview Liu", "A", "5", "2", "--create"), "not inside the document"),
        (("code", "{p}", "Interview Liu", "A", "x", "2"), "START: 'x' is not a position"),
        (("code", "{p}"), "give DOC CODE START END"),
        (("text", "{p}", "Nobody"), "no document 'Nobody'"),
        (("segments", "{p}", "--code", "Nope"), "no code 'Nope'"),
        (("memo", "{p}", "--coding", "123", "x"), "no coding '123'"),
        (("export", "{p}", "out.docx"), "exports .xlsx, .csv or .qdc"),
        (("new", "{p}"), "already exists"),
        (("new", "{d}/plain.txt"), "must end in .qcode"),
        (("import", "{p}", "a.txt", "--attr", "novalue"), "is not KEY=VALUE"),
        (("frobnicate", "{p}"), "unknown command 'frobnicate'"),
        (("redo", "{p}"), "nothing to redo"),
    ],
)
def test_user_mistakes_give_one_line(
    qcode: Run, proj: Path, args: tuple[str, ...], expected: str
) -> None:
    before = _state(qcode, proj)
    filled = [a.format(p=proj, d=proj.parent) for a in args]
    assert expected in qcode.error(*filled)
    assert _state(qcode, proj) == before


def test_the_installed_command_runs_and_json_is_alone_on_stdout(proj: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "qcode", "documents", str(proj), "--json"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout.decode("utf-8"))[0]["name"] == "Interview Liu"
    bad = subprocess.run(
        [sys.executable, "-m", "qcode", "text", str(proj), "Nobody"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr == "qcode: error: no document 'Nobody' in study.qcode\n"


def test_help_is_fast_to_reach_and_lists_commands(qcode: Run) -> None:
    out, _ = qcode("--help")
    for name in COMMANDS:
        assert name in out


def test_no_screen_gives_a_clear_message(qcode: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the DISPLAY check is for Linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert "no screen to open the app on" in qcode.error()


def test_exporting_an_empty_codebook_is_refused(qcode: Run, proj: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty.qdc"
    assert "qcode: error:" in qcode.error("export", proj, out)
    assert not out.exists()


def test_reports_from_the_command_line(qcode: Run, proj: Path, tmp_path: Path) -> None:
    import csv

    from openpyxl import load_workbook

    qcode("code", proj, "Interview Liu", "Harms/Fear", 0, 11, "--create")
    qcode("code", proj, "Interview Liu", "Harms/Notice", 5, 20, "--create", "--coder", "Chen")
    frequencies = {row["code"]: row for row in qcode.json("frequencies", proj)}
    assert frequencies["Harms"]["own"]["segments"] == 0
    assert frequencies["Harms"]["with_subcodes"]["segments"] == 2
    assert frequencies["Harms"]["with_subcodes"]["characters"] == 20  # [0,11) ∪ [5,20)
    only_chen = {row["code"]: row for row in qcode.json("frequencies", proj, "--coders", "Chen")}
    assert only_chen["Harms/Fear"]["own"]["segments"] == 0
    matrix = qcode.json("cooccurrence", proj)
    assert matrix["pairs"] == [{"code_a": "Harms/Fear", "code_b": "Harms/Notice", "count": 1}]
    book = tmp_path / "report.xlsx"
    qcode("export", proj, book, "--attributes", "city=Beijing")
    assert "Frequencies" in load_workbook(book, read_only=True).sheetnames
    table = tmp_path / "segments.csv"
    qcode("export", proj, table)
    with table.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert len(rows) == 3  # header and two segments
    assert "qcode: error: no code 'Nope'" in qcode.error("frequencies", proj, "--codes", "Nope")
    assert "no attribute 'town'" in qcode.error("export", proj, book, "--attributes", "town=X")


def test_a_read_only_command_upgrades_an_older_project_first(qcode: Run, proj: Path) -> None:
    """After installing a newer qcode, `qcode documents OLD` works at once: the
    project is upgraded (with a backup) instead of refusing to be read."""
    import sqlite3

    conn = sqlite3.connect(proj)
    conn.executescript("DROP TABLE pseudonyms; PRAGMA user_version = 3;")
    conn.close()
    out, err = qcode("documents", proj, "--json")
    assert [doc["name"] for doc in json.loads(out)] == ["Interview Liu"]
    assert "upgraded study.qcode" in err
    assert (proj.parent / "study.qcode.v3.bak").exists()
    qcode("pseudonym", proj, "Liu", "Respondent 1")  # the new table is there
