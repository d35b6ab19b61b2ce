"""``OUT.manifest.json`` beside a report: the manifest every export writes
(:func:`qcode.export.manifest.write_manifest`: the file and its SHA-256, the
sources with their originals and text versions, the edit log in brief,
qcode's version, the filters), and what only a report has: its sections,
the report file's own name and SHA-256 at the top level, the documents it
quotes by name, UUID and text SHA-256, and what the consent register left
out.  Pseudonymised, the names in it are pseudonymised too, and it is
checked for identifiers like the report.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from qcode.core.project import Project
from qcode.export.manifest import file_sha256, manifest_path, write_manifest
from qcode.export.report.context import ReportContext

if TYPE_CHECKING:
    from qcode.export.report.summary import ReportSummary

__all__ = ["manifest_path", "write_report_manifest"]


def write_report_manifest(project: Project, context: ReportContext, summary: ReportSummary) -> Path:
    """Write the manifest of the report ``summary`` describes; returns its path."""
    documents = context.scope.documents
    extra = {
        "report": summary.path.name,
        "report_sha256": file_sha256(summary.path),
        "report_written_at": context.written_at_text,
        "sections": summary.sections,
        "documents": [
            {"name": context.say(d.name), "uuid": d.uuid, "sha256": d.sha256} for d in documents
        ],
        "consent": {
            "ignored": summary.consent_ignored,
            "left_out": summary.left_out,
            "note": context.consent.note(),
        },
    }
    return write_manifest(
        project,
        summary.path,
        filters_description=context.describe_filters(in_english=True),
        extra=extra,
        documents=documents,
        pseudonymiser=context.pseudonymiser,
    )
