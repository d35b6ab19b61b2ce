"""Suggestions: passages to code, learned from the researcher's coding and
codebook, ranked by code, measured with --evaluate, and rejected for good.
Presentation only; the work is in qcode.analysis."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from qcode.cli.common import open_for_cache, open_project
from qcode.cli.output import one_line, print_json, print_line, print_table, say
from qcode.errors import QcodeError

if TYPE_CHECKING:
    from qcode.analysis.suggestions.model import SuggestionModel
    from qcode.analysis.suggestions.suggester import Suggester, Suggestion
    from qcode.model import Document


def accept_option(parser: argparse.ArgumentParser) -> None:
    """``--accept``: code DOC with the suggestions shown."""
    parser.add_argument(
        "--accept",
        action="store_true",
        help="code DOC with the suggestions shown (with --code: that code's only), "
        "in one step that 'qcode undo' takes back",
    )


def _suggestions_of(
    suggester: Suggester, document: Document, options: argparse.Namespace
) -> tuple[list[Suggestion], SuggestionModel | None, list[str]]:
    """DOC's suggestions from the chosen sources, best first, with the model
    (trained when a learned source needs it) and the sources used."""
    sources = options.source or ["keywords", "learned", "similar"]
    model = None
    if "learned" in sources or "similar" in sources:
        model = suggester.model(progress=_progress(), limits=_limits(options))
    found = suggester.suggest(
        document, sources=sources, min_confidence=options.min_confidence, model=model
    )
    found.sort(key=lambda s: (-round(s.confidence, 3), s.start, s.code))  # best first
    return found, model, sources


def cmd_suggest(options: argparse.Namespace) -> int:
    from qcode.analysis.suggestions.ranking import rank
    from qcode.analysis.suggestions.suggester import Suggester

    if options.evaluate and options.accept:
        raise QcodeError("give --evaluate or --accept, not both")
    if options.evaluate:
        return _evaluate(options)
    if options.accept:
        return _accept(options)
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
            found, _model, _sources = _suggestions_of(suggester, document, options)
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


def _accept(options: argparse.Namespace) -> int:
    """``suggest DOC --accept``: code every suggestion the same command would
    print (``--code``: only that code's), in one edit that one undo takes back;
    each coding keeps the suggestion as its origin."""
    from qcode.analysis.suggestions.accepting import accept_all
    from qcode.analysis.suggestions.suggester import Suggester

    if options.like:
        raise QcodeError("--accept takes DOC's suggestions, not --like ones")
    if not options.document:
        raise QcodeError("--accept needs DOC: the document whose suggestions to code")
    with open_project(options, write=True) as project:
        document = project.document(options.document)
        code = project.code(options.code) if options.code else None
        suggester = Suggester(
            project, pipeline=options.pipeline, unit=options.unit, use_code_names=options.names
        )
        found, model, sources = _suggestions_of(suggester, document, options)
        if code is not None:
            found = [s for s in found if s.code_id == code.id]
        found = found[: options.limit]
        if not found:
            raise QcodeError(_nothing_to_accept(project.path.name, document.name, model, sources))
        added = accept_all(project, document, found)
    coded = found
    if options.json:
        print_json([s.as_json() for s in coded])
        return 0
    skipped = f" ({added.skipped_duplicates} already coded)" if added.skipped_duplicates else ""
    passages = "passage" if len(added.ids) == 1 else "passages"
    say(
        f"coded {len(added.ids)} {passages} of {document.name} from suggestions{skipped}; "
        f"'qcode undo {options.project}' takes them all back"
    )
    print_table(
        ["confidence", "code", "start", "end", "source", "text"],
        [
            [f"{s.confidence:.2f}", s.code, s.start, s.end, s.source, one_line(s.text, 50)]
            for s in coded
        ],
    )
    return 0


def _nothing_to_accept(project: str, document: str, model: Any, sources: list[str]) -> str:
    """Why ``--accept`` found nothing, in one line."""
    if model is None and set(sources) - {"keywords"}:
        return (
            f"{project}: nothing to accept in {document}: no suggestion model (the codebook "
            "has no code to apply) and no keyword matched; nothing was coded"
        )
    return (
        f"{project}: nothing to accept in {document}: no suggestion at this confidence "
        "(passages already coded or rejected are not suggested again; a lower "
        "--min-confidence shows more); nothing was coded"
    )


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
    both = result.together
    print_line(
        "keywords, learned and similar together (the panel's default sources): "
        f"{rate(both.precision)}/{rate(both.recall)}/{rate(both.f1)}"
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
    if result.yardsticks:
        print_line(
            f"beside a colleague (their coding judged against {result.against}'s the same way, "
            "on the same passages; precision/recall/F1):"
        )
        print_table(
            ["colleague", "passages", "their coding", "suggestions", "share of their F1"],
            [
                [
                    y.coder,
                    y.units,
                    "/".join(rate(v) for v in (c.precision, c.recall, c.f1)),
                    "/".join(rate(v) for v in (m.precision, m.recall, m.f1)),
                    rate(y.share),
                ]
                for y, c, m in ((y, y.colleague, y.suggestions) for y in result.yardsticks)
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
