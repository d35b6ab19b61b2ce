"""Merging projects: a lead brings two coders' copies back into one project.

The expected codings are the ones the test itself made on the copies, read
back from the copies' files; positions are found with ``str.index`` on the
texts, never by asking the merge code.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from qcode.core.copies import prepare_coder_copies
from qcode.core.merge.project import backup_path, merge_project
from qcode.core.merge.reanchor import Reanchor, sentences, tokens
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument, SpeakerTurn

INTERVIEW = (
    "Interviewer: Were you told before they came?\r\n"
    "Liu: No. I did not recieve any notice. The police came 😀 at night.\r\n"
    "Liu: This sentence was removed from the later transcript.\r\n"
    "Wang: 他们没有通知我们。𠮷 family waited outside.\r\n"
)
# The lead's transcript of the same interview: a sentence inserted, a typo
# fixed, one sentence gone.
INTERVIEW_FIXED = (
    "Interviewer: Were you told before they came?\r\n"
    "Liu: No. It was late. I did not receive any notice. The police came 😀 at night.\r\n"
    "Wang: 他们没有通知我们。𠮷 family waited outside.\r\n"
)
SECOND = "Interviewer: And later?\nWang: Nobody explained anything to us.\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))  # CRLF kept as written
    return path


def lead_project(folder: Path, interview: str = INTERVIEW) -> Project:
    """The lead's project: two interviews, a small codebook, memos, attributes."""
    project = Project.create(folder / "lead.qcode", coder="Lead")
    project.import_files(
        [write(folder, "Interview 1.txt", interview), write(folder, "Interview 2.txt", SECOND)]
    )
    harms = project.create_code("Harms", description="Harm done to people")
    project.create_code("Detention", harms)
    project.create_code("Voice")
    first = project.document("Interview 1")
    project.set_attributes(first, {"age": 30})
    project.add_memo("document", first.id, "Recorded in a café.")
    project.add_memo("project", None, "Plan: two coders.", title="Plan")
    return project


def span(project: Project, document: str, words: str) -> tuple[int, int]:
    text = project.text(project.document(document))
    start = text.index(words)
    return start, start + len(words)


def code(project: Project, document: str, path: str, words: str, **kw: Any) -> None:
    start, end = span(project, document, words)
    assert project.apply_code(project.document(document), path, start, end, **kw) is not None


def codings(project: Project) -> set[tuple[Any, ...]]:
    """(uuid, document, code, start, end, coder, created_at, text, memo) of every coding."""
    return {
        (
            s.coding.uuid,
            s.document,
            s.code_path,
            s.coding.start,
            s.coding.end,
            s.coder,
            s.coding.created_at,
            s.text,
            s.memo,
        )
        for s in project.segments(project.codings())
    }


def content(project: Project) -> dict[str, Any]:
    """What a user sees of a project: documents, codes, codings, memos."""
    codebook = project.codebook()
    return {
        "documents": [
            (d.uuid, d.name, d.sha256, d.attributes, project.text(d)) for d in project.documents()
        ],
        "codes": [
            (c.uuid, codebook.path(c.id), c.color, c.description, c.position)
            for c in codebook.walk()
        ],
        "codings": codings(project),
        "memos": sorted(
            (m.uuid, m.title, m.text, m.target_kind, m.created_at) for m in project.memos()
        ),
    }


@pytest.fixture
def team(tmp_path: Path) -> tuple[Project, Path, Path]:
    """The lead's project and two coders' copies coded independently."""
    lead = lead_project(tmp_path)
    path_a, path_b = prepare_coder_copies(lead, ["A", "B"])
    with Project.open(path_a, coder="A") as a:
        code(a, "Interview 1", "Harms", "I did not recieve any notice.")
        code(a, "Interview 1", "Harms/Detention", "The police came 😀 at night.")
        code(a, "Interview 1", "Harms/Detention", "police came 😀")  # overlaps the one before
        a.create_code("Resilience")
        code(a, "Interview 1", "Resilience", "𠮷 family waited", memo="They stayed together.")
        code(a, "Interview 2", "Voice", "Nobody explained anything to us.")
    with Project.open(path_b, coder="B") as b:
        code(b, "Interview 1", "Harms", "I did not recieve any notice.")  # same span as A
        b.create_code("Threats", b.code("Harms"))
        code(b, "Interview 1", "Harms/Threats", "他们没有通知我们。")
        code(b, "Interview 1", "Harms/Detention", "came 😀 at night")
        b.add_memo("coding", b.codings()[-1].id, "Night raids are common.")
    return lead, path_a, path_b


