"""Sources as evidence: writing an original back out (``qcode source``),
checking every hash (``qcode verify``), correcting a text after coding
(``qcode edit-text``), its versions (``qcode versions``), codings to review
(``qcode reviewed``) and whether imports keep originals
(``qcode keep-originals``).  Presentation only; the work is in qcode.core."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from qcode.cli.common import open_project
from qcode.cli.output import one_line, print_json, print_table, say
from qcode.core.project import Project

COMMANDS: dict[str, str] = {
    "source": "write a document's original file (as imported) back out, byte for byte",
    "verify": "recompute every hash (original files, stored texts, text versions); "
    "exit 1 naming each document that no longer matches",
    "edit-text": "correct a document's text (replace START-END by NEW_TEXT; codings follow)",
    "versions": "list the versions of a document's text: who, when, what changed",
    "reviewed": "clear the 'text changed' flag of codings you have reviewed",
    "keep-originals": "keep imported files' bytes in the project (yes), or only their hashes (no)",
}


def declare(
    command: Callable[[str, Any], argparse.ArgumentParser],
    position: Callable[[str], int],
    coder: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Declare these commands (``command`` makes one; ``position`` reads a
    code-point position; ``coder`` adds ``--coder``)."""
    import sys

    handlers = sys.modules[__name__]
    p = command("source", handlers)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("document", metavar="DOC", help="document name or id")
    p.add_argument("out", metavar="OUT", help="the file to write (or a folder: its own name)")
    coder(p)

    p = command("verify", handlers)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--json", action="store_true", help="print JSON (and only JSON) on stdout")
    coder(p)

    p = command("edit-text", handlers)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("document", metavar="DOC", help="document name or id")
    p.add_argument("start", metavar="START", type=position, help="first code point replaced")
    p.add_argument(
        "end", metavar="END", type=position, help="one past the last (START = END: insert)"
    )
    p.add_argument("new_text", metavar="NEW_TEXT", help="the new text ('' deletes)")
    coder(p)

    p = command("versions", handlers)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("document", metavar="DOC", help="document name or id")
    p.add_argument("--json", action="store_true", help="print JSON (and only JSON) on stdout")

    p = command("reviewed", handlers)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("codings", metavar="CODING_ID", nargs="+", help="as 'segments --json' shows")
    coder(p)

    p = command("keep-originals", handlers)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("keep", metavar="yes|no", choices=["yes", "no"])
    coder(p)


def cmd_source(options: argparse.Namespace) -> int:
    out = Path(options.out)
    # The handling of evidence is logged, so this needs the project writable.
    with open_project(options, write=True) as project:
        document = project.document(options.document)
        written = project.write_original(document, out)
        original = project.original(document)
    assert original is not None
    say(f"wrote {written} ({original.size:,} bytes, sha256 {original.sha256})")
    return 0


@contextmanager
def _for_check(options: argparse.Namespace) -> Iterator[Project]:
    """Writable when possible (the check is then logged), else read-only:
    checking never waits for the app to close the project."""
    from qcode.errors import ProjectLockedError

    with ExitStack() as stack:
        try:
            project = stack.enter_context(open_project(options, write=True))
        except ProjectLockedError:
            say("note: the project is open elsewhere; this check is not logged")
            project = stack.enter_context(open_project(options, write=False))
        yield project


def cmd_verify(options: argparse.Namespace) -> int:
    with _for_check(options) as project:
        result = project.verify()
    if options.json:
        print_json([problem.as_json() for problem in result.problems])
    for problem in result.problems:
        say(f"mismatch: {problem}")
    checked = (
        f"{result.documents:,} documents, {result.originals:,} original files, "
        f"{result.versions:,} past versions"
    )
    if result.media:
        checked += f", {result.media:,} linked recording{'' if result.media == 1 else 's'}"
    if result.problems:
        names = {problem.uuid for problem in result.problems}
        say(f"{len(names):,} of {result.documents:,} documents do not match (checked {checked})")
        return 1
    say(f"all match: {checked}")
    return 0


