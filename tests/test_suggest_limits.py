"""Suggestions on big projects (issue 20): the training keeps to a memory
cap, measured as the training worker's own peak, and still learns."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.io.base import ImportedDocument

TOPICS = {
    "Travel": ("ticket", "train", "flight", "airport", "station", "boarding", "seat"),
    "School": ("school", "university", "teacher", "enrolment", "tuition", "pupil"),
    "Appeal": ("court", "judge", "appeal", "objection", "lawyer", "tribunal"),
}
COMMON = "the a was they said our then because city family year people told nobody list".split()

# Trains in a fresh process as the app's worker does.  The cap is set above what the
# process holds once qcode, spaCy and the project are loaded (the baseline varies
# from machine to machine); the child reports its own peak (VmHWM), see tests/peak.py.
CHILD = """
import json, sys
from qcode.analysis.nlp import load_pipeline
from qcode.analysis.suggestions import budget, worker
from qcode.analysis.suggestions.model import SuggestionModel
from qcode.analysis.suggestions.progress import TrainingLimits
from qcode.core.project import Project

path, above = sys.argv[1], float(sys.argv[2])
with Project.open(path, read_only=True) as project:
    project.codebook()
    load_pipeline("en", "blank")
baseline = budget.resident_mb()
cap = int(baseline + above) if above > 0 else 100_000
fingerprint, data = worker.train_for_project(path, limits=TrainingLimits(memory_mb=cap))
model = SuggestionModel.from_bytes(data)
with open("/proc/self/status", encoding="ascii") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
print(json.dumps({"cap": cap, "peak": peak, "units": model.stats["units"],
                  "sampled": model.stats["sampled"], "coded": model.stats["coded_units"]}))
"""


def _interview(rng: random.Random, length: int) -> tuple[str, list[tuple[str, int, int]]]:
    text, codings = "", []
    while len(text) < length:
        topic = rng.choice([*TOPICS, None, None])
        words = [rng.choice(COMMON) for _ in range(rng.randint(8, 16))]
        if topic is not None:
            for _ in range(3):
                words.insert(rng.randrange(len(words)), rng.choice(TOPICS[topic]))
        sentence = " ".join(words).capitalize() + "."
        if topic is not None:
            codings.append((topic, len(text), len(text) + len(sentence)))
        text += sentence + " "
    return text.strip(), codings


def _train(path: Path, above_baseline: float) -> dict[str, float]:
    found = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(above_baseline)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert found.returncode == 0, found.stderr[-2000:]
    figures: dict[str, float] = json.loads(found.stdout.strip().splitlines()[-1])
    return figures


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's VmHWM")
def test_training_keeps_to_a_small_memory_cap_and_still_learns(tmp_path: Path) -> None:
    # 60 interviews of 50,000 characters (3 million, about 38,000 sentences), half coded:
    # uncapped, training takes well over 100 MB above the worker's baseline.
    path = tmp_path / "big.qcode"
    rng = random.Random(5)
    with Project.create(path, coder="Ana") as project:
        made = [_interview(rng, 50_000) for _ in range(60)]
        documents = project.add_documents(
            [
                ImportedDocument(f"Interview {n}", text, "i.txt", "text")
                for n, (text, _c) in enumerate(made)
            ]
        )
        project.add_codings(
            [
                NewCoding(document.id, code, start, end)
                for number, (document, (_text, codings)) in enumerate(
                    zip(documents, made, strict=True)
                )
                if number % 2
                for code, start, end in codings
            ],
            create=True,
        )
    above = 70.0
    free = _train(path, 0)
    capped = _train(path, above)
    # The project is big enough for the cap to matter: without it, training goes over.
    assert free["peak"] > capped["cap"] + 20, (free, capped)
    assert not free["sampled"]
    # With it, the worker's peak stays under the cap: it read fewer passages...
    assert capped["peak"] <= capped["cap"], capped
    assert capped["sampled"] and capped["units"] < free["units"]
    # ...and still learnt from coded ones.
    assert capped["coded"] > 1000, capped
