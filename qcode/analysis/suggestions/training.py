"""Training the suggestion model on a project, within bounded memory and time.

1. The codebook: each codable code's name, description, memos and keywords
   (:mod:`.definitions`).
2. The project's passages, read one document at a time (:mod:`.reading`):
   coded documents first, then the rest (unlabelled text teaches which words
   behave alike), as many as :class:`~.progress.TrainingLimits` allow
   (:mod:`.budget`: the cap less what the process already holds).
3. The vocabulary and TF-IDF vectors (:mod:`.features`), the latent space
   (:mod:`.lsa`) and each code's profiles (:mod:`.evidence`).
4. The stacker (:mod:`.stacker`), fitted on out-of-fold evidence: the
   labelled passages are cut into five runs in reading order, and each run
   is judged by profiles built from the other four.  On a large project
   only a sample of passages × codes is judged (every coded pair, and a
   weighted sample of the uncoded ones), which bounds memory and time.
5. Thresholds that maximise F1 on that out-of-fold evidence.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from qcode.analysis.nlp import language_of, load_pipeline
from qcode.analysis.suggestions import evidence as ev
from qcode.analysis.suggestions import lsa, stacker
from qcode.analysis.suggestions.budget import budget
from qcode.analysis.suggestions.definitions import CodeText, Norms, code_texts
from qcode.analysis.suggestions.features import (
    FeatureSpace,
    SparseRows,
    gram_hashes,
    phrase_hashes,
)
from qcode.analysis.suggestions.model import SuggestionModel, UnitCache
from qcode.analysis.suggestions.progress import Meter, ProgressCallback, TrainingLimits
from qcode.analysis.suggestions.reading import ProjectUnits, read_project
from qcode.core.project import Project

Ints = npt.NDArray[np.int64]
FOLDS = 5
VOCABULARY = 1 << 17  # grams kept at most
JUDGED_CELLS = 8_000_000  # passages × codes judged out of fold, at most (time)
CACHE_MB = 64  # the passages kept in the model for ranking, at most
LATENT_CACHE_MB = 48  # the coded passages' latent vectors kept during a training, at most
LATENT_SLICE = 16_384  # passages projected into the latent space at once
RATE_SMOOTHING = 3.0  # passages a speaker needs before their own rate counts half
ROLE_RATES = {"interviewer": 0.05, "interpreter": 0.1}  # before anything is coded
DEFAULT_RATE = 0.35


def lemmas_for(project: Project, pipeline: str) -> Callable[[str], Norms]:
    languages = [language_of(d.attributes) for d in project.documents()]
    language = max(set(languages), key=languages.count) if languages else "en"
    nlp = load_pipeline(language, pipeline)

    def lemmas(text: str) -> Norms:
        if not text.strip():
            return ()
        return tuple(t.norm_ for t in nlp(text) if not (t.is_punct or t.is_space or t.is_stop))

    return lemmas


def code_memos(project: Project) -> dict[int, list[str]]:
    """The texts of each code's own memos (code id → texts): read like its description."""
    memos: dict[int, list[str]] = {}
    for memo in project.memos():
        if memo.code_id is not None and memo.coding_id is None:
            memos.setdefault(memo.code_id, []).append(memo.text)
    return memos


def train(
    project: Project,
    *,
    pipeline: str,
    unit: str,
    fingerprint: str = "",
    limits: TrainingLimits | None = None,
    progress: ProgressCallback | None = None,
    coder: str | None = None,
    keep_units: bool = True,
) -> SuggestionModel | None:
    """Train on the project as it is; ``None`` if it has no codable code."""
    bounds = limits = limits or TrainingLimits()
    meter = Meter(progress)
    began = time.monotonic()
    texts = code_texts(project.codebook(), lemmas_for(project, pipeline), code_memos(project))
    if not texts:
        return None
    index = {t.code_id: i for i, t in enumerate(texts)}
    cells: list[int] = []

    def characters() -> int:
        # Once the codings and documents are in memory: they count against the cap.
        room, judged = budget(bounds)
        cells.append(judged)
        return room

    read = read_project(
        project,
        index,
        pipeline=pipeline,
        unit=unit,
        characters=characters,
        max_units=limits.max_units,
        coder=coder,
        report=lambda done, total, units: meter.reading(done, total, units),
    )
    meter.reading(len(read.documents), len(read.documents), read.count, force=True)
    model = fit(read, texts, project, cells=cells[0] if cells else budget(bounds)[1], meter=meter)
    model.fingerprint = fingerprint
    model.stats |= {
        "seconds": round(time.monotonic() - began, 1),
        "memory_limit_mb": limits.memory_mb,
        "sampled": read.sampled,
        "documents": len(read.documents),
    }
    if keep_units:
        model.cache = _cache(read)
    meter.done()
    return model


