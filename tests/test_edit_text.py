"""Correcting a transcript after coding: codings, turns, memos and rejected
suggestions follow the text; undo and redo restore every row exactly; past
versions are kept and shown."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from qcode.core.project import Project
from qcode.core.text_edits import follow
from qcode.io.base import ImportedDocument
from qcode.io.speakers import detect_speaker_turns
from qcode.model import Coding, Document
from qcode.store import suggestions
from tests.evidence_files import Cli

TEXT = (
    "Interviewer: 𠮷 said hello.\n"
    "Witness: I saw 😀 Zhang Wei at the station on Monday.\n"
    "Interviewer: Thanks 😀.\n"
    "Witness: Bye 𠮷."
)
OLD, NEW = "Zhang Wei", "Zhang Wen 张伟"

# name → the text it codes before the edit
CODED = {
    "before": "𠮷 said hello",
    "touching before": "I saw 😀 ",
    "contains": "I saw 😀 Zhang Wei at the station",
    "exact": "Zhang Wei",
    "within": "Wei",
    "cut at its end": "😀 Zhang",
    "cut at its start": "Wei at the",
    "touching after": " at the station",
    "after": "station on Monday",
}


def _span(text: str, piece: str, after: int = 0) -> tuple[int, int]:
    start = text.index(piece, after)
    return start, start + len(piece)


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the log and the counter of changes, which
    undo moves on like any write (compared whole across undo)."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                "('history', 'sqlite_sequence', 'coding_state') ORDER BY name"
            )
        ]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        conn.close()


@pytest.fixture
def coded(tmp_path: Path) -> tuple[Project, Document, dict[str, Coding]]:
    project = Project.create(tmp_path / "p.qcode", coder="Amina")
    turns = detect_speaker_turns(TEXT)
    (document,) = project.add_documents([ImportedDocument("W", TEXT, "w.txt", "text", turns)])
    codings = {}
    for name, piece in CODED.items():
        after = TEXT.index("I saw") if name != "before" else 0
        start, end = _span(TEXT, piece, after)
        coding = project.apply_code(document, name, start, end, create=True)
        assert coding is not None
        codings[name] = coding
    project.add_memo("coding", codings["exact"].id, "the name as heard")
    project.reject_suggestion(document, project.code("after"), *_span(TEXT, "Monday"))
    yield project, document, codings
    project.close()


def _texts(project: Project, document: Document) -> dict[str, str]:
    text = project.text(document)
    codebook = project.codebook()
    return {codebook.path(c.code_id): text[c.start : c.end] for c in project.codings()}


def test_every_coding_follows_the_text(coded: tuple[Project, Document, dict[str, Coding]]) -> None:
    project, document, codings = coded
    start, end = _span(TEXT, OLD)
    result = project.edit_text(document, start, end, NEW)
    text = project.text(document)
    assert text == TEXT.replace(OLD, NEW)
    assert _texts(project, document) == {
        "before": "𠮷 said hello",
        "touching before": "I saw 😀 ",
        "contains": f"I saw 😀 {NEW} at the station",
        "exact": NEW,
        "within": NEW,  # its whole text was replaced: it covers the new text
        "cut at its end": "😀 ",  # what remains of it
        "cut at its start": " at the",
        "touching after": " at the station",
        "after": "station on Monday",
    }
    flagged = {codings[n].id for n in ("exact", "within", "cut at its end", "cut at its start")}
    assert set(result.flagged) == flagged == set(project.changed_codings())
    flag = project.changed_codings()[codings["cut at its end"].id]
    assert (flag.old_start, flag.old_end, flag.version) == (*_span(TEXT, "😀 Zhang"), 2)
    assert result.version == 2 and not result.dropped
    assert (result.shifted, result.resized) == (2, 1)
    # The memo stays on its coding; the rejection moved with its text.
    (memo,) = project.memos()
    assert memo.coding_id == codings["exact"].id
    (span,) = suggestions.rejections(project.conn, document.id)
    assert text[span.start : span.end] == "Monday"
    # Speaker turns: the one edited grew, the later ones moved.
    turns = project.speaker_turns(project.document(document.id))
    assert [text[t.start : t.end] for t in turns] == [line for line in text.split("\n") if line]
    assert project.document(document.id).length == len(text)


def test_undo_restores_every_row_and_redo_reapplies(
    coded: tuple[Project, Document, dict[str, Coding]],
) -> None:
    project, document, _codings = coded
    before = _dump(project.path)
    project.edit_text(document, *_span(TEXT, OLD), NEW)
    after = _dump(project.path)
    assert after != before
    assert project.undo() == "correct the text of 'W'"
    assert _dump(project.path) == before
    project.redo()
    assert _dump(project.path) == after


def test_a_deletion_removes_codings_with_nothing_left_and_undo_brings_them_back(
    coded: tuple[Project, Document, dict[str, Coding]],
) -> None:
    project, document, codings = coded
    before = _dump(project.path)
    start, end = _span(TEXT, " Zhang Wei")
    result = project.edit_text(document, start, end, "")
    assert sorted(c.code_id for c in result.dropped) == sorted(
        codings[n].code_id for n in ("exact", "within")
    )
    assert result.memos_dropped == 1 and project.memos() == []
    texts = _texts(project, document)
    assert texts["contains"] == "I saw 😀 at the station"
    assert texts["cut at its end"] == "😀"
    assert texts["cut at its start"] == " at the"
    assert "exact" not in texts and "within" not in texts
    project.undo()
    assert _dump(project.path) == before


def test_insertions_at_and_inside_a_coding(
    coded: tuple[Project, Document, dict[str, Coding]],
) -> None:
    project, document, _codings = coded
    at = TEXT.index("Zhang")  # where "exact" starts and "touching before" ends
    project.edit_text(document, at, at, "Mr ")
    texts = _texts(project, document)
    assert texts["exact"] == "Zhang Wei"  # an insertion at a start goes before it
    assert texts["touching before"] == "I saw 😀 "  # and after an end
    assert texts["contains"] == "I saw 😀 Mr Zhang Wei at the station"  # inside: it grows
    assert project.changed_codings() == {}


@pytest.mark.parametrize(
    ("span", "edit", "drop", "expected"),
    [
        ((0, 5), (5, 9, 1), False, (0, 5, False)),  # before, touching
        ((9, 12), (5, 9, 1), False, (6, 9, False)),  # after, touching: shifted by -3
        ((2, 12), (5, 9, 0), False, (2, 8, False)),  # contains: shrinks
        ((5, 9), (5, 9, 2), False, (5, 7, True)),  # exactly replaced: covers the new text
        ((5, 9), (5, 9, 0), False, None),  # exactly deleted
        ((6, 8), (5, 9, 3), False, (5, 8, True)),  # within, replaced
        ((6, 8), (5, 9, 3), True, None),  # within, withdrawn
        ((3, 7), (5, 9, 2), False, (3, 5, True)),  # cut at its end
        ((7, 12), (5, 9, 2), False, (7, 10, True)),  # cut at its start: [5+2, 12-2)
        ((3, 7), (5, 5, 4), False, (3, 11, False)),  # an insertion inside: grows
        ((5, 7), (5, 5, 4), False, (9, 11, False)),  # an insertion at its start: shifted
    ],
)
def test_follow(
    span: tuple[int, int],
    edit: tuple[int, int, int],
    drop: bool,
    expected: tuple[int, int, bool] | None,
) -> None:
    assert follow(span, *edit, drop_within=drop) == expected


def test_versions_are_kept_and_shown_exactly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys)
    path = tmp_path / "p.qcode"
    source = tmp_path / "W.txt"
    source.write_bytes(TEXT.replace("\n", "\r\n").encode())
    cli("new", path)
    cli("import", path, source, "--coder", "Amina")
    start, end = _span(TEXT, OLD)
    _out, err = cli("edit-text", path, "W", start, end, NEW, "--coder", "Bo")
    assert "'W' is now version 2" in err
    second = TEXT.replace(OLD, NEW)
    at = second.index("Monday")
    cli("edit-text", path, "W", at, at + len("Monday"), "Tuesday\r\nor so", "--coder", "Bo")
    third = second.replace("Monday", "Tuesday\nor so")  # CRLF stored as LF, like imports
    out, _err = cli("text", path, "W")
    assert out == third
    for version, expected in ((1, TEXT), (2, second), (3, third)):
        out, _err = cli("text", path, "W", "--version", version)
        assert out == expected
    versions = cli.json("versions", path, "W")
    assert [(v["version"], v["coder"]) for v in versions] == [(1, "Amina"), (2, "Bo"), (3, "Bo")]
    assert versions[1]["removed"] == OLD and versions[1]["inserted"] == NEW
    assert versions[1]["start"] == start and versions[2]["length"] == len(third)
    out, _err = cli("versions", path, "W")
    assert "'Zhang Wei' → 'Zhang Wen 张伟'" in out
    assert "version 4" in cli.error("text", path, "W", "--version", 4)
    assert cli.json("verify", path) == []
    # The original file is never touched by edits.
    cli("source", path, "W", tmp_path / "back.txt")
    assert (tmp_path / "back.txt").read_bytes() == source.read_bytes()


def test_segments_changed_and_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli = Cli(capsys)
    path = tmp_path / "p.qcode"
    with Project.create(path, coder="Amina") as project:
        turns = detect_speaker_turns(TEXT)
        (document,) = project.add_documents([ImportedDocument("W", TEXT, "w", "text", turns)])
        project.apply_code(document, "Name", *_span(TEXT, "😀 Zhang"), create=True)
        project.apply_code(document, "Place", *_span(TEXT, "station"), create=True)
    start, end = _span(TEXT, OLD)
    cli("edit-text", path, "W", start, end, NEW)
    (changed,) = cli.json("segments", path, "--changed")
    assert changed["code"] == "Name" and changed["text"] == "😀 "
    old_start, old_end = _span(TEXT, "😀 Zhang")
    assert changed["changed"] == {"version": 2, "start": old_start, "end": old_end}
    assert len(cli.json("segments", path)) == 2
    cli("reviewed", path, changed["id"])
    assert cli.json("segments", path, "--changed") == []
    cli("undo", path)
    assert len(cli.json("segments", path, "--changed")) == 1


def test_refusals_are_one_line_and_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys)
    path = tmp_path / "p.qcode"
    with Project.create(path) as project:
        project.add_documents([ImportedDocument("W", TEXT, "w", "text")])
    before = path.read_bytes()
    length = len(TEXT)
    assert "is after END" in cli.error("edit-text", path, "W", 5, 4, "x")
    assert "past the end of 'W'" in cli.error("edit-text", path, "W", 0, length + 1, "x")
    assert "nothing to change" in cli.error("edit-text", path, "W", 0, 11, "Interviewer")
    assert "nothing to change" in cli.error("edit-text", path, "W", 3, 3, "")
    assert "control character (U+0000)" in cli.error("edit-text", path, "W", 0, 1, "a\x00b")
    assert "no text left" in cli.error("edit-text", path, "W", 0, length, " ")
    assert "is not a position" in cli.error("edit-text", path, "W", "-1", 2, "x")
    assert "no document 'V'" in cli.error("edit-text", path, "V", 0, 1, "x")
    assert "not a version number" in cli.error("text", path, "W", "--version", "0")
    assert path.read_bytes() == before


def test_a_redaction_is_a_version_that_erases_the_ones_before(tmp_path: Path) -> None:
    path = tmp_path / "p.qcode"
    source = tmp_path / "W.txt"
    source.write_text(TEXT, encoding="utf-8")
    with Project.create(path) as project:
        (document,) = project.import_files([source])
        project.edit_text(document, *_span(TEXT, "Monday"), "Tuesday")
        project.set_pseudonym("Zhang Wei", "Respondent 1")
        project.redact_documents([document])
        versions = project.text_versions(document)
        assert [v.version for v in versions] == [1, 2, 3]
        assert [v.edit_kept for v in versions] == [True, False, False]
        assert "Respondent 1" in project.text_at(document, 3)
        with pytest.raises(Exception, match="erased the versions before it"):
            project.text_at(document, 2)
        original = project.original(document)
        assert original is not None and not original.kept  # it held the name too
        assert project.verify().problems == []
    # The pseudonym table keeps the name; nothing keeps it in its context.
    assert b"Zhang Wei at the station" not in path.read_bytes()
