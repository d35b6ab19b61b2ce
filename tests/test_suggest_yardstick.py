"""Suggestions judged beside a colleague: when ``--evaluate`` judges against
one coder, every other coder of the same documents is judged the same way on
the same passages, so a researcher reads "the suggestions reach 0.9 of what
my colleague reaches", not a bare F1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from qcode.analysis.suggestions.evaluate import evaluate
from qcode.core.project import Project
from qcode.io.base import ImportedDocument

TOPICS = {
    "Blacklists": "The court put him on the blacklist of debtors and he could not buy a ticket.",
    "Surveillance": "Cameras on every corner watched the street and recorded each face.",
    "Family": "His daughter was refused a place at the school because of his listing.",
}


def _interview(number: int) -> tuple[str, list[tuple[str, int, int]]]:
    """Twelve sentences, four per topic in turn; each sentence's span."""
    sentences, spans, at = [], [], 0
    for round_ in range(4):
        for topic, sentence in TOPICS.items():
            text = f"{sentence[:-1]} in year {2010 + round_ + number}."
            sentences.append(text)
            spans.append((topic, at, at + len(text)))
            at += len(text) + 1
    return " ".join(sentences), spans


@pytest.fixture
def double_coded(project: Project) -> Project:
    """Two interviews: Amina codes every sentence of both with its topic;
    Chen codes the first interview only, agreeing on Blacklists and
    Surveillance but never coding Family and calling the first Surveillance
    sentence Family instead."""
    for number in range(2):
        text, spans = _interview(number)
        (document,) = project.add_documents([ImportedDocument(f"I{number}", text, "i.txt", "text")])
        for topic, start, end in spans:
            project.apply_code(document, topic, start, end, create=True, coder="Amina")
            if number == 0 and topic != "Family":
                wrong = (topic, start) == ("Surveillance", spans[1][1])
                chosen = "Family" if wrong else topic
                project.apply_code(document, chosen, start, end, create=True, coder="Chen")
    return project


def test_a_colleague_is_judged_on_the_same_passages_by_hand(double_coded: Project) -> None:
    result = evaluate(double_coded, folds=2, coder="Amina")
    (chen,) = result.yardsticks
    # Chen coded only I0: its 12 sentences, 12 of Amina's (sentence, code) pairs.
    # Chen agrees on 4 Blacklists + 3 Surveillance sentences (7), codes one
    # Surveillance sentence as Family (a wrong pair, and a missed one), and
    # leaves the 4 Family sentences uncoded (4 missed).
    assert (chen.coder, chen.units) == ("Chen", 12)
    assert (chen.colleague.true_positives, chen.colleague.false_positives) == (7, 1)
    assert chen.colleague.false_negatives == 5
    assert chen.colleague.f1 == pytest.approx(2 * 7 / (2 * 7 + 1 + 5))
    # The suggestions are judged on exactly those 12 passages, against Amina.
    assert chen.suggestions.support == 12
    assert chen.suggestions.support < result.suggestions.support  # not on I1 too
    assert chen.share == pytest.approx(chen.suggestions.f1 / chen.colleague.f1)
    assert result.against == "Amina"


def test_the_colleague_is_judged_only_on_held_out_passages(double_coded: Project) -> None:
    # The last 45% of the coded text is I1's end: Chen never coded I1.
    assert evaluate(double_coded, split=0.55, coder="Amina").yardsticks == []
    # Judged against Chen, Amina coded all of Chen's held-out passages.
    (amina,) = evaluate(double_coded, split=0.55, coder="Chen").yardsticks
    assert amina.coder == "Amina" and amina.units > 0


def test_no_colleague_without_one_coder_to_judge_against(double_coded: Project) -> None:
    result = evaluate(double_coded, folds=2)
    assert result.yardsticks == [] and result.against is None
    assert result.as_json()["second_coders"] == []


def _qcode(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qcode", *args], capture_output=True, text=True, check=False
    )


def test_the_command_line_gives_the_colleague_beside_the_suggestions(
    double_coded: Project,
) -> None:
    path = str(double_coded.path)
    double_coded.close()
    shown = _qcode("suggest", path, "--evaluate", "--folds", "2", "--coder", "Amina", "--json")
    assert shown.returncode == 0, shown.stderr
    found = json.loads(shown.stdout)
    assert found["against"] == "Amina"
    (chen,) = found["second_coders"]
    assert chen["coder"] == "Chen" and chen["units"] == 12
    assert chen["coder_score"]["true_positives"] == 7
    assert chen["coder_score"]["f1"] == round(14 / 20, 3)
    assert set(chen) == {"coder", "units", "coder_score", "suggestions", "share_of_f1"}
    text = _qcode("suggest", path, "--evaluate", "--folds", "2", "--coder", "Amina")
    assert text.returncode == 0, text.stderr
    assert "beside a colleague (their coding judged against Amina's" in text.stdout
    row = next(line for line in text.stdout.splitlines() if line.startswith("Chen "))
    assert "0.88/0.58/0.70" in row  # 7/8, 7/12, 14/20


