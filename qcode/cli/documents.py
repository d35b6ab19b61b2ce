"""Listing, reading and editing a project's documents.  Presentation only;
the work is in qcode.core."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from qcode.cli.common import attribute_assignments, open_project
from qcode.cli.output import print_json, print_table, say
from qcode.model import OriginalFile


def cmd_documents(options: argparse.Namespace) -> int:
    from qcode.cli.consent import warn_retention

    with open_project(options, write=False) as project:
        documents = project.documents()
        originals = project.originals()
        warn_retention(project)
    if options.json:
        print_json(
            [
                {
                    "id": d.uuid,
                    "name": d.name,
                    "length": d.length,
                    "sha256": d.sha256,
                    "attributes": d.attributes,
                    "speakers": list(d.speakers),
                    "source": d.source_name,
                    "importer": d.importer,
                    "imported_at": d.imported_at,
                    "original": _original(originals.get(d.id)),
                }
                for d in documents
            ]
        )
    else:
        print_table(
            ["name", "characters", "speakers", "attributes"],
            [
                [
                    d.name,
                    d.length,
                    ", ".join(d.speakers),
                    ", ".join(f"{k}={v}" for k, v in d.attributes.items()),
                ]
                for d in documents
            ],
        )
    return 0


def _original(original: OriginalFile | None) -> dict[str, Any] | None:
    """The file a document was imported from, as ``documents --json`` shows it."""
    if original is None:
        return None
    return {
        "file_name": original.file_name,
        "size": original.size,
        "sha256": original.sha256,
        "imported_at": original.imported_at,
        "imported_by": original.imported_by,
        "kept": original.kept,
        "warnings": list(original.warnings),
    }


def cmd_text(options: argparse.Namespace) -> int:
    with open_project(options, write=False) as project:
        document = project.document(options.document)
        version = getattr(options, "version", None)
        text = project.text(document) if version is None else project.text_at(document, version)
    # The stored text exactly, as bytes: not escaped like other output.
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0


def cmd_attr(options: argparse.Namespace) -> int:
    # KEY= (an empty value) removes the attribute.
    values: dict[str, Any] = {
        key: value if value != "" else None
        for key, value in attribute_assignments(options.values).items()
    }
    with open_project(options, write=True) as project:
        project.set_attributes(project.document(options.document), values)
    return 0


def cmd_rename_doc(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        project.rename_document(project.document(options.document), options.name)
    return 0


def cmd_delete_doc(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        documents = [project.document(ref) for ref in options.documents]
        project.delete_documents(documents)
        say(f"deleted {len(documents)} document(s); 'qcode undo' brings them back")
    return 0
