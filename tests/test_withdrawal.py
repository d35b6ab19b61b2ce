"""Withdrawal: none of the participant's text is left in the project file
(plain or encrypted) nor in its write-ahead log; the log keeps a record with
counts and no content; backups that still hold their data are named, and
deleted when asked."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from qcode.core.project import Project
from qcode.model import Member
from qcode.store.database import Database
from qcode.store.encryption import export_copy
from tests.evidence_files import Cli, file_bytes

GROUP = (
    "Moderator: Who was there on the bridge?\n"
    "Ana: I was there with my cousin Jorge Almeida 😀.\n"
    "Moderator: And you?\n"
    "Bo: Me too, near the kiosk 𠮷.\n"
    "Ana: We left before the soldiers came.\n"
)
CARLA = (
    "Interviewer: Tell me.\nCarla: The cell in Ribeira was cold.\nInterviewer: Thanks.\nCarla: Bye."
)
# What must be gone, in any form the project could hold it.
ANAS_WORDS = ["my cousin Jorge", "Jorge Almeida", "before the soldiers", "cousin Jorge"]
CARLAS_WORDS = ["The cell in Ribeira", "Ribeira was cold"]
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _freed_pages_not_wiped(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on systems whose SQLite leaves freed pages as they were (this one
    may wipe them by default): the withdrawal must not count on it."""
    connect = Database._connect

    def without_secure_delete(self: Database) -> Any:
        conn = connect(self)
        conn.execute("PRAGMA secure_delete = OFF")
        return conn

    monkeypatch.setattr(Database, "_connect", without_secure_delete)


def _build(path: Path, passphrase: str | None = None) -> None:
    """A project where the withdrawing participants' words are everywhere:
    texts, originals, codings, memos, a case, a link, a past text version,
    a deleted document, an undone edit, and labels."""
    folder = path.parent
    (folder / "Group.txt").write_text(GROUP, encoding="utf-8")
    (folder / "Carla Ribeira.txt").write_text(CARLA, encoding="utf-8")
    with Project.create(path, coder="Amina", passphrase=passphrase) as project:
        group, carla = project.import_files([folder / "Group.txt", folder / "Carla Ribeira.txt"])
        text = project.text(group)
        cousin = text.index("my cousin")
        # A correction inside Ana's turn: the past version holds her words.
        project.edit_text(group, cousin, cousin + len("my cousin"), "my cousin, I think,")
        text = project.text(group)
        ana = project.apply_code(
            group, "Witness", text.index("I was"), text.index("😀"), create=True
        )
        question = text.index("Who was")
        across = project.apply_code(group, "Bridge", question, text.index("I was") + 5, create=True)
        bo = project.apply_code(group, "Kiosk", text.index("near"), text.index(" 𠮷"), create=True)
        assert ana is not None and across is not None and bo is not None
        project.add_memo("coding", ana.id, "Jorge Almeida is the cousin of the witness")
        project.add_memo("document", carla.id, "Ribeira was cold, she said")
        project.apply_code(carla, "Detention", 0, 20, create=True)
        case = project.create_case("Ana (witness)")
        project.assign_to_case(case, [Member(coding_id=ana.id)])
        project.add_memo("case", case.id, "Ana lives near the bridge with Jorge Almeida")
        project.link_codings(ana, bo, memo="Jorge Almeida saw Bo there")
        project.set_participant("Ana", speaker="Ana", quote="no", case=case)
        project.set_participant("Carla", documents=[carla], consent_ref="C-17")
        project.set_participant("Bo", speaker="Bo", quote="yes")
        # A document deleted: the pages its text was in are free, not wiped,
        # and the deletion's change set holds it for undo.
        (folder / "Notes.txt").write_text(GROUP.replace("Moderator", "Notes"), encoding="utf-8")
        (notes,) = project.import_files([folder / "Notes.txt"])
        project.delete_documents([notes])
        project.make_history_permanent()  # its change set goes, its bytes may stay
        # An edit undone: its change set holds Ana's words for redo.
        start = text.index("We left")
        project.edit_text(group, start, start + 7, "We ran")
        project.undo()


