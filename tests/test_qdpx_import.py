"""Importing REFI-QDA projects: the offset rules, what each part of a file becomes,
and the real exports of other tools in ../shared/refi-qda/samples.

Expected values for the samples are computed here straight from their XML and
text files with the standard library, not with the importer."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.core.qdpx_import import QdpxImportReport, import_qdpx
from qcode.errors import QcodeError
from qcode.io.qdpx_model import RawOffsets
from tests.conftest import shared_path

NS = "{urn:QDA-XML:project:1.0}"


# -- positions ---------------------------------------------------------------------

RAW = "a😀b\r\n𠮷c\r\nd"  # stored as "a😀b\n𠮷c\nd"


def test_utf16_offsets_map_to_code_points_of_the_normalised_text() -> None:
    positions = RawOffsets(RAW, utf16=True)
    assert positions.text == "a😀b\n𠮷c\nd"
    # units: a 0, 😀 1-2, b 3, CR 4, LF 5, 𠮷 6-7, c 8, CR 9, LF 10, d 11, end 12
    expected = {0: 0, 1: 1, 3: 2, 4: 3, 5: 3, 6: 4, 8: 5, 9: 6, 10: 6, 11: 7, 12: 8}
    assert {offset: positions(offset) for offset in expected} == expected
    for inside_a_pair_or_outside in (2, 7, 13, -1):
        assert positions(inside_a_pair_or_outside) is None
    start, end = positions(6), positions(9)
    assert start is not None and end is not None
    assert positions.text[start:end] == "𠮷c"


def test_code_point_offsets_map_through_newline_normalisation() -> None:
    positions = RawOffsets(RAW, utf16=False)
    # code points: a 0, 😀 1, b 2, CR 3, LF 4, 𠮷 5, c 6, CR 7, LF 8, d 9, end 10
    expected = {0: 0, 1: 1, 2: 2, 3: 3, 4: 3, 5: 4, 6: 5, 7: 6, 8: 6, 9: 7, 10: 8}
    assert {offset: positions(offset) for offset in expected} == expected
    assert positions(11) is None
    assert RawOffsets("x\ry", utf16=False).text == "x\ny"  # a lone CR is a line break too
    assert RawOffsets("x\ry", utf16=False)(2) == 2


# -- building small project files -----------------------------------------------------

G = "00000000-0000-4000-8000-{:012d}".format  # readable GUIDs: G(1), G(2), ...


def qdpx(tmp_path: Path, body: str, files: dict[str, bytes], origin: str = "MAXQDA 2022") -> Path:
    xml = (
        f'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
        f'name="study" origin="{origin}" creationDateTime="2024-03-02T10:00:00Z">{body}</Project>'
    )
    path = tmp_path / "study.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        for name, data in files.items():
            archive.writestr(f"sources/{name}", data)
    return path


CODEBOOK = f"""<CodeBook><Codes>
<Code guid="{G(1)}" name="Trust" isCodable="false" color="#AA0000"><Description>d</Description>
  <NoteRef targetGUID="{G(92)}"/>
  <Code guid="{G(2)}" name="Police" isCodable="true"/>
  <Code guid="{G(3)}" name="Police" isCodable="true"/>
