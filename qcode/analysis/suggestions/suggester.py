"""Code suggestions: passages a researcher is likely to code next, with the
reason, for them to accept or reject.  Nothing is ever applied here.

Three sources, each giving a unit (sentence, or speaker turn) and a code:

* ``keywords``: a code's keywords (and optionally the words of its name)
  found in the unit, matched on lower-cased lemmas with spaCy's
  ``PhraseMatcher``: "blacklist" finds "Blacklisted".  Needs no model.
* ``learned``: the project's model (:mod:`.training`), which weighs the
  codebook's descriptions and keywords, the coded passages, rejections,
  sub-codes, speakers and the project's own words into a calibrated
  confidence; by default only what clears each code's learned threshold.
* ``similar``: passages whose words are like those of a code's coded
  passages (cosine to the model's profile of them).

``min_confidence`` is the recall knob: ``None`` keeps the learned
thresholds, a number keeps everything at or above it (0: every scored
candidate).  Units already coded with a code, and suggestions rejected
before, are never suggested for it again.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from qcode.analysis.nlp import BLANK, Unit, language_of, load_pipeline, units_of_doc
from qcode.analysis.suggestions import learn, reasons
from qcode.analysis.suggestions.evidence import speaker_numbers
from qcode.analysis.suggestions.features import GramTable, counted, gram_hashes
from qcode.analysis.suggestions.model import SuggestionModel
from qcode.analysis.suggestions.progress import ProgressCallback, TrainingLimits
from qcode.analysis.suggestions.reading import document_units, speakers_of
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import Code, Codebook, Coding, Document

SOURCES = ("keywords", "learned", "similar")
UNIT_KINDS = ("sentence", "turn")
SIMILAR_FLOOR = 0.3  # below this cosine a passage is not "like" the code's segments
SIMILAR_MIN_SHARED = 2  # grams a passage must share with the code's segments


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
    reason: str  # a Message (English, and the app shows it translated)
    model: str = ""  # the fingerprint of the model behind it ("" for keywords)

    def as_json(self, *, document: str | None = None) -> dict[str, Any]:
        found: dict[str, Any] = {} if document is None else {"document": document}
        return found | {
            "code": self.code,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "confidence": round(self.confidence, 3),
            "source": self.source,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Analysed:
    """A document's units, as the model reads them."""

    units: list[Unit]
    grams: GramTable
    speakers: list[str]


