"""How each coding was made: by hand (no record), or by accepting a
suggestion (its source, the model's version, its confidence), by
auto-coding a speaker, by a "code all" of query or search results.  Kept in
the same undo step as the coding, carried by merges, stripped from coders'
copies, and shown in ``qcode segments --json`` and the Excel report."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from qcode.analysis.search import code_hits, search
from qcode.analysis.suggestions import accepting
from qcode.analysis.suggestions.learn import MODEL_VERSION
from qcode.analysis.suggestions.suggester import Suggester, Suggestion
from qcode.cli import main
from qcode.core.coding_edits import NewCoding
from qcode.core.copies import prepare_coder_copies
from qcode.core.merge.project import merge_project
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument, SpeakerTurn
from qcode.model import Code, Coding, CodingOrigin, Document
from qcode.store import coding_provenance

CAMERA = "A camera watched our gate every night."
BLACKLIST = "I was blacklisted last spring."
NOODLES = "We ate noodles for lunch 😀."
TEXT = f"{CAMERA} {BLACKLIST} {NOODLES}"


def span(sentence: str) -> tuple[int, int]:
    start = TEXT.index(sentence)
    return start, start + len(sentence)


class Study:
    """One document, two codes with keywords (so keyword suggestions need no model)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.surveillance = project.create_code("Surveillance", keywords=["camera"])
        self.blacklist = project.create_code("Blacklist", keywords=["blacklist"])
        self.food = project.create_code("Food")
        (self.liu,) = project.add_documents([ImportedDocument("Liu", TEXT, "liu.txt", "text")])

    def keyword_suggestion(self, code: Code) -> Suggestion:
        return keyword_suggestion(self.project, self.liu, code)

    def learned(self, sentence: str, code: Code, confidence: float) -> Suggestion:
        """A suggestion as the learned model gives it (the model itself is
        another module's business; here only what accepting it keeps counts)."""
        start, end = span(sentence)
        return Suggestion(
            self.liu.id,
            code.id,
            code.name,
            start,
            end,
            sentence,
            confidence,
            "learned",
            f"close to the description of '{code.name}'",
            "f" * 12 + "0123456789abcdef" * 3,
        )


@pytest.fixture
def study(project: Project) -> Study:
    return Study(project)


def keyword_suggestion(project: Project, document: Document, code: Code) -> Suggestion:
    """The one keyword suggestion of ``code`` in the document."""
    found = Suggester(project).suggest(document, sources=["keywords"])
    (suggestion,) = [s for s in found if s.code_id == code.id]
    return suggestion


def only_coding(project: Project, code: Code) -> Coding:
    (coding,) = [c for c in project.codings() if c.code_id == code.id]
    return coding


def stored(project: Project) -> list[tuple[object, ...]]:
    """Every provenance row exactly as the file holds it (with the coding's UUID)."""
    by_id = {coding.id: coding.uuid for coding in project.codings()}
    return [(by_id[row.coding_id], *row[1:]) for row in coding_provenance.rows(project.conn)]


# -- accepting ----------------------------------------------------------------------------


def test_an_accepted_keyword_suggestion_keeps_its_source_and_confidence(study: Study) -> None:
    project = study.project
    suggestion = study.keyword_suggestion(study.surveillance)
    assert (suggestion.start, suggestion.end) == span(CAMERA)
    coding = accepting.accept(project, study.liu, study.surveillance, suggestion)
    assert coding is not None and (coding.start, coding.end) == span(CAMERA)
    origin = project.coding_origins()[coding.id]
    assert origin.source == "suggestion:keywords"
    assert origin.model_version is None  # keywords need no model
    assert origin.confidence == pytest.approx(suggestion.confidence, abs=0.0005)
    assert origin.reason == "keyword 'camera'"
    assert origin.describe() == f"accepted suggestion ({suggestion.confidence:.2f}, keywords)"
    assert project.undo_label() == "apply 'Surveillance'"  # one edit, as before


def test_an_accepted_learned_suggestion_keeps_the_model_version(study: Study) -> None:
    project = study.project
    suggestion = study.learned(BLACKLIST, study.blacklist, 0.7234)
    coding = accepting.accept(project, study.liu, study.blacklist, suggestion)
    assert coding is not None
    origin = project.coding_origins([coding])[coding.id]
    assert origin == CodingOrigin(
        "suggestion:learned",
        f"{MODEL_VERSION}+{suggestion.model[:16]}",
        0.723,
        "close to the description of 'Blacklist'",
    )
    assert origin.describe() == "accepted suggestion (0.72, learned)"


