"""Privacy commands: the pseudonym table and finding identifying details.
Presentation only; the work is in qcode.core.pseudonyms and
qcode.analysis.identifiers.

Nothing here prints an identifier the user did not ask to see: edits are
confirmed by their replacement ("set a pseudonym (→ Respondent 3)").
"""

from __future__ import annotations

import argparse

from qcode.cli.common import open_project
from qcode.cli.output import print_json, print_table, say
from qcode.errors import QcodeError


def cmd_pseudonyms(options: argparse.Namespace) -> int:
    with open_project(options, write=False) as project:
        table = project.pseudonyms()
    if options.json:
        print_json(
            [
                {
                    "id": p.uuid,
                    "original": p.original,
                    "replacement": p.replacement,
                    "kind": p.kind,
                    "created_at": p.created_at,
                }
                for p in table
            ]
        )
    elif table:
        print_table(
            ["original", "replacement", "kind"],
            [[p.original, p.replacement, p.kind] for p in table],
        )
    else:
        say(
            "the pseudonym table is empty (add one with 'qcode pseudonym PROJECT NAME REPLACEMENT')"
        )
    return 0


def cmd_pseudonym(options: argparse.Namespace) -> int:
    if options.delete:
        if options.replacement is not None or options.kind is not None:
            raise QcodeError("--delete takes only the identifier, no replacement or --kind")
    elif options.replacement is None:
        raise QcodeError("give the replacement, e.g. 'Respondent 3' (or --delete)")
    with open_project(options, write=True) as project:
        if options.delete:
            found = [p for p in project.pseudonyms() if p.original == options.original.strip()]
            if not found:
                raise QcodeError(
                    "that identifier is not in the pseudonym table (see 'qcode pseudonyms')"
                )
            project.delete_pseudonyms(found)
            say(f"deleted the pseudonym '{found[0].replacement}'")
        else:
            replacement = str(options.replacement)
            entry = project.set_pseudonym(options.original, replacement, options.kind)
            say(f"set a pseudonym (→ {entry.replacement})")
    return 0


def cmd_identifiers(options: argparse.Namespace) -> int:
    from qcode.analysis.identifiers.finder import find_identifiers

    with open_project(options, write=False) as project:
        documents = None if options.document is None else [project.document(options.document)]
        found = find_identifiers(project, documents, use_model=not options.no_model)
    if options.json:
        print_json(
            {
                "candidates": [
                    {
                        "kind": c.kind,
                        "text": c.text,
                        "document": c.document,
                        "start": c.start,
                        "end": c.end,
                        "source": c.source,
                        "known_replacement": c.known_replacement,
                    }
                    for c in found
                ],
                "notes": found.notes,
            }
        )
        return 0
    if found:
        print_table(
            ["kind", "text", "document", "start", "end", "source", "known replacement"],
            [
                [
                    c.kind,
                    " ".join(c.text.split()),
                    c.document,
                    c.start,
                    c.end,
                    c.source,
                    c.known_replacement or "",
                ]
                for c in found
            ],
        )
    else:
        say("no identifying details found")
    for note in found.notes:
        say(f"note: {note}")
    return 0


def cmd_redact(options: argparse.Namespace) -> int:
    from pathlib import Path

    from qcode.core.redaction import backups_with_original

    if not options.yes:
        raise QcodeError("redaction is permanent once the project is closed: add --yes")
    if options.all == bool(options.documents):
        raise QcodeError("name the documents to redact, or give --all (not both)")
    with open_project(options, write=True) as project:
        if options.all:
            documents = project.documents()
        else:
            documents = list({d.id: d for d in map(project.document, options.documents)}.values())
        results = project.redact_documents(documents)
        uuids = {document.id: document.uuid for document in documents}
    # The project is closed now, so the redaction is permanent.
    if options.json:
        print_json(
            [
                {
                    "id": uuids[r.document_id],
                    "name": r.name,
                    "replacements": r.replacements,
                    "codings_moved": r.codings_moved,
                    "other_fields": r.other,
                }
                for r in results
            ]
        )
    for r in results:
        line = (
            f"'{r.name}': {_count(r.replacements, 'identifier')} replaced in the text, "
            f"{_count(r.codings_moved, 'coding')} moved"
        )
        if r.other:
            fields = _count(
                r.other, "name, speaker, attribute or memo", "names, speakers, attributes or memos"
            )
            line += f", {fields} rewritten"
        say(line)
        warning = r.recording_warning()
        if warning is not None:
            say(f"warning: {warning}")
    say(f"redacted {_count(len(results), 'document')}; this cannot be undone")
    backups = backups_with_original(Path(options.project))
    if backups:
        say(
            "warning: these backups still hold the original text: "
            + ", ".join(path.name for path in backups)
            + "; delete them if the project must never hold it"
        )
    return 0


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"
