"""The figures of sources as evidence: what keeping the original files costs
an import, checking every hash of the bench project, and correcting a long
coded transcript."""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from qcode.bench.common import Progress, Result, synthetic_text, timed
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project

# A correction of a 60,000-character transcript with 1,000 codings, in the
# core (the app's redraw comes on top): the app must feel instant.
EDIT_TARGET_MS = 50


def run_evidence_benchmarks(
    project_path: Path,
    sources: list[Path],
    import_seconds: float,
    root: Path,
    progress: Progress = None,
) -> list[Result]:
    """``import_seconds`` is the main run's import of ``sources`` (originals
    kept, the default); ``project_path`` the bench project, closed."""
    say = progress or (lambda message: None)
    results: list[Result] = []

    say("importing again, keeping only the originals' hashes…")
    plain = Project.create(root / "hashes-only.qcode", coder="bench")
    try:
        plain.set_keep_originals(False)
        seconds, _docs = timed(lambda: plain.import_files(sources))
    finally:
        plain.close()
    results.append(
        Result(
            f"import {len(sources)} documents: originals kept vs hashes only",
            import_seconds / seconds,
            "×",
            1.25,
        )
    )

    say("checking every hash…")
    with Project.open(project_path, coder="bench") as project:
        seconds, checked = timed(project.verify)
        assert not checked.problems, checked.problems[:3]
    results.append(Result(f"verify {len(sources)} documents and their originals", seconds, "s", 10))

    say("correcting a coded transcript…")
    results += _edit_benchmark(root / "edit.qcode")
    return results


def _edit_benchmark(path: Path) -> list[Result]:
    rng = random.Random(20261204)
    source = path.with_suffix(".txt")
    source.write_text(synthetic_text(rng, 60_000), encoding="utf-8")
    with Project.create(path, coder="bench") as project:
        (document,) = project.import_files([source])
        code = project.add_code("Theme")
        specs = []
        for _ in range(1000):
            start = rng.randrange(0, document.length - 600)
            specs.append(NewCoding(document.id, code.id, start, start + rng.randint(20, 500)))
        project.add_codings(specs)
        samples = []
        for _ in range(20):
            start = rng.randrange(0, document.length - 20)
            began = time.perf_counter()
            project.edit_text(document, start, start + 5, "corrected")
            samples.append(time.perf_counter() - began)
        kept = project.text_changes(document)
    per_edit = statistics.mean(len(removed) + len(added) for _s, removed, added in kept.values())
    return [
        Result(
            "correct a 60,000-character transcript with 1,000 codings (median, core)",
            statistics.median(samples) * 1000,
            "ms",
            EDIT_TARGET_MS,
        ),
        Result("characters kept per correction (the edit, not the text)", per_edit, "chars"),
    ]
