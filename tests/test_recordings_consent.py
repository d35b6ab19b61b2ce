"""Recordings when consent ends: a withdrawal or a "may not keep the
recording" unlinks it and tells the researcher the file is still on disk
(deleting it only when asked, only when their consent record allows it,
only the file that was linked, and never a group recording that holds other
people's voices); a redaction says the recording still holds what it
replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.project import Project
from tests.test_media import write_wav

ALONE = (
    "WEBVTT\n\n"
    "00:00:00.000 --> 00:00:00.800\n<v Carla>𠮷 They came 😀 at night.\n\n"
    "00:00:01.000 --> 00:00:01.700\n<v Carla>Nobody told us.\n"
)
GROUP = (
    "WEBVTT\n\n"
    "00:00:00.000 --> 00:00:00.800\n<v Liu>We were there.\n\n"
    "00:00:01.000 --> 00:00:01.700\n<v Wang>I was too.\n"
)


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """Carla's own interview and a group interview with Liu and Wang, each
    with its recording beside it (linked on import)."""
    (tmp_path / "carla.vtt").write_text(ALONE, encoding="utf-8")
    (tmp_path / "group.vtt").write_text(GROUP, encoding="utf-8")
    write_wav(tmp_path / "carla.wav")
    write_wav(tmp_path / "group.wav", tone=220.0)
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        project.import_files([tmp_path / "carla.vtt", tmp_path / "group.vtt"])
        assert len(project.all_media()) == 2
        project.set_participant("Carla", documents=[project.document("carla")])
        project.set_participant("Liu", speaker="Liu")
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


def _linked(path: Path) -> list[str]:
    with Project.open(path) as project:
        return sorted(link.file_name for link in project.all_media())


def test_a_withdrawal_unlinks_and_lists_the_recording_but_keeps_the_file(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wav = study.parent / "carla.wav"
    code, said = _run(capsys, "withdraw", str(study), "Carla", "--yes")
    assert code == 0
    assert wav.is_file()  # not asked to delete it: never deleted unasked
    assert _linked(study) == ["group.wav"]
    assert (
        f"warning: the recording {wav} still holds their voice; qcode unlinked it and never "
        "deletes it unasked: delete it yourself"
    ) in said
    assert "1 recording link" in said


def test_asked_a_withdrawal_deletes_their_own_recording(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wav = study.parent / "carla.wav"
    code, said = _run(capsys, "withdraw", str(study), "Carla", "--yes", "--delete-recordings")
    assert code == 0
    assert not wav.exists()
    assert f"deleted the recording {wav}" in said
    assert "still holds their voice" not in said
    assert (study.parent / "group.wav").is_file()


def test_a_recording_their_consent_lets_keep_is_not_deleted(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wav = study.parent / "carla.wav"
    with Project.open(study) as project:
        project.set_participant("Carla", keep_recording="yes")
    code, said = _run(capsys, "withdraw", str(study), "Carla", "--yes", "--delete-recordings")
    assert code == 0 and wav.is_file()
    assert (
        f"not deleted: {wav}: their consent record says the recording may be kept "
        "(keep recording: yes); delete it yourself if their withdrawal covers it"
    ) in said


def test_a_file_that_is_no_longer_the_recording_linked_is_not_deleted(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wav = study.parent / "carla.wav"
    other = write_wav(wav, tone=330.0)  # same name and size, other bytes
    code, said = _run(capsys, "withdraw", str(study), "Carla", "--yes", "--delete-recordings")
    assert code == 0 and wav.read_bytes() == other
    assert f"not deleted: {wav}: its bytes are not those of the recording linked" in said


def test_a_group_recording_is_never_deleted(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    group = study.parent / "group.wav"
    code, said = _run(capsys, "withdraw", str(study), "Liu", "--yes", "--delete-recordings")
    assert code == 0
    assert group.is_file()
    assert _linked(study) == ["carla.wav"]  # it would play their words under [withdrawn]
    assert f"not deleted: {group}: it holds other people's voices too" in said
    assert "cut their turns out of it or delete it yourself (others speak in it too)" in said


def test_a_recording_that_may_not_be_kept_is_unlinked_and_said(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wav, group = study.parent / "carla.wav", study.parent / "group.wav"
    with Project.open(study) as project:
        project.set_participant("Liu", keep_recording="no")  # she speaks in the group
        assert sorted(link.file_name for link in project.all_media()) == ["carla.wav"]
        project.undo()  # an edit like any other
        assert sorted(link.file_name for link in project.all_media()) == ["carla.wav", "group.wav"]
    code, said = _run(capsys, "participant", str(study), "Carla", "--keep-recording", "no")
    assert code == 0 and wav.is_file()
    assert _linked(study) == ["group.wav"]
    assert (
        f"warning: unlinked the recording {wav}: their consent does not allow keeping it; "
        "the file is still on disk: delete it yourself (qcode never deletes it unasked)"
    ) in said
    # Asked, it deletes her own recording, never the group's.
    code, said = _run(capsys, "participant", str(study), "Carla", "--delete-recordings")
    assert code == 1
    assert said.strip() == (
        "qcode: error: --delete-recordings deletes recordings their consent does not allow "
        "keeping: give it with --keep-recording no"
    )
    code, said = _run(
        capsys, "participant", str(study), "Liu", "--keep-recording", "no", "--delete-recordings"
    )
    assert code == 0 and group.is_file()
    assert f"not deleted: {group}: it holds other people's voices too" in said
    assert (
        f"warning: unlinked the recording {group}: their consent does not allow keeping it; the "
        "file is still on disk: cut their turns out of it or delete it yourself (others speak "
        "in it too)"
    ) in said
    assert _linked(study) == []


def test_asked_a_recording_that_may_not_be_kept_is_deleted(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wav = study.parent / "carla.wav"
    code, said = _run(
        capsys, "participant", str(study), "Carla", "--keep-recording", "no", "--delete-recordings"
    )
    assert code == 0 and not wav.exists()
    assert f"unlinked and deleted the recording {wav}" in said


def test_a_redaction_says_the_recording_still_holds_the_words(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "pseudonym", str(study), "Wang", "P2")[0] == 0
    code, said = _run(capsys, "redact", str(study), "group", "--yes")
    assert code == 0
    assert (
        "warning: 'group': its recording group.wav still holds what was replaced (qcode cannot "
        "redact audio): keep it apart from anything shared, or edit it"
    ) in said
    code, said = _run(capsys, "pseudonym", str(study), "Carla", "P1")
    code, said = _run(capsys, "redact", str(study), "group", "--yes")
    assert code == 1  # nothing of Carla in the group: no redaction, no warning
    assert "still holds" not in said
