"""Findings figures for ``qcode bench``, on the synthetic project: a query
with two operators, the case × code matrix with 500 cases, and the
corroboration table over every code: its figures alone (what the table
shows), and with every quote and its text (what the table holds when each
of its rows can be opened without reading again).

The project is given findings first, as a study would have them: 500 cases
(informants) from one imported case list, each holding its share of the
documents; the synthetic "Respondent" speaker given the role respondent;
one coding in ten graded (a third of them first-hand); and a link of each
built-in type between neighbouring codings of a few hundred documents.
Each figure is the median of three runs (the first reads from disk, the
others from SQLite's cache), each run's result freed before the next starts.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from qcode.analysis.cases import case_code_matrix
from qcode.analysis.corroboration import corroboration
from qcode.analysis.queries.run import run_query
from qcode.bench.common import Progress, Result
from qcode.core.case_lists import CaseListRow
from qcode.core.project import Project
from qcode.model import Member

CASES = 500
RUNS = 3
TWO_OPERATORS = '("Theme 1/**" NEAR/200 "Theme 2/**") AND NOT "Theme 3/**"'


def add_findings(project: Project, cases: int = CASES, seed: int = 13) -> None:
    """Give the synthetic project cases, a speaker role, grades and links."""
    rng = random.Random(seed)
    documents = project.documents()
    rows = [
        CaseListRow(
            f"Informant {number + 1:03d}",
            "informant",
            {"region": rng.choice(["north", "south", "east", "west"]), "age": rng.randint(18, 80)},
        )
        for number in range(cases)
    ]
    project.import_cases(rows, "bench")
    by_name = {case.name: case for case in project.cases()}
    for number in range(cases):
        share = documents[number::cases]
        if share:
            members = [Member(document_id=document.id) for document in share]
            project.assign_to_case(by_name[rows[number].name], members)
    if "Respondent" in {speaker.name for speaker in project.speakers()}:
        project.set_speaker_role("Respondent", "respondent")
    first = project.add_grade("first-hand witness", first_hand=True)
    second = project.add_grade("second-hand")
    codings = project.codings()
    graded = rng.sample(codings, len(codings) // 10)
    third = len(graded) // 3
    project.set_grade(graded[:third], first)
    project.set_grade(graded[third:], second)
    linked = 0
    for document in rng.sample(documents, min(300, len(documents))):
        own = project.codings(document=document)
        if len(own) >= 2:
            kind = ("corroborates", "contradicts", "explains")[linked % 3]
            project.link_codings(own[0], own[1], kind)
            linked += 1


def run_findings_benchmarks(project: Project, progress: Progress = None) -> list[Result]:
    """Add findings to ``project`` (see the module), then measure."""
    say = progress or (lambda message: None)
    say(f"findings: {CASES} cases, grades and links…")
    add_findings(project)
    codings = sum(project.coding_counts().values())
    codes = list(project.codebook().walk())
    results = []

    say("findings: a query with two operators…")
    seconds, hits = _median(lambda: run_query(project, TWO_OPERATORS))
    name = f"query with two operators (NEAR/200, AND NOT) over {codings:,} codings"
    results.append(Result(f"{name}: {len(hits):,} passages", seconds, "s", 1.0))

    say("findings: the case × code matrix…")
    seconds, matrix = _median(lambda: case_code_matrix(project))
    name = f"case × code matrix, {len(matrix.cases)} cases × {len(matrix.codes)} codes"
    results.append(Result(name, seconds, "s", 1.0))

    say("findings: the corroboration table…")
    seconds, rows = _median(lambda: corroboration(project, codes, with_quotes=False))
    sources = sum(len(row.sources) for row in rows)
    name = f"corroboration table over all {len(codes)} codes (figures: {sources:,} sources)"
    results.append(Result(name, seconds, "s", 1.0))
    seconds, rows = _median(lambda: corroboration(project, codes))
    quotes = sum(len(row.quotes) for row in rows)
    name = f"corroboration table over all {len(codes)} codes ({quotes:,} quotes with text)"
    results.append(Result(name, seconds, "s", 1.0))
    return results


def _median(run: Callable[[], Any]) -> tuple[float, Any]:
    """The median time of :data:`RUNS` runs, and the last run's value."""
    samples = []
    value = None
    for _ in range(RUNS):
        value = None  # the last run's result is freed before the clock starts
        began = time.perf_counter()
        value = run()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples), value
