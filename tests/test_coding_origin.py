"""``origin``: how each coding came to be, in one word (hand, search, query,
suggestion, speaker, merge, import, unknown), for every route that makes
codings; old codings read ``unknown`` after the upgrade; ``--origin``
filters the analyses; ``qcode agreement --origins`` compares codings made
two ways; ``qcode suggest DOC --accept`` codes what it suggests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from qcode.analysis.search import code_hits, search
from qcode.analysis.suggestions import accepting
from qcode.analysis.suggestions.suggester import Suggester
from qcode.core.copies import prepare_coder_copies
from qcode.core.merge.project import merge_project
from qcode.core.project import Project
from qcode.io.base import ImportedDocument, SpeakerTurn
from qcode.model import ORIGINS, Member
from tests.test_cli import Run

QUESTION = "Interviewer: Where were you that night?\n"
ANSWER = "Liu: At the gate. A camera watched us 😀 and I was blacklisted.\n"
TEXT = QUESTION + ANSWER
CAMERA = "A camera watched us 😀 and I was blacklisted."  # the sentence suggested


def span(words: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


def make_study(path: Path, coder: str = "Amina") -> Project:
    """One interview with speaker turns; Surveillance has the keyword "camera"."""
    project = Project.create(path, coder=coder)
    turns = [
        SpeakerTurn("Interviewer", 0, len(QUESTION)),
        SpeakerTurn("Liu", len(QUESTION), len(TEXT)),
    ]
    project.add_documents([ImportedDocument("Liu", TEXT, "liu.txt", "text", turns=turns)])
    project.create_code("Surveillance", keywords=["camera"])
    for name in ("Gate", "Blacklist", "Answers", "Night", "Imported"):
        project.create_code(name)
    return project


@pytest.fixture
def study(tmp_path: Path) -> Project:
    return make_study(tmp_path / "study.qcode")


def origins_by_code(qcode: Run, path: Path, *options: str) -> dict[str, list[str]]:
    """``segments --json``: each code's codings' origins, as a user reads them."""
    found: dict[str, list[str]] = {}
    for entry in qcode.json("segments", path, *options):
        found.setdefault(entry["code"], []).append(entry["origin"])
    return found


# -- every route says how it coded ---------------------------------------------------------


def test_each_way_of_coding_has_its_origin(study: Project, qcode: Run, tmp_path: Path) -> None:
    project = study
    liu = project.document("Liu")
    project.apply_code(liu, "Gate", *span("At the gate."))  # by hand
    code_hits(project, search(project, "night"), project.code("Night"))  # search: code all
    project.code_spans([(liu, *span("blacklisted"))], "Blacklist")  # a query's code all
    project.autocode_speaker("Liu", "Answers")
    camera = project.code("Surveillance")
    (suggestion,) = [
        s for s in Suggester(project).suggest(liu, sources=["keywords"]) if s.code_id == camera.id
    ]
    accepting.accept(project, liu, camera, suggestion)  # the app's Accept
    path = project.path
    project.close()
    codings = tmp_path / "codings.json"
    start, end = span("A camera watched us 😀")
    codings.write_text(
        json.dumps([{"document": "Liu", "code": "Imported", "start": start, "end": end}]),
        encoding="utf-8",
    )
    qcode("code", path, "--from-json", codings)
    assert origins_by_code(qcode, path) == {
        "Gate": ["hand"],
        "Night": ["search"],
        "Blacklist": ["query"],
        "Answers": ["speaker"],
        "Surveillance": ["suggestion"],
        "Imported": ["import"],
    }
    # the existing "provenance" object stays, with the detail
    imported = [e for e in qcode.json("segments", path) if e["code"] == "Imported"]
    assert imported[0]["provenance"]["source"] == "import:json"
    hand = [e for e in qcode.json("segments", path) if e["code"] == "Gate"]
    assert hand[0]["provenance"] is None


def test_suggest_accept_codes_what_it_shows_in_one_undo_step(study: Project, qcode: Run) -> None:
    path = study.path
    study.close()
    shown = qcode.json("suggest", path, "Liu", "--source", "keywords")
    assert [(s["code"], s["start"], s["end"]) for s in shown] == [("Surveillance", *span(CAMERA))]
    out, err = qcode("suggest", path, "Liu", "--source", "keywords", "--accept")
    assert "coded 1 passage of Liu from suggestions" in err
    assert "Surveillance" in out and "keywords" in out
    segments = qcode.json("segments", path)
    assert [(s["code"], s["start"], s["end"], s["origin"]) for s in segments] == [
        ("Surveillance", *span(CAMERA), "suggestion")
    ]
    assert segments[0]["provenance"]["source"] == "suggestion:keywords"
    # Nothing left to suggest: refused, nothing coded.
    error = qcode.error("suggest", path, "Liu", "--source", "keywords", "--accept")
    assert "nothing to accept in Liu" in error and "nothing was coded" in error
    qcode("undo", path)
    assert qcode.json("segments", path) == []


def test_suggest_accept_takes_only_the_code_asked_for(tmp_path: Path, qcode: Run) -> None:
    project = make_study(tmp_path / "s.qcode")
    project.update_code(project.code("Blacklist"), keywords=["blacklisted"])
    path = project.path
    project.close()
    both = qcode.json("suggest", path, "Liu", "--source", "keywords")
    assert sorted(s["code"] for s in both) == ["Blacklist", "Surveillance"]
    qcode("suggest", path, "Liu", "--source", "keywords", "--accept", "--code", "Blacklist")
    assert origins_by_code(qcode, path) == {"Blacklist": ["suggestion"]}


def test_suggest_accept_refusals_change_nothing(tmp_path: Path, qcode: Run) -> None:
    empty = Project.create(tmp_path / "empty.qcode", coder="Amina")
    empty.add_documents([ImportedDocument("Liu", TEXT, "liu.txt", "text")])
    empty.close()
    error = qcode.error("suggest", tmp_path / "empty.qcode", "Liu", "--accept")
    assert "no suggestion model" in error and "nothing was coded" in error
    error = qcode.error("suggest", tmp_path / "empty.qcode", "--accept")
    assert "--accept needs DOC" in error
    assert qcode.json("segments", tmp_path / "empty.qcode") == []


# -- merge -------------------------------------------------------------------------------


def test_merged_codings_keep_their_origin_and_hand_ones_read_merge(
    study: Project, tmp_path: Path, qcode: Run
) -> None:
    (copy,) = prepare_coder_copies(study, ["Bo"], tmp_path)
    with Project.open(copy, coder="Bo") as theirs:
        liu = theirs.document("Liu")
        theirs.apply_code(liu, "Gate", *span("At the gate."))  # by hand, in Bo's copy
        theirs.autocode_speaker("Liu", "Answers")
        assert theirs.reader.origin_names([c.id for c in theirs.codings()]) == {
            c.id: ("hand" if theirs.codebook().codes[c.code_id].name == "Gate" else "speaker")
            for c in theirs.codings()
        }
    merge_project(study, copy, backup=False)
    path = study.path
    study.close()
    assert origins_by_code(qcode, path) == {"Gate": ["merge"], "Answers": ["speaker"]}
    (gate,) = [e for e in qcode.json("segments", path) if e["code"] == "Gate"]
    assert gate["coder"] == "Bo"
    assert gate["provenance"]["source"] == "merge"
    # merging again adds nothing, and no second record
    qcode("merge", path, copy)
    assert origins_by_code(qcode, path) == {"Gate": ["merge"], "Answers": ["speaker"]}


# -- upgrading an old project --------------------------------------------------------------


def _as_version(path: Path, version: int) -> None:
    """Make the file what qcode wrote at ``version`` (6: before coding
    provenance; 8: with it, before migration 9)."""
    conn = sqlite3.connect(path)
    if version < 7:
        conn.execute("DROP TABLE coding_provenance")
    conn.execute("DELETE FROM project WHERE key = 'codings_unknown_through'")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("version", [6, 8])
def test_codings_older_than_the_upgrade_read_unknown(
    tmp_path: Path, qcode: Run, version: int
) -> None:
    project = make_study(tmp_path / "old.qcode")
    liu = project.document("Liu")
    project.apply_code(liu, "Gate", *span("At the gate."))
    project.apply_code(liu, "Night", *span("that night"))
    path = project.path
    project.close()
    _as_version(path, version)
    assert origins_by_code(qcode, path) == {"Gate": ["unknown"], "Night": ["unknown"]}
    assert Path(f"{path}.v{version}.bak").exists()
    with Project.open(path, coder="Amina") as reopened:
        reopened.apply_code(reopened.document("Liu"), "Blacklist", *span("blacklisted"))
        # deleting an old coding and undoing it: still unknown
        (night,) = reopened.codings(code=reopened.code("Night"))
        reopened.remove_codings([night])
        reopened.undo()
    assert origins_by_code(qcode, path) == {
        "Gate": ["unknown"],
        "Night": ["unknown"],
        "Blacklist": ["hand"],
    }
    assert [e["code"] for e in qcode.json("segments", path, "--origin", "unknown")] == [
        "Night",
        "Gate",
    ]
    (old,) = [e for e in qcode.json("segments", path) if e["code"] == "Gate"]
    assert old["provenance"] == {"source": "unknown", "model_version": None, "confidence": None}


def test_the_excel_report_does_not_call_an_old_coding_hand_made(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from qcode.export.xlsx import export_workbook

    project = make_study(tmp_path / "old.qcode")
    project.apply_code(project.document("Liu"), "Gate", *span("At the gate."))
    path = project.path
    project.close()
    _as_version(path, 6)
    with Project.open(path, coder="Amina") as reopened:
        reopened.apply_code(reopened.document("Liu"), "Night", *span("that night"))
        export_workbook(reopened, tmp_path / "report.xlsx", sheets=["segments"])
    sheet = load_workbook(tmp_path / "report.xlsx", read_only=True)["Segments"]
    rows = list(sheet.iter_rows(values_only=True))
    made = {row[rows[0].index("Code")]: row[rows[0].index("Made by")] for row in rows[1:]}
    assert made == {"Gate": "made before qcode kept how codings are made", "Night": "by hand"}


def test_a_new_project_and_a_coders_copy_have_no_unknown_codings(
    study: Project, tmp_path: Path
) -> None:
    study.apply_code(study.document("Liu"), "Gate", *span("At the gate."))
    assert set(study.reader.origin_names([c.id for c in study.codings()]).values()) == {"hand"}
    study.close()
    _as_version(study.path, 8)  # upgraded: the coding is from before
    with Project.open(study.path, coder="Amina") as upgraded:
        (copy,) = prepare_coder_copies(upgraded, ["Bo"], tmp_path)
    with Project.open(copy, coder="Bo") as theirs:
        coding = theirs.apply_code(theirs.document("Liu"), "Gate", *span("At the gate."))
        assert coding is not None
        assert theirs.reader.origin_names([coding.id]) == {coding.id: "hand"}


# -- --origin in analyses ------------------------------------------------------------------


@pytest.fixture
def mixed(study: Project) -> Path:
    """Gate by hand once; Gate and Night by a search's "code all"; Answers by speaker."""
    liu = study.document("Liu")
    study.apply_code(liu, "Gate", *span("At the gate."))
    code_hits(study, search(study, "gate"), study.code("Gate"))  # "gate" (another span)
    code_hits(study, search(study, "night"), study.code("Night"))
    study.autocode_speaker("Liu", "Answers")
    path = study.path
    study.close()
    return path


