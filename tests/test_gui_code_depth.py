"""An older project whose code tree is deeper than the 30 levels new codes
may reach (and deeper than Python's recursion limit) still opens in the app:
the codebook shows every level, and the document view's "Code selection as"
menu reaches the deepest code and applies it."""

from __future__ import annotations

import sqlite3
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.codebook.panel import CodebookPanel
from qcode.gui.codebook.tree import NAME
from qcode.gui.coding.document_view import DocumentView
from qcode.gui.session import Session
from qcode.io.base import ImportedDocument
from qcode.settings import Settings

pytestmark = pytest.mark.gui

LEVELS = 1200  # deeper than Python's default recursion limit of 1000
TEXT = "The police came at night."


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    path = tmp_path / "old.qcode"
    with Project.create(path, coder="Amina") as created:
        created.add_documents([ImportedDocument("Interview 1", TEXT, "i1.txt", "text")])
    # What an older qcode allowed: one chain of codes, written as it stored them.
    with sqlite3.connect(path) as conn:
        parent = None
        for level in range(LEVELS):
            cursor = conn.execute(
                "INSERT INTO codes (uuid, parent_id, name, color, description, keywords, "
                "codable, position, created_at) VALUES (?, ?, ?, '#e6194b', '', '[]', 1, 0, "
                "'2024-01-01T00:00:00+00:00')",
                (str(uuid.uuid4()), parent, f"L{level + 1}"),
            )
            parent = cursor.lastrowid
    conn.close()
    with Project.open(path, coder="Amina") as opened:
        yield opened


@pytest.fixture
def session(project: Project, tmp_path: Path) -> Session:
    return Session(project, Settings(tmp_path / "config"))


def test_the_codebook_shows_every_level(session: Session, qtbot: QtBot) -> None:
    assert sys.getrecursionlimit() < LEVELS
    panel = CodebookPanel(session)
    qtbot.addWidget(panel)
    names = []
    index = QModelIndex()
    while panel.proxy.rowCount(index):
        assert panel.proxy.rowCount(index) == 1
        index = panel.proxy.index(0, NAME, index)
        names.append(index.data())
    assert names == [f"L{level + 1}" for level in range(LEVELS)]


def test_the_code_menu_reaches_the_deepest_code(session: Session, qtbot: QtBot) -> None:
    view = DocumentView(session)
    qtbot.addWidget(view)
    (document,) = session.project.documents()
    session.open_document(document, select=(4, 10))
    menu = view.context_menu(0)
    (apply_menu,) = [a.menu() for a in menu.actions() if a.text() == "Code selection as"]
    names = []
    entries = [a for a in apply_menu.actions() if not a.isSeparator()]
    while True:
        (entry,) = entries  # one code on each level
        names.append(entry.text())
        if entry.menu() is None:  # the deepest code
            break
        # A code with sub-codes is a menu offering the code itself first.
        this_code, *entries = [a for a in entry.menu().actions() if not a.isSeparator()]
        assert this_code.text() == f"{entry.text()} (this code)"
    assert names == [f"L{level + 1}" for level in range(LEVELS)]
    entry.trigger()
    (coding,) = session.project.codings(document=document)
    assert (coding.start, coding.end) == (4, 10)
    assert session.project.codebook().codes[coding.code_id].name == f"L{LEVELS}"
