"""Permanent redaction: the pseudonym table applied to the project's own text,
undoable while the project is open, and gone for good (bytes included) once
it is closed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from qcode.cli import main
from qcode.core.project import Project
from qcode.core.pseudonymise import Pseudonymiser
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument
from qcode.model import SpeakerTurn
from qcode.store import suggestions
from qcode.store.redaction import purge_redactions

PASSPHRASE = "correct horse battery staple"
LINE_1 = "Zhang Wei: 我叫张伟，住在荣成。𠮷😀 Zhang Wei was arrested in Rongcheng.\n"
LINE_2 = "Interviewer: Did ZHANG  Wei call you?\n"
TEXT = LINE_1 + LINE_2
# Written out by hand: what the stored text must become.
NEW_1 = "Respondent 3: 我叫受访者3，住在B市。𠮷😀 Respondent 3 was arrested in City B.\n"
NEW_2 = "Interviewer: Did Respondent 3 call you?\n"
NEW_TEXT = NEW_1 + NEW_2
TABLE = [
    ("Zhang Wei", "Respondent 3"),
    ("张伟", "受访者3"),
    ("Rongcheng", "City B"),
    ("荣成", "B市"),
]
# Passages of the original that must not survive anywhere in the file.
ORIGINAL_PASSAGES = [
    "我叫张伟",
    "住在荣成",
    "Zhang Wei was arrested",
    "in Rongcheng.",
    "Did ZHANG  Wei",
    "Interview Zhang Wei",
    "zhang wei.txt",
    "village is Rongcheng",
    "张伟很害怕",
]


def build(path: Path, passphrase: str | None = None) -> Project:
    project = Project.create(path, coder="Amina", passphrase=passphrase)
    turns = [
        SpeakerTurn("Zhang Wei", 0, len(LINE_1)),
        SpeakerTurn("Interviewer", len(LINE_1), len(TEXT)),
    ]
    [document] = project.add_documents(
        [ImportedDocument("Interview Zhang Wei", TEXT, "zhang wei.txt", "text", turns)],
        {"village": "Rongcheng", "age": 34},
    )
    spans = {
        "arrest": "Wei was arrested",  # begins inside "Zhang Wei"
        "home": "住在荣成。𠮷😀",
        "contact": "call you?",
        "name": "Zhang",  # inside "Zhang Wei" at both ends
    }
    for code, passage in spans.items():
        start = TEXT.index(passage)
        project.apply_code(document, code, start, start + len(passage), create=True)
    arrest = project.codings(code=project.code("arrest"))[0]
    project.add_memo("coding", arrest.id, "张伟很害怕", title="Zhang Wei")
    project.add_memo("document", document.id, "Zhang Wei's village is Rongcheng")
    start = TEXT.index("荣成")
    project.reject_suggestion(document, project.code("home"), start, start + 2)
    for original, replacement in TABLE:
        project.set_pseudonym(original, replacement)
    return project


def coded(project: Project) -> dict[str, str]:
    codebook = project.codebook()
    return {codebook.path(s.coding.code_id): s.text for s in project.segments(project.codings())}


def file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def snapshot(project: Project) -> Any:
    documents = project.documents()
    return (
        [(d.name, d.length, d.sha256, d.source_name, d.speakers, d.attributes) for d in documents],
        [project.text(d) for d in documents],
        [(c.id, c.code_id, c.start, c.end) for c in project.codings()],
        [project.speaker_turns(d) for d in documents],
        [(m.id, m.title, m.text) for m in project.memos()],
        suggestions.rejections(project.conn),
    )


def test_identifiers_are_replaced_and_everything_follows(tmp_path: Path) -> None:
    with build(tmp_path / "study.qcode") as project:
        [document] = project.documents()
        [result] = project.redact_documents([document])
        [after] = project.documents()
        assert project.text(after) == NEW_TEXT
        assert (after.name, after.length, after.source_name) == (
            "Interview Respondent 3",
            len(NEW_TEXT),
            "Respondent 3.txt",
        )
        assert after.speakers == ("Respondent 3", "Interviewer")
        assert after.attributes == {"village": "City B", "age": 34}
        # Each coding covers the pseudonymised passage it coded, whole replacements only.
        assert coded(project) == {
            "arrest": "Respondent 3 was arrested",
            "home": "住在B市。𠮷😀",
            "contact": "call you?",
            "name": "Respondent 3",
        }
        assert [(t.speaker, t.start, t.end) for t in project.speaker_turns(after)] == [
            ("Respondent 3", 0, len(NEW_1)),
            ("Interviewer", len(NEW_1), len(NEW_TEXT)),
        ]
        start = NEW_TEXT.index("B市")
        assert suggestions.rejections(project.conn) == [
            (after.id, project.code("home").id, start, start + 2)
        ]
        assert sorted((m.title, m.text) for m in project.memos()) == [
            ("", "Respondent 3's village is City B"),
            ("Respondent 3", "受访者3很害怕"),
        ]
        # "Zhang Wei" 3 times, 张伟, 荣成, Rongcheng; all four codings moved.
        assert (result.name, result.replacements, result.codings_moved) == (
            "Interview Respondent 3",
            6,
            4,
        )
        assert project.undo_label() == "redact 1 document"
        assert project.history()[-1].kind == "redact"


def test_undo_before_closing_restores_everything(tmp_path: Path) -> None:
    with build(tmp_path / "study.qcode") as project:
        before = snapshot(project)
        project.redact_documents(project.documents())
        redacted = snapshot(project)
        assert redacted != before
        assert project.undo() == "redact 1 document"
        assert snapshot(project) == before
        assert project.text(project.documents()[0]) == TEXT
        project.redo()
        assert snapshot(project) == redacted


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE])
def test_closing_makes_it_permanent_and_erases_the_original(
    tmp_path: Path, passphrase: str | None
) -> None:
    path = tmp_path / "study.qcode"
    project = build(path, passphrase)
    project.redact_documents(project.documents())
    project.apply_code(project.documents()[0], "later", 0, 3, create=True)
    if passphrase is None:  # the original is really in the file until then
        assert all(p.encode() in file_bytes(path) for p in ORIGINAL_PASSAGES[:4])
    project.close()

    if passphrase is None:
        data = file_bytes(path)
        assert [p for p in ORIGINAL_PASSAGES if p.encode() in data] == []
    with Project.open(path, passphrase=passphrase, coder="Amina") as reopened:
        table = Pseudonymiser.of(reopened)
        documents = reopened.documents()
        assert [table.leaks(reopened.text(d)) for d in documents] == [[]]
        assert [table.leaks(m.title + " " + m.text) for m in reopened.memos()] == [[], []]
        # The edit made after the redaction can still be undone; the redaction cannot.
        assert reopened.undo() == "apply 'later'"
        assert reopened.undo_label() is None
        assert reopened.text(documents[0]) == NEW_TEXT
        log = reopened.history()
        redaction = next(e for e in log if e.kind == "redact")
        assert (redaction.label, redaction.coder, redaction.state) == (
            "redact 1 document",
            "Amina",
            "permanent",
        )
        assert redaction.created_at
        # Earlier labels named the document: they now name its replacement.
        assert "import 'Interview Respondent 3'" in [e.label for e in log]
        assert not any(table.leaks(e.label) for e in log)


def test_purging_leaves_nothing_in_the_file_nor_in_its_write_ahead_log(tmp_path: Path) -> None:
    path = tmp_path / "study.qcode"
    with build(path) as project:
        project.redact_documents(project.documents())
        wal = path.with_name(path.name + "-wal")
        assert "我叫张伟".encode() in file_bytes(path)
        relabel = Pseudonymiser.of(project).replace  # labels named the document
        assert purge_redactions(project.conn, relabel) == 1
        # Still open: the log is emptied, not just deleted on closing.
        assert not wal.exists() or wal.stat().st_size == 0
        data = file_bytes(path)
        assert [p for p in ORIGINAL_PASSAGES if p.encode() in data] == []
        assert project.undo_label() is None
        assert purge_redactions(project.conn) == 0  # nothing left to purge


def test_a_redaction_undone_before_closing_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "study.qcode"
    with build(path) as project:
        project.redact_documents(project.documents())
        project.undo()
    with Project.open(path, coder="Amina") as reopened:
        assert reopened.text(reopened.documents()[0]) == TEXT
        assert reopened.redo_label() is None
        assert [e.state for e in reopened.history() if e.kind == "redact"] == ["dropped"]
        assert reopened.undo_label() == "set a pseudonym (→ B市)"  # earlier edits still undo


def test_a_session_that_ended_without_closing_is_sealed_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "study.qcode"
    crashed = tmp_path / "crash" / "study.qcode"
    crashed.parent.mkdir()
    with build(path) as project:
        project.redact_documents(project.documents())
        # The files as a crash would leave them: the project never closed.
        for end in ("", "-wal"):
            shutil.copyfile(path.with_name(path.name + end), crashed.with_name(crashed.name + end))
    with Project.open(crashed, coder="Amina") as reopened:
        assert reopened.undo_label() is None
        assert reopened.text(reopened.documents()[0]) == NEW_TEXT
        data = file_bytes(crashed)
        assert [p for p in ORIGINAL_PASSAGES if p.encode() in data] == []


def test_a_replacement_that_forms_an_identifier_is_replaced_too(project: Project) -> None:
    [document] = project.add_documents([ImportedDocument("Notes", "他说张伟乙来了。", "n", "text")])
    project.apply_code(document, "who", 2, 4, create=True)  # 张伟
    project.set_pseudonym("张伟", "甲")
    project.set_pseudonym("甲乙", "丙")
    [result] = project.redact_documents([document])
    assert project.text(document.id) == "他说丙来了。"
    assert coded(project) == {"who": "丙"}
    assert result.replacements == 2


def test_refusals_change_nothing(project: Project) -> None:
    [document] = project.add_documents([ImportedDocument("Notes", "Nothing to see.", "n", "text")])
    with pytest.raises(QcodeError, match="the pseudonym table is empty"):
        project.redact_documents([document])
    project.set_pseudonym("Zhang Wei", "Respondent 3")
    entries = len(project.history())
    with pytest.raises(QcodeError, match=r"^nothing to redact"):
        project.redact_documents([document])
    with pytest.raises(QcodeError, match="no documents to redact"):
        project.redact_documents([])
    assert len(project.history()) == entries
    assert project.text(document) == "Nothing to see."


def test_a_new_name_never_takes_another_documents_name(project: Project) -> None:
    project.add_documents(
        [
            ImportedDocument("Zhang Wei", "Zhang Wei spoke.", "a", "text"),
            ImportedDocument("Respondent 3", "Someone else.", "b", "text"),
        ]
    )
    project.set_pseudonym("Zhang Wei", "Respondent 3")
    project.redact_documents(project.documents())
    assert sorted(d.name for d in project.documents()) == ["Respondent 3", "Respondent 3 (2)"]


# -- the command line -----------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str | Path, status: int = 0) -> tuple[str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == status, err
    assert "Traceback" not in err
    return out, err


def test_cli_redacts_for_good_and_warns_about_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "study.qcode"
    build(path).close()
    (tmp_path / "study.qcode.v3.bak").write_bytes(b"old")
    (tmp_path / "study.before-merge-20240101-120000.qcode").write_bytes(b"old")

    out, err = run(capsys, "redact", path, "Interview Zhang Wei", "--yes", "--coder", "Amina")
    assert out == ""
    lines = err.splitlines()
    assert lines[:2] == [
        "'Interview Respondent 3': 6 identifiers replaced in the text, 4 codings moved, "
        "6 names, speakers, attributes or memos rewritten",
        "redacted 1 document; this cannot be undone",
    ]
    assert lines[2] == (
        "warning: these backups still hold the original text: "
        "study.before-merge-20240101-120000.qcode, study.qcode.v3.bak; "
        "delete them if the project must never hold it"
    )
    assert "Zhang" not in err
    out, _ = run(capsys, "text", path, "Interview Respondent 3")
    assert out == NEW_TEXT
    _, err = run(capsys, "undo", path, status=1)
    assert err.strip() == "qcode: error: nothing to undo"
    out, _ = run(capsys, "log", path, "--json")
    assert [(e["kind"], e["state"]) for e in json.loads(out) if e["kind"] == "redact"] == [
        ("redact", "permanent")
    ]
    assert [p for p in ORIGINAL_PASSAGES if p.encode() in file_bytes(path)] == []


def test_cli_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "study.qcode"
    build(path).close()
    _, err = run(capsys, "redact", path, "--all", status=1)
    assert err == "qcode: error: redaction is permanent once the project is closed: add --yes\n"
    _, err = run(capsys, "redact", path, "--yes", status=1)
    assert "name the documents to redact, or give --all" in err
    _, err = run(capsys, "redact", path, "Interview Zhang Wei", "--all", "--yes", status=1)
    assert "name the documents to redact, or give --all" in err
    _, err = run(capsys, "redact", path, "No such document", "--yes", status=1)
    assert "no document 'No such document'" in err
    out, _ = run(capsys, "text", path, "Interview Zhang Wei")
    assert out == TEXT  # nothing was redacted
    out, err = run(capsys, "redact", path, "--all", "--yes", "--json")
    assert [(r["name"], r["replacements"]) for r in json.loads(out)] == [
        ("Interview Respondent 3", 6)
    ]
    _, err = run(capsys, "redact", path, "--all", "--yes", status=1)
    assert err.startswith("qcode: error: nothing to redact")
