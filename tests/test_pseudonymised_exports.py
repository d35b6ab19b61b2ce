"""Pseudonymised exports: every file a researcher can hand on (.xlsx, .csv,
.qdpx, .qdc, .txt) holds the replacements and no identifier anywhere, in any
entry of the zip, raw or XML-escaped; codings cover exactly the replaced
text; and a file in which an identifier slipped through is refused and
deleted.

The interview (speaker turns "Interviewer" and "Zhang Wei")::

    Interviewer: Where were you?
    Zhang Wei: In Rongcheng 𠮷 police took me. 张伟 was my name 😀.
    Interviewer: And then?
    ZHANG  WEI: Nothing.

Codings: Detention on "In Rongcheng 𠮷 police took me." (with a memo naming
Zhang Wei); Names on "ang Wei: In" (it starts inside the name) and on
"张伟"; Detention/Rongcheng police on "police took me. 张" (it ends inside 张伟).
"""

from __future__ import annotations

import html
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.project import Project
from qcode.core.pseudonymise import Pseudonymiser
from qcode.errors import QcodeError
from qcode.export import qdpx as qdpx_export
from qcode.export import segments_csv as csv_export
from qcode.export import text as text_export
from qcode.export import xlsx
from qcode.export.leak_check import check_written
from qcode.export.workbook import Workbook
from qcode.io.base import ImportedDocument, SpeakerTurn
from tests.conftest import shared_path

TEXT = (
    "Interviewer: Where were you?\n"
    "Zhang Wei: In Rongcheng 𠮷 police took me. 张伟 was my name 😀.\n"
    "Interviewer: And then?\n"
    "ZHANG  WEI: Nothing."
)
PSEUDONYMISED = (
    "Interviewer: Where were you?\n"
    "Respondent 3: In City B 𠮷 police took me. 受访者3 was my name 😀.\n"
    "Interviewer: And then?\n"
    "Respondent 3: Nothing."
)
TABLE = {"Zhang Wei": "Respondent 3", "张伟": "受访者3", "Rongcheng": "City B"}
# What each coding covers, before and after.
CODED = {
    "In Rongcheng 𠮷 police took me.": "In City B 𠮷 police took me.",
    "ang Wei: In": "Respondent 3: In",
    "张伟": "受访者3",
    "police took me. 张": "police took me. 受访者3",
}
# Pieces of identifiers that must not show either (searched case-insensitively).
PIECES = ["zhang", "wei:", "rongch", "张", "伟"]


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.qcode"
    turns, start = [], 0
    for line in TEXT.split("\n"):
        turns.append(SpeakerTurn(line.split(":")[0], start, start + len(line)))
        start += len(line) + 1
    with Project.create(path, coder="Amina") as project:
        (document,) = project.add_documents(
            [ImportedDocument("Interview Zhang Wei", TEXT, "zw.txt", "text", turns)]
        )
        project.set_attributes(document, {"city": "Rongcheng", "age": 34})
        detention = project.create_code(
            "Detention", description="What Zhang Wei said about Rongcheng"
        )
        police = project.create_code("Rongcheng police", detention)
        names = project.create_code("Names")
        codes = {
            "In Rongcheng 𠮷 police took me.": detention,
            "ang Wei: In": names,
            "张伟": names,
            "police took me. 张": police,
        }
        for coded, code in codes.items():
            start = TEXT.index(coded)
            memo = "Zhang Wei asked us to hide his name" if code is detention else None
            project.apply_code(document, code, start, start + len(coded), memo=memo)
        project.add_memo("document", document.id, "Met 张伟 in Rongcheng", title="Zhang Wei")
        project.add_memo("code", detention.id, "ZHANG WEI's words")
        project.add_memo("project", None, "Rongcheng interviews, 2024")
        project.set_info(description="Interviews in Rongcheng")
        for original, replacement in TABLE.items():
            project.set_pseudonym(original, replacement, "person")
    return path


