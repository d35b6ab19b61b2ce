"""Why a passage is suggested, and how far learning has got, as Messages
(issue 18): the command line and ``--json`` print the same English as
before, byte for byte, and the app can translate each phrase while the
researcher's own words (keywords, code names, description words) stay as
written."""

from __future__ import annotations

import pickle
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from qcode.analysis.suggestions import reasons
from qcode.analysis.suggestions.progress import TrainingProgress
from qcode.analysis.suggestions.suggester import Suggester
from qcode.core.project import Project
from qcode.io.base import ImportedDocument
from qcode.messages import Message

# Hashes of the grams of a made-up model's vocabulary (one code).
TICKET, TRAIN, CREDIT, BLACKLIST, OTHER = 101, 102, 103, 104, 105


def model(positives: int) -> Any:
    """The parts of a suggestion model a reason is made from: every feature
    weighs 1; the code's description has "ticket" and "train"; its keywords
    are "credit" and "blacklist"."""
    csr = SimpleNamespace
    return SimpleNamespace(
        stacker=SimpleNamespace(weights=np.ones(13)),
        profiles=SimpleNamespace(
            positives=np.array([positives]),
            keyword_code=np.array([0, 0]),
            keyword_phrases=csr(indices=np.array([2, 3]), indptr=np.array([0, 1, 2])),
            described=csr(
                indices=np.array([0, 1]), indptr=np.array([0, 2]), data=np.array([0.9, 0.5])
            ),
        ),
        space=SimpleNamespace(vocabulary=np.array([TICKET, TRAIN, CREDIT, BLACKLIST])),
        words={TICKET: "ticket", TRAIN: "train"},
        keywords=["credit", "blacklist"],
    )


def evidence(**shares: float) -> Any:
    """One row of features: ``shares`` by feature column (f3=..., f6=...)."""
    row = np.zeros(13, np.float32)
    for name, value in shares.items():
        row[int(name[1:])] = value
    return row


# (passage grams, evidence, coded passages of the code) -> the English of before
CASES = [
    ([CREDIT, BLACKLIST], evidence(f3=2.0), 0, "keywords 'credit', 'blacklist'"),
    ([CREDIT], evidence(f3=2.0), 0, "keyword 'credit'"),
    (
        [CREDIT],
        evidence(f3=2.0, f5=1.0),
        1,
        "keyword 'credit'; like 1 passage coded 'Travel bans'",
    ),
    (
        [OTHER],
        evidence(f4=2.0, f6=1.0),
        3,
        "next to a passage with its keywords and like 3 passages coded 'Travel bans'",
    ),
    (
        [OTHER],
        evidence(f6=2.0, f5=0.5),
        24,
        "next to a passage like 24 passages coded 'Travel bans'",
    ),
    ([TRAIN, TICKET], evidence(f0=2.0), 0, "its description: 'ticket', 'train'"),
    ([OTHER], evidence(f7=2.0), 0, "close to its description in this project's words"),
    (
        [OTHER],
        evidence(f8=2.0, f4=1.0),
        0,
        "next to a passage close to its description and with its keywords",
    ),
    ([OTHER], evidence(f11=2.0), 2, "like passages coded under 'Travel bans'"),
    ([OTHER], evidence(), 5, "learned from your coding of 'Travel bans'"),
    ([OTHER], evidence(), 0, "what the codebook says of 'Travel bans'"),
]


@pytest.mark.parametrize(("grams", "row", "coded", "english"), CASES)
def test_each_reason_keeps_its_english_and_is_a_message(
    grams: list[int], row: Any, coded: int, english: str
) -> None:
    said = reasons.explain(model(coded), row, 0, np.array(grams), "Travel bans")
    assert said == english
    assert isinstance(said, Message)
    # it crosses from the worker process to the window whole
    assert pickle.loads(pickle.dumps(said)).translated(str.upper) == said.translated(str.upper)


