"""What the suggestion model reads in a passage: its words and word pairs.

A unit's lemmas (:attr:`qcode.analysis.nlp.Unit.norms`: no punctuation, no
stop words) and each pair of neighbouring lemmas are *grams*; each gram is
named by a stable 32-bit hash (CRC-32 of its UTF-8), so features of any
document can be computed without a stored list of words, and the same text
gives the same numbers in every process.  A :class:`FeatureSpace` keeps the
grams of the project (the vocabulary, as sorted hashes) with their inverse
document frequency; :meth:`FeatureSpace.vectors` turns units into TF-IDF
vectors (log term frequency, L2-normalised) held as :class:`SparseRows`.

Everything is numpy arrays: memory grows with the words of a project, not
with its codes, and nothing is copied per code.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float32]
Ints = npt.NDArray[np.int64]
Hashes = npt.NDArray[np.uint32]


def gram_hashes(norms: Sequence[str]) -> Hashes:
    """The hashes of a unit's lemmas and of each pair of neighbouring lemmas."""
    grams = list(norms) + [f"{a} {b}" for a, b in itertools.pairwise(norms)]
    return np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), np.uint32, len(grams))


def phrase_hashes(norms: Sequence[str]) -> Hashes:
    """What a keyword phrase needs a unit to hold: its lemma (one word) or
    each of its neighbouring pairs (a phrase)."""
    if len(norms) == 1:
        return gram_hashes(norms)
    return gram_hashes(norms)[len(norms) :]


def counted(hashes: Hashes) -> tuple[Hashes, npt.NDArray[np.uint16]]:
    """Distinct hashes and how often each occurs."""
    unique, counts = np.unique(hashes, return_counts=True)
    return unique.astype(np.uint32), np.minimum(counts, 65535).astype(np.uint16)


