"""Creating a project file: it appears whole or not at all (issue 21, defect 9).

A kill during ``qcode new`` used to leave a 0-byte or half-made file that
qcode then called "not a qcode project" and ``new`` refused to overwrite.
Now the project is built under a temporary name in the same folder and
moved into place only when complete.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.project import Project
from qcode.errors import ProjectLockedError, QcodeError
from qcode.store.database import Database
from qcode.store.lock import WriterLock
from qcode.store.schema import APPLICATION_ID

PASSPHRASE = "correct horse battery"
LEFTOVER = re.compile(r"\.p\.qcode\.new-[0-9a-f]{8}(-journal|-wal|-shm)?")

# Runs `qcode new` with every line of qcode's storage code slowed down a
# little, so that kills at random moments land all through the creation.
SLOWED_NEW = """
import sys, time
import qcode.cli.projects, qcode.core.project, qcode.store.database, qcode.store.cipher
if sys.argv[-1] == "--encrypt":
    import sqlcipher3.dbapi2
from qcode.cli import main

SLOW = ("qcode/store/", "qcode/core/project.py")

def local(frame, event, arg):
    if event == "line":
        time.sleep(0.0005)
    return local

def tracer(frame, event, arg):
    name = frame.f_code.co_filename.replace("\\\\", "/")
    return local if any(part in name for part in SLOW) else None

print("ready", flush=True)
sys.settrace(tracer)
sys.exit(main(["new", *sys.argv[1:]]))
"""


def _start_new(folder: Path, encrypt: bool) -> subprocess.Popen[str]:
    env = {**os.environ, "QCODE_PASSPHRASE": PASSPHRASE}
    args = [sys.executable, "-c", SLOWED_NEW, str(folder / "p.qcode")]
    process = subprocess.Popen(
        args + (["--encrypt"] if encrypt else []),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def _check_whole_or_absent(folder: Path, encrypt: bool) -> bool:
    """The project is absent, or a whole project; only qcode's temporary
    files may be left beside it.  Returns whether it is there."""
    target = folder / "p.qcode"
    others = {p.name for p in folder.iterdir()} - {"p.qcode", "p.qcode-wal", "p.qcode-shm"}
    assert all(LEFTOVER.fullmatch(name) for name in others), others
    if not target.exists():
        return False
    with Project.open(target, read_only=True, passphrase=PASSPHRASE) as project:
        assert project.encrypted == encrypt
        assert project.name == "p"
        assert project.documents() == []
    return True


@pytest.mark.parametrize("encrypt", [False, True], ids=["plain", "encrypted"])
def test_a_kill_during_new_leaves_no_project_or_a_whole_one(
    tmp_path: Path, encrypt: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    # How long a slowed-down creation takes here, from "ready" to exit.
    (tmp_path / "calibrate").mkdir()
    whole = _start_new(tmp_path / "calibrate", encrypt)
    began = time.monotonic()
    assert whole.wait(timeout=120) == 0
    duration = time.monotonic() - began
    assert _check_whole_or_absent(tmp_path / "calibrate", encrypt)

    rng = random.Random(21)
    outcomes = []
    runs = 6 if encrypt else 10
    for run in range(runs):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        process = _start_new(folder, encrypt)
        time.sleep(duration * (run + rng.random()) / runs)  # one kill per slice of the run
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        present = _check_whole_or_absent(folder, encrypt)
        outcomes.append(present)
        if not present:  # the name is free again: `new` works on it
            os.environ["QCODE_PASSPHRASE"] = PASSPHRASE
            try:
                args = ["new", str(folder / "p.qcode")] + (["--encrypt"] if encrypt else [])
                assert main(args) == 0, capsys.readouterr().err
            finally:
                del os.environ["QCODE_PASSPHRASE"]
            assert _check_whole_or_absent(folder, encrypt)
    # Kills landed both before and after the file appeared.
    assert False in outcomes, outcomes


def test_a_file_that_appears_meanwhile_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "p.qcode"

    def someone_else_creates_it(_conn: object) -> None:
        target.write_bytes(b"another program's file")

    with pytest.raises(QcodeError, match=r"^p\.qcode already exists; choose another name$"):
        Database(target, read_only=False, create=True, initialise=someone_else_creates_it)
    assert target.read_bytes() == b"another program's file"
    assert [p.name for p in tmp_path.iterdir()] == ["p.qcode"]  # no temporary file left


def test_a_failed_creation_leaves_nothing(tmp_path: Path) -> None:
    def fails(_conn: object) -> None:
        raise QcodeError("disk full, say")

    with pytest.raises(QcodeError, match="disk full"):
        Database(tmp_path / "p.qcode", read_only=False, create=True, initialise=fails)
    assert list(tmp_path.iterdir()) == []


def test_the_writer_lock_is_on_the_new_file(tmp_path: Path) -> None:
    path = tmp_path / "p.qcode"
    with Project.create(path, coder="Amina") as project:
        with pytest.raises(ProjectLockedError), WriterLock(path):
            pass
        project.create_code("Harms")  # and the project is written where it is named
    with Project.open(path, read_only=True) as reopened:
        assert [code.name for code in reopened.codebook().walk()] == ["Harms"]
    assert not [p for p in tmp_path.iterdir() if ".new-" in p.name]


def test_new_files_are_ordinary_projects(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "p.qcode"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_temporary_files_of_killed_runs_are_cleaned_up(tmp_path: Path) -> None:
    abandoned = tmp_path / ".p.qcode.new-0123abcd"
    abandoned.write_bytes(b"half a project")
    (tmp_path / ".p.qcode.new-0123abcd-journal").write_bytes(b"its journal")
    building = tmp_path / ".p.qcode.new-89abcdef"  # another `qcode new`, still running
    building.write_bytes(b"being built")
    an_hour_ago = time.time() - 3600
    for file in tmp_path.iterdir():
        os.utime(file, (an_hour_ago, an_hour_ago))
    unrelated = tmp_path / ".p.qcode.new-notes.txt"
    unrelated.write_text("mine")
    with WriterLock(building):
        Project.create(tmp_path / "p.qcode").close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".p.qcode.new-89abcdef",
        ".p.qcode.new-notes.txt",
        "p.qcode",
    ]
