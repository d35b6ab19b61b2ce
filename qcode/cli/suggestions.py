"""Suggestions: passages to code, learned from the researcher's coding and
codebook, ranked by code, measured with --evaluate, and rejected for good.
Presentation only; the work is in qcode.analysis."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from qcode.cli.common import open_for_cache, open_project
from qcode.cli.output import one_line, print_json, print_line, print_table, say
from qcode.errors import QcodeError


def cmd_suggest(options: argparse.Namespace) -> int:
    from qcode.analysis.suggestions.ranking import rank
    from qcode.analysis.suggestions.suggester import Suggester

    if options.evaluate:
        return _evaluate(options)
    if not options.document and not options.like and not options.code:
        raise QcodeError("give DOC (or --code CODE, --like CODING_ID, or --evaluate)")
    with open_for_cache(options) as project:
        suggester = Suggester(
            project, pipeline=options.pipeline, unit=options.unit, use_code_names=options.names
        )
        document = project.document(options.document) if options.document else None
        if options.like:
            found = suggester.more_like(project.coding(options.like))
        elif options.code:
            code = project.code(options.code)
            model = suggester.model(progress=_progress(), limits=_limits(options))
            found = rank(suggester, code, document, model=model, limit=options.limit)
            if options.min_confidence is not None:
                found = [s for s in found if s.confidence >= options.min_confidence]
        else:
            assert document is not None
            sources = options.source or ["keywords", "learned", "similar"]
            model = None
            if "learned" in sources or "similar" in sources:
                model = suggester.model(progress=_progress(), limits=_limits(options))
            found = suggester.suggest(
                document, sources=sources, min_confidence=options.min_confidence, model=model
            )
            found.sort(key=lambda s: (-round(s.confidence, 3), s.start, s.code))  # best first
            found = found[: options.limit]
        names = {d.id: d.name for d in project.documents()} if options.code else {}
    if options.json:
        print_json([s.as_json(document=names.get(s.document_id)) for s in found])
    else:
        print_table(
            [
                "confidence",
                "code",
                *(["document"] if names else []),
                "start",
                "end",
                "source",
                "reason",
                "text",
            ],
            [
                [
                    f"{s.confidence:.2f}",
                    s.code,
                    *([names.get(s.document_id, "")] if names else []),
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


def _limits(options: argparse.Namespace) -> Any:
    from qcode.analysis.suggestions.progress import TrainingLimits

    return TrainingLimits(memory_mb=options.max_memory, max_units=options.max_units)


def _progress() -> Any:
    """Training progress on stderr, on one line, when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None
    from qcode.analysis.suggestions.progress import TrainingProgress

    def show(state: TrainingProgress) -> None:
        end = "\n" if state.stage == "done" else ""
        print(f"\r\033[K{state.line()}", end=end, file=sys.stderr, flush=True)

    return show


def _evaluate(options: argparse.Namespace) -> int:
    from qcode.analysis.suggestions.evaluate import evaluate

    with open_project(options, write=False) as project:
        result = evaluate(
            project,
            folds=options.folds,
            split=options.split,
            coder=options.coder,
            threshold=options.threshold,
            pipeline=options.pipeline,
            unit=options.unit,
            curve=options.curve,
            limits=_limits(options),
            progress=None if options.json else say,
        )
    if options.json:
        print_json(result.as_json())
        return 0

    def rate(value: float | None) -> str:
        return "—" if value is None else f"{value:.2f}"

    judged = "learned thresholds" if options.threshold is None else f"{options.threshold}"
    print_line(f"held out: {result.held_out}; {result.units} passages judged, at {judged}")
    print_line("each cell: precision/recall/F1; AP: average precision of the ranking")
    rows = []
    for mine, keyword, similar in [
        *result.codes,
        (result.suggestions, result.keywords, result.similar),
    ]:
        cells = [
            f"{rate(s.precision)}/{rate(s.recall)}/{rate(s.f1)}" for s in (mine, keyword, similar)
        ]
        threshold = result.thresholds.get(mine.code)
        rows.append(
            [
                mine.code,
                mine.support,
                cells[0],
                rate(mine.average_precision),
                "" if threshold is None else f"{threshold:.2f}",
                cells[1],
                cells[2],
            ]
        )
    print_table(
        ["code", "coded", "suggestions", "AP", "threshold", "keywords only", "similar only"], rows
    )
    print_line(f"mean average precision over codes: {rate(result.mean_average_precision)}")
    print_line("how often suggestions of each confidence were right:")
    print_table(
        ["confidence", "suggestions", "right"],
        [[f"{b.low:.1f}–{b.high:.1f}", b.suggestions, rate(b.rate)] for b in result.calibration],
    )
    print_line("reviewing more:")
    print_table(
        ["reviewing", "recall", "precision", "per passage"],
        [
            [p.label, rate(p.recall), rate(p.precision), f"{p.per_passage:.1f}"]
            for p in result.review
        ],
    )
    if result.curve:
        print_line("learning curve (learning from part of the coding, judged on the rest):")
        print_table(
            ["coded passages", "F1", "AP"],
            [[p.coded_passages, rate(p.f1), rate(p.average_precision)] for p in result.curve],
        )
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
