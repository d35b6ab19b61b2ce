"""``qcode bench``: speed figures on a synthetic project, each beside its target.

Targets are for the reference machine (2 cores, 24 GB).  These are
measurements, not tests: nothing fails when a target is missed, the figure
is simply shown as missed.
"""

from __future__ import annotations

import random
import resource
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.store.baseline import raw_insert_codings

Progress = Callable[[str], None] | None


@dataclass(frozen=True)
class Result:
    name: str
    value: float
    unit: str
    target: float | None = None
    higher_is_better: bool = False

    @property
    def ok(self) -> bool | None:
        if self.target is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": round(self.value, 4),
            "unit": self.unit,
            "target": self.target,
            "ok": self.ok,
        }


_WORDS = (
    "the state credit system list court notice appeal data people local government blacklist "
    "score company platform surveillance camera interview researcher said because family "
    "travel train ticket rights remedy official city pilot points 社会信用 失信 诚信 😀 𠮷 "
    "welfare algorithm risk decision review privacy"
).split(" ")


def synthetic_text(rng: random.Random, length: int) -> str:
    parts: list[str] = []
    size = 0
    turn = 0
    while size < length:
        speaker = "Interviewer" if turn % 2 == 0 else "Respondent"
        sentence = " ".join(rng.choices(_WORDS, k=rng.randint(20, 80)))
        chunk = f"{speaker}: {sentence}.\n"
        parts.append(chunk)
        size += len(chunk)
        turn += 1
    return "".join(parts)[:length]


def _timed(function: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def _peak_memory_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_benchmarks(
    *,
    documents: int = 1000,
    codings: int = 200_000,
    units: int = 2000,
    progress: Progress = None,
) -> list[Result]:
    """Build the synthetic project in a temporary folder and measure."""
    say = progress or (lambda message: None)
    rng = random.Random(20261126)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="qcode-bench-") as folder:
        root = Path(folder)
        sources = root / "sources"
        sources.mkdir()
        say(f"writing {documents} documents of 50,000 characters…")
        paths = []
        for number in range(documents):
            path = sources / f"interview-{number:04d}.txt"
            path.write_text(synthetic_text(rng, 50_000), encoding="utf-8")
            paths.append(path)

        project_path = root / "bench.qcode"
        project = Project.create(project_path, coder="bench")
        say("importing…")
        seconds, docs = _timed(lambda: project.import_files(paths))
        results.append(Result(f"import {documents} documents × 50,000 characters", seconds, "s"))

        say("creating 200 codes…")

        def create_codes() -> list[int]:
            ids = []
            for group in range(20):
                parent = project.create_code(f"Theme {group + 1}")
                ids.append(parent.id)
                for child in range(9):
                    ids.append(project.create_code(f"Sub-theme {child + 1}", parent).id)
            return ids

        seconds, code_ids = _timed(create_codes)
        results.append(Result("create 200 codes (one command each)", seconds, "s"))

        coders = [project.coder_id(name, create=True) for name in ("Coder A", "Coder B")]
        specs = []
        per_document = max(1, codings // len(docs))
        for document in docs:
            for _ in range(per_document):
                start = rng.randrange(0, document.length - 600)
                specs.append(
                    NewCoding(
                        document.id,
                        rng.choice(code_ids),
                        start,
                        start + rng.randint(20, 500),
                        coder_id=rng.choice(coders),
                    )
                )
        specs = specs[:codings]
        baseline_path = root / "baseline.qcode"
        project.backup_to(baseline_path)

        say(f"adding {len(specs):,} codings in one command…")
        seconds, _added = _timed(lambda: project.add_codings(specs))
        results.append(Result(f"add {len(specs):,} codings (one transaction)", seconds, "s"))
        raw = _raw_executemany(baseline_path, specs, coders[0])
        results.append(Result("bulk insert vs raw sqlite3 executemany", seconds / raw, "×", 3.0))
        project.close()

        say("opening…")

        def open_project() -> Project:
            opened = Project.open(project_path, coder="bench")
            opened.documents()
            opened.codebook()
            opened.coding_counts()
            return opened

        seconds, project = _timed(open_project)
        results.append(Result("open the project (documents, codebook, counts)", seconds, "s", 0.5))

        document = project.documents()[len(docs) // 2]
        samples = []
        for _ in range(20):
            samples.append(_timed(lambda: project.segments(project.codings(document=document)))[0])
        results.append(
            Result(
                "list one document's codings with their text",
                statistics.median(samples) * 1000,
                "ms",
                20,
            )
        )

        from qcode.analysis.stats import code_stats

        seconds, _stats = _timed(lambda: code_stats(project))
        results.append(Result(f"stats over {len(specs):,} codings", seconds, "s", 0.5))

        from qcode.bench_analysis import run_analysis_benchmarks

        results += run_analysis_benchmarks(project, progress)

        from qcode.bench_agreement import run_agreement_benchmarks

        results += run_agreement_benchmarks(project, progress)

        code = project.codebook().codes[code_ids[1]]
        samples = []
        for offset in range(30):
            began = time.perf_counter()
            project.apply_code(document, code, offset, offset + 10)
            samples.append(time.perf_counter() - began)
        results.append(
            Result(
                "one coding committed durably (median)", statistics.median(samples) * 1000, "ms", 10
            )
        )
        project.close()

        from qcode.bench_qdpx import run_qdpx_benchmarks
        from qcode.bench_qdpx_import import run_qdpx_import_benchmark

        say("REFI-QDA export and import…")
        with Project.open(project_path, read_only=True) as reading:
            results += run_qdpx_benchmarks(reading, root, keep=True)
        results += run_qdpx_import_benchmark(root / "bench.qdpx", root)

        from qcode.bench_encryption import run_encryption_benchmarks

        say("encrypted vs plain…")
        results += run_encryption_benchmarks(
            root, documents=min(documents, 100), codings=min(codings, 20_000)
        )
    from qcode.bench_suggest import run_suggestion_benchmarks

    say("suggestions…")
    results += run_suggestion_benchmarks(progress, units)
    results.append(Result("peak memory", _peak_memory_mb(), "MB", 500))
    return results


def _raw_executemany(path: Path, specs: list[NewCoding], default_coder: int) -> float:
    """The same rows, straight into a copy of the project with sqlite3."""
    now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    rows = [
        (
            i + 1,
            str(uuid.uuid4()),
            s.document_id,
            int(s.code),
            s.start,
            s.end,
            s.coder_id or default_coder,
            now,
        )
        for i, s in enumerate(specs)
    ]
    return raw_insert_codings(path, rows)


def print_results(results: list[Result]) -> None:
    width = max(len(r.name) for r in results)
    print(f"{'benchmark'.ljust(width)}  {'value':>10}  {'target':>10}")
    for r in results:
        value = f"{r.value:,.3f} {r.unit}" if r.value < 100 else f"{r.value:,.0f} {r.unit}"
        if r.target is None:
            target, verdict = "", ""
        else:
            sign = "≥" if r.higher_is_better else "≤"
            target = f"{sign} {r.target:g} {r.unit}"
            verdict = "ok" if r.ok else "MISSED"
        print(f"{r.name.ljust(width)}  {value:>10}  {target:>10}  {verdict}")
