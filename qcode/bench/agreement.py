"""Inter-coder agreement figures for ``qcode bench``, on the synthetic project.

The synthetic codings are split at random between "Coder A" and "Coder B",
so both coders have coded every document: agreement compares every document
and every code.  The character unit has a target; the sentence unit (which
reads and splits every text) is shown for information.  The segment unit is
left out: on random codings nearly every coding is unmatched, and listing
200,000 of them with their text says nothing about real use.
"""

from __future__ import annotations

import time

from qcode.analysis.agreement.report import compute_agreement
from qcode.bench.common import Progress, Result
from qcode.core.project import Project

CODERS = ("Coder A", "Coder B")


def run_agreement_benchmarks(project: Project, progress: Progress = None) -> list[Result]:
    """Measure agreement between the synthetic project's two coders."""
    say = progress or (lambda message: None)
    documents = len(project.documents())
    codes = len(project.codebook())
    results: list[Result] = []
    for unit, target in (("character", 5.0), ("sentence", None)):
        say(f"agreement, {unit} unit…")
        began = time.perf_counter()
        compute_agreement(project, CODERS, unit=unit)
        seconds = time.perf_counter() - began
        name = (
            f"agreement, {unit} unit, {documents:,} documents × 50,000 characters × "
            f"{codes} codes, {len(CODERS)} coders"
        )
        results.append(Result(name, seconds, "s", target))
    return results
