"""Speaker filters in every analysis: only what respondents said, or
everything but the interviewer's questions.

The rule: a coding counts when its start lies inside a turn of a kept
speaker (by label or by role) and not inside a turn of one left out.
Expected figures are computed here from the codings and turns with plain
sets of characters, never by asking the analyses under test; a hand-made
interview checks the same by words a reader can see.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from qcode.analysis.cooccurrence import cooccurrence
from qcode.analysis.filters import Filters
from qcode.analysis.frequencies import code_frequencies
from qcode.analysis.matrices import code_document_matrix
from qcode.analysis.queries.run import run_query
from qcode.analysis.segments_report import memo_rows, segment_count, segment_rows
from qcode.analysis.stats import code_stats
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument
from qcode.io.speakers import detect_speaker_turns
from qcode.model import Coding
from tests.findings import code, interviews
from tests.test_cli import Run

LABELS = ["Int", "Liu", "Wang", "Zhang"]
ROLES = {"Int": "interviewer", "Liu": "respondent", "Wang": "respondent", "Zhang": "interpreter"}


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


# -- a hand-made interview -------------------------------------------------------------


@pytest.fixture
def study(tmp_path: Path) -> Project:
    project = interviews(tmp_path)
    code(project, "Interview 1", "Question", "Were you told before they came?")
    code(project, "Interview 1", "Notice", "I did not receive any notice")
    code(project, "Interview 1", "Harms/Phone", "They took my phone")
    code(project, "Interview 2", "Question", "What happened at the station?")
    code(project, "Interview 2", "Station", "They stopped me at the station")
    code(project, "Interview 2", "Station", "He was stopped as well")
    # Starts in the interviewer's question and runs into Wang's answer.
    code(project, "Interview 2", "Notice", "Who else was there?\nWang: Liu")
    project.set_speaker_role("Liu", "respondent")
    project.set_speaker_role("Wang", "respondent")
    project.set_speaker_role("Interviewer", "interviewer")
    return project


def _own_segments(project: Project, filters: Filters) -> dict[str, int]:
    return {
        row.path: row.own.segments for row in code_frequencies(project, filters) if row.own.segments
    }


def test_frequencies_follow_where_each_coding_starts(study: Project) -> None:
    every = _own_segments(study, Filters())
    assert every == {"Question": 2, "Notice": 2, "Harms/Phone": 1, "Station": 2}
    # Read off the transcripts: Liu said the notice and phone passages, Wang
    # the two station ones; the interviewer asked both questions, and the
    # Notice coding that runs into Wang's answer starts in a question.
    respondents = Filters.from_names(study, speaker_roles=["Respondent"])
    assert _own_segments(study, respondents) == {"Notice": 1, "Harms/Phone": 1, "Station": 2}
    no_questions = Filters.from_names(study, exclude_speakers=["interviewer"])
    assert _own_segments(study, no_questions) == _own_segments(study, respondents)
    liu = Filters.from_names(study, speakers=["Liu"])
    assert _own_segments(study, liu) == {"Notice": 1, "Harms/Phone": 1}
    wang_not_wang = Filters.from_names(study, speakers=["Wang"], exclude_speakers=["Wang"])
    assert _own_segments(study, wang_not_wang) == {}
    interviewer = Filters.from_names(study, speaker_roles=["interviewer"])
    assert _own_segments(study, interviewer) == {"Question": 2, "Notice": 1}


def test_stats_matrices_segments_and_cooccurrence_follow_the_speaker(study: Project) -> None:
    respondents = Filters.from_names(study, speaker_roles=["respondent"])
    stats = {row.code: row.segments for row in code_stats(study, respondents)}
    assert stats == {"Question": 0, "Notice": 1, "Harms": 0, "Harms/Phone": 1, "Station": 2}
    matrix = code_document_matrix(study, respondents)
    cells = dict(zip(matrix.paths, matrix.cells, strict=True))
    assert matrix.columns == ["Interview 1", "Interview 2"]  # every document stays a column
    assert cells["Notice"] == [1, 0] and cells["Station"] == [0, 2] and cells["Question"] == [0, 0]
    assert segment_count(study, respondents) == 4
    rows = list(segment_rows(study, respondents))
    assert [row.text for row in rows] == [
        "I did not receive any notice",
        "They took my phone",
        "They stopped me at the station",
        "He was stopped as well",
    ]
    assert {row.speaker for row in rows} == {"Liu", "Wang"}
    questions = Filters.from_names(study, speakers=["Interviewer"])
    pairs = {(a, b): n for a, b, n in cooccurrence(study, questions).pairs()}
    assert pairs == {}  # the question and the notice coding do not overlap
    assert list(cooccurrence(study).pairs()) == []


def test_a_memo_on_a_filtered_out_coding_is_left_out(study: Project) -> None:
    question = study.codings(code=study.code("Question"))[0]
    notice = study.codings(code=study.code("Notice"))[0]
    study.add_memo("coding", question.id, "asked first")
    study.add_memo("coding", notice.id, "said by Liu")
    liu = study.create_case("Liu")
    study.add_memo("case", liu.id, "interviewed twice", target_name="Liu")
    every = [(row.kind, row.attached_to.split(" — ")[0], row.text) for row in memo_rows(study)]
    assert ("case", "Liu", "interviewed twice") in every
    no_questions = Filters.from_names(study, exclude_speakers=["Interviewer"])
    texts = [row.text for row in memo_rows(study, no_questions)]
    assert texts == ["said by Liu", "interviewed twice"]


def test_unknown_speakers_and_roles_are_refused_in_one_message(study: Project) -> None:
    with pytest.raises(QcodeError) as caught:
        Filters.from_names(
            study, speakers=["Nobody"], exclude_speakers=["Ghost"], speaker_roles=["judge"]
        )
    message = str(caught.value)
    assert "no speaker 'Nobody'" in message and "no speaker 'Ghost'" in message
    assert "no speaker has the role 'judge'" in message and "respondent" in message
    assert "\n" not in message


def test_the_filters_describe_their_speakers(study: Project) -> None:
    filters = Filters.from_names(study, speakers=["liu"], exclude_speakers=["Interviewer"])
    assert filters.speakers == ("Liu",)  # the label as the project has it
    assert filters.describe(study) == "speakers: Liu; leaving out speakers: Interviewer"


# -- random projects against plain sets ------------------------------------------------


def _random_project(folder: Path, seed: int) -> Project:
    rng = random.Random(seed)
    project = Project.create(folder / f"random{seed}.qcode", coder="A")
    imported = []
    for number in range(5):
        lines = []
        for _ in range(rng.randint(3, 8)):
            words = " ".join(
                rng.choice(["𠮷", "😀", "notice", "警察", "station"]) for _ in range(6)
            )
            lines.append(f"{rng.choice(LABELS)}: {words}")
        crlf = "Preamble line.\r\n" + "\r\n".join(lines) + "\r\n"
        text = crlf.replace("\r\n", "\n")
        imported.append(
            ImportedDocument(
                f"doc {number}", text, f"{number}.txt", "text", detect_speaker_turns(text)
            )
        )
    documents = project.add_documents(imported)
    for path in ("A", "A/A1", "B"):
        project.add_code(path)
    project.coder_id("B", create=True)
    new = []
    for document in documents:
        for _ in range(rng.randint(4, 20)):
            start = rng.randrange(0, document.length - 1)
            end = rng.randint(start + 1, min(document.length, start + 30))
            coder = rng.choice(["A", "B"])
            new.append(
                NewCoding(document.id, rng.choice(["A", "A/A1", "B"]), start, end, coder_name=coder)
            )
    project.add_codings(new)
    for label, role in ROLES.items():
        if label in {s.name for s in project.speakers()}:
            project.set_speaker_role(label, role)
    return project


def _kept_characters(
    project: Project, document_id: int, keep: set[str] | None, leave_out: set[str]
) -> set[int]:
    document = project.document(document_id)
    turns = project.speaker_turns(document)
    if keep is None:
        kept = set(range(document.length))
    else:
        kept = {i for t in turns if t.speaker in keep for i in range(t.start, t.end)}
    return kept - {i for t in turns if t.speaker in leave_out for i in range(t.start, t.end)}


def _counted(project: Project, keep: set[str] | None, leave_out: set[str]) -> list[Coding]:
    kept = {d.id: _kept_characters(project, d.id, keep, leave_out) for d in project.documents()}
    return [c for c in project.codings() if c.start in kept[c.document_id]]


FILTERS = [
    ({"speakers": ["Liu"]}, {"Liu"}, set()),
    ({"speakers": ["Liu", "Zhang"]}, {"Liu", "Zhang"}, set()),
    ({"exclude_speakers": ["Int"]}, None, {"Int"}),
    ({"speaker_roles": ["respondent"]}, {"Liu", "Wang"}, set()),
    ({"speaker_roles": ["respondent"], "speakers": ["Zhang"]}, {"Liu", "Wang", "Zhang"}, set()),
    ({"speaker_roles": ["respondent"], "exclude_speakers": ["Wang"]}, {"Liu", "Wang"}, {"Wang"}),
    ({"exclude_speakers": ["Int", "Zhang"]}, None, {"Int", "Zhang"}),
]


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize(("given", "keep", "leave_out"), FILTERS)
def test_every_analysis_against_plain_sets(
    tmp_path: Path, seed: int, given: dict, keep: set[str] | None, leave_out: set[str]
) -> None:
    project = _random_project(tmp_path, seed)
    filters = Filters.from_names(project, **given)
    counted = _counted(project, keep, leave_out)
    assert 0 < len(counted) < len(project.codings())  # the filter keeps some, not all
    paths = {c.id: project.codebook().path(c.id) for c in project.codebook().walk()}
    # frequencies: segments, documents and distinct characters of each code's own codings
    expected: dict[str, tuple[int, int, int]] = {}
    for path in ("A", "A/A1", "B"):
        own = [c for c in counted if paths[c.code_id] == path]
        chars = {(c.document_id, i) for c in own for i in range(c.start, c.end)}
        expected[path] = (len(own), len({c.document_id for c in own}), len(chars))
    found = {
        row.path: (row.own.segments, row.own.documents, row.own.characters)
        for row in code_frequencies(project, filters)
    }
    assert found == expected
    rolled = {row.path: row.with_subcodes.segments for row in code_frequencies(project, filters)}
    assert rolled["A"] == expected["A"][0] + expected["A/A1"][0]
    stats = {
        row.code: (row.segments, row.documents, row.characters)
        for row in code_stats(project, filters)
    }
    assert stats == expected
    # the code × document matrix
    matrix = code_document_matrix(project, filters)
    by_cell = Counter((paths[c.code_id], project.document(c.document_id).name) for c in counted)
    for path, row in zip(matrix.paths, matrix.cells, strict=True):
        assert row == [by_cell[(path, name)] for name in matrix.columns]
    # segments
    assert segment_count(project, filters) == len(counted)
    assert sorted(row.coding_uuid for row in segment_rows(project, filters)) == sorted(
        c.uuid for c in counted
    )
    # co-occurrence: pairs of different codes' codings sharing a character
    pairs: Counter[frozenset[str]] = Counter()
    for i, a in enumerate(counted):
        for b in counted[i + 1 :]:
            overlap = a.document_id == b.document_id and a.start < b.end and b.start < a.end
            if overlap and a.code_id != b.code_id:
                pairs[frozenset((paths[a.code_id], paths[b.code_id]))] += 1
    found_pairs = {frozenset((x, y)): n for x, y, n in cooccurrence(project, filters).pairs()}
    assert found_pairs == dict(pairs)
    # a query's result is cut to the kept characters
    hits = run_query(project, '"A/**" OR "B"', filters)
    by_document: dict[int, set[int]] = {}
    for hit in hits:
        by_document.setdefault(hit.document_id, set()).update(range(hit.start, hit.end))
    for document in project.documents():
        covered = {i for c in project.codings(document=document) for i in range(c.start, c.end)}
        kept = _kept_characters(project, document.id, keep, leave_out)
        assert by_document.get(document.id, set()) == covered & kept


# -- the command line ------------------------------------------------------------------


def test_the_speaker_options_on_the_command_line(
    qcode: Run, study: Project, tmp_path: Path
) -> None:
    path = study.path
    study.close()
    rows = qcode.json("frequencies", path, "--speaker-role", "respondent")
    assert {r["code"]: r["own"]["segments"] for r in rows if r["own"]["segments"]} == {
        "Notice": 1,
        "Harms/Phone": 1,
        "Station": 2,
    }
    stats = qcode.json("stats", path, "--exclude-speaker", "Interviewer")
    assert {r["code"]: r["segments"] for r in stats}["Question"] == 0
    segments = qcode.json("segments", path, "--speaker", "Wang", "--speaker", "Liu")
    assert len(segments) == 4
    segments = qcode.json("segments", path, "--speaker", "Interviewer", "--code", "Notice")
    assert [s["text"] for s in segments] == ["Who else was there?\nWang: Liu"]
    pairs = qcode.json("cooccurrence", path, "--speaker", "Liu")
    assert pairs["pairs"] == []
    out = tmp_path / "wang.csv"
    qcode("export", path, out, "--speaker", "Wang")
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3 and all("Wang" in line for line in lines[1:])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["stats", "--speaker", "Nobody"], "no speaker 'Nobody' in any document"),
        (["frequencies", "--speaker-role", "judge"], "no speaker has the role 'judge'"),
        (["segments", "--exclude-speaker", ""], "no speaker"),
        (["export", "x.txt", "--documents", "Interview 1", "--speaker", "Liu"], "do not apply"),
    ],
)
def test_bad_speaker_options_are_one_line_errors(
    qcode: Run, study: Project, tmp_path: Path, args: list[str], message: str
) -> None:
    path = study.path
    study.close()
    before = path.read_bytes()
    command, *rest = args
    rest = [str(tmp_path / a) if a.endswith(".txt") else a for a in rest]
    line = qcode.error(command, path, *rest)
    assert message in line
    assert path.read_bytes() == before


def test_memos_lists_a_case_memo(qcode: Run, study: Project) -> None:
    liu = study.create_case("Liu")
    study.add_memo("case", liu.id, "interviewed twice", target_name="Liu")
    path = study.path
    study.close()
    (memo,) = qcode.json("memos", path)
    assert (memo["on"], memo["target"], memo["text"]) == ("case", "Liu", "interviewed twice")
    out, _ = qcode("memos", path)
    assert "interviewed twice" in out
    json.dumps(memo)
