"""The main ``qcode bench`` run: the synthetic project of 1,000 documents and
200,000 codings is built, measured, and handed to the other figures' modules."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
import uuid
from functools import partial
from pathlib import Path

from qcode.bench.common import Progress, Result, peak_memory_mb, synthetic_text, timed
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.store.baseline import raw_insert_codings
from qcode.store.codings import CodingRow


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
        seconds, docs = timed(lambda: project.import_files(paths))
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

        seconds, code_ids = timed(create_codes)
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
        seconds, added = timed(partial(project.add_codings, specs))
        results.append(Result(f"add {len(specs):,} codings (one transaction)", seconds, "s"))
        raw = _raw_executemany(baseline_path, specs, coders[0])
        # The specs and what adding them returned (200,000 objects each) are
        # the bench's own, not qcode's: kept to the end they would count in
        # the run's peak memory below.
        added_count = len(specs)
        del specs, added
        results.append(Result("bulk insert vs raw sqlite3 executemany", seconds / raw, "×", 3.0))
        project.close()

        say("opening…")

        def open_project() -> Project:
            opened = Project.open(project_path, coder="bench")
            opened.documents()
            opened.codebook()
            opened.coding_counts()
            return opened

        seconds, project = timed(open_project)
        results.append(Result("open the project (documents, codebook, counts)", seconds, "s", 0.5))

        document = project.documents()[len(docs) // 2]
        samples = []
        for _ in range(20):
            samples.append(timed(lambda: project.segments(project.codings(document=document)))[0])
        results.append(
            Result(
                "list one document's codings with their text",
                statistics.median(samples) * 1000,
                "ms",
                20,
            )
        )

        from qcode.analysis.stats import code_stats

        seconds, _stats = timed(lambda: code_stats(project))
        results.append(Result(f"stats over {added_count:,} codings", seconds, "s", 0.5))

        from qcode.bench.analysis import run_analysis_benchmarks

        results += run_analysis_benchmarks(project, progress)

        from qcode.bench.agreement import run_agreement_benchmarks

        results += run_agreement_benchmarks(project, progress)

        from qcode.bench.findings import run_findings_benchmarks

        results += run_findings_benchmarks(project, progress)

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

        from qcode.bench.evidence import run_evidence_benchmarks

        results += run_evidence_benchmarks(project_path, paths, results[0].value, root, progress)

        from qcode.bench.qdpx import run_qdpx_benchmarks
        from qcode.bench.qdpx_import import run_qdpx_import_benchmark

        say("REFI-QDA export and import…")
        with Project.open(project_path, read_only=True) as reading:
            results += run_qdpx_benchmarks(reading, root, keep=True)
            from qcode.bench.report import run_report_benchmarks

            results += run_report_benchmarks(reading, root, progress)
        results += run_qdpx_import_benchmark(root / "bench.qdpx", root)

        from qcode.bench.encryption import run_encryption_benchmarks

        say("encrypted vs plain…")
        results += run_encryption_benchmarks(
            root, documents=min(documents, 100), codings=min(codings, 20_000)
        )
    from qcode.bench.suggest import run_suggestion_benchmarks

    say("suggestions…")
    results += run_suggestion_benchmarks(progress, units)
    results.append(Result("peak memory", peak_memory_mb(), "MB", 500))
    return results


def _raw_executemany(path: Path, specs: list[NewCoding], default_coder: int) -> float:
    """The same rows, straight into a copy of the project with sqlite3."""
    now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    rows = [
        CodingRow(
            id=i + 1,
            uuid=str(uuid.uuid4()),
            document_id=s.document_id,
            code_id=int(s.code),
            start=s.start,
            end=s.end,
            coder_id=s.coder_id or default_coder,
            created_at=now,
        )
        for i, s in enumerate(specs)
    ]
    return raw_insert_codings(path, rows)
