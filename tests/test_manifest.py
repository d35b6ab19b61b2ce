"""``--manifest``: beside an export, what it was made from (its own hash,
the sources' originals and text versions, the edit log in brief, qcode's
version), pseudonymised like the export."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from qcode import __version__
from qcode.core.project import Project
from qcode.export.manifest import write_manifest
from tests.evidence_files import Cli, write_crlf_txt, write_docx


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        witness, ana = project.import_files(
            [
                write_crlf_txt(tmp_path / "Witness.txt"),
                write_docx(tmp_path / "Ana Lima.docx", ["Interviewer: Hi 😀", "Ana Lima: 𠮷 yes"]),
            ]
        )
        project.apply_code(witness, "Place", 0, 11, create=True)
        project.apply_code(ana, "Place", 0, 11)
        project.edit_text(witness, 0, 0, "[Recorded in Kraków] ")
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_csv_export_with_a_manifest(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys)
    out = tmp_path / "segments.csv"
    _out, err = cli("export", study, out, "--documents", "Witness", "--manifest")
    manifest = tmp_path / "segments.manifest.json"
    assert f"wrote {manifest}" in err
    values = json.loads(manifest.read_text(encoding="utf-8"))
    assert values["export"] == [
        {"file": "segments.csv", "size": out.stat().st_size, "sha256": _sha(out)}
    ]
    assert values["qcode_version"] == __version__
    assert values["filters"] == "documents: Witness"
    (source,) = values["sources"]
    assert source["name"] == "Witness"
    assert source["original"] == {
        "file_name": "Witness.txt",
        "size": (tmp_path / "Witness.txt").stat().st_size,
        "sha256": _sha(tmp_path / "Witness.txt"),
        "kept": True,
    }
    with Project.open(study, read_only=True) as project:
        witness = project.document("Witness")
        assert source["text"] == {"sha256": witness.sha256, "length": witness.length, "version": 2}
        assert values["project"]["id"] == project.info()["uuid"]
    assert values["edits"]["count"] == 4 and values["edits"]["coders"] == ["Amina"]
    assert values["pseudonymised"] is False


def test_every_kind_of_export_can_have_one(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys)
    for name in ("all.xlsx", "whole.qdpx", "codes.qdc"):
        cli("export", study, tmp_path / name, "--manifest")
        stem = name.split(".")[0]
        values = json.loads((tmp_path / f"{stem}.manifest.json").read_text(encoding="utf-8"))
        assert values["export"][0]["sha256"] == _sha(tmp_path / name)
        assert len(values["sources"]) == (0 if name.endswith(".qdc") else 2)
    folder = tmp_path / "texts"
    folder.mkdir()
    cli("export", study, folder, "--manifest")
    values = json.loads((tmp_path / "texts.manifest.json").read_text(encoding="utf-8"))
    assert sorted(f["file"] for f in values["export"]) == ["Ana Lima.txt", "Witness.txt"]
    for entry in values["export"]:
        assert entry["sha256"] == _sha(folder / entry["file"])
    cli("export", study, tmp_path / "plain.csv")
    assert not (tmp_path / "plain.manifest.json").exists()  # only when asked


def test_a_pseudonymised_manifest_names_no_one(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys)
    cli("pseudonym", study, "Ana Lima", "Respondent 2")
    cli("export", study, tmp_path / "out.csv", "--pseudonymise", "--manifest")
    text = (tmp_path / "out.manifest.json").read_text(encoding="utf-8")
    assert "Ana Lima" not in text and "Respondent 2" in text
    assert json.loads(text)["pseudonymised"] is True


def test_the_function_reports_call(study: Path, tmp_path: Path) -> None:
    # What another export (a report) calls: its own keys added with ``extra``.
    report = tmp_path / "annex.pdf"
    report.write_bytes(b"%PDF-1.4 a report")
    with Project.open(study, read_only=True) as project:
        path = write_manifest(
            project,
            report,
            filters_description="codes: Place",
            documents=[project.document("Ana Lima")],
            extra={"sections": ["quotes"], "left_out": {"no consent to quote": 2}},
        )
    values = json.loads(path.read_text(encoding="utf-8"))
    assert path == tmp_path / "annex.manifest.json"
    assert values["sections"] == ["quotes"] and values["filters"] == "codes: Place"
    assert [s["name"] for s in values["sources"]] == ["Ana Lima"]