def test_two_coders_copies_merge_back_with_every_coding_once(
    team: tuple[Project, Path, Path],
) -> None:
    lead, path_a, path_b = team
    with Project.open(path_a, read_only=True) as a, Project.open(path_b, read_only=True) as b:
        expected = codings(a) | codings(b)
    assert len(expected) == 8

    first = merge_project(lead, path_a)
    second = merge_project(lead, path_b)

    assert codings(lead) == expected  # uuid, place, coder, created_at, text and memo
    assert {(c[5], c[7]) for c in expected if c[2] == "Harms"} == {
        ("A", "I did not recieve any notice."),
        ("B", "I did not recieve any notice."),
    }
    codebook = lead.codebook()
    assert [codebook.path(c.id) for c in codebook.walk()] == [
        "Harms",
        "Harms/Detention",
        "Harms/Threats",
        "Voice",
        "Resilience",
    ]
    assert (first.codes_added, first.codes_matched) == (1, 3)
    assert (second.codes_added, second.codes_matched) == (1, 3)
    assert (first.codings_added, second.codings_added) == (5, 3)
    assert (first.documents_added, first.documents_matched) == (0, 2)
    assert first.coders_added == 1 and second.coders_added == 1
    assert first.conflicts == [] and second.conflicts == []
    assert first.codings_reanchored == []
    assert Path(str(first.backup)).is_file() and Path(str(second.backup)).is_file()
    # the backup is the project as it was: no codings yet
    with Project.open(Path(str(first.backup)), read_only=True) as backup:
        assert backup.codings() == []
        assert len(backup.documents()) == 2
    # the memos on the documents and the project were not doubled
    assert sorted(m.text for m in lead.memos() if m.target_kind != "coding") == [
        "Plan: two coders.",
        "Recorded in a café.",
    ]
    assert lead.undo_label() == f"merge {path_b.name}"


def test_merging_the_same_file_again_adds_nothing(team: tuple[Project, Path, Path]) -> None:
    lead, path_a, path_b = team
    merge_project(lead, path_a)
    merge_project(lead, path_b)
    before = content(lead)
    again = merge_project(lead, path_b).as_json()
    assert content(lead) == before
    assert {key: value for key, value in again.items() if isinstance(value, int)} == {
        "documents_added": 0,
        "documents_matched": 2,
        "codes_added": 0,
        "codes_matched": 4,
        "codings_added": 0,
        "codings_skipped_duplicate": 3,
        "codings_on_copies": 0,
        "memos_added": 0,
        "coders_added": 0,
        "variables_added": 0,
        "values_added": 0,
        "rejections_added": 0,
        "pseudonyms_added": 0,
    }
    assert again["conflicts"] == []


def test_undo_of_a_merge_restores_the_project(team: tuple[Project, Path, Path]) -> None:
    lead, path_a, _ = team
    before = content(lead)
    merge_project(lead, path_a)
    assert len(lead.codings()) == 5
    assert lead.undo() == f"merge {path_a.name}"
    assert content(lead) == before
    assert [c.name for c in lead.coders()] == ["Lead"]
    lead.redo()
    assert len(lead.codings()) == 5