@dataclass
class Prepared:
    """What every part of a training shares: the vectors, the latent space,
    the codebook's rows and the labelled pairs."""

    read: ProjectUnits
    count: int
    space: FeatureSpace
    vectors: SparseRows
    projection: lsa.Projection
    fixed: dict[str, Any]
    parent: Ints
    positives: tuple[Ints, Ints]
    rejected: tuple[Ints, Ints]
    roles: dict[str, str]
    latent: npt.NDArray[np.float16] | None = None  # of the coded passages (see _latent_centroids)

    def profiles(self, allowed: npt.NDArray[np.bool_]) -> ev.Profiles:
        return _profiles(self, allowed)

    def rates(
        self, allowed: npt.NDArray[np.bool_]
    ) -> tuple[npt.NDArray[np.float64], dict[str, float], float]:
        labelled = np.asarray(self.read.labelled, bool)
        return _speaker_rates(self.read, self.roles, labelled, self.positives[0], allowed)


def prepare(
    read: ProjectUnits,
    texts: Sequence[CodeText],
    project: Project,
    *,
    seed: int = 0,
    cells: int | None = None,
) -> Prepared:
    table = read.table()
    keep = np.concatenate(
        [gram_hashes(t.named + t.described + t.excluded) for t in texts]
        + [gram_hashes(k) for t in texts for k in t.keywords]
        + [np.zeros(0, np.uint32)]
    )
    space = FeatureSpace.build(
        (table.hashes[table.indptr[i] : table.indptr[i + 1]] for i in range(table.rows)),
        table.rows,
        limit=VOCABULARY,
        keep=keep,
    )
    vectors = space.vectors(table)
    # The latent space is learnt from a sample of passages that the budget bounds too
    # (its dense blocks take about 3.5 kB a passage).
    sample = lsa.SAMPLE_UNITS if cells is None else max(4 * lsa.MIN_UNITS, cells // 16)
    projection = lsa.fit(
        vectors,
        np.bincount(vectors.indices, minlength=space.size),
        seed=seed,
        units=min(lsa.SAMPLE_UNITS, sample),
    )
    return Prepared(
        read,
        len(texts),
        space,
        vectors,
        projection,
        _codebook_rows(space, texts),
        np.array([index_of(texts, t.parent) for t in texts], np.int64),
        _pairs(read.positives),
        _pairs(read.rejected),
        {s.name: s.role for s in project.speakers()},
    )


def judged_pairs(
    prepared: Prepared, cells: int, meter: Meter, seed: int = 0
) -> tuple[Any, ...] | None:
    """Out-of-fold evidence on a sample of the labelled passages (documents
    taken whole, five runs in reading order): (evidence, coded, weights, codes)
    of the pairs judged, or ``None`` if nothing coded was judged."""
    read, count, vectors = prepared.read, prepared.count, prepared.vectors
    documents, speaker_of, labelled = read.arrays()
    sample = _sample(read, labelled, max(1, JUDGED_CELLS // count), seed)
    folds = np.array_split(sample, FOLDS) if len(sample) >= FOLDS else [sample]
    positive = _positive_matrix(*prepared.positives, count)
    rng = np.random.default_rng(seed)
    step = max(8, cells // count)  # passages whose evidence is held at once
    keep_per_cell = cells / max(1, len(sample) * count)  # share of uncoded pairs kept
    pairs: list[tuple[Any, ...]] = []
    for number, fold in enumerate(folds):
        outside = np.ones(read.count, bool)
        outside[fold] = False
        profiles = prepared.profiles(outside)
        rates = prepared.rates(outside)[0]
        for first in range(0, len(fold), step):
            lo, hi = max(0, first - 1), min(len(fold), first + step + 1)
            rows = fold[lo:hi]
            taken = vectors.take(rows)
            found = ev.evidence(
                taken,
                prepared.projection.project(taken),
                documents[rows],
                rates[speaker_of[rows]].astype(np.float32),
                profiles,
                speaker_of[rows],
            )[first - lo : first - lo + step]
            truth = positive(fold[first : first + step])
            chosen, weight = _choose_pairs(truth, keep_per_cell, rng)
            pairs.append(
                (
                    found.reshape(-1, len(ev.FEATURES))[chosen],
                    truth.reshape(-1)[chosen],
                    weight,
                    np.tile(np.arange(count), len(truth))[chosen],
                )
            )
        meter.learning(
            count // 5 + (number + 1) * count * 3 // 5 // len(folds),
            count,
            0.3 + 0.6 * (number + 1) / len(folds),
        )
    if not pairs or not any(p[1].any() for p in pairs):
        return None
    return (*tuple(np.concatenate([p[i] for p in pairs]) for i in range(4)), len(sample))


def fit(
    read: ProjectUnits,
    texts: Sequence[CodeText],
    project: Project,
    *,
    cells: int,
    meter: Meter | None = None,
    seed: int = 0,
) -> SuggestionModel:
    """The model for the passages read (see the module)."""
    meter = meter or Meter(None)
    count = len(texts)
    prepared = prepare(read, texts, project, seed=seed, cells=cells)
    meter.learning(0, count, 0.1, force=True)
    everyone = np.ones(read.count, bool)
    profiles = prepared.profiles(everyone)
    rates, role_rates, default_rate = prepared.rates(everyone)
    meter.learning(count // 5, count, 0.3, force=True)
    judged = judged_pairs(prepared, cells, meter, seed)
    if judged is not None:
        evidence_pairs, truth_pairs, weight_pairs, codes_of_pairs, sampled = judged
        weighed = stacker.fit(evidence_pairs, truth_pairs, weight_pairs)
        out_of_fold = weighed.probabilities(evidence_pairs[:, None, :])[:, 0]
        threshold, best_f1 = stacker.best_threshold(out_of_fold, truth_pairs, weight_pairs)
        thresholds = stacker.code_thresholds(
            out_of_fold, truth_pairs, codes_of_pairs, count, threshold, weight_pairs
        )
    else:
        weighed, threshold, best_f1 = stacker.Stacker.prior(), stacker.DEFAULT_THRESHOLD, 0.0
        thresholds = np.full(count, threshold, np.float32)
        sampled = 0
    meter.learning(count, count, 1.0, force=True)
    stats: dict[str, Any] = {
        "units": read.count,
        "labelled_units": int(sum(read.labelled)),
        "coded_units": len(np.unique(prepared.positives[0])),
        "judged_units": int(sampled),
        "out_of_fold_f1": round(best_f1, 3),
        "positives": {t.uuid: int(n) for t, n in zip(texts, profiles.positives, strict=True)},
    }
    return SuggestionModel(
        fingerprint="",
        space=prepared.space,
        projection=prepared.projection,
        codes=[t.uuid for t in texts],
        parent=prepared.parent,
        profiles=profiles,
        stacker=weighed,
        threshold=threshold,
        thresholds=thresholds,
        speaker_names=list(read.speakers),
        speaker_rates=rates.astype(np.float32),
        role_rates=role_rates,
        default_rate=default_rate,
        words=_words(texts),
        keywords=[word for t in texts for word in t.keyword_texts],
        stats=stats,
    )


def index_of(texts: Sequence[CodeText], uuid: str | None) -> int:
    for i, text in enumerate(texts):
        if text.uuid == uuid:
            return i
    return -1


def _pairs(found: list[tuple[int, int]]) -> tuple[Ints, Ints]:
    if not found:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    array = np.asarray(found, np.int64)
    return array[:, 0], array[:, 1]


def _codebook_rows(space: FeatureSpace, texts: Sequence[CodeText]) -> dict[str, Any]:
    """The description, exclusion and keyword rows (they need no coding)."""

    def rows(norms: Sequence[Norms]) -> SparseRows:
        from qcode.analysis.suggestions.features import counted

        return space.vectors([counted(gram_hashes(n)) for n in norms])

    named, described, keywords = (
        rows([t.named for t in texts]),
        rows([t.described for t in texts]),
        rows([tuple(w for k in t.keywords for w in k) for t in texts]),
    )
    # The description counts once, the name once, the keywords three times (measured).
    combined = _weighted_sum([(named, 1.0), (described, 1.0), (keywords, 3.0)], len(texts))
    phrases = [(i, phrase_hashes(k)) for i, t in enumerate(texts) for k in t.keywords]
    columns = [space.columns(h) for _i, h in phrases]
    lengths = np.array([len(c) if k.all() else 0 for c, k in columns], np.int64)
    indptr = np.zeros(len(phrases) + 1, np.int64)
    np.cumsum(lengths, out=indptr[1:])
    indices = np.concatenate([c for (c, k) in columns if k.all()] + [np.zeros(0, np.int64)])
    return {
        "described": combined,
        "excluded": rows([t.excluded for t in texts]),
        "phrases": SparseRows(indptr, indices, np.ones(len(indices), np.float32), space.size),
        "phrase_code": np.array([i for i, _h in phrases], np.int64),
    }


def _weighted_sum(parts: list[tuple[SparseRows, float]], count: int) -> SparseRows:
    rows = np.concatenate([p.row_ids() for p, _w in parts])
    columns = np.concatenate([p.indices for p, _w in parts])
    values = np.concatenate([p.data * w for p, w in parts])
    size = parts[0][0].columns
    keys, inverse = np.unique(rows * size + columns, return_inverse=True)
    sums = np.bincount(inverse, weights=values).astype(np.float32)
    indptr = np.zeros(count + 1, np.int64)
    np.cumsum(np.bincount(keys // size, minlength=count), out=indptr[1:])
    return SparseRows(indptr, keys % size, sums, size).normalised()


def _profiles(prepared: Prepared, allowed: npt.NDArray[np.bool_]) -> ev.Profiles:
    """Profiles from the labelled passages in ``allowed`` only."""
    pos_units, pos_codes = prepared.positives
    rej_units, rej_codes = prepared.rejected
    vectors, projection, fixed, count = (
        prepared.vectors,
        prepared.projection,
        prepared.fixed,
        prepared.count,
    )
    inside = allowed[pos_units]
    units, codes = pos_units[inside], pos_codes[inside]
    family_units, family_codes = ev.family_pairs(units, codes, prepared.parent)
    rejected = allowed[rej_units]
    return ev.Profiles(
        described=fixed["described"],
        excluded=fixed["excluded"],
        centroids=ev.aggregate(vectors, units, codes, count),
        family=ev.aggregate(vectors, family_units, family_codes, count),
        rejected=ev.aggregate(vectors, rej_units[rejected], rej_codes[rejected], count),
        keyword_phrases=fixed["phrases"],
        keyword_code=fixed["phrase_code"],
        positives=np.bincount(codes, minlength=count).astype(np.float32),
        latent_described=projection.project(fixed["described"]),
        latent_centroids=_latent_centroids(prepared, units, codes),
        family_positives=np.bincount(family_codes, minlength=count).astype(np.float32),
    )


def _latent_centroids(prepared: Prepared, units: Ints, codes: Ints) -> npt.NDArray[np.float32]:
    """Per code, the normalised mean of its passages' latent vectors.  The
    coded passages' latent vectors are worked out once per training and kept
    (in half precision) when they fit in :data:`LATENT_CACHE_MB`; otherwise a
    slice of passages at a time, so memory stays bounded on any project."""
    dimensions = prepared.projection.dimensions
    sums = np.zeros((prepared.count, dimensions), np.float32)
    if not len(units) or not dimensions:
        return sums
    every = np.unique(prepared.positives[0])
    cached = prepared.latent
    if cached is None and len(every) * dimensions * 2 <= LATENT_CACHE_MB * 1024 * 1024:
        cached = prepared.latent = _latent_of(prepared, every).astype(np.float16)
    if cached is not None:
        rows = np.searchsorted(every, units)
        for first in range(0, len(units), LATENT_SLICE):
            part = slice(first, first + LATENT_SLICE)
            np.add.at(sums, codes[part], cached[rows[part]].astype(np.float32))
    else:
        mine, where = np.unique(units, return_inverse=True)
        for first in range(0, len(mine), LATENT_SLICE):
            block = _latent_of(prepared, mine[first : first + LATENT_SLICE])
            inside = (where >= first) & (where < first + LATENT_SLICE)
            np.add.at(sums, codes[inside], block[where[inside] - first])
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    means: npt.NDArray[np.float32] = (sums / norms).astype(np.float32)
    return means


def _latent_of(prepared: Prepared, units: Ints) -> npt.NDArray[np.float32]:
    out = np.zeros((len(units), prepared.projection.dimensions), np.float32)
    for first in range(0, len(units), LATENT_SLICE):
        taken = prepared.vectors.take(units[first : first + LATENT_SLICE])
        out[first : first + LATENT_SLICE] = prepared.projection.project(taken)
    return out


def _speaker_rates(
    read: ProjectUnits,
    roles: dict[str, str],
    labelled: npt.NDArray[np.bool_],
    pos_units: Ints,
    allowed: npt.NDArray[np.bool_],
) -> tuple[npt.NDArray[np.float64], dict[str, float], float]:
    """How often each speaker's labelled passages are coded, drawn towards
    their role's rate, itself drawn towards the project's."""
    speaker_of = np.asarray(read.speaker_of, np.int64)
    seen = labelled & allowed
    coded = np.zeros(read.count, bool)
    coded[pos_units] = True
    coded &= seen
    overall = DEFAULT_RATE if not seen.any() else float(coded.sum() / seen.sum())
    names = read.speakers
    totals = np.bincount(speaker_of[seen], minlength=len(names)).astype(np.float64)
    hits = np.bincount(speaker_of[coded], minlength=len(names)).astype(np.float64)
    role_rates: dict[str, float] = {}
    for role in {roles.get(name, "") for name in names} | set(ROLE_RATES):
        mine = np.array([roles.get(name, "") == role for name in names], bool)
        prior = ROLE_RATES.get(role.lower(), overall) if role else overall
        n, k = totals[mine].sum(), hits[mine].sum()
        role_rates[role] = float((k + RATE_SMOOTHING * prior) / (n + RATE_SMOOTHING))
    base = np.array([role_rates.get(roles.get(name, ""), overall) for name in names])
    rates = (hits + RATE_SMOOTHING * base) / (totals + RATE_SMOOTHING)
    return rates, role_rates, overall


def _sample(read: ProjectUnits, labelled: npt.NDArray[np.bool_], units: int, seed: int) -> Ints:
    """Labelled passages to judge (documents taken whole, in reading order).
    Only the labelled passages of a document count: where part of one is held
    out (an evaluation), that part is neither judged as text left uncoded nor
    a reason to skip the rest.  Beyond ``units`` passages, a random sample of
    documents (whole arrays, no loop per document: a survey has 100,000)."""
    starts = np.array([first for _id, _sha, first, n in read.documents if n], np.int64)
    if not len(starts) or not labelled.any():
        return np.zeros(0, np.int64)
    document = np.searchsorted(starts, np.arange(len(labelled)), side="right") - 1
    counts = np.bincount(document[labelled], minlength=len(starts))
    taken = np.flatnonzero(counts)
    if counts.sum() > units:
        order = np.random.default_rng(seed).permutation(len(taken))
        enough = int(np.searchsorted(np.cumsum(counts[taken][order]), units)) + 1
        taken = taken[np.sort(order[:enough])]
    chosen = np.zeros(len(starts), bool)
    chosen[taken] = True
    found: Ints = np.flatnonzero(labelled & chosen[document])
    return found


def _positive_matrix(
    pos_units: Ints, pos_codes: Ints, count: int
) -> Callable[[Ints], npt.NDArray[np.bool_]]:
    by_unit: dict[int, list[int]] = {}
    for u, c in zip(pos_units.tolist(), pos_codes.tolist(), strict=True):
        by_unit.setdefault(u, []).append(c)

    def matrix(units: Ints) -> npt.NDArray[np.bool_]:
        out = np.zeros((len(units), count), bool)
        for row, u in enumerate(units.tolist()):
            out[row, by_unit.get(u, [])] = True
        return out

    return matrix


def _choose_pairs(
    truth: npt.NDArray[np.bool_], share: float, rng: np.random.Generator
) -> tuple[Ints, npt.NDArray[np.float64]]:
    """Every coded pair and ``share`` of the uncoded ones (all if share ≥ 1),
    each weighted by how many it stands for."""
    flat = truth.reshape(-1)
    coded = np.flatnonzero(flat)
    uncoded = np.flatnonzero(~flat)
    room = max(int(share * len(flat)) - len(coded), 4 * len(coded), 1)
    if len(uncoded) <= room:
        chosen = np.arange(len(flat))
        return chosen, np.ones(len(flat))
    picked = np.sort(rng.choice(uncoded, room, replace=False))
    weight = len(uncoded) / room
    chosen = np.concatenate([coded, picked])
    weights = np.concatenate([np.ones(len(coded)), np.full(room, weight)])
    order = np.argsort(chosen)
    return chosen[order], weights[order]


def _words(texts: Sequence[CodeText]) -> dict[int, str]:
    """The codebook's grams by hash, to name matched words in reasons."""
    words: dict[int, str] = {}
    for text in texts:
        for norms in (text.named, text.described, *text.keywords):
            grams = list(norms) + [f"{a} {b}" for a, b in itertools.pairwise(norms)]
            for gram, value in zip(grams, gram_hashes(norms).tolist(), strict=True):
                words[int(value)] = gram
    return words


def _cache(read: ProjectUnits) -> UnitCache | None:
    table = read.table()
    if table.nbytes() + 16 * read.count > CACHE_MB * 1024 * 1024:
        return None
    return UnitCache(
        np.array([(d, first, n) for d, _sha, first, n in read.documents], np.int64).reshape(-1, 3),
        [sha for _d, sha, _first, _n in read.documents],
        np.asarray(read.starts, np.int64),
        np.asarray(read.ends, np.int64),
        np.asarray(read.speaker_of, np.int64),
        table,
    )
