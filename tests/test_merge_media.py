"""A merge brings the other project's recordings with its documents: the
link points at the same file (hash checked here independently), a document
linked to a different file keeps this project's recording and the conflict
is reported, and undoing the merge removes what it linked."""

from __future__ import annotations

import hashlib
from pathlib import Path

from qcode.core.merge.project import merge_project
from qcode.core.project import Project
from tests.test_media import write_wav

VTT = (
    "WEBVTT\n\n"
    "00:00:00.000 --> 00:00:00.800\n<v Liu>𠮷 They came 😀 at night.\n\n"
    "00:00:01.000 --> 00:00:01.700\n<v Wang>Nobody told us.\n"
)


def _project(folder: Path, *, tone: float | None) -> tuple[Path, bytes | None]:
    """A project in ``folder`` with the transcript 'night' (its recording
    beside it, a tone of ``tone`` Hz, when ``tone`` is given)."""
    folder.mkdir()
    (folder / "night.vtt").write_text(VTT, encoding="utf-8")
    data = write_wav(folder / "night.wav", tone=tone) if tone is not None else None
    path = folder / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        project.import_files([folder / "night.vtt"])
        assert (project.media(project.document("night")) is not None) == (tone is not None)
    return path, data


def test_a_merge_links_the_other_projects_recording(tmp_path: Path) -> None:
    ours, _ = _project(tmp_path / "lead", tone=None)
    theirs, data = _project(tmp_path / "coder", tone=440.0)
    assert data is not None
    with Project.open(ours) as project:
        report = merge_project(project, theirs, backup=False)
        night = project.document("night")
        link = project.media(night)
        assert report.recordings_added == 1
        assert "1 recording link added" in "\n".join(report.summary())
        assert link is not None
        assert link.sha256 == hashlib.sha256(data).hexdigest()
        # Outside this project's folder: kept as an absolute path to the coder's file.
        assert Path(link.path) == tmp_path / "coder" / "night.wav"
        check = project.find_media(night, hash_check=True)
        assert check is not None and check.state == "here"
        project.undo()
        assert project.media(project.document("night")) is None


def test_a_different_recording_keeps_ours_and_says_so(tmp_path: Path) -> None:
    ours, mine = _project(tmp_path / "lead", tone=220.0)
    theirs, _ = _project(tmp_path / "coder", tone=440.0)
    assert mine is not None
    with Project.open(ours) as project:
        report = merge_project(project, theirs, backup=False)
        link = project.media(project.document("night"))
        assert link is not None and link.sha256 == hashlib.sha256(mine).hexdigest()
        assert link.path == "night.wav"
    assert report.recordings_added == 0
    (conflict,) = [c for c in report.conflicts if "recording" in c.detail]
    assert conflict.subject == "night"
    theirs_hash = hashlib.sha256((tmp_path / "coder" / "night.wav").read_bytes()).hexdigest()
    assert conflict.detail == (
        f"study.qcode links it to the recording night.wav (SHA-256 {theirs_hash[:12]}…), "
        f"this project to another file, night.wav ({link.sha256[:12]}…); "
        "this project's recording was kept"
    )


def test_the_same_recording_on_both_sides_is_no_conflict(tmp_path: Path) -> None:
    ours, mine = _project(tmp_path / "lead", tone=440.0)
    theirs, _ = _project(tmp_path / "coder", tone=440.0)
    with Project.open(ours) as project:
        report = merge_project(project, theirs, backup=False)
        link = project.media(project.document("night"))
    assert mine is not None and link is not None
    assert link.sha256 == hashlib.sha256(mine).hexdigest() and link.path == "night.wav"
    assert report.recordings_added == 0
    assert not [c for c in report.conflicts if "recording" in c.detail]