@dataclass
class SparseRows:
    """Rows of a sparse matrix (CSR): row ``i`` holds ``data[indptr[i]:indptr[i+1]]``
    at columns ``indices[...]``."""

    indptr: Ints
    indices: Ints
    data: Floats
    columns: int

    @property
    def rows(self) -> int:
        return len(self.indptr) - 1

    @staticmethod
    def empty(columns: int) -> SparseRows:
        return SparseRows(
            np.zeros(1, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32), columns
        )

    @staticmethod
    def stack(parts: Sequence[SparseRows], columns: int) -> SparseRows:
        if not parts:
            return SparseRows.empty(columns)
        lengths = np.concatenate([np.diff(p.indptr) for p in parts])
        indptr = np.zeros(len(lengths) + 1, np.int64)
        np.cumsum(lengths, out=indptr[1:])
        return SparseRows(
            indptr,
            np.concatenate([p.indices for p in parts]),
            np.concatenate([p.data for p in parts]).astype(np.float32),
            columns,
        )

    def take(self, rows: Sequence[int] | Ints) -> SparseRows:
        chosen = np.asarray(rows, np.int64)
        starts, ends = self.indptr[chosen], self.indptr[chosen + 1]
        lengths = ends - starts
        indptr = np.zeros(len(chosen) + 1, np.int64)
        np.cumsum(lengths, out=indptr[1:])
        if len(chosen) and indptr[-1]:
            positions = np.repeat(starts - indptr[:-1], lengths) + np.arange(indptr[-1])
        else:
            positions = np.zeros(0, np.int64)
        return SparseRows(indptr, self.indices[positions], self.data[positions], self.columns)

    def row_ids(self) -> Ints:
        return np.repeat(np.arange(self.rows, dtype=np.int64), np.diff(self.indptr))

    def times_dense(self, matrix: Floats) -> Floats:
        """This (rows × columns) times ``matrix`` (columns × k): dense rows × k."""
        out = np.zeros((self.rows, matrix.shape[1]), np.float32)
        if not len(self.indices) or not matrix.shape[1]:
            return out
        # In slices of rows holding about the same number of entries, so that the
        # gathered products stay a few megabytes even where a few rows hold most of them
        # (a common word's column, transposed).
        entries = max(1, 2_000_000 // matrix.shape[1])
        first = 0
        while first < self.rows:
            last = int(np.searchsorted(self.indptr, self.indptr[first] + entries, side="right"))
            last = min(self.rows, max(first + 1, last - 1))
            a, b = self.indptr[first], self.indptr[last]
            products = matrix[self.indices[a:b]] * self.data[a:b, None]
            starts = self.indptr[first:last] - a
            filled = np.diff(self.indptr[first : last + 1]) > 0
            out[first:last][filled] = np.add.reduceat(products, starts[filled], axis=0)
            first = last
        return out

    def transposed(self) -> SparseRows:
        """Columns as rows (the rows' numbers as columns)."""
        order = np.argsort(self.indices, kind="stable")
        indptr = np.zeros(self.columns + 1, np.int64)
        np.cumsum(np.bincount(self.indices, minlength=self.columns), out=indptr[1:])
        return SparseRows(indptr, self.row_ids()[order], self.data[order], self.rows)

    def times_transposed(self, other: SparseRows) -> Floats:
        """This times ``M``ᵀ where ``other`` is ``M.transposed()``: dense rows × M's rows.

        Only the entries of ``M`` in the columns this one uses are touched, so a
        few passages against many codes, or many passages against one code,
        both cost little; rows go in slices of a few million products."""
        width = other.columns
        out = np.zeros((self.rows, width), np.float32)
        if not len(self.indices) or not width:
            return out
        lengths = other.indptr[self.indices + 1] - other.indptr[self.indices]
        row_ids = self.row_ids()
        per_row = np.zeros(self.rows + 1, np.int64)
        np.cumsum(np.bincount(row_ids, weights=lengths, minlength=self.rows), out=per_row[1:])
        first = 0
        while first < self.rows:
            last = int(np.searchsorted(per_row, per_row[first] + 2_000_000, side="right")) - 1
            last = min(self.rows, max(first + 1, last))
            a, b = self.indptr[first], self.indptr[last]
            part = lengths[a:b]
            total = int(part.sum())
            if total:
                starts = np.repeat(other.indptr[self.indices[a:b]], part)
                entries = starts + np.arange(total) - np.repeat(np.cumsum(part) - part, part)
                rows = np.repeat(row_ids[a:b] - first, part)
                target = rows * width + other.indices[entries]
                values = np.repeat(self.data[a:b], part) * other.data[entries]
                block = np.bincount(target, weights=values, minlength=(last - first) * width)
                out[first:last] = block.reshape(last - first, width)
            first = last
        return out

    def normalised(self) -> SparseRows:
        squares = np.zeros(self.rows, np.float64)
        np.add.at(squares, self.row_ids(), self.data.astype(np.float64) ** 2)
        norms = np.sqrt(squares)
        norms[norms == 0] = 1.0
        data = (self.data / np.repeat(norms, np.diff(self.indptr))).astype(np.float32)
        return SparseRows(self.indptr, self.indices, data, self.columns)

    def nbytes(self) -> int:
        return int(self.indptr.nbytes + self.indices.nbytes + self.data.nbytes)


@dataclass
class FeatureSpace:
    """The project's grams (sorted hashes) and their inverse document frequency."""

    vocabulary: Hashes
    idf: Floats

    @property
    def size(self) -> int:
        return len(self.vocabulary)

    @staticmethod
    def build(
        distinct: Iterable[Hashes], units: int, *, limit: int, keep: Hashes | None = None
    ) -> FeatureSpace:
        """From each unit's distinct grams: the ``limit`` commonest (single
        words before pairs seen once), always with ``keep`` (the codebook's
        words, so that a definition or keyword can match)."""
        parts = list(distinct)
        every = np.concatenate(parts) if parts else np.zeros(0, np.uint32)
        hashes, frequency = np.unique(every, return_counts=True)
        if len(hashes) > limit:
            order = np.argsort(-frequency, kind="stable")[:limit]
            hashes, frequency = hashes[order], frequency[order]
        if keep is not None and len(keep):
            extra = np.setdiff1d(np.unique(keep), hashes)
            hashes = np.concatenate([hashes, extra])
            frequency = np.concatenate([frequency, np.zeros(len(extra), frequency.dtype)])
        order = np.argsort(hashes)
        idf = np.log((1.0 + units) / (1.0 + frequency[order])) + 1.0
        return FeatureSpace(hashes[order].astype(np.uint32), idf.astype(np.float32))

    def columns(self, hashes: Hashes) -> tuple[Ints, npt.NDArray[np.bool_]]:
        """Each hash's column and whether the vocabulary has it."""
        if not self.size:
            return np.zeros(len(hashes), np.int64), np.zeros(len(hashes), bool)
        where = np.searchsorted(self.vocabulary, hashes)
        where[where == self.size] = 0
        return where.astype(np.int64), self.vocabulary[where] == hashes

    def vectors(
        self, grams: Sequence[tuple[Hashes, npt.NDArray[np.uint16]]] | GramTable
    ) -> SparseRows:
        """TF-IDF rows, L2-normalised, of units given as (distinct hashes, counts)."""
        table = grams if isinstance(grams, GramTable) else GramTable.of(grams)
        columns, known = self.columns(table.hashes)
        rows = np.repeat(np.arange(table.rows), np.diff(table.indptr))[known]
        weights = (1.0 + np.log(table.counts[known].astype(np.float32))) * self.idf[columns[known]]
        indptr = np.zeros(table.rows + 1, np.int64)
        np.cumsum(np.bincount(rows, minlength=table.rows), out=indptr[1:])
        return SparseRows(
            indptr, columns[known], weights.astype(np.float32), self.size
        ).normalised()


@dataclass
class GramTable:
    """Many units' distinct grams and counts, concatenated (compact: 6 bytes a gram)."""

    indptr: Ints
    hashes: Hashes
    counts: npt.NDArray[np.uint16]

    @property
    def rows(self) -> int:
        return len(self.indptr) - 1

    @staticmethod
    def of(units: Sequence[tuple[Hashes, npt.NDArray[np.uint16]]]) -> GramTable:
        lengths = np.fromiter((len(h) for h, _c in units), np.int64, len(units))
        indptr = np.zeros(len(units) + 1, np.int64)
        np.cumsum(lengths, out=indptr[1:])
        if not len(units):
            return GramTable(indptr, np.zeros(0, np.uint32), np.zeros(0, np.uint16))
        return GramTable(
            indptr,
            np.concatenate([h for h, _c in units]).astype(np.uint32),
            np.concatenate([c for _h, c in units]).astype(np.uint16),
        )

    def take(self, rows: Sequence[int] | Ints) -> GramTable:
        positions = np.arange(len(self.hashes), dtype=np.int64)
        chosen = SparseRows(self.indptr, positions, positions.astype(np.float32), 0).take(rows)
        return GramTable(chosen.indptr, self.hashes[chosen.indices], self.counts[chosen.indices])

    def nbytes(self) -> int:
        return int(self.indptr.nbytes + self.hashes.nbytes + self.counts.nbytes)
