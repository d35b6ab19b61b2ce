"""The agreement figures, computed from counts of units.

The figures (:class:`Figures`) are percent agreement, Cohen's kappa,
Krippendorff's alpha (nominal) and specific (positive) agreement.  With more
than two coders, percent agreement, kappa (Light's kappa) and specific
agreement are the means over every pair of coders, and a mean is undefined
when it is undefined for any pair; alpha takes all coders jointly.  A figure
that is undefined is ``None`` and :attr:`Figures.reasons` says why.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from itertools import combinations
from typing import Any

FIGURE_NAMES = ("percent_agreement", "kappa", "alpha", "specific_agreement")
SEGMENT_REASON = "not defined for the segment unit: there are no uncoded units to agree on"
_NO_UNITS = "no units to compare"


@dataclass(frozen=True)
class Figures:
    """Agreement figures over a number of units.

    ``both`` counts units coded by every coder, ``neither`` by none, ``some``
    by some but not all (segment unit: matched codings, 0, unmatched ones).
    """

    units: int
    both: int
    neither: int
    some: int
    percent_agreement: float | None  # 0–100
    kappa: float | None
    alpha: float | None
    specific_agreement: float | None  # 0–1
    reasons: dict[str, str]  # for every None figure: why it is undefined

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


# -- the statistics, on counts --------------------------------------------------------


def cohen_kappa_2x2(
    both: int, only_a: int, only_b: int, neither: int
) -> tuple[float | None, str | None]:
    """Cohen's kappa of two coders from the four cells of their 2 × 2 table.

    kappa = (p_o − p_e) / (1 − p_e) with p_e = pA·pB + (1 − pA)(1 − pB);
    undefined when p_e = 1 (both coded every unit, or both coded none).
    """
    n = both + only_a + only_b + neither
    if n <= 0:
        return None, _NO_UNITS
    a, b = both + only_a, both + only_b
    # n²·(1 − p_e), kept in whole numbers so that p_e = 1 is seen exactly
    chance = a * (n - b) + b * (n - a)
    if chance <= 1e-12 * n * n:
        return None, "undefined: both coders coded every unit, or both coded none (p_e = 1)"
    return 1 - (only_a + only_b) * n / chance, None


def specific_agreement(both: int, only_a: int, only_b: int) -> tuple[float | None, str | None]:
    """Specific (positive) agreement: 2·both / (2·both + only A + only B)."""
    denominator = 2 * both + only_a + only_b
    if denominator <= 0:
        return None, "undefined: neither coder coded any unit"
    return 2 * both / denominator, None


def alpha_binary(histogram: Sequence[int]) -> tuple[float | None, str | None]:
    """Krippendorff's alpha (nominal) for coded/not-coded units, no missing data.

    ``histogram[j]`` is the number of units coded by exactly ``j`` of the
    ``m = len(histogram) − 1`` coders.  With n = N·m values, n₁ of them
    "coded": alpha = 1 − (n − 1)·o₀₁ / (n₀·n₁), where
    o₀₁ = Σ h_j·j·(m − j)/(m − 1).
    """
    m = len(histogram) - 1
    if m < 2:
        return None, "undefined: needs at least two coders"
    units = sum(histogram)
    if units <= 0:
        return None, _NO_UNITS
    n = units * m
    n1 = sum(j * count for j, count in enumerate(histogram))
    n0 = n - n1
    if n0 * n1 == 0:
        return None, "undefined: only one value in the data (every unit coded by all, or by none)"
    disagreements = sum(count * j * (m - j) for j, count in enumerate(histogram))  # (m−1)·o₀₁
    return 1 - (n - 1) * disagreements / ((m - 1) * n0 * n1), None


def alpha_nominal(units: Iterable[Mapping[Hashable, int]]) -> tuple[float | None, str | None]:
    """Krippendorff's alpha (nominal) with missing data.

    Each unit maps a value to how many coders gave it; units with fewer
    than two values cannot be paired and are left out.
    """
    totals: Counter[Hashable] = Counter()
    disagreement = 0.0
    for unit in units:
        values = sum(unit.values())
        if values < 2:
            continue
        totals.update(unit)
        squares = sum(count * count for count in unit.values())
        disagreement += (values * values - squares) / (values - 1)
    n = sum(totals.values())
    expected = n * n - sum(count * count for count in totals.values())
    if n == 0:
        return None, _NO_UNITS
    if expected == 0:
        return None, "undefined: only one value in the data"
    return 1 - (n - 1) * disagreement / expected, None


def binary_figures(units: int, table: Mapping[int, int], coders: Sequence[str]) -> Figures:
    """The figures for ``units`` units, where ``table[mask]`` counts the
    units coded by exactly the coders in ``mask`` (bit i: ``coders[i]``)."""
    m = len(coders)
    histogram = [0] * (m + 1)
    for mask, count in table.items():
        histogram[mask.bit_count()] += count
    histogram[0] = units - sum(histogram[1:])
    if units <= 0:
        return Figures(0, 0, 0, 0, None, None, None, None, dict.fromkeys(FIGURE_NAMES, _NO_UNITS))
    reasons: dict[str, str] = {}
    cover = [sum(n for mask, n in table.items() if mask >> i & 1) for i in range(m)]
    percents: list[float] = []
    kappas: list[float | None] = []
    specifics: list[float | None] = []
    for i, j in combinations(range(m), 2):
        both = sum(n for mask, n in table.items() if mask >> i & 1 and mask >> j & 1)
        only_a, only_b = cover[i] - both, cover[j] - both
        percents.append(100 * (units - only_a - only_b) / units)
        kappa, why_kappa = cohen_kappa_2x2(both, only_a, only_b, units - both - only_a - only_b)
        specific, why_specific = specific_agreement(both, only_a, only_b)
        kappas.append(kappa)
        specifics.append(specific)
        for name, why in (("kappa", why_kappa), ("specific_agreement", why_specific)):
            if why is not None and name not in reasons:
                reasons[name] = why if m == 2 else _for_pair(why, coders[i], coders[j])
    alpha, why_alpha = alpha_binary(histogram)
    if why_alpha is not None:
        reasons["alpha"] = why_alpha
    return Figures(
        units=units,
        both=histogram[m],
        neither=histogram[0],
        some=units - histogram[0] - histogram[m],
        percent_agreement=math.fsum(percents) / len(percents),
        kappa=_mean(kappas),
        alpha=alpha,
        specific_agreement=_mean(specifics),
        reasons=reasons,
    )


def segment_figures(matched: int, codings: int) -> Figures:
    """The figures of the segment unit: ``matched`` of ``codings`` agree."""
    reasons = {"kappa": SEGMENT_REASON, "alpha": SEGMENT_REASON}
    if codings <= 0:
        reasons["percent_agreement"] = reasons["specific_agreement"] = "no codings to compare"
        return Figures(0, 0, 0, 0, None, None, None, None, reasons)
    return Figures(
        units=codings,
        both=matched,
        neither=0,
        some=codings - matched,
        percent_agreement=100 * matched / codings,
        kappa=None,
        alpha=None,
        specific_agreement=matched / codings,
        reasons=reasons,
    )


def _for_pair(why: str, a: str, b: str) -> str:
    return f"undefined for {a} and {b}: {why.removeprefix('undefined: ')}"


def _mean(values: Sequence[float | None]) -> float | None:
    if any(value is None for value in values):
        return None
    return math.fsum(v for v in values if v is not None) / len(values)
