"""Commands that analyse, suggest, export and measure: the output side of
the command line.  Presentation only; the work is in qcode.analysis/io."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.cli.handlers import _one_line, _open
from qcode.cli.output import print_json as _print_json
from qcode.cli.output import print_line
from qcode.cli.output import print_table as _print_table
from qcode.cli.output import say as _say
from qcode.core.project import Project

if TYPE_CHECKING:
    from qcode.analysis.filters import Filters
    from qcode.core.pseudonymise import Pseudonymiser
from qcode.errors import QcodeError


def cmd_stats(options: argparse.Namespace) -> int:
    from qcode.analysis.stats import code_stats

    with _open(options, write=False) as project:
        stats = code_stats(project)
    if options.json:
        _print_json([row.as_json() for row in stats])
    else:
        _print_table(
            ["code", "segments", "documents", "characters"],
            [[s.code, s.segments, s.documents, s.characters] for s in stats],
        )
    return 0


def cmd_suggest(options: argparse.Namespace) -> int:
    from qcode.analysis.suggest import Suggester

    if options.evaluate:
        return _evaluate(options)
    if not options.document and not options.like:
        raise QcodeError("give DOC (or --like CODING_ID, or --evaluate)")
    if not 0 <= options.min_confidence <= 1:
        raise QcodeError("--min-confidence must be between 0 and 1")
    with _open_for_cache(options) as project:
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
        _print_json([s.as_json() for s in found])
    else:
        _print_table(
            ["confidence", "code", "start", "end", "source", "reason", "text"],
            [
                [
                    f"{s.confidence:.2f}",
                    s.code,
                    s.start,
                    s.end,
                    s.source,
                    s.reason,
                    _one_line(s.text, 50),
                ]
                for s in found
            ],
        )
    return 0


@contextmanager
def _open_for_cache(options: argparse.Namespace) -> Iterator[Project]:
    """Writable if possible, so a trained model is kept for next time;
    read-only when the app has the project open."""
    from qcode.cli.passphrase import passphrase_for
    from qcode.errors import ProjectLockedError

    path = Path(options.project)
    if not path.exists():
        raise QcodeError(f"project not found: {path}")
    passphrase = passphrase_for(path)
    try:
        project = Project.open(path, passphrase=passphrase)
    except ProjectLockedError:
        project = Project.open(path, read_only=True, passphrase=passphrase)
    try:
        yield project
    finally:
        project.close()


def _evaluate(options: argparse.Namespace) -> int:
    from qcode.analysis.evaluate import evaluate

    with _open(options, write=False) as project:
        result = evaluate(
            project,
            folds=options.folds,
            threshold=options.threshold,
            pipeline=options.pipeline,
            unit=options.unit,
            progress=None if options.json else _say,
        )
    if options.json:
        _print_json(result.as_json())
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
    _print_table(["code", "coded units", "learned", "keywords", "similar"], rows)
    return 0


def cmd_reject(options: argparse.Namespace) -> int:
    with _open(options, write=True) as project:
        project.reject_suggestion(
            project.document(options.document),
            project.code(options.code),
            options.start,
            options.end,
        )
    return 0


def _filters_of(project: Project, options: argparse.Namespace) -> Filters:
    from qcode.analysis.filters import Filters

    return Filters.from_names(
        project,
        documents=options.documents,
        attributes=options.attributes,
        codes=options.codes,
        coders=options.coders,
    )


def cmd_frequencies(options: argparse.Namespace) -> int:
    from qcode.analysis.frequencies import code_frequencies, frequency_breakdown

    with _open(options, write=False) as project:
        filters = _filters_of(project, options)
        if options.by:
            if options.by == "attribute" and not options.attribute:
                raise QcodeError("--by attribute needs --attribute NAME")
            rows = frequency_breakdown(project, options.by, filters, attribute=options.attribute)
            if options.json:
                _print_json([row.as_json() for row in rows])
            else:
                _print_table(
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
        _print_json([row.as_json() for row in frequencies])
    else:
        _print_table(
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

    with _open(options, write=False) as project:
        matrix = cooccurrence(project, _filters_of(project, options), near=options.near)
    if options.json:
        _print_json(
            {
                "codes": matrix.paths,
                "counts": matrix.counts,
                "pairs": [{"code_a": a, "code_b": b, "count": n} for a, b, n in matrix.pairs()],
            }
        )
    else:
        _print_table(["code", "code", "count"], [list(pair) for pair in matrix.pairs()])
    return 0


def cmd_export(options: argparse.Namespace) -> int:
    out = Path(options.out)
    suffix = out.suffix.lower()
    known = suffix in (".qdc", ".qdpx", ".xlsx", ".csv", ".txt")
    if out.is_dir() and not known:
        return _export_texts(options, out)
    if not known:
        raise QcodeError(
            f"{out.name}: qcode exports .xlsx, .csv or .qdc, documents' texts as .txt or into "
            f"a folder, or the whole project as .qdpx (got '{out.suffix or 'none'}')"
        )
    if not out.parent.is_dir():
        raise QcodeError(f"{out.name}: folder {out.parent} does not exist")
    if suffix == ".qdpx":
        return _export_qdpx(options, out)
    if suffix == ".txt":
        return _export_texts(options, out)
    with _open(options, write=False) as project:
        pseudonymiser = _pseudonymiser(project, options)
        if suffix == ".qdc":
            from qcode.export.qdc import export_codebook

            count = export_codebook(project, out, pseudonymiser)
            _say(f"wrote {count} codes to {out}{_pseudonymised(pseudonymiser)}")
            return 0
        filters = _filters_of(project, options)
        if suffix == ".csv":
            from qcode.export.segments_csv import export_segments_csv

            rows = export_segments_csv(project, out, filters, pseudonymiser)
            _say(f"wrote {rows} coded segments to {out}{_pseudonymised(pseudonymiser)}")
            return 0
        from qcode.export.xlsx import export_workbook

        summary = export_workbook(project, out, filters, pseudonymiser=pseudonymiser)
    _say(
        f"wrote {out}: {len(summary.sheets)} sheets, {summary.segments} coded segments"
        f"{_pseudonymised(pseudonymiser)}"
    )
    return 0


def _pseudonymiser(project: Project, options: argparse.Namespace) -> Pseudonymiser | None:
    """The project's pseudonym table with --pseudonymise (refusing an empty one)."""
    if not getattr(options, "pseudonymise", False):
        return None
    from qcode.core.pseudonymise import Pseudonymiser

    return Pseudonymiser.of(project)