def cmd_edit_text(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        document = project.document(options.document)
        result = project.edit_text(document, options.start, options.end, options.new_text)
        codebook = project.codebook()
    parts = [f"'{document.name}' is now version {result.version}"]
    if result.shifted:
        parts.append(f"{result.shifted} coding(s) moved")
    if result.resized:
        parts.append(f"{result.resized} grown or shrunk")
    if result.flagged:
        parts.append(
            f"{len(result.flagged)} flagged 'text changed' (see 'qcode segments --changed')"
        )
    say(", ".join(parts))
    if result.dropped:
        codes = ", ".join(sorted({codebook.path(c.code_id) for c in result.dropped}))
        say(
            f"removed {len(result.dropped)} coding(s) whose whole text was deleted ({codes}); "
            "'qcode undo' brings them back"
        )
    return 0


def cmd_versions(options: argparse.Namespace) -> int:
    with open_project(options, write=False) as project:
        document = project.document(options.document)
        versions = project.text_versions(document)
        changes = project.text_changes(document)
    # A version can be shown while every edit after it is kept.
    shown = {version.version: True for version in versions}
    kept = True
    for version in reversed(versions):
        shown[version.version] = kept
        kept = kept and version.edit_kept
    if options.json:
        print_json(
            [
                {
                    "version": v.version,
                    "created_at": v.created_at,
                    "coder": v.coder,
                    "label": v.label,
                    "length": v.length,
                    "sha256": v.sha256,
                    "start": v.start,
                    "removed": changes[v.version][1] if v.version in changes else None,
                    "inserted": changes[v.version][2] if v.version in changes else None,
                    "can_be_shown": shown[v.version],
                }
                for v in versions
            ]
        )
        return 0
    rows = []
    for v in versions:
        change = changes.get(v.version)
        what = v.label
        if change is not None:
            start, removed, inserted = change
            what = f"at {start:,}: {one_line(removed, 30)!r} → {one_line(inserted, 30)!r}"
        rows.append(
            [
                v.version,
                v.created_at,
                v.coder or "",
                f"{v.length:,}",
                v.sha256[:16],
                "" if shown[v.version] else "erased",
                what,
            ]
        )
    print_table(["version", "when", "coder", "characters", "sha256", "", "change"], rows)
    return 0


def cmd_reviewed(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        codings = [project.coding(uuid) for uuid in options.codings]
        count = project.review_codings(codings)
    say(f"{count} coding(s) no longer flagged 'text changed'")
    return 0


def cmd_keep_originals(options: argparse.Namespace) -> int:
    keep = options.keep == "yes"
    with open_project(options, write=True) as project:
        project.set_keep_originals(keep)
    say(
        "imports now keep the files' bytes"
        if keep
        else "imports now keep only each file's name, size and SHA-256 (files already "
        "imported keep what they have)"
    )
    return 0


def version_option(p: argparse.ArgumentParser) -> None:
    """``qcode text --version N``."""
    p.add_argument(
        "--version",
        metavar="N",
        type=check_version,
        help="a past version of the text, exactly (see 'qcode versions')",
    )


def changed_option(p: argparse.ArgumentParser) -> None:
    """``qcode segments --changed``."""
    p.add_argument(
        "--changed",
        action="store_true",
        help="only codings flagged 'text changed' by a correction of the text, to review",
    )


def manifest_option(p: argparse.ArgumentParser) -> None:
    """``qcode export --manifest``."""
    p.add_argument(
        "--manifest",
        action="store_true",
        help="also write OUT.manifest.json beside it: the export's SHA-256, the sources' "
        "hashes and text versions, the edit log in brief, qcode's version",
    )


def check_version(text: str) -> int:
    """A text version number (from 1), for ``qcode text --version``."""
    if not text.strip().isdigit() or int(text) < 1 or len(text) > 9:
        raise argparse.ArgumentTypeError(f"{text!r} is not a version number (1, 2, ...)")
    return int(text)
