"""How much of a project a training may read, within its memory cap.

:class:`~.progress.TrainingLimits` caps the training process's peak memory.
What the process holds before reading anything (qcode, spaCy, numpy, the
open project, and on a survey the list of its 100,000 documents and their
codings) is measured, not assumed; the rest is shared between the passages
read and the passages × codes judged at once.  The costs below were measured
on interviews and on a survey of short answers (issue 20); the tests check
that a training given 70 MB above its baseline stays under its cap.
"""

from __future__ import annotations

from qcode.analysis.suggestions import evidence as ev
from qcode.analysis.suggestions.progress import TrainingLimits

BASELINE_MB = 160  # a worker with spaCy, numpy and the project open (where it cannot be read)
MIN_SPARE_MB = 20.0  # what a training is given above the baseline, at the least
FIXED_MB = 25.0  # what a training takes whatever it reads (numpy's and BLAS's buffers …)
# What a training costs per character read: the passages' grams and places (4 bytes),
# their TF-IDF vectors, the latent space's sample and the profiles (36–39 bytes measured
# on interviews, 33 on a survey of short answers).
BYTES_PER_CHARACTER = 40.0


def budget(limits: TrainingLimits, baseline_mb: float | None = None) -> tuple[int, int]:
    """(characters to read, passages × codes to judge at once) within the limits.

    The cap is the process's peak: what a training may use is the cap less
    what the process holds already (``baseline_mb``; measured now unless
    given: spaCy, numpy and the open project take 150–250 MB before anything
    is read, and a cap near that must still be kept)."""
    baseline = resident_mb() if baseline_mb is None else baseline_mb
    spare = max(MIN_SPARE_MB, limits.memory_mb - baseline) * 1024 * 1024
    characters = int(max(spare / 4, spare - FIXED_MB * 1024 * 1024) / BYTES_PER_CHARACTER)
    cells = int(spare * 0.25 / (len(ev.FEATURES) * 4 * 4))
    return characters, max(2_000, cells)


def resident_mb() -> float:
    """This process's resident memory now, in MB (:data:`BASELINE_MB` where
    the system does not say: /proc is Linux's)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return float(BASELINE_MB)
