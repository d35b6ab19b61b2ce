"""Exports honour the consent register: no passage of a participant who did
not consent to being quoted is in any exported file (every part of every zip
searched, a PDF's text extracted), each export says how many passages it
left out and why, and ``--ignore-consent`` (the project's own backups) puts
them back and says so."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from qcode.core.project import Project
from qcode.io.base import ImportedDocument, SpeakerTurn
from qcode.model import Member
from tests.evidence_files import Cli

# Dara did not consent: the whole interview with her is hers.
DARA = "Interviewer: What happened?\nDara: The soldiers burned the granary near Velmora bridge."
# Bela did not consent; Carla did: they share the group interview.
GROUP = (
    "Moderator: Who saw it?\n"
    "Bela: I watched them seal the Korvath gate at midnight.\n"
    "Carla: We heard sirens across the valley.\n"
    "Bela: My brother hid inside the Osterlund mill."
)
SECRETS = ("granary near Velmora", "Korvath gate", "Osterlund mill")
ALLOWED = "sirens across the valley"


def _add(project: Project, name: str, text: str) -> None:
    turns, start = [], 0
    for line in text.split("\n"):  # each line one speaker's turn
        turns.append(SpeakerTurn(line.split(":")[0], start, start + len(line), None, None))
        start += len(line) + 1
    project.add_documents([ImportedDocument(name, text, f"{name}.txt", "text", turns)])


def _code(project: Project, name: str, text: str, passage: str, memo: str | None = None) -> int:
    document = project.document(name)
    start = text.index(passage)
    project.apply_code(document, "Events", start, start + len(passage), create=True, memo=memo)
    found = [c for c in project.codings(document=document) if c.start == start]
    return found[0].id


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        _add(project, "Dara interview", DARA)
        _add(project, "Group", GROUP)
        _code(
            project, "Dara interview", DARA, "The soldiers burned the granary near Velmora bridge."
        )
        bela = _code(project, "Group", GROUP, "I watched them seal the Korvath gate at midnight.")
        carla = _code(project, "Group", GROUP, "We heard sirens across the valley.")
        _code(project, "Group", GROUP, "My brother hid inside the Osterlund mill.", memo="Check.")
        codings = {c.id: c for c in project.codings()}
        project.set_participant("Dara", documents=[project.document("Dara interview")], quote="no")
        project.set_participant("Bela", speaker="Bela", quote="no")
        project.set_participant("Carla", speaker="Carla", quote="yes")
        village = project.create_case("Village")
        project.assign_to_case(village, [Member(document_id=project.document("Group").id)])
        events = project.code("Events")
        project.set_summary(village, events, "Two accounts of the night.")
        project.link_quotes(village, events, [codings[bela], codings[carla]])
        project.link_codings(codings[carla], codings[bela], "contradicts")
        project.save_query("events", '"Events"')
    return path


def texts_of(path: Path) -> str:
    """Every text a user could read out of ``path``: each part of a zip
    (.xlsx, .docx, .qdpx), a PDF's extracted text, or the file itself."""
    if path.suffix == ".pdf":
        from pdfminer.high_level import extract_text

        return " ".join(extract_text(str(path)).split())
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return "\n".join(
                archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
            )
    return path.read_text(encoding="utf-8-sig")


def _exports(cli: Cli, study: Path, folder: Path, *extra: str) -> tuple[dict[str, str], str]:
    """Every export of quotes, written into ``folder``: file name → its
    texts, and everything the commands printed on stderr."""
    folder.mkdir()
    texts_folder = folder / "texts"
    texts_folder.mkdir()
    said = []
    for name in ("all.xlsx", "segments.csv", "whole.qdpx"):
        _out, err = cli("export", study, folder / name, *extra)
        said.append(err)
    _out, err = cli("export", study, texts_folder, *extra)
    said.append(err)
    for name in ("report.docx", "report.pdf"):
        _out, err = cli("report", study, folder / name, *extra)
        said.append(err)
    written = {path.name: texts_of(path) for path in folder.iterdir() if path.is_file()}
    written |= {f"texts/{p.name}": texts_of(p) for p in texts_folder.iterdir()}
    return written, "".join(said)