def _segments(rows: list[dict[str, object]]) -> dict[object, object]:
    return {row["code"]: row["own"]["segments"] for row in rows}  # type: ignore[index]


def test_origin_filters_frequencies_stats_cooccurrence_and_segments(
    mixed: Path, qcode: Run
) -> None:
    everything = _segments(qcode.json("frequencies", mixed))
    assert (everything["Gate"], everything["Night"], everything["Answers"]) == (2, 1, 1)
    by_hand = _segments(qcode.json("frequencies", mixed, "--origin", "hand"))
    assert (by_hand["Gate"], by_hand["Night"], by_hand["Answers"]) == (1, 0, 0)
    searched = _segments(qcode.json("frequencies", mixed, "--origin", "search,speaker"))
    assert (searched["Gate"], searched["Night"], searched["Answers"]) == (1, 1, 1)
    stats = {
        row["code"]: row["segments"] for row in qcode.json("stats", mixed, "--origin", "search")
    }
    assert (stats["Gate"], stats["Night"], stats["Answers"]) == (1, 1, 0)

    def pairs(*options: str) -> dict[tuple[str, str], int]:
        shown = qcode.json("cooccurrence", mixed, *options)["pairs"]
        return {(p["code_a"], p["code_b"]): p["count"] for p in shown}

    # Both Gate codings (by hand, by search) lie inside Liu's answer; the
    # searched "night" is in the question.
    assert pairs() == {("Gate", "Answers"): 2}
    assert pairs("--origin", "hand,speaker") == {("Gate", "Answers"): 1}
    assert pairs("--origin", "hand") == {}  # one code only: nothing co-occurs
    assert [e["code"] for e in qcode.json("segments", mixed, "--origin", "speaker")] == ["Answers"]
    assert qcode.json("segments", mixed, "--origin", "suggestion") == []


