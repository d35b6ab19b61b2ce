"""``qcode bench --survey``: a survey of 100,000 short answers.

A CSV of 50,000 respondents is written (two open questions of about 200
characters each, some of them Chinese, some identical short answers, 20
attribute columns), imported as 100,000 documents, given 50 codes and
150,000 codings, and the figures the issue sets targets for are measured:
import, opening, listing the documents, one coding committed, 1,000 answers
coded in one step, stats and frequencies, a crosstab by an attribute, a
search, and the segments export.  With ``--gui``, the app's figures follow
(:mod:`qcode.gui.bench_survey`: the window, the answers table, scrolling
it and coding 1,000 of its rows).
"""

from __future__ import annotations

import csv
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from qcode.bench.common import Progress, Result, peak_memory_mb, timed
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.core.surveys import ImportSurvey, SurveyColumns, read_survey

_QUESTIONS = ("q1_experience", "q2_remedy")
_WORDS = (
    "the police came to our village and took my brother we waited three days at the office "
    "nobody told us why the court refused the appeal my family lost land after the order "
    "我们 等了 三天 没有人 告诉 我们 为什么 法院 拒绝 上诉"
).split()
_SHORT = ("No", "N/A", "I don't know", "Nothing happened", "不知道")
_REGIONS = ("North", "South", "East", "West", "Centre", "Coast", "Highlands", "Capital")


def write_survey(path: Path, respondents: int, rng: random.Random) -> int:
    """A survey CSV with ``respondents`` rows; returns its answer count."""
    header = ["respondent", *_QUESTIONS, "region", "age", "gender", "interviewed"]
    header += [f"a{number:02d}" for number in range(1, 17)]  # 20 attributes in all
    answers = 0
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        for number in range(respondents):
            texts = []
            for _ in _QUESTIONS:
                if rng.random() < 0.05:
                    texts.append(rng.choice(_SHORT))
                else:
                    words: list[str] = []
                    while sum(len(word) + 1 for word in words) < 200:
                        words.append(rng.choice(_WORDS))
                    texts.append(" ".join(words))
                answers += 1
            writer.writerow(
                [
                    f"R{number:06d}",
                    *texts,
                    rng.choice(_REGIONS),
                    rng.randint(18, 90),
                    rng.choice(("f", "m", "x")),
                    f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    *(rng.choice(("yes", "no", "partly", "unknown")) for _ in range(16)),
                ]
            )
    return answers


def run_survey_benchmarks(
    *,
    respondents: int = 50_000,
    codings: int = 150_000,
    progress: Progress = None,
    then: Callable[[Path], list[Result]] | None = None,
) -> list[Result]:
    """Build the survey project in a temporary folder and measure it;
    ``then`` measures more on the finished project's file (the app's
    figures, from :mod:`qcode.gui.bench_survey`: the bench cannot import the GUI)."""
    say = progress or (lambda message: None)
    rng = random.Random(20260116)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="qcode-bench-survey-") as folder:
        root = Path(folder)
        sheet = root / "survey.csv"
        say(f"writing a survey of {respondents:,} respondents…")
        answers = write_survey(sheet, respondents, rng)
        project_path = root / "survey.qcode"
        project = Project.create(project_path, coder="bench")
        columns = SurveyColumns("respondent", _QUESTIONS, all_other=True)
        say(f"importing {answers:,} answers…")
        seconds, _imported = timed(lambda: project.push(ImportSurvey(read_survey(sheet, columns))))
        results.append(Result(f"import a survey of {answers:,} answers", seconds, "s", 30))

        code_ids = [project.create_code(f"Code {number + 1}").id for number in range(50)]
        documents = project.documents()
        say(f"adding {codings:,} codings…")
        specs = []
        for _ in range(codings):
            document = rng.choice(documents)
            start = rng.randrange(0, max(1, document.length - 20))
            end = min(document.length, start + rng.randint(5, 60))
            specs.append(NewCoding(document.id, rng.choice(code_ids), start, max(end, start + 1)))
        project.add_codings(specs)
        project.close()

        say("opening…")

        def open_project() -> Project:
            opened = Project.open(project_path, coder="bench")
            opened.codebook()
            opened.coding_counts()
            return opened

        seconds, project = timed(open_project)
        results.append(Result("open the survey project (codebook, counts)", seconds, "s", 0.5))
        seconds, documents = timed(project.documents)
        results.append(
            Result(f"list {len(documents):,} documents with attributes", seconds, "s", 0.5)
        )

        code = project.codebook().codes[code_ids[0]]
        samples = []
        for offset in range(30):
            document = documents[offset * 997 % len(documents)]
            began = time.perf_counter()
            project.apply_code(document, code, 0, min(5, document.length))
            samples.append(time.perf_counter() - began)
        median = statistics.median(samples) * 1000
        results.append(Result("one answer coded, committed durably (median)", median, "ms", 10))

        batch = [NewCoding(d.id, code_ids[1], 0, d.length) for d in documents[5000:6000]]
        seconds, _ = timed(lambda: project.add_codings(batch))
        results.append(Result("code 1,000 whole answers in one step", seconds, "s", 0.5))

        results += _analyses(project, say)
        project.close()
        results.append(Result("peak memory", peak_memory_mb(), "MB", 1000))
        if then is not None:
            results += then(project_path)
            results.append(Result("peak memory, with the app", peak_memory_mb(), "MB", 1000))
    return results


def _analyses(project: Project, say: Callable[[str], None]) -> list[Result]:
    from qcode.analysis.frequencies import code_frequencies
    from qcode.analysis.matrices import code_attribute_crosstab
    from qcode.analysis.search import search
    from qcode.analysis.stats import code_stats

    results: list[Result] = []
    say("stats, frequencies, crosstab, search…")
    seconds, _ = timed(lambda: code_stats(project))
    results.append(Result("stats over the survey", seconds, "s", 0.5))
    code_frequencies(project)  # the first call loads numpy
    seconds, _ = timed(lambda: code_frequencies(project))
    results.append(Result("code frequencies over the survey", seconds, "s", 0.5))
    seconds, _ = timed(lambda: code_attribute_crosstab(project, "region"))
    results.append(Result("crosstab of codes by 'region'", seconds, "s", 1.0))
    seconds, hits = timed(lambda: search(project, "three days", limit=1000))
    results.append(Result(f"search 'three days' ({len(hits):,} hits shown)", seconds, "s"))

    from qcode.export.xlsx import export_workbook

    with tempfile.TemporaryDirectory(prefix="qcode-bench-survey-xlsx-") as folder:
        say("exporting the coded segments to xlsx…")
        began = time.perf_counter()
        export_workbook(project, Path(folder) / "segments.xlsx", sheets={"segments"})
        seconds = time.perf_counter() - began
    results.append(Result("export the coded segments to xlsx", seconds, "s"))
    return results
