"""Recordings in REFI-QDA files, as a researcher moves a transcribed
interview between tools: exported as an AudioSource whose Transcript has
the cues as sync points and the codings as transcript selections (valid
against the schema); the recording inside the file only when asked; read
back into a timed document with the recording linked (its bytes hashed
here independently), the codings where they were; and nothing left on disk
when an import is refused."""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.project import Project
from qcode.core.qdpx_import import import_qdpx
from qcode.errors import QcodeError
from qcode.export.qdpx import export_qdpx
from tests.conftest import shared_path
from tests.test_media import write_wav

NS = "{urn:QDA-XML:project:1.0}"
# 𠮷 and 😀 before the coded words: positions are code points, never UTF-16 units.
VTT = (
    "WEBVTT\n\n"
    "00:00:00.000 --> 00:00:00.800\n<v Liu>𠮷𠮷 They came 😀 at night.\n\n"
    "00:00:01.000 --> 00:00:01.700\n<v Wang>😀😀😀 Nobody told us.\n\n"
    "00:00:02.250 --> 00:00:02.900\n<v Liu>They took my phone.\n"
)
LINES = [
    "Liu: 𠮷𠮷 They came 😀 at night.",
    "Wang: 😀😀😀 Nobody told us.",
    "Liu: They took my phone.",
]
TEXT = "\n".join(LINES)
TIMES = [(0.0, 0.8), (1.0, 1.7), (2.25, 2.9)]


def _cue_spans() -> list[tuple[int, int]]:
    spans, at = [], 0
    for line in LINES:
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


@pytest.fixture
def study(tmp_path: Path) -> tuple[Path, bytes]:
    """A project with a subtitle transcript, its recording linked, two codings."""
    folder = tmp_path / "study"
    folder.mkdir()
    (folder / "night.vtt").write_text(VTT, encoding="utf-8")
    data = write_wav(folder / "night.wav")
    with Project.create(folder / "study.qcode", coder="Amina") as project:
        project.import_files([folder / "night.vtt"])
        night = project.document("night")
        assert project.text(night) == TEXT
        came = TEXT.index("came 😀")
        project.apply_code(night, "Arrest", came, came + len("came 😀"), create=True)
        told = TEXT.index("told us")
        project.apply_code(night, "Silence", told, told + len("told us"), create=True)
    return folder / "study.qcode", data


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_a_linked_recording_is_an_audio_source_with_its_transcript(
    study: tuple[Path, bytes], tmp_path: Path
) -> None:
    xmlschema = pytest.importorskip("xmlschema")
    path, _data = study
    out = tmp_path / "out.qdpx"
    with Project.open(path) as project:
        night = project.document("night")
        summary = export_qdpx(project, out)
    entries = _entries(out)
    schema = shared_path("refi-qda", "Project-mrt2019.xsd")
    xmlschema.XMLSchema(str(schema)).validate(entries["project.qde"].decode("utf-8"))
    root = ET.fromstring(entries["project.qde"])
    assert root.find(f".//{NS}TextSource") is None
    (audio,) = root.iter(f"{NS}AudioSource")
    # By reference: where the file is on this disk, and not inside the file.
    assert audio.get("path") == "absolute://" + (path.parent / "night.wav").as_posix()
    assert not any(name.endswith(".wav") for name in entries)
    assert summary.recordings == ["1 recording referenced by their path, not inside the file"]
    (transcript,) = audio.findall(f"{NS}Transcript")
    assert transcript.get("guid") == night.uuid
    assert entries[f"sources/{night.uuid}.txt"] == TEXT.encode("utf-8")
    points = {
        point.get("guid"): (int(point.get("position", "")), point.get("timeStamp"))
        for point in transcript.iter(f"{NS}SyncPoint")
    }
    timed = sorted((at, int(ms)) for at, ms in points.values() if ms is not None)
    expected = []
    for (start, end), (began, ended) in zip(_cue_spans(), TIMES, strict=True):
        expected += [(start, round(began * 1000)), (end, round(ended * 1000))]
    assert timed == expected
    selections = {}
    for selection in transcript.iter(f"{NS}TranscriptSelection"):
        start = points[selection.get("fromSyncPoint")][0]
        end = points[selection.get("toSyncPoint")][0]
        selections[TEXT[start:end]] = selection.find(f"{NS}Coding/{NS}CodeRef") is not None
    assert selections == {"came 😀": True, "told us": True}


