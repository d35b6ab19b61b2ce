"""``qcode verify``: every hash recomputed; a changed stored text, a changed
original, a past version that no longer adds up are each named."""

from __future__ import annotations

import sqlite3
import zlib
from pathlib import Path

import pytest

from qcode.core.project import Project
from tests.evidence_files import Cli, write_crlf_txt, write_docx
from tests.peak import peak_mb, qcode_command


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        project.import_files(
            [
                write_crlf_txt(tmp_path / "Witness.txt"),
                write_docx(tmp_path / "Ana.docx", ["Interviewer: Hello 😀", "Ana: Café 𠮷."]),
            ]
        )
        witness = project.document("Witness")
        start = project.text(witness).index("Kraków")
        project.edit_text(witness, start, start + len("Kraków"), "Krakow")
    return path


def _tamper(path: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql, params)
    conn.close()


def test_all_match_exits_0_with_a_summary(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli = Cli(capsys)
    _out, err = cli("verify", study)
    assert "all match: 2 documents, 2 original files, 1 past versions" in err
    assert cli.json("verify", study) == []
    log = cli.json("log", study)
    assert log[-1]["state"] == "logged"
    assert log[-1]["label"] == "checked the hashes of 2 documents: all match"


def test_a_changed_stored_text_is_named(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _tamper(
        study,
        "UPDATE document_texts SET text = replace(text, 'station', 'stadium') "
        "WHERE document_id = (SELECT id FROM documents WHERE name = 'Witness')",
    )
    cli = Cli(capsys)
    _out, err = cli("verify", study, status=1)
    lines = err.strip().splitlines()
    assert lines[0] == "mismatch: 'Witness': the stored text does not match its hash"
    assert lines[-1].startswith("1 of 2 documents do not match")
    (problem,) = cli.json("verify", study, status=1)
    assert problem["document"] == "Witness" and problem["what"] == "text"
    assert cli.json("log", study)[-1]["label"].endswith(": 1 problem")


def test_text_changed_with_its_hash_still_differs_from_its_version(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Someone rewrote the text and the document's hash, but not the version's.
    import hashlib

    with Project.open(study) as project:
        text = project.text(project.document("Ana")).replace("Café", "Bar")
    digest = hashlib.sha256(text.encode()).hexdigest()
    _tamper(study, "UPDATE document_texts SET text = ? WHERE document_id = 2", text)
    _tamper(study, "UPDATE documents SET sha256 = ?, length = ? WHERE id = 2", digest, len(text))
    (problem,) = Cli(capsys).json("verify", study, status=1)
    assert problem == {
        "document": "Ana",
        "id": problem["id"],
        "what": "version",
        "problem": "the stored text is not version 1 as recorded",
    }


def test_a_changed_original_is_named(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    forged = zlib.compress(b"Interviewer: nothing happened\r\n")
    _tamper(study, "UPDATE originals SET data = ? WHERE file_name = 'Ana.docx'", forged)
    problems = Cli(capsys).json("verify", study, status=1)
    assert [(p["document"], p["what"]) for p in problems] == [("Ana", "original")]
    assert "no longer match their hash" in problems[0]["problem"]


def test_damaged_or_oversized_original_bytes_are_named_not_unpacked(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A forged blob that would unpack to 20 MB is refused at the recorded size.
    bomb = zlib.compress(b"\0" * 20_000_000, 9)
    _tamper(study, "UPDATE originals SET data = ? WHERE file_name = 'Ana.docx'", bomb)
    _tamper(study, "UPDATE originals SET data = x'00ff' WHERE file_name = 'Witness.txt'")
    problems = Cli(capsys).json("verify", study, status=1)
    assert sorted((p["document"], p["problem"]) for p in problems) == [
        ("Ana", "the stored bytes of its original file are damaged"),
        ("Witness", "the stored bytes of its original file are damaged"),
    ]


def test_a_past_version_that_no_longer_adds_up(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _tamper(study, "UPDATE text_versions SET removed = 'Paris' WHERE version = 2")
    (problem,) = Cli(capsys).json("verify", study, status=1)
    assert problem["document"] == "Witness" and problem["what"] == "version"
    assert problem["problem"] == "version 1 cannot be rebuilt as recorded"
    cli = Cli(capsys)
    assert "does not match its recorded hash" in cli.error("text", study, "Witness", "--version", 1)


def test_verify_read_only_while_the_project_is_open(
    study: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QCODE_LOCK_WAIT", "0")
    with Project.open(study):  # the app has it open
        _out, err = Cli(capsys)("verify", study)
    assert "this check is not logged" in err and "all match" in err


def _make_version_5(path: Path) -> None:
    """Take the evidence schema out of a project file: what qcode wrote
    before it kept originals and text versions."""
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TABLE participant_documents; DROP TABLE participants; "
        "DROP TABLE changed_codings; DROP TABLE text_versions; DROP TABLE originals;"
        "CREATE TABLE old_history (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
        "label TEXT NOT NULL, changes TEXT NOT NULL, coder_id INTEGER REFERENCES coders(id), "
        "created_at TEXT NOT NULL, state TEXT NOT NULL "
        "CHECK (state IN ('done', 'undone', 'dropped', 'permanent')), changed_at TEXT);"
        "INSERT INTO old_history SELECT seq, kind, label, changes, coder_id, created_at, "
        "state, changed_at FROM history; DROP TABLE history;"
        "ALTER TABLE old_history RENAME TO history;"
        "CREATE INDEX history_state ON history(state, seq);"
        "PRAGMA user_version = 5;"
    )
    conn.close()


def test_a_project_from_before_versions_is_upgraded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.qcode"
    with Project.create(path, coder="Amina") as project:
        (document,) = project.import_files([write_crlf_txt(tmp_path / "Witness.txt")])
        project.apply_code(document, "Place", 0, 11, create=True)
        project.apply_code(document, "Time", 12, 20, create=True)
        project.undo()
        sha = project.document("Witness").sha256
        seqs = [entry.seq for entry in project.history()]
    _make_version_5(path)
    cli = Cli(capsys)
    _out, err = cli("verify", path)  # upgrades it once, with a backup
    assert "all match: 1 documents, 0 original files" in err
    assert (tmp_path / "old.qcode.v5.bak").exists()
    with Project.open(path) as project:
        document = project.document("Witness")
        (first,) = project.text_versions(document)
        assert (first.version, first.sha256) == (1, sha)
        assert project.original(document) is None  # imported before originals were kept
        assert [entry.seq for entry in project.history()][: len(seqs)] == seqs
        project.redo()  # the older history still replays
        assert len(project.codings()) == 2
        start = project.text(document).index("Kraków")
        project.edit_text(document, start, start + 6, "Krakow")
        assert project.text_at(document, 1).count("Kraków") == 1


def _zlib_bomb(size: int) -> bytes:
    """Stored bytes that would unpack to ``size`` zero bytes, made a
    megabyte at a time (the test itself stays small)."""
    packer = zlib.compressobj(9)
    chunk = b"\0" * (1 << 20)
    parts = [packer.compress(chunk) for _ in range(size // len(chunk))]
    return b"".join(parts) + packer.flush()


def test_a_forged_original_is_refused_in_bounded_time_and_memory(
    study: Path, tmp_path: Path
) -> None:
    import subprocess
    import time

    # 512 MB of zeros behind a recorded size that allows anything: qcode
    # stops at the import byte limit (200 MB), a megabyte at a time.
    _tamper(
        study,
        "UPDATE originals SET data = ?, size = 1000000000000 WHERE file_name = 'Ana.docx'",
        _zlib_bomb(512 << 20),
    )
    for args, says in (
        (["verify", str(study)], "the stored bytes of its original file are damaged"),
        (["source", str(study), "Ana", str(tmp_path / "x")], "does not match its hash"),
    ):
        began = time.monotonic()
        done = subprocess.run(
            qcode_command(tmp_path / "peak", args), capture_output=True, text=True, check=False
        )
        assert time.monotonic() - began < 10
        assert done.returncode == 1, done.stderr
        assert says in done.stderr and "Traceback" not in done.stderr
        assert peak_mb(tmp_path / "peak") < 500  # the child's own peak
    assert not (tmp_path / "x").exists()