class Suggester:
    """Suggestions for one project; analysed units are kept per document."""

    def __init__(
        self,
        project: Project,
        *,
        pipeline: str = BLANK,
        unit: str = "sentence",
        use_code_names: bool = False,
    ) -> None:
        if unit not in UNIT_KINDS:
            raise QcodeError(Message("unit must be one of {units}", units=", ".join(UNIT_KINDS)))
        self.project = project
        self.pipeline = pipeline
        self.unit = unit
        self.use_code_names = use_code_names
        self._analysed: dict[tuple[int, str], Analysed] = {}
        self._docs: dict[tuple[int, str], Any] = {}  # spaCy Docs, for keywords (a few)
        # Things derived from the whole project, kept while it is unchanged
        # (keyed by project.reader.coding_state(), a cheap summary of it).
        self._derived: dict[str, tuple[tuple[Any, ...], Any]] = {}
        self._paths: dict[int, str] = {}  # code paths, for the duration of one suggest()
        self._codebook: Codebook | None = None  # likewise: read once per suggest()
        self._model: tuple[str, SuggestionModel] | None = None

    # -- units -------------------------------------------------------------------------

    def analysed(self, document: Document) -> Analysed:
        key = (document.id, document.sha256)
        found = self._analysed.get(key)
        if found is None:
            units = document_units(self.project, document, self.pipeline, self.unit)
            grams = GramTable.of([counted(gram_hashes(u.norms)) for u in units])
            found = Analysed(units, grams, speakers_of(self.project, document, units))
            self._analysed[key] = found
            while len(self._analysed) > 64:  # a long session reads many documents
                del self._analysed[next(iter(self._analysed))]
        return found

    def units(self, document: Document) -> list[Unit]:
        return self.analysed(document).units

    def doc(self, document: Document) -> Any:
        """The spaCy ``Doc`` of a document's text (the last few are kept)."""
        key = (document.id, document.sha256)
        if key not in self._docs:
            nlp = load_pipeline(language_of(document.attributes), self.pipeline)
            self._docs[key] = nlp(self.project.text(document))
            while len(self._docs) > 4:
                del self._docs[next(iter(self._docs))]
        return self._docs[key]

    def coded_documents(self) -> list[Document]:
        counts = self.project.coding_counts_by_document()
        return [d for d in self.project.documents() if counts.get(d.id)]

    # -- the three sources -------------------------------------------------------------

    def keyword_suggestions(self, document: Document) -> list[Suggestion]:
        from spacy.matcher import PhraseMatcher

        nlp = load_pipeline(language_of(document.attributes), self.pipeline)
        self._codebook = codebook = self.project.codebook()
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
        doc = self.doc(document)
        found: dict[tuple[int, int], set[str]] = {}
        for match_id, begin, end in matcher(doc):
            index = _unit_at(starts, units, doc[begin].idx)
            if index is not None:
                found.setdefault((index, match_id), set()).add(doc[begin:end].text.lower())
        result = []
        for (index, match_id), matched in found.items():
            found_code = codebook.by_uuid(nlp.vocab.strings[match_id])
            if found_code is None:
                continue
            result.append(
                self._make(
                    units[index],
                    found_code,
                    1 - 0.5 ** len(matched),
                    "keywords",
                    Message.counted(
                        "keyword{s} {keywords}",
                        count=len(matched),
                        keywords=reasons.quoted(sorted(matched)),
                    ),
                )
            )
        return result

    def similar_suggestions(
        self, document: Document, model: SuggestionModel, min_confidence: float | None = None
    ) -> list[Suggestion]:
        floor = SIMILAR_FLOOR if min_confidence is None else min_confidence
        analysed = self.analysed(document)
        vectors = model.space.vectors(analysed.grams)
        similarity = vectors.times_transposed(model.profiles.by_word("centroids"))
        binary = type(vectors)(
            vectors.indptr, vectors.indices, np.ones_like(vectors.data), vectors.columns
        )
        shared = binary.times_transposed(_binary(model.profiles.by_word("centroids")))
        result = []
        for row, column in zip(*np.nonzero((similarity >= floor) & (similarity > 0)), strict=True):
            if shared[row, column] < SIMILAR_MIN_SHARED and min_confidence is None:
                continue
            code = self._code(model, int(column))
            if code is None:
                continue
            count = int(model.profiles.positives[column])
            result.append(
                self._make(
                    analysed.units[row],
                    code,
                    float(similarity[row, column]),
                    "similar",
                    Message.counted(
                        "similar to {count} segment{s} coded '{code}'", count=count, code=code.name
                    ),
                    model.fingerprint,
                )
            )
        return result

    def learned_suggestions(
        self, document: Document, model: SuggestionModel, min_confidence: float | None = None
    ) -> list[Suggestion]:
        analysed = self.analysed(document)
        found = self.scored(analysed, np.full(len(analysed.units), document.id), model)
        evidence, probabilities = found
        cut = model.thresholds[None, :] if min_confidence is None else min_confidence
        result = []
        for row, column in zip(*np.nonzero(probabilities >= cut), strict=True):
            code = self._code(model, int(column))
            if code is None:
                continue
            unit = analysed.units[row]
            hashes = analysed.grams.hashes[
                analysed.grams.indptr[row] : analysed.grams.indptr[row + 1]
            ]
            reason = reasons.explain(model, evidence[row, column], int(column), hashes, code.name)
            result.append(
                self._make(
                    unit,
                    code,
                    float(probabilities[row, column]),
                    "learned",
                    reason,
                    model.fingerprint,
                )
            )
        return result

    def scored(self, analysed: Analysed, documents: Any, model: SuggestionModel) -> tuple[Any, Any]:
        """(evidence, probabilities) for a document's units and every code."""
        roles = self.roles()
        rates = model.rates(analysed.speakers, roles)
        turns = speaker_numbers(analysed.speakers)
        evidence = model.evidence(analysed.grams, np.asarray(documents, np.int64), rates, turns)
        return evidence, model.stacker.probabilities(evidence)

    # -- together ------------------------------------------------------------------------

    def suggest(
        self,
        document: Document,
        *,
        sources: Sequence[str] = SOURCES,
        min_confidence: float | None = None,
        model: SuggestionModel | None = None,
    ) -> list[Suggestion]:
        """Suggestions for ``document`` in reading order; one per (passage, code),
        from the most confident source.  ``min_confidence``: see the module."""
        unknown = set(sources) - set(SOURCES)
        if unknown:
            raise QcodeError(
                Message(
                    "unknown source {source} (use {sources})",
                    source=repr(sorted(unknown)[0]),
                    sources=", ".join(SOURCES),
                )
            )
        self._paths = {}  # code names may have changed since the last call
        self._codebook = None
        found: list[Suggestion] = []
        if "keywords" in sources:
            floor = min_confidence or 0.0
            found += [s for s in self.keyword_suggestions(document) if s.confidence >= floor]
        if "learned" in sources or "similar" in sources:
            model = model or self.model()
            if model is not None and "similar" in sources:
                found += self.similar_suggestions(document, model, min_confidence)
            if model is not None and "learned" in sources:
                found += self.learned_suggestions(document, model, min_confidence)
        best: dict[tuple[int, int, int], Suggestion] = {}
        for suggestion in found:
            key = (suggestion.start, suggestion.end, suggestion.code_id)
            if key not in best or suggestion.confidence > best[key].confidence:
                best[key] = suggestion
        blocked = self._blocked(document)
        kept = [s for s in best.values() if not blocked(s)]
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
        norms = [n for u in units_of_doc(nlp(text), document.id) for n in u.norms]
        target = _tfidf(norms, idf)
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

    # -- the model -------------------------------------------------------------------------

    def state(self) -> tuple[Any, ...]:
        """A cheap key of what suggestions depend on: the coding, the
        documents, the speakers and the codebook's words (descriptions,
        keywords and memos too).  One row that the store's triggers bump on
        every change, so asking costs nothing on a project of any size."""
        return self.project.reader.coding_state()

    def _cached(self, name: str, compute: Callable[[], Any]) -> Any:
        state = self.state()
        found = self._derived.get(name)
        if found is not None and found[0] == state:
            return found[1]
        value = compute()
        self._derived[name] = (state, value)
        return value

    def roles(self) -> dict[str, str]:
        """Each speaker's role.  Read each time: the speakers are a few rows,
        cheaper than checking that 150,000 codings are unchanged (issue 20)."""
        return {s.name: s.role for s in self.project.speakers()}

    def fingerprint(self) -> str:
        return str(self._cached("fingerprint", self._fingerprint))

    def _fingerprint(self) -> str:
        documents = self.coded_documents()
        codebook = self.project.codebook()
        memos = [(m.code_id, m.text) for m in self.project.memos() if m.code_id is not None]
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
                [
                    (c.uuid, c.parent_id, c.name, c.description, list(c.keywords), c.codable)
                    for c in codebook.walk()
                ],
                sorted(memos),
                sorted((s.name, s.role) for s in self.project.speakers()),
            ]
        )

    def model(
        self,
        *,
        train: bool = True,
        progress: ProgressCallback | None = None,
        limits: TrainingLimits | None = None,
    ) -> SuggestionModel | None:
        """The model for the project as it is now: kept, stored, else trained
        (``train=False``: only a kept or stored one).  ``None`` when the
        project has no codable code."""
        key = self.fingerprint()
        if self._model is not None and self._model[0] == key:
            return self._model[1]
        data = self.project.reader.suggestion_model(key)
        if data is None:
            if not train:
                return None
            data = self.train(progress=progress, limits=limits)
            if data is None:
                return None
            self.save_model(key, data)
        try:
            model = SuggestionModel.from_bytes(data)
        except QcodeError:
            if not train:
                return None
            found = self.train(progress=progress, limits=limits)
            if found is None:
                return None
            model = SuggestionModel.from_bytes(found)
        self.use_model(model)
        return model

    def use_model(self, model: SuggestionModel) -> None:
        """Keep a model trained elsewhere (it fits the coding it was trained for)."""
        self._model = (model.fingerprint, model)

    def train(
        self,
        *,
        progress: ProgressCallback | None = None,
        limits: TrainingLimits | None = None,
    ) -> bytes | None:
        """Train on the project as it is now; the model, stored as bytes."""
        from qcode.analysis.suggestions.training import train

        model = train(
            self.project,
            pipeline=self.pipeline,
            unit=self.unit,
            fingerprint=self.fingerprint(),
            limits=limits,
            progress=progress,
        )
        return None if model is None else model.to_bytes()

    def save_model(self, key: str, data: bytes) -> None:
        if not self.project.read_only:
            self.project.save_suggestion_model(key, self.pipeline, data)

    def coded_units(self) -> int:
        """Coded passages the current model learned from (0 without one)."""
        model = self.model(train=False)
        return 0 if model is None else int(model.stats.get("coded_units", 0))

    # -- helpers ---------------------------------------------------------------------------

    def _book(self) -> Codebook:
        # Reading the codebook costs milliseconds on a 500-code project: once per suggest().
        if self._codebook is None:
            self._codebook = self.project.codebook()
        return self._codebook

    def _code(self, model: SuggestionModel, column: int) -> Code | None:
        code = self._book().by_uuid(model.codes[column])
        return code if code is not None and code.codable else None

    def _make(
        self,
        unit: Unit,
        code: Code,
        confidence: float,
        source: str,
        reason: str,
        model: str = "",
    ) -> Suggestion:
        path = self._paths.get(code.id)
        if path is None:
            path = self._paths[code.id] = self._book().path(code.id)
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
            model,
        )

    def _blocked(self, document: Document) -> Callable[[Suggestion], bool]:
        coded = [(c.code_id, c.start, c.end) for c in self.project.codings(document=document)]
        rejected = [(code, s, e) for _d, code, s, e in self.project.reader.rejections(document.id)]

        def blocked(suggestion: Suggestion) -> bool:
            return is_blocked(coded, rejected, suggestion.code_id, suggestion.start, suggestion.end)

        return blocked


def is_blocked(
    coded: Sequence[tuple[int, int, int]],
    rejected: Sequence[tuple[int, int, int]],
    code_id: int,
    start: int,
    end: int,
) -> bool:
    """Whether (code, passage) is coded already or was rejected there."""
    for code, s, e in coded:
        if code == code_id and learn.overlaps_enough(start, end, s, e):
            return True
    return any(code == code_id and min(end, e) > max(start, s) for code, s, e in rejected)


def _binary(rows: Any) -> Any:
    return type(rows)(rows.indptr, rows.indices, np.ones_like(rows.data), rows.columns)


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
