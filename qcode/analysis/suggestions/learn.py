"""What learning from coding shares: when a coding labels a passage, the
model's version, and the fingerprint that says which coding a model fits.

A unit (sentence or speaker turn) of a document the team has coded is a
positive example for a code when a coding of that code covers at least half
of the unit, or the unit holds at least half of the coding; it is a negative
example for every other code (text they read and left uncoded), and for a
code whose suggestion there was rejected.  The model itself is built in
:mod:`qcode.analysis.suggestions.training`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

MODEL_VERSION = "qcode-suggest-4"
MIN_POSITIVES = 3  # coded passages from which a code's own threshold starts to count


def overlaps_enough(unit_start: int, unit_end: int, start: int, end: int) -> bool:
    """Whether a coding [start, end) labels a unit [unit_start, unit_end)."""
    shared = min(unit_end, end) - max(unit_start, start)
    return shared > 0 and 2 * shared >= min(unit_end - unit_start, end - start)


def fingerprint(parts: Sequence[Any]) -> str:
    """A stable digest of everything a trained model depends on."""
    digest = hashlib.sha256(MODEL_VERSION.encode())
    digest.update(json.dumps(list(parts), ensure_ascii=False, default=str).encode("utf-8"))
    return digest.hexdigest()
