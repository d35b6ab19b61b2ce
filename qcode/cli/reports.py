"""Reports printed on the terminal: counts per code, code frequencies and
co-occurrence, filterable.  Presentation only; the work is in qcode.analysis."""

from __future__ import annotations

import argparse

from qcode.cli.common import (
    filters_from,
    filters_from_speakers,
    open_project,
    speaker_options_given,
)
from qcode.cli.output import print_json, print_table
from qcode.errors import QcodeError


def cmd_stats(options: argparse.Namespace) -> int:
    from qcode.analysis.stats import code_stats

    with open_project(options, write=False) as project:
        filters = None
        if speaker_options_given(options) or options.origin:
            filters = filters_from_speakers(project, options)
        stats = code_stats(project, filters)
    if options.json:
        print_json([row.as_json() for row in stats])
    else:
        print_table(
            ["code", "segments", "documents", "characters"],
            [[s.code, s.segments, s.documents, s.characters] for s in stats],
        )
    return 0


def cmd_frequencies(options: argparse.Namespace) -> int:
    from qcode.analysis.frequencies import code_frequencies, frequency_breakdown

    with open_project(options, write=False) as project:
        filters = filters_from(project, options)
        if options.by:
            if options.by in ("attribute", "case-attribute") and not options.attribute:
                raise QcodeError(f"--by {options.by} needs --attribute NAME")
            attribute = options.attribute
            if options.by == "case-attribute":
                from qcode.cli.cases import case_attribute

                attribute = case_attribute(project, attribute)
            rows = frequency_breakdown(project, options.by, filters, attribute=attribute)
            if options.json:
                print_json([row.as_json() for row in rows])
            else:
                print_table(
                    ["code", options.by, "segments", "documents", "characters", "words"],
                    [
                        [
                            r.path,
                            r.group,
                            r.own.segments,
                            r.own.documents,
                            r.own.characters,
                            r.own.words,
                        ]
                        for r in rows
                    ],
                )
            return 0
        frequencies = code_frequencies(project, filters)
    if options.json:
        print_json([row.as_json() for row in frequencies])
    else:
        print_table(
            [
                "code",
                "segments",
                "documents",
                "characters",
                "words",
                "coders",
                "with sub-codes: segments",
                "characters",
            ],
            [
                [
                    "  " * f.depth + f.code.name,
                    f.own.segments,
                    f.own.documents,
                    f.own.characters,
                    f.own.words,
                    f.own.coders,
                    f.with_subcodes.segments,
                    f.with_subcodes.characters,
                ]
                for f in frequencies
            ],
        )
    return 0


def cmd_cooccurrence(options: argparse.Namespace) -> int:
    from qcode.analysis.cooccurrence import cooccurrence

    with open_project(options, write=False) as project:
        matrix = cooccurrence(project, filters_from(project, options), near=options.near)
    if options.json:
        print_json(
            {
                "codes": matrix.paths,
                "counts": matrix.counts,
                "pairs": [{"code_a": a, "code_b": b, "count": n} for a, b, n in matrix.pairs()],
            }
        )
    else:
        print_table(["code", "code", "count"], [list(pair) for pair in matrix.pairs()])
    return 0
