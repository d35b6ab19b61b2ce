"""Codes nest at most MAX_CODE_DEPTH (30) levels, wherever a code is made or
moved, and nothing walks the tree by recursion: a runaway path is refused at
once, a deeper tree in someone else's file is refused in one line (flattening
it would change the codebook), and a deeper tree already in an older project
can still be listed and exported."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.merge.project import merge_project
from qcode.core.project import Project
from qcode.core.qdpx_import import import_qdpx
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument
from qcode.io.qdc import read_codebook
from qcode.model import MAX_CODE_DEPTH, Code
from tests.peak import peak_mb, qcode_command
from tests.test_qdpx_import import G, qdpx

TEXT = "Interviewer: Were you afraid?\nInformant: Yes, every day.\n"
RULE = "qcode allows at most 30 levels of codes"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def chain(levels: int, name: str = "a") -> str:
    return "/".join([name] * levels)


def one_error_line(capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    assert status == 1, err
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("qcode: error: ")
    return lines[0].removeprefix("qcode: error: ")


@pytest.fixture
def study(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "study.qcode"
    source = tmp_path / "Interview 1.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(source)]) == 0
    capsys.readouterr()
    return path


def levels_in(path: Path) -> int:
    with Project.open(path, read_only=True) as project:
        codebook = project.codebook()
        return max((codebook.depth(code.id) + 1 for code in codebook.walk()), default=0)


def test_the_limit_is_thirty_levels() -> None:
    assert MAX_CODE_DEPTH == 30


def test_a_1200_level_path_is_refused_at_once_in_one_line(study: Path) -> None:
    # In a child process, to measure its time and peak memory (before: 15 s, then a crash).
    before = sha256(study)
    peak = study.parent / "peak.txt"
    args = ["code", str(study), "Interview 1", chain(1200), "0", "5", "--create"]
    started = time.monotonic()
    result = subprocess.run(qcode_command(peak, args), capture_output=True, text=True, check=False)
    elapsed = time.monotonic() - started
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"qcode: error: code path '{chain(40)[:79]}…' has 1,200 levels; {RULE}"
    ]
    assert elapsed < 10
    assert peak_mb(peak) < 500
    assert sha256(study) == before


def test_thirty_levels_are_allowed_and_thirty_one_refused(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["code", str(study), "Interview 1", chain(30), "0", "5", "--create"]) == 0
    capsys.readouterr()
    assert levels_in(study) == 30
    before = sha256(study)
    message = one_error_line(capsys, "code", study, "Interview 1", chain(31), "0", "5", "--create")
    assert message == f"code path '{chain(31)}' has 31 levels; {RULE}"
    message = one_error_line(capsys, "add-code", study, chain(30) + "/b")
    assert message == f"code path '{chain(30)}/b' has 31 levels; {RULE}"
    message = one_error_line(capsys, "add-code", study, chain(30, "b") + "/c")
    assert message == f"code path '{chain(30, 'b')}/c' has 31 levels; {RULE}"
    assert sha256(study) == before
    assert levels_in(study) == 30


def test_the_app_and_scripts_cannot_go_deeper_either(project: Project) -> None:
    parent = None
    for level in range(1, MAX_CODE_DEPTH + 1):
        parent = project.create_code(f"L{level}", parent)
    with pytest.raises(QcodeError) as refused:
        project.create_code("L31", parent)
    assert str(refused.value).startswith("code 'L31' under 'L1/L2/L3/")
    assert str(refused.value).endswith(f"would reach level 31; {RULE}")
    assert len(project.codebook()) == 30


def test_moving_a_subtree_may_not_push_its_codes_past_the_limit(project: Project) -> None:
    deep = None
    for level in range(1, 26):
        deep = project.create_code(f"D{level}", deep)
    branch = project.create_code("Branch")
    leaf = branch
    for level in range(2, 7):
        leaf = project.create_code(f"B{level}", leaf)
    assert deep is not None
    with pytest.raises(QcodeError) as refused:
        project.move_code(branch, deep)  # 25 + 6 levels = 31
    assert "moving 'Branch' with its sub-codes under 'D1/D2/" in str(refused.value)
    assert str(refused.value).endswith(f"would reach level 31; {RULE}")
    assert project.codebook().codes[branch.id].parent_id is None
    project.move_code(branch, project.codebook().codes[deep.parent_id or 0])  # 24 + 6 = 30
    assert project.codebook().depth(leaf.id) + 1 == 30


def test_merging_codes_may_not_push_sub_codes_past_the_limit(project: Project) -> None:
    deep = None
    for level in range(1, 30):
        deep = project.create_code(f"D{level}", deep)
    source = project.create_code("Source")
    child = project.create_code("Child", source)
    grandchild = project.create_code("Grandchild", child)
    assert deep is not None and deep.parent_id is not None
    with pytest.raises(QcodeError) as refused:
        project.merge_codes(source, deep)  # Child at level 30, Grandchild at 31
    assert str(refused.value).startswith("the sub-codes of 'Source' under 'D1/D2/")
    assert str(refused.value).endswith(f"would reach level 31; {RULE}")
    assert source.id in project.codebook()
    project.merge_codes(source, project.codebook().codes[deep.parent_id])  # 29 and 30
    assert project.codebook().depth(grandchild.id) + 1 == 30
    assert source.id not in project.codebook()


def deep_codebook(levels: int) -> str:
    opening = "".join(
        f'<Code guid="{G(index + 1)}" name="L{index + 1}" isCodable="true">'
        for index in range(levels)
    )
    return f"<Codes>{opening}{'</Code>' * levels}</Codes>"


def test_a_qdc_deeper_than_the_limit_is_refused_without_recursion(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "deep.qdc"
    shared.write_text(
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">' + deep_codebook(800) + "</CodeBook>",
        encoding="utf-8",
    )
    before = sha256(study)
    message = one_error_line(capsys, "import", study, shared)
    assert message == (
        f"deep.qdc: its codes are nested 800 levels deep; {RULE}, and flattening them "
        "would change the codebook; nothing was imported"
    )
    assert sha256(study) == before


def test_a_qdpx_deeper_than_the_limit_is_refused_without_recursion(
    tmp_path: Path, project: Project
) -> None:
    path = qdpx(tmp_path, "<CodeBook>" + deep_codebook(5000) + "</CodeBook>", {})
    with pytest.raises(QcodeError) as refused:
        import_qdpx(project, path)
    assert str(refused.value) == (
        f"study.qdpx: its codes are nested 5,000 levels deep; {RULE}, and flattening them "
        "would change the codebook; nothing was imported"
    )
    assert len(project.codebook()) == 0


def test_a_thirty_level_tree_round_trips_through_qdc(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["add-code", str(study), chain(30, "Level")]) == 0
    out = tmp_path / "codebook.qdc"
    assert main(["export", str(study), str(out)]) == 0
    capsys.readouterr()
    codes = read_codebook(out)
    names = []
    while codes:
        (code,) = codes
        names.append(code.name)
        codes = code.children
    assert names == ["Level"] * 30
    fresh = tmp_path / "fresh.qcode"
    assert main(["new", str(fresh)]) == 0
    assert main(["import", str(fresh), str(out)]) == 0
    assert levels_in(fresh) == 30


def test_an_older_project_deeper_than_the_limit_can_still_be_listed_and_exported(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An older qcode accepted 980 levels; export then died with RecursionError.
    with sqlite3.connect(study) as conn:
        parent = None
        for level in range(1200):
            cursor = conn.execute(
                "INSERT INTO codes (uuid, parent_id, name, color, description, keywords, "
                "codable, position, created_at) VALUES (?, ?, ?, '#e6194b', '', '[]', 1, 0, "
                "'2024-01-01T00:00:00+00:00')",
                (str(uuid.uuid4()), parent, f"L{level + 1}"),
            )
            parent = cursor.lastrowid
    conn.close()
    assert main(["codes", str(study), "--json"]) == 0
    out, _err = capsys.readouterr()
    assert out.count('"path"') == 1200
    qdc = tmp_path / "old.qdc"
    assert main(["export", str(study), str(qdc)]) == 0
    assert main(["export", str(study), str(tmp_path / "old.qdpx")]) == 0
    capsys.readouterr()
    assert qdc.read_text(encoding="utf-8").count("<Code ") == 1200
    with Project.open(study, read_only=True) as project:
        codebook = project.codebook()
        deepest = codebook.by_path("/".join(f"L{level + 1}" for level in range(1200)))
        assert deepest is not None and codebook.depth(deepest.id) == 1199
        top = codebook.children(None)[0]
        assert codebook.levels(top.id) == 1200
        assert len(codebook.descendants(top.id)) == 1199


def test_a_too_deep_older_tree_can_be_made_shallower_but_not_deeper(project: Project) -> None:
    project.create_code("L1")
    with sqlite3.connect(project.path) as conn:  # 40 levels, as an older qcode allowed
        parent = 1
        for level in range(2, 41):
            cursor = conn.execute(
                "INSERT INTO codes (uuid, parent_id, name, color, description, keywords, "
                "codable, position, created_at) VALUES (?, ?, ?, '#e6194b', '', '[]', 1, 0, "
                "'2024-01-01T00:00:00+00:00')",
                (str(uuid.uuid4()), parent, f"L{level}"),
            )
            parent = cursor.lastrowid
    conn.close()

    def at(level: int) -> Code:
        return project.code("/".join(f"L{n}" for n in range(1, level + 1)))

    branch = project.create_code("Branch")
    project.create_code("Leaf", branch)
    with pytest.raises(QcodeError, match=f"would reach level 41; {RULE}$"):
        project.move_code(branch, at(39))
    project.move_code(at(40), at(38))  # reordered among deep codes: no deeper than it was
    level_20 = at(20)
    project.move_code(level_20, None)  # L20 … L38, then L39 and L40 beside each other
    assert project.codebook().levels(level_20.id) == 20
    assert max(project.codebook().depth(code.id) + 1 for code in project.codebook().walk()) == 20


def test_a_merge_may_not_bring_in_a_tree_deeper_than_the_limit(tmp_path: Path) -> None:
    other_path = tmp_path / "coder-b.qcode"
    with Project.create(other_path, coder="Bo") as other:
        other.add_code(chain(30, "x"))
        other.add_documents([ImportedDocument("Interview", TEXT, "i.txt", "text")])
    with sqlite3.connect(other_path) as conn:  # one more level, as an older qcode allowed
        (deepest,) = conn.execute("SELECT max(id) FROM codes").fetchone()
        conn.execute(
            "INSERT INTO codes (uuid, parent_id, name, color, description, keywords, codable, "
            "position, created_at) VALUES (?, ?, 'y', '#e6194b', '', '[]', 1, 0, "
            "'2024-01-01T00:00:00+00:00')",
            (str(uuid.uuid4()), deepest),
        )
    conn.close()
    lead_path = tmp_path / "lead.qcode"
    with Project.create(lead_path, coder="Amina") as lead:
        with pytest.raises(QcodeError) as refused:
            merge_project(lead, other_path, backup=False)
        assert str(refused.value).startswith("coder-b.qcode: its code 'x/x/x/")
        assert str(refused.value).endswith(f"would be at level 31 here; {RULE}; nothing was merged")
        assert len(lead.codebook()) == 0
        assert lead.documents() == []
