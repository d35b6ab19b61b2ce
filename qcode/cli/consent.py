"""The consent register: recording a participant's consent (``qcode
participant``), listing the register (``qcode participants``) and a
participant's withdrawal (``qcode withdraw``).  Presentation only; the work
is in qcode.core."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qcode.cli.common import open_project
from qcode.cli.output import print_json, print_table, say
from qcode.core.consent import unlinked_lines
from qcode.core.media import HeldRecording, find_media
from qcode.core.project import Project
from qcode.core.withdrawal import recording_lines
from qcode.errors import QcodeError

COMMANDS: dict[str, str] = {
    "participant": "record a participant's consent (create or update): their documents or "
    "speaker label, whether they may be quoted or named, until when data is kept",
    "participants": "list the consent register",
    "withdraw": "a participant withdraws: delete their documents, turns, codings, memos and "
    "original files for good (not undoable; --yes)",
}

_ANSWERS = ["yes", "no", "unknown"]


def declare(
    command: Callable[[str, Any], argparse.ArgumentParser],
    coder: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Declare these commands (``command`` makes one; ``coder`` adds ``--coder``)."""
    import sys

    handlers = sys.modules[__name__]
    p = command("participant", handlers)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("name", metavar="NAME", help="the participant (a new name adds one)")
    p.add_argument(
        "--documents",
        metavar="DOC",
        nargs="+",
        help="their documents (replaces the documents linked before)",
    )
    p.add_argument(
        "--speaker", metavar="LABEL", help="their speaker label in any document ('' clears)"
    )
    p.add_argument("--quote", choices=_ANSWERS, help="may they be quoted")
    p.add_argument("--named", choices=_ANSWERS, help="may they be named")
    p.add_argument(
        "--keep-recording",
        choices=_ANSWERS,
        help="may the recording be kept ('no' unlinks the recordings of their documents and "
        "of those they speak in; the files stay on disk unless --delete-recordings)",
    )
    p.add_argument(
        "--delete-recordings",
        action="store_true",
        help="with --keep-recording no: also delete the files of the recordings of their own "
        "documents (never one that holds other people's voices)",
    )
    p.add_argument(
        "--retain-until", metavar="YYYY-MM-DD", help="keep their data until this day ('' clears)"
    )
    p.add_argument("--consent-ref", metavar="TEXT", help="the reference of their consent form")
    p.add_argument("--case", metavar="CASE", help="the case they are ('' clears)")
    p.add_argument("--json", action="store_true", help="print JSON (and only JSON) on stdout")
    coder(p)

    p = command("participants", handlers)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--json", action="store_true", help="print JSON (and only JSON) on stdout")

    p = command("withdraw", handlers)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("name", metavar="NAME", help="the participant who withdraws")
    p.add_argument(
        "--yes",
        action="store_true",
        help="confirm: everything about them is deleted for good; this cannot be undone",
    )
    p.add_argument(
        "--delete-backups",
        action="store_true",
        help="also delete the backups beside the project that still hold their data",
    )
    p.add_argument(
        "--delete-recordings",
        action="store_true",
        help="also delete the recording files of their own documents, unless their record "
        "says the recording may be kept (--keep-recording yes); by default only qcode's own "
        "copies (in PROJECT.media/) are deleted, and other files unlinked and listed",
    )
    p.add_argument("--json", action="store_true", help="print JSON (and only JSON) on stdout")
    coder(p)


def _as_json(project: Project, names: dict[int, str]) -> list[dict[str, Any]]:
    cases = {case.id: case.name for case in project.cases()}
    return [
        {
            "id": p.uuid,
            "name": p.name,
            "documents": [names.get(d, "?") for d in p.documents],
            "speaker": p.speaker,
            "quote": p.quote,
            "named": p.named,
            "keep_recording": p.keep_recording,
            "retain_until": p.retain_until,
            "consent_ref": p.consent_ref,
            "case": cases.get(p.case_id) if p.case_id is not None else None,
            "created_at": p.created_at,
            "modified_at": p.modified_at,
        }
        for p in project.participants()
    ]


def warn_retention(project: Project) -> None:
    """One warning line when participants' "keep until" dates have passed."""
    due = project.retention_due()
    if due:
        shown = ", ".join(f"{p.name} (until {p.retain_until})" for p in due[:5])
        more = f" and {len(due) - 5} more" if len(due) > 5 else ""
        say(
            f"warning: the data of {len(due)} participant{'' if len(due) == 1 else 's'} was "
            f"to be kept only until a day now past: {shown}{more}"
        )


