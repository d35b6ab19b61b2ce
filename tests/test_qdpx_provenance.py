"""How each coding was made survives a REFI-QDA round trip (a qcode
extension other tools ignore), and codings from another tool's file read
as imported."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.core.qdpx_import import import_qdpx
from qcode.export.qdpx import coding_guid, export_qdpx
from qcode.model import CodingOrigin
from tests.conftest import shared_path

TEXT = "Interviewer: What happened?\nLiu: They took 𠮷 my phone 😀 and my passport."


@pytest.fixture
def study(tmp_path: Path) -> Path:
    from qcode.io.base import ImportedDocument

    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        (liu,) = project.add_documents([ImportedDocument("Liu", TEXT, "liu.txt", "text")])
        phone = TEXT.index("my phone")
        passport = TEXT.index("my passport")
        project.apply_code(liu, "Seizure", phone, phone + 8, create=True)  # by hand
        project.apply_code(
            liu,
            "Documents",
            passport,
            passport + 11,
            create=True,
            origin=CodingOrigin("suggestion:learned", "model 3", 0.72, "like 'passport' (2)"),
        )
        project.apply_code(liu, "Seizure", 0, 11, origin=CodingOrigin("search"))
    return path


def _origins(path: Path) -> dict[tuple[str, int, int], tuple[str, CodingOrigin | None]]:
    with Project.open(path) as project:
        book = project.codebook()
        codings = project.codings()
        found = project.coding_origins()
        names = project.reader.origin_names([coding.id for coding in codings])
        return {
            (book.path(c.code_id), c.start, c.end): (names[c.id], found.get(c.id)) for c in codings
        }


def test_provenance_survives_a_round_trip(study: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.qdpx"
    with Project.open(study) as project:
        export_qdpx(project, out)
    copy = tmp_path / "copy.qcode"
    with Project.create(copy, coder="Bo") as project:
        import_qdpx(project, out)
    before, after = _origins(study), _origins(copy)
    assert after == before
    phone = TEXT.index("my phone")
    assert after[("Seizure", phone, phone + 8)] == ("hand", None)
    passport = TEXT.index("my passport")
    assert after[("Documents", passport, passport + 11)] == (
        "suggestion",
        CodingOrigin("suggestion:learned", "model 3", 0.72, "like 'passport' (2)"),
    )
    assert after[("Seizure", 0, 11)] == ("search", CodingOrigin("search"))


def test_the_extension_is_outside_the_standard_xml(study: Path, tmp_path: Path) -> None:
    xmlschema = pytest.importorskip("xmlschema")
    out = tmp_path / "out.qdpx"
    with Project.open(study) as project:
        export_qdpx(project, out)
        uuids = {c.start: c.uuid for c in project.codings()}
    with zipfile.ZipFile(out) as archive:
        qde = archive.read("project.qde").decode("utf-8")
        record = json.loads(archive.read("qcode/provenance.json"))
    schema = shared_path("refi-qda", "Project-mrt2019.xsd")
    xmlschema.XMLSchema(str(schema)).validate(qde)
    assert "suggestion:learned" not in qde
    passport = TEXT.index("my passport")
    # Keyed by the GUID of the Coding element in project.qde.
    key = coding_guid(uuids[passport])
    assert f'<Coding guid="{key}"' in qde
    assert record["codings"][key]["source"] == "suggestion:learned"
    assert record["codings"][key]["confidence"] == 0.72
    assert coding_guid(uuids[TEXT.index("my phone")]) not in record["codings"]  # by hand


def _without_member(source: Path, target: Path, replacement: bytes | None = None) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            if name != "qcode/provenance.json":
                new.writestr(name, old.read(name))
            elif replacement is not None:
                new.writestr(name, replacement)


@pytest.mark.parametrize(
    "member", [None, b"{not json", b'{"codings": {"x": 5}}'], ids=["absent", "broken", "odd"]
)
def test_codings_from_a_file_without_the_record_are_imported(
    study: Path, tmp_path: Path, member: bytes | None
) -> None:
    out, other = tmp_path / "out.qdpx", tmp_path / "other.qdpx"
    with Project.open(study) as project:
        export_qdpx(project, out)
    _without_member(out, other, member)
    copy = tmp_path / "copy.qcode"
    with Project.create(copy, coder="Bo") as project:
        import_qdpx(project, other)
    after = _origins(copy)
    if member == b'{"codings": {"x": 5}}':  # a record, but naming none of these codings
        assert {name for name, _ in after.values()} == {"hand"}
        return
    assert len(after) == 3
    assert {name for name, _ in after.values()} == {"import"}
    assert {origin.source for _, origin in after.values() if origin} == {"import:qdpx"}


def test_a_hostile_record_cannot_store_nonsense(study: Path, tmp_path: Path) -> None:
    out, other = tmp_path / "out.qdpx", tmp_path / "other.qdpx"
    with Project.open(study) as project:
        export_qdpx(project, out)
        passport = TEXT.index("my passport")
        key = coding_guid(next(c.uuid for c in project.codings() if c.start == passport))
    record = {
        "codings": {key: {"source": "suggestion:x", "confidence": 7, "reason": "a\x00b" * 5000}}
    }
    _without_member(out, other, json.dumps(record).encode())
    copy = tmp_path / "copy.qcode"
    with Project.create(copy, coder="Bo") as project:
        import_qdpx(project, other)
    (origin,) = [o for _, o in _origins(copy).values() if o is not None]
    assert origin.confidence is None  # 7 is no confidence
    assert origin.reason is not None and "\x00" not in origin.reason
    assert len(origin.reason) <= 2000
