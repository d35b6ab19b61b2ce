"""What each ``qcode`` command does: parse its arguments, call the project,
print the result.  No logic of its own beyond presentation."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from qcode.cli.passphrase import new_passphrase, passphrase_for
from qcode.core.attributes import parse_assignment
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project, UpgradeNeededError
from qcode.errors import QcodeError


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _print_table(headers: list[str], rows: list[list[Any]]) -> None:
    cells = [[str(value) for value in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


@contextmanager
def _open(options: argparse.Namespace, *, write: bool) -> Iterator[Project]:
    path = Path(options.project)
    if not path.exists():
        raise QcodeError(f"project not found: {path} (create it with 'qcode new {path}')")
    passphrase = passphrase_for(path)
    coder = getattr(options, "coder", None)
    try:
        project = Project.open(path, read_only=not write, coder=coder, passphrase=passphrase)
    except UpgradeNeededError:
        # A project from an older qcode: upgrade it once (with a backup), then read.
        Project.open(path, coder=coder, passphrase=passphrase).close()
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
    with _open(options, write=True) as project:
        # Read everything before changing anything, so one bad file stops
        # the whole import with the project untouched.
        from qcode.io.documents import read_document
        from qcode.io.qdc import read_codebook

        read = [read_document(path) for path in documents]
        for path in codebooks:
            read_codebook(path)
        for path in codebooks:
            result = project.import_codebook(path)
            _say(f"{path.name}: {result.added} codes added, {result.matched} already there")
        if read:
            added = project.add_documents(read, attributes)
            for document in added:
                turns = f", {len(document.speakers)} speakers" if document.speakers else ""
                _say(f"imported '{document.name}' ({document.length} characters{turns})")
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
    from qcode.core.model import split_path

    with _open(options, write=True) as project:
        parts = split_path(options.code)
        parent = project.code("/".join(parts[:-1])) if len(parts) > 1 else None
        if parent is None and len(parts) > 1:
            raise QcodeError(f"no code '{'/'.join(parts[:-1])}'")
        project.create_code(
            parts[-1],
            parent,
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
    with _open(options, write=True) as project:
        if options.from_json:
            if any(value is not None for value in positional) or options.memo:
                raise QcodeError("give either --from-json FILE or DOC CODE START END, not both")
            result = project.add_codings(
                _codings_from_json(project, options.from_json), create=options.create
            )
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


def _codings_from_json(project: Project, source: str) -> list[NewCoding]:
    name = "stdin" if source == "-" else source
    try:
        raw = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise QcodeError(f"{name}: file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise QcodeError(f"{name}: cannot read it ({error})") from None
    try:
        entries = json.loads(raw)
    except json.JSONDecodeError as error:
        raise QcodeError(f"{name}: not valid JSON (line {error.lineno}: {error.msg})") from None
    if not isinstance(entries, list):
        raise QcodeError(f"{name}: expected a JSON list of codings")
    documents: dict[str, int] = {}
    codings: list[NewCoding] = []
    for number, entry in enumerate(entries, start=1):
        where = f"{name}: coding {number}"
        if not isinstance(entry, dict):
            raise QcodeError(f"{where}: not an object")
        for key in ("document", "code", "start", "end"):
            if key not in entry:
                raise QcodeError(f"{where}: '{key}' is missing")
        if not isinstance(entry["document"], str) or not isinstance(entry["code"], str):
            raise QcodeError(f"{where}: 'document' and 'code' must be text")
        if any(type(entry[key]) is not int for key in ("start", "end")):
            raise QcodeError(f"{where}: 'start' and 'end' must be whole numbers")
        ref = entry["document"]
        if ref not in documents:
            try:
                documents[ref] = project.document(ref).id
            except QcodeError as error:
                raise QcodeError(f"{where}: {error}") from None
        coder = entry.get("coder")
        memo = entry.get("memo")
        text = entry.get("text")
        for key, value in (("coder", coder), ("memo", memo), ("text", text)):
            if value is not None and not isinstance(value, str):
                raise QcodeError(f"{where}: '{key}' must be text")
        codings.append(
            NewCoding(
                document_id=documents[ref],
                code=entry["code"],
                start=entry["start"],
                end=entry["end"],
                coder_id=project.coder_id(coder, create=True) if coder else None,
                memo=memo,
                expected_text=text,
                label=f"{name}: coding {number}",
            )
        )
    return codings


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
        elif options.doc:
            document = project.document(options.doc)
            target, target_id, name = "document", document.id, document.name
        elif options.code:
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
