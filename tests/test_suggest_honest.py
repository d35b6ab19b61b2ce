"""The suggestion figures we publish are honest: the stacker's starting
weights (``PRIOR``) are fitted on the first 55% of each project's coding
only, never on the part that ``--evaluate --split 0.55`` judges; and when
part of a document is held out, that part is neither taught as text left
uncoded nor a reason to learn nothing from the rest of the document."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qcode.analysis.suggestions import stacker
from qcode.analysis.suggestions.definitions import code_texts
from qcode.analysis.suggestions.evidence import FEATURES
from qcode.analysis.suggestions.prior import fit_prior
from qcode.analysis.suggestions.reading import read_project
from qcode.analysis.suggestions.training import fit, lemmas_for
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.io.base import ImportedDocument
from tests.test_suggest import _corpus


@pytest.fixture
def eight(project: Project) -> Project:
    """Eight coded interviews of about the same length on three topics."""
    for number in range(8):
        text, codings = _corpus(number, per_topic=4)
        (doc,) = project.add_documents([ImportedDocument(f"I{number}", text, "i.txt", "text")])
        project.add_codings([NewCoding(doc.id, c, s, e) for c, s, e in codings], create=True)
    return project


def _weights(project: Project) -> np.ndarray:
    fitted, _threshold = fit_prior([(project, None)], split=0.55)
    return np.append(fitted.weights, fitted.intercept)


def _drop_half_the_coding(project: Project, document: str) -> None:
    # Half of a document's codings, never all: the document stays coded, so what
    # is held out (the last 45% of the coded text) stays where it was.
    codings = project.codings(document=project.document(document))
    assert len(codings) >= 4
    project.remove_codings(codings[::2])


def test_the_prior_never_sees_the_coding_it_is_judged_on(eight: Project) -> None:
    before = _weights(eight)
    # I6 and I7 are the last quarter of the coded text: inside the held-out 45%.
    _drop_half_the_coding(eight, "I6")
    _drop_half_the_coding(eight, "I7")
    np.testing.assert_allclose(_weights(eight), before, atol=1e-9)
    # The same change in the first part does move the weights (the check can fail).
    _drop_half_the_coding(eight, "I0")
    assert np.abs(_weights(eight) - before).max() > 0.01


def test_the_shipped_prior_is_the_fit_on_the_first_55_percent(tmp_path: Path) -> None:
    from qcode.demo import build_demo
    from tests.corpus import build_corpus_project

    with (
        build_corpus_project(tmp_path / "conversation.qcode") as conversation,
        build_demo(tmp_path / "demo.qcode") as demo,
    ):
        fitted, threshold = fit_prior([(conversation, None), (demo, "Amina Diallo")])
    expected = np.append(fitted.weights, fitted.intercept)
    by_hand = FEATURES.index("rejected passages")  # neither project has rejections
    expected[by_hand] = stacker.PRIOR[by_hand]
    # PRIOR holds the fit rounded to 0.01; fitted on all the coding (held-out parts
    # included), weights differed from these by up to 0.7.
    assert np.abs(stacker.PRIOR - expected).max() <= 0.02, np.round(expected, 2).tolist()
    assert abs(stacker.DEFAULT_THRESHOLD - threshold) <= 0.005, threshold


@pytest.mark.parametrize("held", ["first third", "last third"])
def test_part_of_a_document_held_out_still_teaches_the_rest(project: Project, held: str) -> None:
    text, codings = _corpus(5, per_topic=12)
    (doc,) = project.add_documents([ImportedDocument("One", text, "o.txt", "text")])
    project.add_codings([NewCoding(doc.id, c, s, e) for c, s, e in codings], create=True)
    texts = code_texts(project.codebook(), lemmas_for(project, "blank"))
    read = read_project(
        project,
        {t.code_id: i for i, t in enumerate(texts)},
        pipeline="blank",
        unit="sentence",
        characters=10**9,
    )
    keep = np.ones(read.count, bool)
    third = read.count // 3
    if held == "first third":
        keep[:third] = False
    else:
        keep[-third:] = False
    model = fit(read.labelled_only(keep), texts, project, cells=10**6)
    # Every labelled passage, and only those, judged out of fold (before: none when the
    # start was held out, and the held-out third too, as if read and left uncoded).
    assert model.stats["judged_units"] == int(keep.sum())
    assert model.stats["out_of_fold_f1"] >= 0.5
