"""``qcode search``: find text in the documents, as the app's "Find in
documents" does (same options, same hits), and optionally code every hit.
Presentation only; the work is in :mod:`qcode.analysis.search`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from qcode.cli.arguments import whole_number
from qcode.cli.common import open_project
from qcode.cli.output import one_line, print_json, print_table, say
from qcode.errors import QcodeError

if TYPE_CHECKING:
    from qcode.analysis.search import SearchHit

HELP = (
    "find text in the documents (exact in any script; --ignore-diacritics for Arabic), "
    "with offsets in code points; --code codes every hit"
)


def arguments(p: argparse.ArgumentParser) -> None:
    """The arguments of ``qcode search``."""
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("query", metavar="QUERY", help="the text (or, with --regex, the pattern)")
    p.add_argument(
        "--document",
        metavar="DOC",
        action="append",
        help="only this document (name or id; repeatable)",
    )
    p.add_argument("--case-sensitive", action="store_true", help="match case (É is not é)")
    p.add_argument(
        "--whole-words",
        action="store_true",
        help="not inside a longer word (Chinese is never glued to its neighbours)",
    )
    p.add_argument("--regex", action="store_true", help="QUERY is a Python regular expression")
    p.add_argument(
        "--ignore-diacritics",
        action="store_true",
        help="find Arabic words with or without harakat and tatweel, and any alef (أ إ آ ا)",
    )
    p.add_argument(
        "--context",
        metavar="N",
        type=whole_number(0, "a number from 0"),
        default=40,
        help="characters of context on each side (default 40)",
    )
    p.add_argument(
        "--limit", metavar="N", type=whole_number(1, "a number from 1"), help="the first N hits"
    )
    p.add_argument(
        "--code",
        metavar="CODE",
        help="code every hit with CODE (a path, e.g. 'Harms/Fear') in one undoable step",
    )
    p.add_argument("--create", action="store_true", help="with --code: create the code if missing")
    p.add_argument(
        "--coder",
        metavar="NAME",
        help="who codes the hits (default: $QCODE_CODER, else your login name)",
    )
    p.add_argument("--json", action="store_true", help="print JSON (and only JSON) on stdout")


def cmd_search(options: argparse.Namespace) -> int:
    from qcode.analysis.search import code_hits, compile_query, search

    # A bad pattern is the user's mistake, told before the project is opened.
    compile_query(
        options.query,
        case_sensitive=options.case_sensitive,
        whole_words=options.whole_words,
        regex=options.regex,
        ignore_diacritics=options.ignore_diacritics,
    )
    if options.create and not options.code:
        raise QcodeError("--create applies with --code CODE")
    with open_project(options, write=bool(options.code)) as project:
        documents = (
            [project.document(ref).id for ref in options.document] if options.document else None
        )
        hits = search(
            project,
            options.query,
            case_sensitive=options.case_sensitive,
            whole_words=options.whole_words,
            regex=options.regex,
            ignore_diacritics=options.ignore_diacritics,
            documents=documents,
            context=options.context,
            limit=options.limit,
        )
        uuids = {d.id: d.uuid for d in project.documents()}
        if options.code and hits:
            result = code_hits(project, hits, options.code, create=options.create)
            skipped = result.skipped_duplicates
            say(
                f"coded {len(result.ids):,} hit{'' if len(result.ids) == 1 else 's'} "
                f"as '{options.code}'" + (f" ({skipped:,} already coded)" if skipped else "")
            )
    if options.json:
        print_json([_as_json(hit, uuids.get(hit.document_id)) for hit in hits])
    elif hits:
        print_table(
            ["document", "start", "end", "in context"],
            [[hit.document, hit.start, hit.end, _in_context(hit)] for hit in hits],
        )
    documents_hit = len({hit.document_id for hit in hits})
    say(
        f"{len(hits):,} hit{'' if len(hits) == 1 else 's'} in {documents_hit:,} "
        f"document{'' if documents_hit == 1 else 's'}"
        + (" (stopped at --limit)" if options.limit and len(hits) >= options.limit else "")
        + ("; nothing to code" if options.code and not hits else "")
    )
    return 0


def _in_context(hit: SearchHit) -> str:
    return one_line(f"{hit.before}[{hit.match}]{hit.after}", 200)


def _as_json(hit: SearchHit, uuid: str | None) -> dict[str, Any]:
    return {
        "document": hit.document,
        "document_id": uuid,
        "start": hit.start,
        "end": hit.end,
        "text": hit.match,
        "before": hit.before,
        "after": hit.after,
        "context": f"{hit.before}{hit.match}{hit.after}",
    }
