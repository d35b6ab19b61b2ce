"""Figures that say how good suggestions are: precision, recall, F1, average
precision and calibration, counted per (passage, code) pair."""

from __future__ import annotations

import itertools
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from qcode.messages import Message

Bools = npt.NDArray[np.bool_]
Floats = npt.NDArray[np.float32]


@dataclass
class Score:
    """Counts and rates for one code (or pooled): ``None`` where undefined."""

    code: str
    support: int = 0  # coded passages among those judged
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    average_precision: float | None = None

    @property
    def precision(self) -> float | None:
        predicted = self.true_positives + self.false_positives
        return None if predicted == 0 else self.true_positives / predicted

    @property
    def recall(self) -> float | None:
        return None if self.support == 0 else self.true_positives / self.support

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None if r is None else 0.0
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def count(self, truth: Bools, predicted: Bools) -> None:
        self.support += int(truth.sum())
        self.true_positives += int((truth & predicted).sum())
        self.false_positives += int((~truth & predicted).sum())
        self.false_negatives += int((truth & ~predicted).sum())

    def as_json(self) -> dict[str, Any]:
        values = asdict(self)
        for name in ("precision", "recall", "f1", "average_precision"):
            value = getattr(self, name)
            values[name] = None if value is None else round(value, 3)
        return values


def average_precision(scores: Floats, truth: Bools) -> float | None:
    """The mean of the precision at each coded pair's rank, best first."""
    if not truth.any():
        return None
    order = np.argsort(-scores.reshape(-1), kind="stable")
    hits = truth.reshape(-1)[order]
    precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float(precision[hits].sum() / hits.sum())


@dataclass
class Bin:
    """Suggestions whose confidence fell in [low, high): how many were right."""

    low: float
    high: float
    suggestions: int
    coded: int
    mean_confidence: float | None

    @property
    def rate(self) -> float | None:
        return None if not self.suggestions else self.coded / self.suggestions

    def as_json(self) -> dict[str, Any]:
        values = asdict(self)
        values["rate"] = None if self.rate is None else round(self.rate, 3)
        if self.mean_confidence is not None:
            values["mean_confidence"] = round(self.mean_confidence, 3)
        return values


CALIBRATION_EDGES = (0.0, 0.1, 0.3, 0.5, 0.7, 1.0001)


def calibration(scores: Floats, truth: Bools) -> list[Bin]:
    """How often suggestions of each confidence were right ("0.7" ≈ 70%)."""
    found = []
    flat, right = scores.reshape(-1), truth.reshape(-1)
    for low, high in itertools.pairwise(CALIBRATION_EDGES):
        inside = (flat >= low) & (flat < high)
        count = int(inside.sum())
        mean = float(flat[inside].mean()) if count else None
        found.append(Bin(low, min(high, 1.0), count, int(right[inside].sum()), mean))
    return found


@dataclass
class ReviewPoint:
    """What a researcher finds by reviewing more: at a confidence, or the
    best few codes of every passage."""

    label: str  # a Message: shown translated in the app
    recall: float
    precision: float
    per_passage: float  # suggestions to review per passage

    def as_json(self) -> dict[str, Any]:
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(self).items()}


REVIEW_BEST = (
    3,
    5,
    8,
)  # "the best k codes of each passage" rows (5 and 8 when there are more codes)


def review_points(scores: Floats, truth: Bools) -> list[ReviewPoint]:
    """Recall and precision when reviewing down to 0.1 and 0.05, and the
    best 3, 5 and 8 codes of each passage (scores: passages × codes)."""
    points = []
    coded = max(1, int(truth.sum()))
    passages = max(1, scores.shape[0])

    def point(label: Message, chosen: Bools) -> ReviewPoint:
        right = int((chosen & truth).sum())
        return ReviewPoint(
            label, right / coded, right / max(1, int(chosen.sum())), float(chosen.sum() / passages)
        )

    for cut in (0.1, 0.05):
        points.append(point(Message("confidence ≥ {cut:g}", cut=cut), scores >= cut))
    if scores.shape[1]:
        order = np.argsort(-scores, axis=1, kind="stable")
        for best in REVIEW_BEST:
            if best > 3 and best >= scores.shape[1]:
                break
            chosen = np.zeros_like(truth)
            np.put_along_axis(chosen, order[:, :best], True, axis=1)
            points.append(point(Message("best {count} codes of each passage", count=best), chosen))
    return points


