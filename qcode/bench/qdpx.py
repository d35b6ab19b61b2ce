"""REFI-QDA exchange figures for ``qcode bench``, on the synthetic project.

The export runs in a fresh child process, so its peak memory is its own:
what the benchmarks before it left in the bench process does not count, and
neither does any earlier child (``RUSAGE_CHILDREN`` would report the largest
child so far, e.g. the Excel export's).  The child's peak includes the
interpreter and qcode's imports, so it is an honest upper bound for what a
user running ``qcode export PROJECT OUT.qdpx`` would see.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from qcode.bench.common import Progress, Result
from qcode.core.project import Project

_CHILD = """
import json, sys, time
from qcode.bench.common import peak_memory_mb
from qcode.core.project import Project
from qcode.export.qdpx import export_qdpx
began = time.perf_counter()
with Project.open(sys.argv[1], read_only=True) as project:
    summary = export_qdpx(project, sys.argv[2])
seconds = time.perf_counter() - began
peak_mb = peak_memory_mb()  # its own, not its parent's (see bench.common)
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "documents": summary.documents,
                  "codings": summary.codings}))
"""


def run_qdpx_benchmarks(
    project: Project, folder: Path, progress: Progress = None, *, keep: bool = False
) -> list[Result]:
    """Export ``project`` to ``folder``/bench.qdpx in a child process; time, peak
    memory, size.  ``keep`` leaves the file there (for the import benchmark)."""
    say = progress or (lambda message: None)
    out = Path(folder) / "bench.qdpx"
    say("exporting the project to .qdpx (child process, for its peak memory)…")
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(project.path), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if child.returncode != 0:
        raise RuntimeError(f"the .qdpx export failed:\n{child.stderr.strip()}")
    figures = json.loads(child.stdout.strip().splitlines()[-1])
    size_mb = out.stat().st_size / (1024 * 1024)
    if not keep:
        out.unlink()
    name = f"export {figures['documents']:,} documents, {figures['codings']:,} codings to .qdpx"
    return [
        Result(name, figures["seconds"], "s", 30),
        Result("peak memory of the .qdpx export (child process)", figures["peak_mb"], "MB", 500),
        Result(".qdpx file size", size_mb, "MB"),
    ]
