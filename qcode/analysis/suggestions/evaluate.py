"""Are suggestions worth the researcher's time?  Measured on their own coding.

Whole documents are held out in turn (k-fold over the coded documents; with
a single coded document, folds of its units instead): the classifier is
trained on the rest and suggests on the held-out part, and each (unit, code)
it proposes is checked against what the team actually coded there.  The same
is done for keyword matching alone, as a baseline.  Figures are per code and
pooled over codes (micro-average), at unit level.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from qcode.analysis.nlp import BLANK, Unit
from qcode.analysis.suggestions import learn
from qcode.analysis.suggestions.suggester import Suggester
from qcode.core.project import Project
from qcode.errors import QcodeError

UnitKey = tuple[int, int, int]  # document, start, end


@dataclass
class Score:
    """Counts and rates for one code (or pooled): ``None`` where undefined."""

    code: str
    support: int = 0  # coded units in the held-out parts
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float | None:
        predicted = self.true_positives + self.false_positives
        return None if predicted == 0 else self.true_positives / predicted

    @property
    def recall(self) -> float | None:
        return None if self.support == 0 else self.true_positives / self.support

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def add(self, other: Score) -> None:
        self.support += other.support
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives

    def as_json(self) -> dict[str, Any]:
        values = asdict(self)
        for name in ("precision", "recall", "f1"):
            value = getattr(self, name)
            values[name] = None if value is None else round(value, 3)
        return values


@dataclass
class Evaluation:
    held_out: str  # "documents" or "units"
    folds: int
    units: int
    threshold: float
    learned: list[Score] = field(default_factory=list)
    keywords: list[Score] = field(default_factory=list)
    similar: list[Score] = field(default_factory=list)
    learned_overall: Score = field(default_factory=lambda: Score("overall"))
    keywords_overall: Score = field(default_factory=lambda: Score("overall"))
    similar_overall: Score = field(default_factory=lambda: Score("overall"))

    def as_json(self) -> dict[str, Any]:
        return {
            "held_out": self.held_out,
            "folds": self.folds,
            "units": self.units,
            "threshold": self.threshold,
            "overall": {
                "learned": self.learned_overall.as_json(),
                "keywords": self.keywords_overall.as_json(),
                "similar": self.similar_overall.as_json(),
            },
            "codes": [
                {
                    "code": learned.code,
                    "learned": learned.as_json(),
                    "keywords": keyword.as_json(),
                    "similar": similar.as_json(),
                }
                for learned, keyword, similar in zip(
                    self.learned, self.keywords, self.similar, strict=True
                )
            ],
        }


def evaluate(
    project: Project,
    *,
    folds: int = 5,
    threshold: float = 0.5,
    pipeline: str = BLANK,
    unit: str = "sentence",
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
) -> Evaluation:
    """Cross-validate the learned suggestions and the keyword baseline."""
    say = progress or (lambda message: None)
    suggester = Suggester(project, pipeline=pipeline, unit=unit)
    documents = suggester.coded_documents()
    if not documents:
        raise QcodeError("nothing to evaluate: no document has been coded yet")
    gold = suggester.training_set(documents)
    labels = gold.labels
    if not labels:
        raise QcodeError(
            f"nothing to evaluate: no code has {learn.MIN_POSITIVES} or more coded passages yet"
        )
    keys: list[UnitKey] = [(u.document_id, u.start, u.end) for u in gold.units]
    if len(documents) >= 2:
        held_out = "documents"
        groups = [d.id for d in documents]
        random.Random(seed).shuffle(groups)
        k = min(folds, len(groups))
        fold_of = {document_id: i % k for i, document_id in enumerate(groups)}
        unit_fold = [fold_of[key[0]] for key in keys]
    else:
        held_out = "units"
        k = max(2, min(folds, len(keys)))
        order = list(range(len(keys)))
        random.Random(seed).shuffle(order)
        unit_fold = [0] * len(keys)
        for position, index in enumerate(order):
            unit_fold[index] = position % k
    keyword_hits = _keyword_hits(suggester, documents)
    learned = {label: Score(label) for label in labels}
    keyword = {label: Score(label) for label in labels}
    similar = {label: Score(label) for label in labels}
    for fold in range(k):
        say(f"fold {fold + 1} of {k}: training…")
        train = [i for i, f in enumerate(unit_fold) if f != fold]
        test = [i for i, f in enumerate(unit_fold) if f == fold]
        if not test:
            continue
        predicted = _predict(suggester, gold, train, test, threshold)
        alike = _similar(gold, train, test)
        for i in test:
            for label in labels:
                coded = gold.cats[i].get(label, 0.0) == 1.0
                _count(learned[label], coded, label in predicted[i])
                _count(keyword[label], coded, (keys[i], label) in keyword_hits)
                _count(similar[label], coded, label in alike[i])
    codebook = project.codebook()
    evaluation = Evaluation(held_out, k, len(keys), threshold)
    for label in labels:
        code = codebook.by_uuid(label)
        name = codebook.path(code.id) if code is not None else label
        learned[label].code = keyword[label].code = similar[label].code = name
        evaluation.learned.append(learned[label])
        evaluation.keywords.append(keyword[label])
        evaluation.similar.append(similar[label])
        evaluation.learned_overall.add(learned[label])
        evaluation.keywords_overall.add(keyword[label])
        evaluation.similar_overall.add(similar[label])
    return evaluation


def _count(score: Score, coded: bool, predicted: bool) -> None:
    score.support += coded
    score.true_positives += coded and predicted
    score.false_positives += predicted and not coded
    score.false_negatives += coded and not predicted


def _predict(
    suggester: Suggester,
    gold: learn.TrainingSet,
    train: list[int],
    test: list[int],
    threshold: float,
) -> dict[int, set[str]]:
    positives: dict[str, int] = {}
    for i in train:
        for label, value in gold.cats[i].items():
            if value:
                positives[label] = positives.get(label, 0) + 1
    labels = sorted(label for label, n in positives.items() if n >= learn.MIN_POSITIVES)
    if not labels:
        return {i: set() for i in test}
    model = learn.train_textcat(
        suggester.main_language(),
        [gold.texts[i] for i in train],
        [gold.cats[i] for i in train],
        labels,
    )
    classifier = learn.Classifier(model)
    units: list[Unit] = [gold.units[i] for i in test]
    return {
        i: {label for label, score in scores.items() if score >= threshold}
        for i, scores in zip(test, classifier.scores(units), strict=True)
    }


def _similar(gold: learn.TrainingSet, train: list[int], test: list[int]) -> dict[int, set[str]]:
    """What the "similar" source would propose, with profiles from ``train`` only."""
    from qcode.analysis.suggestions.suggester import (
        SIMILAR_FLOOR,
        SIMILAR_MIN_SHARED,
        _cosine,
        _idf,
        _tfidf,
    )

    idf = _idf([gold.units[i] for i in train])
    profiles: dict[str, dict[str, float]] = {}
    for i in train:
        for label, value in gold.cats[i].items():
            if value:
                profile = profiles.setdefault(label, {})
                for word, weight in _tfidf(gold.units[i].norms, idf).items():
                    profile[word] = profile.get(word, 0.0) + weight
    result: dict[int, set[str]] = {}
    for i in test:
        vector = _tfidf(gold.units[i].norms, idf)
        result[i] = {
            label
            for label, profile in profiles.items()
            if len(vector.keys() & profile.keys()) >= SIMILAR_MIN_SHARED
            and _cosine(vector, profile) >= SIMILAR_FLOOR
        }
    return result


def _keyword_hits(suggester: Suggester, documents: list[Any]) -> set[tuple[UnitKey, str]]:
    codebook = suggester.project.codebook()
    hits = set()
    for document in documents:
        for suggestion in suggester.keyword_suggestions(document):
            uuid = codebook.codes[suggestion.code_id].uuid
            hits.add(((suggestion.document_id, suggestion.start, suggestion.end), uuid))
    return hits
