"""``qcode demo``: writing the demo project."""

from __future__ import annotations

import argparse
from pathlib import Path

from qcode.cli.output import say


def cmd_demo(options: argparse.Namespace) -> int:
    from qcode.demo import build_demo

    path = Path(options.path)
    build_demo(path)
    say(f"wrote the demo project to {path}")
    return 0
