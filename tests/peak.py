"""Running qcode in a child process and reading that child's own peak memory.

``resource.getrusage(...).ru_maxrss`` and ``os.wait4`` are not the child's
own figure: Linux carries the highest resident size of the process image an
``exec`` replaced into the new program's ``ru_maxrss``, and ``subprocess``
starts children with ``vfork``, so a child of a big pytest process reports
pytest's own peak.  The kernel's ``VmHWM`` belongs to the new program's
memory alone, so the child reads it from ``/proc/self/status`` as it exits.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Runs ``python -m qcode ARGS`` and, whatever the outcome, writes VmHWM (kB)
# to the file named by the first argument.
_CHILD = (
    "import atexit, runpy, sys\n"
    "out = sys.argv.pop(1)\n"
    "def peak():\n"
    "    with open('/proc/self/status', encoding='ascii') as status:\n"
    "        kb = next(line.split()[1] for line in status if line.startswith('VmHWM:'))\n"
    "    with open(out, 'w', encoding='ascii') as f:\n"
    "        f.write(kb)\n"
    "atexit.register(peak)\n"
    "sys.argv[0] = 'qcode'\n"
    "runpy.run_module('qcode', run_name='__main__', alter_sys=True)\n"
)


def qcode_command(peak_file: Path, args: list[str]) -> list[str]:
    """The command line that runs qcode with ``args`` and records its peak
    memory in ``peak_file``."""
    return [sys.executable, "-c", _CHILD, str(peak_file), *args]


def peak_mb(peak_file: Path) -> float:
    """The recorded peak in MB (infinite when the child never got to write
    it, e.g. it was killed)."""
    try:
        return int(peak_file.read_text(encoding="ascii")) / 1024
    except (OSError, ValueError):
        return float("inf")