def test_no_export_quotes_who_did_not_consent(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written, said = _exports(Cli(capsys), study, tmp_path / "out")
    assert set(written) == {
        "all.xlsx",
        "segments.csv",
        "whole.qdpx",
        "report.docx",
        "report.pdf",
        "texts/Group.txt",  # Dara's interview is not written at all
    }
    for name, text in written.items():
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} is in {name}"
        assert ALLOWED in text, f"Carla's passage is missing from {name}"
    consent_lines = [line for line in said.splitlines() if line.startswith("consent: ")]
    assert len(consent_lines) == 6  # one line for each export
    for line in consent_lines:
        assert "did not consent to being quoted" in line and "left out" in line
    # The segments: Dara's one passage and Bela's two are left out, each counted once.
    assert "consent: 2 passages left out: Bela did not consent to being quoted; " in said
    assert "1 passage left out: Dara did not consent to being quoted" in said
    # The report says so in its method section, naming no one.
    document = docx.Document(str(tmp_path / "out" / "report.docx"))
    cells = [cell.text for t in document.tables for row in t.rows for cell in row.cells]
    assert any(
        cell.startswith("Honoured: 3 passages left out, spoken by 2 participants") for cell in cells
    )
    assert "Bela" not in "\n".join(cells)
    assert "honoured: 3 passages left out" in written["all.xlsx"]  # the Summary sheet


def test_a_qdpx_keeps_every_coding_in_place(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "whole.qdpx"
    Cli(capsys)("export", study, out)
    with zipfile.ZipFile(out) as archive:
        sources = {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("sources/")
        }
        qde = archive.read("project.qde").decode("utf-8")
    with Project.open(study, read_only=True) as project:
        group, dara = project.document("Group"), project.document("Dara interview")
        kept = sources[f"sources/{group.uuid}.txt"]
        gone = sources[f"sources/{dara.uuid}.txt"]
        codings = len(project.codings())
    assert len(kept) == len(GROUP) and len(gone) == len(DARA)  # positions do not move
    assert set(gone) == {"█", "\n"}
    start = GROUP.index("Bela: I watched")
    assert kept[:start] == GROUP[:start]
    carla = GROUP.index("Carla:")
    assert kept[carla : GROUP.index("\n", carla)] == "Carla: We heard sirens across the valley."
    assert qde.count("<PlainTextSelection ") == codings  # every coding, where it was


def test_ignore_consent_writes_everything_and_says_so(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written, said = _exports(Cli(capsys), study, tmp_path / "out", "--ignore-consent")
    assert "texts/Dara interview.txt" in written
    for name, text in written.items():
        if name == "texts/Group.txt":
            secrets = SECRETS[1:]
        elif name.startswith("texts/"):
            secrets = SECRETS[:1]
        else:
            secrets = SECRETS
        for secret in secrets:
            assert secret in text, f"{secret!r} is missing from {name}"
    lines = [line for line in said.splitlines() if line.startswith("consent: ")]
    assert len(lines) == 6
    assert all("the register was ignored (--ignore-consent)" in line for line in lines)
    document = docx.Document(str(tmp_path / "out" / "report.docx"))
    cells = [cell.text for t in document.tables for row in t.rows for cell in row.cells]
    assert any(cell.startswith("ignored: this is the project's own backup") for cell in cells)
    assert "ignored (own backup)" in written["all.xlsx"]


def test_a_document_nobody_may_quote_is_not_written(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dara.txt"
    line = Cli(capsys).error("export", study, out, "--documents", "Dara interview")
    assert line == (
        "qcode: error: dara.txt: 1 passage left out: Dara did not consent to being quoted; "
        "nothing was written (--ignore-consent for the project's own backups)"
    )
    assert not out.exists()


def test_the_manifest_says_what_consent_left_out(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    cli = Cli(capsys)
    cli("report", study, tmp_path / "annex.docx", "--manifest", "--sections", "quotes")
    values = json.loads((tmp_path / "annex.manifest.json").read_text(encoding="utf-8"))
    assert values["consent"]["left_out"] == 3 and values["consent"]["ignored"] is False
    assert values["report"] == "annex.docx" and values["sections"] == ["quotes"]
    assert values["export"][0]["file"] == "annex.docx"  # the shared manifest's fields too
    assert "Bela" not in json.dumps(values, ensure_ascii=False)
