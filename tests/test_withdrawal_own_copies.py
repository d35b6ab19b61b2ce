"""A withdrawal deletes unasked only the recordings qcode itself wrote into
``<project>.media/`` (out of a .qdpx), and only while they hold the bytes
it wrote: a file the researcher put into that folder by hand, one changed
since, or one whose record the history no longer holds is theirs, deleted
only when they ask."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import qcode.io.media
from qcode.cli import main
from qcode.core.project import Project
from qcode.core.qdpx_import import import_qdpx
from qcode.core.withdrawal import IF_ASKED, QCODE_DELETES, SHARED
from qcode.export.qdpx import export_qdpx
from tests.test_consent_recordings import GROUP, LIU
from tests.test_media import write_wav

FOLLOW_UP = "Liu, a week later:\r\nThey came back 😀 for the 𠮷 papers.\r\n"


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """A project brought in from a .qdpx holding Liu's and a group's
    recordings (qcode wrote them out into ``study.media/``), with Liu's
    follow-up interview imported after, whose recording the researcher
    copied into ``study.media/`` by hand and linked."""
    source = tmp_path / "source"
    source.mkdir()
    (source / "liu.vtt").write_text(LIU, encoding="utf-8")
    (source / "group.vtt").write_text(GROUP, encoding="utf-8")
    write_wav(source / "liu.wav")
    write_wav(source / "group.wav", tone=220.0)
    write_wav(source / "follow-up.wav", tone=550.0)
    with Project.create(source / "source.qcode", coder="Amina") as project:
        project.import_files([source / "liu.vtt", source / "group.vtt"])
    qdpx = tmp_path / "out.qdpx"
    with Project.open(source / "source.qcode") as project:
        export_qdpx(project, qdpx, include_media=True)
    path = tmp_path / "study.qcode"
    (tmp_path / "follow-up.txt").write_text(FOLLOW_UP, encoding="utf-8", newline="")
    with Project.create(path, coder="Bo") as project:
        import_qdpx(project, qdpx)
        project.import_files([tmp_path / "follow-up.txt"])
        by_hand = tmp_path / "study.media" / "follow-up.wav"
        shutil.copyfile(source / "follow-up.wav", by_hand)
        project.link_media(project.document("follow-up"), by_hand)
        project.set_participant(
            "Liu",
            documents=[project.document("liu"), project.document("follow-up")],
            speaker="Liu",
        )
        assert {link.path for link in project.all_media()} == {
            "study.media/liu.wav",
            "study.media/group.wav",
            "study.media/follow-up.wav",
        }
    return path


def _withdraw(capsys: pytest.CaptureFixture[str], path: Path, *more: str) -> list[str]:
    code = main(["withdraw", str(path), "Liu", "--yes", *more])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.err.splitlines()


def _fates(path: Path) -> dict[str, tuple[str, str]]:
    with Project.open(path) as project:
        fates = project.recording_fates(project.participant("Liu"))
    return {fate.held.path.name: (fate.action, str(fate.line())) for fate in fates}


def test_qcodes_copy_goes_unasked_and_a_file_put_there_by_hand_stays(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    media = study.parent / "study.media"
    own, by_hand, group = media / "liu.wav", media / "follow-up.wav", media / "group.wav"
    kept = by_hand.read_bytes()
    assert _fates(study) == {
        "liu.wav": (
            QCODE_DELETES,
            f"{own}: qcode's own copy (written out of a .qdpx); qcode deletes it",
        ),
        "follow-up.wav": (
            IF_ASKED,
            f"{by_hand}: their own file, not a copy qcode wrote (or changed since); unlinked; "
            "qcode does not delete it unasked: delete it yourself",
        ),
        "group.wav": (
            SHARED,
            f"{group}: unlinked; others speak in it too: cut their turns out of it or delete "
            "it yourself",
        ),
    }
    said = _withdraw(capsys, study)  # not --delete-recordings
    assert not own.exists()
    assert by_hand.read_bytes() == kept  # the researcher's file, in the same folder
    assert group.is_file()
    assert (
        f"deleted qcode's own copy of the recording {own} (the .qdpx it came from still holds it)"
    ) in said
    assert (
        f"warning: the recording {by_hand} still holds their voice; qcode unlinked it and never "
        "deletes it unasked: delete it yourself"
    ) in said
    assert not any("deleted" in line and str(by_hand) in line for line in said)


def test_a_file_put_there_by_hand_goes_when_asked_as_their_own_not_as_qcodes(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    by_hand = study.parent / "study.media" / "follow-up.wav"
    said = _withdraw(capsys, study, "--delete-recordings")
    assert not by_hand.exists()
    assert f"deleted the recording {by_hand}" in said
    assert not any("qcode's own copy" in line and str(by_hand) in line for line in said)


def test_a_byte_for_byte_copy_put_there_by_hand_is_still_theirs(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Same bytes as qcode's copy, another name: no record names it."""
    media = study.parent / "study.media"
    duplicate = media / "liu-duplicate.wav"
    shutil.copyfile(media / "liu.wav", duplicate)
    with Project.open(study) as project:
        project.link_media(project.document("follow-up"), duplicate)  # instead of follow-up.wav
    assert _fates(study)["liu-duplicate.wav"][0] == IF_ASKED
    _withdraw(capsys, study)
    assert duplicate.is_file() and not (media / "liu.wav").exists()


