"""What each ``qcode`` command does: parse its arguments, call the project,
print the result.  No logic of its own beyond presentation."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Every printer escapes what a terminal would obey (see qcode.cli.output).
from qcode.cli.output import print_json as _print_json
from qcode.cli.output import print_table as _print_table
from qcode.cli.output import say as _say
from qcode.cli.passphrase import new_passphrase, passphrase_for
from qcode.core.attributes import parse_assignment
from qcode.core.project import Project, UpgradeNeededError
from qcode.errors import QcodeError


@contextmanager
def _open(options: argparse.Namespace, *, write: bool) -> Iterator[Project]:
    path = Path(options.project)
    if not path.exists():
        raise QcodeError(f"project not found: {path} (create it with 'qcode new {path}')")
    from qcode.store.lock import wait_from_environment

    # A writer waits a few seconds for another to finish ($QCODE_LOCK_WAIT).
    wait = wait_from_environment()
    passphrase = passphrase_for(path)
    coder = getattr(options, "coder", None)
    try:
        project = Project.open(
            path, read_only=not write, coder=coder, passphrase=passphrase, lock_wait=wait
        )
    except UpgradeNeededError:
        # A project from an older qcode: upgrade it once (with a backup), then read.
        Project.open(path, coder=coder, passphrase=passphrase, lock_wait=wait).close()
        _say(f"upgraded {path.name} to the current project format (a backup is beside it)")
        project = Project.open(path, read_only=True, coder=coder, passphrase=passphrase)
    try:
        yield project
    finally:
        project.close()


# -- projects and documents --------------------------------------------------------


def cmd_new(options: argparse.Namespace) -> int:
    from qcode.resources import find_codebook

    codebook = find_codebook(options.codebook) if options.codebook else None
    path = Path(options.project)
    if options.encrypt and path.exists():  # before asking for a passphrase
        raise QcodeError(f"{path.name} already exists; choose another name")
    passphrase = new_passphrase(path) if options.encrypt else None
    project = Project.create(path, name=options.name, coder=options.coder, passphrase=passphrase)
    try:
        if codebook is not None:
            result = project.import_codebook(codebook)
            _say(f"created {path} with {result.added} codes from {codebook.name}")
        else:
            _say(f"created {path}" + (" (encrypted)" if passphrase else ""))
    except BaseException:
        project.close()
        path.unlink(missing_ok=True)
        raise
    project.close()
    return 0


_PROJECT_FILES = (".qdpx", ".qde")


def cmd_import(options: argparse.Namespace) -> int:
    files = [Path(name) for name in options.files]
    if any(f.suffix.lower() in _PROJECT_FILES for f in files):
        return _import_project(options, files)
    codebooks = [f for f in files if f.suffix.lower() == ".qdc"]
    documents = [f for f in files if f.suffix.lower() != ".qdc"]
    attributes = dict(parse_assignment(item) for item in options.attr)
    if attributes and not documents:
        raise QcodeError("--attr applies to documents, and no documents were given")
    from qcode.io.documents import read_document

    # Read the documents before anything changes, so one bad file stops the
    # whole import with the project untouched, and before taking the write
    # lock, so a slow file never keeps the app (or another script) waiting.
    read = [read_document(path) for path in documents]
    with _open(options, write=True) as project:
        from qcode.io.qdc import read_codebook

        for path in codebooks:
            read_codebook(path)
        for path in codebooks:
            result = project.import_codebook(path)
            _say(f"{path.name}: {result.added} codes added, {result.matched} already there")
            for note in result.notes:  # e.g. names cleaned of control characters
                _say(f"  {note}")
        if read:
            added = project.add_documents(read, attributes)
            for document, imported in zip(added, read, strict=True):
                count = len(document.speakers)
                turns = f", {count} speaker{'' if count == 1 else 's'}" if count else ""
                _say(f"imported '{document.name}' ({document.length} characters{turns})")
                # What reading the file changed or guessed, for the researcher to check.
                for line in imported.warnings:
                    _say(f"  warning: {imported.source_name}: {line}")
    return 0


def _import_project(options: argparse.Namespace, files: list[Path]) -> int:
    """A whole REFI-QDA project (.qdpx, or a bare .qde), into an empty project."""
    from qcode.core.qdpx_import import import_qdpx

    if len(files) > 1:
        raise QcodeError(
            "a .qdpx or .qde project is imported on its own; import other files separately"
        )
    if options.attr:
        raise QcodeError("--attr applies to documents, not to a whole .qdpx or .qde project")
    with _open(options, write=True) as project:
        report = import_qdpx(project, files[0])
    counts = [
        ("documents", report.documents),
        ("codes", report.codes),
        ("codings", report.codings),
        ("memos", report.memos),
        ("coders", report.users),
        ("attributes", report.variables),
        ("sets", report.sets),
    ]
    origin = f" (from {report.origin})" if report.origin else ""
    _say(f"{report.source}{origin}: " + ", ".join(f"{n:,} {what}" for what, n in counts))
    for heading, lines in (
        ("warning", report.warnings),
        ("changed", report.changed),
        ("skipped", report.skipped),
    ):
        for line in lines:
            _say(f"  {heading}: {line}")
    return 0


def cmd_documents(options: argparse.Namespace) -> int:
    with _open(options, write=False) as project:
        documents = project.documents()
    if options.json:
        _print_json(
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
        _print_table(
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
    with _open(options, write=False) as project:
        text = project.text(project.document(options.document))
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0


def cmd_attr(options: argparse.Namespace) -> int:
    values: dict[str, Any] = {}
    for item in options.values:
        key, value = parse_assignment(item)
        values[key] = value if value != "" else None
    with _open(options, write=True) as project:
        project.set_attributes(project.document(options.document), values)
    return 0


def cmd_rename_doc(options: argparse.Namespace) -> int:
    with _open(options, write=True) as project:
        project.rename_document(project.document(options.document), options.name)
    return 0


def cmd_delete_doc(options: argparse.Namespace) -> int:
    with _open(options, write=True) as project:
        documents = [project.document(ref) for ref in options.documents]
        project.delete_documents(documents)
        _say(f"deleted {len(documents)} document(s); 'qcode undo' brings them back")
    return 0


# -- codes ---------------------------------------------------------------------------


def cmd_codes(options: argparse.Namespace) -> int:
    with _open(options, write=False) as project:
        codebook = project.codebook()
        counts = project.coding_counts()
    codes = list(codebook.walk())
    if options.json:
        _print_json(
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
        _print_table(
            ["code", "colour", "codings"],
            [["  " * codebook.depth(c.id) + c.name, c.color, counts.get(c.id, 0)] for c in codes],
        )
    return 0


def _keywords(text: str | None) -> list[str] | None:
    return None if text is None else [word.strip() for word in text.split(",") if word.strip()]


def cmd_add_code(options: argparse.Namespace) -> int:
    with _open(options, write=True) as project:
        project.add_code(
            options.code,
            color=options.color,
            description=options.description,
            keywords=_keywords(options.keywords) or (),
        )
    return 0


def cmd_edit_code(options: argparse.Namespace) -> int:
    changes = {
        "name": options.name,
        "color": options.color,
        "description": options.description,
        "keywords": _keywords(options.keywords),
    }
    changes = {key: value for key, value in changes.items() if value is not None}
    if not changes:
        raise QcodeError("nothing to change: give --name, --color, --description or --keywords")
    if options.color is not None:
        from qcode.core.code_edits import check_color

        check_color(options.color)  # before the name changes: all or nothing
    with _open(options, write=True) as project:
        code = project.code(options.code)
        # One undo step per property, as in the app.
        for key, value in changes.items():
            project.update_code(project.codebook().codes[code.id], **{key: value})
    return 0


def cmd_move_code(options: argparse.Namespace) -> int:
    with _open(options, write=True) as project:
        parent = project.code(options.parent) if options.parent else None
        project.move_code(project.code(options.code), parent)
    return 0


def cmd_merge_codes(options: argparse.Namespace) -> int:
    with _open(options, write=True) as project:
        project.merge_codes(project.code(options.source), project.code(options.target))
    return 0


def cmd_delete_code(options: argparse.Namespace) -> int:
    with _open(options, write=True) as project:
        code = project.code(options.code)
        count = len(project.codings(code=code, include_subcodes=True))
        project.delete_code(code)
        _say(f"deleted '{options.code}' and {count} coding(s); 'qcode undo' brings them back")
    return 0


# -- coding ----------------------------------------------------------------------------


def cmd_code(options: argparse.Namespace) -> int:
    positional = [options.document, options.code, options.start, options.end]
    from_json = options.from_json is not None
    if from_json:
        if any(value is not None for value in positional) or options.memo is not None:
            raise QcodeError("give either --from-json FILE or DOC CODE START END, not both")
        # Read before taking the project's write lock: stdin may be slow.
        source, raw = _read_codings_file(options.from_json)
    with _open(options, write=True) as project:
        if from_json:
            from qcode.core.coding_json import codings_from_json

            codings = codings_from_json(raw, source, lambda ref: project.document(ref).id)
            result = project.add_codings(codings, create=options.create)
            skipped = result.skipped_duplicates
            _say(
                f"added {len(result.ids)} codings"
                + (f", {skipped} already there" if skipped else "")
            )
            return 0
        if any(value is None for value in positional):
            raise QcodeError("give DOC CODE START END (or --from-json FILE)")
        document = project.document(options.document)
        coding = project.apply_code(
            document,
            options.code,
            options.start,
            options.end,
            memo=options.memo,
            create=options.create,
        )
        if coding is None:
            _say("already coded: this coder has this code on exactly this span")
            return 0
        print(coding.uuid)
    return 0


def _read_codings_file(source: str) -> tuple[str, str]:
    """The name to show and the text of a --from-json file ('-': stdin),
    read as an import is: only a regular file, and never more than the import
    byte limit (qcode.io.limits), checked while reading."""
    from qcode.io.limits import max_import_bytes, read_limited, too_many_bytes

    if source == "-":
        name, limit = "stdin", max_import_bytes()
        stream = getattr(sys.stdin, "buffer", None)
        try:
            data = stream.read(limit + 1) if stream is not None else sys.stdin.read().encode()
        except OSError as error:
            raise QcodeError(f"stdin: cannot be read ({error.strerror or error})") from None
        if len(data) > limit:
            raise too_many_bytes(Path(name), limit, "holds")
    else:
        name = Path(source).name or source
        data = read_limited(Path(source))
    try:
        return name, data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise QcodeError(f"{name}: not UTF-8 text (line {line}: byte {error.start})") from None


def cmd_uncode(options: argparse.Namespace) -> int:
    with _open(options, write=True) as project:
        project.remove_codings([project.coding(uuid) for uuid in options.codings])
    return 0


def cmd_segments(options: argparse.Namespace) -> int:
    with _open(options, write=False) as project:
        document = project.document(options.doc) if options.doc else None
        code = project.code(options.code) if options.code else None
        codings = project.codings(
            document=document, code=code, coder=options.coder, include_subcodes=options.subcodes
        )
        segments = project.segments(codings)
    if options.json:
        _print_json([segment.as_json() for segment in segments])
    else:
        _print_table(
            ["document", "code", "start", "end", "coder", "text"],
            [
                [s.document, s.code_path, s.coding.start, s.coding.end, s.coder, _one_line(s.text)]
                for s in segments
            ],
        )
    return 0


def _one_line(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# -- memos, history, stats ----------------------------------------------------------------


def cmd_memo(options: argparse.Namespace) -> int:
    with _open(options, write=True) as project:
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
    with _open(options, write=False) as project:
        memos = project.memos()
        documents = {d.id: d.name for d in project.documents()}
        codebook = project.codebook()
        coders = {c.id: c.name for c in project.coders()}
        coding_uuids = {
            c.id: c.uuid for c in project.codings() if c.id in {m.coding_id for m in memos}
        }
    rows = []
    for memo in memos:
        target = {
            "project": "",
            "document": documents.get(memo.document_id or 0, ""),
            "code": codebook.path(memo.code_id)
            if memo.code_id is not None and memo.code_id in codebook
            else "",
            "coding": coding_uuids.get(memo.coding_id or 0, ""),
        }[memo.target_kind]
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
        _print_json(rows)
    else:
        _print_table(
            ["on", "target", "coder", "memo"],
            [[r["on"], r["target"], r["coder"], _one_line(str(r["text"]))] for r in rows],
        )
    return 0


def cmd_undo(options: argparse.Namespace) -> int:
    with _open(options, write=True) as project:
        _say(f"undone: {project.undo()}")
    return 0


def cmd_redo(options: argparse.Namespace) -> int:
    with _open(options, write=True) as project:
        _say(f"redone: {project.redo()}")
    return 0


def cmd_log(options: argparse.Namespace) -> int:
    with _open(options, write=False) as project:
        entries = project.history()
    if options.json:
        _print_json([entry.__dict__ for entry in entries])
    else:
        _print_table(
            ["when", "coder", "state", "edit"],
            [[e.created_at, e.coder or "", e.state, e.label] for e in entries],
        )
    return 0
