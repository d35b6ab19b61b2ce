"""The command line waits a moment for another writer (issue 21, defect 10).

A script run beside the open app used to fail at random (34% of calls in the
probe) whenever the app had the project open for writing at that instant.
The command line now waits up to ``$QCODE_LOCK_WAIT`` seconds (default 5)
for the lock before refusing; the app still asks at once (it offers to open
the project read-only).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.errors import ProjectLockedError
from qcode.store.lock import DEFAULT_WAIT, wait_from_environment

# Another qcode process with the project open for writing (the app, say),
# for as many seconds as it is told.
HOLDER = """
import sys, time
from qcode.core.project import Project
project = Project.open(sys.argv[1], coder="App")
print("open", flush=True)
time.sleep(float(sys.argv[2]))
project.close()
"""


class Holder:
    def __init__(self, path: Path, seconds: float) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path), str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "open"
        self.opened = time.monotonic()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        project.create_code("Harms")
    return path


@pytest.fixture
def holders() -> Iterator[list[Holder]]:
    started: list[Holder] = []
    yield started
    for holder in started:
        holder.stop()


def _qcode(*args: str | Path, wait: str | None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("QCODE_LOCK_WAIT", None)
    if wait is not None:
        env["QCODE_LOCK_WAIT"] = wait
    return subprocess.run(
        [sys.executable, "-m", "qcode.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _codes(path: Path) -> list[str]:
    with Project.open(path, read_only=True) as project:
        return sorted(code.name for code in project.codebook().walk())


def test_a_command_waits_for_the_other_writer_and_then_succeeds(
    study: Path, holders: list[Holder]
) -> None:
    holder = Holder(study, 1.0)
    holders.append(holder)
    result = _qcode("add-code", study, "Fear", wait="30")
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - holder.opened >= 0.9  # it could only start once the app let go
    assert holder.process.wait(timeout=30) == 0
    assert _codes(study) == ["Fear", "Harms"]


def test_with_no_wait_a_command_is_refused_at_once(study: Path, holders: list[Holder]) -> None:
    holders.append(Holder(study, 120))
    before = _sha(study)
    began = time.monotonic()
    result = _qcode("add-code", study, "Fear", wait="0")
    assert time.monotonic() - began < DEFAULT_WAIT - 1  # did not wait (start-up included)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "qcode: error: study.qcode is open for editing in another qcode window or command; "
        "close it there first (it can still be read meanwhile)"
    ]
    assert _sha(study) == before


def test_a_command_refused_after_waiting_says_so(study: Path, holders: list[Holder]) -> None:
    holders.append(Holder(study, 120))
    before = _sha(study)
    began = time.monotonic()
    result = _qcode("add-code", study, "Fear", wait="1.5")
    assert 1.5 <= time.monotonic() - began < 60
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "qcode: error: study.qcode is open for editing in another qcode window or command "
        "(waited 1.5 s); close it there first (it can still be read meanwhile)"
    ]
    assert _sha(study) == before
    assert _codes(study) == ["Harms"]


def test_reading_never_waits(study: Path, holders: list[Holder]) -> None:
    holders.append(Holder(study, 120))
    began = time.monotonic()
    result = _qcode("codes", study, wait="30")
    assert result.returncode == 0 and "Harms" in result.stdout
    assert time.monotonic() - began < DEFAULT_WAIT - 1


def test_the_app_is_still_told_at_once(study: Path, holders: list[Holder]) -> None:
    # The app opens without waiting, and offers read-only on this error.
    holders.append(Holder(study, 120))
    began = time.monotonic()
    with pytest.raises(ProjectLockedError, match=r"command; close it there first"):
        Project.open(study)
    assert time.monotonic() - began < 1


@pytest.mark.parametrize("given", ["soon", "-1", "nan", "5s"])
def test_a_bad_wait_is_a_one_line_error(study: Path, given: str) -> None:
    before = _sha(study)
    result = _qcode("add-code", study, "Fear", wait=given)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "qcode: error: QCODE_LOCK_WAIT must be a number of seconds to wait for another "
        f"writer (0 = do not wait), not '{given}'"
    ]
    assert _sha(study) == before


def test_the_default_wait_is_a_few_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QCODE_LOCK_WAIT", raising=False)
    assert wait_from_environment() == DEFAULT_WAIT == 5.0
    monkeypatch.setenv("QCODE_LOCK_WAIT", " 0 ")
    assert wait_from_environment() == 0.0


def test_encrypting_waits_for_the_other_writer_too(study: Path, holders: list[Holder]) -> None:
    holder = Holder(study, 1.0)
    holders.append(holder)
    env_passphrase = "correct horse battery staple"
    os.environ["QCODE_PASSPHRASE"] = env_passphrase
    try:
        result = _qcode("encrypt", study, wait="30")
    finally:
        del os.environ["QCODE_PASSPHRASE"]
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - holder.opened >= 0.9
    with Project.open(study, read_only=True, passphrase=env_passphrase) as project:
        assert [code.name for code in project.codebook().walk()] == ["Harms"]
