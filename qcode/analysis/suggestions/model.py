"""A trained suggestion model: what each code is like (:class:`.evidence.Profiles`),
how to weigh the evidence (:class:`.stacker.Stacker`), where to draw the line
(thresholds), and the project's passages as read at training time, so that
ranking a code over a whole project needs no new analysis.

Stored in the project as one blob (``Project.save_suggestion_model``): numpy
arrays and JSON in a zip (``numpy.savez_compressed``), read back without
pickle, so a model in someone else's project file cannot run code.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from qcode.analysis.suggestions.evidence import FEATURES, Profiles, evidence
from qcode.analysis.suggestions.features import FeatureSpace, GramTable, SparseRows
from qcode.analysis.suggestions.learn import MODEL_VERSION
from qcode.analysis.suggestions.lsa import Projection
from qcode.analysis.suggestions.stacker import Stacker
from qcode.errors import QcodeError
from qcode.messages import Message

Ints = npt.NDArray[np.int64]
BATCH_CELLS = 2_000_000  # passages × codes looked at together (memory: × 22 × 4 bytes)


@dataclass
class UnitCache:
    """The passages of the documents read at training time."""

    documents: Ints  # per document: id, first unit, unit count
    shas: list[str]
    starts: Ints
    ends: Ints
    speakers: Ints  # index into SuggestionModel.speaker_names
    grams: GramTable

    def units_of(self, document_id: int, sha: str) -> tuple[int, int] | None:
        """(first, count) of a document's passages, if read as it is now."""
        found = np.flatnonzero(self.documents[:, 0] == document_id)
        if not len(found) or self.shas[int(found[0])] != sha:
            return None
        row = self.documents[int(found[0])]
        return int(row[1]), int(row[2])