def test_qcodes_copy_changed_since_the_import_is_not_deleted_unasked(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = study.parent / "study.media" / "liu.wav"
    size = own.stat().st_size
    changed = write_wav(own, tone=330.0)  # edited in place: same name and size, other bytes
    assert len(changed) == size
    action, line = _fates(study)["liu.wav"]
    assert action == IF_ASKED
    assert line.startswith(f"{own}: their own file, not a copy qcode wrote (or changed since)")
    said = _withdraw(capsys, study)
    assert own.read_bytes() == changed
    assert not any("deleted" in line and str(own) in line for line in said)
    assert (
        f"warning: the recording {own} still holds their voice; qcode unlinked it and never "
        "deletes it unasked: delete it yourself"
    ) in said


def test_once_the_history_no_longer_holds_the_record_the_copy_is_theirs(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another withdrawal first (Wang's) erases every change set: qcode can
    no longer tell that it wrote Liu's copy, so it does not delete it unasked."""
    own = study.parent / "study.media" / "liu.wav"
    written = own.read_bytes()
    with Project.open(study) as project:
        project.set_participant("Wang", speaker="Wang")
    assert main(["withdraw", str(study), "Wang", "--yes"]) == 0
    capsys.readouterr()
    assert _fates(study)["liu.wav"][0] == IF_ASKED
    _withdraw(capsys, study)
    assert own.read_bytes() == written


def test_a_copy_of_the_project_never_takes_the_originals_recordings_for_its_own(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A copy beside it (``backup.qcode``) has the same history, whose records
    name ``study.media/``: not the copy's own media folder."""
    backup = study.parent / "backup.qcode"
    shutil.copyfile(study, backup)
    own = study.parent / "study.media" / "liu.wav"
    assert _fates(backup)["liu.wav"][0] == IF_ASKED
    _withdraw(capsys, backup)
    assert own.is_file()


def test_only_a_file_a_record_names_with_its_size_is_hashed(
    study: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deciding whose each file is reads no recording whole but qcode's copy."""
    hashed: list[str] = []
    real = qcode.io.media.file_sha256

    def counting(path: Path, expected: int) -> tuple[str, int]:
        hashed.append(Path(path).name)
        return real(path, expected)

    monkeypatch.setattr(qcode.io.media, "file_sha256", counting)
    assert _fates(study)["liu.wav"][0] == QCODE_DELETES
    assert hashed == ["liu.wav"]  # not the follow-up (no record), not the group's
    own = study.parent / "study.media" / "liu.wav"
    own.write_bytes(own.read_bytes() + b"\0")  # another size: not even hashed
    hashed.clear()
    assert _fates(study)["liu.wav"][0] == IF_ASKED
    assert hashed == []
