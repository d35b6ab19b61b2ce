"""Queries over the coding: running one, saving it, running a saved one,
coding its results; listing, renaming and deleting saved queries.
Presentation only; the work is in qcode.analysis.queries and qcode.core."""

from __future__ import annotations

import argparse
import dataclasses
from typing import TYPE_CHECKING

from qcode.cli.common import open_project, speaker_options_given
from qcode.cli.output import one_line, print_json, print_table, say
from qcode.cli.steps import Steps, all_or_nothing
from qcode.errors import QcodeError

if TYPE_CHECKING:
    from qcode.analysis.queries.run import QueryHit


def cmd_query(options: argparse.Namespace) -> int:
    from qcode.analysis.filters import Filters
    from qcode.analysis.queries.run import run_query
    from qcode.analysis.queries.saved import check_query, filters_of
    from qcode.analysis.queries.saved import options as query_options

    _check_query_arguments(options)
    write = options.save is not None or options.code is not None
    with open_project(options, write=write) as project:
        if options.run is not None:
            saved = project.saved_query(options.run)
            expression, kept_options = saved.expression, saved.options
        else:
            expression = options.expression
            kept_options = query_options(
                coders=options.coders or (),
                documents=options.documents or (),
                where=options.where,
                speakers=options.speakers or (),
                exclude_speakers=options.exclude_speakers or (),
                origins=_origin_words(options.origin),
            )
        filters = filters_of(project, kept_options)
        if options.speaker_roles:
            roles = Filters.from_names(project, speaker_roles=options.speaker_roles)
            filters = dataclasses.replace(filters, speaker_roles=roles.speaker_roles)
        node = check_query(project, expression)
        hits = run_query(project, node, filters)
        if options.code is not None and not options.create:
            project.code(options.code)  # an unknown code is refused before anything is saved
        with all_or_nothing(project) as steps:
            if options.save is not None:
                saved = steps.do(lambda: project.save_query(options.save, expression, kept_options))
                say(f"saved query '{saved.name}'")
            if options.code is not None:
                _code_hits(steps, hits, options.code, options.create)
    if options.json:
        print_json([hit.as_json() for hit in hits])
    else:
        print_table(
            ["document", "start", "end", "text"],
            [[hit.document, hit.start, hit.end, one_line(hit.text)] for hit in hits],
        )
    return 0


def _check_query_arguments(options: argparse.Namespace) -> None:
    """Refuse what cannot go together, before the project is opened."""
    if options.run is not None:
        if options.expression is not None:
            raise QcodeError("give either EXPRESSION or --run NAME, not both")
        if (
            options.coders
            or options.documents
            or options.where
            or options.origin
            or speaker_options_given(options)
        ):
            raise QcodeError(
                "--run NAME runs the query with the options it was saved with; "
                "give no --coder, --documents, --where, --origin or speaker options with it"
            )
        if options.save is not None:
            raise QcodeError("--run and --save do not go together (use 'qcode queries --rename')")
    elif options.expression is None:
        raise QcodeError("give a query (EXPRESSION) or --run NAME (see 'qcode query --help')")
    if options.save is not None and options.speaker_roles:
        raise QcodeError(
            "a saved query keeps its speakers by name: use --speaker instead of --speaker-role"
        )
    if options.create and options.code is None:
        raise QcodeError("--create goes with --code CODE")


def _origin_words(given: list[str] | None) -> tuple[str, ...]:
    """``--origin`` as the origins it names, in the order of
    :data:`~qcode.model.ORIGINS` (what a saved query keeps); an unknown one is
    refused as every ``--origin`` refuses it."""
    if not given:
        return ()
    from qcode.analysis.filters import parse_origins
    from qcode.model import ORIGINS

    named = parse_origins(given)
    return tuple(origin for origin in ORIGINS if origin in named)


def _code_hits(steps: Steps, hits: list[QueryHit], code: str, create: bool) -> None:
    """Code every passage found, in one undoable step."""
    if not hits:
        say("no passage answers the query: nothing coded")
        return
    spans = [(hit.document_id, hit.start, hit.end) for hit in hits]
    added = steps.do(
        lambda: steps.project.code_spans(spans, code, create=create, what="query results")
    )
    skipped = added.skipped_duplicates
    done = f"coded {len(added.ids)} query result{'s' if len(added.ids) != 1 else ''} as '{code}'"
    say(done + (f" ({skipped} already coded so by you)" if skipped else ""))


def cmd_queries(options: argparse.Namespace) -> int:
    write = options.delete is not None or options.rename is not None
    if options.delete is not None and options.rename is not None:
        raise QcodeError("give --delete or --rename, not both")
    with open_project(options, write=write) as project:
        if options.delete is not None:
            query = project.saved_query(options.delete)
            project.delete_query(query)
            say(f"deleted saved query '{query.name}'")
        elif options.rename is not None:
            old, new = options.rename
            renamed = project.rename_query(project.saved_query(old), new)
            say(f"renamed saved query '{old}' to '{renamed.name}'")
        saved = project.saved_queries()
    rows = [
        {
            "name": query.name,
            "expression": query.expression,
            "options": query.options.as_json(),
            "id": query.uuid,
            "created_at": query.created_at,
            "modified_at": query.modified_at,
        }
        for query in saved
    ]
    if options.json:
        print_json(rows)
    elif not write:
        print_table(
            ["name", "expression", "options"],
            [
                [
                    row["name"],
                    one_line(str(row["expression"]), 80),
                    "; ".join(f"{k}: {', '.join(v)}" for k, v in query.options.as_json().items()),
                ]
                for row, query in zip(rows, saved, strict=True)
            ],
        )
    return 0
