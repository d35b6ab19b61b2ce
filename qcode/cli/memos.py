"""Writing and listing memos.  Presentation only; the work is in qcode.core."""

from __future__ import annotations

import argparse

from qcode.cli.common import open_project
from qcode.cli.output import one_line, print_json, print_table


def cmd_memo(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        if options.on_project:
            target, target_id, name = "project", None, ""
        elif options.doc is not None:  # "" too: it names no document, and says so
            document = project.document(options.doc)
            target, target_id, name = "document", document.id, document.name
        elif options.code is not None:
            code = project.code(options.code)
            target, target_id, name = "code", code.id, code.name
        else:
            coding = project.coding(options.coding)
            target, target_id, name = "coding", coding.id, ""
        memo = project.add_memo(
            target, target_id, options.text, title=options.title, target_name=name
        )
        print(memo.uuid)
    return 0


def cmd_memos(options: argparse.Namespace) -> int:
    with open_project(options, write=False) as project:
        memos = project.memos()
        documents = {d.id: d.name for d in project.documents()}
        codebook = project.codebook()
        coders = {c.id: c.name for c in project.coders()}
        coding_uuids = {
            c.id: c.uuid for c in project.codings() if c.id in {m.coding_id for m in memos}
        }
        cases = {c.id: c.name for c in project.cases()} if any(m.case_id for m in memos) else {}
    rows = []
    for memo in memos:
        target = {
            "project": "",
            "document": documents.get(memo.document_id or 0, ""),
            "code": codebook.path(memo.code_id)
            if memo.code_id is not None and memo.code_id in codebook
            else "",
            "coding": coding_uuids.get(memo.coding_id or 0, ""),
            "case": cases.get(memo.case_id or 0, ""),
        }.get(memo.target_kind, "")
        rows.append(
            {
                "id": memo.uuid,
                "on": memo.target_kind,
                "target": target,
                "title": memo.title,
                "text": memo.text,
                "coder": coders.get(memo.coder_id or 0),
                "created_at": memo.created_at,
                "modified_at": memo.modified_at,
            }
        )
    if options.json:
        print_json(rows)
    else:
        print_table(
            ["on", "target", "coder", "memo"],
            [[r["on"], r["target"], r["coder"], one_line(str(r["text"]))] for r in rows],
        )
    return 0
