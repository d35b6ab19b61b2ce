"""Report figures for ``qcode bench``: a Word and a PDF report of the
synthetic project's 200 codes with about 5,000 quotes (the documents that
hold them), each written in a fresh child process so that its peak memory
is its own (see :mod:`qcode.bench.qdpx` for why)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from qcode.bench.common import Progress, Result
from qcode.core.project import Project

QUOTES = 5_000
_CHILD = """
import json, sys, time
from qcode.bench.common import peak_memory_mb
from qcode.analysis.filters import Filters
from qcode.core.project import Project
from qcode.export.report import ReportOptions, write_report
began = time.perf_counter()
with Project.open(sys.argv[1], read_only=True) as project:
    filters = Filters(documents=frozenset(json.loads(sys.argv[3])))
    summary = write_report(project, sys.argv[2], ReportOptions(filters=filters))
seconds = time.perf_counter() - began
peak_mb = peak_memory_mb()  # its own, not its parent's (see bench.common)
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "quotes": summary.quotes,
                  "codes": summary.codes}))
"""


def report_documents(project: Project, quotes: int = QUOTES) -> list[int]:
    """The first documents that together hold about ``quotes`` codings."""
    counts = project.coding_counts_by_document()
    chosen, total = [], 0
    for document in project.documents():
        if total >= quotes:
            break
        chosen.append(document.id)
        total += counts.get(document.id, 0)
    return chosen


def run_report_benchmarks(
    project: Project, folder: Path, progress: Progress = None
) -> list[Result]:
    """Write the report as .docx and as .pdf from ``project``; time and peak memory."""
    say = progress or (lambda message: None)
    documents = report_documents(project)
    results: list[Result] = []
    for suffix, target in ((".docx", 30.0), (".pdf", 60.0)):
        out = Path(folder) / f"bench-report{suffix}"
        say(f"writing a {suffix} report (child process, for its peak memory)…")
        child = subprocess.run(
            [sys.executable, "-c", _CHILD, str(project.path), str(out), json.dumps(documents)],
            capture_output=True,
            text=True,
            check=False,
        )
        if child.returncode != 0:
            raise RuntimeError(f"the {suffix} report failed:\n{child.stderr.strip()}")
        figures = json.loads(child.stdout.strip().splitlines()[-1])
        size_mb = out.stat().st_size / (1024 * 1024)
        out.unlink()
        name = f"{suffix} report of {figures['codes']} codes, {figures['quotes']:,} quotes"
        results += [
            Result(name, figures["seconds"], "s", target),
            Result(
                f"peak memory of the {suffix} report (child process)", figures["peak_mb"], "MB", 500
            ),
            Result(f"{suffix} report file size", size_mb, "MB"),
        ]
    return results
