"""Exporting a whole project as a REFI-QDA project exchange file (.qdpx)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.export.qdpx import export_qdpx
from qcode.io.base import ImportedDocument
from tests.conftest import shared_path

NS = "{urn:QDA-XML:project:1.0}"
CRLF_TEXT = (
    "Interviewer: Did they tell you?\r\nLiu: 没有 — no notice 😀.\r\n"
    "Interviewer: And 𠮷?\r\nLiu: Same, 𠮷 again.\r\n"
)
STORED = CRLF_TEXT.replace("\r\n", "\n").rstrip()
# A Word manual line break (vertical tab), a control character XML cannot hold at all,
# and XML's own special characters.
ODD_TEXT = "Notes: a <b> & c\x0bsecond\x01line\n😀 end"


@dataclass
class Study:
    project: Project
    ids: dict[str, str]  # what the test made → its UUID


@pytest.fixture
def study(project: Project, tmp_path: Path) -> Study:
    source = tmp_path / "Interview Liu.txt"
    source.write_bytes(CRLF_TEXT.encode("utf-8"))
    (liu,) = project.import_files([source])
    (odd,) = project.add_documents([ImportedDocument("Odd <notes>", ODD_TEXT, "odd.txt", "text")])
    project.set_attributes(
        liu,
        {
            "city": "Beijing",
            "year": 2024,
            "score": 2.5,
            "consent": True,
            "interviewed": "2024-03-02",
        },
    )
    harms = project.create_code("Harms", color="#aabbcc")
    project.update_code(harms, codable=False)
    shaming = project.create_code(
        "Public shaming", harms, color="#E6194B", description="Named & shamed in public"
    )
    fear = project.create_code("Fear")
    project.add_memo("code", shaming.id, "Watch for online lists", title="Lists")
    notice = STORED.index("no notice 😀")
    first = project.apply_code(liu, shaming, notice, notice + len("no notice 😀"), memo="first")
    yoshi = STORED.index("𠮷 again")
    second = project.apply_code(liu, fear, yoshi, yoshi + len("𠮷 again"), coder="Chen")
    odd_coding = project.apply_code(odd, fear, 7, ODD_TEXT.index("\n"))
    assert first is not None and second is not None and odd_coding is not None
    project.add_memo("coding", second.id, "Chen's note\r\non two lines <&>")
    project.add_memo("document", liu.id, "Interviewed by phone")
    project.add_memo("project", None, "Remember the consent forms", title="Ethics")
    project.set_info(description="Credit & punishment in three cities")
    ids = {
        "liu": liu.uuid,
        "odd": odd.uuid,
        "harms": harms.uuid,
        "shaming": shaming.uuid,
        "fear": fear.uuid,
        "first": first.uuid,
        "second": second.uuid,
        "odd coding": odd_coding.uuid,
    }
    return Study(project, ids)


def _export(project: Project, path: Path) -> tuple[ET.Element, dict[str, bytes]]:
    export_qdpx(project, path)
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        entries = {name: archive.read(name) for name in archive.namelist()}
    return ET.fromstring(entries["project.qde"]), entries


def _by_guid(root: ET.Element) -> dict[str, ET.Element]:
    return {element.get("guid", ""): element for element in root.iter() if element.get("guid")}


def test_the_export_validates_against_the_refi_qda_schema(study: Study, tmp_path: Path) -> None:
    schema_path = shared_path("refi-qda", "Project-mrt2019.xsd")
    xmlschema = pytest.importorskip("xmlschema")
    _root, entries = _export(study.project, tmp_path / "study.qdpx")
    qde = entries["project.qde"]
    assert qde.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    xmlschema.XMLSchema(str(schema_path)).validate(qde.decode("utf-8"))


def test_a_new_empty_project_also_validates(project: Project, tmp_path: Path) -> None:
    schema_path = shared_path("refi-qda", "Project-mrt2019.xsd")
    xmlschema = pytest.importorskip("xmlschema")
    root, entries = _export(project, tmp_path / "empty.qdpx")
    assert list(entries) == ["project.qde"]
    assert root.get("name") == "test"
    xmlschema.XMLSchema(str(schema_path)).validate(entries["project.qde"].decode("utf-8"))


def test_project_users_and_codebook(study: Study, tmp_path: Path) -> None:
    root, _ = _export(study.project, tmp_path / "study.qdpx")
    assert root.get("origin", "").startswith("qcode ")
    assert root.get("creationDateTime")
    assert root.findtext(f"{NS}Description") == "Credit & punishment in three cities"
    users = {user.get("name"): user.get("guid") for user in root.iter(f"{NS}User")}
    assert users == {coder.name: coder.uuid for coder in study.project.coders()}
    assert set(users) == {"Amina", "Chen"}

    codes = root.find(f"{NS}CodeBook/{NS}Codes")
    assert codes is not None
    assert [c.get("name") for c in codes] == ["Harms", "Fear"]  # creation order, top level
    harms = codes[0]
    assert (harms.get("guid"), harms.get("isCodable"), harms.get("color")) == (
        study.ids["harms"],
        "false",
        "#aabbcc",
    )
    (shaming,) = harms.findall(f"{NS}Code")
    assert shaming.get("isCodable") == "true"
    assert shaming.get("color") == "#e6194b"
    assert shaming.findtext(f"{NS}Description") == "Named & shamed in public"
    (note_ref,) = shaming.findall(f"{NS}NoteRef")
    note = _by_guid(root)[note_ref.get("targetGUID", "")]
    assert note.tag == f"{NS}Note"
    assert (note.get("name"), note.findtext(f"{NS}PlainTextContent")) == (
        "Lists",
        "Watch for online lists",
    )


def test_selections_cover_exactly_the_coded_text_in_code_points(
    study: Study, tmp_path: Path
) -> None:
    root, entries = _export(study.project, tmp_path / "study.qdpx")
    project = study.project
    coded = {s.coding.uuid: s for s in project.segments(project.codings())}
    texts = {
        source.get("guid"): entries[f"sources/{source.get('guid')}.txt"].decode("utf-8")
        for source in root.iter(f"{NS}TextSource")
    }
    selections = {}
    for source in root.iter(f"{NS}TextSource"):
        assert source.get("plainTextPath") == f"internal://{source.get('guid')}.txt"
        for selection in source.iter(f"{NS}PlainTextSelection"):
            start, end = (
                int(selection.get("startPosition", "")),
                int(selection.get("endPosition", "")),
            )
            text = texts[source.get("guid")][start:end]
            assert text == coded[selection.get("guid", "")].text
            selections[selection.get("guid")] = (source.get("guid"), start, end, text, selection)
    assert set(selections) == set(coded)
    # offsets in code points, worked out by hand: 😀 and 𠮷 count one each
    liu = study.ids["liu"]
    assert selections[study.ids["first"]][:4] == (liu, 42, 53, "no notice 😀")
    assert selections[study.ids["second"]][:4] == (liu, 86, 93, "𠮷 again")
    assert selections[study.ids["odd coding"]][3] == "a <b> & c\x0bsecond\x01line"

    users = {user.get("name"): user.get("guid") for user in root.iter(f"{NS}User")}
    for key, code, coder in (("first", "shaming", "Amina"), ("second", "fear", "Chen")):
        selection = selections[study.ids[key]][4]
        assert selection.get("creatingUser") == users[coder]
        (coding,) = selection.findall(f"{NS}Coding")
        assert coding.get("creatingUser") == users[coder]
        assert coding.get("guid") not in (selection.get("guid"), None)
        (code_ref,) = coding.findall(f"{NS}CodeRef")
        assert code_ref.get("targetGUID") == study.ids[code]
    # the name shows the coded text on one line; XML cannot hold the \x01
    assert selections[study.ids["first"]][4].get("name") == "no notice 😀"
    assert selections[study.ids["odd coding"]][4].get("name") == "a <b> & c second\ufffdline"


def test_source_files_are_the_stored_text_byte_for_byte(study: Study, tmp_path: Path) -> None:
    _root, entries = _export(study.project, tmp_path / "study.qdpx")
    liu = entries[f"sources/{study.ids['liu']}.txt"]
    assert liu == STORED.encode("utf-8")  # no byte-order mark; newlines as stored (LF)
    assert entries[f"sources/{study.ids['odd']}.txt"] == ODD_TEXT.encode("utf-8")
    for document in study.project.documents():
        assert entries[f"sources/{document.uuid}.txt"].decode("utf-8") == study.project.text(
            document
        )
    # qcode's own record of how each coding was made rides along (other tools ignore it)
    assert sorted(entries) == sorted(
        [
            "project.qde",
            "qcode/provenance.json",
            f"sources/{study.ids['liu']}.txt",
            f"sources/{study.ids['odd']}.txt",
        ]
    )


def test_memos_are_notes_referred_to_from_what_they_are_on(study: Study, tmp_path: Path) -> None:
    root, _ = _export(study.project, tmp_path / "study.qdpx")
    notes = {note.findtext(f"{NS}PlainTextContent"): note for note in root.iter(f"{NS}Note")}
    assert set(notes) == {
        "Watch for online lists",
        "first",
        "Chen's note\r\non two lines <&>",  # CR LF survives the XML
        "Interviewed by phone",
        "Remember the consent forms",
    }
    users = {user.get("name"): user.get("guid") for user in root.iter(f"{NS}User")}
    assert notes["Remember the consent forms"].get("name") == "Ethics"
    assert notes["Interviewed by phone"].get("name") == "Interviewed by phone"
    assert all(note.get("creatingUser") == users["Amina"] for note in notes.values())

    def referred(element: ET.Element) -> list[str]:
        return [notes_by_guid[ref.get("targetGUID", "")] for ref in element.findall(f"{NS}NoteRef")]

    notes_by_guid = {note.get("guid", ""): text or "" for text, note in notes.items()}
    guids = _by_guid(root)
    assert referred(root) == ["Remember the consent forms"]
    assert referred(guids[study.ids["liu"]]) == ["Interviewed by phone"]
    assert referred(guids[study.ids["first"]]) == ["first"]
    assert referred(guids[study.ids["second"]]) == ["Chen's note\r\non two lines <&>"]


def test_attributes_become_typed_variables(study: Study, tmp_path: Path) -> None:
    root, _ = _export(study.project, tmp_path / "study.qdpx")
    variables = {
        v.get("guid"): (v.get("name"), v.get("typeOfVariable")) for v in root.iter(f"{NS}Variable")
    }
    assert sorted(variables.values()) == [
        ("city", "Text"),
        ("consent", "Boolean"),
        ("interviewed", "Date"),
        ("language", "Text"),  # detected at import
        ("score", "Float"),
        ("year", "Integer"),
    ]
    liu = _by_guid(root)[study.ids["liu"]]
    values = {}
    for value in liu.findall(f"{NS}VariableValue"):
        ref, typed = list(value)
        values[variables[ref.get("targetGUID")][0]] = (typed.tag.removeprefix(NS), typed.text)
    assert values == {
        "language": ("TextValue", "en"),
        "city": ("TextValue", "Beijing"),
        "year": ("IntegerValue", "2024"),
        "score": ("FloatValue", "2.5"),
        "consent": ("BooleanValue", "true"),
        "interviewed": ("DateValue", "2024-03-02"),
    }
    assert _by_guid(root)[study.ids["odd"]].findall(f"{NS}VariableValue") == []


def test_exporting_twice_gives_the_same_bytes(study: Study, tmp_path: Path) -> None:
    export_qdpx(study.project, tmp_path / "one.qdpx")
    export_qdpx(study.project, tmp_path / "two.qdpx")
    assert (tmp_path / "one.qdpx").read_bytes() == (tmp_path / "two.qdpx").read_bytes()
    with zipfile.ZipFile(tmp_path / "one.qdpx") as archive:
        for info in archive.infolist():  # no "now" inside: a fixed date on every entry
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.compress_type == zipfile.ZIP_DEFLATED


def test_summary_counts_and_what_refi_qda_cannot_carry(study: Study, tmp_path: Path) -> None:
    project = study.project
    project.update_code(project.code("Fear"), keywords=["afraid", "scared"])
    summary = export_qdpx(project, tmp_path / "study.qdpx")
    assert (summary.documents, summary.codes, summary.codings, summary.memos) == (2, 3, 3, 5)
    assert (summary.users, summary.variables) == (2, 6)  # 6: language, detected at import
    assert summary.replaced_characters == 1  # the \x01, in the selection's name
    assert summary.not_exported == [
        "the keywords of 1 codes",
        "the speaker turns of 1 documents (their labels stay in the text)",
    ]
    assert summary.as_json()["path"] == str(tmp_path / "study.qdpx")


def test_a_cancelled_export_keeps_the_old_file_and_leaves_nothing(
    study: Study, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "study.qdpx"
    out.parent.mkdir()
    out.write_bytes(b"the previous export")
    seen: list[tuple[int, int]] = []

    def cancel_half_way(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < total // 2

    with pytest.raises(QcodeError, match="cancelled"):
        export_qdpx(study.project, out, cancel_half_way)
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in out.parent.iterdir()] == ["study.qdpx"]
    assert seen and seen[-1][0] == seen[-1][1] // 2
    export_qdpx(study.project, out)  # and a full export replaces it
    assert zipfile.is_zipfile(out)


def test_bad_targets_are_refused_in_one_line(study: Study, tmp_path: Path) -> None:
    with pytest.raises(QcodeError, match=r"study\.zip: .*must end in \.qdpx"):
        export_qdpx(study.project, tmp_path / "study.zip")
    with pytest.raises(QcodeError, match="does not exist"):
        export_qdpx(study.project, tmp_path / "nowhere" / "study.qdpx")
    (tmp_path / "folder.qdpx").mkdir()
    with pytest.raises(QcodeError, match="is a folder"):
        export_qdpx(study.project, tmp_path / "folder.qdpx")


# -- the command line --------------------------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_exports_a_qdpx(
    study: Study, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = study.project.path
    study.project.close()
    code, out, err = _run(capsys, "export", path, tmp_path / "study.qdpx")
    assert (code, out) == (0, "")
    assert "2 documents, 3 codes, 3 codings, 5 memos" in err
    assert "speaker turns of 1 documents" in err
    with zipfile.ZipFile(tmp_path / "study.qdpx") as archive:
        assert "project.qde" in archive.namelist()


@pytest.mark.parametrize(
    ("target", "extra", "message"),
    [
        ("nowhere/study.qdpx", [], "does not exist"),
        ("study.qdp", [], "or the whole project as .qdpx (got '.qdp')"),
        ("study.qdpx", ["--codes", "Fear"], "filters do not apply"),
    ],
)
def test_cli_refuses_bad_targets_in_one_line(
    study: Study,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    target: str,
    extra: list[str],
    message: str,
) -> None:
    path = study.project.path
    study.project.close()
    code, out, err = _run(capsys, "export", path, tmp_path / target, *extra)
    assert (code, out) == (1, "")
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("qcode: error: ") and message in err
    assert not (tmp_path / "study.qdpx").exists()


def test_the_benchmark_measures_time_memory_and_size(study: Study, tmp_path: Path) -> None:
    from qcode.bench.qdpx import run_qdpx_benchmarks

    results = run_qdpx_benchmarks(study.project, tmp_path)
    assert [r.unit for r in results] == ["s", "MB", "MB"]
    assert "2 documents, 3 codings" in results[0].name
    assert all(r.value > 0 for r in results)
    assert results[0].ok and results[1].ok
    assert list(tmp_path.glob("*.qdpx")) == []
