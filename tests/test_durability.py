"""The project file holds exactly what was acknowledged (issue 21, defects 6 and 7).

* A refused or read-only command leaves ``NAME.qcode`` (and its ``-wal``)
  byte for byte as it was: no statistics refreshed, no checkpoint.
* An acknowledged edit is in ``NAME.qcode`` itself, not only in the
  ``-wal``, as soon as no reader holds that up, and as soon as the reader is
  gone (the next write, the app's retry, or closing): copying the ``.qcode``
  file alone is a complete copy.
* Copies qcode makes go through SQLite's backup API, so they hold edits
  that are still only in the ``-wal``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.io.base import ImportedDocument

TEXT = "Informant: They put my name on the list. Nobody told me why.\n" * 40


EMPTY = hashlib.sha256(b"").hexdigest()


def _fingerprint(path: Path) -> dict[str, str]:
    """SHA-256 of the project file and of its -wal, when there is one."""
    found = {}
    for name in (path.name, path.name + "-wal"):
        file = path.with_name(name)
        if file.exists():
            found[name] = hashlib.sha256(file.read_bytes()).hexdigest()
    return found


def _assert_unchanged(path: Path, before: dict[str, str]) -> None:
    """The project file and its -wal (if there was one) are byte for byte as
    they were; a -wal that appeared is empty (SQLite's working file for a
    reader, holding nothing)."""
    after = _fingerprint(path)
    assert after[path.name] == before[path.name]
    wal = path.name + "-wal"
    if wal in before:
        assert after.get(wal) == before[wal]
    else:
        assert after.get(wal, EMPTY) == EMPTY


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """A project with one document, two codes and a few hundred codings,
    whose query statistics are missing, as in a project whose writers were
    killed before they could close it (the probe's 163 kill -9s): that is
    when closing used to refresh them, on any command."""
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        (document,) = project.add_documents(
            [ImportedDocument("Interview 1", TEXT, "interview-1.txt", "text")]
        )
        harms = project.create_code("Harms")
        fear = project.create_code("Fear")
        project.add_codings(
            [
                NewCoding(document.id, (harms if n % 2 else fear).id, n, n + 30)
                for n in range(0, 600, 2)
            ]
        )
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM sqlite_stat1")
    conn.commit()
    conn.close()
    return path


def _qcode(*args: str | Path) -> int:
    return main([str(arg) for arg in args])


REFUSED = {
    "unknown document": ["code", "{p}", "No such doc", "Harms", "0", "5"],
    "unknown code": ["code", "{p}", "Interview 1", "No such code", "0", "5"],
    "span outside the text": ["code", "{p}", "Interview 1", "Harms", "0", "999999"],
    "span backwards": ["code", "{p}", "Interview 1", "Harms", "9", "3"],
    "bad --from-json": ["code", "{p}", "--from-json", "{json}", "--coder", "Newcomer"],
    "unknown code to delete": ["delete-code", "{p}", "No such code"],
    "rename to an existing name": ["edit-code", "{p}", "Fear", "--name", "Harms"],
}

READ_ONLY = {
    "codes": ["codes", "{p}"],
    "documents": ["documents", "{p}"],
    "segments": ["segments", "{p}", "--code", "Harms"],
    "log": ["log", "{p}"],
    "stats": ["stats", "{p}"],
}


def _arguments(template: list[str], path: Path) -> list[str]:
    bad_json = path.with_name("codings.json")
    bad_json.write_text(
        json.dumps(
            [
                {"document": "Interview 1", "code": "Harms", "start": 0, "end": 5},
                {"document": "Interview 1", "code": "Harms", "start": "bad", "end": 9},
            ]
        ),
        encoding="utf-8",
    )
    return [part.format(p=path, json=bad_json) for part in template]


@pytest.mark.parametrize("case", REFUSED)
def test_a_refused_write_leaves_the_file_byte_identical(
    study: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _fingerprint(study)
    assert _qcode(*_arguments(REFUSED[case], study)) == 1
    err = capsys.readouterr().err
    assert err.startswith("qcode: error: ") and len(err.strip().splitlines()) == 1, err
    _assert_unchanged(study, before)


@pytest.mark.parametrize("case", READ_ONLY)
def test_a_read_only_command_leaves_the_file_byte_identical(
    study: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _fingerprint(study)
    assert _qcode(*_arguments(READ_ONLY[case], study)) == 0
    capsys.readouterr()
    _assert_unchanged(study, before)


def test_refusals_leave_the_wal_alone_while_another_window_reads(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.open(study, read_only=True) as app:  # the app, open read-only
        assert app.codebook().by_path("Harms") is not None
        before = _fingerprint(study)
        assert study.name + "-wal" in before  # the reader keeps the log in place
        for template in REFUSED.values():
            assert _qcode(*_arguments(template, study)) == 1
        capsys.readouterr()
        _assert_unchanged(study, before)


def test_opening_for_editing_and_closing_writes_nothing(study: Path) -> None:
    before = _fingerprint(study)
    with Project.open(study, coder="Amina") as project:
        assert project.undo_label() is not None  # reads the history, writes nothing
    _assert_unchanged(study, before)


def test_an_edit_changes_the_file(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The other side of the tests above: an accepted edit does change it.
    before = _fingerprint(study)
    assert _qcode("code", study, "Interview 1", "Harms", "700", "720") == 0
    capsys.readouterr()
    assert _fingerprint(study)[study.name] != before[study.name]


# -- the project file alone holds every acknowledged edit ---------------------------


def _copied_alone(path: Path, folder: Path) -> Path:
    """Copy only NAME.qcode (no -wal, no -shm), as a researcher might to a USB stick."""
    folder.mkdir()
    copy = folder / path.name
    shutil.copyfile(path, copy)
    return copy


def _codings_in(path: Path) -> list[tuple[str, int, int]]:
    with Project.open(path, read_only=True) as project:
        return sorted(
            (segment.code_path, segment.coding.start, segment.coding.end)
            for segment in project.segments(project.codings())
        )


@pytest.fixture
def open_study(tmp_path: Path) -> Iterator[Project]:
    path = tmp_path / "open.qcode"
    with Project.create(path, coder="Amina") as project:
        project.add_documents([ImportedDocument("Interview 1", TEXT, "interview-1.txt", "text")])
        project.create_code("Harms")
        yield project


@pytest.fixture
def reader(open_study: Project) -> Iterator[sqlite3.Connection]:
    """Another process's view of the project, e.g. `qcode segments` or a
    suggestion worker, as a read-only connection."""
    conn = sqlite3.connect(
        open_study.path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None
    )
    yield conn
    conn.close()


def _hold_snapshot(reader: sqlite3.Connection) -> None:
    """A read transaction in progress: it pins the state it started from."""
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM codings").fetchone()


def test_an_edit_is_in_the_project_file_alone_when_it_returns(
    open_study: Project, tmp_path: Path
) -> None:
    document = open_study.document("Interview 1")
    open_study.apply_code(document, "Harms", 11, 30)
    copy = _copied_alone(open_study.path, tmp_path / "stick")
    assert _codings_in(copy) == [("Harms", 11, 30)]


def test_an_edit_held_up_by_a_reader_reaches_the_file_on_the_next_retry(
    open_study: Project, reader: sqlite3.Connection, tmp_path: Path
) -> None:
    document = open_study.document("Interview 1")
    _hold_snapshot(reader)
    open_study.apply_code(document, "Harms", 11, 30)
    # The reader pins an older state: the edit is safe in the -wal, not yet in the file.
    assert open_study.flush_pending() is False
    assert _codings_in(_copied_alone(open_study.path, tmp_path / "early")) == []
    reader.execute("COMMIT")
    assert open_study.flush_pending() is True  # what the app's timer calls
    assert _codings_in(_copied_alone(open_study.path, tmp_path / "stick")) == [("Harms", 11, 30)]


def test_an_edit_held_up_by_a_reader_reaches_the_file_with_the_next_edit(
    open_study: Project, reader: sqlite3.Connection, tmp_path: Path
) -> None:
    document = open_study.document("Interview 1")
    _hold_snapshot(reader)
    open_study.apply_code(document, "Harms", 11, 30)
    reader.execute("COMMIT")
    open_study.apply_code(document, "Harms", 40, 50)
    assert _codings_in(_copied_alone(open_study.path, tmp_path / "stick")) == [
        ("Harms", 11, 30),
        ("Harms", 40, 50),
    ]


def test_closing_puts_every_edit_in_the_file_while_a_reader_stays_open(
    open_study: Project, reader: sqlite3.Connection, tmp_path: Path
) -> None:
    document = open_study.document("Interview 1")
    _hold_snapshot(reader)
    open_study.apply_code(document, "Harms", 11, 30)
    reader.execute("COMMIT")  # done reading, but the connection stays open
    open_study.close()
    wal = open_study.path.with_name(open_study.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # nothing left only in the log
    assert _codings_in(_copied_alone(open_study.path, tmp_path / "stick")) == [("Harms", 11, 30)]


@pytest.mark.parametrize("passphrase", [None, "correct horse battery"])
def test_a_backup_holds_edits_still_only_in_the_log(tmp_path: Path, passphrase: str | None) -> None:
    path = tmp_path / "study.qcode"
    target = tmp_path / "copy.qcode"
    with Project.create(path, coder="Amina", passphrase=passphrase) as project:
        (document,) = project.add_documents(
            [ImportedDocument("Interview 1", TEXT, "interview-1.txt", "text")]
        )
        if passphrase is None:
            reader = sqlite3.connect(
                path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None
            )
        else:
            from qcode.store import cipher

            reader = cipher.connect(path, passphrase, read_only=True)
        _hold_snapshot(reader)
        project.apply_code(document, "Harms", 11, 30, create=True)
        assert project.flush_pending() is False  # the edit is only in the -wal
        project.backup_to(target)  # "Save a copy as…", merge and migration backups
        reader.execute("COMMIT")
        reader.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.qcode"]
    with Project.open(target, read_only=True, passphrase=passphrase) as copy:
        assert [(c.start, c.end) for c in copy.codings()] == [(11, 30)]
