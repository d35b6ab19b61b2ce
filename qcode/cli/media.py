"""Recordings linked to documents: ``qcode media`` links one, unlinks it,
or lists them with where each is now.  Presentation only; the work is in
qcode.core (:mod:`qcode.core.media`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qcode.cli.common import open_project
from qcode.cli.output import print_json, print_table, say
from qcode.core.media import NOT_ENCRYPTED, MediaCheck
from qcode.core.timeline import clock
from qcode.errors import QcodeError

COMMANDS: dict[str, str] = {
    "media": "link a recording (audio or video) to a document, --unlink it, or list the "
    "recordings and whether each is still where it was linked",
}


def declare(
    command: Callable[[str, Any], argparse.ArgumentParser],
    coder: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Declare ``qcode media`` (``command`` makes it; ``coder`` adds ``--coder``)."""
    p = command("media", sys.modules[__name__])
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("document", metavar="DOC", nargs="?", help="the document (default: list all)")
    p.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        help="the recording to link (.mp3 .wav .m4a .ogg .mp4 .mkv .webm ...); it is hashed, "
        "not copied into the project",
    )
    p.add_argument("--unlink", action="store_true", help="forget DOC's recording (the file stays)")
    p.add_argument("--json", action="store_true", help="print JSON (and only JSON) on stdout")
    coder(p)


def cmd_media(options: argparse.Namespace) -> int:
    if options.unlink and (options.document is None or options.file is not None):
        raise QcodeError("--unlink takes a document and no file: qcode media PROJECT DOC --unlink")
    if options.file is not None:
        return _link(options)
    if options.unlink:
        with open_project(options, write=True) as project:
            document = project.document(options.document)
            project.unlink_media(document)
        say(f"'{document.name}' has no recording linked now (the file was left where it is)")
        return 0
    with open_project(options, write=False) as project:
        documents = (
            [project.document(options.document)] if options.document else project.documents()
        )
        found = [
            (document.name, check)
            for document in documents
            if (check := project.find_media(document)) is not None
        ]
    if options.json:
        print_json([_as_json(name, check) for name, check in found])
        return 0
    if not found:
        say("no recordings linked" if options.document is None else "no recording linked")
        return 0
    print_table(
        ["document", "kind", "duration", "state", "file"],
        [
            [name, c.link.kind, _duration(c.link.duration), c.state, str(c.path)]
            for name, c in found
        ],
    )
    return 0


def _link(options: argparse.Namespace) -> int:
    path = Path(options.file)
    with open_project(options, write=True) as project:
        document = project.document(options.document)
        link = project.link_media(document, path)
        encrypted = project.encrypted
    length = f", {_duration(link.duration)}" if link.duration is not None else ""
    say(
        f"linked the recording {link.file_name} ({link.kind}{length}, sha256 "
        f"{link.sha256[:12]}…) to '{document.name}'; it stays where it is ({link.path})"
    )
    if encrypted:
        say(NOT_ENCRYPTED)
    return 0


def _duration(seconds: float | None) -> str:
    return "" if seconds is None else clock(seconds)


def _as_json(document: str, check: MediaCheck) -> dict[str, Any]:
    link = check.link
    return {
        "document": document,
        "path": link.path,
        "file_name": link.file_name,
        "size": link.size,
        "sha256": link.sha256,
        "kind": link.kind,
        "duration": link.duration,
        "linked_at": link.linked_at,
        "linked_by": link.linked_by,
        "state": check.state,
        "found_at": str(check.path) if check.playable else None,
    }
