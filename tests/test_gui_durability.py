"""The app finishes moving an edit into the project file once a reader lets
go (issue 21, defect 7): the ``.qcode`` file alone becomes a complete copy
again within seconds, without the researcher doing anything."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from qcode.core.project import Project
from qcode.gui import session as session_module
from qcode.gui.session import Session
from qcode.io.base import ImportedDocument
from qcode.settings import Settings

TEXT = "Informant: They put my name on the list. Nobody told me why.\n"


def _codings_in_the_file_alone(path: Path) -> int:
    # immutable=1: read the .qcode file itself, ignoring the -wal beside it.
    conn = sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM codings").fetchone()[0])
    finally:
        conn.close()


def test_the_app_retries_a_checkpoint_a_reader_held_up(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session_module, "FLUSH_INTERVAL_MS", 100, raising=False)
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        (document,) = project.add_documents(
            [ImportedDocument("Interview 1", TEXT, "interview-1.txt", "text")]
        )
        harms = project.create_code("Harms")
        session = Session(project, Settings(tmp_path / "config"))
        # `qcode segments` or a suggestion worker, in the middle of a read.
        reader = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        reader.isolation_level = None
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM codings").fetchone()

        assert session.apply_code(harms, (document, 11, 30)) is not None
        qtbot.wait(300)  # a few retries while the reader still reads
        assert _codings_in_the_file_alone(path) == 0  # safe in the -wal meanwhile

        reader.execute("COMMIT")
        qtbot.waitUntil(lambda: _codings_in_the_file_alone(path) == 1, timeout=10_000)
        reader.close()
        session.deleteLater()
