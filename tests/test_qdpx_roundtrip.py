"""A project exported to REFI-QDA (.qdpx) and imported into a new project comes back
the same: texts, codes, codings, memos and attributes, with their UUIDs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qcode.core.project import Project
from qcode.core.qdpx_import import import_qdpx
from qcode.export.qdpx import export_qdpx
from qcode.model import Codebook
from qcode.store import attributes as stored_attributes
from qcode.store import codes as stored_codes
from tests.conftest import shared_path

CRLF_TEXT = (
    "Interviewer: 你们收到通知了吗？\r\nLiu: 没有 😀, no notice at all.\r\n"
    "Interviewer: And 𠮷野家?\r\nLiu: Same there.\r\n"
)
SECOND_TEXT = "Amal: The list 社会信用 came first.\nAmal: Then the court 😀😀."


@pytest.fixture
def original(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "original.qcode", coder="Amina")
    (tmp_path / "Liu.txt").write_bytes(CRLF_TEXT.encode("utf-8"))
    (tmp_path / "Amal.txt").write_text(SECOND_TEXT, encoding="utf-8")
    liu, amal = project.import_files([tmp_path / "Liu.txt", tmp_path / "Amal.txt"])
    project.set_attributes(liu, {"age": 34, "score": 2.5, "urban": True, "region": "North"})
    project.set_attributes(liu, {"interviewed": "2024-03-02"})
    project.set_attributes(amal, {"age": 51, "urban": False})
    trust = project.create_code("Trust", color="#aa0000", description="who is trusted")
    police = project.create_code("Police 😀", trust, description="the police")
    courts = project.create_code("Courts/Judges", trust)
    local = project.create_code("Local", police, color="#00aa00")
    project.update_code(trust, codable=False)
    project.create_code("Notice", description="being told")
    text = project.text(liu)
    yoshinoya = text.index("𠮷")
    project.apply_code(liu, police, yoshinoya, yoshinoya + 4, memo="which one?")
    project.apply_code(liu, police, yoshinoya, yoshinoya + 4, coder="Bo")
    project.apply_code(liu, local, text.index("😀"), text.index("notice"), coder="Bo")
    project.apply_code(liu, project.code("Notice"), 0, text.index("\n"))
    project.apply_code(amal, courts, SECOND_TEXT.index("court"), len(SECOND_TEXT))
    project.add_memo("document", liu.id, "Met twice.", title="About Liu")
    project.add_memo("code", police.id, "Define the police.\nTwo lines.")
    project.add_memo("project", None, "Started in March.", title="Diary")
    project.set_info(description="A study of trust 😀")
    return project


def documents(project: Project) -> list[tuple[Any, ...]]:
    return [
        (d.uuid, d.name, project.text(d), d.attributes, d.imported_at) for d in project.documents()
    ]


def codes(project: Project) -> list[tuple[Any, ...]]:
    codebook = project.codebook()
    return [
        (c.uuid, codebook.path(c.id), c.color, c.description, c.codable) for c in codebook.walk()
    ]


def codings(project: Project) -> set[tuple[Any, ...]]:
    codebook = project.codebook()
    coders = {coder.id: coder.name for coder in project.coders()}
    documents = {d.id: d.uuid for d in project.documents()}
    return {
        (
            c.uuid,
            documents[c.document_id],
            codebook.codes[c.code_id].uuid,
            c.start,
            c.end,
            coders[c.coder_id],
            c.created_at,
        )
        for c in project.codings()
    }


def memos(project: Project) -> set[tuple[Any, ...]]:
    codebook = Codebook(stored_codes.codes(project.conn))
    documents = {d.id: d.uuid for d in project.documents()}
    codings = {c.id: c.uuid for c in project.codings()}
    coders = {coder.id: coder.name for coder in project.coders()}
    targets = {"document": documents, "coding": codings}
    result = set()
    for memo in project.memos():
        kind = memo.target_kind
        target = memo.document_id or memo.code_id or memo.coding_id
        if kind == "code":
            shown = codebook.codes[target or 0].uuid
        else:
            shown = targets[kind][target or 0] if kind in targets else None
        result.add((memo.uuid, memo.title, memo.text, kind, shown, coders[memo.coder_id or 0]))
    return result


def test_export_then_import_gives_the_same_project(original: Project, tmp_path: Path) -> None:
    exported = tmp_path / "study.qdpx"
    export_qdpx(original, exported)
    copy = Project.create(tmp_path / "copy.qcode", coder="Importer")
    report = import_qdpx(copy, exported)
    assert report.skipped == [] and report.changed == [] and report.warnings == []
    assert (report.documents, report.codes, report.codings, report.memos) == (2, 5, 5, 4)
    assert documents(copy) == documents(original)
    assert codes(copy) == codes(original)
    assert codings(copy) == codings(original)
    assert memos(copy) == memos(original)
    types = {v.name: v.type for v in stored_attributes.variables(copy.conn)}
    assert types == {v.name: v.type for v in stored_attributes.variables(original.conn)}
    assert types["age"] == "integer" and types["interviewed"] == "date"
    assert copy.info()["description"] == "A study of trust 😀"
    liu = copy.document("Liu")
    assert "\r" not in copy.text(liu) and copy.text(liu) == CRLF_TEXT.replace("\r\n", "\n").strip()
    segments = {s.text for s in copy.segments(copy.codings(document=liu))}
    assert {"𠮷野家?", "😀, no ", "Interviewer: 你们收到通知了吗？"} <= segments
    original.close()
    copy.close()


def test_an_nvivo_project_survives_export_and_import(tmp_path: Path) -> None:
    sample = shared_path("refi-qda", "samples", "nvivo-win12.6_oltas0517.qdpx")
    first = Project.create(tmp_path / "first.qcode", coder="Tester")
    import_qdpx(first, sample)
    exported = tmp_path / "again.qdpx"
    export_qdpx(first, exported)
    second = Project.create(tmp_path / "second.qcode", coder="Tester")
    report = import_qdpx(second, exported)
    assert report.skipped == []
    assert codings(second) == codings(first)
    assert documents(second) == documents(first)
    first.close()
    second.close()
