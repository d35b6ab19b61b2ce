"""Coders' copies: one file per coder with the project's material and none
of its coding work, ready to be coded apart and merged back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qcode.core.copies import prepare_coder_copies
from qcode.core.merge.project import merge_project
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument, SpeakerTurn

TEXT = "Interviewer: Were you told?\nLiu: 没有。No notice 😀, then 𠮷 came.\n"


@pytest.fixture
def lead(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "study.qcode", name="Evictions study", coder="Lead")
    turns = [SpeakerTurn("Interviewer", 0, 27), SpeakerTurn("Liu", 28, len(TEXT) - 1)]
    (document,) = project.add_documents(
        [ImportedDocument("Liu", TEXT, "liu.txt", "text", turns)], {"age": 41}
    )
    harms = project.create_code("Harms", description="Harm done", keywords=["police"])
    project.create_code("Eviction", harms)
    coding = project.apply_code(document, "Harms", 28, 31)
    assert coding is not None
    project.add_memo("coding", coding.id, "A coding memo")
    project.add_memo("document", document.id, "A document memo")
    project.add_memo("code", harms.id, "A code memo")
    project.add_memo("project", None, "A project memo")
    project.reject_suggestion(document, project.code("Harms/Eviction"), 0, 11)
    project.save_suggestion_model("key", "lookup", b"model bytes")
    return project


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read the copy's file directly, not through qcode."""
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_each_coder_gets_the_material_without_the_coding_work(lead: Project) -> None:
    paths = prepare_coder_copies(lead, ["Amina", "Li Wei"])
    folder = lead.path.parent
    assert paths == [folder / "study-Amina.qcode", folder / "study-Li Wei.qcode"]
    document = lead.document("Liu")
    codebook = lead.codebook()
    for coder, path in zip(["Amina", "Li Wei"], paths, strict=True):
        with Project.open(path, coder=coder) as copy:
            assert copy.name == f"Evictions study — {coder}"
            (theirs,) = copy.documents()
            assert (theirs.uuid, theirs.name, theirs.sha256) == (
                document.uuid,
                document.name,
                document.sha256,
            )
            assert theirs.attributes == {"age": 41}
            assert copy.text(theirs) == TEXT
            assert copy.speaker_turns(theirs) == lead.speaker_turns(document)
            assert [
                (c.uuid, c.name, c.description, c.keywords) for c in copy.codebook().walk()
            ] == [(c.uuid, c.name, c.description, c.keywords) for c in codebook.walk()]
            assert copy.codings() == []
            assert sorted(m.text for m in copy.memos()) == [
                "A code memo",
                "A document memo",
                "A project memo",
            ]
            assert copy.history() == []
            assert coder in [c.name for c in copy.coders()]
        assert rows(path, "SELECT count(*) FROM rejected_suggestions") == [(0,)]
        assert rows(path, "SELECT count(*) FROM suggestion_models") == [(0,)]
    # the lead's project is untouched
    assert len(lead.codings()) == 1 and len(lead.memos()) == 4
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".qcode") == [
        "study-Amina.qcode",
        "study-Li Wei.qcode",
        "study.qcode",
    ]


def test_a_copy_coded_by_its_coder_merges_back_cleanly(lead: Project) -> None:
    (path,) = prepare_coder_copies(lead, ["Amina"])
    with Project.open(path, coder="Amina") as copy:
        document = copy.document("Liu")
        start = TEXT.index("没有")
        copy.apply_code(document, "Harms/Eviction", start, start + 2)
        copy.reject_suggestion(document, copy.code("Harms"), 0, 11)
        amina = copy.coders()
    report = merge_project(lead, path)
    assert report.rejections_added == 1
    assert report.conflicts == []
    assert (report.codings_added, report.documents_added, report.codes_added) == (1, 0, 0)
    segments = lead.segments(lead.codings(coder="Amina"))
    assert [(s.code_path, s.text) for s in segments] == [("Harms/Eviction", "没有")]
    assert [c.uuid for c in lead.coders() if c.name == "Amina"] == [
        c.uuid for c in amina if c.name == "Amina"
    ]


def test_names_become_safe_file_names(lead: Project, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    paths = prepare_coder_copies(lead, ["Dr. Ng/Wu", "王芳"], folder)
    assert [p.name for p in paths] == ["study-Dr_ Ng_Wu.qcode", "study-王芳.qcode"]
    with Project.open(paths[1], read_only=True) as copy:
        assert copy.name == "Evictions study — 王芳"


@pytest.mark.parametrize(
    ("coders", "message"),
    [
        (["Amina", "  "], "a coder needs a name"),
        (["Amina", "Li\x1b[2J"], "cannot contain control characters"),
        (["Amina", "Amina"], "named twice"),
        (["Li/Wei", "Li_Wei"], "share a file name"),
        ([], "at least one coder"),
    ],
)
def test_bad_coder_names_write_nothing(lead: Project, coders: list[str], message: str) -> None:
    with pytest.raises(QcodeError, match=message):
        prepare_coder_copies(lead, coders)
    assert [p.name for p in lead.path.parent.iterdir() if "study-" in p.name] == []


def test_an_existing_copy_is_never_overwritten(lead: Project) -> None:
    existing = lead.path.parent / "study-Li.qcode"
    existing.write_text("someone's work")
    with pytest.raises(QcodeError, match=r"study-Li\.qcode already exists"):
        prepare_coder_copies(lead, ["Amina", "Li"])
    assert existing.read_text() == "someone's work"
    assert not (lead.path.parent / "study-Amina.qcode").exists()


def test_a_failure_leaves_no_half_written_files(
    lead: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def failing(path: Path, coder: str, name: str) -> None:
        calls.append(coder)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("qcode.core.copies.strip_for_coder", failing)
    with pytest.raises(QcodeError, match="nothing was written"):
        prepare_coder_copies(lead, ["Amina", "Li"])
    assert calls == ["Amina", "Li"]
    assert [
        p.name for p in lead.path.parent.iterdir() if p.name.startswith((".study", "study-"))
    ] == []


def test_missing_folder_is_refused(lead: Project, tmp_path: Path) -> None:
    with pytest.raises(QcodeError, match="folder not found"):
        prepare_coder_copies(lead, ["Amina"], tmp_path / "nowhere")
