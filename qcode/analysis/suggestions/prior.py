"""Where the stacker's prior weights (:data:`.stacker.PRIOR`) come from.

:func:`fit_prior` fits the stacker (a light ridge) on evidence from projects
whose coding we trust: for qcode's release, the team's coding of the real
conversation in ``../shared/corpus`` (``tests/corpus.py``) and Amina
Diallo's coding of the demo project.  Each project gives two kinds of
evidence, weighing the same: out-of-fold (as training sees a coded
project) and codebook-only (as if nothing were coded yet), so that the
prior is calibrated in both cases.  It also returns the threshold with the
best F1 on the codebook-only evidence (:data:`.stacker.DEFAULT_THRESHOLD`).
The figures it printed are pasted into :mod:`.stacker`.

Only the first ``split`` (55%) of each project's coded text, in reading
order, is looked at: the rest is what ``qcode suggest --evaluate --split
0.55`` judges, so the figures we publish for that split were never fitted
on their own held-out part.  (The 5-fold figures still share it: the first
three of their five held-out runs lie wholly or partly in that first 55%.)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from qcode.analysis.nlp import BLANK
from qcode.analysis.suggestions import evidence as ev
from qcode.analysis.suggestions import stacker
from qcode.analysis.suggestions.budget import budget
from qcode.analysis.suggestions.definitions import code_texts
from qcode.analysis.suggestions.evaluate import held_out_parts
from qcode.analysis.suggestions.progress import Meter, TrainingLimits
from qcode.analysis.suggestions.reading import read_project
from qcode.analysis.suggestions.training import (
    Prepared,
    code_memos,
    judged_pairs,
    lemmas_for,
    prepare,
)
from qcode.core.project import Project


def fit_prior(
    projects: Sequence[tuple[Project, str | None]],
    *,
    pipeline: str = BLANK,
    strength: float = 1.0,
    split: float | None = 0.55,
) -> tuple[stacker.Stacker, float]:
    """The stacker fitted on (project, coder or None) pairs, each project
    weighing the same whatever its size; only the first ``split`` of each
    one's coded text is labelled (``None``: all of it)."""
    parts = []
    for project, coder in projects:
        texts = code_texts(project.codebook(), lemmas_for(project, pipeline), code_memos(project))
        characters, cells = budget(TrainingLimits())
        read = read_project(
            project,
            {t.code_id: i for i, t in enumerate(texts)},
            pipeline=pipeline,
            unit="sentence",
            characters=characters,
            coder=coder,
        )
        if split is not None:
            # The rest stays as unlabelled text, exactly as an evaluation's training sees it.
            halves, _how = held_out_parts(read, np.asarray(read.labelled, bool), 2, split)
            read = read.labelled_only(halves[0][0])
        prepared = prepare(read, texts, project)
        judged = judged_pairs(prepared, cells, Meter(None))
        if judged is None:
            continue
        evidence, truth, weights, _codes, _sampled = judged
        parts.append((evidence, truth, weights / weights.sum(), False))
        blank = _codebook_only(prepared)
        parts.append((blank[0], blank[1], np.full(len(blank[1]), 1 / len(blank[1])), True))
    if not parts:
        return stacker.Stacker.prior(), stacker.DEFAULT_THRESHOLD
    fitted = stacker.fit(
        np.concatenate([p[0] for p in parts]),
        np.concatenate([p[1] for p in parts]),
        np.concatenate([p[2] for p in parts]) * 10_000,
        strength=strength,
        centre=np.zeros(len(stacker.PRIOR)),
    )
    blank_parts = [p for p in parts if p[3]]
    scores = fitted.probabilities(np.concatenate([p[0] for p in blank_parts])[:, None, :])
    threshold, _f1 = stacker.best_threshold(
        scores[:, 0], np.concatenate([p[1] for p in blank_parts])
    )
    return fitted, threshold


def _codebook_only(prepared: Prepared) -> tuple[np.ndarray, np.ndarray]:
    """Evidence and truth for every labelled passage × code, knowing no coding."""
    read = prepared.read
    documents, speaker_of, labelled = read.arrays()
    nothing = np.zeros(read.count, bool)
    profiles = prepared.profiles(nothing)
    rates = prepared.rates(nothing)[0]
    rows = np.flatnonzero(labelled)
    vectors = prepared.vectors.take(rows)
    evidence = ev.evidence(
        vectors,
        prepared.projection.project(vectors),
        documents[rows],
        rates[speaker_of[rows]].astype(np.float32),
        profiles,
        speaker_of[rows],
    )
    truth = np.zeros((len(rows), prepared.count), bool)
    where = {u: i for i, u in enumerate(rows.tolist())}
    for u, c in read.positives:
        truth[where[u], c] = True
    return evidence.reshape(-1, len(ev.FEATURES)), truth.reshape(-1)
