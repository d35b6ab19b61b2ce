"""``--origin`` on ``qcode query`` and ``qcode report``: only the codings
made those ways count (in every term of a query, in a saved query, in the
report's quotes and figures), the same words and the same one-line refusal
as the other ``--origin`` flags, and nothing changes when it is not given.

The study is coded through the real routes: by hand, by a search's "code
all" and by accepting keyword suggestions (the app's Accept).  Expected
passages are the texts written out below; a suggestion's passage is the
text the suggestion itself showed.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from qcode.analysis.search import code_hits, search
from qcode.analysis.suggestions import accepting
from qcode.analysis.suggestions.suggester import Suggester
from qcode.core.project import Project
from qcode.io.base import ImportedDocument
from qcode.model import ORIGINS
from tests.findings import stored_state
from tests.test_cli import Run

TEXT = (
    "Liu: 😀 A camera watched us at the gate. They took me to the station at night. "
    "Police watched my door for weeks. Later a camera followed me home.\n"
)
# Coded by hand.
WATCHED = "Police watched my door"  # Surveillance
TAKEN = "They took me to the station"  # Detention
GATE = "watched us at the gate"  # Detention, inside the first suggested sentence
# Coded by a search's "code all".
NIGHT = "at night"  # Detention


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def build_study(path: Path) -> list[str]:
    """The study; returns the passages accepted from suggestions (Surveillance)."""
    project = Project.create(path, coder="Amina")
    (liu,) = project.add_documents([ImportedDocument("Liu", TEXT, "liu.txt", "text")])
    surveillance = project.create_code("Surveillance", keywords=["camera"])
    project.create_code("Detention")
    suggested = [
        s
        for s in Suggester(project).suggest(liu, sources=["keywords"])
        if s.code_id == surveillance.id
    ]
    for suggestion in suggested:
        accepting.accept(project, liu, surveillance, suggestion)
    project.apply_code(liu, "Surveillance", *span(WATCHED))
    project.apply_code(liu, "Detention", *span(TAKEN))
    project.apply_code(liu, "Detention", *span(GATE))
    code_hits(project, search(project, NIGHT), project.code("Detention"))
    project.close()
    accepted = sorted((s.start, s.text) for s in suggested)
    return [text for _start, text in accepted]


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


@pytest.fixture
def study(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "study.qcode"
    return path, build_study(path)


def texts(qcode: Run, path: Path, *arguments: str) -> list[str]:
    return [row["text"] for row in qcode.json("query", path, *arguments)]


def test_the_study_holds_what_the_tests_expect(study: tuple[Path, list[str]], qcode: Run) -> None:
    path, accepted = study
    # Two sentences name the camera: both suggested, both accepted.
    assert len(accepted) == 2 and all("camera" in text for text in accepted)
    made = sorted((row["code"], row["origin"]) for row in qcode.json("segments", path))
    assert made == sorted(
        [("Surveillance", "suggestion")] * 2
        + [("Surveillance", "hand"), ("Detention", "hand"), ("Detention", "hand")]
        + [("Detention", "search")]
    )


# -- qcode query --origin ----------------------------------------------------------------


def test_query_counts_only_the_codings_made_those_ways(
    study: tuple[Path, list[str]], qcode: Run
) -> None:
    path, (first, last) = study
    assert texts(qcode, path, '"Surveillance"') == [first, WATCHED, last]
    assert texts(qcode, path, '"Surveillance"', "--origin", "hand") == [WATCHED]
    assert texts(qcode, path, '"Surveillance"', "--origin", "suggestion") == [first, last]
    assert texts(qcode, path, '"Detention"', "--origin", "search") == [NIGHT]
    assert texts(qcode, path, '"Detention"', "--origin", "hand,search") == [GATE, TAKEN, NIGHT]
    assert texts(qcode, path, '"Surveillance"', "--origin", "speaker") == []
    # Every term counts only those codings: the hand coding of GATE meets
    # Surveillance only where a suggestion was accepted.
    both = '"Surveillance" AND "Detention"'
    assert texts(qcode, path, both) == [GATE]
    assert texts(qcode, path, both, "--origin", "hand") == []
    assert texts(qcode, path, both, "--origin", "hand", "--origin", "suggestion") == [GATE]


def test_query_json_is_the_same_without_origin_and_with_every_origin(
    study: tuple[Path, list[str]], qcode: Run
) -> None:
    path, _accepted = study
    plain = qcode.json("query", path, '"Surveillance" OR "Detention"')
    every = qcode.json(
        "query", path, '"Surveillance" OR "Detention"', "--origin", ",".join(ORIGINS)
    )
    assert plain == every
    assert [set(row) for row in plain] == [{"document", "start", "end", "text"}] * len(plain)


def test_a_saved_query_keeps_its_origin(study: tuple[Path, list[str]], qcode: Run) -> None:
    path, (first, last) = study
    qcode("query", path, '"Surveillance"', "--origin", "Suggestion", "--save", "machine")
    (saved,) = qcode.json("queries", path)
    assert saved["options"] == {"origins": ["suggestion"]}
    assert texts(qcode, path, "--run", "machine") == [first, last]
    error = qcode.error("query", path, "--run", "machine", "--origin", "hand")
    assert "--run NAME runs the query with the options it was saved with" in error
    assert "--origin" in error


def test_coding_the_results_of_a_query_by_origin(study: tuple[Path, list[str]], qcode: Run) -> None:
    path, (first, last) = study
    qcode(
        "query", path, '"Surveillance"', "--origin", "suggestion", "--code", "Machine", "--create"
    )
    coded = [row for row in qcode.json("segments", path) if row["code"] == "Machine"]
    assert [(row["text"], row["origin"]) for row in coded] == [(first, "query"), (last, "query")]


def test_an_unknown_origin_is_refused_as_segments_refuses_it_and_changes_nothing(
    study: tuple[Path, list[str]], qcode: Run
) -> None:
    path, _accepted = study
    expected = qcode.error("segments", path, "--origin", "robot")
    assert expected == (f"qcode: error: unknown origin 'robot' (origins: {', '.join(ORIGINS)})")
    with Project.open(path, read_only=True) as project:
        before = stored_state(project)
    arguments = ("--origin", "hand,robot", "--save", "s", "--code", "New", "--create")
    assert qcode.error("query", path, '"Surveillance"', *arguments) == expected
    assert qcode.error("query", path, '"Surveillance"', "--origin", ",") == (
        f"qcode: error: --origin needs one of: {', '.join(ORIGINS)}"
    )
    with Project.open(path, read_only=True) as project:
        assert stored_state(project) == before


# -- qcode report --origin ----------------------------------------------------------------


def quotes(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Quote"]


def cells(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return [cell.text for table in document.tables for row in table.rows for cell in row.cells]


def test_the_report_quotes_only_the_codings_made_those_ways(
    study: tuple[Path, list[str]], qcode: Run, tmp_path: Path
) -> None:
    path, (first, last) = study
    everything = qcode.json("report", path, tmp_path / "all.docx", "--sections", "quotes")
    assert everything["quotes"] == 6
    out = tmp_path / "machine.docx"
    summary = qcode.json(
        "report", path, out, "--sections", "title,quotes", "--origin", "suggestion"
    )
    assert sorted(quotes(out)) == sorted([first, last])
    assert summary["quotes"] == 2
    # The report says what it left out: its filters are named.
    assert any("codings made: suggestion" in cell for cell in cells(out))
    out = tmp_path / "hand.docx"
    qcode("report", path, out, "--sections", "quotes", "--origin", "hand")
    assert sorted(quotes(out)) == sorted([WATCHED, TAKEN, GATE])
    pdf = qcode.json("report", path, tmp_path / "search.pdf", "--origin", "search")
    assert pdf["quotes"] == 1 and (tmp_path / "search.pdf").read_bytes()[:4] == b"%PDF"


def test_the_report_refuses_an_unknown_origin_and_writes_nothing(
    study: tuple[Path, list[str]], qcode: Run, tmp_path: Path
) -> None:
    path, _accepted = study
    error = qcode.error("report", path, tmp_path / "r.docx", "--origin", "robot")
    assert error == f"qcode: error: unknown origin 'robot' (origins: {', '.join(ORIGINS)})"
    assert not (tmp_path / "r.docx").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".docx", ".pdf")) == []


def test_the_report_help_names_origin(qcode: Run) -> None:
    for command in ("report", "query"):
        out, _err = qcode(command, "--help")
        assert "--origin" in out and all(origin in out for origin in ORIGINS)
