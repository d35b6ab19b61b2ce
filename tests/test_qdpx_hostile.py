"""Hostile and broken REFI-QDA files: each is refused with one line naming the file,
and the project is left exactly as it was.  Every file is built here with zipfile."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.project import Project
from qcode.core.qdpx_import import import_qdpx
from qcode.errors import QcodeError
from qcode.io.qdpx_read import read_project
from qcode.io.qdpx_zip import CHUNK, QdpxArchive

NS = "urn:QDA-XML:project:1.0"
SOURCE_GUID = "0a47de65-c207-4521-8a66-9a6d9ffa5f8d"


def project_xml(sources: str = "", codebook: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="{NS}" name="hostile" '
        f'origin="test">{codebook}<Sources>{sources}</Sources></Project>'
    )


def text_source(path: str, guid: str = SOURCE_GUID, name: str = "interview") -> str:
    return f'<TextSource guid="{guid}" name="{name}" plainTextPath="{path}"/>'


def write_zip(path: Path, entries: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def assert_untouched(project: Project) -> None:
    assert project.documents() == []
    assert len(project.codebook()) == 0
    assert project.codings() == []
    assert project.memos() == []
    assert project.undo_label() is None


def refused(project: Project, path: Path, **limits: int) -> str:
    with pytest.raises(QcodeError) as raised:
        import_qdpx(project, path, **limits)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(path.name + ":"), message
    assert_untouched(project)
    return message


# -- XML attacks -------------------------------------------------------------------

BILLION_LAUGHS = f"""<?xml version="1.0"?>
<!DOCTYPE Project [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<Project xmlns="{NS}" name="&lol4;"/>"""

EXTERNAL_ENTITY = f"""<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Project xmlns="{NS}" name="x"><Description>&secret;</Description></Project>"""


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["laughs", "external"])
def test_entities_and_dtds_are_refused(project: Project, tmp_path: Path, xml: str) -> None:
    path = write_zip(tmp_path / "entities.qdpx", {"project.qde": xml})
    assert "refuses for safety" in refused(project, path)
    bare = tmp_path / "entities.qde"
    bare.write_text(xml, encoding="utf-8")
    assert "refuses for safety" in refused(project, bare)


# -- zip bombs and limits -------------------------------------------------------------


def test_declared_size_over_the_cap_is_refused_before_reading(
    project: Project, tmp_path: Path
) -> None:
    bomb = "a" * 5_000_000  # compresses to a few kilobytes
    path = write_zip(
        tmp_path / "bomb.qdpx",
        {"project.qde": project_xml(text_source("internal://a.txt")), "sources/a.txt": bomb},
    )
    assert path.stat().st_size < 50_000
    assert "more than the" in refused(project, path, max_bytes=1_000_000)


def test_reading_stops_once_the_budget_is_spent(project: Project, tmp_path: Path) -> None:
    # Every header is honest and small, but the project reads one compressible
    # file again and again: only counting what is read catches it.
    cap = 1_000_000
    text = "a" * 400_000
    sources = "".join(
        text_source("internal://a.txt", guid=f"0a47de65-c207-4521-8a66-9a6d9ffa5f{n:02d}")
        for n in range(50)
    )
    path = write_zip(
        tmp_path / "again.qdpx", {"project.qde": project_xml(sources), "sources/a.txt": text}
    )
    assert sum(info.file_size for info in zipfile.ZipFile(path).infolist()) < cap
    assert "zip bomb" in refused(project, path, max_bytes=cap)
    with QdpxArchive(path, max_bytes=cap) as archive, pytest.raises(QcodeError):
        for _ in read_project(archive):
            pass
    assert cap < archive.bytes_read <= cap + CHUNK


def test_too_many_entries_are_refused(project: Project, tmp_path: Path) -> None:
    entries: dict[str, bytes | str] = {"project.qde": project_xml()}
    entries |= {f"sources/{n}.txt": "x" for n in range(30)}
    path = write_zip(tmp_path / "many.qdpx", entries)
    assert "31 entries" in refused(project, path, max_entries=20)


# -- paths that lead outside the archive ----------------------------------------------


@pytest.mark.parametrize(
    "reference",
    [
        "../../x.txt",
        "internal://../x.txt",
        "internal://sub/../../x.txt",
        "/etc/passwd",
        "C:\\x.txt",
    ],
)
def test_text_paths_outside_the_archive_are_refused(
    project: Project, tmp_path: Path, reference: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = write_zip(
        folder / "paths.qdpx",
        {"project.qde": project_xml(text_source(reference)), "sources/x.txt": "Some text."},
    )
    message = refused(project, path)
    assert "outside the archive" in message and "interview" in message
    assert [p.name for p in folder.iterdir()] == ["paths.qdpx"]  # nothing extracted
    assert not list(tmp_path.parent.rglob("x.txt"))


@pytest.mark.parametrize("entry", ["../../evil.txt", "/abs/evil.txt", "sources/../../evil.txt"])
def test_entries_outside_the_archive_are_refused(
    project: Project, tmp_path: Path, entry: str
) -> None:
    path = write_zip(tmp_path / "entry.qdpx", {"project.qde": project_xml(), entry: "x"})
    assert "points outside the archive" in refused(project, path)


# -- broken containers and files that are not REFI-QDA -----------------------------------


def test_truncated_zip(project: Project, tmp_path: Path) -> None:
    whole = write_zip(
        tmp_path / "whole.qdpx",
        {"project.qde": project_xml(text_source("internal://a.txt")), "sources/a.txt": "Text"},
    )
    path = tmp_path / "truncated.qdpx"
    path.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    assert "not a readable zip archive" in refused(project, path)


def test_not_a_zip(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "notes.qdpx"
    path.write_text("just some notes", encoding="utf-8")
    assert "not a zip archive" in refused(project, path)


def test_zip_without_a_project_file(project: Project, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "empty.qdpx", {"sources/a.txt": "Text"})
    assert "holds no project.qde" in refused(project, path)


def test_zip_with_two_project_files(project: Project, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "two.qdpx", {"project.qde": project_xml(), "Other.qde": "<x/>"})
    assert "2 project files" in refused(project, path)


@pytest.mark.parametrize(
    ("xml", "problem"),
    [
        ('<Thesis xmlns="urn:QDA-XML:project:1.0"/>', "root element is <Thesis>"),
        ('<Project xmlns="urn:example:other" name="x"/>', "in namespace urn:example:other"),
        ('<Project name="x"/>', "not a REFI-QDA project"),
        ('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>', "import it as a .qdc"),
        (f'<Project xmlns="{NS}" name="x"><Users><User guid=', "not well formed"),
        ("", "empty"),
    ],
)
def test_xml_that_is_not_a_refi_qda_project(
    project: Project, tmp_path: Path, xml: str, problem: str
) -> None:
    path = write_zip(tmp_path / "odd.qdpx", {"project.qde": xml})
    assert problem in refused(project, path)
    bare = tmp_path / "odd.qde"
    bare.write_text(xml, encoding="utf-8")
    assert problem in refused(project, bare)


def test_a_broken_file_late_in_the_stream_leaves_nothing_behind(
    project: Project, tmp_path: Path
) -> None:
    # Codes and a document are written before the parser meets the broken end.
    codebook = '<CodeBook><Codes><Code guid="4f3c2a1b-0000-4000-8000-000000000001" '
    codebook += 'name="Trust" isCodable="true"/></Codes></CodeBook>'
    xml = project_xml(text_source("internal://a.txt"), codebook).replace("</Project>", "<Notes>")
    path = write_zip(tmp_path / "late.qdpx", {"project.qde": xml, "sources/a.txt": "Some text"})
    assert "not well formed" in refused(project, path)


def test_the_command_line_says_one_line_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "study.qcode"
    assert main(["new", str(target)]) == 0
    path = write_zip(tmp_path / "evil.qdpx", {"project.qde": BILLION_LAUGHS})
    capsys.readouterr()
    assert main(["import", str(target), str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("qcode: error: evil.qdpx: ")
    with Project.open(target) as opened:
        assert_untouched(opened)


# -- damaged text inside a project ----------------------------------------------------


def test_damaged_bytes_in_a_source_text_are_replaced_and_reported(
    project: Project, tmp_path: Path
) -> None:
    text = "Informant: J’étais au café.\n" * 30 + "Interviewer: déjà?\n"
    data = text.encode("utf-8").replace("déjà".encode(), b"d\xe9j\xe0")
    path = write_zip(
        tmp_path / "damaged.qdpx",
        {
            "project.qde": project_xml(text_source("internal://a.txt")),
            "sources/a.txt": data,
        },
    )
    report = import_qdpx(project, path)
    (document,) = project.documents()
    stored = project.text(document)
    assert stored.startswith("Informant: J’étais au café.\n")  # not re-decoded as cp1252
    assert stored.rstrip("\n").endswith("Interviewer: d\ufffdj\ufffd?")
    assert any("not valid UTF-8" in line and "line 31" in line for line in report.warnings), (
        report.warnings
    )
