"""Listing and editing the codebook.  Presentation only; the work is in
qcode.core."""

from __future__ import annotations

import argparse

from qcode.cli.common import keyword_list, open_project
from qcode.cli.output import print_json, print_table, say
from qcode.errors import QcodeError


def cmd_codes(options: argparse.Namespace) -> int:
    with open_project(options, write=False) as project:
        codebook = project.codebook()
        counts = project.coding_counts()
    codes = list(codebook.walk())
    if options.json:
        print_json(
            [
                {
                    "id": c.uuid,
                    "path": codebook.path(c.id),
                    "name": c.name,
                    "parent": None if c.parent_id is None else codebook.codes[c.parent_id].uuid,
                    "color": c.color,
                    "description": c.description,
                    "keywords": list(c.keywords),
                    "codable": c.codable,
                    "codings": counts.get(c.id, 0),
                }
                for c in codes
            ]
        )
    else:
        print_table(
            ["code", "colour", "codings"],
            [["  " * codebook.depth(c.id) + c.name, c.color, counts.get(c.id, 0)] for c in codes],
        )
    return 0


def cmd_add_code(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        project.add_code(
            options.code,
            color=options.color,
            description=options.description,
            keywords=keyword_list(options.keywords) or (),
        )
    return 0


def cmd_edit_code(options: argparse.Namespace) -> int:
    changes = {
        "name": options.name,
        "color": options.color,
        "description": options.description,
        "keywords": keyword_list(options.keywords),
    }
    changes = {key: value for key, value in changes.items() if value is not None}
    if not changes:
        raise QcodeError("nothing to change: give --name, --color, --description or --keywords")
    if options.color is not None:
        from qcode.core.code_edits import check_color

        check_color(options.color)  # before the name changes: all or nothing
    with open_project(options, write=True) as project:
        code = project.code(options.code)
        # One undo step per property, as in the app.
        for key, value in changes.items():
            project.update_code(project.codebook().codes[code.id], **{key: value})
    return 0


def cmd_move_code(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        parent = project.code(options.parent) if options.parent else None
        project.move_code(project.code(options.code), parent)
    return 0


def cmd_merge_codes(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        project.merge_codes(project.code(options.source), project.code(options.target))
    return 0


def cmd_delete_code(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        code = project.code(options.code)
        count = len(project.codings(code=code, include_subcodes=True))
        project.delete_code(code)
        say(f"deleted '{options.code}' and {count} coding(s); 'qcode undo' brings them back")
    return 0