def test_a_reason_is_translated_phrase_by_phrase_and_the_researcher_s_words_stay() -> None:
    french = {
        "next to a passage {what}": "à côté d'un passage {what}",
        "{first} and {second}": "{first} et {second}",
        "with its keywords": "avec ses mots-clés",
        "like {count} passage{s} coded '{code}'": "comme {count} passages codés '{code}'",
        "keyword{s} {keywords}": "mots-clés {keywords}",
        "{first}; {second}": "{first} ; {second}",
    }
    near = reasons.explain(model(3), evidence(f4=2.0, f6=1.0), 0, np.array([OTHER]), "Détention")
    assert near.translated(lambda template: french.get(template, template)) == (
        "à côté d'un passage avec ses mots-clés et comme 3 passages codés 'Détention'"
    )
    found = reasons.explain(
        model(1), evidence(f3=2.0, f5=1.0), 0, np.array([CREDIT, BLACKLIST]), "X"
    )
    assert found.translated(lambda template: french.get(template, template)) == (
        "mots-clés 'credit', 'blacklist' ; comme 1 passages codés 'X'"
    )


def test_keyword_and_similar_reasons_print_as_before(project: Project) -> None:
    text = "The blacklist and the credit score hurt us. We had lunch."
    (document,) = project.add_documents([ImportedDocument("D", text, "d.txt", "text")])
    project.create_code("Lists", keywords=["blacklist", "credit"])
    (found,) = Suggester(project).keyword_suggestions(document)
    assert found.reason == "keywords 'blacklist', 'credit'"
    assert found.as_json()["reason"] == "keywords 'blacklist', 'credit'"
    assert isinstance(found.reason, Message)
    assert found.reason.values["keywords"] == "'blacklist', 'credit'"  # as the researcher wrote


def test_the_command_line_prints_the_same_reason(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from qcode.cli import main

    project.add_documents([ImportedDocument("D", "The blacklist hurt us.", "d.txt", "text")])
    project.create_code("Lists", keywords=["blacklist"])
    path = str(project.path)
    project.close()
    assert main(["suggest", path, "D", "--json", "--source", "keywords"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["reason"] == "keyword 'blacklist'"


@pytest.mark.parametrize(
    ("progress", "english"),
    [
        (
            TrainingProgress("reading", 1, 4, 120, seconds_left=40.2),
            "Reading 1 of 4 documents (120 passages), about 40 s left",
        ),
        (
            TrainingProgress("reading", 1, 1, 1, seconds_left=0.2),
            "Reading 1 of 1 documents (1 passages), about 1 s left",
        ),
        (
            TrainingProgress("learning", 4, 4, 12_345, 3, 17, seconds_left=190),
            "Learning: 3 of 17 codes (12,345 passages), about 3 min left",
        ),
        (TrainingProgress("learning", 4, 4, 50, 0, 2), "Learning: 0 of 2 codes (50 passages)"),
        (
            TrainingProgress("done", 4, 4, 1_200, 2, 2, seconds_left=0.0),
            "Learned 2 codes from 1,200 passages",
        ),
    ],
)
def test_the_progress_line_keeps_its_english(progress: TrainingProgress, english: str) -> None:
    line = progress.line()
    assert line == english
    assert isinstance(line, Message)
    assert pickle.loads(pickle.dumps(line)) == english


def test_the_progress_line_is_translated_whole() -> None:
    french = {
        "{progress}, about {duration} left": "{progress}, environ {duration} restantes",
        "Reading {documents:,} of {count:,} documents ({passages})": (
            "Lecture de {documents:,} documents sur {count:,} ({passages})"
        ),
        "{count:,} passages": "{count:,} passages",
        "{minutes} min": "{minutes} min",
    }
    line = TrainingProgress("reading", 2, 9, 300, seconds_left=125).line()
    assert line.translated(lambda template: french.get(template, template)) == (
        "Lecture de 2 documents sur 9 (300 passages), environ 2 min restantes"
    )
