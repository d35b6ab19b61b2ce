"""Suggestions worth a researcher's time: from the codebook's definitions
before anything is coded, a recall knob that gives more, rank by code, and a
learning curve that rises with the coding."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from qcode.analysis.suggestions.evaluate import evaluate
from qcode.analysis.suggestions.evidence import FEATURES, questions
from qcode.analysis.suggestions.ranking import rank
from qcode.analysis.suggestions.suggester import Suggester
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.io.base import ImportedDocument
from qcode.io.speakers import detect_speaker_turns
from tests.test_suggest import _corpus

DEFINITIONS = {
    "Travel bans": "Definition: being refused tickets for trains, flights or planes.\n"
    "Use when: a person cannot board, buy a ticket or travel.",
    "Schooling": "Definition: children refused a place at a school, academy or university.\n"
    "Use when: enrolment, tuition or a headteacher is mentioned.",
    "Appeals": "Definition: objections and appeals to a court, judge or tribunal.\n"
    "Use when: someone asks a court to review or correct a decision.",
}


@pytest.fixture
def described(project: Project) -> Project:
    """Three codes with descriptions, nothing coded, four interviews on the
    topics (160 passages: enough for the project's own latent space)."""
    for name, description in DEFINITIONS.items():
        project.create_code(name, description=description)
    for number in range(4):
        text, _codings = _corpus(number, per_topic=10)
        name = "Interview" if number == 3 else f"Interview {number}"
        project.add_documents([ImportedDocument(name, text, "i.txt", "text")])
    return project


def truth_of(number: int = 3) -> dict[tuple[int, int], str]:
    return {(s, e): TOPIC_OF[code] for code, s, e in _corpus(number, per_topic=10)[1]}


TOPIC_OF = {"Harms/Travel": "Travel bans", "Harms/School": "Schooling", "Harms/Appeal": "Appeals"}


def test_definitions_alone_suggest_the_right_passages(described: Project) -> None:
    document = described.document("Interview")
    truth = truth_of()
    suggester = Suggester(described)
    model = suggester.model()
    assert model is not None and model.stats["coded_units"] == 0
    found = suggester.suggest(document, sources=["learned"], model=model)
    # Measured: 4 suggestions at the default threshold, all right (the codebook alone
    # makes qcode cautious); ranked, the best passage of each code is right, and
    # 8 of the best 9.
    assert len(found) >= 2, "the definitions alone suggested nothing"
    assert all(truth.get((s.start, s.end)) == s.code for s in found)
    assert all(s.reason.startswith("its description:") for s in found)
    right = 0
    for name in DEFINITIONS:
        best = rank(suggester, described.code(name), document, model=model)[:3]
        assert truth.get((best[0].start, best[0].end)) == name
        right += sum(truth.get((s.start, s.end)) == name for s in best)
    assert right >= 7


def test_the_recall_knob_gives_more_at_lower_confidence(described: Project) -> None:
    document = described.document("Interview")
    suggester = Suggester(described)
    model = suggester.model()
    assert model is not None
    counts = {
        knob: len(
            suggester.suggest(document, sources=["learned"], min_confidence=knob, model=model)
        )
        for knob in (0.1, 0.05, 0.02, 0.0)
    }
    assert 0 < counts[0.1] < counts[0.05] < counts[0.02] < counts[0.0]
    units = len(suggester.units(document))
    assert counts[0.0] == units * 3  # 0: every scored passage × code
    learned = suggester.suggest(document, sources=["learned"], model=model)
    assert counts[0.1] <= len(learned) < counts[0.0]


def test_the_cli_knob_returns_everything_best_first(
    described: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    from qcode.cli import main

    path = str(described.path)
    described.close()
    assert main(["suggest", path, "Interview", "--json", "--source", "learned"]) == 0
    default = json.loads(capsys.readouterr().out)
    assert main(["suggest", path, "Interview", "--json", "--min-confidence", "0"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert len(every) > len(default) > 0
    confidences = [row["confidence"] for row in every]
    assert confidences == sorted(confidences, reverse=True)


def test_rank_by_code_puts_a_planted_passage_first(described: Project, tmp_path: Path) -> None:
    project = described
    code = project.code("Appeals")
    interview = project.document("Interview")
    text = project.text(interview)
    coded = [(s, e) for c, s, e in _corpus(3, per_topic=10)[1] if c == "Harms/Appeal"][:2]
    project.add_codings([NewCoding(interview.id, code.id, s, e) for s, e in coded])
    planted = "The tribunal judge heard her appeal against the court's decision."
    filler = " ".join(["We talked about the weather and the new market."] * 3)
    (other,) = project.add_documents(
        [ImportedDocument("Other", f"{filler} {planted} {filler}", "o.txt", "text")]
    )
    ranked = rank(Suggester(project), code)
    place = next(i for i, r in enumerate(ranked) if r.text == planted)
    appeals = {
        (d.id, s, e)
        for d, n in ((project.document(f"Interview {k}"), k) for k in range(3))
        for c, s, e in _corpus(n, per_topic=10)[1]
        if c == "Harms/Appeal"
    } | {(interview.id, s, e) for s, e in (truth_span for truth_span in _appeal_spans())}
    # Only passages about appeals (coded or not) may come before the planted one.
    assert all((r.document_id, r.start, r.end) in appeals for r in ranked[:place])
    assert ranked[place].reason  # says why
    assert all(a.confidence >= b.confidence for a, b in itertools.pairwise(ranked))
    assert not any((r.start, r.end) in coded for r in ranked)  # coded already: not offered
    assert all(text[r.start : r.end] == r.text for r in ranked if r.document_id == interview.id)
    in_other = rank(Suggester(project), code, other)
    assert {r.document_id for r in in_other} == {other.id} and in_other[0].text == planted


def test_rank_by_code_on_the_command_line(
    described: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    from qcode.cli import main

    path = str(described.path)
    described.close()
    assert main(["suggest", path, "--code", "Schooling", "--json", "--limit", "3"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 3 and all(row["document"].startswith("Interview") for row in rows)
    assert any(w in rows[0]["text"] for w in ("school", "university", "academy", "enrolment"))
    assert main(["suggest", path, "--code", "Nope", "--json"]) == 1
    assert "no code 'Nope'" in capsys.readouterr().err


def _appeal_spans() -> list[tuple[int, int]]:
    return [(s, e) for c, s, e in _corpus(3, per_topic=10)[1] if c == "Harms/Appeal"]


@pytest.fixture
def growing(project: Project) -> Project:
    """Eight coded interviews on three topics, coded in reading order."""
    for number in range(8):
        text, codings = _corpus(number, per_topic=4)
        (doc,) = project.add_documents([ImportedDocument(f"I{number}", text, "i.txt", "text")])
        project.add_codings([NewCoding(doc.id, c, s, e) for c, s, e in codings], create=True)
    return project


def test_the_learning_curve_rises_with_the_coding(growing: Project) -> None:
    result = evaluate(growing, split=0.55, curve=True)
    curve = result.curve
    assert [p.coded_passages for p in curve] == sorted(p.coded_passages for p in curve)
    assert curve[0].coded_passages == 0 and curve[-1].coded_passages > 40
    f1 = [p.f1 or 0.0 for p in curve]
    precision = [p.average_precision or 0.0 for p in curve]
    # Within noise: never more than 0.1 below an earlier point, and clearly up overall.
    for earlier in range(len(curve)):
        for later in range(earlier + 1, len(curve)):
            assert f1[later] >= f1[earlier] - 0.1, f1
            assert precision[later] >= precision[earlier] - 0.1, precision
    assert f1[-1] >= f1[0] + 0.2 and f1[-1] >= 0.8, f1


def test_evaluation_against_one_coder_with_a_split(tmp_path: Path) -> None:
    from qcode.demo import build_demo

    with build_demo(tmp_path / "demo.qcode") as project:
        result = evaluate(project, split=0.55, coder="Amina Diallo")
        assert result.held_out == "the last 45% of the coded text (trained on the rest)"
        # Amina coded 95 (passage, code) pairs in interviews 01–03; 43 in the last 45%.
        assert result.suggestions.support == 43
        assert sum(mine.support for mine, _k, _s in result.codes) == 43
        # What the panel shows by default: every source at once, judged as one.
        both, sources = result.together, (result.suggestions, result.keywords, result.similar)
        assert both.support == 43
        assert both.true_positives >= max(s.true_positives for s in sources)
        assert both.false_positives >= max(s.false_positives for s in sources)
        shown = both.true_positives + both.false_positives
        assert shown <= sum(s.true_positives + s.false_positives for s in sources)
        assert both.true_positives + both.false_negatives == 43
        from qcode.errors import QcodeError

        with pytest.raises(QcodeError, match="no coder named"):
            evaluate(project, coder="Nobody")


def _interview(turns: list[tuple[str, str]]) -> str:
    # A closing exchange: speakers are told from labels that come back.
    turns = [*turns, ("Thank you.", "Goodbye.")]
    return "".join(f"Interviewer: {question}\nAmina: {answer}\n" for question, answer in turns)


APPEAL_QUESTIONS = [
    "Did you appeal to the court?",
    "Did the judge hear your appeal?",
    "Did a lawyer file your appeal with the court?",
    "How did the court answer your appeal?",
]
TRAVEL_QUESTIONS = [
    "Could you buy a train ticket?",
    "Were you allowed on the flight?",
    "Did the station sell you a ticket?",
    "Could your family take the train?",
]
ANSWERS = ["Yes. I waited for weeks.", "No. It went on all year.", "Well. It was hard for us."]


def test_the_turns_before_passages_are_found_within_documents() -> None:
    documents = np.array([1, 1, 1, 1, 2, 2, 3])
    speakers = np.array([0, 1, 1, 0, 1, 1, 0])
    assert questions(documents, speakers).tolist() == [-1, 0, 0, 2, -1, -1, -1]


def test_an_answer_is_weighed_with_the_question_it_follows(project: Project) -> None:
    # The answer's words say nothing of either code; the question does.
    project.create_code("Appeal", description="appeals to a court or a judge")
    project.create_code("Travel", description="train tickets, flights and stations")
    target = "Nobody helped us at all."
    text = _interview([(APPEAL_QUESTIONS[0], f"Well. {target}")])
    text += _interview([(TRAVEL_QUESTIONS[0], f"Well. {target}")])
    (doc,) = project.add_documents(
        [ImportedDocument("D", text, "d.txt", "text", detect_speaker_turns(text))]
    )
    suggester = Suggester(project)
    model = suggester.model()
    assert model is not None
    analysed = suggester.analysed(doc)
    evidence, _ = suggester.scored(analysed, [doc.id] * len(analysed.units), model)
    starts = [unit.start for unit in analysed.units]
    after_appeal, after_travel = starts.index(text.index(target)), starts.index(text.rindex(target))
    appeal, travel = (model.code_index()[project.code(n).uuid] for n in ("Appeal", "Travel"))
    asked = FEATURES.index("question like description")
    assert evidence[after_appeal, appeal, asked] > evidence[after_travel, appeal, asked]
    assert evidence[after_travel, travel, asked] > evidence[after_appeal, travel, asked]
    first_question = starts.index(text.index(APPEAL_QUESTIONS[0]))
    assert not evidence[first_question, :, asked].any()  # nothing was asked before it
