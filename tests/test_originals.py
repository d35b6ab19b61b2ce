"""The evidentiary copy: every imported file's bytes kept (compressed) with
its SHA-256, written back out byte for byte, shown by ``documents --json``."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.io.documents import read_document
from tests.evidence_files import CRLF_TEXT, Cli, write_crlf_txt, write_docx, write_pdf


def _sources(folder: Path) -> list[Path]:
    folder.mkdir()
    return [
        write_docx(folder / "Interview Ana.docx", ["Interviewer: Hello 😀", "Ana: Café 𠮷."]),
        write_pdf(folder / "Report 2024.pdf", ["Witness: I saw the arrest.", "Page text."]),
        write_crlf_txt(folder / "Witness.txt"),
    ]


def test_originals_come_back_byte_for_byte(tmp_path: Path) -> None:
    sources = _sources(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    with Project.create(tmp_path / "p.qcode", coder="Amina") as project:
        documents = project.import_files(sources)
        for document, source in zip(documents, sources, strict=True):
            written = project.write_original(document, out)
            assert written == out / source.name
            assert written.read_bytes() == source.read_bytes()
            original = project.original(document)
            assert original is not None
            assert original.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
            assert original.size == source.stat().st_size
            assert original.file_name == source.name
            assert original.imported_by == "Amina"
            assert original.kept
    # The CRLF file's text is stored with LF, its original keeps the CRs.
    assert b"\r\n" in (out / "Witness.txt").read_bytes()
    assert "\r" not in CRLF_TEXT.replace("\r\n", "")


def test_a_file_is_read_once_and_its_text_comes_from_those_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file is swapped for another right after qcode read it: the text and
    # the original kept both come from the bytes read, never from a second read.
    import qcode.io.documents as documents_module

    path = write_docx(tmp_path / "a.docx", ["Interviewer: first 😀", "Ana: the true words"])
    first = path.read_bytes()
    read_limited = documents_module.read_limited

    def read_then_swap(file: Path) -> bytes:
        data = read_limited(file)
        write_docx(file, ["Interviewer: second", "Ana: forged words"])
        return data

    monkeypatch.setattr(documents_module, "read_limited", read_then_swap)
    imported = read_document(path)
    assert "the true words" in imported.text and "forged" not in imported.text
    assert imported.original == first != path.read_bytes()


def test_the_bytes_kept_are_the_bytes_converted(tmp_path: Path) -> None:
    # The file is read once: what is kept is what the text came from, even
    # if the file on disk changes while the import converts it.
    source = write_crlf_txt(tmp_path / "w.txt")
    imported = read_document(source)
    assert imported.original == source.read_bytes()
    os.truncate(source, 0)
    with Project.create(tmp_path / "p.qcode") as project:
        (document,) = project.add_documents([imported])
        assert project.original_bytes(document) == CRLF_TEXT.encode("utf-8")


def test_a_conversion_warning_is_kept_with_the_original(tmp_path: Path) -> None:
    source = tmp_path / "damaged.txt"
    source.write_bytes("Un café à Kraków, très bien ".encode() * 20 + b"\xff\xfe broken")
    with Project.create(tmp_path / "p.qcode") as project:
        warnings: list[str] = []
        (document,) = project.import_files([source], warnings=warnings)
        original = project.original(document)
    assert original is not None and original.warnings
    assert warnings == [f"damaged.txt: {line}" for line in original.warnings]


def test_undo_and_redo_of_an_import_keep_the_original(tmp_path: Path) -> None:
    source = write_docx(tmp_path / "a.docx", ["Interviewer: 𠮷 and 😀", "Ana: yes."])
    with Project.create(tmp_path / "p.qcode") as project:
        project.import_files([source])
        project.undo()
        assert project.documents() == [] and project.originals() == {}
    with Project.open(tmp_path / "p.qcode") as project:  # the change set was stored
        project.redo()
        (document,) = project.documents()
        assert project.original_bytes(document) == source.read_bytes()


def test_every_original_of_a_large_import_is_kept_exactly(tmp_path: Path) -> None:
    # Enough files, and one big enough, that the originals are packed and
    # stored in several batches: each must still land on its own document.
    folder = tmp_path / "in"
    folder.mkdir()
    sources = []
    for number in range(150):
        words = f"Interviewer: question {number} 😀\r\nAna: answer {number} 𠮷\n"
        if number == 3:
            words *= 40_000  # about 1.5 MB
        sources.append(folder / f"interview-{number:03d}.txt")
        sources[-1].write_bytes(words.encode("utf-8"))
    with Project.create(tmp_path / "p.qcode") as project:
        documents = project.import_files(sources)
        kept = {d.name: project.original_bytes(d) for d in documents}
        assert kept == {s.stem: s.read_bytes() for s in sources}
        project.undo()
        assert project.originals() == {}
    with Project.open(tmp_path / "p.qcode") as project:
        project.redo()
        kept = {d.name: project.original_bytes(d) for d in project.documents()}
        assert kept == {s.stem: s.read_bytes() for s in sources}
        assert not project.verify().problems
    with Project.create(tmp_path / "hashes.qcode") as project:
        project.set_keep_originals(False)
        documents = project.import_files(sources)
        found = project.originals()
        assert {d.name: found[d.id].sha256 for d in documents} == {
            s.stem: hashlib.sha256(s.read_bytes()).hexdigest() for s in sources
        }
        assert not any(original.kept for original in found.values())


def test_keeping_only_hashes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli = Cli(capsys)
    path = tmp_path / "p.qcode"
    source = write_crlf_txt(tmp_path / "w.txt")
    cli("new", path)
    cli("keep-originals", path, "no")
    cli("import", path, source)
    (listed,) = cli.json("documents", path)
    assert listed["original"]["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert listed["original"]["size"] == len(CRLF_TEXT.encode())
    assert listed["original"]["kept"] is False
    error = cli.error("source", path, "w", tmp_path / "back.txt")
    assert "was not kept" in error and not (tmp_path / "back.txt").exists()
    log = cli.json("log", path)
    assert log[0]["label"] == "keep only the hashes of imported files"
    cli("undo", path)  # only the import
    cli("undo", path)  # the setting is an edit too
    cli("import", path, source)
    assert cli.json("documents", path)[0]["original"]["kept"] is True


def test_documents_json_and_source_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys)
    path = tmp_path / "p.qcode"
    source = write_docx(tmp_path / "Interview Ana.docx", ["Interviewer: Hello", "Ana: 😀 yes"])
    cli("new", path, "--coder", "Amina")
    cli("import", path, source, "--coder", "Amina")
    (listed,) = cli.json("documents", path)
    assert set(listed) >= {"id", "name", "length", "sha256", "source", "importer", "imported_at"}
    original = listed["original"]
    assert original["file_name"] == "Interview Ana.docx"
    assert original["size"] == source.stat().st_size
    assert original["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert original["imported_by"] == "Amina"
    assert original["imported_at"] == listed["imported_at"]
    _out, err = cli("source", path, "Interview Ana", tmp_path / "copy.docx", "--coder", "Bo")
    assert (tmp_path / "copy.docx").read_bytes() == source.read_bytes()
    assert original["sha256"] in err
    # Custody: who wrote the evidence out, and when, is in the log (not an edit).
    last = cli.json("log", path)[-1]
    assert last["state"] == "logged" and last["coder"] == "Bo"
    assert "original of 'Interview Ana'" in last["label"]
    cli("undo", path)  # passes over the logged row: undoes the import
    assert cli.json("documents", path) == []


def test_a_document_from_no_file_has_no_original(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys)
    path = tmp_path / "p.qcode"
    from qcode.io.base import ImportedDocument

    with Project.create(path) as project:
        project.add_documents([ImportedDocument("Survey 1", "An answer.", "survey", "survey")])
    (listed,) = cli.json("documents", path)
    assert listed["original"] is None
    error = cli.error("source", path, "Survey 1", tmp_path / "x.txt")
    assert "not imported from a file" in error


def test_source_refusals_change_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli = Cli(capsys)
    path = tmp_path / "p.qcode"
    cli("new", path)
    cli("import", path, write_crlf_txt(tmp_path / "w.txt"))
    before = path.read_bytes()
    assert "no document 'nope'" in cli.error("source", path, "nope", tmp_path / "x")
    missing = tmp_path / "no such folder" / "x.txt"
    assert "does not exist" in cli.error("source", path, "w", missing)
    assert "the project itself" in cli.error("source", path, "w", path)
    assert path.read_bytes() == before


def test_coders_copies_and_merges(tmp_path: Path) -> None:
    from qcode.core.copies import prepare_coder_copies
    from qcode.core.merge.project import merge_project

    source = write_docx(tmp_path / "Ana.docx", ["Interviewer: Hello 😀", "Ana: Café 𠮷."])
    with Project.create(tmp_path / "lead.qcode", coder="Lead") as lead:
        (document,) = lead.import_files([source])
        lead.edit_text(document, 0, 0, "[Recorded in Kraków] ")
        (copy,) = prepare_coder_copies(lead, ["Bo"])
    with Project.open(copy, coder="Bo") as coder:
        (mine,) = coder.documents()
        original = coder.original(mine)
        # A coder needs the text, not the evidence: no bytes, no past versions.
        assert original is not None and not original.kept
        assert original.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
        assert [v.version for v in coder.text_versions(mine)] == [2]
        assert coder.verify().problems == []
    other_source = write_crlf_txt(tmp_path / "Witness.txt")
    with Project.create(tmp_path / "other.qcode", coder="Li") as other:
        other.import_files([other_source])
    with Project.open(tmp_path / "lead.qcode", coder="Lead") as lead:
        merge_project(lead, tmp_path / "other.qcode", backup=False)
        added = lead.document("Witness")
        assert lead.original_bytes(added) == other_source.read_bytes()
        assert [v.label for v in lead.text_versions(added)] == ["merged from other.qcode"]
        assert lead.verify().problems == []