def test_an_unknown_coder_is_one_line(double_coded: Project, tmp_path: Path) -> None:
    path = str(double_coded.path)
    double_coded.close()
    shown = _qcode("suggest", path, "--evaluate", "--coder", "Nobody")
    assert shown.returncode == 1
    assert shown.stderr.strip() == "qcode: error: no coder named 'Nobody'"


@pytest.mark.gui
def test_the_report_in_the_app_judges_against_a_chosen_coder(
    qtbot: object, double_coded: Project, tmp_path: Path
) -> None:
    from pytestqt.qtbot import QtBot

    from qcode.gui.session import Session
    from qcode.gui.suggestions.report import EvaluationDialog
    from qcode.settings import Settings
    from tests.test_gui_suggestions import TRAINING_TIMEOUT_MS

    assert isinstance(qtbot, QtBot)
    dialog = EvaluationDialog(Session(double_coded, Settings(tmp_path / "settings")))
    qtbot.addWidget(dialog)
    try:
        with qtbot.waitSignal(dialog.measured, timeout=TRAINING_TIMEOUT_MS):
            dialog.show()
        assert dialog.against.isVisible()
        assert dialog.against.currentText() == "everyone's coding"
        assert "Beside a colleague" not in dialog.text.toPlainText()
        assert "All three sources together" in dialog.text.toPlainText()
        with qtbot.waitSignal(dialog.measured, timeout=TRAINING_TIMEOUT_MS):
            dialog.against.setCurrentIndex(dialog.against.findText("Amina"))
        text = dialog.text.toPlainText()
        assert dialog.status.text() == "Measured on your own coding:", dialog.status.text()
        assert "Beside a colleague (their coding judged against Amina's" in text
        assert "  Chen, on 12 passages: their coding F1 0.70 (precision 0.88, recall 0.58)" in text
        assert dialog.against.isEnabled()
    finally:
        dialog.shutdown()


def _refused(*_args: object, **_options: object) -> None:
    """Runs in the worker instead of the evaluation."""
    from qcode.errors import QcodeError

    raise QcodeError("nothing coded here")


@pytest.mark.gui
def test_one_coder_has_no_choice_of_whom_to_judge_against(
    qtbot: object, project: Project, tmp_path: Path
) -> None:
    from qcode.gui.session import Session
    from qcode.gui.suggestions.report import EvaluationDialog
    from qcode.settings import Settings

    dialog = EvaluationDialog(Session(project, Settings(tmp_path / "settings")), job=_refused)
    try:
        with qtbot.waitSignal(dialog.measured, timeout=60_000):  # type: ignore[attr-defined]
            dialog.show()
        assert not dialog.against.isVisible()
        assert dialog.status.text() == "Could not measure: nothing coded here"
    finally:
        dialog.shutdown()
        dialog.deleteLater()


def test_the_conversation_is_judged_beside_its_blind_second_coder(tmp_path: Path) -> None:
    """Two codings of the real conversation (../shared/corpus), the second
    made blind to the first: the yardstick the README's figures stand beside."""
    from tests.corpus import SECOND, build_corpus_project

    second = json.loads(SECOND.read_text(encoding="utf-8"))
    # build_corpus_project checks that every coding still covers the text coded
    with build_corpus_project(tmp_path / "conversation.qcode", second=True) as project:
        counts = {c.name: len(project.codings(coder=c.name)) for c in project.coders()}
        assert counts == {"qcode team": 195, second["coder"]: len(second["codings"])}
        result = evaluate(project, split=0.55, coder="qcode team")
    (colleague,) = result.yardsticks
    assert colleague.coder == second["coder"]
    # The second coder coded the whole conversation: judged on every held-out passage.
    assert colleague.units == result.units
    assert colleague.colleague.support == result.suggestions.support
    assert colleague.suggestions.f1 == result.suggestions.f1
    assert colleague.colleague.f1 is not None and colleague.colleague.f1 > 0.5
