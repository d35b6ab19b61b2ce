"""``qcode merge`` and ``qcode copies``: the team workflow from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qcode.core.project import Project
from tests.test_cli import Run
from tests.test_merge import content

TEXT = "Interviewer: Did they tell you?\r\nLiu: 没有 — no notice 😀.\r\nLiu: 𠮷 was there.\r\n"


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


@pytest.fixture
def study(tmp_path: Path, qcode: Run) -> Path:
    path = tmp_path / "study.qcode"
    qcode("new", path, "--coder", "Lead")
    source = tmp_path / "Liu.txt"
    source.write_bytes(TEXT.encode("utf-8"))
    qcode("import", path, source, "--coder", "Lead")
    return path


def coded_copies(qcode: Run, study: Path) -> list[Path]:
    rows = qcode.json("copies", study, "Amina", "Li")
    assert [row["coder"] for row in rows] == ["Amina", "Li"]
    paths = [Path(row["path"]) for row in rows]
    assert [p.name for p in paths] == ["study-Amina.qcode", "study-Li.qcode"]
    stored = TEXT.replace("\r\n", "\n")
    start = stored.index("没有")
    qcode("code", paths[0], "Liu", "Harms", start, start + 2, "--create", "--coder", "Amina")
    start = stored.index("𠮷")
    qcode("code", paths[1], "Liu", "Place", start, start + 1, "--create", "--coder", "Li")
    return paths


def test_merge_two_copies_prints_a_list_of_reports(qcode: Run, study: Path, tmp_path: Path) -> None:
    paths = coded_copies(qcode, study)
    saved = tmp_path / "report.json"
    reports = qcode.json("merge", study, *paths, "--report", saved)
    assert [r["source"] for r in reports] == ["study-Amina.qcode", "study-Li.qcode"]
    assert [(r["codings_added"], r["codes_added"], r["coders_added"]) for r in reports] == [
        (1, 1, 1),
        (1, 1, 1),
    ]
    assert all(Path(r["backup"]).is_file() for r in reports)
    assert reports[0]["backup"] != reports[1]["backup"]
    assert json.loads(saved.read_text(encoding="utf-8")) == reports
    segments = qcode.json("segments", study)
    assert sorted((s["coder"], s["code"], s["text"]) for s in segments) == [
        ("Amina", "Harms", "没有"),
        ("Li", "Place", "𠮷"),
    ]
    # each merge is its own undo step
    _, err = qcode("undo", study)
    assert "merge study-Li.qcode" in err


def test_merge_one_copy_prints_one_report_and_again_adds_nothing(qcode: Run, study: Path) -> None:
    amina, _ = coded_copies(qcode, study)
    first = qcode.json("merge", study, amina)
    assert first["codings_added"] == 1
    again = qcode.json("merge", study, amina)
    assert (again["codings_added"], again["codings_skipped_duplicate"]) == (0, 1)
    assert again["conflicts"] == []


def test_human_output_lists_counts_conflicts_and_the_backup(qcode: Run, study: Path) -> None:
    (copy,) = [Path(p) for p in qcode("copies", study, "Amina")[0].split("\n") if p]
    with Project.open(copy, coder="Amina") as project:
        project.create_code("Harms", color="#123456")
    with Project.open(study, coder="Lead") as project:
        project.create_code("Harms", color="#abcdef")
    out, _ = qcode("merge", study, copy)
    lines = out.splitlines()
    assert lines[0].startswith("study-Amina.qcode: 0 documents added, 1 matched; 0 codes added")
    assert any(line.startswith("  conflict (code) Harms:") and "#123456" in line for line in lines)
    assert lines[-1].startswith("  backup: ") and lines[-1].endswith(".qcode")
    assert Path(lines[-1].removeprefix("  backup: ")).is_file()


@pytest.mark.parametrize(
    ("other", "message"),
    [
        ("missing.qcode", "missing.qcode: no such file"),
        ("Liu.txt", "Liu.txt is not a qcode project"),
        ("study.qcode", "study.qcode: this is the project itself"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(
    qcode: Run, study: Path, tmp_path: Path, other: str, message: str
) -> None:
    with Project.open(study, read_only=True) as project:
        before = content(project)
    line = qcode.error("merge", study, tmp_path / other)
    assert message in line
    with Project.open(study, read_only=True) as project:
        assert content(project) == before
    assert list(tmp_path.glob("*.before-merge-*")) == []


def test_a_bad_file_among_several_stops_before_any_merge(
    qcode: Run, study: Path, tmp_path: Path
) -> None:
    amina, li = coded_copies(qcode, study)
    line = qcode.error("merge", study, amina, tmp_path / "typo.qcode", li)
    assert "typo.qcode: no such file" in line
    with Project.open(study, read_only=True) as project:
        assert project.codings() == []


def test_copies_refuses_an_existing_target(qcode: Run, study: Path, tmp_path: Path) -> None:
    (tmp_path / "study-Li.qcode").write_text("Li's work")
    line = qcode.error("copies", study, "Amina", "Li")
    assert "study-Li.qcode already exists" in line
    assert not (tmp_path / "study-Amina.qcode").exists()
    assert (tmp_path / "study-Li.qcode").read_text() == "Li's work"


def test_copies_into_a_folder_prints_the_paths(qcode: Run, study: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out, _ = qcode("copies", study, "Amina", "--folder", folder)
    assert out.splitlines() == [str(folder / "study-Amina.qcode")]
    with Project.open(folder / "study-Amina.qcode", read_only=True) as copy:
        assert [d.name for d in copy.documents()] == ["Liu"]
