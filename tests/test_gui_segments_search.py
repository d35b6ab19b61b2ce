"""The search panel and the coded-segments panel, driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.coding import search_panel as search_panel_module
from qcode.gui.coding.search_panel import SearchPanel
from qcode.gui.coding.segments_panel import SegmentsPanel
from qcode.gui.session import Session
from qcode.io.base import ImportedDocument
from qcode.model import Code, Codebook, Document
from qcode.settings import Settings

pytestmark = pytest.mark.gui

LIU = "Interviewer: what happened?\nLiu: 😀 the notice came. 𠮷 Then a second notice.\n"
WANG = "Wang: 社会诚信体系 and a Notice on the wall.\nNo one read it."


def add(project: Project, name: str, text: str) -> Document:
    (document,) = project.add_documents([ImportedDocument(name, text, f"{name}.txt", "text")])
    return document


@pytest.fixture
def session(project: Project, tmp_path: Path) -> Session:
    return Session(project, Settings(tmp_path / "settings"))


def column_texts(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def click_row(qtbot, table: QTableView, row: int, column: int = 0) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def record_selections(session: Session) -> list[tuple[str | None, int, int]]:
    seen: list[tuple[str | None, int, int]] = []
    session.selectRequested.connect(
        lambda start, end: seen.append(
            (
                None if session.current_document is None else session.current_document.name,
                start,
                end,
            )
        )
    )
    return seen


# -- search ------------------------------------------------------------------------


@pytest.fixture
def search_panel(qtbot: QtBot, session: Session) -> SearchPanel:
    add(session.project, "Liu", LIU)
    add(session.project, "Wang", WANG)
    panel = SearchPanel(session)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def search_for(qtbot, panel: SearchPanel, text: str) -> None:
    panel.query.clear()
    if text.isascii():
        qtbot.keyClicks(panel.query, text)
    else:  # QTest can only type Latin-1; an input method would type the rest
        panel.query.setText(text)
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)


def test_search_lists_hits_in_context_with_counts(qtbot: QtBot, search_panel: SearchPanel) -> None:
    search_for(qtbot, search_panel, "notice")
    assert search_panel.count.text() == "3 hits in 2 documents"
    table = search_panel.table
    assert column_texts(table, 0) == ["Liu", "Liu", "Wang"]
    assert column_texts(table, 1) == [
        "Liu: 😀 the ",
        "Liu: 😀 the notice came. 𠮷 Then a second ",
        "Wang: 社会诚信体系 and a ",
    ]
    assert column_texts(table, 2) == ["notice", "notice", "Notice"]
    assert column_texts(table, 3)[0] == " came. 𠮷 Then a second notice."
    assert column_texts(table, 3)[2] == " on the wall."
    assert table.model().index(0, 2).data(Qt.ItemDataRole.FontRole).bold()
    assert not search_panel.grab().isNull()  # the left-eliding delegate draws

    search_panel.match_case.setChecked(True)
    search_panel.search_button.click()
    assert search_panel.count.text() == "2 hits in 1 document"

    search_for(qtbot, search_panel, "诚信")
    assert search_panel.count.text() == "1 hit in 1 document"
    assert column_texts(table, 1) == ["Wang: 社会"]


def test_bad_regex_is_explained_beside_the_box(qtbot: QtBot, search_panel: SearchPanel) -> None:
    search_panel.regex.setChecked(True)
    search_for(qtbot, search_panel, "notice (")
    assert "regular expression" in search_panel.count.text()
    assert search_panel.table.model().rowCount() == 0
    assert not search_panel.code_all_button.isEnabled()


def test_clicking_a_hit_opens_the_document_with_the_match_selected(
    qtbot: QtBot,
    search_panel: SearchPanel,
    session: Session,
) -> None:
    opened: list[Document | None] = []
    session.currentDocumentChanged.connect(opened.append)
    seen = record_selections(session)
    search_for(qtbot, search_panel, "notice")
    click_row(qtbot, search_panel.table, 1)
    start = LIU.index("second notice") + len("second ")
    assert seen == [("Liu", start, start + 6)]
    assert LIU[start : start + 6] == "notice"
    assert [d.name for d in opened if d] == ["Liu"]

    # Enter on the current row does the same.
    search_panel.table.setFocus()
    search_panel.table.setCurrentIndex(search_panel.model.index(2, 0))
    qtbot.keyClick(search_panel.table, Qt.Key.Key_Return)
    start = WANG.index("Notice")
    assert seen[-1] == ("Wang", start, start + 6)


def test_code_all_results_is_one_step(
    qtbot: QtBot,
    search_panel: SearchPanel,
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = session.project
    code = project.create_code("Notices")
    liu = project.document("Liu")
    first = LIU.index("notice")
    project.apply_code(liu, code, first, first + 6)
    search_for(qtbot, search_panel, "notice")
    asked: list[str] = []

    def fake_pick(
        codebook: Codebook, recent: list[int], parent: object = None, title: str = ""
    ) -> Code:
        asked.append(title)
        return codebook.codes[code.id]

    monkeypatch.setattr(search_panel_module, "pick_code", fake_pick)
    messages: list[str] = []
    session.status.connect(messages.append)
    qtbot.mouseClick(search_panel.code_all_button, Qt.MouseButton.LeftButton)
    assert asked == ["Code all results as…"]
    spans = sorted((c.document_id, c.start, c.end) for c in project.codings(code=code))
    assert spans == sorted((h.document_id, h.start, h.end) for h in search_panel.hits())
    assert messages[-1] == "Coded 2 results as 'Notices' (1 already coded)."
    project.undo()
    assert project.coding_count(code=code) == 1


def test_code_all_without_codes_asks_for_a_code_first(
    qtbot: QtBot,
    search_panel: SearchPanel,
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    search_for(qtbot, search_panel, "notice")
    monkeypatch.setattr(search_panel_module, "pick_code", pytest.fail)
    messages: list[str] = []
    session.status.connect(messages.append)
    search_panel.code_all_button.click()
    assert messages == ["Create a code first, then code the results with it."]
    assert session.project.codings() == []


def test_results_follow_document_changes(
    qtbot: QtBot, search_panel: SearchPanel, session: Session
) -> None:
    search_for(qtbot, search_panel, "notice")
    session.project.rename_document(session.project.document("Wang"), "Wang Wei")
    assert column_texts(search_panel.table, 0) == ["Liu", "Liu", "Wang Wei"]
    add(session.project, "Zhao", "one more notice")
    assert search_panel.count.text() == "4 hits in 3 documents"


def test_focus_search_selects_the_text(qtbot: QtBot, search_panel: SearchPanel) -> None:
    search_panel.query.setText("notice")
    search_panel.activateWindow()
    search_panel.focus_search()
    assert search_panel.query.selectedText() == "notice"


# -- coded segments ----------------------------------------------------------------


@pytest.fixture
def coded(session: Session) -> dict[str, Code]:
    """Harms with sub-codes Public shaming and Travel ban, coded by Amina and Bo."""
    project = session.project
    liu = add(project, "Liu", LIU)
    wang = add(project, "Wang", WANG)
    harms = project.create_code("Harms")
    shaming = project.create_code("Public shaming", harms)
    travel = project.create_code("Travel ban", harms)
    notice = LIU.index("the notice")
    project.apply_code(liu, harms, notice, notice + 10)
    project.apply_code(liu, shaming, notice + 4, notice + 10)
    project.apply_code(wang, shaming, WANG.index("诚信"), WANG.index("诚信") + 2)
    project.apply_code(wang, travel, 0, 4, coder="Bo")
    return {"harms": harms, "shaming": shaming, "travel": travel}


@pytest.fixture
def segments_panel(qtbot: QtBot, session: Session) -> SegmentsPanel:
    panel = SegmentsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_segments_of_a_code_with_and_without_sub_codes(
    segments_panel: SegmentsPanel, coded: dict[str, Code]
) -> None:
    panel = segments_panel
    panel.show_code(coded["shaming"], include_subcodes=False)
    assert panel.header.text() == "Harms/Public shaming — 2 segments in 2 documents"
    assert column_texts(panel.table, 0) == ["Liu", "Wang"]
    assert column_texts(panel.table, 1) == ["Harms/Public shaming"] * 2
    assert column_texts(panel.table, 2) == ["Amina", "Amina"]
    text = column_texts(panel.table, 3)
    assert text[0] == "Liu: 😀 the «notice» came. 𠮷 Then a second notice."
    assert text[1] == "Wang: 社会«诚信»体系 and a Notice on the wall."

    panel.show_code(coded["harms"], include_subcodes=False)
    assert panel.header.text() == "Harms — 1 segment in 1 document"
    assert not panel.include_subcodes.isChecked()
    panel.include_subcodes.click()  # the checkbox brings the sub-codes in
    assert panel.header.text() == "Harms — 4 segments in 2 documents"
    # In document order, then by position in the text.
    assert column_texts(panel.table, 1) == [
        "Harms",
        "Harms/Public shaming",
        "Harms/Travel ban",
        "Harms/Public shaming",
    ]
    assert column_texts(panel.table, 2) == ["Amina", "Amina", "Bo", "Amina"]
    assert not panel.grab().isNull()  # the delegate that emboldens the coded text draws


def test_segments_follow_the_coder_filter(
    segments_panel: SegmentsPanel, coded: dict[str, Code], session: Session
) -> None:
    segments_panel.show_code(coded["harms"], include_subcodes=True)
    session.set_coder_filter("Bo")
    assert column_texts(segments_panel.table, 1) == ["Harms/Travel ban"]
    assert segments_panel.header.text() == "Harms — 1 segment in 1 document (coded by Bo)"
    session.set_coder_filter("Nobody")
    assert segments_panel.table.model().rowCount() == 0
    session.set_coder_filter(None)
    assert segments_panel.table.model().rowCount() == 4


def test_segments_update_live(
    segments_panel: SegmentsPanel, coded: dict[str, Code], session: Session
) -> None:
    project = session.project
    panel = segments_panel
    panel.show_code(coded["shaming"], include_subcodes=False)
    wang = project.document("Wang")
    project.apply_code(wang, coded["shaming"], WANG.index("Notice"), WANG.index("Notice") + 6)
    assert panel.header.text() == "Harms/Public shaming — 3 segments in 2 documents"
    assert column_texts(panel.table, 3)[2] == "Wang: 社会诚信体系 and a «Notice» on the wall."
    project.undo()
    assert panel.table.model().rowCount() == 2

    # A memo on a coding shows its first line.
    (coding,) = project.codings(code=coded["shaming"], document=wang)
    project.add_memo("coding", coding.id, "Shame as a sanction\nsecond line")
    assert column_texts(panel.table, 4) == ["", "Shame as a sanction"]

    # Renaming the parent changes the path; deleting the code clears the list.
    project.update_code(project.code("Harms"), name="Harms and impacts")
    assert column_texts(panel.table, 1)[0] == "Harms and impacts/Public shaming"
    assert panel.header.text().startswith("Harms and impacts/Public shaming — ")
    project.delete_code(project.code("Harms and impacts/Public shaming"))
    assert panel.table.model().rowCount() == 0
    assert panel.code is None


def test_subcode_changes_reach_the_list_only_when_included(
    segments_panel: SegmentsPanel, coded: dict[str, Code], session: Session
) -> None:
    project = session.project
    liu = project.document("Liu")
    segments_panel.show_code(coded["harms"], include_subcodes=True)
    project.apply_code(liu, coded["travel"], 0, 11)
    assert segments_panel.table.model().rowCount() == 5
    project.undo()
    assert segments_panel.table.model().rowCount() == 4


def test_clicking_a_segment_opens_the_document_at_the_span(
    qtbot: QtBot,
    segments_panel: SegmentsPanel,
    coded: dict[str, Code],
    session: Session,
) -> None:
    seen = record_selections(session)
    segments_panel.show_code(coded["shaming"], include_subcodes=False)
    click_row(qtbot, segments_panel.table, 1, column=3)
    start = WANG.index("诚信")
    assert seen == [("Wang", start, start + 2)]
    segments_panel.table.setFocus()
    segments_panel.table.setCurrentIndex(segments_panel.model.index(0, 0))
    qtbot.keyClick(segments_panel.table, Qt.Key.Key_Return)
    notice = LIU.index("notice")
    assert seen[-1] == ("Liu", notice, notice + 6)
    assert session.current_document is not None and session.current_document.name == "Liu"
