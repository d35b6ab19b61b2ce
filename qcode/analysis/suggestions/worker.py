"""Suggestions in a worker process: the app's window never waits for spaCy.

:func:`train_for_project` trains a project's model from scratch and
:func:`suggest_in_worker` answers one document's suggestions; both open the
project read-only themselves, so they can run in another process.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from qcode.analysis.nlp import BLANK
from qcode.analysis.suggestions import learn
from qcode.analysis.suggestions.suggester import Suggester, Suggestion
from qcode.core.project import Project


def train_for_project(
    path: str, pipeline: str = BLANK, unit: str = "sentence", *, passphrase: str | None = None
) -> tuple[str, bytes | None, dict[str, Any]]:
    """Train the suggestion model of the project at ``path`` from scratch.

    Runs in a worker process (the app stays responsive): it opens the
    project read-only, analyses the coded documents and trains.  Returns the
    fingerprint the model belongs to, the model (``None``: nothing to learn
    yet), which the caller stores with ``Project.save_suggestion_model``, and
    the :meth:`Suggester.side_data` for the "similar" source.
    """
    import os

    parent = os.getppid()

    def stop_if_orphaned(_done: float) -> None:
        # A worker whose app has gone away (crashed, killed) must not train on.
        if os.getppid() != parent:
            raise SystemExit(0)

    with Project.open(path, read_only=True, passphrase=passphrase) as project:
        suggester = Suggester(project, pipeline=pipeline, unit=unit)
        model = suggester.train(progress=stop_if_orphaned)
        return suggester.fingerprint(), model, suggester.side_data()


class WorkerSuggestions(NamedTuple):
    """What :func:`suggest_in_worker` sends back to the app."""

    suggestions: list[Suggestion]
    model_ready: bool  # a learned model fits the coding now, and so does the side data
    coded_units: int  # the units the model learned from (0 when not known here)
    fingerprint: str  # of the coding the answer is for ("" when "learned" was not asked)
    has_model: bool  # a trained model fits that coding (whatever the side data)
    training_key: str | None  # train under this key to catch up; None: nothing to train


# A worker process lives on between calls: what it analysed is kept for the next one
# (for a few sets of options), and so is the last unsaved model it was sent, loaded.
_SUGGESTERS: dict[tuple[str, str, str, bool], Suggester] = {}
_UNSAVED: dict[str, learn.Classifier] = {}


def suggest_in_worker(
    path: str,
    document_id: int,
    sources: Sequence[str],
    pipeline: str = BLANK,
    unit: str = "sentence",
    use_code_names: bool = False,
    side_data: dict[str, Any] | None = None,
    model: tuple[str, bytes] | None = None,
    *,
    passphrase: str | None = None,  # an encrypted project's
) -> WorkerSuggestions:
    """Suggestions for a document of the project at ``path``, in a worker process
    (the app's window never waits for spaCy).  Opens the project read-only each
    time: it reads the latest committed coding.  Never trains: "learned" is left
    out unless a model fits the coding now (stored, or ``model``: a (fingerprint,
    model) a read-only project could not store) and ``side_data``
    (:meth:`Suggester.side_data`) fits it too; "similar" unless ``side_data`` fits."""
    with Project.open(path, read_only=True, passphrase=passphrase) as project:
        key = (str(path), pipeline, unit, use_code_names)
        suggester = _SUGGESTERS.pop(key, None) or Suggester(
            project, pipeline=pipeline, unit=unit, use_code_names=use_code_names
        )
        _SUGGESTERS[key] = suggester  # the most recently used last
        while len(_SUGGESTERS) > 4:
            del _SUGGESTERS[next(iter(_SUGGESTERS))]
        suggester.project = project  # its caches are keyed by content: still good
        document = project.document(document_id)
        current = side_data is not None and suggester.use_side_data(side_data)
        classifier, fingerprint, key_for_training = None, "", None
        if "learned" in sources:
            fingerprint = suggester.fingerprint()
            classifier = suggester.classifier(train=False)
            if classifier is None and model is not None and model[0] == fingerprint:
                if fingerprint not in _UNSAVED:
                    _UNSAVED.clear()
                    _UNSAVED[fingerprint] = learn.Classifier(model[1])
                classifier = _UNSAVED[fingerprint]
            if classifier is None:
                key_for_training = fingerprint
            elif not current:  # the model fits, what "similar" and the reasons need does not
                key_for_training = learn.fingerprint([fingerprint, list(suggester.state())])
        model_ready = classifier is not None and current
        asked = [
            name
            for name in sources
            if (name != "learned" or model_ready) and (name != "similar" or current)
        ]
        found = suggester.suggest(document, sources=asked, classifier=classifier)
        coded = suggester.coded_units() if suggester.is_current("coded_units") else 0
        return WorkerSuggestions(
            found, model_ready, coded, fingerprint, classifier is not None, key_for_training
        )