def test_origin_filters_the_case_attribute_crosstab(study: Project, qcode: Run) -> None:
    liu = study.document("Liu")
    study.apply_code(liu, "Gate", *span("At the gate."))
    study.autocode_speaker("Liu", "Answers")
    case = study.create_case("Liu", attributes={"gender": "male"})
    study.assign_to_case(case, [Member(speaker="Liu")])
    path = study.path
    study.close()

    def counts(*options: str) -> dict[str, int]:
        shown = qcode.json("case-matrix", path, "--attribute", "gender", *options)
        assert shown["columns"] == ["male"]
        return {code: row[0] for code, row in zip(shown["codes"], shown["cells"], strict=True)}

    everything, spoken = counts(), counts("--origin", "speaker")
    assert (everything["Gate"], everything["Answers"]) == (1, 1)
    assert (spoken["Gate"], spoken["Answers"]) == (0, 1)


def test_an_unknown_origin_is_refused_in_one_line(mixed: Path, qcode: Run) -> None:
    for command in ("segments", "frequencies", "stats", "cooccurrence"):
        error = qcode.error(command, mixed, "--origin", "robot")
        assert f"unknown origin 'robot' (origins: {', '.join(ORIGINS)})" in error


# -- agreement between the machine and the researcher --------------------------------------


