"""Weighing the evidence into a probability, and where to draw the line.

A logistic regression over the :data:`~.evidence.FEATURES` of each (passage,
code), shared by all codes, fitted on *out-of-fold* evidence (each passage
judged by profiles built without it), so that its output is a calibrated
probability that the researcher would code that passage with that code.
Its weights are pulled towards :data:`PRIOR` (the weights that fit the
first 55% of the team's own coding of the real conversation and of the
demo project: see :mod:`.prior`), so a project with a few coded passages
gets sensible weights, and one with none gets exactly the prior: the
codebook's definitions and keywords alone.

Thresholds maximise F1 on the same out-of-fold probabilities: one for the
project, and one per code drawn towards it (a code's own threshold counts
in proportion to how many passages it has coded).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from qcode.analysis.suggestions.evidence import FEATURES

Floats = npt.NDArray[np.float64]

# Fitted by qcode.analysis.suggestions.prior.fit_prior (strength 1) on the first 55%
# of the team's coding of ../shared/corpus and of Amina Diallo's coding of the demo
# project (never on the last 45% that the published figures judge), in FEATURES
# order, intercept last.  Neither has rejections: that weight (-3) is set by hand
# (a passage like one rejected for a code is unlikely to be it).
PRIOR = np.array(
    [
        1.92,
        1.09,
        0.71,
        1.19,
        0.44,
        0.40,
        0.21,
        3.87,
        2.39,
        0.74,
        0.39,
        0.46,
        0.33,
        1.75,
        0.19,
        0.11,
        -3.00,
        -1.61,
        -0.36,
        1.44,
        -6.71,
    ],
    np.float64,
)
PRIOR_STRENGTH = 3.0  # how hard the weights are pulled towards PRIOR
THRESHOLD_SHRINK = 20.0  # coded passages at which a code's own threshold counts half
FIT_SLICE = 65_536  # pairs whose design rows are held at once while fitting
DEFAULT_THRESHOLD = 0.105  # before anything is coded (fit_prior's, on codebook-only evidence)


@dataclass
class Stacker:
    """Weights (one per feature) and an intercept."""

    weights: Floats
    intercept: float

    @staticmethod
    def prior() -> Stacker:
        return Stacker(PRIOR[:-1].copy(), float(PRIOR[-1]))

    def probabilities(self, evidence: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Passages × codes probabilities from passages × codes × features."""
        out = np.zeros(evidence.shape[:-1], np.float32)
        step = max(1, FIT_SLICE // max(1, int(np.prod(evidence.shape[1:-1]))))
        for first in range(0, len(evidence), step):  # in slices: bounded memory
            logits = evidence[first : first + step].astype(np.float64) @ self.weights
            out[first : first + step] = 1.0 / (
                1.0 + np.exp(-np.clip(logits + self.intercept, -30, 30))
            )
        return out

    def contributions(self, evidence: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        """Each feature's share of the logit (for the reason shown)."""
        return evidence.astype(np.float64) * self.weights


def fit(
    evidence: npt.NDArray[np.float32],
    labels: npt.NDArray[np.bool_],
    weights: npt.NDArray[np.float64] | None = None,
    *,
    strength: float | None = None,
    centre: Floats | None = None,
) -> Stacker:
    """Fit on pairs (``evidence``: pairs × features, ``labels``: coded or not,
    ``weights``: how many pairs each stands for), pulled towards ``centre``
    (the prior's weights and intercept unless given)."""
    y = labels.astype(np.float64)
    w_pairs = np.ones(len(y)) if weights is None else weights.astype(np.float64)
    centre = PRIOR.copy() if centre is None else centre.astype(np.float64)
    pull = PRIOR_STRENGTH if strength is None else strength
    penalty = np.full(len(centre), pull)
    penalty[-1] = pull / 100  # the intercept follows the project's own rate freely

    def design(first: int) -> Floats:
        # A slice of pairs at a time in double precision: a survey judges 750,000 pairs,
        # whose whole design matrix (and its weighted copy) took 350 MB (issue 20).
        part = evidence[first : first + FIT_SLICE].astype(np.float64)
        return np.hstack([part, np.ones((len(part), 1))])

    def loss(theta: Floats) -> float:
        data = 0.0
        for first in range(0, len(y), FIT_SLICE):
            z = design(first) @ theta
            part = slice(first, first + FIT_SLICE)
            data += float(np.sum(w_pairs[part] * (np.logaddexp(0.0, z) - y[part] * z)))
        return data + 0.5 * float(np.sum(penalty * (theta - centre) ** 2))

    theta = centre.copy()
    current = loss(theta)
    for _ in range(50):
        gradient = penalty * (theta - centre)
        curvature = np.diag(penalty)
        for first in range(0, len(y), FIT_SLICE):
            x = design(first)
            part = slice(first, first + FIT_SLICE)
            p = 1.0 / (1.0 + np.exp(-np.clip(x @ theta, -30, 30)))
            gradient += x.T @ (w_pairs[part] * (p - y[part]))
            curvature += (x * (w_pairs[part] * p * (1 - p) + 1e-9)[:, None]).T @ x
        step = np.linalg.solve(curvature, gradient)
        size = 1.0
        while size > 1e-4:
            candidate = theta - size * step
            value = loss(candidate)
            if value <= current:
                break
            size /= 2
        else:
            break
        improved = current - value
        theta, current = candidate, value
        if improved < 1e-8 * max(1.0, abs(current)):
            break
    return Stacker(theta[:-1], float(theta[-1]))


def best_threshold(
    probabilities: npt.NDArray[np.float32],
    labels: npt.NDArray[np.bool_],
    weights: npt.NDArray[np.float64] | None = None,
) -> tuple[float, float]:
    """The threshold with the best F1 on these pairs, and that F1."""
    scores = probabilities.reshape(-1).astype(np.float64)
    truth = labels.reshape(-1).astype(np.float64)
    w = np.ones(len(scores)) if weights is None else weights.reshape(-1)
    if not truth.any():
        return DEFAULT_THRESHOLD, 0.0
    order = np.argsort(-scores, kind="stable")
    hits = np.cumsum((truth * w)[order])
    taken = np.cumsum(w[order])
    f1 = 2 * hits / (taken + float((truth * w).sum()))
    best = int(np.argmax(f1))
    return float(scores[order][best]), float(f1[best])


def code_thresholds(
    probabilities: npt.NDArray[np.float32],
    labels: npt.NDArray[np.bool_],
    codes: npt.NDArray[np.int64],
    count: int,
    overall: float,
    weights: npt.NDArray[np.float64] | None = None,
) -> npt.NDArray[np.float32]:
    """Per code, its own best threshold drawn towards ``overall``."""
    thresholds = np.full(count, overall, np.float32)
    w = np.ones(len(labels)) if weights is None else weights
    for code in np.unique(codes[labels]):
        mine = codes == code
        coded = float(labels[mine].sum())
        own, _f1 = best_threshold(probabilities[mine], labels[mine], w[mine])
        share = coded / (coded + THRESHOLD_SHRINK)
        thresholds[code] = share * own + (1 - share) * overall
    return thresholds


assert len(PRIOR) == len(FEATURES) + 1
