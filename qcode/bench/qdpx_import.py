"""``qcode bench``: importing a large REFI-QDA project (.qdpx) into a new project.

The import runs in a child process so that its peak memory is its own: a
small wrapper process starts the import as *its* child and reports
``getrusage(RUSAGE_CHILDREN)`` once it has finished, so neither this process
nor any earlier benchmark child counts.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from qcode.bench.common import Result

_IMPORT = """
import json, sys, time
from pathlib import Path
from qcode.core.project import Project
from qcode.core.qdpx_import import import_qdpx
target = Path(sys.argv[2])
target.unlink(missing_ok=True)
began = time.perf_counter()
with Project.create(target, coder="bench") as project:
    report = import_qdpx(project, Path(sys.argv[1]))
print(json.dumps({"seconds": time.perf_counter() - began, "documents": report.documents,
                  "codings": report.codings, "codes": report.codes}))
"""

_WRAPPER = """
import json, resource, subprocess, sys
done = subprocess.run([sys.executable, "-c", sys.argv[1], *sys.argv[2:]],
                      capture_output=True, text=True)
if done.returncode:
    sys.exit(done.stderr.strip() or "the import failed")
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
peak_mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
print(json.dumps({**json.loads(done.stdout), "peak_mb": peak_mb}))
"""


def run_qdpx_import_benchmark(qdpx_path: Path, folder: Path) -> list[Result]:
    """Import ``qdpx_path`` into a new project in ``folder``; time and peak memory."""
    target = Path(folder) / "qdpx-import.qcode"
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, _IMPORT, str(qdpx_path), str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - began
    if done.returncode:
        raise RuntimeError(f"the .qdpx import benchmark failed: {done.stderr.strip()}")
    figures = json.loads(done.stdout)
    what = (
        f"{figures['documents']:,} documents, {figures['codings']:,} codings, "
        f"{figures['codes']:,} codes"
    )
    return [
        Result(f"import a .qdpx project ({what})", figures["seconds"], "s", 30),
        Result("import a .qdpx project, with starting Python", wall, "s"),
        Result("peak memory of the .qdpx import (child process)", figures["peak_mb"], "MB", 500),
    ]