def entries(path: Path) -> dict[str, bytes]:
    """Every entry of a zip (and its name), or the file itself."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return {name: archive.read(name) for name in archive.namelist()}
    return {path.name: path.read_bytes()}


def assert_no_identifier(written: dict[str, bytes]) -> None:
    everything = ""
    for name, data in written.items():
        for original in TABLE:
            assert original.encode("utf-8") not in data, (original, name)
        text = html.unescape(data.decode("utf-8", "replace"))
        folded = unicodedata.normalize("NFKC", name + "\n" + text).casefold()
        for original in TABLE:
            assert original.casefold() not in folded, (original, name)
        for piece in PIECES:
            assert piece not in folded, (piece, name)
        everything += text
    for replacement in TABLE.values():
        assert replacement in everything


def export(study: Path, out: Path, *options: str) -> None:
    assert main(["export", str(study), str(out), "--pseudonymise", *options]) == 0


def test_excel_workbook(study: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "report.xlsx"
    export(study, out)
    assert_no_identifier(entries(out))
    book = load_workbook(out, read_only=True)
    rows = list(book["Segments"].iter_rows(values_only=True))
    headers = rows[0]
    coded = {row[headers.index("Coded text")] for row in rows[1:]}
    assert coded == set(CODED.values())
    for row in rows[1:]:
        start, end = row[headers.index("Start")], row[headers.index("End")]
        assert PSEUDONYMISED[start:end] == row[headers.index("Coded text")]
        assert row[headers.index("Document")] == "Interview Respondent 3"
    memo = next(row for row in rows[1:] if row[headers.index("Memo")])
    assert memo[headers.index("Memo")] == "Respondent 3 asked us to hide his name"
    assert memo[headers.index("Context")] == PSEUDONYMISED.splitlines()[1]
    assert "Codes × city" in book.sheetnames
    summary = dict(book["Summary"].iter_rows(values_only=True))
    assert summary["Pseudonymised"].startswith("yes: every identifier")
    assert summary["Project"] == "study"
    book.close()


def test_csv_of_coded_segments(study: Path, tmp_path: Path) -> None:
    import csv

    out = tmp_path / "segments.csv"
    export(study, out)
    assert_no_identifier(entries(out))
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert {row["Coded text"] for row in rows} == set(CODED.values())
    for row in rows:
        assert PSEUDONYMISED[int(row["Start"]) : int(row["End"])] == row["Coded text"]
    speakers = {row["Speaker"] for row in rows}
    assert speakers == {"Respondent 3"}


def test_refi_qda_project(study: Path, tmp_path: Path) -> None:
    out = tmp_path / "study.qdpx"
    export(study, out)
    written = entries(out)
    assert_no_identifier(written)
    root = ET.fromstring(written["project.qde"])
    ns = "{urn:QDA-XML:project:1.0}"
    (source,) = root.iter(f"{ns}TextSource")
    assert source.get("name") == "Interview Respondent 3"
    text = written[f"sources/{source.get('guid')}.txt"].decode("utf-8")
    assert text == PSEUDONYMISED
    with Project.open(study, read_only=True) as project:
        coded = {coding.uuid: TEXT[coding.start : coding.end] for coding in project.codings()}
    selections = list(source.iter(f"{ns}PlainTextSelection"))
    assert len(selections) == len(CODED)
    for selection in selections:
        start, end = int(selection.get("startPosition", "")), int(selection.get("endPosition", ""))
        assert text[start:end] == CODED[coded[selection.get("guid", "")]]
        assert selection.get("name") == " ".join(text[start:end].split())
    values = [element.text for element in root.iter(f"{ns}TextValue")]
    assert values == ["City B"]
    schema = shared_path("refi-qda", "Project-mrt2019.xsd")
    xmlschema = pytest.importorskip("xmlschema")
    xmlschema.XMLSchema(str(schema)).validate(written["project.qde"].decode("utf-8"))


def test_codebook(study: Path, tmp_path: Path) -> None:
    out = tmp_path / "codes.qdc"
    export(study, out)
    data = out.read_text(encoding="utf-8")
    assert "City B police" in data and "What Respondent 3 said about City B" in data
    assert "Rongcheng" not in data and "Zhang" not in data


def test_one_text_and_a_folder_of_texts(study: Path, tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    export(study, one, "--documents", "Interview Zhang Wei")
    assert one.read_bytes() == PSEUDONYMISED.encode("utf-8")
    folder = tmp_path / "texts"
    folder.mkdir()
    export(study, folder)
    assert [path.name for path in folder.iterdir()] == ["Interview Respondent 3.txt"]
    assert_no_identifier(entries(folder / "Interview Respondent 3.txt"))


def test_without_pseudonymise_nothing_changes(study: Path, tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    assert main(["export", str(study), str(one), "--documents", "Interview Zhang Wei"]) == 0
    assert one.read_bytes() == TEXT.encode("utf-8")
    folder = tmp_path / "texts"
    folder.mkdir()
    assert main(["export", str(study), str(folder)]) == 0
    assert (folder / "Interview Zhang Wei.txt").read_text(encoding="utf-8") == TEXT
    out = tmp_path / "segments.csv"
    assert main(["export", str(study), str(out)]) == 0
    assert "ang Wei: In" in out.read_text(encoding="utf-8-sig")


def test_an_empty_pseudonym_table_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plain.qcode"
    Project.create(path, coder="Amina").close()
    assert main(["export", str(path), str(tmp_path / "r.xlsx"), "--pseudonymise"]) == 1
    assert capsys.readouterr().err.strip() == (
        "qcode: error: there are no pseudonyms in plain.qcode: add some with "
        "'qcode pseudonym' or Privacy ▸ Pseudonyms…"
    )
    assert not (tmp_path / "r.xlsx").exists()


def test_a_text_needs_one_document(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(study), str(tmp_path / "one.txt"), "--pseudonymise"]) == 1
    assert "name one document with --documents DOC" in capsys.readouterr().err


# -- the leak check ------------------------------------------------------------------------


def only_project_files(folder: Path) -> None:
    """No export and no temporary file left in ``folder``."""
    left = sorted(path.name for path in folder.iterdir() if not path.name.startswith("study."))
    assert left == []


def test_an_identifier_in_workbook_metadata_is_caught(
    study: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup = Workbook.__init__

    def planted(self: Workbook, *args: object, **kwargs: object) -> None:
        setup(self, *args, **kwargs)  # type: ignore[arg-type]
        self.workbook.properties.title = "Zhang Wei"  # a place no cell goes through

    monkeypatch.setattr(Workbook, "__init__", planted)
    with Project.open(study, read_only=True) as project, pytest.raises(QcodeError) as refused:
        xlsx.export_workbook(
            project,
            tmp_path / "r.xlsx",
            sheets={"codebook"},
            pseudonymiser=Pseudonymiser.of(project),
        )
    assert str(refused.value) == (
        "r.xlsx: pseudonymised export refused: 'Zhang Wei' would leak in docProps/core.xml"
    )
    only_project_files(tmp_path)


def test_an_identifier_in_the_qde_is_caught(
    study: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(qdpx_export, "__version__", "1.0 for 张伟")  # the origin attribute
    assert main(["export", str(study), str(tmp_path / "s.qdpx"), "--pseudonymise"]) == 1
    only_project_files(tmp_path)
    with Project.open(study, read_only=True) as project, pytest.raises(QcodeError) as refused:
        qdpx_export.export_qdpx(
            project, tmp_path / "s.qdpx", pseudonymiser=Pseudonymiser.of(project)
        )
    assert "'张伟' would leak in project.qde" in str(refused.value)
    only_project_files(tmp_path)


def test_an_identifier_in_a_csv_header_is_caught(
    study: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    headers = (*csv_export.SEGMENT_HEADERS[:-1], "Asked by RONGCHENG police")
    monkeypatch.setattr(csv_export, "SEGMENT_HEADERS", headers)
    assert main(["export", str(study), str(tmp_path / "s.csv"), "--pseudonymise"]) == 1
    assert capsys.readouterr().err.strip() == (
        "qcode: error: s.csv: pseudonymised export refused: 'Rongcheng' would leak in the text"
    )
    only_project_files(tmp_path)


def test_an_identifier_in_a_file_name_is_caught(
    study: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_export, "file_names", lambda names: ["Zhang Wei.txt"])
    folder = tmp_path / "texts"
    folder.mkdir()
    with Project.open(study, read_only=True) as project, pytest.raises(QcodeError) as refused:
        text_export.export_texts(project, folder, pseudonymiser=Pseudonymiser.of(project))
    assert str(refused.value) == (
        "Zhang Wei.txt: pseudonymised export refused: 'Zhang Wei' would leak in the file name"
    )
    assert list(folder.iterdir()) == []


def test_the_check_reads_xml_references_and_every_entry(tmp_path: Path) -> None:
    pseudonymiser = Pseudonymiser(TABLE.items())
    clean = tmp_path / "clean.xlsx"
    with zipfile.ZipFile(clean, "w") as archive:
        archive.writestr("xl/sharedStrings.xml", "<t>Respondent 3 &amp; City B</t>")
    check_written(clean, pseudonymiser)
    assert clean.exists()
    for content, leaked in [
        ("<t>&#24352;&#20255;</t>", "张伟"),  # 张伟 as character references
        ('<c v="Zhang&#10;Wei"/>', "Zhang Wei"),  # a line break inside, as a reference
        ("<t>ＲＯＮＧＣＨＥＮＧ</t>", "Rongcheng"),  # full-width capitals
    ]:
        path = tmp_path / "leaky.xlsx"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("docProps/app.xml", "<Properties/>")
            archive.writestr("xl/sharedStrings.xml", content)
        with pytest.raises(QcodeError) as refused:
            check_written(path, pseudonymiser)
        assert str(refused.value) == (
            f"leaky.xlsx: pseudonymised export refused: '{leaked}' would leak in "
            "xl/sharedStrings.xml"
        )
        assert not path.exists()
    text = tmp_path / "notes.txt"
    text.write_text("Then ZHANG\n  WEI left.", encoding="utf-8")
    with pytest.raises(QcodeError, match="'Zhang Wei' would leak in the text"):
        check_written(text, pseudonymiser)
    assert not text.exists()
