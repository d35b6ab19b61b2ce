"""Recordings where an informant's consent ends: before a withdrawal, each
recording that holds their voice says whether qcode deletes it (qcode's own
copy, written out of a .qdpx into ``<project>.media/``) or the researcher
must (a file of theirs elsewhere, a group recording); the withdrawal deletes
qcode's copies unasked and names every other file; a redaction names the
recording and when, in it, the replaced words are spoken."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.project import Project
from qcode.core.qdpx_import import import_qdpx
from qcode.core.withdrawal import IF_ASKED, KEPT, QCODE_DELETES, SHARED, recording_lines
from qcode.export.qdpx import export_qdpx
from tests.test_media import write_wav

LIU = (
    "WEBVTT\n\n"
    "00:00:00.000 --> 00:00:00.800\n<v Liu>𠮷 They came 😀 at night.\n\n"
    "00:00:01.000 --> 00:00:01.700\n<v Liu>Nobody told us.\n"
)
GROUP = (
    "WEBVTT\n\n"
    "00:00:00.000 --> 00:00:00.800\n<v Liu>We were there.\n\n"
    "00:00:01.000 --> 00:00:01.700\n<v Wang>I was too.\n"
)
# Zhang Wei is named in the first and third cues only.
NAMED = (
    "WEBVTT\n\n"
    "00:01:05.000 --> 00:01:09.500\n<v Zhou>Zhang Wei 𠮷 was taken first.\n\n"
    "00:01:20.000 --> 00:01:24.000\n<v Zhou>Then the others 😀.\n\n"
    "00:02:10.250 --> 00:02:12.900\n<v Zhou>Nobody saw Zhang Wei again.\n"
)


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """Liu's own interview and a group interview with Liu and Wang, each
    with its recording beside it (linked on import)."""
    (tmp_path / "liu.vtt").write_text(LIU, encoding="utf-8")
    (tmp_path / "group.vtt").write_text(GROUP, encoding="utf-8")
    write_wav(tmp_path / "liu.wav")
    write_wav(tmp_path / "group.wav", tone=220.0)
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        project.import_files([tmp_path / "liu.vtt", tmp_path / "group.vtt"])
        assert len(project.all_media()) == 2
        project.set_participant("Liu", documents=[project.document("liu")], speaker="Liu")
    return path


@pytest.fixture
def copied(study: Path, tmp_path: Path) -> Path:
    """The same study brought in from a .qdpx with the recordings inside it:
    qcode wrote them out into ``copy.media/`` itself."""
    qdpx = tmp_path / "out.qdpx"
    with Project.open(study) as project:
        export_qdpx(project, qdpx, include_media=True)
    (tmp_path / "elsewhere").mkdir()
    path = tmp_path / "elsewhere" / "copy.qcode"
    with Project.create(path, coder="Bo") as project:
        import_qdpx(project, qdpx)
        liu = project.document("liu")
        project.set_participant("Liu", documents=[liu], speaker="Liu")
        assert {link.path for link in project.all_media()} == {
            "copy.media/liu.wav",
            "copy.media/group.wav",
        }
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(list(args))
    return code, capsys.readouterr().err.splitlines()


def test_before_a_withdrawal_each_recording_says_who_deletes_it(study: Path) -> None:
    own, group = study.parent / "liu.wav", study.parent / "group.wav"
    with Project.open(study) as project:
        fates = project.recording_fates(project.participant("Liu"))
        assert [(fate.held.path, fate.action) for fate in fates] == [
            (own, IF_ASKED),
            (group, SHARED),
        ]
        assert [fate.line() for fate in fates] == [
            f"{own}: unlinked; qcode does not delete it unasked: delete it yourself",
            f"{group}: unlinked; others speak in it too: cut their turns out of it or delete "
            "it yourself",
        ]
        assert fates[0].line(delete_asked=True) == f"{own}: their own interview; qcode deletes it"
        # Only a look: nothing was unlinked or deleted.
        assert len(project.all_media()) == 2
    assert own.is_file() and group.is_file()


def test_a_recording_their_consent_lets_keep_is_for_the_researcher(study: Path) -> None:
    with Project.open(study) as project:
        project.set_participant("Liu", keep_recording="yes")
        fates = project.recording_fates(project.participant("Liu"))
    assert [fate.action for fate in fates] == [KEPT, KEPT]
    assert fates[0].line() == (
        f"{study.parent / 'liu.wav'}: unlinked; their consent record says the recording may "
        "be kept (keep recording: yes): delete it yourself if their withdrawal covers it"
    )


def test_a_withdrawal_deletes_qcodes_own_copy_but_never_a_group_recording(
    copied: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    media = copied.parent / "copy.media"
    own, group = media / "liu.wav", media / "group.wav"
    with Project.open(copied) as project:
        fates = project.recording_fates(project.participant("Liu"))
    assert [(fate.held.path, fate.action) for fate in fates] == [
        (own, QCODE_DELETES),
        (group, SHARED),
    ]
    assert fates[0].line() == f"{own}: qcode's own copy (written out of a .qdpx); qcode deletes it"
    code, said = _run(capsys, "withdraw", str(copied), "Liu", "--yes")  # not --delete-recordings
    assert code == 0
    assert not own.exists()  # qcode's own copy: part of the project, gone with it
    assert group.is_file()  # Wang's voice too
    assert (copied.parent.parent / "liu.wav").is_file()  # the researcher's own file: untouched
    assert (copied.parent.parent / "out.qdpx").is_file()
    assert (
        f"deleted qcode's own copy of the recording {own} (the .qdpx it came from still holds it)"
    ) in said
    assert (
        f"warning: the recording {group} still holds their voice; qcode unlinked it and never "
        "deletes it unasked: cut their turns out of it or delete it yourself (others speak in "
        "it too)"
    ) in said
    assert not any(str(own) in line and "still holds their voice" in line for line in said)
    with Project.open(copied) as project:
        assert project.all_media() == []  # both unlinked
        labels = [entry.label for entry in project.history()]
    # The log says a file was deleted, naming no file (a name may name them).
    assert "deleted 1 recording file that held a withdrawn participant's voice" in labels
    assert not any("liu.wav" in label for label in labels)


def test_qcodes_copy_is_kept_when_their_consent_lets_keep_the_recording(
    copied: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = copied.parent / "copy.media" / "liu.wav"
    with Project.open(copied) as project:
        project.set_participant("Liu", keep_recording="yes")
    code, said = _run(capsys, "withdraw", str(copied), "Liu", "--yes")
    assert code == 0 and own.is_file()
    assert (
        f"warning: the recording {own} still holds their voice; qcode unlinked it and never "
        "deletes it unasked: delete it yourself"
    ) in said


def test_a_changed_copy_is_not_deleted_and_says_why(
    copied: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = copied.parent / "copy.media" / "liu.wav"
    other = write_wav(own, tone=330.0)  # same name and size, other bytes: not the recording
    code, said = _run(capsys, "withdraw", str(copied), "Liu", "--yes")
    assert code == 0 and own.read_bytes() == other
    # No longer the bytes qcode wrote: the researcher's file, never deleted unasked.
    assert (
        f"warning: the recording {own} still holds their voice; qcode unlinked it and never "
        "deletes it unasked: delete it yourself"
    ) in said


def test_asked_after_the_withdrawal_qcode_deletes_their_own_interview_only(study: Path) -> None:
    own, group = study.parent / "liu.wav", study.parent / "group.wav"
    with Project.open(study) as project:
        report = project.withdraw(project.participant("Liu"))
        assert own.is_file()  # not asked yet
        assert [str(line) for line in recording_lines(report)] == [
            f"warning: the recording {own} still holds their voice; qcode unlinked it and "
            "never deletes it unasked: delete it yourself",
            f"warning: the recording {group} still holds their voice; qcode unlinked it and "
            "never deletes it unasked: cut their turns out of it or delete it yourself (others "
            "speak in it too)",
        ]
        project.delete_withdrawn_recordings(report)  # what the app asks
    assert not own.exists() and group.is_file()
    assert [str(line) for line in recording_lines(report)] == [
        f"deleted the recording {own}",
        f"not deleted: {group}: it holds other people's voices too",
        f"warning: the recording {group} still holds their voice; qcode unlinked it and never "
        "deletes it unasked: cut their turns out of it or delete it yourself (others speak in "
        "it too)",
    ]


def test_a_redaction_names_the_recording_and_when_the_words_are_spoken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "named.vtt").write_text(NAMED, encoding="utf-8")
    write_wav(tmp_path / "named.wav")
    # the same cues with other words, and no recording beside it
    (tmp_path / "unlinked.vtt").write_text(NAMED.replace("first", "at dawn"), encoding="utf-8")
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        project.import_files([tmp_path / "named.vtt", tmp_path / "unlinked.vtt"])
        project.set_pseudonym("Zhang Wei", "P7")
        results = project.redact_documents([project.document("named")])
        # Only the cues that held the name (not the second), as stored, in seconds.
        assert results[0].recording == "named.wav"
        assert results[0].recording_times == ((65.0, 69.5), (130.25, 132.9))
        project.undo()
    code, said = _run(capsys, "redact", str(path), "named", "unlinked", "--yes")
    assert code == 0
    assert (
        "warning: 'named': its recording named.wav still holds what was replaced (qcode cannot "
        "redact audio): keep it apart from anything shared, or edit it (the replaced words are "
        "spoken at 00:01:05–00:01:09, 00:02:10–00:02:12)"
    ) in said
    assert (
        "warning: 'unlinked': the recording it transcribes still holds what was replaced (qcode "
        "cannot redact audio): keep it apart from anything shared, or edit it (the replaced "
        "words are spoken at 00:01:05–00:01:09, 00:02:10–00:02:12)"
    ) in said
    with Project.open(path) as project:
        assert "Zhang Wei" not in project.text(project.document("named"))
