"""Correcting a transcript typed with [hh:mm:ss] marks: changing, adding or
removing a mark changes when its passages are spoken; other corrections
only move the cues with the text; a subtitle transcript's times never come
from its text."""

from __future__ import annotations

from pathlib import Path

from qcode.core.project import Project
from qcode.io.base import ImportedDocument
from qcode.io.timestamps import timed_turns

TYPED = (
    "[00:00:00] Liu: 𠮷 They came 😀 at night.\n"
    "[00:00:10] Wang: Nobody told us.\n"
    "[00:00:20] Liu: They took my phone."
)


def _typed(project: Project) -> None:
    turns = timed_turns(TYPED, 30.0)
    project.add_documents(
        [ImportedDocument("typed", TYPED, "night.wav", "transcribed", turns=turns)]
    )


def _times(project: Project) -> list[tuple[float | None, float | None]]:
    return [(c.time_start, c.time_end) for c in project.timeline(project.document("typed")).cues]


def test_changing_a_mark_changes_the_times(project: Project) -> None:
    _typed(project)
    typed = project.document("typed")
    told = TYPED.index("told us")
    coding = project.apply_code(typed, "Silence", told, told + 7, create=True)
    assert coding is not None
    assert project.passage_times([coding])[coding.id] == (10.0, 20.0)
    mark = TYPED.index("[00:00:10]")
    project.edit_text(typed, mark, mark + len("[00:00:10]"), "[00:00:12]")
    assert _times(project) == [(0.0, 12.0), (12.0, 20.0), (20.0, 30.0)]
    (moved,) = project.codings(document=project.document("typed"))
    assert project.passage_times([moved])[moved.id] == (12.0, 20.0)
    project.undo()
    assert _times(project) == [(0.0, 10.0), (10.0, 20.0), (20.0, 30.0)]


def test_a_new_mark_makes_a_new_cue_and_other_edits_keep_the_times(project: Project) -> None:
    _typed(project)
    typed = project.document("typed")
    at = TYPED.index("at night")
    project.edit_text(typed, at, at, "late ")  # words only: the cues move with the text
    assert _times(project) == [(0.0, 10.0), (10.0, 20.0), (20.0, 30.0)]
    text = project.text(project.document("typed"))
    first = project.timeline(typed).cues[0]
    assert text[first.start : first.end].endswith("late at night.")
    phone = text.index("They took")
    project.edit_text(project.document("typed"), phone, phone, "[00:00:25] ")
    assert _times(project) == [(0.0, 10.0), (10.0, 20.0), (20.0, 25.0), (25.0, 30.0)]


def test_a_subtitle_transcript_is_not_retimed_by_its_text(tmp_path: Path) -> None:
    vtt = tmp_path / "night.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nSee [00:00:09] on the tape.\n\n"
        "00:00:03.000 --> 00:00:04.000\nNobody told us.\n",
        encoding="utf-8",
    )
    with Project.create(tmp_path / "study.qcode", coder="Amina") as project:
        (night,) = project.import_files([vtt])
        mark = project.text(night).index("[00:00:09]")
        project.edit_text(night, mark, mark + len("[00:00:09]"), "[00:00:07]")
        cues = project.timeline(project.document("night")).cues
        assert [(c.time_start, c.time_end) for c in cues] == [(1.0, 2.0), (3.0, 4.0)]
