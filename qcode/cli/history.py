"""A project's history of edits: undo, redo and the log.  Presentation only;
the work is in qcode.core."""

from __future__ import annotations

import argparse

from qcode.cli.common import open_project
from qcode.cli.output import print_json, print_table, say


def cmd_undo(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        say(f"undone: {project.undo()}")
    return 0


def cmd_redo(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        say(f"redone: {project.redo()}")
    return 0


def cmd_log(options: argparse.Namespace) -> int:
    with open_project(options, write=False) as project:
        entries = project.history()
    if options.json:
        print_json([entry.__dict__ for entry in entries])
    else:
        print_table(
            ["when", "coder", "state", "edit"],
            [[e.created_at, e.coder or "", e.state, e.label] for e in entries],
        )
    return 0