def _withdraw_both(path: Path, passphrase: str | None = None) -> list[str]:
    with Project.open(path, passphrase=passphrase, coder="Amina") as project:
        uuids = []
        for name in ("Ana", "Carla"):
            report = project.withdraw(project.participant(name))
            uuids.append(report.participant_uuid)
        assert [p.name for p in project.participants()] == ["Bo"]
        (group,) = project.documents()
        assert (
            project.text(group)
            == GROUP.replace("Ana: I was there with my cousin Jorge Almeida 😀.", "[withdrawn]")
            .replace("Ana: We left before the soldiers came.", "[withdrawn]")
            .rstrip()
        )
        codebook = project.codebook()
        kept = {
            codebook.path(s.coding.code_id): s.text for s in project.segments(project.codings())
        }
        assert kept == {"Bridge": "Who was there on the bridge?\n", "Kiosk": "near the kiosk"}
        assert project.memos() == [] and project.cases() == []
        assert project.links() == []
        assert project.verify().problems == []
        with pytest.raises(Exception, match="nothing to undo"):
            project.undo()
        if passphrase is None:  # sealed at once, not only when the project is closed
            _assert_gone(file_bytes(path))
    return uuids


def _assert_gone(data: bytes) -> None:
    for words in [*ANAS_WORDS, *CARLAS_WORDS]:
        assert words.encode("utf-8") not in data, words


def test_withdrawal_leaves_no_text_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "study.qcode"
    _build(path)
    assert b"Jorge Almeida" in file_bytes(path)  # the test can see it before
    uuids = _withdraw_both(path)
    _assert_gone(file_bytes(path))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        log = conn.execute("SELECT kind, label, state FROM history ORDER BY seq").fetchall()
    finally:
        conn.close()
    records = [(label, state) for kind, label, state in log if kind == "withdraw"]
    assert [state for _label, state in records] == ["permanent", "permanent"]
    assert uuids[0] in records[0][0] and "2 turns in 1 shared document" in records[0][0]
    assert uuids[1] in records[1][0] and "1 document, " in records[1][0]
    labels = " ".join(label for _kind, label, _state in log)
    assert "Ana" not in labels and "Carla" not in labels
    assert all(state in ("permanent", "dropped", "logged") for _k, _l, state in log)


def test_withdrawal_from_an_encrypted_project(tmp_path: Path) -> None:
    path = tmp_path / "secret.qcode"
    _build(path, PASSPHRASE)
    _withdraw_both(path, PASSPHRASE)
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # Decrypted, page by page as SQLCipher exports it, none of it is there,
    # and the file has no freed page that could hold it.
    plain = tmp_path / "plain.qcode"
    export_copy(path, PASSPHRASE, plain, None)
    _assert_gone(plain.read_bytes())
    with Project.open(path, passphrase=PASSPHRASE, read_only=True) as project:
        assert project.verify().problems == []
    from qcode.store import cipher

    conn = cipher.connect(path, PASSPHRASE, read_only=True)
    try:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    finally:
        conn.close()


def test_the_command_line_asks_first_and_handles_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys)
    path = tmp_path / "study.qcode"
    _build(path)
    with Project.open(path) as project:  # backups qcode writes: before a migration, a merge
        project.backup_to(path.with_name(path.name + ".v5.bak"))
        project.backup_to(tmp_path / "study.before-merge-20260101-120000.qcode")
    before = path.read_bytes()
    assert "add --yes" in cli.error("withdraw", path, "Ana")
    assert "no participant 'Zed'" in cli.error("withdraw", path, "Zed", "--yes")
    assert path.read_bytes() == before
    _out, err = cli("withdraw", path, "Ana", "--yes")
    assert "withdrawn: 0 documents, 2 turns in 1 shared document" in err
    assert "these backups still hold their data: study.before-merge-20260101-120000.qcode" in err
    report = cli.json("withdraw", path, "Carla", "--yes", "--delete-backups")
    assert sorted(Path(p).name for p in report["backups_deleted"]) == [
        "study.before-merge-20260101-120000.qcode",
        "study.qcode.v5.bak",
    ]
    assert not path.with_name(path.name + ".v5.bak").exists()
    assert report["documents"] == 1 and report["originals"] == 1
    log = cli.json("log", path)
    assert log[-1]["state"] == "logged" and "deleted 2 backups" in log[-1]["label"]
    _assert_gone(file_bytes(path))
