"""Recordings linked to transcripts, used as a researcher would: import a
subtitle file with its recording beside it and find the recording linked;
link one by hand and check its hash (computed here independently); move the
project's recording and have it found again; change its bytes or lose it
and have `qcode verify` say so; ask when a coded passage is spoken, with
𠮷 and 😀 before it; read it in `qcode segments --json`, the workbook and
the report; and be refused in one line, with the project unchanged, for
anything that is not a recording."""

from __future__ import annotations

import hashlib
import json
import math
import shutil
import struct
import wave
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.timestamps import timed_turns

# Cue texts put characters outside the Basic Multilingual Plane before the
# words coded, so a position counted in UTF-16 units would land in the wrong cue.
VTT = (
    "WEBVTT\n\n"
    "00:00:00.000 --> 00:00:00.800\n<v Liu>𠮷𠮷 They came 😀 at night.\n\n"
    "00:00:01.000 --> 00:00:01.700\n<v Wang>😀😀😀 Nobody told us.\n\n"
    "00:00:02.000 --> 00:00:02.900\n<v Liu>They took my phone.\n"
)


def write_wav(path: Path, seconds: float = 3.0, tone: float = 440.0) -> bytes:
    """A mono 8 kHz WAV of a sine tone; returns its bytes."""
    rate = 8000
    frames = b"".join(
        struct.pack("<h", int(9000 * math.sin(2 * math.pi * tone * i / rate)))
        for i in range(int(rate * seconds))
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    return path.read_bytes()


@pytest.fixture
def timed(tmp_path: Path) -> tuple[Project, bytes]:
    """A project with one subtitle transcript whose recording was beside it."""
    folder = tmp_path / "study"
    folder.mkdir()
    (folder / "night.vtt").write_text(VTT, encoding="utf-8")
    data = write_wav(folder / "night.wav")
    project = Project.create(folder / "study.qcode", coder="Amina")
    project.import_files([folder / "night.vtt"])
    return project, data


def test_importing_subtitles_links_the_recording_beside_them(timed: tuple[Project, bytes]) -> None:
    project, data = timed
    document = project.document("night")
    link = project.media(document)
    assert link is not None
    assert link.path == "night.wav"  # relative: the project and recording move together
    assert link.size == len(data)
    assert link.sha256 == hashlib.sha256(data).hexdigest()
    assert link.kind == "audio"
    assert link.duration == pytest.approx(3.0)
    # Undoing the import removes the link with the document.
    project.undo()
    assert project.all_media() == []
    project.close()


def test_linking_by_hand_is_one_undoable_edit(tmp_path: Path, project: Project) -> None:
    (document,) = project.import_files([_text(tmp_path, "a.txt", "Liu: we met.\n")])
    elsewhere = tmp_path / "recordings"
    elsewhere.mkdir()
    data = write_wav(elsewhere / "a.wav", seconds=1.0)
    link = project.link_media(document, elsewhere / "a.wav")
    assert link.sha256 == hashlib.sha256(data).hexdigest()
    assert link.linked_by == "Amina"
    assert project.undo_label() == "link the recording a.wav to 'a'"
    project.undo()
    assert project.media(document) is None
    project.redo()
    assert project.find_media(document) is not None
    project.unlink_media(document)
    assert project.media(document) is None
    assert (elsewhere / "a.wav").read_bytes() == data  # the file itself is never touched


def test_a_moved_recording_is_found_again_by_name_and_hash(
    tmp_path: Path, timed: tuple[Project, bytes]
) -> None:
    project, data = timed
    document = project.document("night")
    folder = project.path.parent
    (folder / "media").mkdir()
    shutil.move(folder / "night.wav", folder / "media" / "night.wav")
    found = project.find_media(document)
    assert found is not None and found.state == "moved"
    assert found.path == folder / "media" / "night.wav"
    # A file of the same name with other bytes is another recording.
    (folder / "media" / "night.wav").write_bytes(data[:-2] + b"\x00\x01")
    found = project.find_media(document)
    assert found is not None and found.state == "missing"
    project.close()


def test_verify_reports_a_recording_missing_or_changed(
    tmp_path: Path, timed: tuple[Project, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    project, data = timed
    path = project.path
    project.close()
    recording = path.parent / "night.wav"
    assert main(["verify", str(path)]) == 0
    assert "1 linked recording" in capsys.readouterr().err
    # Same size, one byte different: only the hash can tell.
    recording.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    assert main(["verify", str(path)]) == 1
    said = capsys.readouterr().err
    assert "mismatch: 'night': its recording night.wav is not the file that was linked" in said
    recording.unlink()
    assert main(["verify", str(path), "--json"]) == 1
    (problem,) = json.loads(capsys.readouterr().out)
    assert problem["what"] == "media" and "missing" in problem["problem"]


def test_the_time_of_a_coding_comes_from_its_cues(timed: tuple[Project, bytes]) -> None:
    project, _data = timed
    document = project.document("night")
    text = project.text(document)
    # Spans found by code points, as qcode stores them.
    first = text.index("They came")
    second = text.index("Nobody told")
    third = text.index("my phone")
    inside = project.apply_code(document, "Raids", first, first + 9, create=True)
    across = project.apply_code(document, "Silence", second, third + 8, create=True)
    newline = text.index("\n")
    between = project.apply_code(document, "Gap", newline, newline + 1, create=True)
    assert inside and across and between
    times = project.passage_times([inside, across, between])
    assert times[inside.id] == (0.0, 0.8)
    assert times[across.id] == (1.0, 2.9)  # from its first cue's start to its last cue's end
    assert times[between.id] == (None, None)  # only the line break between two cues
    project.close()


def test_segments_json_gains_times_and_keeps_its_fields(
    tmp_path: Path, timed: tuple[Project, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    project, _data = timed
    document = project.document("night")
    text = project.text(document)
    start = text.index("Nobody")
    project.apply_code(document, "Silence", start, start + 6, create=True)
    (untimed,) = project.import_files([_text(tmp_path, "notes.txt", "Liu: 𠮷 no times here.\n")])
    project.apply_code(untimed, "Silence", 5, 10)
    path = project.path
    project.close()
    assert main(["segments", str(path), "--json"]) == 0
    rows = {row["document"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["night"]["text"] == "Nobody"
    assert (rows["night"]["time_start"], rows["night"]["time_end"]) == (1.0, 1.7)
    assert rows["notes"]["time_start"] is None and rows["notes"]["time_end"] is None
    assert {"document", "code", "start", "end", "text", "coder"} <= set(rows["notes"])


def test_the_workbook_and_the_report_cite_the_time(
    tmp_path: Path, timed: tuple[Project, bytes]
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    docx = pytest.importorskip("docx")
    project, _data = timed
    document = project.document("night")
    text = project.text(document)
    start = text.index("They took")
    project.apply_code(document, "Phones", start, start + 9, create=True)
    path = project.path
    project.close()
    assert main(["export", str(path), str(tmp_path / "out.xlsx")]) == 0
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx")["Segments"]
    header, row = list(sheet.iter_rows(values_only=True))
    assert row[header.index("Time in recording")] == "00:00:02"
    assert main(["report", str(path), str(tmp_path / "out.docx")]) == 0
    paragraphs = [p.text for p in docx.Document(tmp_path / "out.docx").paragraphs]
    assert any("00:00:02" in line and "night" in line for line in paragraphs)


def test_typed_time_marks_make_cues() -> None:
    text = "[00:00:01] Liu: 𠮷 we met\n\n[00:01:02.5] Wang: 😀 no\n"
    first, second = timed_turns(text, duration=90.0)
    assert (first.speaker, first.time_start, first.time_end) == ("Liu", 1.0, 62.5)
    assert text[first.start : first.end] == "[00:00:01] Liu: 𠮷 we met"
    assert (second.speaker, second.time_start, second.time_end) == ("Wang", 62.5, 90.0)
    assert timed_turns("no marks at all") == []


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("notes.txt", b"hello", "'.txt' is not a recording qcode links"),
        ("missing.wav", None, "missing.wav: file not found"),
        ("empty.mp3", b"", "empty.mp3: the file is empty"),
    ],
)
def test_bad_recordings_are_refused_in_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    problem: str,
) -> None:
    path = tmp_path / "p.qcode"
    with Project.create(path, coder="Amina") as project:
        project.import_files([_text(tmp_path, "a.txt", "Liu: we met.\n")])
        before = project.conn.execute("SELECT count(*) FROM history").fetchone()
    if content is not None:
        (tmp_path / name).write_bytes(content)
    assert main(["media", str(path), "a", str(tmp_path / name)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("qcode: error: ") and problem in err and err.count("\n") == 1
    with Project.open(path) as project:
        assert project.all_media() == []
        assert project.conn.execute("SELECT count(*) FROM history").fetchone() == before


def test_a_fifo_named_like_a_recording_is_refused_without_blocking(
    tmp_path: Path, project: Project
) -> None:
    import os

    (document,) = project.import_files([_text(tmp_path, "a.txt", "Liu: we met.\n")])
    os.mkfifo(tmp_path / "pipe.wav")
    with pytest.raises(QcodeError, match=r"pipe\.wav: is a named pipe"):
        project.link_media(document, tmp_path / "pipe.wav")
    assert project.media(document) is None


def test_the_media_command_lists_links_and_warns_encrypted_projects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sqlcipher3")
    monkeypatch.setenv("QCODE_PASSPHRASE", "correct horse battery")
    path = tmp_path / "secret.qcode"
    assert main(["new", str(path), "--encrypt"]) == 0
    assert main(["import", str(path), str(_text(tmp_path, "a.txt", "Liu: we met.\n"))]) == 0
    write_wav(tmp_path / "a.wav", seconds=1.0)
    capsys.readouterr()
    assert main(["media", str(path), "a", str(tmp_path / "a.wav")]) == 0
    said = capsys.readouterr()
    assert (said.out + said.err).count("recordings are not") == 1
    assert main(["media", str(path), "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["document"], listed["path"], listed["state"]) == ("a", "a.wav", "here")


def test_deleting_a_document_removes_its_link_and_undo_restores_it(
    timed: tuple[Project, bytes],
) -> None:
    project, _data = timed
    document = project.document("night")
    project.delete_documents([document])
    assert project.all_media() == []
    project.undo()
    assert [link.file_name for link in project.all_media()] == ["night.wav"]
    project.close()


def _text(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
