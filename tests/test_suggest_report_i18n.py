"""The app's "How good are suggestions?" report, read in the interface's
language: its sentences, how the coding was held out, what reviewing more
finds, and numbers written the language's way.  Code names stay the
researcher's own."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from qcode.analysis.suggestions.scores import Bin, CurvePoint, Evaluation, Score, review_points
from qcode.gui.suggestions.report import report_text
from qcode.messages import Message
from tests.translators import speaking

FRENCH = {
    ("EvaluationReport", "Judged on %Ln passages of coded documents: {how}."): (
        "Jugé sur %Ln passages de documents codés : {how}."
    ),
    ("EvaluationReport", "Ranking quality (average precision): {value}."): (
        "Qualité du classement (précision moyenne) : {value}."
    ),
    (
        "EvaluationReport",
        "{how}: finds {recall} of your coding, {precision} right, {count} per passage",
    ): "{how} : trouve {recall} de votre codage, {precision} justes, {count} par passage",
    ("messages", "{count} runs of passages in reading order"): (
        "{count} séries de passages dans l'ordre de lecture"
    ),
    (
        "messages",
        "best {count} codes of each passage",
    ): "les {count} meilleurs codes de chaque passage",
}


def evaluation() -> Evaluation:
    import numpy as np

    scores = np.array([[0.9, 0.2, 0.01, 0.3], [0.04, 0.6, 0.07, 0.2]], np.float32)
    truth = np.array([[True, False, False, False], [False, False, True, False]])
    result = Evaluation(Message("{count} runs of passages in reading order", count=5), 5, 2)
    result.suggestions = Score("overall", 2, 1, 1, 1, 0.75)
    result.codes = [(Score("Détention", 1, 1, 0, 0, 1.0), Score("x"), Score("x"))]
    result.calibration = [Bin(0.5, 0.7, 3, 2, 0.6)]
    result.review = review_points(scores, truth)
    result.curve = [CurvePoint(1234, 0.5, 0.4)]
    return result


def french(context: str, source: str) -> str | None:
    return FRENCH.get((context, source))


def test_the_report_reads_in_french(qapp: Any) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    with speaking(french):
        text = report_text(evaluation())
    lines = text.splitlines()
    assert (
        lines[0]
        == "Jugé sur 2 passages de documents codés : 5 séries de passages dans l'ordre de lecture."
    )
    assert "Qualité du classement (précision moyenne) : 0,75." in lines
    # Reviewing the best 3 of 4 codes finds both coded pairs: 2 right of 6 reviewed.
    assert (
        "  les 3 meilleurs codes de chaque passage : trouve 1,00 de votre codage, "
        "0,33 justes, 3,0 par passage" in lines
    )
    # An untranslated sentence still writes numbers the French way (narrow no-break space).
    assert "  1\u202f234: F1 0,50" in lines
    assert any(line.startswith("  Détention: ") for line in lines)  # the code's own name


def test_the_report_reads_in_english_without_a_translation(qapp: Any) -> None:
    text = report_text(evaluation())
    lines = text.splitlines()
    assert (
        lines[0] == "Judged on 2 passages of coded documents: 5 runs of passages in reading order."
    )
    assert (
        "  best 3 codes of each passage: finds 1.00 of your coding, 0.33 right, 3.0 per passage"
        in lines
    )
    assert "  0.5–0.7: 0.67 of 3" in lines
    assert "  Détention: 1.00/1.00/1.00, AP 1.00 (1 coded)" in lines


def test_reviewing_more_codes_finds_more() -> None:
    import numpy as np

    rng = np.random.default_rng(3)
    scores = rng.random((40, 12)).astype(np.float32)
    truth = rng.random((40, 12)) < 0.15
    points = {str(p.label): p for p in review_points(scores, truth)}
    best = [points[f"best {k} codes of each passage"] for k in (3, 5, 8)]
    # Counted by hand: the k highest-scored codes of each passage, against the truth.
    for k, point in zip((3, 5, 8), best, strict=True):
        top = np.argsort(-scores, axis=1)[:, :k]
        found = sum(truth[i, top[i]].sum() for i in range(40))
        assert point.recall == found / truth.sum() and point.per_passage == k
    assert best[0].recall <= best[1].recall <= best[2].recall
    # With no more codes than that, "best 5" and "best 8" would be every code: left out.
    few = review_points(scores[:, :4], truth[:, :4])
    assert [str(p.label) for p in few][-1] == "best 3 codes of each passage"
