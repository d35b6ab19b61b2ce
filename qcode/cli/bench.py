"""``qcode bench``: measuring qcode's speed on a synthetic project.
The work is in qcode.bench (and qcode.gui.bench for the app)."""

from __future__ import annotations

import argparse

from qcode.cli.output import print_json, say


def cmd_bench(options: argparse.Namespace) -> int:
    from qcode.bench.common import print_results
    from qcode.bench.run import run_benchmarks

    progress = None if options.json else say
    if options.suggest_large:
        from qcode.bench.suggest import run_large_suggestion_benchmarks

        results = run_large_suggestion_benchmarks(options.suggest_large, progress)
    elif options.survey:
        from qcode.bench.survey import run_survey_benchmarks

        then = None
        if options.gui:  # the app's figures on the same project (issue 16)
            from functools import partial

            from qcode.gui.bench_survey import run_survey_gui_benchmarks

            then = partial(run_survey_gui_benchmarks, progress=progress)
        results = run_survey_benchmarks(progress=progress, then=then)
        # Suggestions on a survey-shaped project (issue 20: training time and the
        # worker's peak memory), on its own project of 100,000 answers and 500 codes.
        from qcode.bench.suggest import run_large_suggestion_benchmarks

        results += run_large_suggestion_benchmarks(100_000, progress)
    else:
        results = run_benchmarks(
            documents=options.documents,
            codings=options.codings,
            units=options.units,
            progress=progress,
        )
    if options.gui and not (options.survey or options.suggest_large):
        from qcode.gui.bench import run_gui_benchmarks

        results += run_gui_benchmarks(
            documents=options.documents, codings=options.codings, progress=progress
        )
    if options.json:
        print_json([result.as_json() for result in results])
    else:
        print_results(results)
    return 0
