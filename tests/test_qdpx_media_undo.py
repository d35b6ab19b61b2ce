"""Undoing a REFI-QDA import takes away the recordings it wrote out; redo
brings them back, or refuses.

An import writes the recordings inside a ``.qdpx`` into ``<project>.media/``.
Undoing it used to leave them there: recordings of informants' voices that
nothing in the project pointed to any more.  Now undo removes each file the
import wrote, if it still holds the bytes written (else it is the
researcher's, and stays), and never a file that was there before; redo
writes it again from the ``.qdpx`` and checks its bytes.  When the ``.qdpx``
is gone, holds other bytes, or another file took the name, redo is refused
in one line and changes nothing, on disk either.  Bytes are compared with
the recording written by the test itself, hashes computed here.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.project import Project
from qcode.core.qdpx_import import import_qdpx
from qcode.errors import QcodeError
from qcode.export.qdpx import export_qdpx
from tests.test_media import write_wav
from tests.test_qdpx_media import VTT


def _exported(folder: Path, name: str, tone: float) -> tuple[Path, bytes]:
    """A .qdpx of a transcript with its recording inside; returns it and the recording."""
    source = folder / f"source-{name}"
    source.mkdir()
    (source / "night.vtt").write_text(VTT, encoding="utf-8")
    data = write_wav(source / "night.wav", tone=tone)
    with Project.create(source / "study.qcode", coder="Amina") as project:
        project.import_files([source / "night.vtt"])
        night = project.document("night")
        project.apply_code(night, "Arrest", 10, 18, create=True)
        export_qdpx(project, folder / name, include_media=True)
    shutil.rmtree(source)  # only the .qdpx is left: the one place the recording is
    return folder / name, data


@pytest.fixture
def qdpx(tmp_path: Path) -> tuple[Path, bytes]:
    return _exported(tmp_path, "interviews.qdpx", 440.0)


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    (tmp_path / "team").mkdir()
    with Project.create(tmp_path / "team" / "copy.qcode", coder="Bo"):
        pass
    return tmp_path / "team" / "copy.qcode"


def _files(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (but the project's own), with its SHA-256."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith("copy.qcode")
    }


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _state(project: Project) -> tuple[object, ...]:
    documents = [(d.name, project.text(d)) for d in project.documents()]
    links = [(m.document_id, m.path, m.sha256) for m in project.all_media()]
    return documents, links, len(project.codings())


def test_undo_removes_the_recording_the_import_wrote_and_redo_writes_it_again(
    qdpx: tuple[Path, bytes], copy: Path
) -> None:
    path, data = qdpx
    folder = copy.parent
    with Project.open(copy) as project:
        import_qdpx(project, path)
        imported = _state(project)
        assert _files(folder) == {"copy.media/night.wav": _sha(data)}
        assert project.undo() == "import interviews.qdpx"
        assert _state(project) == ([], [], 0)
        assert _files(folder) == {}
        assert not (folder / "copy.media").exists()  # the folder the import made, now empty
        assert project.redo() == "import interviews.qdpx"
        assert _state(project) == imported
        assert _files(folder) == {"copy.media/night.wav": _sha(data)}
        check = project.find_media(project.document("night"), hash_check=True)
        assert check is not None and check.state == "here"
        # And again: the second undo and redo are the same as the first.
        project.undo()
        assert _files(folder) == {}
        project.redo()
        assert _files(folder) == {"copy.media/night.wav": _sha(data)}


def test_a_recording_changed_since_the_import_is_kept_and_redo_refuses(
    qdpx: tuple[Path, bytes], copy: Path
) -> None:
    path, _ = qdpx
    written = copy.parent / "copy.media" / "night.wav"
    with Project.open(copy) as project:
        import_qdpx(project, path)
        edited = write_wav(written, seconds=1.0, tone=300.0)  # cut in an audio editor
        project.undo()
        assert written.read_bytes() == edited  # the researcher's file now: kept
        with pytest.raises(QcodeError) as refused:
            project.redo()
        assert str(refused.value) == (
            f"cannot redo 'import interviews.qdpx': {written} is now another file; "
            "move it away to write the recording there again"
        )
        assert _state(project) == ([], [], 0)
        assert written.read_bytes() == edited
        assert project.redo_label() == "import interviews.qdpx"


def test_redo_refuses_when_the_qdpx_is_gone_and_works_once_it_is_back(
    qdpx: tuple[Path, bytes], copy: Path, tmp_path: Path
) -> None:
    path, data = qdpx
    folder = copy.parent
    with Project.open(copy) as project:
        import_qdpx(project, path)
        imported = _state(project)
        project.undo()
        path.rename(tmp_path / "elsewhere.qdpx")
        with pytest.raises(QcodeError) as refused:
            project.redo()
        assert str(refused.value) == (
            "cannot redo 'import interviews.qdpx': the recording night.wav was written out of "
            f"{path}, which is no longer there"
        )
        assert _state(project) == ([], [], 0)
        assert _files(folder) == {}
        (tmp_path / "elsewhere.qdpx").rename(path)
        project.redo()
        assert _state(project) == imported
        assert _files(folder) == {"copy.media/night.wav": _sha(data)}


def test_redo_refuses_when_the_qdpx_now_holds_another_recording(
    qdpx: tuple[Path, bytes], copy: Path, tmp_path: Path
) -> None:
    path, _ = qdpx
    with Project.open(copy) as project:
        import_qdpx(project, path)
        project.undo()
        other, _ = _exported(tmp_path, "other.qdpx", 220.0)  # same transcript, other sound
        other.replace(path)
        with pytest.raises(QcodeError) as refused:
            project.redo()
        assert str(refused.value) == (
            f"cannot redo 'import interviews.qdpx': {path} no longer holds the recording "
            "night.wav that the import wrote out"
        )
        assert _state(project) == ([], [], 0)
        assert _files(copy.parent) == {}  # the file written to check it is gone again


def test_undo_never_removes_what_was_in_the_media_folder_before(
    qdpx: tuple[Path, bytes], copy: Path
) -> None:
    path, data = qdpx
    media = copy.parent / "copy.media"
    media.mkdir()
    same = media / "night.wav"
    same.write_bytes(data)  # the same recording, already there: reused, not written
    notes = media / "notes.txt"
    notes.write_text("who was recorded when", encoding="utf-8")
    with Project.open(copy) as project:
        import_qdpx(project, path)
        link = project.media(project.document("night"))
        assert link is not None and link.path == "copy.media/night.wav"
        project.undo()
        assert _files(copy.parent) == {
            "copy.media/night.wav": _sha(data),
            "copy.media/notes.txt": _sha(notes.read_bytes()),
        }
        project.redo()
        assert project.media(project.document("night")) == link


def test_undoing_the_import_in_a_backup_leaves_the_originals_recording(
    qdpx: tuple[Path, bytes], copy: Path
) -> None:
    """A backup beside the project holds the same history: undoing the import
    there must not take the recording the project itself still links."""
    path, data = qdpx
    backup = copy.with_name("copy-before-merge.qcode")
    with Project.open(copy) as project:
        import_qdpx(project, path)
        project.backup_to(backup)
    with Project.open(backup) as restored:
        assert restored.undo() == "import interviews.qdpx"
    assert (copy.parent / "copy.media" / "night.wav").read_bytes() == data
    with Project.open(copy) as project:
        check = project.find_media(project.document("night"), hash_check=True)
        assert check is not None and check.state == "here"


def test_undo_and_redo_from_the_command_line(
    qdpx: tuple[Path, bytes], copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, data = qdpx

    def segments() -> list[object]:
        assert main(["segments", str(copy), "--json"]) == 0
        return list(json.loads(capsys.readouterr().out))

    assert main(["import", str(copy), str(path)]) == 0
    capsys.readouterr()
    imported = segments()
    assert imported and _files(copy.parent) == {"copy.media/night.wav": _sha(data)}
    assert main(["undo", str(copy)]) == 0
    assert segments() == [] and _files(copy.parent) == {}
    path.rename(path.with_suffix(".moved"))
    assert main(["redo", str(copy)]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == (
        "",
        "qcode: error: cannot redo 'import interviews.qdpx': the recording night.wav was "
        f"written out of {path}, which is no longer there\n",
    )
    assert segments() == [] and _files(copy.parent) == {}
    path.with_suffix(".moved").rename(path)
    assert main(["redo", str(copy)]) == 0
    capsys.readouterr()
    assert segments() == imported
    assert _files(copy.parent) == {"copy.media/night.wav": _sha(data)}
