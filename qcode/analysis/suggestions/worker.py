"""Suggestions in a worker process: the app's window never waits for spaCy.

:func:`train_for_project` trains a project's model from scratch (reporting
progress to :func:`report_progress_to`'s callback, if one is set in that
process); :func:`suggest_in_worker` answers one document's suggestions,
:func:`rank_in_worker` ranks one code's passages and :func:`evaluate_in_worker`
measures the suggestions.  Each opens the project read-only itself, so it
can run in another process.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, NamedTuple

from qcode.analysis.nlp import BLANK
from qcode.analysis.suggestions.model import SuggestionModel
from qcode.analysis.suggestions.progress import (
    ProgressCallback,
    TrainingLimits,
    TrainingProgress,
)
from qcode.analysis.suggestions.ranking import rank
from qcode.analysis.suggestions.suggester import Suggester, Suggestion
from qcode.core.project import Project

# What the process running a training reports progress to (set by the app's runner).
_PROGRESS: ProgressCallback | None = None
LEARNED_FLOOR = 0.01  # the app is sent learned candidates down to this confidence


def report_progress_to(callback: ProgressCallback | None) -> None:
    """Where :func:`train_for_project` in this process sends its progress."""
    global _PROGRESS
    _PROGRESS = callback


def train_for_project(
    path: str,
    pipeline: str = BLANK,
    unit: str = "sentence",
    *,
    passphrase: str | None = None,
    limits: TrainingLimits | None = None,
) -> tuple[str, bytes | None]:
    """Train the suggestion model of the project at ``path`` from scratch.

    Runs in a worker process (the app stays responsive): it opens the
    project read-only, reads its documents and trains.  Returns the
    fingerprint the model belongs to and the model (``None``: the project
    has no codable code), which the caller stores with
    ``Project.save_suggestion_model``."""
    parent = os.getppid()
    sink = _PROGRESS

    def progress(state: TrainingProgress) -> None:
        # A worker whose app has gone away (crashed, killed) must not train on.
        if os.getppid() != parent:
            raise SystemExit(0)
        if sink is not None:
            sink(state)

    with Project.open(path, read_only=True, passphrase=passphrase) as project:
        suggester = Suggester(project, pipeline=pipeline, unit=unit)
        model = suggester.train(progress=progress, limits=limits)
        return suggester.fingerprint(), model


class WorkerSuggestions(NamedTuple):
    """What :func:`suggest_in_worker` sends back to the app."""

    suggestions: list[Suggestion]
    model_ready: bool  # a trained model fits the coding now
    coded_units: int  # the coded passages the model learned from (0 without one)
    fingerprint: str  # of the coding the answer is for ("" when no model was asked for)
    has_model: bool  # the same as model_ready (kept for callers that ask it this way)
    training_key: str | None  # train under this key to catch up; None: nothing to train
    thresholds: dict[int, float] | None = None  # code id → its learned threshold


# A worker process lives on between calls: what it analysed is kept for the next one
# (for a few sets of options), and so is the last model it loaded.
_SUGGESTERS: dict[tuple[str, str, str, bool], Suggester] = {}
_LOADED: dict[str, SuggestionModel] = {}


def _suggester(project: Project, pipeline: str, unit: str, names: bool) -> Suggester:
    key = (str(project.path), pipeline, unit, names)
    suggester = _SUGGESTERS.pop(key, None) or Suggester(
        project, pipeline=pipeline, unit=unit, use_code_names=names
    )
    _SUGGESTERS[key] = suggester  # the most recently used last
    while len(_SUGGESTERS) > 4:
        del _SUGGESTERS[next(iter(_SUGGESTERS))]
    suggester.project = project  # its caches are keyed by content: still good
    return suggester


def _model(suggester: Suggester, sent: tuple[str, bytes] | None) -> SuggestionModel | None:
    """The model that fits the coding now: kept, stored, or the one sent (a
    read-only project cannot store one); never trained here."""
    fingerprint = suggester.fingerprint()
    found = _LOADED.get(fingerprint)
    if found is None:
        found = suggester.model(train=False)
        if found is None and sent is not None and sent[0] == fingerprint:
            found = SuggestionModel.from_bytes(sent[1])
            found.fingerprint = fingerprint
        if found is not None:
            _LOADED.clear()
            _LOADED[fingerprint] = found
    if found is not None:
        suggester.use_model(found)
    return found


def suggest_in_worker(
    path: str,
    document_id: int,
    sources: Sequence[str],
    pipeline: str = BLANK,
    unit: str = "sentence",
    use_code_names: bool = False,
    model: tuple[str, bytes] | None = None,
    min_confidence: float | None = LEARNED_FLOOR,
    *,
    passphrase: str | None = None,  # an encrypted project's
) -> WorkerSuggestions:
    """Suggestions for a document of the project at ``path``, in a worker process.
    Opens the project read-only each time: it reads the latest committed
    coding.  Never trains: "learned" and "similar" are left out unless a
    model fits the coding now (stored, or ``model``: a (fingerprint, model) a
    read-only project could not store)."""
    with Project.open(path, read_only=True, passphrase=passphrase) as project:
        suggester = _suggester(project, pipeline, unit, use_code_names)
        document = project.document(document_id)
        found_model, fingerprint, key_for_training = None, "", None
        if "learned" in sources or "similar" in sources:
            fingerprint = suggester.fingerprint()
            found_model = _model(suggester, model)
            if found_model is None:
                key_for_training = fingerprint
        asked = [s for s in sources if s == "keywords" or found_model is not None]
        found = suggester.suggest(
            document, sources=asked, min_confidence=min_confidence, model=found_model
        )
        thresholds = None
        coded = 0
        if found_model is not None:
            codebook = project.codebook()
            thresholds = {}
            for uuid, value in zip(found_model.codes, found_model.thresholds.tolist(), strict=True):
                code = codebook.by_uuid(uuid)
                if code is not None:
                    thresholds[code.id] = float(value)
            coded = int(found_model.stats.get("coded_units", 0))
        ready = found_model is not None
        return WorkerSuggestions(
            found, ready, coded, fingerprint, ready, key_for_training, thresholds
        )


def rank_in_worker(
    path: str,
    code_id: int,
    document_id: int | None,
    pipeline: str = BLANK,
    unit: str = "sentence",
    model: tuple[str, bytes] | None = None,
    limit: int | None = 500,
    *,
    passphrase: str | None = None,
) -> list[Suggestion] | None:
    """One code's passages, best first (``None``: no model fits the coding yet)."""
    with Project.open(path, read_only=True, passphrase=passphrase) as project:
        suggester = _suggester(project, pipeline, unit, False)
        found_model = _model(suggester, model)
        if found_model is None:
            return None
        document = None if document_id is None else project.document(document_id)
        code = project.codebook().codes[code_id]
        return rank(suggester, code, document, model=found_model, limit=limit)


def evaluate_in_worker(
    path: str,
    pipeline: str = BLANK,
    unit: str = "sentence",
    *,
    passphrase: str | None = None,
    **options: Any,
) -> Any:
    """:func:`qcode.analysis.suggestions.evaluate.evaluate` on the project at ``path``."""
    from qcode.analysis.suggestions.evaluate import evaluate

    with Project.open(path, read_only=True, passphrase=passphrase) as project:
        return evaluate(project, pipeline=pipeline, unit=unit, **options)
