"""``OUT.manifest.json``: what a report was made from, for whoever must
vouch for it later (a court, a UN mechanism, a reviewer).

It names the report file and its SHA-256, qcode's version, when it was
written, the filters and sections, whether it is pseudonymised, every
source document in it (name, UUID and the SHA-256 of its text) and the
project's edit history in brief (how many edits, the last one's time).
Pseudonymised, the names in it are pseudonymised too, and the manifest is
checked for identifiers like the report.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.core.project import Project
from qcode.export.atomic import write_bytes_atomically
from qcode.export.leak_check import leak_check
from qcode.export.report.context import ReportContext

if TYPE_CHECKING:
    from qcode.export.report.summary import ReportSummary


def manifest_path(report: Path) -> Path:
    """``annex.pdf`` → ``annex.manifest.json``, beside it."""
    return report.with_name(f"{report.stem}.manifest.json")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for piece in iter(lambda: stream.read(1 << 20), b""):
            digest.update(piece)
    return digest.hexdigest()


def write_manifest(
    project: Project, context: ReportContext, summary: ReportSummary, version: str
) -> Path:
    """Write the manifest of the report ``summary`` describes; returns its path."""
    history = project.history()
    values = {
        "report": summary.path.name,
        "report_sha256": sha256_of(summary.path),
        "written_at": context.written_at_text,
        "qcode_version": version,
        "project": context.say(project.name),
        "sections": summary.sections,
        "filters": context.describe_filters(),
        "pseudonymised": summary.pseudonymised,
        "documents": [
            {"name": context.say(d.name), "uuid": d.uuid, "sha256": d.sha256}
            for d in context.scope.documents
        ],
        "edits": {
            "count": len(history),
            "last_edit_at": project.reader.last_edit_at(),
        },
    }
    path = manifest_path(summary.path)
    data = json.dumps(values, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    write_bytes_atomically(path, data, check=leak_check(context.pseudonymiser, path.name))
    return path