def test_same_name_with_another_text_re_anchors_the_codings(tmp_path: Path) -> None:
    # The lead holds the fixed transcript; a coder coded the first one,
    # imported on their own (other UUIDs, other text, same name).
    lead = lead_project(tmp_path, INTERVIEW_FIXED)
    (tmp_path / "theirs").mkdir()
    other_path = tmp_path / "theirs" / "other.qcode"
    with Project.create(other_path, coder="B") as other:
        other.import_files([write(tmp_path / "theirs", "Interview 1.txt", INTERVIEW)])
        other_text = other.text(other.document("Interview 1"))
        assert "\r" not in other_text
        for words in (
            "Were you told before they came?",
            "No. I did not recieve any notice.",
            "recieve",
            "The police came 😀 at night.",
            "This sentence was removed from the later transcript.",
            "没有通知",
            "𠮷 family",
        ):
            code(other, "Interview 1", "Harms", words, create=True)
        removed = next(s for s in other.segments(other.codings()) if "removed" in s.text)
        other.add_memo("coding", removed.coding.id, "Why was this cut?")
        expected_total = len(other.codings())

    report = merge_project(lead, other_path)

    fixed = lead.text(lead.document("Interview 1"))
    segments = lead.segments(lead.codings(coder="B"))
    placed = {s.text for s in segments if s.document == "Interview 1"}
    assert placed == {
        "Were you told before they came?",
        "No. It was late. I did not receive any notice.",
        "receive",
        "The police came 😀 at night.",
        "没有通知",
        "𠮷 family",
    }
    police = next(s for s in segments if s.text.startswith("The police"))
    assert (police.coding.start, police.coding.end) == (
        fixed.index("The police"),
        fixed.index("The police") + len("The police came 😀 at night."),
    )
    moved = {(e["old_text"], e["text"]) for e in report.codings_reanchored}
    assert moved == {
        ("No. I did not recieve any notice.", "No. It was late. I did not receive any notice."),
        ("recieve", "receive"),
    }
    # the coding on the removed sentence is kept on a copy of their document, with its memo
    copy = lead.document("Interview 1 (from other)")
    assert lead.text(copy) == other_text
    (kept,) = lead.segments(lead.codings(document=copy))
    assert kept.text == "This sentence was removed from the later transcript."
    assert kept.memo == "Why was this cut?"
    assert len(lead.codings(coder="B")) == expected_total  # nothing lost
    assert report.codings_on_copies == 1
    (conflict,) = [c for c in report.conflicts if c.kind == "document"]
    assert conflict.subject == "Interview 1"
    assert "Interview 1 (from other)" in conflict.detail and "1 coding(s)" in conflict.detail

    before = content(lead)
    again = merge_project(lead, other_path)
    assert content(lead) == before
    assert (again.codings_added, again.documents_added, again.memos_added) == (0, 0, 0)
    assert again.codings_skipped_duplicate == expected_total


def test_an_unrelated_text_of_the_same_name_is_added_beside_it(tmp_path: Path) -> None:
    lead = lead_project(tmp_path)
    other_path = tmp_path / "other.qcode"
    text = "Ma: Completely other words.\nLiu: Yes, 𠮷."
    turns = [SpeakerTurn("Ma", 0, 27), SpeakerTurn("Liu", 28, len(text), 1.5, 2.25)]
    with Project.create(other_path, coder="B") as other:
        (theirs,) = other.add_documents(
            [ImportedDocument("Interview 2", text, "i2.txt", "text", turns)]
        )
        other.set_attributes(theirs, {"age": 52})
        code(other, "Interview 2", "Voice", "other words", create=True)
    report = merge_project(lead, other_path)
    added = lead.document("Interview 2 (from other)")
    assert added.uuid == theirs.uuid
    assert lead.text(added) == text
    assert [(t.speaker, t.start, t.end, t.time_start) for t in lead.speaker_turns(added)] == [
        ("Ma", 0, 27, None),
        ("Liu", 28, len(text), 1.5),
    ]
    assert added.attributes == {"age": 52}
    assert [s.text for s in lead.segments(lead.codings(document=added))] == ["other words"]
    assert lead.text(lead.document("Interview 2")) == SECOND.strip()
    assert report.documents_added == 1
    (conflict,) = [c for c in report.conflicts if c.kind == "document"]
    assert "added as 'Interview 2 (from other)'" in conflict.detail


