"""Speakers as units: listing them with their counts, setting a role or a
description, and coding all of a speaker's turns.  Presentation only; the
work is in qcode.core."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from qcode.cli.common import open_project
from qcode.cli.output import one_line, print_json, print_line, print_table, say

if TYPE_CHECKING:
    from qcode.model import Speaker


def speaker_json(speaker: Speaker) -> dict[str, Any]:
    """A speaker as ``qcode speakers --json`` lists it."""
    return {
        "name": speaker.name,
        "role": speaker.role,
        "description": speaker.description,
        "id": speaker.uuid,
        "documents": speaker.documents,
        "turns": speaker.turns,
        "characters": speaker.characters,
        "codings": speaker.codings,
    }


def cmd_speakers(options: argparse.Namespace) -> int:
    with open_project(options, write=False) as project:
        found = project.speakers()
    if options.json:
        print_json([speaker_json(speaker) for speaker in found])
    else:
        print_table(
            ["speaker", "role", "documents", "turns", "characters", "codings", "description"],
            [
                [
                    s.name,
                    s.role,
                    s.documents,
                    s.turns,
                    s.characters,
                    s.codings,
                    one_line(s.description, 40),
                ]
                for s in found
            ],
        )
    return 0


def cmd_speaker(options: argparse.Namespace) -> int:
    edit = options.role is not None or options.description is not None
    with open_project(options, write=edit) as project:
        speaker = project.speaker(options.name)
        if edit:
            speaker = project.set_speaker(
                speaker.name, role=options.role, description=options.description
            )
            say(f"speaker '{speaker.name}': role '{speaker.role}'")
    if options.json:
        print_json(speaker_json(speaker))
    elif not edit:
        for label, value in speaker_json(speaker).items():
            if label != "id":
                print_line(f"{label}: {value}")
    return 0


def cmd_autocode_speaker(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        speaker = project.speaker(options.name)
        documents = None
        if options.documents:
            documents = [project.document(ref) for ref in options.documents]
        if not options.create:
            project.code(options.code)  # refused in one line if there is no such code
        added = project.autocode_speaker(
            speaker.name, options.code, documents=documents, create=options.create
        )
    skipped = added.skipped_duplicates
    turns = f"{len(added.ids)} turn{'s' if len(added.ids) != 1 else ''}"
    say(
        f"coded {turns} of '{speaker.name}' as '{options.code}'"
        + (f" ({skipped} already coded so by you)" if skipped else "")
    )
    return 0
