"""Suggestions: passages to code, learned from the researcher's coding,
measured with --evaluate, and rejected for good.  Presentation only; the
work is in qcode.analysis."""

from __future__ import annotations

import argparse

from qcode.cli.common import open_for_cache, open_project
from qcode.cli.output import one_line, print_json, print_line, print_table, say
from qcode.errors import QcodeError


def cmd_suggest(options: argparse.Namespace) -> int:
    from qcode.analysis.suggestions.suggester import Suggester

    if options.evaluate:
        return _evaluate(options)
    if not options.document and not options.like:
        raise QcodeError("give DOC (or --like CODING_ID, or --evaluate)")
    if not 0 <= options.min_confidence <= 1:
        raise QcodeError("--min-confidence must be between 0 and 1")
    with open_for_cache(options) as project:
        suggester = Suggester(
            project, pipeline=options.pipeline, unit=options.unit, use_code_names=options.names
        )
        if options.like:
            found = suggester.more_like(project.coding(options.like))
        else:
            document = project.document(options.document)
            sources = options.source or ["keywords", "learned", "similar"]
            found = suggester.suggest(
                document, sources=sources, min_confidence=options.min_confidence
            )
    if options.json:
        print_json([s.as_json() for s in found])
    else:
        print_table(
            ["confidence", "code", "start", "end", "source", "reason", "text"],
            [
                [
                    f"{s.confidence:.2f}",
                    s.code,
                    s.start,
                    s.end,
                    s.source,
                    s.reason,
                    one_line(s.text, 50),
                ]
                for s in found
            ],
        )
    return 0


def _evaluate(options: argparse.Namespace) -> int:
    from qcode.analysis.suggestions.evaluate import evaluate

    with open_project(options, write=False) as project:
        result = evaluate(
            project,
            folds=options.folds,
            threshold=options.threshold,
            pipeline=options.pipeline,
            unit=options.unit,
            progress=None if options.json else say,
        )
    if options.json:
        print_json(result.as_json())
        return 0

    def rate(value: float | None) -> str:
        return "—" if value is None else f"{value:.2f}"

    print_line(
        f"held out: {result.held_out} ({result.folds} folds, {result.units} units, "
        f"threshold {result.threshold})"
    )
    rows = []
    triples = [
        *zip(result.learned, result.keywords, result.similar, strict=True),
        (result.learned_overall, result.keywords_overall, result.similar_overall),
    ]
    for learned, keyword, similar in triples:
        cells = [
            f"{rate(s.precision)}/{rate(s.recall)}/{rate(s.f1)}"
            for s in (learned, keyword, similar)
        ]
        rows.append([learned.code, learned.support, *cells])
    print_line("each cell: precision/recall/F1 at unit level")
    print_table(["code", "coded units", "learned", "keywords", "similar"], rows)
    return 0


def cmd_reject(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        project.reject_suggestion(
            project.document(options.document),
            project.code(options.code),
            options.start,
            options.end,
        )
    return 0