def test_a_coding_made_by_hand_has_no_provenance(study: Study) -> None:
    project = study.project
    coding = project.apply_code(study.liu, study.surveillance, *span(CAMERA))
    assert coding is not None
    assert project.coding_origins() == {}
    assert stored(project) == []


def test_undo_takes_coding_and_provenance_together_and_redo_restores_both(study: Study) -> None:
    project = study.project
    accepting.accept(
        project, study.liu, study.surveillance, study.keyword_suggestion(study.surveillance)
    )
    coding = only_coding(project, study.surveillance)
    rows = stored(project)
    assert [row[:2] for row in rows] == [(coding.uuid, "suggestion:keywords")]
    project.undo()
    assert project.codings() == []
    assert stored(project) == []
    project.redo()
    assert project.codings() == [coding]
    assert stored(project) == rows  # the very same row: time, confidence, reason


def test_accept_all_is_one_undo_step_with_every_origin(study: Study) -> None:
    project = study.project
    found = Suggester(project).suggest(study.liu, sources=["keywords"])
    assert {s.code_id for s in found} == {study.surveillance.id, study.blacklist.id}
    added = accepting.accept_all(project, study.liu, found)
    assert len(added.ids) == 2
    origins = project.coding_origins()
    assert set(origins) == set(added.ids)
    assert {o.source for o in origins.values()} == {"suggestion:keywords"}
    project.undo()
    assert project.codings() == [] and stored(project) == []


def test_removing_an_accepted_coding_and_undoing_brings_its_provenance_back(
    study: Study,
) -> None:
    project = study.project
    accepting.accept(
        project, study.liu, study.blacklist, study.learned(BLACKLIST, study.blacklist, 0.9)
    )
    rows = stored(project)
    project.remove_codings([only_coding(project, study.blacklist)])
    assert project.codings() == [] and stored(project) == []
    project.undo()
    assert stored(project) == rows


def test_merging_codes_keeps_the_survivors_own_provenance(study: Study) -> None:
    project = study.project
    project.apply_code(study.liu, study.surveillance, *span(CAMERA))  # by hand
    other = project.create_code("Watching")
    accepting.accept(project, study.liu, other, study.learned(CAMERA, other, 0.8))
    project.merge_codes(other, study.surveillance)
    assert len(project.codings()) == 1
    assert project.coding_origins() == {}  # the survivor was made by hand
    project.undo()
    assert [row[1] for row in stored(project)] == ["suggestion:learned"]


def test_an_invalid_origin_is_refused_and_changes_nothing(study: Study) -> None:
    project = study.project
    bad = CodingOrigin("suggestion:learned", "v", 1.5)
    with pytest.raises(QcodeError, match="origin is not valid"):
        project.add_codings([NewCoding(study.liu.id, study.food.id, *span(NOODLES), origin=bad)])
    assert project.codings() == [] and stored(project) == []


# -- other automatic coders --------------------------------------------------------------


def test_auto_coding_a_speaker_and_coding_all_results_say_so(project: Project) -> None:
    text = "Interviewer: Where were you?\nLiu: At the gate.\n"
    turns = [SpeakerTurn("Interviewer", 0, 29), SpeakerTurn("Liu", 29, len(text))]
    (document,) = project.add_documents(
        [ImportedDocument("Turns", text, "t.txt", "text", turns=turns)]
    )
    answers = project.create_code("Answers")
    gate = project.create_code("Gate")
    where = project.create_code("Where")
    project.autocode_speaker("Liu", answers)
    code_hits(project, search(project, "gate"), gate)
    start = text.index("Where were you?")
    project.code_spans([(document, start, start + len("Where"))], where, what="query results")
    sources = {
        project.codebook().codes[c.code_id].name: project.coding_origins()[c.id].source
        for c in project.codings()
    }
    assert sources == {"Answers": "autocode:speaker", "Gate": "search", "Where": "query"}


# -- carried, stripped, migrated ----------------------------------------------------------