</Code>
<Code guid="{G(4)}" name="interesting\\places" isCodable="true"/>
</Codes></CodeBook>"""

TEXT = "Interviewer: Where?\r\nLiu: 在北京 😀 and 𠮷.\r\n"
STORED = TEXT.replace("\r\n", "\n")


def selection(
    guid: int, start: int, end: int, inner: str, name: str = "", user: int | None = 11
) -> str:
    author = f' creatingUser="{G(user)}"' if user else ""
    return (
        f'<PlainTextSelection guid="{G(guid)}" name="{name}" startPosition="{start}" '
        f'endPosition="{end}"{author} creationDateTime="2024-03-05T08:00:00Z">'
        f"{inner}</PlainTextSelection>"
    )


def coding(guid: int, code: int, user: int | None = 11) -> str:
    author = f' creatingUser="{G(user)}"' if user else ""
    return f'<Coding guid="{G(guid)}"{author}><CodeRef targetGUID="{G(code)}"/></Coding>'


def rich_body() -> str:
    liu = TEXT.index("Liu")
    beijing = TEXT.index("在北京")
    sources = (
        f'<TextSource guid="{G(20)}" name="Liu" plainTextPath="internal://{G(20)}.txt">'
        + selection(30, beijing, beijing + 3, coding(40, 2) + coding(41, 4, None), user=None)
        + selection(31, liu, liu + 3, "<Description>who speaks</Description>" + coding(42, 1))
        + selection(32, 0, 11, '<NoteRef targetGUID="' + G(90) + '"/>', name="Interviewer")
        + selection(33, 5, 500, coding(43, 2))
        + selection(34, 9, 9, coding(44, 2))
        + f'<NoteRef targetGUID="{G(91)}"/><VariableValue><VariableRef targetGUID="{G(60)}"/>'
        f"<IntegerValue>34</IntegerValue></VariableValue><VariableValue>"
        f'<VariableRef targetGUID="{G(61)}"/><DateValue>2024-03-02</DateValue></VariableValue>'
        "</TextSource>"
        f'<PDFSource guid="{G(21)}" name="Report.pdf" path="internal://{G(21)}.pdf">'
        f'<Representation guid="{G(22)}" plainTextPath="internal://{G(22)}.txt">'
        + selection(35, 0, 6, coding(45, 2))
        + "</Representation></PDFSource>"
        f'<PictureSource guid="{G(23)}" name="Photo.jpg" path="internal://{G(23)}.jpg"/>'
        f'<VideoSource guid="{G(24)}" name="Clip.mp4" path="relative:///clip.mp4">'
        f'<Transcript guid="{G(25)}" name="Clip transcript"><PlainTextContent>Host: hello '
        f"there</PlainTextContent>"
        f'<SyncPoint guid="{G(26)}" position="6" timeStamp="0"/>'
        f'<SyncPoint guid="{G(27)}" position="11" timeStamp="900"/>'
        f'<TranscriptSelection guid="{G(28)}" fromSyncPoint="{G(26)}" toSyncPoint="{G(27)}">'
        f"{coding(46, 4)}</TranscriptSelection></Transcript></VideoSource>"
    )
    return (
        f'<Users><User guid="{G(11)}" name="Amal"/><User guid="{G(12)}" id="LW"/>'
        f'<User guid="{G(13)}"/></Users>'
        + CODEBOOK
        + f'<Variables><Variable guid="{G(60)}" name="age" typeOfVariable="Integer"/>'
        f'<Variable guid="{G(61)}" name="interviewed" typeOfVariable="Date"/>'
        f'<Variable guid="{G(62)}" name="region" typeOfVariable="Text"/></Variables>'
        f'<Cases><Case guid="{G(70)}" name="P01"><VariableValue>'
        f'<VariableRef targetGUID="{G(62)}"/><TextValue>North</TextValue></VariableValue>'
        f'<SourceRef targetGUID="{G(20)}"/></Case></Cases>'
        f"<Sources>{sources}</Sources>"
        f'<Notes><Note guid="{G(90)}" name="On the question"><PlainTextContent>Leading?'
        f'</PlainTextContent></Note><Note guid="{G(91)}" name="About Liu" creatingUser="{G(12)}">'
        f'<PlainTextContent>Met twice.</PlainTextContent></Note><Note guid="{G(92)}" '
        f'name="Code note"><PlainTextContent>Define trust.</PlainTextContent></Note>'
        f'<Note guid="{G(93)}" name="Linked"><PlainTextContent>See Police.</PlainTextContent>'
        f'</Note><Note guid="{G(94)}" name="Loose"><PlainTextContent>General.</PlainTextContent>'
        "</Note></Notes>"
        f'<Links><Link guid="{G(95)}" name="comment" originGUID="{G(93)}" targetGUID="{G(30)}"/>'
        "</Links>"
        f'<Sets><Set guid="{G(80)}" name="Urban"><MemberSource targetGUID="{G(20)}"/>'
        f'<MemberSource targetGUID="{G(23)}"/></Set><Set guid="{G(81)}" name="Core">'
        f'<MemberCode targetGUID="{G(2)}"/><MemberCode targetGUID="{G(4)}"/></Set></Sets>'
        f'<Graphs><Graph guid="{G(99)}" name="Map"><Vertex guid="{G(98)}" firstX="0" '
        'firstY="0"/></Graph></Graphs><Description>A study of trust.</Description>'
    )


@pytest.fixture
def rich(tmp_path: Path, project: Project) -> QdpxImportReport:
    files = {f"{G(20)}.txt": TEXT.encode("utf-8-sig"), f"{G(22)}.txt": b"Annual report text"}
    return import_qdpx(project, qdpx(tmp_path, rich_body(), files))


def memo_titled(project: Project, title: str) -> tuple[str, str, int | None]:
    memo = next(m for m in project.memos() if m.title == title)
    target = memo.document_id or memo.code_id or memo.coding_id
    return memo.target_kind, memo.text, target


def test_users_codes_and_documents(project: Project, rich: QdpxImportReport) -> None:
    assert {c.name for c in project.coders()} >= {"Amal", "LW", "user 3", "MAXQDA user"}
    codebook = project.codebook()
    paths = [codebook.path(code.id) for code in codebook.walk()]
    assert paths == ["Trust", "Trust/Police", "Trust/Police (2)", "interesting\\\\places"]
    trust = project.code("Trust")
    assert (trust.uuid, trust.color, trust.description) == (G(1), "#aa0000", "d")
    assert trust.codable  # marked not codable, but coded: made codable, and said so
    assert any("'Trust' is marked not codable" in line for line in rich.changed)
    assert any("'Police'" in line and "'Police (2)'" in line for line in rich.changed)
    assert re.fullmatch(r"#[0-9a-f]{6}", project.code("Trust/Police").color)
    names = {d.name: d for d in project.documents()}
    assert set(names) == {"Liu", "Report.pdf", "Clip transcript"}
    assert names["Liu"].uuid == G(20) and names["Report.pdf"].uuid == G(21)
    assert project.text(names["Liu"]) == STORED
    assert project.text(names["Clip transcript"]) == "Host: hello there"
    assert (rich.documents, rich.codes, rich.users) == (3, 4, 3)
    assert project.info()["description"] == "A study of trust."


def test_codings_keep_positions_coders_uuids_and_dates(
    project: Project, rich: QdpxImportReport
) -> None:
    segments = {(s.code_path, s.text, s.coder) for s in project.segments(project.codings())}
    assert segments == {
        ("Trust/Police", "在北京", "Amal"),
        ("interesting\\\\places", "在北京", "MAXQDA user"),  # no creatingUser
        ("Trust", "Liu", "Amal"),
        ("Trust/Police", "Annual", "Amal"),  # the PDF's text
        ("interesting\\\\places", "hello", "Amal"),  # a transcript selection, by sync points
    }
    assert rich.codings == 5
    by_uuid = {c.uuid: c for c in project.codings()}
    # one coding on a selection keeps the selection's GUID, several keep their own
    assert {G(31), G(40), G(41), G(35)} <= set(by_uuid)
    assert by_uuid[G(31)].created_at == "2024-03-05T08:00:00+00:00"
    assert any("outside its text" in line and "5–500" in line for line in rich.skipped)
    assert any("without a valid start before the end" in line for line in rich.skipped)
    assert any("'MAXQDA user'" in line for line in rich.changed)


def test_notes_become_memos_on_what_refers_to_them(
    project: Project, rich: QdpxImportReport
) -> None:
    liu = project.document("Liu")
    beijing = project.coding(G(40))
    assert memo_titled(project, "About Liu")[:2] == ("document", "Met twice.")
    assert memo_titled(project, "Code note") == ("code", "Define trust.", project.code("Trust").id)
    assert memo_titled(project, "Linked") == ("coding", "See Police.", beijing.id)  # a Link
    assert memo_titled(project, "Loose")[0] == "project"
    # a passage marked without a code (a MAXQDA comment) quotes it on its document
    kind, text, target = memo_titled(project, "Interviewer")
    assert (kind, target) == ("document", liu.id)
    assert "Interviewer" in text and "0–11" in text
    # the note on that uncoded passage goes to its document
    assert memo_titled(project, "On the question")[::2] == ("document", liu.id)
    described = [m for m in project.memos() if m.text == "who speaks"]
    assert [m.coding_id for m in described] == [project.coding(G(31)).id]
    assert memo_titled(project, "Code set: Core")[1] == "Trust/Police\ninteresting\\\\places"


def test_attributes_from_variables_cases_and_sets(project: Project, rich: QdpxImportReport) -> None:
    liu = project.document("Liu")
    assert liu.attributes == {"age": 34, "interviewed": "2024-03-02", "set: Urban": True}
    assert project.document("Report.pdf").attributes == {}
    assert any("set 'Urban'" in line and "1 of its members" in line for line in rich.changed)
    # a case is a case (tests/test_qdpx_cases.py has the rest)
    (case,) = project.cases()
    assert (case.uuid, case.name, case.attributes) == (G(70), "P01", {"region": "North"})
    assert [m.member.document_id for m in project.case_members(case)] == [liu.id]
    assert rich.cases == 1


def test_what_cannot_be_carried_over_is_listed(rich: QdpxImportReport) -> None:
    skipped = "\n".join(rich.skipped)
    assert "'Photo.jpg' (picture) was not imported" in skipped
    assert "graph 'Map'" in skipped
    assert rich.sets == 2
    assert rich.as_json()["skipped"] == rich.skipped


def test_the_import_is_one_undoable_step(project: Project, rich: QdpxImportReport) -> None:
    assert project.undo_label() == "import study.qdpx"
    project.undo()
    assert project.documents() == [] and len(project.codebook()) == 0
    assert project.codings() == [] and project.memos() == []
    project.redo()
    assert len(project.codings()) == rich.codings


def test_nvivo_counts_utf16_units_with_crlf_as_two(tmp_path: Path, project: Project) -> None:
    start = len("Liu: 在北京 😀 and ".encode("utf-16-le")) // 2 + len("Interviewer: Where?\r\n")
    body = (
        CODEBOOK.replace('isCodable="false"', 'isCodable="true"')
        + f'<Sources><TextSource guid="{G(20)}" name="Liu" plainTextPath="internal://{G(20)}.txt">'
        + selection(30, start, start + 2, coding(40, 2))
        + "</TextSource></Sources>"
    )
    path = qdpx(tmp_path, body, {f"{G(20)}.txt": TEXT.encode("utf-8-sig")}, "NVivo for Mac 12")
    report = import_qdpx(project, path)
    assert [s.text for s in project.segments(project.codings())] == ["𠮷"]
    assert "NVivo user" not in {c.name for c in project.coders()}  # user 11 is unknown here
    assert any(f"user {G(11)}" in line for line in report.changed)


def test_repeated_guids_and_names_are_made_unique_and_reported(
    tmp_path: Path, project: Project
) -> None:
    twice = (
        f'<TextSource guid="{G(20)}" name="Liu" plainTextPath="internal://a.txt">'
        + selection(30, 0, 11, coding(40, 2))
        + f'</TextSource><TextSource guid="{G(20)}" name="Liu" plainTextPath="internal://b.txt">'
        + selection(30, 0, 4, coding(41, 2))
        + "</TextSource>"
    )
    body = CODEBOOK + f"<Sources>{twice}</Sources>"
    body += f'<Notes><Note guid="{G(90)}" name="Kept apart" plainTextPath="internal://n.txt"/>'
    body += "</Notes>"
    files = {"a.txt": TEXT.encode(), "b.txt": b"Another text", "n.txt": b"Memo\r\nin a file"}
    report = import_qdpx(project, qdpx(tmp_path, body, files))
    first, second = project.documents()
    assert (first.name, first.uuid) == ("Liu", G(20))
    assert second.name == "Liu (2)" and second.uuid != G(20)
    assert [c.uuid == G(30) for c in project.codings(document=first)] == [True]
    assert [c.uuid == G(30) for c in project.codings(document=second)] == [False]
    assert "a second document named 'Liu' is now 'Liu (2)'" in report.changed
    assert "1 document with a GUID used twice in the file got a new one" in report.changed
    assert "1 coding with a GUID used twice in the file got a new one" in report.changed
    assert [(m.title, m.text) for m in project.memos()] == [("Kept apart", "Memo\nin a file")]


def test_only_an_empty_project_takes_a_qdpx(tmp_path: Path, project: Project) -> None:
    project.create_code("Existing")  # codes alone are fine: matched by name
    report = import_qdpx(project, qdpx(tmp_path, CODEBOOK, {}))
    assert report.codes == 4
    path = tmp_path / "note.txt"
    path.write_text("A document.", encoding="utf-8")
    project.import_files([path])
    with pytest.raises(QcodeError, match="without documents or codings"):
        import_qdpx(project, qdpx(tmp_path, CODEBOOK, {}))


# -- the real exports in ../shared ----------------------------------------------------

SAMPLES = "refi-qda", "samples"


def sample_files(name: str) -> tuple[ET.Element, dict[str, bytes]]:
    path = shared_path(*SAMPLES, name)
    if path.suffix == ".qde":
        return ET.fromstring(path.read_bytes()), {}
    with zipfile.ZipFile(path) as archive:
        qde = next(n for n in archive.namelist() if n.lower().endswith(".qde"))
        files = {n.partition("/")[2]: archive.read(n) for n in archive.namelist() if "/" in n}
        return ET.fromstring(archive.read(qde)), files


def root_of(name: str) -> ET.Element:
    return sample_files(name)[0]


def expected_pairs(name: str) -> tuple[int, int, set[tuple[str, str]]]:
    """Documents, codings and (code path, coded text) pairs, read by hand."""
    root, files = sample_files(name)
    utf16 = "NVivo" in root.get("origin", "")
    paths: dict[str, str] = {}

    def walk(element: ET.Element, prefix: str) -> None:
        for code in element.findall(f"{NS}Code"):
            own = code.get("name", "").replace("\\", "\\\\").replace("/", "\\/")
            paths[code.get("guid", "").lower()] = prefix + own
            walk(code, prefix + own + "/")

    codes = root.find(f"{NS}CodeBook/{NS}Codes")
    if codes is not None:
        walk(codes, "")
    documents, codings, pairs = 0, 0, set()
    for source in root.iter(f"{NS}TextSource"):
        reference = source.get("plainTextPath", "").removeprefix("internal://")
        data = files.get(reference)
        if data is None or not data.strip():
            continue
        documents += 1
        raw = data.decode("utf-8").removeprefix("\ufeff")
        units = raw.encode("utf-16-le") if utf16 else None
        for chosen in source.findall(f"{NS}PlainTextSelection"):
            start, end = int(chosen.get("startPosition", 0)), int(chosen.get("endPosition", 0))
            text = units[2 * start : 2 * end].decode("utf-16-le") if units else raw[start:end]
            for coded in chosen.findall(f"{NS}Coding"):
                codings += 1
                code = coded.find(f"{NS}CodeRef")
                assert code is not None
                pairs.add((paths[code.get("targetGUID", "").lower()], text.replace("\r\n", "\n")))
    return documents, codings, pairs


def imported(tmp_path: Path, name: str) -> tuple[Project, QdpxImportReport]:
    project = Project.create(tmp_path / f"{Path(name).stem}.qcode", coder="Tester")
    return project, import_qdpx(project, shared_path(*SAMPLES, name))


def pairs_of(project: Project) -> set[tuple[str, str]]:
    return {(s.code_path, s.text) for s in project.segments(project.codings())}


@pytest.mark.parametrize(
    "name",
    [
        "nvivo-win12.6_oltas.qdpx",
        "nvivo-win12.6_oltas0517.qdpx",
        "nvivo-mac12.7_OltasSzkepticizmus_17June.qdpx",
        "qc1.3.2_demo.qdpx",
        "maxqda24_2025-06-16_ICLS_Conf_Themes_ALL_just10.qdpx",
        "nvivo-mac15.0_nvivo_project.qdpx",
        "atlasti-win23.2_blank-atlas-project.qdpx",
        "atlasti-win23.2_target-atlas-project.qdpx",
        "atlasti-mac8.4_Project.qde",
        "atlasti-mac8.4_repackaged_TestProject.qdpx",
        "maxqda24-scriptmodified_project_with_generated_codes.qde",
    ],
)
def test_sample_imports_what_its_files_hold(tmp_path: Path, name: str) -> None:
    root, _files = sample_files(name)
    documents, codings, pairs = expected_pairs(name)
    project, report = imported(tmp_path, name)
    with project:
        codes = sum(1 for element in root.iter() if element.tag.endswith("}Code"))
        assert (report.documents, report.codes, report.codings) == (documents, codes, codings)
        assert len(project.documents()) == documents and len(project.codebook()) == codes
        assert pairs_of(project) == pairs
        users = {user.get("name") or user.get("id") for user in root.iter(f"{NS}User")}
        assert users <= {coder.name for coder in project.coders()}
        # no sample has a case, or a link between two codings (only ATLAS.ti's memo link)
        cases = sum(1 for _ in root.iter(f"{NS}Case"))
        assert report.cases == len(project.cases()) == cases == 0
        assert report.links == len(project.links()) == 0
        if not name.startswith("atlasti-mac") and not name.startswith(("nvivo-mac15", "maxqda24-")):
            assert report.skipped == []


def test_nvivo_windows_and_mac_exports_of_one_project_agree(tmp_path: Path) -> None:
    windows, _ = imported(tmp_path, "nvivo-win12.6_oltas0517.qdpx")
    mac, _ = imported(tmp_path, "nvivo-mac12.7_OltasSzkepticizmus_17June.qdpx")
    with windows, mac:
        on_windows, on_mac = pairs_of(windows), pairs_of(mac)
    # SOURCES.md: every one of the 295 distinct (code, text) pairs of the Mac export is
    # in the Windows one (which was exported a day later, with 6 more codings).
    assert len(on_mac) == 295
    assert on_mac <= on_windows
    assert len(on_windows - on_mac) == 6


def test_atlas_ti_bare_qde_reports_its_missing_sources(tmp_path: Path) -> None:
    project, report = imported(tmp_path, "atlasti-mac8.4_Project.qde")
    with project:
        assert "bare project file" in report.warnings[0]
        skipped = "\n".join(report.skipped)
        for source in ("Mabel.txt", "Simon.docx", "Kellogg's Passion for Nutrition.pdf"):
            assert f"'{source}' was not imported" in skipped
        assert "'Jeanine's Breakfast.m4a' (audio) was not imported" in skipped
        assert "graph 'Netzwerk'" in skipped
        titles = {memo.title for memo in project.memos()}
        assert {"Research Plan", "My favorite Coke ad", "Code set: Feelings"} <= titles
        assert report.memos == 6  # 2 notes + 4 sets of codes
        # its one link attaches a memo to a quotation of a source that is not here
        (link,) = root_of("atlasti-mac8.4_Project.qde").iter(f"{NS}Link")
        assert link.get("name") == "Memo-Quotation Relation"
        assert (
            "link 'Memo-Quotation Relation' from a memo to something not imported was "
            "dropped; the memo is kept" in report.skipped
        )
        coke = next(memo for memo in project.memos() if memo.title == "My favorite Coke ad")
        assert coke.target_kind == "project"
        assert (report.links, report.cases) == (0, 0)
        assert project.code("Coke::diet Coke").description == "non sucré"


def test_atlas_ti_repackaged_qdpx_warns_about_its_container(tmp_path: Path) -> None:
    project, report = imported(tmp_path, "atlasti-mac8.4_repackaged_TestProject.qdpx")
    with project:
        warnings = "\n".join(report.warnings)
        assert "'Project.qde'" in warnings and "missing from the archive" in warnings
        assert report.documents == 0 and report.codes == 14
        # the same memo link as the bare .qde: its quotation's text is missing too
        assert any(line.startswith("link 'Memo-Quotation Relation'") for line in report.skipped)
        assert project.links() == [] and report.links == 0


def test_nvivo_mac_15_sources_without_text_are_reported(tmp_path: Path) -> None:
    project, report = imported(tmp_path, "nvivo-mac15.0_nvivo_project.qdpx")
    with project:
        assert len(report.skipped) == 2
        assert all("it has no text" in line for line in report.skipped)


def test_maxqda_sets_of_documents_become_attributes(tmp_path: Path) -> None:
    project, report = imported(tmp_path, "maxqda24_2025-06-16_ICLS_Conf_Themes_ALL_just10.qdpx")
    with project:
        flags = [sorted(d.attributes) for d in project.documents()]
        assert sorted(map(tuple, flags)) == [("set: ICLS 2024",)] * 5 + [("set: ICLS 2025",)] * 5
        assert report.sets == 2


def test_a_codebook_file_is_not_a_project(project: Project) -> None:
    with pytest.raises(QcodeError, match=r"import it as a \.qdc"):
        import_qdpx(project, shared_path(*SAMPLES, "taguette1.4.1_codebook.qdc"))


def test_the_command_line_imports_a_qdpx_and_prints_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from qcode.cli import main

    target = tmp_path / "study.qcode"
    assert main(["new", str(target)]) == 0
    sample = shared_path(*SAMPLES, "atlasti-mac8.4_repackaged_TestProject.qdpx")
    other = tmp_path / "note.txt"
    other.write_text("A note.", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(target), str(sample), str(other)]) == 1
    assert "imported on its own" in capsys.readouterr().err
    assert main(["import", str(target), str(sample)]) == 0
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert out == ""
    assert lines[0].startswith(f"{sample.name} (from ATLAS.ti 8.4.0")
    assert "0 documents, 14 codes, 0 codings, 6 memos, 3 coders" in lines[0]
    assert lines[0].endswith(", 0 cases, 0 links")
    assert any(line.startswith("  warning: the project file inside is named") for line in lines)
    assert any(line.startswith("  skipped: graph 'Netzwerk'") for line in lines)
    assert any(line.startswith("  changed: code set 'Feelings'") for line in lines)
