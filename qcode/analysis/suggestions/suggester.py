"""Code suggestions: passages a researcher is likely to code next, with the
reason, for them to accept or reject.  Nothing is ever applied here.

Three sources, each giving a unit (sentence, or speaker turn) and a code:

* ``keywords``: a code's keywords (and optionally the words of its name)
  found in the unit, matched on lower-cased lemmas with spaCy's
  ``PhraseMatcher``: "blacklist" finds "Blacklisted".
* ``learned``: a classifier trained on the project's own coding
  (:mod:`qcode.analysis.suggestions.learn`).
* ``similar``: TF-IDF cosine similarity of the unit's lemmas to the units
  already coded with the code ("more like this").

Units already coded with a code, and suggestions rejected before, are never
suggested for it again.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from qcode.analysis.nlp import BLANK, Unit, language_of, load_pipeline, units_of_doc
from qcode.analysis.suggestions import learn
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.model import Code, Coding, Document

SOURCES = ("keywords", "learned", "similar")
UNIT_KINDS = ("sentence", "turn")
SIMILAR_FLOOR = 0.3  # below this cosine a passage is not "like" the code's segments
SIMILAR_MIN_SHARED = 2  # content words a passage must share with the code's segments


@dataclass(frozen=True)
class Suggestion:
    document_id: int
    code_id: int
    code: str  # path
    start: int
    end: int
    text: str
    confidence: float
    source: str
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "confidence": round(self.confidence, 3),
            "source": self.source,
            "reason": self.reason,
        }


class Suggester:
    """Suggestions for one project; analysed units are cached per document."""

    def __init__(
        self,
        project: Project,
        *,
        pipeline: str = BLANK,
        unit: str = "sentence",
        use_code_names: bool = False,
    ) -> None:
        if unit not in UNIT_KINDS:
            raise QcodeError(f"unit must be one of {', '.join(UNIT_KINDS)}")
        self.project = project
        self.pipeline = pipeline
        self.unit = unit
        self.use_code_names = use_code_names
        self._units: dict[tuple[int, str], list[Unit]] = {}
        # Things derived from the whole project's coding, kept while it is unchanged
        # (keyed by project.reader.coding_state(), a cheap summary of the coding).
        self._derived: dict[str, tuple[tuple[Any, ...], Any]] = {}
        self._paths: dict[int, str] = {}  # code paths, for the duration of one suggest()
        self._docs: dict[tuple[int, str], Any] = {}
        self._classifier: tuple[str, learn.Classifier] | None = None

    # -- units -------------------------------------------------------------------------

    def units(self, document: Document) -> list[Unit]:
        key = (document.id, document.sha256)
        cached = self._units.get(key)
        if cached is None:
            nlp = load_pipeline(language_of(document.attributes), self.pipeline)
            speaker_turns = self.project.speaker_turns(document)
            turns: list[tuple[int, int]] = []
            if self.unit == "turn":
                turns = [(t.start, t.end) for t in speaker_turns]
            labels = [(t.start, t.start + len(t.speaker) + 1) for t in speaker_turns if t.speaker]
            doc = self._docs[key] = nlp(self.project.text(document))
            cached = self._units[key] = units_of_doc(doc, document.id, turns, labels)
        return cached

    def analysed(self, document: Document) -> Any:
        """The spaCy ``Doc`` of a document's text."""
        self.units(document)
        return self._docs[(document.id, document.sha256)]

    def coded_documents(self) -> list[Document]:
        counts = self.project.coding_counts_by_document()
        return [d for d in self.project.documents() if counts.get(d.id)]

    # -- the three sources -------------------------------------------------------------

    def keyword_suggestions(self, document: Document) -> list[Suggestion]:
        from spacy.matcher import PhraseMatcher

        nlp = load_pipeline(language_of(document.attributes), self.pipeline)
        codebook = self.project.codebook()
        matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        for code in codebook.walk():
            if not code.codable:
                continue
            words = list(code.keywords)
            if self.use_code_names:
                words.append(code.name)
            patterns = [nlp(word.lower()) for word in words if word.strip()]
            if patterns:
                matcher.add(code.uuid, patterns)
        if len(matcher) == 0:
            return []
        units = self.units(document)
        starts = [unit.start for unit in units]
        doc = self.analysed(document)
        found: dict[tuple[int, int], set[str]] = {}
        for match_id, begin, end in matcher(doc):
            char = doc[begin].idx
            index = _unit_at(starts, units, char)
            if index is not None:
                found.setdefault((index, match_id), set()).add(doc[begin:end].text.lower())
        result = []
        for (index, match_id), matched in found.items():
            found_code = codebook.by_uuid(nlp.vocab.strings[match_id])
            if found_code is None:
                continue
            unit = units[index]
            shown = ", ".join(f"'{w}'" for w in sorted(matched))
            result.append(
                self._make(
                    unit,
                    found_code,
                    1 - 0.5 ** len(matched),
                    "keywords",
                    f"keyword{'s' if len(matched) > 1 else ''} {shown}",
                )
            )
        return result

    def similar_suggestions(self, document: Document) -> list[Suggestion]:
        codebook = self.project.codebook()
        profiles, counts, idf = self._code_profiles()
        result = []
        for unit in self.units(document):
            vector = _tfidf(unit.norms, idf)
            if not vector:
                continue
            for code_id, profile in profiles.items():
                score = _cosine(vector, profile)
                if (
                    score >= SIMILAR_FLOOR
                    and len(vector.keys() & profile.keys()) >= SIMILAR_MIN_SHARED
                ):
                    code = codebook.codes[code_id]
                    result.append(
                        self._make(
                            unit,
                            code,
                            score,
                            "similar",
                            f"similar to {_segments(counts[code_id])} coded '{code.name}'",
                        )
                    )
        return result

    def learned_suggestions(
        self, document: Document, classifier: learn.Classifier, threshold: float = 0.5
    ) -> list[Suggestion]:
        codebook = self.project.codebook()
        units = self.units(document)
        positives = self._positive_counts()
        result = []
        for unit, scores in zip(units, classifier.scores(units), strict=True):
            for uuid, score in scores.items():
                code = codebook.by_uuid(uuid)
                if code is None or score < threshold:
                    continue
                result.append(
                    self._make(
                        unit,
                        code,
                        score,
                        "learned",
                        f"learned from {positives.get(uuid, 0)} segments coded '{code.name}'",
                    )
                )
        return result

    # -- together ------------------------------------------------------------------------

    def suggest(
        self,
        document: Document,
        *,
        sources: Sequence[str] = SOURCES,
        min_confidence: float = 0.0,
        classifier: learn.Classifier | None = None,
    ) -> list[Suggestion]:
        """All suggestions for ``document``, best first within each passage;
        one per (passage, code), from the most confident source."""
        unknown = set(sources) - set(SOURCES)
        if unknown:
            raise QcodeError(f"unknown source {sorted(unknown)[0]!r} (use {', '.join(SOURCES)})")
        self._paths = {}  # code names may have changed since the last call
        found: list[Suggestion] = []
        if "keywords" in sources:
            found += self.keyword_suggestions(document)
        if "similar" in sources:
            found += self.similar_suggestions(document)
        if "learned" in sources:
            classifier = classifier or self.classifier()
            if classifier is not None:
                found += self.learned_suggestions(document, classifier)
        best: dict[tuple[int, int, int], Suggestion] = {}
        for suggestion in found:
            key = (suggestion.start, suggestion.end, suggestion.code_id)
            if key not in best or suggestion.confidence > best[key].confidence:
                best[key] = suggestion
        blocked = self._blocked(document)
        kept = [s for s in best.values() if s.confidence >= min_confidence and not blocked(s)]
        return sorted(kept, key=lambda s: (s.start, -s.confidence, s.code))

    def more_like(self, coding: Coding, limit: int = 20) -> list[Suggestion]:
        """Units across the coded documents most like one coded segment."""
        code = self.project.codebook().codes[coding.code_id]
        documents = {d.id: d for d in self.coded_documents()}
        document = self.project.document(coding.document_id)
        documents[document.id] = document
        all_units = [u for d in documents.values() for u in self.units(d)]
        idf = _idf(all_units)
        text = self.project.text(document)[coding.start : coding.end]
        nlp = load_pipeline(language_of(document.attributes), self.pipeline)
        target = _tfidf(units_of_doc(nlp(text), document.id)[0].norms if text.strip() else (), idf)
        scored = []
        for unit in all_units:
            if unit.document_id == coding.document_id and learn.overlaps_enough(
                unit.start, unit.end, coding.start, coding.end
            ):
                continue
            score = _cosine(_tfidf(unit.norms, idf), target)
            if score > 0:
                scored.append(
                    self._make(unit, code, score, "similar", "similar to the chosen segment")
                )
        scored.sort(key=lambda s: -s.confidence)
        return scored[:limit]

    # -- learning ------------------------------------------------------------------------

    def training_set(self, documents: Iterable[Document] | None = None) -> learn.TrainingSet:
        documents = list(self.coded_documents() if documents is None else documents)
        codebook = self.project.codebook()
        ids = {d.id for d in documents}
        units = [u for d in documents for u in self.units(d)]
        codings = [
            (c.document_id, codebook.codes[c.code_id].uuid, c.start, c.end)
            for c in self.project.codings()
            if c.document_id in ids and codebook.codes[c.code_id].codable
        ]
        rejections = [
            (d, codebook.codes[code].uuid, s, e)
            for d, code, s, e in self.project.reader.rejections()
            if d in ids and code in codebook
        ]
        return learn.label_units(units, codings, rejections)

    def state(self) -> tuple[Any, ...]:
        return tuple(self.project.reader.coding_state())

    def _cached(self, name: str, compute: Callable[[], Any]) -> Any:
        state = self.state()
        found = self._derived.get(name)
        if found is not None and found[0] == state:
            return found[1]
        value = compute()
        self._derived[name] = (state, value)
        return value

    def is_current(self, name: str) -> bool:
        """Whether ``"profiles"`` or ``"positives"`` fit the coding as it is now."""
        found = self._derived.get(name)
        return found is not None and found[0] == self.state()

    def side_data(self) -> dict[str, Any]:
        """What "similar" and the learned reasons need, computed from all coded
        documents (expensive), as plain data a worker process can send back."""
        profiles, counts, idf = self._code_profiles()
        return {
            "state": list(self.state()),
            "profiles": {str(k): v for k, v in profiles.items()},
            "counts": {str(k): v for k, v in counts.items()},
            "idf": idf,
            "positives": self._positive_counts(),
            "coded_units": self.coded_units(),
        }

    def use_side_data(self, data: dict[str, Any]) -> bool:
        """Adopt side data computed elsewhere, if it fits the coding now."""
        state = tuple(data["state"])
        if state != self.state():
            return False
        profiles = {int(k): v for k, v in data["profiles"].items()}
        counts = {int(k): v for k, v in data["counts"].items()}
        self._derived["profiles"] = (state, (profiles, counts, data["idf"]))
        self._derived["positives"] = (state, dict(data["positives"]))
        self._derived["coded_units"] = (state, int(data["coded_units"]))
        return True

    def coded_units(self) -> int:
        """Units that are a positive example of a learnable code."""

        def count() -> int:
            training = self.training_set()
            labels = training.labels
            return sum(1 for cats in training.cats if any(cats.get(x) for x in labels))

        return int(self._cached("coded_units", count))

    def fingerprint(self) -> str:
        return str(self._cached("fingerprint", self._fingerprint))

    def _fingerprint(self) -> str:
        documents = self.coded_documents()
        codebook = self.project.codebook()
        return learn.fingerprint(
            [
                self.pipeline,
                self.unit,
                [(d.sha256, language_of(d.attributes)) for d in documents],
                sorted(
                    (codebook.codes[c.code_id].uuid, c.document_id, c.start, c.end)
                    for c in self.project.codings()
                ),
                self.project.reader.rejections(),
            ]
        )

    def classifier(
        self, *, train: bool = True, progress: Callable[[float], None] | None = None
    ) -> learn.Classifier | None:
        """The model for the project's current coding: cached, else trained
        (``train=False``: only a cached one).  ``None`` when no code has
        enough coded units to learn from."""
        key = self.fingerprint()
        if self._classifier is not None and self._classifier[0] == key:
            return self._classifier[1]
        data = self.project.reader.suggestion_model(key)
        if data is None:
            if not train:
                return None
            data = self.train(progress=progress)
            if data is None:
                return None
            self.save_model(key, data)
        classifier = learn.Classifier(data)
        self._classifier = (key, classifier)
        return classifier

    def train(self, progress: Callable[[float], None] | None = None) -> bytes | None:
        training = self.training_set()
        if not training.labels:
            return None
        return learn.train_textcat(
            self.main_language(), training.texts, training.cats, training.labels, progress=progress
        )

    def save_model(self, key: str, data: bytes) -> None:
        if not self.project.read_only:
            self.project.save_suggestion_model(key, self.pipeline, data)

    def main_language(self) -> str:
        languages = Counter(language_of(d.attributes) for d in self.coded_documents())
        return languages.most_common(1)[0][0] if languages else "en"

    # -- helpers ---------------------------------------------------------------------------

    def _make(
        self, unit: Unit, code: Code, confidence: float, source: str, reason: str
    ) -> Suggestion:
        path = self._paths.get(code.id)
        if path is None:
            path = self._paths[code.id] = self.project.codebook().path(code.id)
        return Suggestion(
            unit.document_id,
            code.id,
            path,
            unit.start,
            unit.end,
            unit.text,
            min(1.0, confidence),
            source,
            reason,
        )

    def _positive_counts(self) -> dict[str, int]:
        return dict(self._cached("positives", lambda: self.training_set().positives))

    def _code_profiles(
        self,
    ) -> tuple[dict[int, dict[str, float]], dict[int, int], dict[str, float]]:
        found: tuple[dict[int, dict[str, float]], dict[int, int], dict[str, float]] = self._cached(
            "profiles", self._compute_profiles
        )
        return found

    def _compute_profiles(
        self,
    ) -> tuple[dict[int, dict[str, float]], dict[int, int], dict[str, float]]:
        documents = self.coded_documents()
        units = [u for d in documents for u in self.units(d)]
        idf = _idf(units)
        codebook = self.project.codebook()
        by_document: dict[int, list[Unit]] = {}
        for unit in units:
            by_document.setdefault(unit.document_id, []).append(unit)
        sums: dict[int, Counter[str]] = {}
        counts: Counter[int] = Counter()
        for coding in self.project.codings():
            if not codebook.codes[coding.code_id].codable:
                continue
            for unit in by_document.get(coding.document_id, []):
                if learn.overlaps_enough(unit.start, unit.end, coding.start, coding.end):
                    sums.setdefault(coding.code_id, Counter()).update(_tfidf(unit.norms, idf))
                    counts[coding.code_id] += 1
        return {code: dict(total) for code, total in sums.items()}, dict(counts), idf

    def _blocked(self, document: Document) -> Callable[[Suggestion], bool]:
        coded = [(c.code_id, c.start, c.end) for c in self.project.codings(document=document)]
        rejected = [(code, s, e) for _d, code, s, e in self.project.reader.rejections(document.id)]

        def blocked(suggestion: Suggestion) -> bool:
            for code_id, start, end in coded:
                if code_id == suggestion.code_id and learn.overlaps_enough(
                    suggestion.start, suggestion.end, start, end
                ):
                    return True
            return any(
                code_id == suggestion.code_id
                and min(end, suggestion.end) > max(start, suggestion.start)
                for code_id, start, end in rejected
            )

        return blocked


def _segments(count: int) -> str:
    return f"{count} segment{'s' if count != 1 else ''}"


def _unit_at(starts: list[int], units: list[Unit], position: int) -> int | None:
    from bisect import bisect_right

    index = bisect_right(starts, position) - 1
    if index >= 0 and units[index].start <= position < units[index].end:
        return index
    return None


def _idf(units: Sequence[Unit]) -> dict[str, float]:
    frequency: Counter[str] = Counter()
    for unit in units:
        frequency.update(set(unit.norms))
    total = len(units) or 1
    return {word: math.log((1 + total) / (1 + count)) + 1 for word, count in frequency.items()}


def _tfidf(norms: Sequence[str], idf: dict[str, float]) -> dict[str, float]:
    counts = Counter(word for word in norms if word in idf)
    return {word: count * idf[word] for word, count in counts.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(value * b.get(word, 0.0) for word, value in a.items())
    if not dot:
        return 0.0
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
