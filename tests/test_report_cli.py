"""``qcode report``: the command writes Word and PDF reports with the
sections asked for (in the report's own order), the filters, a saved query
and a manifest; every mistake is one line naming the problem, with exit
status 1 and no file left behind."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import docx
import pytest

from qcode.cli import main
from qcode.core.project import Project
from tests.report_study import PLANNED, build_study


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.qcode"
    build_study(path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def files(folder: Path) -> list[str]:
    """The files in ``folder`` but SQLite's own (a read leaves -wal and -shm)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


def headings(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs if p.style.name == "Heading 1"]


def quotes(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Quote"]


def test_writes_word_and_pdf(study: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    for name in ("annex.docx", "annex.pdf"):
        status, out, err = run(capsys, "report", study, tmp_path / name)
        assert status == 0, err
        assert out == ""  # messages go to stderr, data to stdout
        assert err.startswith(f"wrote {tmp_path / name}: title, codebook, quotes, memos, charts,")
        assert f"{len(PLANNED)} quotes from 2 documents" in err
        assert (tmp_path / name).read_bytes()[:4] in (b"PK\x03\x04", b"%PDF")


def test_sections_are_written_in_the_report_order(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "r.docx"
    assert run(capsys, "report", study, out, "--sections", "sources, title")[0] == 0
    assert headings(out) == ["About this report", "Sources"]


def test_filters_and_json(study: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "r.docx"
    status, printed, _err = run(
        capsys,
        "report",
        study,
        out,
        "--sections",
        "quotes",
        "--where",
        "role=respondent",
        "--coder",
        "Amina",
        "--coder",
        "Chen",
        "--codes",
        "Detention",
        "--json",
    )
    assert status == 0
    summary = json.loads(printed)
    wanted = [
        p.quote for p in PLANNED if p.document != "Hearing" and p.code.startswith("Detention")
    ]
    assert sorted(quotes(out)) == sorted(wanted)
    assert summary["quotes"] == len(wanted) and summary["documents"] == 1


def test_manifest(study: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "annex.pdf"
    status, _out, err = run(capsys, "report", study, out, "--manifest", "--sections", "quotes")
    assert status == 0
    manifest = json.loads((tmp_path / "annex.manifest.json").read_text(encoding="utf-8"))
    assert f"wrote {tmp_path / 'annex.manifest.json'}" in err
    assert manifest["report"] == "annex.pdf"
    assert manifest["report_sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    with Project.open(study, read_only=True) as project:
        sources = {
            d.name: (d.uuid, hashlib.sha256(project.text(d).encode("utf-8")).hexdigest())
            for d in project.documents()
        }
        edits = len(project.history())
    assert {d["name"]: (d["uuid"], d["sha256"]) for d in manifest["documents"]} == sources
    assert manifest["edits"]["count"] == edits > 0
    assert manifest["sections"] == ["quotes"] and manifest["pseudonymised"] is False


def test_saved_query_limits_the_quotes(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    with Project.open(study) as project:
        if not hasattr(project, "save_query"):
            pytest.skip("this qcode keeps no saved queries")
        project.save_query("names", '"Names"')
    out = tmp_path / "r.docx"
    status, _out, err = run(capsys, "report", study, out, "--query", "names")
    assert status == 0, err
    # Only codings lying wholly inside a passage coded Names: that coding itself.
    assert quotes(out) == ["张伟 was my name 😀."]
    document = docx.Document(str(out))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert any("saved query 'names'" in cell for cell in cells)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["out.odt"], "out.odt: a report is written as .docx (Word) or .pdf (got '.odt')"),
        (["out"], "out: a report is written as .docx (Word) or .pdf (got 'no suffix')"),
        (["missing/out.docx"], "out.docx: folder "),
        (["out.docx", "--sections", "quotes,bogus"], "unknown section(s) bogus: use title,"),
        (["out.docx", "--sections", " , "], "--sections: name at least one of title,"),
        (
            ["out.docx", "--sections", "framework"],
            "section 'framework': the project has no framework summaries yet",
        ),
        (["out.docx", "--codes", "Nope"], "no code 'Nope'"),
        (["out.docx", "--coder", "Nobody"], "Nobody"),
        (["out.docx", "--where", "colour=red"], "no attribute 'colour'"),
        (["out.docx", "--where", "novalue"], "novalue"),
        (["out.docx", "--query", "nope"], "nope"),
    ],
)
def test_mistakes_are_one_line_and_leave_nothing(
    study: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture,
    arguments: list[str],
    message: str,
) -> None:
    before = files(tmp_path)
    target = [str(tmp_path / arguments[0]), *arguments[1:]]
    status, out, err = run(capsys, "report", study, *target)
    assert status == 1
    assert out == ""
    assert err.startswith("qcode: error: ") and err.count("\n") == 1
    assert message in err
    assert files(tmp_path) == before


def test_pseudonymise_needs_a_table(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    empty = tmp_path / "empty.qcode"
    Project.create(empty, coder="A").close()
    status, _out, err = run(capsys, "report", empty, tmp_path / "r.docx", "--pseudonymise")
    assert status == 1 and "no pseudonyms" in err
    assert not (tmp_path / "r.docx").exists()


def test_help_names_every_option(capsys: pytest.CaptureFixture) -> None:
    status, out, _err = run(capsys, "report", "--help")
    assert status == 0
    for option in ("--codes", "--documents", "--where", "--coder", "--query", "--sections"):
        assert option in out
    assert "--pseudonymise" in out and "--manifest" in out
