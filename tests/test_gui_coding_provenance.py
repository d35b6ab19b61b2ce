"""How a coding was made, in the app: accepting a suggestion in the
Suggestions panel keeps it with the coding, the text's tooltip says so,
and one undo takes both away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.coding.document_view import DocumentView
from qcode.gui.session import Session
from qcode.gui.suggestions.panel import SuggestionsPanel
from qcode.settings import Settings
from tests.test_gui_suggestions import (
    BLACKLIST,
    CAMERA,
    LIU,
    Corpus,
    click_row,
    make_panel,
    row_of,
    show,
    span,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def session(project: Project, tmp_path: Path) -> Session:
    return Session(project, Settings(tmp_path / "settings"))


@pytest.fixture
def corpus(project: Project) -> Corpus:
    return Corpus(project)


@pytest.fixture
def panel(qtbot: QtBot, session: Session, corpus: Corpus) -> Iterator[SuggestionsPanel]:
    made = make_panel(qtbot, session)
    show(qtbot, session, made, corpus.liu)
    yield made
    made.shutdown()


def test_accepting_in_the_panel_keeps_the_suggestion_with_the_coding(
    qtbot: QtBot, panel: SuggestionsPanel, session: Session, corpus: Corpus, project: Project
) -> None:
    view = DocumentView(session)
    qtbot.addWidget(view)
    row = row_of(panel, CAMERA, "Surveillance")
    shown = panel.rows()[row]
    click_row(qtbot, panel, row)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    (coding,) = [
        c for c in project.codings(document=corpus.liu) if c.code_id == corpus.surveillance.id
    ]
    assert (coding.start, coding.end) == span(LIU, CAMERA)
    origin = project.coding_origins()[coding.id]
    assert (origin.source, origin.model_version) == ("suggestion:keywords", None)
    assert origin.confidence == pytest.approx(shown.confidence, abs=0.0005)
    # Hovering the coded text says how it was made; a passage coded by hand does not.
    project.apply_code(corpus.liu, corpus.blacklist, *span(LIU, BLACKLIST))
    # (positions before the text's one emoji count the same in UTF-16)
    on_camera, on_blacklist = coding.start + 3, span(LIU, BLACKLIST)[0] + 3
    qtbot.waitUntil(lambda: len(view.codings_at(on_blacklist)) == 1)
    assert view.tooltip_at(on_camera) == (
        f"Surveillance — Amina — Accepted suggestion (keywords, confidence {shown.confidence:.2f})"
    )
    assert view.tooltip_at(on_blacklist) == "Blacklist — Amina"
    project.undo()  # the hand coding
    project.undo()  # the accepted suggestion: coding and provenance together
    assert project.codings(document=corpus.liu) == []
    assert project.coding_origins() == {}