def test_differences_are_reported_and_kept_apart(tmp_path: Path) -> None:
    lead = lead_project(tmp_path)
    (copy_path,) = prepare_coder_copies(lead, ["B"])
    plan = lead.memos_on("project")[0]
    lead.edit_memo(plan, "Plan: two coders, then compare.")
    lead.update_code(lead.code("Harms"), color="#112233")
    lead.set_attributes(lead.document("Interview 2"), {"wave": 2})
    with Project.open(copy_path, coder="B") as b:
        harms = b.code("Harms")
        b.update_code(harms, description="Physical or mental harm", color="#445566")
        b.edit_memo(b.memos_on("project")[0], "Plan: B codes everything.")
        b.set_attributes(b.document("Interview 1"), {"age": 31, "region": "north"})
        b.set_attributes(b.document("Interview 2"), {"wave": "second"})
        b.create_code("Refusal")
        b.update_code(b.code("Voice"), name="Speaking up")
        code(b, "Interview 2", "Speaking up", "Nobody explained")

    report = merge_project(lead, copy_path)

    harms = lead.code("Harms")
    assert (harms.color, harms.description) == ("#112233", "Harm done to people")
    (description,) = lead.memos_on("code", harms.id)
    assert (description.title, description.text) == (
        f"Description in {copy_path.name}",
        "Physical or mental harm",
    )
    plans = sorted((m.title, m.text) for m in lead.memos_on("project"))
    assert plans == [
        ("Plan", "Plan: two coders, then compare."),
        (f"Plan (from {copy_path.stem})", "Plan: B codes everything."),
    ]
    expected = {"age": 30, "region": "north", "language": "en"}  # language: detected at import
    assert lead.document("Interview 1").attributes == expected
    assert lead.document("Interview 2").attributes == {"wave": 2, "language": "en"}
    found = {(c.kind, c.subject) for c in report.conflicts}
    assert found == {
        ("code", "Harms"),
        ("memo", "Plan"),
        ("attribute", "Interview 1"),
        ("attribute", "wave"),
        ("code", "Voice"),
    }
    details = {c.kind + ":" + c.subject: c.detail for c in report.conflicts}
    assert "colour (#445566)" in details["code:Harms"]
    assert (
        "31" in details["attribute:Interview 1"] and "kept 30" in details["attribute:Interview 1"]
    )
    assert "Interview 2=second" in details["attribute:wave"]
    assert "its name ('Speaking up')" in details["code:Voice"]
    assert [s.code_path for s in lead.segments(lead.codings(coder="B"))] == ["Voice"]
    assert report.codes_added == 1 and report.values_added == 1
    # merged again: the description memo and the memo copy are not added twice
    again = merge_project(lead, copy_path)
    assert (again.memos_added, again.values_added, again.codes_added) == (0, 0, 0)


def test_a_coder_renamed_in_the_other_file_keeps_this_projects_name(tmp_path: Path) -> None:
    lead = lead_project(tmp_path)
    (copy_path,) = prepare_coder_copies(lead, ["Lead"])  # the lead codes a copy too
    with Project.open(copy_path, coder="Lead") as copy:
        code(copy, "Interview 2", "Voice", "Nobody")
    with sqlite3.connect(copy_path) as conn:
        conn.execute("UPDATE coders SET name = 'The lead' WHERE name = 'Lead'")
    report = merge_project(lead, copy_path)
    assert [c.name for c in lead.coders()] == ["Lead"]
    assert [s.coder for s in lead.segments(lead.codings())] == ["Lead"]
    assert [(c.kind, c.subject) for c in report.conflicts] == [("coder", "Lead")]
    assert "'The lead'" in report.conflicts[0].detail


