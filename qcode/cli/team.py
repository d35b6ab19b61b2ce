"""Team commands: merging projects and preparing coders' copies.
Presentation only; the work is in qcode.core.merge.project and qcode.core.copies."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from qcode.cli.common import open_project
from qcode.cli.output import print_json, print_line, say
from qcode.cli.passphrase import passphrase_for
from qcode.core.copies import prepare_coder_copies
from qcode.core.merge.project import check_mergeable, merge_project
from qcode.core.merge.report import MergeReport
from qcode.core.project import Project
from qcode.errors import QcodeError


def cmd_merge(options: argparse.Namespace) -> int:
    others = [Path(name) for name in options.others]
    report_file = Path(options.report) if options.report else None
    if report_file is not None and not report_file.parent.is_dir():
        raise QcodeError(f"{report_file.name}: folder {report_file.parent} does not exist")
    reports: list[MergeReport] = []
    with open_project(options, write=True) as project:
        # Every file is checked before the first is merged, so a typo in the
        # third name does not leave the project merged with the first two.
        # An encrypted OTHER opens with the project's passphrase (a plain
        # project's: $QCODE_PASSPHRASE, else asked).
        keys: dict[Path, str | None] = {}
        for other in others:
            check_mergeable(project, other)
            keys[other] = project.passphrase or passphrase_for(other)
            Project.open(other, read_only=True, passphrase=keys[other]).close()
        for other in others:
            try:
                reports.append(merge_project(project, other, passphrase=keys[other]))
            except QcodeError as error:
                if not reports:
                    raise
                done = ", ".join(report.source for report in reports)
                raise QcodeError(
                    f"{error} (already merged, each undoable on its own: {done})"
                ) from None
    data: Any = reports[0].as_json() if len(reports) == 1 else [r.as_json() for r in reports]
    if report_file is not None:
        try:
            report_file.write_text(
                json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        except OSError as error:
            raise QcodeError(
                f"{report_file.name}: could not save the report ({error.strerror}); "
                "the merge itself is done"
            ) from None
    if options.json:
        print_json(data)
        return 0
    for report in reports:
        for line in report.summary():
            print_line(line)
        for conflict in report.conflicts:
            print_line(f"  conflict ({conflict.kind}) {conflict.subject}: {conflict.detail}")
        print_line(f"  backup: {report.backup}")
    if report_file is not None:
        say(f"report saved to {report_file}")
    return 0


def cmd_copies(options: argparse.Namespace) -> int:
    folder = Path(options.folder) if options.folder else None
    with open_project(options, write=False) as project:
        paths = prepare_coder_copies(project, options.coders, folder)
    if options.json:
        print_json(
            [
                {"coder": coder.strip(), "path": str(path)}
                for coder, path in zip(options.coders, paths, strict=True)
            ]
        )
    else:
        for path in paths:
            print_line(str(path))
    return 0