@dataclass
class CurvePoint:
    """F1 and average precision after learning from fewer coded passages."""

    coded_passages: int
    f1: float | None
    average_precision: float | None

    def as_json(self) -> dict[str, Any]:
        return {
            "coded_passages": self.coded_passages,
            "f1": None if self.f1 is None else round(self.f1, 3),
            "average_precision": None
            if self.average_precision is None
            else round(self.average_precision, 3),
        }


@dataclass
class Yardstick:
    """A colleague's coding judged against the coder's on the same passages
    as the suggestions, and the suggestions' figures there (see
    :mod:`qcode.analysis.suggestions.yardstick`)."""

    coder: str
    units: int  # judged passages of documents the colleague coded
    colleague: Score
    suggestions: Score

    @property
    def share(self) -> float | None:
        """The suggestions' F1 as a share of the colleague's."""
        mine, theirs = self.suggestions.f1, self.colleague.f1
        return None if mine is None or not theirs else mine / theirs

    def as_json(self) -> dict[str, Any]:
        def counts(score: Score) -> dict[str, Any]:
            values = score.as_json()
            del values["code"], values["average_precision"]  # a coder ranks nothing
            return values

        return {
            "coder": self.coder,
            "units": self.units,
            "coder_score": counts(self.colleague),
            "suggestions": counts(self.suggestions),
            "share_of_f1": None if self.share is None else round(self.share, 3),
        }


@dataclass
class Evaluation:
    """How well suggestions did on the researcher's own coding."""

    held_out: str  # how it was judged, in words (a Message)
    folds: int
    units: int  # passages judged
    suggestions: Score = field(default_factory=lambda: Score("overall"))
    keywords: Score = field(default_factory=lambda: Score("overall"))
    similar: Score = field(default_factory=lambda: Score("overall"))
    # keywords, learned and similar at once: what the Suggestions panel shows by default
    together: Score = field(default_factory=lambda: Score("overall"))
    codes: list[tuple[Score, Score, Score]] = field(default_factory=list)
    thresholds: dict[str, float] = field(default_factory=dict)
    mean_average_precision: float | None = None
    calibration: list[Bin] = field(default_factory=list)
    review: list[ReviewPoint] = field(default_factory=list)
    curve: list[CurvePoint] = field(default_factory=list)
    against: str | None = None  # the coder judged against (None: every coder)
    yardsticks: list[Yardstick] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "held_out": self.held_out,
            "folds": self.folds,
            "units": self.units,
            "overall": {
                "suggestions": self.suggestions.as_json(),
                "keywords": self.keywords.as_json(),
                "similar": self.similar.as_json(),
                "together": self.together.as_json(),
                "mean_average_precision": None
                if self.mean_average_precision is None
                else round(self.mean_average_precision, 3),
            },
            "codes": [
                {
                    "code": mine.code,
                    "threshold": round(self.thresholds.get(mine.code, 0.0), 3),
                    "suggestions": mine.as_json(),
                    "keywords": keyword.as_json(),
                    "similar": similar.as_json(),
                }
                for mine, keyword, similar in self.codes
            ],
            "calibration": [b.as_json() for b in self.calibration],
            "review": [p.as_json() for p in self.review],
            "learning_curve": [p.as_json() for p in self.curve],
            "against": self.against,
            "second_coders": [y.as_json() for y in self.yardsticks],
        }