def _pseudonymised(pseudonymiser: Pseudonymiser | None) -> str:
    if pseudonymiser is None:
        return ""
    entries = f"{len(pseudonymiser)} pseudonym{'s' if len(pseudonymiser) != 1 else ''}"
    return f" (pseudonymised with {entries}; checked: no identifier left in it)"


def _export_texts(options: argparse.Namespace, out: Path) -> int:
    from qcode.export.text import export_texts

    if options.codes or options.coders:
        raise QcodeError(
            f"{out.name}: a document's text is whole; --codes and --coders do not apply"
        )
    with _open(options, write=False) as project:
        pseudonymiser = _pseudonymiser(project, options)
        documents = None
        if options.documents or options.attributes:
            documents = _filters_of(project, options).resolve(project).documents
        written = export_texts(project, out, documents, pseudonymiser)
    files = f"{len(written)} file{'s' if len(written) != 1 else ''}"
    where = f"{files} in {out}" if out.is_dir() else str(out)
    _say(f"wrote {where}{_pseudonymised(pseudonymiser)}")
    return 0


def _export_qdpx(options: argparse.Namespace, out: Path) -> int:
    from qcode.export.qdpx import export_qdpx

    if options.documents or options.attributes or options.codes or options.coders:
        raise QcodeError(f"{out.name}: a .qdpx holds the whole project; filters do not apply")
    with _open(options, write=False) as project:
        pseudonymiser = _pseudonymiser(project, options)
        summary = export_qdpx(project, out, pseudonymiser=pseudonymiser)
    _say(
        f"wrote {out}: {summary.documents} documents, {summary.codes} codes, "
        f"{summary.codings} codings, {summary.memos} memos{_pseudonymised(pseudonymiser)}"
    )
    for item in summary.not_exported:
        _say(f"not in the file (REFI-QDA has no place for it): {item}")
    return 0


def cmd_demo(options: argparse.Namespace) -> int:
    from qcode.demo import build_demo

    path = Path(options.path)
    build_demo(path)
    _say(f"wrote the demo project to {path}")
    return 0


def cmd_bench(options: argparse.Namespace) -> int:
    from qcode.bench.common import print_results
    from qcode.bench.run import run_benchmarks

    progress = None if options.json else _say
    results = run_benchmarks(
        documents=options.documents,
        codings=options.codings,
        units=options.units,
        progress=progress,
    )
    if options.gui:
        from qcode.gui.bench import run_gui_benchmarks

        results += run_gui_benchmarks(
            documents=options.documents, codings=options.codings, progress=progress
        )
    if options.json:
        _print_json([result.as_json() for result in results])
    else:
        print_results(results)
    return 0