def test_the_recording_goes_inside_only_when_asked(
    study: tuple[Path, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, data = study
    out = tmp_path / "whole.qdpx"
    assert main(["export", str(path), str(out), "--include-media"]) == 0
    printed = capsys.readouterr().err
    assert "recordings: 1 recording inside the file" in printed
    entries = _entries(out)
    root = ET.fromstring(entries["project.qde"])
    (audio,) = root.iter(f"{NS}AudioSource")
    reference = audio.get("path", "")
    assert reference.startswith("internal://") and reference.endswith(".wav")
    assert entries["sources/" + reference.removeprefix("internal://")] == data
    # --include-media means nothing to other exports: said in one line.
    assert main(["export", str(path), str(tmp_path / "x.xlsx"), "--include-media"]) == 1
    assert capsys.readouterr().err.strip() == (
        "qcode: error: x.xlsx: --include-media applies to a .qdpx export only"
    )


def _import(qdpx: Path, folder: Path) -> tuple[Path, list[str]]:
    folder.mkdir()
    target = folder / "copy.qcode"
    with Project.create(target, coder="Bo") as project:
        report = import_qdpx(project, qdpx)
    return target, [*report.changed, *report.warnings]


def _state(path: Path) -> tuple[str, list[tuple[float | None, float | None]], list[tuple]]:
    with Project.open(path) as project:
        night = project.document("night")
        cues = [(cue.time_start, cue.time_end) for cue in project.timeline(night).cues]
        codings = project.codings(document=night)
        times = project.passage_times(codings)
        book = project.codebook()
        coded = sorted((book.path(c.code_id), c.start, c.end, times[c.id]) for c in codings)
        return project.text(night), cues, coded


@pytest.mark.parametrize("inside", [True, False], ids=["inside", "by-reference"])
def test_a_round_trip_gives_the_same_text_times_codings_and_recording(
    study: tuple[Path, bytes], tmp_path: Path, inside: bool
) -> None:
    path, data = study
    out = tmp_path / "out.qdpx"
    with Project.open(path) as project:
        export_qdpx(project, out, include_media=inside)
    copy, lines = _import(out, tmp_path / "elsewhere")
    text, cues, coded = _state(copy)
    assert (text, cues, coded) == _state(path)
    assert cues == TIMES
    assert [times for *_, times in coded] == [(0.0, 0.8), (1.0, 1.7)]
    with Project.open(copy) as project:
        night = project.document("night")
        link = project.media(night)
        assert link is not None
        assert link.sha256 == hashlib.sha256(data).hexdigest()
        check = project.find_media(night, hash_check=True)
        assert check is not None and check.state == "here"
        if inside:  # written out beside the copy, linked relative to it
            assert link.path == "copy.media/night.wav"
            assert (copy.parent / "copy.media" / "night.wav").read_bytes() == data
            assert any("written out of the file" in line for line in lines)
        else:  # the recording where it is
            assert Path(link.path) == path.parent / "night.wav"
            assert not (copy.parent / "copy.media").exists()


def test_a_recording_not_found_is_said_and_the_transcript_still_comes(
    study: tuple[Path, bytes], tmp_path: Path
) -> None:
    path, _data = study
    out = tmp_path / "out.qdpx"
    with Project.open(path) as project:
        export_qdpx(project, out)
    (path.parent / "night.wav").unlink()
    copy, lines = _import(out, tmp_path / "elsewhere")
    with Project.open(copy) as project:
        night = project.document("night")
        assert project.media(night) is None
        assert [cue.time_start for cue in project.timeline(night).cues] == [0.0, 1.0, 2.25]
    assert any(
        "'night': its recording (absolute://" in line and "was not found on this computer" in line
        for line in lines
    )


def test_a_file_of_the_same_name_beside_the_project_is_never_overwritten(
    study: tuple[Path, bytes], tmp_path: Path
) -> None:
    path, data = study
    out = tmp_path / "out.qdpx"
    with Project.open(path) as project:
        export_qdpx(project, out, include_media=True)
    folder = tmp_path / "elsewhere"
    (folder / "copy.media").mkdir(parents=True)
    other = write_wav(folder / "copy.media" / "night.wav", tone=220.0)
    target = folder / "copy.qcode"
    with Project.create(target, coder="Bo") as project:
        import_qdpx(project, out)
        link = project.media(project.document("night"))
    assert (folder / "copy.media" / "night.wav").read_bytes() == other
    assert link is not None and link.path == "copy.media/night (2).wav"
    assert (folder / "copy.media" / "night (2).wav").read_bytes() == data


def test_a_refused_import_leaves_no_recording_on_disk(
    study: tuple[Path, bytes], tmp_path: Path
) -> None:
    path, _data = study
    whole = tmp_path / "whole.qdpx"
    with Project.open(path) as project:
        export_qdpx(project, whole, include_media=True)
    entries = _entries(whole)
    # The file breaks after its sources: the recording has been written out by then.
    qde = entries["project.qde"].decode("utf-8")
    entries["project.qde"] = qde.replace("</Sources>", "</Sources><Notes><Note", 1).encode()
    broken = tmp_path / "broken.qdpx"
    with zipfile.ZipFile(broken, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    with Project.create(folder / "copy.qcode", coder="Bo") as project:
        with pytest.raises(QcodeError, match="not well formed"):
            import_qdpx(project, broken)
        assert project.documents() == []
    media = folder / "copy.media"
    assert not media.exists() or list(media.iterdir()) == []


def test_a_pseudonymised_copy_carries_no_recording(
    study: tuple[Path, bytes], tmp_path: Path
) -> None:
    from qcode.core.pseudonymise import Pseudonymiser

    path, _data = study
    out = tmp_path / "pseudo.qdpx"
    with Project.open(path) as project:
        project.set_pseudonym("Wang", "P2")
        pseudonymiser = Pseudonymiser.of(project)
        summary = export_qdpx(project, out, pseudonymiser=pseudonymiser, include_media=True)
    entries = _entries(out)
    root = ET.fromstring(entries["project.qde"])
    assert root.find(f".//{NS}AudioSource") is None
    assert root.find(f".//{NS}TextSource") is not None
    assert not any(name.endswith(".wav") for name in entries)
    assert b"night.wav" not in entries["project.qde"]
    assert any("1 recordings (a voice identifies" in line for line in summary.not_exported)


def test_a_recording_with_passages_left_out_for_consent_stays_outside(
    study: tuple[Path, bytes], tmp_path: Path
) -> None:
    path, _data = study
    out = tmp_path / "out.qdpx"
    with Project.open(path) as project:
        project.set_participant("Wang", speaker="Wang", quote="no")
        summary = export_qdpx(project, out, include_media=True)
    entries = _entries(out)
    assert not any(name.endswith(".wav") for name in entries)  # it holds Wang's words
    root = ET.fromstring(entries["project.qde"])
    (audio,) = root.iter(f"{NS}AudioSource")
    assert audio.get("path", "").startswith("absolute://")
    assert summary.recordings == [
        "1 recording referenced by their path, not inside the file",
        "not put inside, only referenced: the recordings of 'night' "
        "(they hold passages left out for consent)",
    ]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("internal://../../escape.wav", "outside the archive"),
        ("internal://missing.wav", "its recording sources/missing.wav is missing from the file"),
        ("absolute:///dev/zero", "was not found on this computer"),
    ],
)
def test_a_hostile_media_path_writes_and_links_nothing(
    study: tuple[Path, bytes], tmp_path: Path, path: str, message: str
) -> None:
    source, _data = study
    out = tmp_path / "out.qdpx"
    with Project.open(source) as project:
        export_qdpx(project, out)
    entries = _entries(out)
    qde = entries["project.qde"].decode("utf-8")
    reference = ET.fromstring(qde).find(f".//{NS}AudioSource")
    assert reference is not None
    entries["project.qde"] = qde.replace(
        f'path="{reference.get("path")}"', f'path="{path}"'
    ).encode()
    hostile = tmp_path / "hostile.qdpx"
    with zipfile.ZipFile(hostile, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    with Project.create(folder / "copy.qcode", coder="Bo") as project:
        try:
            report = import_qdpx(project, hostile)
        except QcodeError as error:
            assert message in str(error)
            assert project.documents() == []
        else:
            assert any(message in line for line in report.warnings)
            assert project.all_media() == []
    assert sorted(p.name for p in folder.iterdir()) == ["copy.qcode"]
    assert not (tmp_path / "escape.wav").exists()


def test_an_encrypted_project_says_its_imported_recording_is_not_encrypted(
    study: tuple[Path, bytes],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("sqlcipher3")
    source, data = study
    out = tmp_path / "whole.qdpx"
    with Project.open(source) as project:
        export_qdpx(project, out, include_media=True)
    monkeypatch.setenv("QCODE_PASSPHRASE", "correct horse battery")
    secret = tmp_path / "secret.qcode"
    assert main(["new", str(secret), "--encrypt"]) == 0
    capsys.readouterr()
    assert main(["import", str(secret), str(out)]) == 0
    said = capsys.readouterr().err
    assert (
        f"its recording written out of the file to {tmp_path / 'secret.media' / 'night.wav'}"
        in said
    )
    assert "warning: the project is encrypted but its recordings are not" in said
    assert (tmp_path / "secret.media" / "night.wav").read_bytes() == data


def test_a_redacted_transcripts_recording_stays_outside(
    study: tuple[Path, bytes], tmp_path: Path
) -> None:
    # Redaction rewrites the text, never the voice: the recording still says "Wang".
    path, _data = study
    out = tmp_path / "out.qdpx"
    with Project.open(path) as project:
        project.set_pseudonym("Wang", "P2")
        project.redact_documents([project.document("night")])
        assert "Wang" not in project.text(project.document("night"))
        summary = export_qdpx(project, out, include_media=True)
    entries = _entries(out)
    assert not any(name.endswith(".wav") for name in entries)
    (audio,) = ET.fromstring(entries["project.qde"]).iter(f"{NS}AudioSource")
    assert audio.get("path", "").startswith("absolute://")
    assert summary.recordings == [
        "1 recording referenced by their path, not inside the file",
        "not put inside, only referenced: the recordings of 'night' "
        "(their text was redacted, and they still say what was replaced)",
    ]
