"""The demo project: built from projects/demo, coded by two coders, with memos."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.project import Project
from qcode.demo import build_demo
from qcode.errors import QcodeError
from qcode.resources import demo_folder


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.qcode")


def _spec() -> dict:  # type: ignore[type-arg]
    return json.loads((demo_folder() / "coding.json").read_text(encoding="utf-8"))


def test_demo_holds_every_transcript_and_coding(demo: Project) -> None:
    spec = _spec()
    assert [d.name for d in demo.documents()] == [d["name"] for d in spec["documents"]]
    segments = demo.segments(demo.codings())
    assert len(segments) == len(spec["codings"])
    # Each coding covers exactly the quoted words, by the right coder and code.
    expected = Counter((c["code"], c["quote"], c["coder"]) for c in spec["codings"])
    assert Counter((s.code_path, s.text, s.coder) for s in segments) == expected


def test_demo_is_double_coded_with_memos_and_chinese(demo: Project) -> None:
    coders = {s.coder for s in demo.segments(demo.codings())}
    assert coders == {"Amina Diallo", "Chen Jie"}
    kinds = Counter(m.target_kind for m in demo.memos())
    assert kinds["project"] == 1 and kinds["document"] >= 3 and kinds["coding"] >= 5
    assert kinds["code"] >= 3
    texts = "".join(demo.text(d) for d in demo.documents())
    assert "诚信" in texts and "𠮷" in texts and "😀" in texts
    assert all(d.speakers for d in demo.documents())
    assert all({"role", "city", "year"} <= set(d.attributes) for d in demo.documents())


def test_demo_starts_with_a_clean_undo_stack(demo: Project) -> None:
    assert demo.undo_label() is None


def test_demo_command_writes_it_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.qcode"
    assert main(["demo", str(path)]) == 0
    assert main(["demo", str(path)]) == 1
    assert "already exists" in capsys.readouterr().err
    with Project.open(path, read_only=True) as project:
        assert len(project.documents()) == len(_spec()["documents"])


def test_demo_transcripts_are_ours_and_speaker_labelled() -> None:
    for entry in _spec()["documents"]:
        text = (demo_folder() / entry["file"]).read_text(encoding="utf-8")
        assert "\r" not in text
        assert len(text) > 5000


def test_missing_demo_folder_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from qcode import resources

    monkeypatch.setattr(resources, "_roots", lambda: [tmp_path])
    with pytest.raises(QcodeError, match="'projects' folder is missing"):
        build_demo(tmp_path / "x.qcode")


def test_demo_has_what_findings_need(demo: Project) -> None:
    spec = _spec()
    roles = {speaker.name: speaker.role for speaker in demo.speakers()}
    assert roles["Interviewer"] == "interviewer" and roles["Mr. Deng"] == "respondent"
    cases = {case.name: case for case in demo.cases()}
    assert sorted(cases) == sorted(entry["name"] for entry in spec["cases"])
    # Deng's case is his speaker turns: the codings of interview 03 in his turns.
    deng = cases["Deng, business owner"]
    belongs = demo.case_codings()[deng.id]
    interview_3 = demo.document("Interview 03 – business owner")
    assert belongs and belongs <= {c.id for c in demo.codings(document=interview_3)}
    cells = demo.framework_cells()
    assert len(cells) == len(spec["framework"]) and all(cell.summary for cell in cells)
    assert sum(len(cell.quotes) for cell in cells) == sum(
        len(e["quotes"]) for e in spec["framework"]
    )
    type_names = {link_type.id: link_type.name for link_type in demo.link_types()}
    kinds = sorted(type_names[link.type_id] for link in demo.links())
    assert kinds == ["corroborates", "corroborates", "explains"]
    first_hand = [grade.name for grade in demo.grades() if grade.first_hand]
    assert first_hand == ["First-hand witness"]
    assert sorted(q.name for q in demo.saved_queries()) == sorted(
        q["name"] for q in spec["queries"]
    )


def test_the_demo_queries_answer(demo: Project) -> None:
    from qcode.analysis.queries.run import run_query

    notice = demo.saved_query("Notice, but no appeal")
    hits = run_query(demo, notice.expression)
    # Every Notice coding of the demo, less what is also coded as an appeal.
    notice_codings = demo.codings(code=demo.code("Due process and remedies/Notice"))
    assert hits
    assert {hit.document_id for hit in hits} == {c.document_id for c in notice_codings}