@dataclass
class SuggestionModel:
    """Everything suggestions need once trained (see the module)."""

    fingerprint: str
    space: FeatureSpace
    projection: Projection
    codes: list[str]  # uuids, in the model's code order
    parent: Ints  # each code's parent (index), -1 for none
    profiles: Profiles
    stacker: Stacker
    threshold: float
    thresholds: npt.NDArray[np.float32]
    speaker_names: list[str]
    speaker_rates: npt.NDArray[np.float32]  # per speaker name (as read)
    role_rates: dict[str, float]
    default_rate: float
    words: dict[int, str]  # hash → the codebook's grams, to name them in reasons
    keywords: list[str]  # each keyword phrase as the researcher wrote it
    stats: dict[str, Any] = field(default_factory=dict)
    cache: UnitCache | None = None

    # -- scoring ----------------------------------------------------------------------

    def rates(self, speakers: list[str], roles: dict[str, str]) -> npt.NDArray[np.float32]:
        """How often each passage's speaker is coded (their role's rate, or the
        project's, for a speaker the model has not seen)."""
        known = dict(zip(self.speaker_names, self.speaker_rates.tolist(), strict=True))
        return np.array(
            [
                known.get(s, self.role_rates.get(roles.get(s, ""), self.default_rate))
                for s in speakers
            ],
            np.float32,
        )

    def evidence(
        self,
        grams: GramTable,
        documents: Ints,
        rates: npt.NDArray[np.float32],
        speakers: Ints | None = None,
    ) -> npt.NDArray[np.float32]:
        """Passages × codes × features for passages in reading order
        (``speakers``: a number for each one's speaker, to find turns)."""
        vectors = self.space.vectors(grams)
        latent = self.projection.project(vectors)
        return evidence(vectors, latent, documents, rates, self.profiles, speakers)

    def probabilities(
        self, grams: GramTable, documents: Ints, rates: npt.NDArray[np.float32]
    ) -> npt.NDArray[np.float32]:
        """Passages × codes: how likely the researcher would code each."""
        count = max(1, len(self.codes))
        step = max(64, BATCH_CELLS // count)
        out = np.zeros((grams.rows, len(self.codes)), np.float32)
        for first in range(0, grams.rows, step):
            # one passage of overlap each side: "nearby" sees across the cut
            lo, hi = max(0, first - 1), min(grams.rows, first + step + 1)
            rows = np.arange(lo, hi)
            found = self.stacker.probabilities(
                self.evidence(grams.take(rows), documents[rows], rates[rows])
            )
            out[first : min(grams.rows, first + step)] = found[first - lo : first - lo + step]
        return out

    def code_index(self) -> dict[str, int]:
        return {uuid: i for i, uuid in enumerate(self.codes)}

    # -- storing ----------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        arrays: dict[str, Any] = {
            "vocabulary": self.space.vocabulary,
            "idf": self.space.idf,
            "projection": self.projection.matrix,
            "parent": self.parent,
            "weights": self.stacker.weights,
            "thresholds": self.thresholds,
            "speaker_rates": self.speaker_rates,
            "positives": self.profiles.positives,
            "latent_described": self.profiles.latent_described,
            "latent_centroids": self.profiles.latent_centroids,
            "family_positives": self.profiles.family_positives,
            "keyword_code": self.profiles.keyword_code,
            "word_hashes": np.array(list(self.words), np.uint32),
        }
        for name in ("described", "excluded", "centroids", "family", "rejected", "keyword_phrases"):
            rows: SparseRows = getattr(self.profiles, name)
            arrays[f"{name}.indptr"] = rows.indptr
            arrays[f"{name}.indices"] = rows.indices.astype(np.int32)
            arrays[f"{name}.data"] = rows.data.astype(np.float16)
        if self.cache is not None:
            cache = self.cache
            arrays |= {
                "cache.documents": cache.documents,
                "cache.starts": cache.starts.astype(np.int32),
                "cache.ends": cache.ends.astype(np.int32),
                "cache.speakers": cache.speakers.astype(np.int32),
                "cache.indptr": cache.grams.indptr,
                "cache.hashes": cache.grams.hashes,
                "cache.counts": cache.grams.counts,
            }
        meta = {
            "version": MODEL_VERSION,
            "fingerprint": self.fingerprint,
            "codes": self.codes,
            "intercept": self.stacker.intercept,
            "threshold": self.threshold,
            "projection_identity": self.projection.identity,
            "speaker_names": self.speaker_names,
            "role_rates": self.role_rates,
            "default_rate": self.default_rate,
            "words": list(self.words.values()),
            "keywords": self.keywords,
            "stats": self.stats,
            "shas": None if self.cache is None else self.cache.shas,
            "features": list(FEATURES),
        }
        arrays["meta"] = np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(), np.uint8)
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **arrays)
        return buffer.getvalue()

    @staticmethod
    def from_bytes(data: bytes) -> SuggestionModel:
        """Read a stored model; QcodeError if it is not one this version made."""
        try:
            stored = np.load(io.BytesIO(data), allow_pickle=False)
            meta = json.loads(bytes(stored["meta"]).decode("utf-8"))
        except (OSError, ValueError, KeyError, UnicodeDecodeError) as error:
            raise QcodeError(
                Message(
                    "the stored suggestion model cannot be read ({problem})", problem=str(error)
                )
            ) from None
        if meta.get("version") != MODEL_VERSION or meta.get("features") != list(FEATURES):
            raise QcodeError(
                Message("the stored suggestion model is from another version of qcode")
            )
        columns = len(stored["vocabulary"])

        def rows(name: str) -> SparseRows:
            return SparseRows(
                stored[f"{name}.indptr"].astype(np.int64),
                stored[f"{name}.indices"].astype(np.int64),
                stored[f"{name}.data"].astype(np.float32),
                columns,
            )

        profiles = Profiles(
            rows("described"),
            rows("excluded"),
            rows("centroids"),
            rows("family"),
            rows("rejected"),
            rows("keyword_phrases"),
            stored["keyword_code"].astype(np.int64),
            stored["positives"].astype(np.float32),
            stored["latent_described"],
            stored["latent_centroids"],
            stored["family_positives"].astype(np.float32),
        )
        cache = None
        if meta.get("shas") is not None:
            cache = UnitCache(
                stored["cache.documents"].astype(np.int64),
                list(meta["shas"]),
                stored["cache.starts"].astype(np.int64),
                stored["cache.ends"].astype(np.int64),
                stored["cache.speakers"].astype(np.int64),
                GramTable(
                    stored["cache.indptr"].astype(np.int64),
                    stored["cache.hashes"],
                    stored["cache.counts"],
                ),
            )
        return SuggestionModel(
            fingerprint=meta["fingerprint"],
            space=FeatureSpace(stored["vocabulary"], stored["idf"]),
            projection=Projection(stored["projection"], bool(meta["projection_identity"])),
            codes=list(meta["codes"]),
            parent=stored["parent"].astype(np.int64),
            profiles=profiles,
            stacker=Stacker(stored["weights"].astype(np.float64), float(meta["intercept"])),
            threshold=float(meta["threshold"]),
            thresholds=stored["thresholds"].astype(np.float32),
            speaker_names=list(meta["speaker_names"]),
            speaker_rates=stored["speaker_rates"].astype(np.float32),
            role_rates={str(k): float(v) for k, v in meta["role_rates"].items()},
            default_rate=float(meta["default_rate"]),
            words=dict(zip(stored["word_hashes"].tolist(), meta["words"], strict=True)),
            keywords=list(meta["keywords"]),
            stats=dict(meta["stats"]),
            cache=cache,
        )