def test_agreement_of_accepted_suggestions_with_hand_coding(tmp_path: Path, qcode: Run) -> None:
    """One code; suggestions cover characters [10, 30), the researcher's hand
    [20, 40) of a 100-character document: counted here by hand."""
    text = "x" * 100
    project = Project.create(tmp_path / "a.qcode", coder="Amina")
    (document,) = project.add_documents([ImportedDocument("D", text, "d.txt", "text")])
    code = project.create_code("C")
    from qcode.analysis.suggestions.suggester import Suggestion

    machine = Suggestion(document.id, code.id, "C", 10, 30, text[10:30], 0.8, "learned", "", "m")
    accepting.accept(project, document, code, machine)
    project.apply_code(document, code, 20, 40)
    path = project.path
    project.close()
    report = qcode.json("agreement", path, "--origins", "suggestion", "hand")
    assert report["coders"] == ["suggestion", "hand"]
    # both 10 (20-30), neither 70, one side only 20: agreement 80/100.
    agree = (10 + 70) / 100
    p_machine = p_hand = 20 / 100
    chance = p_machine * p_hand + (1 - p_machine) * (1 - p_hand)
    kappa = (agree - chance) / (1 - chance)
    overall = report["overall"]
    assert overall["units"] == 100
    assert overall["percent_agreement"] == pytest.approx(100 * agree)
    assert overall["kappa"] == pytest.approx(kappa)
    out, _ = qcode("agreement", path, "--origins", "suggestion", "hand")
    assert "how far the codings made by suggestion agree with those made by hand" in out
    assert "an origin cannot be on both sides" in qcode.error(
        "agreement", path, "--origins", "hand", "hand,suggestion"
    )
    assert "no document has codings made both ways" in qcode.error(
        "agreement", path, "--origins", "search", "hand"
    )
    # An empty side names the option the user gave.
    assert "--origins needs one of: hand" in qcode.error("agreement", path, "--origins", "", "hand")


def test_origin_filters_an_export_and_is_refused_where_it_cannot_apply(
    mixed: Path, qcode: Run, tmp_path: Path
) -> None:
    import csv

    out = tmp_path / "searched.csv"
    qcode("export", mixed, out, "--origin", "search")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(row["Code"] for row in rows) == ["Gate", "Night"]
    error = qcode.error(
        "export", mixed, tmp_path / "Liu.txt", "--documents", "Liu", "--origin", "hand"
    )
    assert "--origin" in error and "do not apply" in error
    assert not (tmp_path / "Liu.txt").exists()


def test_a_merged_coding_of_unknown_origin_stays_unknown(tmp_path: Path, qcode: Run) -> None:
    other = make_study(tmp_path / "other.qcode", coder="Bo")
    other.apply_code(other.document("Liu"), "Gate", *span("At the gate."))
    other.close()
    _as_version(other.path, 8)  # Bo's Gate is from before qcode kept how codings are made
    with Project.open(other.path, coder="Bo") as upgraded:
        upgraded.apply_code(upgraded.document("Liu"), "Night", *span("that night"))
    lead = make_study(tmp_path / "lead.qcode")
    lead.close()
    qcode("merge", lead.path, other.path)
    assert origins_by_code(qcode, lead.path) == {"Gate": ["unknown"], "Night": ["merge"]}
    (gate,) = [e for e in qcode.json("segments", lead.path) if e["code"] == "Gate"]
    assert gate["coder"] == "Bo" and gate["provenance"]["source"] == "unknown"
