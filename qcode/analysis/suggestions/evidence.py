"""The evidence for each (passage, code): how much the passage is like the
code's description, keywords and coded passages, in words and in the
project's latent space, what is around it, who speaks it, and what the
question it answers (the turn before its own) is like.

:class:`Profiles` hold what a code is like (one sparse row per code, built
from TF-IDF unit vectors); :func:`evidence` lays the passages against them
and returns one number per passage, code and :data:`FEATURES` entry, which
the stacker (:mod:`.stacker`) weighs into a probability.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from qcode.analysis.suggestions.features import Floats, Ints, SparseRows

# What each column of the evidence is; the order is the stacker's.
# (Each code is scored on its own: ranking one code over a whole project
# needs no other code's scores.)
FEATURES = (
    "description",
    "description nearby",
    "exclusion",
    "keywords",
    "keywords nearby",
    "coded passages",
    "coded passages nearby",
    "latent description",
    "latent description nearby",
    "latent coded passages",
    "latent coded passages nearby",
    "family",
    "family nearby",
    "speaker",
    "coded count",
    "never coded",
    "rejected passages",
    "sub-codes coded instead",
    "question like coded passages",
    "question like description",
)
PROFILE_WORDS = 3000  # the strongest words kept in a code's profile of coded passages
BLOCK_VALUES = 4_000_000  # codes × words summed at once when building profiles (32 MB)
BLOCK_PASSAGES = 20_000  # passages gathered at once when building profiles


@dataclass
class Profiles:
    """What each code is like (rows in code order).  Sparse profiles are used
    transposed (word → codes), built once per model."""

    described: SparseRows
    excluded: SparseRows
    centroids: SparseRows
    family: SparseRows
    rejected: SparseRows
    keyword_phrases: SparseRows  # one row per phrase: the grams it needs (data 1)
    keyword_code: Ints  # the code of each phrase
    positives: Floats  # coded passages per code
    latent_described: Floats  # codes × dimensions
    latent_centroids: Floats
    family_positives: Floats  # coded passages of the code and its sub-codes

    _transposed: dict[str, SparseRows] = field(default_factory=dict, repr=False)

    @property
    def codes(self) -> int:
        return len(self.positives)

    def by_word(self, name: str) -> SparseRows:
        """A sparse profile (``described``, ``centroids`` …) transposed."""
        found = self._transposed.get(name)
        if found is None:
            rows: SparseRows = getattr(self, name)
            found = self._transposed[name] = rows.transposed()
        return found

    def subset(self, codes: Ints) -> Profiles:
        """The profiles of some codes only (in that order)."""
        position = np.full(self.codes, -1, np.int64)
        position[codes] = np.arange(len(codes))
        phrases = np.flatnonzero(position[self.keyword_code] >= 0)
        return Profiles(
            self.described.take(codes),
            self.excluded.take(codes),
            self.centroids.take(codes),
            self.family.take(codes),
            self.rejected.take(codes),
            self.keyword_phrases.take(phrases),
            position[self.keyword_code[phrases]],
            self.positives[codes],
            self.latent_described[codes],
            self.latent_centroids[codes],
            self.family_positives[codes],
        )


def aggregate(
    vectors: SparseRows,
    units: Ints,
    codes: Ints,
    count: int,
    *,
    top: int = PROFILE_WORDS,
) -> SparseRows:
    """Per code, the normalised sum of the vectors of its ``(unit, code)``
    pairs, keeping its ``top`` strongest words.

    Codes are summed a few at a time into a dense block of at most
    :data:`BLOCK_VALUES` numbers, so memory stays a few tens of megabytes
    however many passages are coded (sorting every (code, word) pair of a
    survey's 150,000 codings took 600 MB)."""
    columns = vectors.columns
    if not len(units):
        return SparseRows(np.zeros(count + 1, np.int64), *_no_entries(), columns)
    order = np.argsort(codes, kind="stable")
    units, codes = units[order], codes[order]
    step = max(1, BLOCK_VALUES // max(1, columns))
    parts_columns: list[Ints] = []
    parts_values: list[Floats] = []
    per_code = np.zeros(count, np.int64)
    for first in range(0, count, step):
        last = min(count, first + step)
        lo, hi = np.searchsorted(codes, [first, last])
        if lo == hi:
            continue
        sums = np.zeros((last - first) * columns, np.float64)
        for start in range(lo, hi, BLOCK_PASSAGES):  # a parent may hold 100,000 passages
            end = min(hi, start + BLOCK_PASSAGES)
            taken = vectors.take(units[start:end])
            where = (codes[start:end] - first)[taken.row_ids()] * columns + taken.indices
            sums += np.bincount(where, weights=taken.data, minlength=len(sums))
        block = sums.reshape(last - first, columns).astype(np.float32)
        for row in range(last - first):
            values = block[row]
            kept = np.flatnonzero(values)
            if len(kept) > top:
                kept = np.sort(kept[np.argpartition(-values[kept], top - 1)[:top]])
            parts_columns.append(kept)
            parts_values.append(values[kept])
            per_code[first + row] = len(kept)
    indptr = np.zeros(count + 1, np.int64)
    np.cumsum(per_code, out=indptr[1:])
    return SparseRows(
        indptr,
        np.concatenate([*parts_columns, np.zeros(0, np.int64)]).astype(np.int64),
        np.concatenate([*parts_values, np.zeros(0, np.float32)]).astype(np.float32),
        columns,
    ).normalised()


def _no_entries() -> tuple[Ints, Floats]:
    return np.zeros(0, np.int64), np.zeros(0, np.float32)


def latent_means(latent: Floats, units: Ints, codes: Ints, count: int) -> Floats:
    """Per code, the normalised mean of its passages' latent vectors."""
    sums = np.zeros((count, latent.shape[1]), np.float32)
    if len(units) and latent.shape[1]:
        np.add.at(sums, codes, latent[units])
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    means: Floats = (sums / norms).astype(np.float32)
    return means


def family_pairs(units: Ints, codes: Ints, parent: Ints) -> tuple[Ints, Ints]:
    """Each (unit, code) pair again for every ancestor of the code: a sub-code's
    passages are evidence for its parent."""
    all_units, all_codes = [units], [codes]
    current = codes
    for _ in range(len(parent)):
        has = parent[current] >= 0 if len(current) else np.zeros(0, bool)
        if not has.any():
            break
        units, current = units[has], parent[current[has]]
        all_units.append(units)
        all_codes.append(current)
    return np.concatenate(all_units), np.concatenate(all_codes)


def evidence(
    vectors: SparseRows,
    latent: Floats,
    documents: Ints,
    speaker_rates: Floats,
    profiles: Profiles,
    speakers: Ints | None = None,
) -> npt.NDArray[np.float32]:
    """The evidence for every passage (rows of ``vectors``, in reading order;
    ``documents``: each one's document, so that neighbours are only looked
    for in the same document; ``speakers``: a number for each one's speaker,
    to find the question an answer follows) and every code: passages × codes
    × FEATURES."""
    n, count = vectors.rows, profiles.codes
    out = np.zeros((n, count, len(FEATURES)), np.float32)
    if n == 0 or count == 0:
        return out
    same_before = np.zeros(n, bool)
    same_before[1:] = documents[1:] == documents[:-1]

    def nearby(scores: Floats) -> Floats:
        around = np.zeros_like(scores)
        around[1:][same_before[1:]] = scores[:-1][same_before[1:]]
        after = np.zeros_like(scores)
        after[:-1][same_before[1:]] = scores[1:][same_before[1:]]
        return np.maximum(around, after)

    def put(first: int, scores: Floats, *, near: bool = True) -> None:
        out[:, :, first] = scores
        if near:
            out[:, :, first + 1] = nearby(scores)

    def like(name: str) -> Floats:
        return vectors.times_transposed(profiles.by_word(name))

    put(0, like("described"))
    out[:, :, 2] = like("excluded")
    put(3, _keyword_counts(vectors, profiles))
    put(5, like("centroids"))
    if latent.shape[1]:
        put(7, latent @ profiles.latent_described.T)
        put(9, latent @ profiles.latent_centroids.T)
    put(11, like("family"))
    out[:, :, 13] = speaker_rates[:, None]
    out[:, :, 14] = np.log1p(profiles.positives)[None, :]
    out[:, :, 15] = (profiles.positives == 0)[None, :]
    out[:, :, 16] = like("rejected")
    # A code never used itself while its sub-codes are: the researcher codes those instead.
    out[:, :, 17] = ((profiles.positives == 0) & (profiles.family_positives > 0))[None, :]
    if speakers is not None:
        # An interviewer's question says what the answer will be about.
        question = questions(documents, speakers)
        asked = question >= 0
        out[asked, :, 18] = out[question[asked], :, 9]
        out[asked, :, 19] = out[question[asked], :, 7]
    return out


def speaker_numbers(names: Sequence[str]) -> Ints:
    """A number for each passage's speaker (the same name, the same number)."""
    seen: dict[str, int] = {}
    return np.array([seen.setdefault(name, len(seen)) for name in names], np.int64)


def questions(documents: Ints, speakers: Ints) -> Ints:
    """For each passage, the last passage of the turn before its own (another
    speaker's, in the same document: the question an answer follows), or -1."""
    n = len(documents)
    index = np.arange(n)
    change = np.ones(n, bool)
    change[1:] = (documents[1:] != documents[:-1]) | (speakers[1:] != speakers[:-1])
    question = np.maximum.accumulate(np.where(change, index, 0)) - 1
    inside = question >= 0
    inside[inside] = documents[question[inside]] == documents[inside]
    found: Ints = np.where(inside, question, -1)
    return found


def _keyword_counts(vectors: SparseRows, profiles: Profiles) -> Floats:
    """How many of each code's keyword phrases each passage holds (at most 2)."""
    phrases = profiles.keyword_phrases
    counts = np.zeros((vectors.rows, profiles.codes), np.float32)
    if not phrases.rows:
        return counts
    present = SparseRows(
        vectors.indptr, vectors.indices, np.ones_like(vectors.data), vectors.columns
    )
    held = present.times_transposed(profiles.by_word("keyword_phrases"))  # grams present
    needed = np.diff(phrases.indptr).astype(np.float32)
    matched = (held >= needed[None, :] - 0.5) & (needed[None, :] > 0)
    for phrase in np.flatnonzero(matched.any(axis=0)):
        counts[:, profiles.keyword_code[phrase]] += matched[:, phrase]
    return np.minimum(counts, 2.0)
