"""``qcode query`` and ``qcode queries``: the JSON a script reads, the
filters, saving and re-running a query, coding its results in one undoable
step, and one-line errors that change nothing.

Expected passages are found in the stored text with plain string search
(the texts hold 𠮷 and 😀 before the coded words, and had CRLF endings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.core.project import Project
from tests.findings import code, interviews, stored_state
from tests.test_cli import Run


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    project = interviews(tmp_path)
    code(project, "Interview 1", "Notice", "I did not receive any notice")
    code(project, "Interview 1", "Police", "The police came 😀 at night")
    code(project, "Interview 1", "Harms/Phone", "They took my phone")
    code(project, "Interview 2", "Notice", "他们没有通知我们。")
    code(project, "Interview 2", "Police", "They stopped me at the station")
    code(project, "Interview 2", "Appeal", "没有通知")
    project.close()
    other = Project.open(tmp_path / "study.qcode", coder="Chen")
    code(other, "Interview 2", "Notice", "He was stopped as well")
    other.set_attributes(other.document("Interview 2"), {"city": "Wuhan"})
    other.set_attributes(other.document("Interview 1"), {"city": "Beijing"})
    other.close()
    return tmp_path / "study.qcode"


def _texts(rows: list[dict]) -> list[str]:
    return [row["text"] for row in rows]


def _where(project_path: Path, document: str, words: str) -> tuple[int, int]:
    with Project.open(project_path, read_only=True) as project:
        text = project.text(project.document(document))
    start = text.index(words)
    return start, start + len(words)


def test_the_json_names_each_passage_exactly(qcode: Run, path: Path) -> None:
    documents = {d["name"]: d["id"] for d in qcode.json("documents", path)}
    rows = qcode.json("query", path, '"Notice" AND NOT "Appeal"')
    start, end = _where(path, "Interview 1", "I did not receive any notice")
    first = {"document": documents["Interview 1"], "start": start, "end": end}
    assert rows[0] == {**first, "text": "I did not receive any notice"}
    # 他们没有通知我们。 less 没有通知: two runs either side of the appeal
    assert _texts(rows) == [
        "I did not receive any notice",
        "他们",
        "我们。",
        "He was stopped as well",
    ]
    assert [set(row) for row in rows] == [{"document", "start", "end", "text"}] * 4
    s, e = _where(path, "Interview 2", "他们")
    assert (rows[1]["start"], rows[1]["end"]) == (s, e)


def test_operators_and_near(qcode: Run, path: Path) -> None:
    assert _texts(qcode.json("query", path, '"Notice" and "Appeal"')) == ["没有通知"]
    near = qcode.json("query", path, '"Police" NEAR/turn "Notice"')
    assert _texts(near) == ["The police came 😀 at night", "They stopped me at the station"]
    none = qcode.json("query", path, '"Harms/**" NEAR/3 "Notice"')
    assert none == []
    grouped = qcode.json("query", path, '("Police" OR "Harms/**") AND NOT "Appeal"')
    assert _texts(grouped) == [
        "The police came 😀 at night",
        "They took my phone",
        "They stopped me at the station",
    ]


def test_the_filters(qcode: Run, path: Path) -> None:
    assert _texts(qcode.json("query", path, '"Notice"', "--coder", "Chen")) == [
        "He was stopped as well"
    ]
    both = qcode.json("query", path, '"Notice"', "--coder", "Chen", "--coder", "Amina")
    assert len(both) == 3
    assert _texts(qcode.json("query", path, '"Notice"', "--documents", "Interview 1")) == [
        "I did not receive any notice"
    ]
    wuhan = qcode.json("query", path, '"Police"', "--where", "city=wuhan")
    assert _texts(wuhan) == ["They stopped me at the station"]
    either = qcode.json(
        "query", path, '"Police"', "--where", "city=Wuhan", "--where", "city=Beijing"
    )
    assert len(either) == 2
    # keep only the parts inside Wang's turns: the notice coding that starts
    # in Wang's answer stays whole, the one in Liu's goes
    wang = qcode.json("query", path, '"Notice"', "--speaker", "Wang")
    assert _texts(wang) == ["他们没有通知我们。", "He was stopped as well"]
    left_out = qcode.json("query", path, '"Notice" OR "Police"', "--exclude-speaker", "Liu")
    # Wang's notice coding and the police coding after it touch: one run
    assert _texts(left_out) == [
        "他们没有通知我们。They stopped me at the station",
        "He was stopped as well",
    ]


def test_a_query_is_saved_listed_run_again_renamed_and_deleted(qcode: Run, path: Path) -> None:
    found = qcode.json("query", path, '"Notice"', "--speaker", "Wang", "--save", "Wang's notice")
    saved = qcode.json("queries", path)
    assert [(q["name"], q["expression"], q["options"]) for q in saved] == [
        ("Wang's notice", '"Notice"', {"speakers": ["Wang"]})
    ]
    assert len(saved[0]["id"]) == 36
    assert qcode.json("query", path, "--run", "wang's NOTICE") == found
    qcode("query", path, '"Police"', "--save", "Wang's notice")  # replaces it
    (again,) = qcode.json("queries", path)
    assert (again["expression"], again["options"], again["id"]) == ('"Police"', {}, saved[0]["id"])
    qcode("queries", path, "--rename", "Wang's notice", "Police")
    assert [q["name"] for q in qcode.json("queries", path)] == ["Police"]
    qcode("queries", path, "--delete", "police")
    assert qcode.json("queries", path) == []
    for _ in range(3):
        qcode("undo", path)
    assert [q["expression"] for q in qcode.json("queries", path)] == ['"Notice"']


def test_results_are_coded_in_one_undoable_step(qcode: Run, path: Path) -> None:
    with Project.open(path, read_only=True) as project:
        before = stored_state(project)
    _out, err = qcode(
        "query", path, '"Notice" AND NOT "Appeal"', "--code", "Found/Not told", "--create"
    )
    assert "coded 4 query results as 'Found/Not told'" in err
    coded = qcode.json("segments", path, "--code", "Found/Not told")
    assert sorted(_texts(coded)) == sorted(
        ["I did not receive any notice", "他们", "我们。", "He was stopped as well"]
    )
    (entry, *_rest) = reversed(qcode.json("log", path))
    assert entry["label"] == "code 4 query results as 'Not told'"
    qcode("undo", path)
    with Project.open(path, read_only=True) as project:
        after = stored_state(project)
    # the code made for the results goes too; the coder who made the edit stays
    assert {k: v for k, v in after.items() if k != "coders"} == {
        k: v for k, v in before.items() if k != "coders"
    }
    _out, err = qcode("query", path, '"Appeal" AND NOT "Notice"', "--code", "Notice")
    assert "nothing coded" in err


def test_the_grammar_is_in_the_help(qcode: Run) -> None:
    out, _ = qcode("query", "--help")
    for words in (
        '"Harms/**"',
        "AND NOT",
        "NEAR/N",
        "NEAR/sentence",
        "NEAR/paragraph",
        "NEAR/turn",
    ):
        assert words in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (['"Notice" AND'], "query: column 13: expected a code in double quotes or '('"),
        (['"Notice" "Police"'], "query: column 10: expected an operator"),
        (["Notice"], "query: column 1: unexpected 'Notice'"),
        (['"Notice" NEAR/far "Police"'], "query: column 10: NEAR/far is not a distance"),
        (['("Notice"'], "query: column 10: expected ')' to close the '(' at column 1"),
        (['"Nope" OR "Notice"'], "query: column 1: no code 'Nope'"),
        (['"Notice" OR "Nope"'], "query: column 13: no code 'Nope'"),
        (['"Notice" OR "Nope"', "--save", "x"], "query: column 13: no code 'Nope'"),
        (['"Notice"', "--speaker", "Nobody"], "no speaker 'Nobody' in any document"),
        (['"Notice"', "--where", "town=x"], "no attribute 'town'"),
        (['"Notice"', "--coder", "Zed"], "Zed"),
        (['"Notice"', "--documents", "Interview 9"], "no document 'Interview 9'"),
        (["--run", "nothing"], "no saved query 'nothing'"),
        ([], "give a query (EXPRESSION) or --run NAME"),
        (['"Notice"', "--run", "x"], "not both"),
        (['"Notice"', "--code", "Nope"], "no code 'Nope'"),
        (['"Notice"', "--create"], "--create goes with --code"),
        (['"Notice"', "--save", "x", "--speaker-role", "respondent"], "use --speaker instead"),
        (['"Notice"', "--save", ""], "name"),
    ],
)
def test_mistakes_are_one_line_errors_that_change_nothing(
    qcode: Run, path: Path, args: list[str], message: str
) -> None:
    with Project.open(path, read_only=True) as project:
        before = stored_state(project)
    line = qcode.error("query", path, *args)
    assert message in line, line
    with Project.open(path, read_only=True) as project:
        assert stored_state(project) == before


def test_queries_mistakes(qcode: Run, path: Path) -> None:
    qcode("query", path, '"Notice"', "--save", "a")
    qcode("query", path, '"Police"', "--save", "b")
    assert "already a saved query named 'b'" in qcode.error("queries", path, "--rename", "a", "b")
    assert "no saved query 'c'" in qcode.error("queries", path, "--delete", "c")
    assert "not both" in qcode.error("queries", path, "--delete", "a", "--rename", "a", "d")
    assert [q["name"] for q in qcode.json("queries", path)] == ["a", "b"]
    with pytest.raises(AssertionError):
        qcode.error("query", path, "--run", "a")  # runs fine
