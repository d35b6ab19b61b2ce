"""Listing, reading and editing a project's documents.  Presentation only;
the work is in qcode.core."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from qcode.cli.common import attribute_assignments, open_project
from qcode.cli.output import print_json, print_table, say


def cmd_documents(options: argparse.Namespace) -> int:
    with open_project(options, write=False) as project:
        documents = project.documents()
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


def cmd_text(options: argparse.Namespace) -> int:
    with open_project(options, write=False) as project:
        text = project.text(project.document(options.document))
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
