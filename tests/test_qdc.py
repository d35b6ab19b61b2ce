"""REFI-QDA codebook (.qdc) reading and writing, including real files from other tools."""

from __future__ import annotations

import os
import uuid
import zipfile
from pathlib import Path

import pytest

from qcode.errors import QcodeError, UnreadableFileError
from qcode.export.qdc import codebook_to_bytes, write_codebook
from qcode.io.qdc import CodebookCode, read_codebook, read_codebook_bytes

REFI_QDA = Path(__file__).resolve().parents[1].parent / "shared" / "refi-qda"
SCHEMA = REFI_QDA / "Codebook-mrt2019.xsd"
SAMPLES = REFI_QDA / "samples"


def _sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.is_file():
        pytest.skip(f"REFI-QDA sample {name} not found under {SAMPLES}")
    return path


def _validate(path: Path) -> None:
    if not SCHEMA.is_file():
        pytest.skip(f"REFI-QDA codebook schema not found at {SCHEMA}")
    xmlschema = pytest.importorskip("xmlschema")
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(path))


def _code(name: str, *children: CodebookCode, **fields: object) -> CodebookCode:
    code = CodebookCode(guid=str(uuid.uuid4()), name=name, color=None, description="")
    for key, value in fields.items():
        setattr(code, key, value)
    code.children = list(children)
    return code


def _all(codes: list[CodebookCode]) -> list[CodebookCode]:
    return [c for code in codes for c in (code, *_all(code.children))]


def _depth(codes: list[CodebookCode]) -> int:
    return max((1 + _depth(code.children) for code in codes), default=0)


def _codebook_xml(codes: str, namespace: str = "urn:QDA-XML:codebook:1.0") -> bytes:
    return f'<CodeBook xmlns="{namespace}"><Codes>{codes}</Codes></CodeBook>'.encode()


@pytest.fixture
def codebook() -> list[CodebookCode]:
    """Three levels, with every kind of text and attribute a user might put in."""
    return [
        _code(
            "社会信用 😀",
            _code(
                'Fear & "loyalty" <points>',
                _code("Blacklists", color="#00ff7f", description="Third level"),
                description="Line one\nLine two\n\n  indented line three",
            ),
            color="#ff8800",
            codable=False,
        ),
        _code("Trust"),
    ]


def test_round_trip_keeps_nesting_names_colours_and_descriptions(
    tmp_path: Path, codebook: list[CodebookCode]
) -> None:
    path = tmp_path / "codebook.qdc"
    write_codebook(codebook, path)
    assert read_codebook(path) == codebook


