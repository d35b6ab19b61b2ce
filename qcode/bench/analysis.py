"""Analysis and report figures for ``qcode bench``, on the synthetic project.

* code frequencies (own and with sub-codes, with words) and co-occurrence
  over every coding;
* exporting every coded segment to a workbook, against a bare openpyxl
  write-only loop writing the same cells in the same run (both read the
  segments the same way, so the ratio is what qcode's cell cleaning and
  styling cost);
* the peak memory of exporting the whole workbook, measured in a child
  process so that what the benchmarks before it used does not count.  The
  word sheets are left out there: they run spaCy over every text, which on
  50 million characters is a matter of minutes, not of memory.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qcode.analysis.cooccurrence import cooccurrence
from qcode.analysis.frequencies import code_frequencies
from qcode.analysis.segments_report import SEGMENT_HEADERS, segment_count, segment_rows
from qcode.bench.common import Progress, Result
from qcode.core.project import Project
from qcode.export.xlsx import SHEETS, export_workbook

_CHILD = """
import json, sys, time
from qcode.bench.common import peak_memory_mb
from qcode.core.project import Project
from qcode.export.xlsx import export_workbook
began = time.perf_counter()
with Project.open(sys.argv[1], read_only=True) as project:
    export_workbook(project, sys.argv[2], sheets=sys.argv[3].split(","))
print(json.dumps({"seconds": time.perf_counter() - began,
                  "peak_mb": peak_memory_mb()}))  # its own (see bench.common)
"""


def run_analysis_benchmarks(project: Project, progress: Progress = None) -> list[Result]:
    """Measure the analyses and the Excel export on ``project``."""
    say = progress or (lambda message: None)
    results: list[Result] = []
    codings = segment_count(project)
    codes = len(project.codebook())

    say("code frequencies…")
    for name, target in (("first in this process: loads numpy", None), ("again", 0.5)):
        began = time.perf_counter()
        code_frequencies(project)
        seconds = time.perf_counter() - began
        label = f"code frequencies over {codings:,} codings ({name})"
        results.append(Result(label, seconds, "s", target))

    say("co-occurrence…")
    for near, label, target in ((False, "overlapping", 3.0), (True, "near", None)):
        began = time.perf_counter()
        cooccurrence(project, near=near)
        seconds = time.perf_counter() - began
        name = f"co-occurrence ({label}), {codings:,} codings × {codes} codes"
        results.append(Result(name, seconds, "s", target))

    with tempfile.TemporaryDirectory(prefix="qcode-bench-xlsx-") as folder:
        root = Path(folder)
        say("exporting the coded segments to xlsx…")
        bare = _bare_openpyxl(project, root / "bare.xlsx")
        began = time.perf_counter()
        export_workbook(project, root / "segments.xlsx", sheets={"segments"})
        ours = time.perf_counter() - began
        results.append(Result(f"export {codings:,} coded segments to xlsx", ours, "s"))
        results.append(
            Result(
                "xlsx segments export vs bare openpyxl write-only (throughput ratio)",
                bare / ours,
                "×",
                0.5,
                higher_is_better=True,
            )
        )
        say("exporting the whole workbook (child process, for its peak memory)…")
        sheets = ",".join(sheet for sheet in SHEETS if sheet != "words")
        child = subprocess.run(
            [sys.executable, "-c", _CHILD, str(project.path), str(root / "all.xlsx"), sheets],
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(child.stdout.strip().splitlines()[-1])
        results.append(
            Result("export the whole workbook (no word sheets)", figures["seconds"], "s")
        )
        results.append(Result("peak memory of that export", figures["peak_mb"], "MB", 500))
    return results


def _bare_openpyxl(project: Project, path: Path) -> float:
    """Seconds for openpyxl alone to write the same segment cells."""
    from openpyxl import Workbook

    began = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Segments")
    sheet.append(list(SEGMENT_HEADERS))
    for row in segment_rows(project):
        sheet.append(row.cells())
    workbook.save(path)
    return time.perf_counter() - began
