"""Code suggestions: each source, rejection memory, retraining, CJK, and
measured quality on a small fixed project."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from qcode.analysis.suggestions.evaluate import evaluate
from qcode.analysis.suggestions.reading import ProjectUnits
from qcode.analysis.suggestions.reading import read_project as read_units
from qcode.analysis.suggestions.suggester import Suggester
from qcode.analysis.suggestions.worker import train_for_project
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.io.base import ImportedDocument
from qcode.store import suggestions as stored

# Three topics a coder separates easily; sentences are built from varied
# phrasings so that no single word gives a topic away.
TOPICS = {
    "Travel": [
        "She could not buy a {x} ticket for the {y} train to Beijing.",
        "The airline refused to sell him a {x} seat on the {y} flight.",
        "At the station gate the {x} machine rejected her {y} ticket.",
        "He was stopped from boarding the {x} plane at the {y} airport.",
        "High-speed rail {x} bookings failed for the whole {y} family.",
    ],
    "School": [
        "Their {x} son was refused a place at the {y} private school.",
        "The {x} headteacher said the {y} enrolment could not go ahead.",
        "Parents worried the {x} university would reject the {y} application.",
        "The {x} kindergarten asked for the {y} family's credit record.",
        "Tuition at the {x} academy was denied because of the {y} listing.",
    ],
    "Appeal": [
        "Her lawyer filed an {x} objection with the {y} court.",
        "The {x} appeal to the enforcement judge took {y} months.",
        "He asked the {x} tribunal to review the {y} decision.",
        "They petitioned the {x} court to correct the {y} record.",
        "A {x} complaint reached the {y} judge after a long wait.",
    ],
}
FILLERS = ["local", "new", "old", "small", "busy", "quiet", "northern", "coastal"]
NEUTRAL = [
    "The weather that spring was unusually {x} and {y}.",
    "We drank {x} tea and talked about {y} music.",
    "His cousin opened a {x} noodle shop near the {y} market.",
]


def _corpus(seed: int, per_topic: int = 6) -> tuple[str, list[tuple[str, int, int]]]:
    rng = random.Random(seed)
    sentences: list[tuple[str | None, str]] = []
    for topic, templates in TOPICS.items():
        for _ in range(per_topic):
            x, y = rng.sample(FILLERS, 2)
            sentences.append((topic, rng.choice(templates).format(x=x, y=y)))
    for _ in range(per_topic):
        x, y = rng.sample(FILLERS, 2)
        sentences.append((None, rng.choice(NEUTRAL).format(x=x, y=y)))
    rng.shuffle(sentences)
    text, codings = "", []
    for topic, sentence in sentences:
        if topic is not None:
            codings.append((f"Harms/{topic}", len(text), len(text) + len(sentence)))
        text += sentence + " "
    return text.strip(), codings


@pytest.fixture
def topical(project: Project) -> Project:
    """Four coded interviews and one uncoded one, on three topics."""
    for number in range(4):
        text, codings = _corpus(number)
        (doc,) = project.add_documents([ImportedDocument(f"Coded {number}", text, "c.txt", "text")])
        project.add_codings([NewCoding(doc.id, code, s, e) for code, s, e in codings], create=True)
    fresh, _ = _corpus(99)
    project.add_documents([ImportedDocument("Fresh", fresh, "f.txt", "text")])
    return project


def read_project(index: dict[int, int], project: Project) -> ProjectUnits:
    """The passages as the model reads them (labels by code index)."""
    return read_units(project, index, pipeline="blank", unit="sentence", characters=10**9)


def topical_index(project: Project) -> dict[int, int]:
    return {code.id: i for i, code in enumerate(project.codebook().walk())}


def _unit(project: Project, document: str, words: str) -> tuple[int, int]:
    text = project.text(project.document(document))
    start = text.index(words)
    end = text.index(".", start) + 1
    return start, end


def test_keywords_match_lemmas_case_insensitively(project: Project) -> None:
    text = "I was Blacklisted last year. We ate noodles. The blacklists are everywhere."
    (doc,) = project.add_documents([ImportedDocument("D", text, "d.txt", "text")])
    code = project.create_code("Blacklists", keywords=["blacklist"])
    found = Suggester(project).suggest(doc, sources=["keywords"])
    assert [(s.text, s.code, s.source) for s in found] == [
        ("I was Blacklisted last year.", "Blacklists", "keywords"),
        ("The blacklists are everywhere.", "Blacklists", "keywords"),
    ]
    assert all(s.reason.startswith("keyword '") for s in found)
    assert all(text[s.start : s.end] == s.text for s in found)
    assert code.id == found[0].code_id


def test_chinese_and_astral_text_does_not_break_positions(project: Project) -> None:
    text = "𠮷野家😀说：他上了失信被执行人名单。我们喝茶。😀 He was on the 失信 list."
    (doc,) = project.add_documents(
        [ImportedDocument("中文", text, "z.txt", "text")], {"language": "zh"}
    )
    project.create_code("Defaulters", keywords=["失信"])
    found = Suggester(project).suggest(doc, sources=["keywords", "similar"])
    assert found, "the Chinese keyword was not found"
    for suggestion in found:
        assert text[suggestion.start : suggestion.end] == suggestion.text
        assert "失信" in suggestion.text
    assert not any("我们喝茶" in s.text for s in found)


def test_learned_suggestions_find_the_topic_and_skip_unrelated(topical: Project) -> None:
    suggester = Suggester(topical)
    model = suggester.model()
    assert model is not None
    codebook = topical.codebook()
    paths = {codebook.path(c.id) for c in map(codebook.by_uuid, model.codes) if c}
    assert paths == {"Harms", "Harms/Travel", "Harms/School", "Harms/Appeal"}
    assert model.stats["coded_units"] == 72  # 4 documents × 3 topics × 6 sentences
    fresh = topical.document("Fresh")
    found = suggester.suggest(fresh, sources=["learned"], model=model)
    text = topical.text(fresh)
    truth = {(s, e): code for code, s, e in _corpus(99)[1]}
    assert found, "nothing learned"
    correct = sum(1 for s in found if truth.get((s.start, s.end)) == s.code)
    assert correct / len(found) >= 0.8  # precision on an unseen interview
    assert len({(s.start, s.end) for s in found if (s.start, s.end) in truth}) >= len(truth) / 2
    for neutral in ("weather", "drank", "noodle shop"):
        assert not any(neutral in s.text for s in found), neutral
    assert all(text[s.start : s.end] == s.text for s in found)
    assert any(s.reason.startswith("like 24 passages coded ") for s in found)


def test_similar_ranks_passages_like_a_segment(topical: Project) -> None:
    coding = next(
        c for c in topical.codings() if topical.codebook().path(c.code_id) == "Harms/School"
    )
    like = Suggester(topical).more_like(coding, limit=5)
    school_words = ("school", "university", "kindergarten", "academy", "headteacher", "enrolment")
    assert sum(any(w in s.text for w in school_words) for s in like) >= 4
    similar = Suggester(topical).suggest(topical.document("Fresh"), sources=["similar"])
    assert similar and all("similar to" in s.reason for s in similar)


def test_rejected_suggestions_stay_rejected_and_teach_the_model(project: Project) -> None:
    text = "The blacklist was public. Another blacklist appeared."
    (doc,) = project.add_documents([ImportedDocument("D", text, "d.txt", "text")])
    code = project.create_code("Lists", keywords=["blacklist"])
    suggester = Suggester(project)
    first = suggester.suggest(doc)[0]
    project.reject_suggestion(doc, code, first.start, first.end)
    after = suggester.suggest(doc)
    assert [s.text for s in after] == ["Another blacklist appeared."]
    project.apply_code(doc, code, after[0].start, after[0].end)
    read = read_project(topical_index(project), project)
    assert read.positives == [(1, 0)] and read.rejected == [(0, 0)]  # rejected = negative
    assert suggester.suggest(doc) == []  # coded passages are not suggested either
    project.undo()  # the coding
    project.undo()  # the rejection
    assert [s.text for s in suggester.suggest(doc)] == [
        "The blacklist was public.",
        "Another blacklist appeared.",
    ]


def test_accepting_is_an_undoable_coding(project: Project) -> None:
    (doc,) = project.add_documents([ImportedDocument("D", "A blacklist here.", "d.txt", "text")])
    code = project.create_code("Lists", keywords=["blacklist"])
    (suggestion,) = Suggester(project).suggest(doc)
    coding = project.apply_code(doc, code, suggestion.start, suggestion.end)
    assert coding is not None and coding.coder_id == project.coder_id("Amina")
    assert project.undo_label() == "apply 'Lists'"
    project.undo()
    assert Suggester(project).suggest(doc) == [suggestion]


def test_model_is_retrained_when_coding_changes(topical: Project) -> None:
    suggester = Suggester(topical)
    first = suggester.fingerprint()
    assert suggester.model() is not None
    assert stored.load_model(topical.conn, first) is not None
    fresh = topical.document("Fresh")
    start, end = _unit(topical, "Fresh", topical.text(fresh).split(".")[0][:20])
    topical.apply_code(fresh, topical.code("Harms/Travel"), start, end)
    assert suggester.fingerprint() != first
    assert suggester.model(train=False) is None  # the old model no longer fits
    key, data = train_for_project(str(topical.path))  # as the app's worker does
    assert key == suggester.fingerprint() and data is not None
    topical.save_suggestion_model(key, "blank", data)
    model = suggester.model(train=False)
    assert model is not None and model.stats["coded_units"] == 73
    # A description or a keyword changes what the model knows: it learns again.
    topical.update_code(topical.code("Harms/Travel"), description="Travel bans.")
    assert suggester.fingerprint() != key


def test_evaluation_on_a_fixed_project(topical: Project) -> None:
    result = evaluate(topical, folds=4)
    assert result.held_out == "4 folds of whole documents" and result.folds == 4
    assert {mine.code for mine, _k, _s in result.codes} == {
        "Harms/Travel",
        "Harms/School",
        "Harms/Appeal",
    }
    mine = result.suggestions
    # Hand-counted: 4 documents × 3 topics × 6 sentences = 72 coded units.
    assert mine.support == 72
    # Measured: precision 0.84, recall 0.88, average precision 0.97 (learning from
    # three documents of 18 sentences each); the bounds leave a margin.
    assert mine.precision is not None and mine.precision >= 0.75
    assert mine.recall is not None and mine.recall >= 0.8
    assert mine.average_precision is not None and mine.average_precision >= 0.9
    assert result.keywords.support == 72
    assert result.keywords.true_positives == 0  # no keywords set: the baseline finds nothing
    high = [b for b in result.calibration if b.low >= 0.5 and b.suggestions]
    assert high and all(b.rate is not None and b.rate >= 0.8 for b in high)


def test_nothing_to_learn_is_said_plainly(project: Project) -> None:
    from qcode.errors import QcodeError

    project.add_documents([ImportedDocument("D", "Just text.", "d.txt", "text")])
    with pytest.raises(QcodeError, match="no document has been coded"):
        evaluate(project)
    assert Suggester(project).model() is None  # no codable code: nothing to learn about


def test_cli_suggest_json_and_reject(
    project: Project, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import json

    from qcode.cli import main

    text = "The blacklist hurt us. We had lunch. The blacklist again. Yes."
    project.add_documents([ImportedDocument("D", text, "d.txt", "text")])
    project.create_code("Lists", keywords=["blacklist"])
    path = str(project.path)
    project.close()
    assert main(["suggest", path, "D", "--json", "--source", "keywords"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["text"] for r in rows] == ["The blacklist hurt us.", "The blacklist again."]
    assert set(rows[0]) == {"code", "start", "end", "text", "confidence", "source", "reason"}
    first = rows[0]
    assert main(["reject", path, "D", "Lists", str(first["start"]), str(first["end"])]) == 0
    capsys.readouterr()
    assert main(["suggest", path, "D", "--json", "--min-confidence", "0.4"]) == 0
    assert [r["text"] for r in json.loads(capsys.readouterr().out)] == ["The blacklist again."]
    assert main(["suggest", path, "D", "--source", "magic"]) == 1
    assert main(["suggest", path, "--evaluate"]) == 1
    assert "no document has been coded" in capsys.readouterr().err


def test_evaluation_on_the_real_conversation(tmp_path: Path) -> None:
    """Our own coding of ../shared/corpus: a hard, realistic case (one long
    conversation, 35 codes, few examples each), judged on runs of passages
    in reading order.  Measured (5 folds): F1 0.39, average precision 0.31,
    keywords alone F1 0.29; before this model: F1 0.34 at best (keywords)."""
    from tests.corpus import build_corpus_project

    with build_corpus_project(tmp_path / "corpus.qcode") as project:
        result = evaluate(project, folds=5)
    assert result.held_out == "5 runs of passages in reading order" and result.units > 250
    mine = result.suggestions
    assert mine.f1 is not None and mine.f1 >= 0.3
    assert mine.average_precision is not None and mine.average_precision >= 0.28
    assert result.keywords.f1 is not None and mine.f1 > result.keywords.f1
