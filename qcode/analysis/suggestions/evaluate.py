"""Are suggestions worth the researcher's time?  Measured on their own coding.

The coded passages are held out in turn: either the last part of the coded
text (``split=0.55``: trained on the first 55% in reading order, judged on
the rest, as a researcher who has coded half a study would see it), or
``folds`` runs (whole documents when there are enough coded documents,
otherwise runs of passages in reading order, so that one coded passage
never ends up on both sides).  Each time the model is trained from scratch
on the rest (held-out passages stay as unlabelled text) and judged on each
(passage, code) pair against what was actually coded there — by every
coder, or by one (``coder``: then also beside each colleague who coded
the same documents, :mod:`.yardstick`).  Figures are per code and pooled: precision,
recall and F1 at the learned thresholds, average precision of the ranking,
calibration, what reviewing more finds, and (``curve``) the learning curve.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from qcode.analysis.nlp import BLANK
from qcode.analysis.suggestions import learn
from qcode.analysis.suggestions import scores as sc
from qcode.analysis.suggestions.budget import budget
from qcode.analysis.suggestions.definitions import CodeText, code_texts
from qcode.analysis.suggestions.model import SuggestionModel
from qcode.analysis.suggestions.progress import TrainingLimits
from qcode.analysis.suggestions.reading import ProjectUnits, read_project
from qcode.analysis.suggestions.training import code_memos, fit, lemmas_for
from qcode.analysis.suggestions.yardstick import yardsticks
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.messages import Message

Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]
SIMILAR_FLOOR = 0.3  # the "similar" baseline: cosine to a code's coded passages
CURVE_SHARES = (0.0, 0.1, 0.25, 0.5, 0.75, 1.0)


def evaluate(
    project: Project,
    *,
    folds: int = 5,
    split: float | None = None,
    coder: str | None = None,
    threshold: float | None = None,
    pipeline: str = BLANK,
    unit: str = "sentence",
    curve: bool = False,
    limits: TrainingLimits | None = None,
    progress: Callable[[str], None] | None = None,
) -> Evaluation:
    """Judge suggestions on the project's own coding (see the module);
    ``threshold``: judge at that confidence instead of the learned thresholds."""
    say = progress or (lambda message: None)
    if split is not None and not 0.05 <= split <= 0.95:
        raise QcodeError(Message("--split must be between 0.05 and 0.95"))
    if coder is not None:
        project.coder_id(coder)  # a clear error for an unknown coder
    # The codebook as training reads it (with the codes' memos): judge the model users get.
    texts = code_texts(project.codebook(), lemmas_for(project, pipeline), code_memos(project))
    characters, cells = budget(limits or TrainingLimits())
    code_index = {t.code_id: i for i, t in enumerate(texts)}
    read = read_project(
        project,
        code_index,
        pipeline=pipeline,
        unit=unit,
        characters=characters,
        coder=coder,
    )
    labelled = np.asarray(read.labelled, bool)
    if not read.positives:
        raise QcodeError(Message("nothing to evaluate: no document has been coded yet"))
    per_code = np.bincount([c for _u, c in read.positives], minlength=len(texts))
    if per_code.max() < learn.MIN_POSITIVES:
        # Holding part of one or two passages out measures nothing.
        raise QcodeError(
            Message(
                "nothing to evaluate: no code has {count} or more coded passages yet",
                count=learn.MIN_POSITIVES,
            )
        )
    parts, held_out = held_out_parts(read, labelled, folds, split)
    truth = np.zeros((read.count, len(texts)), bool)
    for u, c in read.positives:
        truth[u, c] = True
    scores = np.zeros((read.count, len(texts)), np.float32)
    chosen = np.zeros_like(truth)
    keyword = np.zeros_like(truth)
    similar = np.zeros_like(truth)
    judged = np.zeros(read.count, bool)
    for number, (train, test) in enumerate(parts):
        say(f"part {number + 1} of {len(parts)}: learning from {int(train.sum())} passages…")
        model = _model(read, texts, project, train, cells)
        found, evidence = _judge(model, read, test, project)
        rows = np.flatnonzero(test)
        scores[rows] = found
        cut = model.thresholds[None, :] if threshold is None else threshold
        chosen[rows] = found >= cut
        keyword[rows] = evidence[:, :, 3] >= 1
        similar[rows] = evidence[:, :, 5] >= SIMILAR_FLOOR
        judged |= test
    result = _figures(
        texts, project, held_out, len(parts), judged, truth, scores, chosen, keyword, similar
    )
    if coder is not None:
        result.against = coder
        result.yardsticks = yardsticks(project, read, code_index, coder, judged, truth, chosen)
    if threshold is None:
        model = _model(read, texts, project, labelled, cells)
        result.thresholds = {
            project.codebook().path(t.code_id): float(model.thresholds[i])
            for i, t in enumerate(texts)
        }
    if curve:
        result.curve = learning_curve(read, texts, project, labelled, cells, split or 0.55, say)
    return result


Evaluation = sc.Evaluation


def held_out_parts(
    read: ProjectUnits, labelled: Bools, folds: int, split: float | None
) -> tuple[list[tuple[Bools, Bools]], Message]:
    """(trained on, judged on) masks, and how it was held out, in words."""
    units = np.flatnonzero(labelled)
    if split is not None:
        lengths = np.asarray(read.ends)[units] - np.asarray(read.starts)[units]
        share = np.cumsum(lengths) / max(1, lengths.sum())
        train = np.zeros(read.count, bool)
        train[units[share <= split]] = True
        test = labelled & ~train
        if not test.any() or not train.any():
            raise QcodeError(Message("too little coded text to hold part of it out"))
        percent = round(split * 100)
        return [(train, test)], Message(
            "the last {percent}% of the coded text (trained on the rest)", percent=100 - percent
        )
    documents = np.asarray(read.document_of, np.int64)[units]
    distinct = list(dict.fromkeys(documents.tolist()))
    k = max(2, min(folds, len(units)))
    if len(distinct) >= k:
        group = {d: i * k // len(distinct) for i, d in enumerate(distinct)}
        fold_of = np.array([group[d] for d in documents.tolist()])
        held = Message("{count} folds of whole documents", count=k)
    else:
        fold_of = np.arange(len(units)) * k // len(units)
        held = Message("{count} runs of passages in reading order", count=k)
    parts = []
    for fold in range(k):
        test = np.zeros(read.count, bool)
        test[units[fold_of == fold]] = True
        parts.append((labelled & ~test, test))
    return parts, held


def _model(
    read: ProjectUnits, texts: list[CodeText], project: Project, train: Bools, cells: int
) -> SuggestionModel:
    return fit(read.labelled_only(train), texts, project, cells=cells)


def _judge(
    model: SuggestionModel, read: ProjectUnits, test: Bools, project: Project
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """Probabilities and evidence for the held-out passages."""
    rows = np.flatnonzero(test)
    roles = {s.name: s.role for s in project.speakers()}
    speakers = [read.speakers[read.speaker_of[u]] for u in rows.tolist()]
    grams = read.table().take(rows)
    documents = np.asarray(read.document_of, np.int64)[rows]
    turns = np.asarray(read.speaker_of, np.int64)[rows]
    evidence = model.evidence(grams, documents, model.rates(speakers, roles), turns)
    return model.stacker.probabilities(evidence), evidence


def _figures(
    texts: list[CodeText],
    project: Project,
    held_out: str,
    parts: int,
    judged: Bools,
    truth: Bools,
    scores: npt.NDArray[np.float32],
    chosen: Bools,
    keyword: Bools,
    similar: Bools,
) -> Evaluation:
    codebook = project.codebook()
    rows = np.flatnonzero(judged)
    truth, scores = truth[rows], scores[rows]
    chosen, keyword, similar = chosen[rows], keyword[rows], similar[rows]
    result = Evaluation(held_out, parts, len(rows))
    precisions = []
    for i, text in enumerate(texts):
        column = truth[:, i]
        if not column.any() and not chosen[:, i].any():
            continue
        name = codebook.path(text.code_id)
        mine, by_keyword, by_likeness = sc.Score(name), sc.Score(name), sc.Score(name)
        mine.count(column, chosen[:, i])
        by_keyword.count(column, keyword[:, i])
        by_likeness.count(column, similar[:, i])
        mine.average_precision = sc.average_precision(scores[:, i], column)
        if mine.average_precision is not None:
            precisions.append(mine.average_precision)
        result.codes.append((mine, by_keyword, by_likeness))
    result.suggestions.count(truth, chosen)
    result.suggestions.average_precision = sc.average_precision(scores, truth)
    result.keywords.count(truth, keyword)
    result.similar.count(truth, similar)
    result.together.count(truth, chosen | keyword | similar)
    result.mean_average_precision = float(np.mean(precisions)) if precisions else None
    result.calibration = sc.calibration(scores, truth)
    result.review = sc.review_points(scores, truth)
    return result


def learning_curve(
    read: ProjectUnits,
    texts: list[CodeText],
    project: Project,
    labelled: Bools,
    cells: int,
    split: float,
    say: Callable[[str], None],
) -> list[sc.CurvePoint]:
    """F1 and average precision on the last part of the coded text after
    learning from growing shares of the first part (nested: each share holds
    the one before it)."""
    parts, _held = held_out_parts(read, labelled, 2, split)
    train, test = parts[0]
    units = np.flatnonzero(train)
    truth = np.zeros((int(test.sum()), len(texts)), bool)
    position = {u: i for i, u in enumerate(np.flatnonzero(test).tolist())}
    for u, c in read.positives:
        if u in position:
            truth[position[u], c] = True
    points = []
    for share in CURVE_SHARES:
        subset = np.zeros(read.count, bool)
        subset[units[: round(share * len(units))]] = True
        say(f"learning curve: {round(share * 100)}% of the coded passages…")
        model = _model(read, texts, project, subset, cells)
        found, _evidence = _judge(model, read, test, project)
        score = sc.Score("curve")
        score.count(truth, found >= model.thresholds[None, :])
        coded = sum(1 for u, _c in read.positives if subset[u])
        points.append(sc.CurvePoint(coded, score.f1, sc.average_precision(found, truth)))
    return points
