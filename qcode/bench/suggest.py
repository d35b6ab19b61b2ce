"""Suggestion figures for ``qcode bench``: pipeline overhead, training time,
and suggesting on a long transcript once a model is trained."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from qcode.bench.common import Progress, Result
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.io.base import ImportedDocument

_TOPICS = {
    "Travel": ("ticket", "train", "flight", "airport", "station", "boarding", "seat", "rail"),
    "School": ("school", "university", "teacher", "enrolment", "tuition", "pupil", "class"),
    "Appeal": ("court", "judge", "appeal", "objection", "lawyer", "review", "tribunal"),
    "Work": ("employer", "job", "salary", "contract", "dismissed", "hired", "office"),
}
_COMMON = (
    "the",
    "a",
    "was",
    "they",
    "said",
    "our",
    "then",
    "because",
    "of",
    "in",
    "for",
    "city",
    "family",
    "year",
    "people",
    "told",
    "nobody",
    "again",
    "list",
)


def _sentence(rng: random.Random, topic: str | None) -> str:
    words = [rng.choice(_COMMON) for _ in range(rng.randint(8, 16))]
    if topic is not None:
        for _ in range(3):
            words.insert(rng.randrange(len(words)), rng.choice(_TOPICS[topic]))
    return " ".join(words).capitalize() + "."


def topical_document(rng: random.Random, length: int) -> tuple[str, list[tuple[str, int, int]]]:
    text, codings = "", []
    while len(text) < length:
        topic = rng.choice([*_TOPICS, None, None])
        sentence = _sentence(rng, topic)
        if topic is not None:
            codings.append((f"Themes/{topic}", len(text), len(text) + len(sentence)))
        text += sentence + " "
    return text.strip(), codings


def run_suggestion_benchmarks(progress: Progress = None, units: int = 2000) -> list[Result]:
    from qcode.analysis.nlp import load_pipeline, units_of_doc
    from qcode.analysis.suggestions.suggester import Suggester

    say = progress or (lambda message: None)
    rng = random.Random(11)
    results: list[Result] = []
    nlp = load_pipeline("en")
    texts = [topical_document(rng, 50_000)[0] for _ in range(4)]
    for _doc in nlp.pipe(texts[:1]):  # warm up caches before timing either
        pass
    bare = ours = float("inf")
    for _round in range(3):  # best of three, alternating, so both see the same machine
        began = time.perf_counter()
        for _doc in nlp.pipe(texts):
            pass
        bare = min(bare, time.perf_counter() - began)
        began = time.perf_counter()
        for number, doc in enumerate(nlp.pipe(texts)):
            units_of_doc(doc, number)
        ours = min(ours, time.perf_counter() - began)
    results.append(
        Result(
            "suggestion units vs bare nlp.pipe (throughput ratio)",
            bare / ours,
            "×",
            0.5,
            higher_is_better=True,
        )
    )
    with tempfile.TemporaryDirectory(prefix="qcode-bench-suggest-") as folder:
        project = Project.create(Path(folder) / "suggest.qcode", coder="bench")
        wanted, units = units, 0
        number = 0
        while units < wanted:
            text, codings = topical_document(rng, 20_000)
            (document,) = project.add_documents(
                [ImportedDocument(f"Interview {number}", text, "i.txt", "text")]
            )
            project.add_codings(
                [NewCoding(document.id, c, s, e) for c, s, e in codings], create=True
            )
            units += text.count(".")
            number += 1
        suggester = Suggester(project)
        say(f"training on {units} coded units…")
        began = time.perf_counter()
        classifier = suggester.classifier()
        results.append(
            Result(f"train suggestions on {units:,} units", time.perf_counter() - began, "s", 60)
        )
        long_text, _codings = topical_document(rng, 50_000)
        (long,) = project.add_documents([ImportedDocument("Long", long_text, "l.txt", "text")])
        began = time.perf_counter()
        found = suggester.suggest(long, classifier=classifier)
        results.append(
            Result(
                f"suggest on 50,000 characters ({len(found)} suggestions)",
                time.perf_counter() - began,
                "s",
                3,
            )
        )
        project.close()
    return results
