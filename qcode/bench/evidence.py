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
    kept, the default), one of the kept imports compared; ``project_path``
    the bench project, closed."""
    say = progress or (lambda message: None)
    results: list[Result] = []

    # Kept and hashes-only imports side by side, twice, taking each one's
    # fastest: a single import timed minutes apart from the main run's
    # measured the load of the shared machine more than keeping originals.
    say("importing again, keeping only the originals' hashes, and keeping them…")
    kept, hashes_only = [import_seconds], []
    for round_ in range(2):
        hashes_only.append(_timed_import(root / f"hashes-only-{round_}.qcode", sources, False))
        kept.append(_timed_import(root / f"kept-{round_}.qcode", sources, True))
    results.append(
        Result(
            f"import {len(sources)} documents: originals kept vs hashes only",
            min(kept) / min(hashes_only),
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


def _timed_import(path: Path, sources: list[Path], keep: bool) -> float:
    """Seconds to import ``sources`` into a new project (which is then
    deleted), keeping the originals or only their hashes."""
    project = Project.create(path, coder="bench")
    try:
        if not keep:  # kept is a new project's default
            project.set_keep_originals(False)
        seconds, _docs = timed(lambda: project.import_files(sources))
    finally:
        project.close()
    path.unlink()
    return seconds


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
