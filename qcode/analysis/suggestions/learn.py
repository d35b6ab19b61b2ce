"""Learning codes from the researcher's own coding (spaCy ``textcat_multilabel``).

A unit (sentence or speaker turn) of a document the team has coded is a
positive example for a code when a coding of that code covers at least half
of the unit, or the unit holds at least half of the coding; it is a negative
example for every other code (text they read and left uncoded), and for a
code whose suggestion there was rejected.  The classifier is trained from
scratch in the project, on the units' lemmas, with a bag-of-words model that
trains in seconds on a laptop.  Nothing is downloaded; nothing leaves the
machine.

:func:`train_textcat` takes and returns plain data so that the app can run it
in a separate process and stay responsive.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from qcode.analysis.nlp import Unit

MODEL_VERSION = "qcode-textcat-2"
MIN_POSITIVES = 3  # a code needs this many coded units before it is learned
# Tuned on the team's coding of the real conversation in ../shared/corpus
# (cross-validated): a higher learning rate and unigrams learn far more from
# a few hundred coded sentences than spaCy's defaults (F1 0.18 against 0.07).
EPOCHS = 20
LEARN_RATE = 0.01
BATCH_SIZE = 16
DROPOUT = 0.1


def overlaps_enough(unit_start: int, unit_end: int, start: int, end: int) -> bool:
    """Whether a coding [start, end) labels a unit [unit_start, unit_end)."""
    shared = min(unit_end, end) - max(unit_start, start)
    return shared > 0 and 2 * shared >= min(unit_end - unit_start, end - start)


@dataclass
class TrainingSet:
    """Units with their labels: ``cats[i][label]`` is 1.0 or 0.0."""

    texts: list[str] = field(default_factory=list)
    cats: list[dict[str, float]] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    positives: dict[str, int] = field(default_factory=dict)  # label -> coded units

    @property
    def labels(self) -> list[str]:
        return sorted(label for label, count in self.positives.items() if count >= MIN_POSITIVES)


def unit_text(unit: Unit) -> str:
    """What the classifier reads: the unit's lemmas (words, not punctuation)."""
    return " ".join(unit.norms)


def label_units(
    units: Sequence[Unit],
    codings: Sequence[tuple[int, str, int, int]],
    rejections: Sequence[tuple[int, str, int, int]] = (),
) -> TrainingSet:
    """Label units from codings ``(document, label, start, end)``.

    Rejected suggestions ``(document, label, start, end)`` make their units
    negative for that label even where a weak overlap would make them
    positive.
    """
    by_document: dict[int, list[tuple[str, int, int]]] = {}
    for document_id, label, start, end in codings:
        by_document.setdefault(document_id, []).append((label, start, end))
    rejected: dict[int, list[tuple[str, int, int]]] = {}
    for document_id, label, start, end in rejections:
        rejected.setdefault(document_id, []).append((label, start, end))
    all_labels = {label for _d, label, _s, _e in codings}
    result = TrainingSet()
    for unit in units:
        if not unit.norms:  # only punctuation or stop words: nothing to learn from
            continue
        cats = dict.fromkeys(all_labels, 0.0)
        for label, start, end in by_document.get(unit.document_id, []):
            if overlaps_enough(unit.start, unit.end, start, end):
                cats[label] = 1.0
        for label, start, end in rejected.get(unit.document_id, []):
            if label in cats and min(unit.end, end) > max(unit.start, start):
                cats[label] = 0.0
        for label, value in cats.items():
            if value:
                result.positives[label] = result.positives.get(label, 0) + 1
        result.texts.append(unit_text(unit))
        result.cats.append(cats)
        result.units.append(unit)
    return result


def fingerprint(parts: Sequence[Any]) -> str:
    """A stable digest of everything a trained model depends on."""
    digest = hashlib.sha256(MODEL_VERSION.encode())
    digest.update(json.dumps(list(parts), ensure_ascii=False, default=str).encode("utf-8"))
    return digest.hexdigest()


def train_textcat(
    lang: str,
    texts: list[str],
    cats: list[dict[str, float]],
    labels: list[str],
    *,
    epochs: int = EPOCHS,
    seed: int = 0,
    progress: Callable[[float], None] | None = None,
) -> bytes:
    """Train a multi-label classifier; returns it serialised (config + weights)."""
    from spacy.training import Example
    from spacy.util import minibatch
    from thinc.api import fix_random_seed

    fix_random_seed(seed)
    nlp = _blank(lang)
    textcat = nlp.add_pipe(
        "textcat_multilabel",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": False,
                "ngram_size": 1,
                "no_output_layer": False,
                "length": 262144,
            }
        },
    )
    for label in labels:
        textcat.add_label(label)
    wanted = set(labels)
    examples = [
        Example.from_dict(nlp.make_doc(text), {"cats": {k: v for k, v in c.items() if k in wanted}})
        for text, c in zip(texts, cats, strict=True)
    ]
    optimizer = nlp.initialize(lambda: examples)
    optimizer.learn_rate = LEARN_RATE
    shuffler = random.Random(seed)
    for epoch in range(epochs):
        shuffler.shuffle(examples)
        for batch in minibatch(examples, size=BATCH_SIZE):  # type: ignore[no-untyped-call]
            nlp.update(batch, sgd=optimizer, drop=DROPOUT, losses={})
        if progress is not None:
            progress((epoch + 1) / epochs)
    config: bytes = nlp.config.to_str().encode("utf-8")
    weights: bytes = nlp.to_bytes()
    return config + b"\0" + weights


def _blank(lang: str) -> Any:
    import spacy

    try:
        return spacy.blank(lang)
    except Exception:
        return spacy.blank("xx")


class Classifier:
    """A trained model, ready to score units."""

    def __init__(self, data: bytes) -> None:
        import spacy
        from thinc.api import Config

        config_text, _sep, weights = data.partition(b"\0")
        config = Config().from_str(config_text.decode("utf-8"))
        self.nlp = spacy.util.load_model_from_config(config, auto_fill=True)
        self.nlp.from_bytes(weights)
        textcat: Any = self.nlp.get_pipe("textcat_multilabel")
        self.labels: list[str] = list(textcat.labels)

    def scores(self, units: Sequence[Unit]) -> list[dict[str, float]]:
        """Each unit's score per label (0 for a unit with no words to read)."""
        readable = [unit for unit in units if unit.norms]
        docs = iter(self.nlp.pipe((unit_text(unit) for unit in readable), batch_size=256))
        empty = dict.fromkeys(self.labels, 0.0)
        return [dict(next(docs).cats) if unit.norms else dict(empty) for unit in units]


def train_in_process(args: tuple[str, list[str], list[dict[str, float]], list[str]]) -> bytes:
    """Entry point for a worker process (picklable, plain data in and out)."""
    lang, texts, cats, labels = args
    return train_textcat(lang, texts, cats, labels)
