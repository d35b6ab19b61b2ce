"""The findings figures of ``qcode bench``, on a small synthetic project:
the project gets its cases, roles, grades and links, and each figure is
measured against its one-second target."""

from __future__ import annotations

import random
from pathlib import Path

from qcode.bench.common import synthetic_text
from qcode.bench.findings import CASES, run_findings_benchmarks
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.io.base import ImportedDocument
from qcode.io.speakers import detect_speaker_turns


def _synthetic(folder: Path) -> Project:
    rng = random.Random(7)
    project = Project.create(folder / "bench.qcode", coder="bench")
    texts = [synthetic_text(rng, 3000) for _ in range(12)]
    documents = project.add_documents(
        [
            ImportedDocument(
                f"interview-{i:02d}", text, f"{i}.txt", "text", detect_speaker_turns(text)
            )
            for i, text in enumerate(texts)
        ]
    )
    codes = []
    for theme in range(1, 4):
        parent = project.create_code(f"Theme {theme}")
        codes += [parent.id, project.create_code("Sub-theme 1", parent).id]
    new = []
    for document in documents:
        for _ in range(40):
            start = rng.randrange(0, document.length - 300)
            new.append(
                NewCoding(document.id, rng.choice(codes), start, start + rng.randint(10, 250))
            )
    project.add_codings(new)
    return project


def test_the_findings_benchmarks_run_on_a_small_project(tmp_path: Path) -> None:
    project = _synthetic(tmp_path)
    codings = len(project.codings())
    results = run_findings_benchmarks(project)
    assert len(project.cases()) == CASES == 500
    assert sum(1 for case in project.cases() if case.members) == 12  # a case per document here
    assert project.speaker("Respondent").role == "respondent"
    assert len(project.coding_grades()) == codings // 10
    assert len(project.links()) == 12
    names = [result.name for result in results]
    assert names[0].startswith("query with two operators") and "passages" in names[0]
    assert names[1] == "case × code matrix, 500 cases × 6 codes"
    # a sub-theme's coding is a quote of its own code and of its theme
    subthemes = sum(1 for c in project.codings() if project.codebook().depth(c.code_id) == 1)
    quotes = codings + subthemes
    assert names[2].startswith("corroboration table over all 6 codes (figures: ")
    assert names[3] == f"corroboration table over all 6 codes ({quotes:,} quotes with text)"
    for result in results:
        assert result.target == 1.0 and result.unit == "s" and 0 < result.value < 10