def test_a_coders_copy_has_no_provenance_and_a_merge_brings_it_home(
    study: Study, tmp_path: Path
) -> None:
    project = study.project
    blacklisted = study.learned(BLACKLIST, study.blacklist, 0.6)
    accepting.accept(project, study.liu, study.blacklist, blacklisted)
    own = stored(project)
    (copy,) = prepare_coder_copies(project, ["Bo"], tmp_path)
    with Project.open(copy, coder="Bo") as theirs:
        assert theirs.codings() == [] and stored(theirs) == []
        liu, camera = theirs.document("Liu"), theirs.code("Surveillance")
        accepting.accept(theirs, liu, camera, keyword_suggestion(theirs, liu, camera))
        theirs.apply_code(liu, theirs.code("Food"), *span(NOODLES))  # by hand
        carried = stored(theirs)
    assert [row[1] for row in carried] == ["suggestion:keywords"]
    merge_project(project, copy, backup=False)
    assert len(project.codings()) == 3
    # Bo's accepted suggestion arrives exactly as Bo's file has it; the
    # coding Bo made by hand there arrives "by merge" (its coder says whose).
    food = only_coding(project, study.food)
    merged = project.coding_origins()[food.id]
    assert (merged.source, merged.confidence) == ("merge", None)
    assert merged.reason is not None and "made there by hand" in merged.reason
    after = stored(project)
    assert sorted(row for row in after if row[0] != food.uuid) == sorted([*own, *carried])
    merge_project(project, copy, backup=False)  # again: nothing new, nothing doubled
    assert sorted(stored(project)) == sorted(after)


def test_a_file_from_before_provenance_opens_with_every_coding_unknown(
    study: Study, tmp_path: Path
) -> None:
    project = study.project
    project.apply_code(study.liu, study.food, *span(NOODLES))
    path = project.path
    project.close()
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE coding_provenance; PRAGMA user_version = 6;")
    conn.close()
    with Project.open(path) as reopened:
        (old,) = reopened.codings()
        # how it was made was not kept: not claimed to be by hand
        assert reopened.coding_origins() == {old.id: CodingOrigin("unknown")}
        assert stored(reopened) == []
        coding = accepting.accept(
            reopened,
            reopened.document("Liu"),
            reopened.code("Blacklist"),
            study.learned(BLACKLIST, study.blacklist, 0.5),
        )
        assert coding is not None and coding.id in reopened.coding_origins()


# -- read -----------------------------------------------------------------------------------


def test_segments_json_says_how_each_coding_was_made(
    study: Study, capsys: pytest.CaptureFixture[str]
) -> None:
    project = study.project
    project.apply_code(study.liu, study.food, *span(NOODLES))
    accepting.accept(
        project, study.liu, study.blacklist, study.learned(BLACKLIST, study.blacklist, 0.6543)
    )
    before = {s.code_path: s.as_json() for s in project.segments(project.codings())}
    path = project.path
    project.close()
    assert main(["segments", str(path), "--json"]) == 0
    segments = {entry["code"]: entry for entry in json.loads(capsys.readouterr().out)}
    hand, accepted = segments.pop("Food"), segments.pop("Blacklist")
    assert segments == {}
    assert hand["provenance"] is None
    assert accepted["provenance"] == {
        "source": "suggestion:learned",
        "model_version": f"{MODEL_VERSION}+ffffffffffff0123",
        "confidence": 0.654,
    }
    # the segment's own fields are as they were
    for code, entry in (("Food", hand), ("Blacklist", accepted)):
        assert {key: entry[key] for key in before[code]} == before[code]
    assert (hand["start"], hand["end"], hand["text"]) == (*span(NOODLES), NOODLES)


def test_the_excel_report_says_who_made_each_segment(study: Study, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from qcode.export.xlsx import export_workbook

    project = study.project
    project.apply_code(study.liu, study.food, *span(NOODLES))
    accepting.accept(
        project, study.liu, study.blacklist, study.learned(BLACKLIST, study.blacklist, 0.72)
    )
    out = tmp_path / "report.xlsx"
    export_workbook(project, out, sheets=["segments"])
    rows = list(load_workbook(out, read_only=True)["Segments"].iter_rows(values_only=True))
    headers = rows[0]
    made = {row[headers.index("Code")]: row[headers.index("Made by")] for row in rows[1:]}
    assert made == {"Food": "by hand", "Blacklist": "accepted suggestion (0.72, learned)"}


def test_a_qdpx_export_carries_provenance_as_a_qcode_extension(
    study: Study, tmp_path: Path
) -> None:
    # The round trip itself is tested in tests/test_qdpx_provenance.py.
    from qcode.export.qdpx import export_qdpx

    project = study.project
    accepting.accept(
        project, study.liu, study.blacklist, study.learned(BLACKLIST, study.blacklist, 0.72)
    )
    summary = export_qdpx(project, tmp_path / "out.qdpx")
    assert not any("codings were made" in item for item in summary.not_exported)
