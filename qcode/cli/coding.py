"""Applying and removing codes, and listing coded segments.  Presentation
only; the work is in qcode.core."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from qcode.cli.common import filters_from_speakers, open_project, speaker_options_given
from qcode.cli.output import one_line, print_json, print_table, say
from qcode.errors import QcodeError
from qcode.model import ORIGINS, ChangedCoding, CodingOrigin


def cmd_code(options: argparse.Namespace) -> int:
    positional = [options.document, options.code, options.start, options.end]
    from_json = options.from_json is not None
    if from_json:
        if any(value is not None for value in positional) or options.memo is not None:
            raise QcodeError("give either --from-json FILE or DOC CODE START END, not both")
        # Read before taking the project's write lock: stdin may be slow.
        source, raw = _read_codings_file(options.from_json)
    with open_project(options, write=True) as project:
        if from_json:
            from qcode.core.coding_json import codings_from_json

            codings = codings_from_json(raw, source, lambda ref: project.document(ref).id)
            # Made elsewhere, by whatever means: the file is where they came from.
            imported = CodingOrigin("import:json", reason=f"qcode code --from-json {source}")
            codings = [replace(coding, origin=imported) for coding in codings]
            result = project.add_codings(codings, create=options.create)
            skipped = result.skipped_duplicates
            say(
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
            say("already coded: this coder has this code on exactly this span")
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
    with open_project(options, write=True) as project:
        project.remove_codings([project.coding(uuid) for uuid in options.codings])
    return 0


def _flagged(entry: dict[str, Any], flag: ChangedCoding | None) -> dict[str, Any]:
    """A segment of ``segments --changed``: with the span it had before the
    edit that changed its text, and the text version that edit made."""
    if flag is not None:
        entry["changed"] = {"version": flag.version, "start": flag.old_start, "end": flag.old_end}
    return entry


def origin_option(parser: argparse.ArgumentParser) -> None:
    """``--origin``: only the codings made one of these ways."""
    parser.add_argument(
        "--origin",
        metavar="ORIGIN[,ORIGIN]",
        action="append",
        help=f"only codings made this way: {', '.join(ORIGINS)} (repeatable)",
    )


def _provenance(origin: CodingOrigin | None) -> dict[str, Any] | None:
    """How a segment's coding was made (``None``: by hand)."""
    if origin is None:
        return None
    keys = ("source", "model_version", "confidence")
    return {key: getattr(origin, key) for key in keys}


def cmd_segments(options: argparse.Namespace) -> int:
    with open_project(options, write=False) as project:
        document = project.document(options.doc) if options.doc else None
        code = project.code(options.code) if options.code else None
        codings = project.codings(
            document=document, code=code, coder=options.coder, include_subcodes=options.subcodes
        )
        wanted = None
        if speaker_options_given(options) or options.origin:
            scope = filters_from_speakers(project, options).resolve(project)
            codings, wanted = scope.spoken(project, codings), scope.origins
        made = project.reader.origin_names([coding.id for coding in codings])
        if wanted is not None:
            codings = [coding for coding in codings if made[coding.id] in wanted]
        flags = project.changed_codings() if getattr(options, "changed", False) else {}
        if getattr(options, "changed", False):  # flagged "text changed", to review
            codings = [coding for coding in codings if coding.id in flags]
        segments = project.segments(codings)
        origins = project.coding_origins(codings) if options.json else {}
        # Seconds into the document's recording (None for untimed text).
        times = project.passage_times(codings) if options.json else {}
    if options.json:
        print_json(
            [
                _flagged(segment.as_json(), flags.get(segment.coding.id))
                | {"origin": made[segment.coding.id]}
                | {"provenance": _provenance(origins.get(segment.coding.id))}
                | dict(zip(("time_start", "time_end"), times[segment.coding.id], strict=True))
                for segment in segments
            ]
        )
    else:
        print_table(
            ["document", "code", "start", "end", "coder", "text"],
            [
                [s.document, s.code_path, s.coding.start, s.coding.end, s.coder, one_line(s.text)]
                for s in segments
            ],
        )
    return 0
