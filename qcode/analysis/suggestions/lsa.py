"""Which words behave alike in this project: latent semantic analysis of
its own text, coded or not.

The TF-IDF vectors of (a sample of) the project's units are factorised by a
randomised truncated SVD; a passage and a code's description (or its coded
passages) are then compared in that space, where words that are used in
the same passages ("listed", "blacklist", "defaulter") come close even when
the two share no word.  Only the commonest words take part, so the
projection stays small (columns × dimensions floats) on any project.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from qcode.analysis.suggestions.features import Floats, SparseRows

DIMENSIONS = 100
SAMPLE_UNITS = 20_000  # units the factorisation looks at (a random sample beyond)
WORDS = 20_000  # the commonest grams that take part
MIN_UNITS = 150  # fewer passages say little about which words go together: words as they are


@dataclass
class Projection:
    """Sparse TF-IDF rows → unit-length rows in the latent space.  On a
    project too small to learn from (``identity``), the "latent" space is the
    words themselves: a passage is compared with a code word for word."""

    matrix: Floats  # vocabulary size × dimensions (zero rows for words left out)
    identity: bool = False

    @property
    def dimensions(self) -> int:
        return int(self.matrix.shape[0] if self.identity else self.matrix.shape[1])

    def project(self, rows: SparseRows) -> Floats:
        if self.identity:
            dense = np.zeros((rows.rows, rows.columns), np.float32)
            dense[rows.row_ids(), rows.indices] = rows.data
            return dense
        if not self.dimensions:
            return np.zeros((rows.rows, 0), np.float32)
        latent = rows.times_dense(self.matrix)
        norms = np.linalg.norm(latent, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        result: npt.NDArray[np.float32] = (latent / norms).astype(np.float32)
        return result


def fit(
    rows: SparseRows,
    frequency: npt.NDArray[np.int64],
    *,
    seed: int = 0,
    units: int = SAMPLE_UNITS,
) -> Projection:
    """Factorise ``rows`` (unit vectors; a random sample of ``units`` of them
    at most); ``frequency``: each column's number of units, to keep the
    commonest :data:`WORDS` columns."""
    rng = np.random.default_rng(seed)
    columns = rows.columns
    if rows.rows > units:
        rows = rows.take(np.sort(rng.choice(rows.rows, units, replace=False)))
    kept = np.argsort(-frequency, kind="stable")[: min(WORDS, columns)]
    dimensions = min(DIMENSIONS, rows.rows // 3, len(kept) // 2)
    if rows.rows < MIN_UNITS:
        return Projection(np.zeros((columns, 0), np.float32), identity=True)
    if dimensions < 2:
        return Projection(np.zeros((columns, 0), np.float32))
    local = np.full(columns, -1, np.int64)
    local[kept] = np.arange(len(kept))
    inside = local[rows.indices] >= 0
    row_ids = rows.row_ids()[inside]
    indptr = np.zeros(rows.rows + 1, np.int64)
    np.cumsum(np.bincount(row_ids, minlength=rows.rows), out=indptr[1:])
    small = SparseRows(indptr, local[rows.indices[inside]], rows.data[inside], len(kept))
    # Randomised range finder (two power iterations), then an exact SVD of the small matrix.
    # smallᵀ is formed once (as rows): its products with a dense block go in slices of a few
    # megabytes, where gathering them all at once took 700 MB on a survey (issue 20).
    flipped = small.transposed()
    probe = rng.standard_normal((len(kept), dimensions + 10)).astype(np.float32)
    sample = small.times_dense(probe)
    for _ in range(2):
        sample = small.times_dense(flipped.times_dense(_orthonormal(sample)))
    reduced = flipped.times_dense(_orthonormal(sample)).T  # (dimensions + 10) × kept
    _u, _s, right = np.linalg.svd(reduced, full_matrices=False)
    matrix = np.zeros((columns, dimensions), np.float32)
    matrix[kept] = right[:dimensions].T
    return Projection(matrix)


def _orthonormal(sample: Floats) -> Floats:
    """An orthonormal basis of the columns of a tall ``sample`` (units × k).

    Cholesky QR, twice: it only needs k × k products, where LAPACK's
    Householder QR of a 20,000 × 110 block took 1–8 s on a shared machine.
    A rank-deficient sample (a tiny or repetitive project) falls back to QR."""
    tall = sample.astype(np.float64)
    try:
        for _ in range(2):
            gram = tall.T @ tall
            gram[np.diag_indices_from(gram)] += 1e-10 * max(1.0, float(np.trace(gram)))
            upper = np.linalg.cholesky(gram).T
            tall = tall @ np.linalg.inv(upper)
    except np.linalg.LinAlgError:
        tall, _r = np.linalg.qr(sample.astype(np.float64))
    result: Floats = tall.astype(np.float32)
    return result