def test_a_merge_failing_halfway_leaves_the_project_as_it_was(
    team: tuple[Project, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    lead, path_a, _ = team
    before = content(lead)
    history = lead.history()

    def broken(state: object) -> None:
        raise QcodeError("disk trouble while merging memos")

    monkeypatch.setattr("qcode.core.merge.project.merge_memos", broken)
    with pytest.raises(QcodeError, match="disk trouble"):
        merge_project(lead, path_a)
    assert content(lead) == before
    assert lead.history() == history
    backups = list(lead.path.parent.glob("lead.before-merge-*.qcode"))
    assert len(backups) == 1
    with Project.open(backups[0], read_only=True) as backup:
        assert content(backup) == before


def test_rows_breaking_a_constraint_stop_the_whole_merge(
    team: tuple[Project, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    lead, path_a, _ = team
    before = content(lead)
    # every new row gets id 1: the codings' primary key refuses the second
    monkeypatch.setattr("qcode.core.merge.plan.MergeState.new_id", lambda self, table: 1)
    with pytest.raises(QcodeError, match="consistency") as error:
        merge_project(lead, path_a)
    assert "\n" not in str(error.value)
    assert content(lead) == before


def test_a_damaged_file_is_refused(team: tuple[Project, Path, Path]) -> None:
    lead, path_a, _ = team
    before = content(lead)
    with sqlite3.connect(path_a) as conn:  # a coding whose coder is gone
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE codings SET coder_id = 999 WHERE id = (SELECT max(id) FROM codings)")
    with pytest.raises(QcodeError, match="damaged"):
        merge_project(lead, path_a)
    assert content(lead) == before


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda folder: folder / "missing.qcode", "missing.qcode: no such file"),
        (lambda folder: write(folder, "notes.txt", "not a project"), "not a qcode project"),
        (lambda folder: folder / "lead.qcode", "this is the project itself"),
        (lambda folder: folder, "it is a folder"),
        (lambda folder: _link(folder / "lead.qcode", folder / "link.qcode"), "the project itself"),
    ],
)
def test_bad_files_are_refused_in_one_line(tmp_path: Path, make: Any, message: str) -> None:
    lead = lead_project(tmp_path)
    before = content(lead)
    with pytest.raises(QcodeError, match=message) as error:
        merge_project(lead, make(tmp_path))
    assert "\n" not in str(error.value)
    assert content(lead) == before
    assert list(tmp_path.glob("*.before-merge-*")) == []


def _link(target: Path, link: Path) -> Path:
    link.symlink_to(target)
    return link


def test_a_newer_project_format_is_refused(tmp_path: Path) -> None:
    lead = lead_project(tmp_path)
    (path,) = prepare_coder_copies(lead, ["B"])
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(QcodeError, match="newer qcode"):
        merge_project(lead, path)


def test_backups_never_overwrite(tmp_path: Path) -> None:
    from datetime import datetime

    project = tmp_path / "p.qcode"
    when = datetime(2024, 5, 6, 7, 8, 9)
    first = backup_path(project, when)
    assert first.name == "p.before-merge-20240506-070809.qcode"
    first.write_text("x")
    assert backup_path(project, when).name == "p.before-merge-20240506-070809-2.qcode"


# -- re-anchoring on its own ---------------------------------------------------------


def test_tokens_and_sentences_cover_the_text() -> None:
    text = "  Liu: 他们没有通知。\n\n𠮷 😀 fine, ok?! end"
    assert "".join(tokens(text)) == text
    assert "".join(sentences(text)) == text
    assert tokens("他们 ok")[:2] == ["他", "们 "]


def test_reanchor_maps_equal_text_exactly_and_refuses_deleted_text() -> None:
    old = "A first line.\nThe middle part goes away.\nThe end 😀 here."
    new = "Inserted at the start.\nA first line.\nThe end 😀 here."
    mapping = Reanchor(old, new)
    start = old.index("The end")
    assert mapping.span(start, len(old)) == (new.index("The end"), len(new))
    middle = old.index("The middle")
    assert mapping.span(middle, middle + len("The middle part")) is None
    assert mapping.span(0, len("A first line.")) == (23, 23 + len("A first line."))