def test_written_codebook_validates_against_the_refi_qda_schema(
    tmp_path: Path, codebook: list[CodebookCode]
) -> None:
    path = tmp_path / "codebook.qdc"
    write_codebook(codebook, path, origin="qcode 0.1.0")
    _validate(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<CodeBook xmlns=')
    assert 'origin="qcode 0.1.0"' in text
    assert "社会信用 😀" in text  # readable in a text editor, not as character references
    assert "<Sets" not in text
    assert text.count("<Description>") == 2  # none for the codes without one
    assert '\n      <Code guid="' in text  # indented by nesting


def test_codebook_from_another_tool_is_written_back_as_a_valid_standard_codebook(
    tmp_path: Path,
) -> None:
    codes = read_codebook(_sample("maxqda24-scriptmodified_project_with_generated_codes.qde"))
    path = tmp_path / "maxqda.qdc"
    write_codebook(codes, path)
    _validate(path)
    assert read_codebook(path) == codes


def test_upper_case_and_braced_guids_are_stored_lower_case() -> None:
    data = _codebook_xml(
        '<Code guid="098AC082-A9C7-50F4-9728-48730081A95E" name="A" isCodable="true"/>'
        '<Code guid="{DD1B8AD4-9B6E-5BE2-BD0B-FDE7DEAFDDA4}" name="B" isCodable="true"/>'
    )
    codes = read_codebook_bytes(data, "upper.qdc")
    assert [code.guid for code in codes] == [
        "098ac082-a9c7-50f4-9728-48730081a95e",
        "dd1b8ad4-9b6e-5be2-bd0b-fde7deafdda4",
    ]


def test_missing_or_invalid_guids_get_the_same_new_guids_on_every_read() -> None:
    data = _codebook_xml(
        '<Code name="Themes" isCodable="true">'
        '<Code guid="c001" name="Trust" isCodable="true"/>'
        '<Code name="Trust" isCodable="true"/></Code>'
        '<Code guid="not-a-guid" name="Other" isCodable="true"/>'
    )
    first = _all(read_codebook_bytes(data, "mastodon.qdc"))
    second = _all(read_codebook_bytes(data, "mastodon.qdc"))
    guids = [code.guid for code in first]
    assert guids == [code.guid for code in second]
    assert len(set(guids)) == 4  # two siblings share a name, not a GUID
    assert all(str(uuid.UUID(guid)) == guid for guid in guids)


def test_colours_are_normalised_and_invalid_ones_dropped() -> None:
    data = _codebook_xml(
        '<Code guid="00000000-0000-0000-0000-000000000001" name="a" isCodable="true"'
        ' color="#EF8256"/>'
        '<Code guid="00000000-0000-0000-0000-000000000002" name="b" isCodable="true"'
        ' color="#AbC"/>'
        '<Code guid="00000000-0000-0000-0000-000000000003" name="c" isCodable="true"'
        ' color="red"/>'
        '<Code guid="00000000-0000-0000-0000-000000000004" name="d" isCodable="true"'
        ' color="#12345"/>'
    )
    colours = [code.color for code in read_codebook_bytes(data, "colours.qdc")]
    assert colours == ["#ef8256", "#aabbcc", None, None]


def test_unknown_elements_empty_descriptions_and_codable_flags_are_tolerated() -> None:
    data = (
        b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="x" vendor:extra="1"'
        b' xmlns:vendor="urn:vendor"><Codes>'
        b'<Code guid="00000000-0000-0000-0000-000000000001" name="a" isCodable="0">'
        b"<Description /><vendor:Note>ignored</vendor:Note></Code>"
        b'<Code guid="00000000-0000-0000-0000-000000000002" name="b"/>'
        b"</Codes><Sets/><Unknown/></CodeBook>"
    )
    codes = read_codebook_bytes(data, "lenient.qdc")
    assert [(c.name, c.description, c.codable, c.children) for c in codes] == [
        ("a", "", False, []),
        ("b", "", True, []),
    ]


def test_maxqda_qdc_namespace_is_accepted() -> None:
    data = _codebook_xml(
        '<Code guid="C9E3D7E0-4DBF-46E2-96EF-14574ECD3B90" name="Theme" isCodable="true">'
        "<Description>Parent</Description></Code>",
        namespace="urn:QDA-XML:codebook:0:4",
    )
    [code] = read_codebook_bytes(data, "maxqda.qdc")
    assert (code.name, code.description) == ("Theme", "Parent")


def test_a_project_without_codes_gives_an_empty_codebook() -> None:
    data = b'<Project xmlns="urn:QDA-XML:project:1.0" name="blank"><Users/></Project>'
    assert read_codebook_bytes(data, "blank.qde") == []


def test_taguette_codebook() -> None:
    codes = read_codebook(_sample("taguette1.4.1_codebook.qdc"))
    assert [code.name for code in codes] == ["xsd:element name", "CodeBook", "Variables"]
    assert codes[0].guid == "098ac082-a9c7-50f4-9728-48730081a95e"
    assert all(c.children == [] and c.codable and c.color is None for c in codes)
    assert all(c.description == "" for c in codes)


def test_maxqda_codebook_pasted_into_a_project() -> None:
    codes = read_codebook(_sample("maxqda24-scriptmodified_project_with_generated_codes.qde"))
    every = _all(codes)
    assert len(every) == 343
    assert len(codes) == 19
    assert _depth(codes) == 2
    assert codes[0].name == "Additional Themes and Ideas"
    assert codes[0].guid == "c9e3d7e0-4dbf-46e2-96ef-14574ecd3b90"
    assert all(code.color is not None for code in every)
    assert sum(1 for code in every if code.description) == 307


def test_nvivo_codebook_inside_a_qdpx() -> None:
    with zipfile.ZipFile(_sample("nvivo-win12.6_oltas.qdpx")) as archive:
        data = archive.read("project.qde")
    codes = read_codebook_bytes(data, "nvivo-win12.6_oltas.qdpx")
    every = _all(codes)
    assert len(every) == 60
    assert _depth(codes) == 3
    assert sum(1 for code in every if code.description) == 9
    assert len({code.guid for code in every}) == 60


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE CodeBook [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="00000000-0000-0000-0000-000000000001" name="&lol3;" isCodable="true"/>
</Codes></CodeBook>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE CodeBook [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="00000000-0000-0000-0000-000000000001" name="&secret;" isCodable="true"/>
</Codes></CodeBook>"""


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"name,colour\nTrust,#ff0000\n", "is not well-formed XML (line 1)"),
        (b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n<Codes>\n</Cod>', "(line 3)"),
        (BILLION_LAUGHS, "contains XML entities, which qcode refuses for safety"),
        (EXTERNAL_ENTITY, "contains XML entities, which qcode refuses for safety"),
        (b"<html><body/></html>", "is not a REFI-QDA codebook (root element is <html>)"),
        (b"", "file is empty"),
        (b"PK\x03\x04rest of a zip", "is a zip archive"),
    ],
    ids=["csv", "bad-xml", "billion-laughs", "external-entity", "html", "empty", "zip"],
)
def test_bad_files_are_refused_with_the_file_name_and_the_problem(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "interviews.qdc"
    path.write_bytes(content)
    with pytest.raises(UnreadableFileError) as raised:
        read_codebook(path)
    assert str(raised.value).startswith("interviews.qdc: ")
    assert problem in str(raised.value)


def test_missing_file_is_reported_by_name(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match=r"^gone\.qdc: file not found$"):
        read_codebook(tmp_path / "gone.qdc")


def test_a_code_without_a_name_is_read_as_it_is_for_the_import_to_clean() -> None:
    # Naming it is the import's job (tests/test_names.py), so one nameless code in
    # someone else's codebook does not stop the other codes from being read.
    data = _codebook_xml(
        '<Code guid="00000000-0000-0000-0000-000000000001" name="Trust" isCodable="true">'
        '<Code guid="00000000-0000-0000-0000-000000000002" name=" " isCodable="true"/>'
        '<Code guid="00000000-0000-0000-0000-000000000003" isCodable="true"/></Code>'
    )
    [trust] = read_codebook_bytes(data, "nested.qdc")
    assert [child.name for child in trust.children] == [" ", ""]


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, codebook: list[CodebookCode], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "codebook.qdc"
    path.write_text("old codebook", encoding="utf-8")

    def disk_full(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(QcodeError, match=r"^codebook\.qdc: cannot be written \(No space left"):
        write_codebook(codebook, path)
    assert path.read_text(encoding="utf-8") == "old codebook"
    assert [p.name for p in tmp_path.iterdir()] == ["codebook.qdc"]


def test_writing_over_an_existing_codebook_replaces_it(
    tmp_path: Path, codebook: list[CodebookCode]
) -> None:
    path = tmp_path / "codebook.qdc"
    write_codebook(codebook, path)
    write_codebook(codebook[1:], path)
    assert [code.name for code in read_codebook(path)] == ["Trust"]
    assert [p.name for p in tmp_path.iterdir()] == ["codebook.qdc"]


def test_an_empty_codebook_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(QcodeError, match="no codes"):
        write_codebook([], tmp_path / "empty.qdc")
    assert list(tmp_path.iterdir()) == []


def test_characters_xml_cannot_hold_are_dropped_so_the_file_stays_readable() -> None:
    pasted_from_word = _code("Before\x0bafter", description="bell\x07 and \ud800 surrogate")
    [code] = read_codebook_bytes(codebook_to_bytes([pasted_from_word]), "word.qdc")
    assert (code.name, code.description) == ("Beforeafter", "bell and  surrogate")


def test_codes_qcode_should_never_hold_are_refused_before_writing() -> None:
    with pytest.raises(ValueError, match="invalid GUID"):
        codebook_to_bytes([_code("Trust", guid="c001")])
    with pytest.raises(ValueError, match="invalid colour"):
        codebook_to_bytes([_code("Trust", color="red")])