def cmd_participant(options: argparse.Namespace) -> int:
    if options.delete_recordings and options.keep_recording != "no":
        raise QcodeError(
            "--delete-recordings deletes recordings their consent does not allow keeping: "
            "give it with --keep-recording no"
        )
    with open_project(options, write=True) as project:
        documents = None
        if options.documents is not None:
            documents = [project.document(ref) for ref in options.documents]
        # which recordings this edit unlinks (a recording that may not be kept)
        linked = {link.id: link for link in project.all_media()}
        case, clear_case = None, False
        if options.case is not None:
            if options.case.strip():
                case = project.case(options.case)
            else:
                clear_case = True
        person = project.set_participant(
            options.name,
            documents=documents,
            speaker=options.speaker,
            quote=options.quote,
            named=options.named,
            keep_recording=options.keep_recording,
            retain_until=options.retain_until,
            consent_ref=options.consent_ref,
            case=case,
            clear_case=clear_case,
        )
        if person.speaker and not any(s.name == person.speaker for s in project.speakers()):
            say(f"note: no document has turns of speaker '{person.speaker}' yet")
        names = {d.id: d.name for d in project.documents()}
        listed = [entry for entry in _as_json(project, names) if entry["id"] == person.uuid]
        still = {link.id for link in project.all_media()}
        unlinked = [
            HeldRecording(
                link,
                find_media(link, project.media_folder).path,
                link.document_id not in person.documents,
            )
            for link_id, link in linked.items()
            if link_id not in still
        ]
        deleted: list[Path] = []
        kept: list[str] = []
        if options.delete_recordings:
            deleted, kept = project.delete_recording_files(unlinked)
    if options.json:
        print_json(listed[0])
    else:
        say(f"recorded: {person.name} (quote: {person.quote}, named: {person.named})")
    for line in unlinked_lines(unlinked, deleted, kept):
        say(line)
    return 0


def cmd_participants(options: argparse.Namespace) -> int:
    with open_project(options, write=False) as project:
        names = {d.id: d.name for d in project.documents()}
        entries = _as_json(project, names)
        warn_retention(project)
    if options.json:
        print_json(entries)
        return 0
    print_table(
        ["name", "documents", "speaker", "quote", "named", "recording", "until", "ref", "case"],
        [
            [
                e["name"],
                ", ".join(e["documents"]),
                e["speaker"] or "",
                e["quote"],
                e["named"],
                e["keep_recording"],
                e["retain_until"] or "",
                e["consent_ref"],
                e["case"] or "",
            ]
            for e in entries
        ],
    )
    return 0


def cmd_withdraw(options: argparse.Namespace) -> int:
    if not options.yes:
        raise QcodeError(
            "a withdrawal deletes everything about the participant for good and cannot be "
            "undone (nor can the edits before it): add --yes"
        )
    with open_project(options, write=True) as project:
        person = project.participant(options.name)
        report = project.withdraw(
            person,
            delete_backups=options.delete_backups,
            delete_recordings=options.delete_recordings,
        )
    if options.json:
        print_json(
            {
                "participant": report.participant_uuid,
                "documents": report.documents,
                "turns": report.turns,
                "shared_documents": report.shared_documents,
                "codings": report.codings,
                "memos": report.memos,
                "originals": report.originals,
                "versions": report.versions,
                "cases": report.cases,
                "backups_kept": [str(path) for path in report.backups],
                "backups_deleted": [str(path) for path in report.deleted_backups],
                "coders_copies": [str(path) for path in report.copies],
                "recordings_kept": [
                    str(held.path)
                    for held in report.recordings
                    if held.path not in report.deleted_recordings
                ],
                "recordings_deleted": [str(path) for path in report.deleted_recordings],
            }
        )
    say(f"withdrawn: {report.counts()} deleted for good")
    say(
        "the log records the withdrawal (who, when, counts) under the participant's "
        f"record id {report.participant_uuid}; undo stops here"
    )
    if not report.sealed:
        say(
            "note: another program is reading the project; its write-ahead log will be "
            "emptied when the project is closed"
        )
    for path in report.deleted_backups:
        say(f"deleted the backup {path.name}")
    if report.backups:
        say(
            "warning: these backups still hold their data: "
            + ", ".join(path.name for path in report.backups)
            + "; delete them if the project must not hold their data anywhere"
        )
    if report.copies:
        say(
            "warning: these coders' copies may hold their documents too: "
            + ", ".join(path.name for path in report.copies)
        )
    for line in recording_lines(report):
        say(line)
    return 0
