"""Where each coding came from, in the rest of the app: the corroboration
window counts only the codings made the ways chosen ("Codings made"), in
its figures, its quotes and its export, and names each quote's origin; the
Reports window's Coded segments tab has an Origin column; the Query
window's results say how the codings in each passage were made; and
``qcode corroboration --origin`` narrows the table as the other commands do.

The study is coded through the real routes: keyword suggestions accepted
(the app's Accept), codings made by hand, and a search's "code all".  The
expected figures are worked out by hand below, from which passage was
coded how; a suggestion's passage is the text the suggestion showed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from qcode.analysis.search import code_hits, search
from qcode.analysis.segments_report import segment_rows
from qcode.analysis.suggestions import accepting
from qcode.analysis.suggestions.suggester import Suggester
from qcode.core.project import Project
from qcode.gui.findings import corroboration_window
from qcode.gui.findings.corroboration_window import CorroborationWindow
from qcode.gui.findings.framework_window import FrameworkWindow
from qcode.gui.findings.query_window import QueryWindow
from qcode.gui.reports.segments import SegmentsView
from qcode.gui.reports.window import ReportsWindow
from qcode.gui.session import Session
from qcode.io.base import ImportedDocument
from qcode.model import ORIGINS, Member
from qcode.settings import Settings
from tests.findings import stored_state
from tests.test_cli import Run
from tests.test_coding_origin import _as_version

pytestmark = pytest.mark.gui

LIU = "Liu: A camera watched us at the gate. Police watched my door for weeks.\n"
WANG = "Wang: Police watched my home 😀 every day. A camera stood at the corner.\n"
ZHANG = "Zhang: 𠮷 They followed me at night, and I ran.\n"
WATCHED = "Police watched my door"  # Surveillance by hand, graded first-hand (Liu)
GATE = "watched us at the gate"  # Detention by hand, inside Liu's suggested sentence
FOLLOWED = "followed me at night"  # Surveillance by a search's "code all" (Zhang)

HAND, SEARCH, SUGGESTION = "By hand", "Search results coded at once", "Accepted suggestion"
ORIGIN = 10  # the Origin column of the Reports window's Coded segments tab
QUOTE_ORIGIN = 5  # ... of the corroboration window's quotes
HIT_ORIGIN = 4  # ... of the Query window's results


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def build(path: Path) -> dict[str, str]:
    """The study; returns the sentence accepted from a suggestion in each of
    Liu's and Wang's interviews (each names the camera, Surveillance's keyword)."""
    project = Project.create(path, coder="Amina")
    liu, wang, _zhang = project.add_documents(
        [
            ImportedDocument("Liu", LIU, "liu.txt", "text"),
            ImportedDocument("Wang", WANG, "wang.txt", "text"),
            ImportedDocument("Zhang", ZHANG, "zhang.txt", "text"),
        ]
    )
    surveillance = project.create_code("Surveillance", keywords=["camera"])
    project.create_code("Detention")
    accepted = {}
    for document in (liu, wang):
        (suggestion,) = [
            s
            for s in Suggester(project).suggest(document, sources=["keywords"])
            if s.code_id == surveillance.id
        ]
        accepting.accept(project, document, surveillance, suggestion)
        accepted[document.name] = suggestion.text
    hand = project.apply_code(liu, "Surveillance", *span(LIU, WATCHED))
    project.apply_code(liu, "Detention", *span(LIU, GATE))
    code_hits(project, search(project, FOLLOWED), surveillance)
    # First-hand: Liu's hand coding and Wang's accepted suggestion.
    project.add_grade("first-hand witness", first_hand=True)
    (wang_suggested,) = project.codings(document=wang, code=surveillance)
    assert hand is not None
    project.set_grade([hand, wang_suggested], "first-hand witness")
    project.close()
    return accepted


@pytest.fixture
def study(tmp_path: Path) -> Iterator[tuple[Session, dict[str, str]]]:
    path = tmp_path / "study.qcode"
    accepted = build(path)
    project = Project.open(path, coder="Amina")
    yield Session(project, Settings(tmp_path / "settings")), accepted
    project.close()


def column(
    model: QAbstractItemModel, index: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
) -> list[Any]:
    """What a column of ``model`` shows, row by row."""
    return [model.index(row, index).data(role) for row in range(model.rowCount())]


def test_the_study_holds_what_the_tests_expect(study: tuple[Session, dict[str, str]]) -> None:
    session, accepted = study
    project = session.project
    assert accepted == {
        "Liu": "Liu: A camera watched us at the gate.",  # no speaker turns: the line's start
        "Wang": "A camera stood at the corner.",
    }
    made = {(project.text(c.document_id)[c.start : c.end], c.id) for c in project.codings()}
    origins = project.coding_origins()
    kinds = sorted((text, origins[i].kind if i in origins else "hand") for text, i in made)
    assert kinds == sorted(
        [
            (accepted["Liu"], "suggestion"),
            (accepted["Wang"], "suggestion"),
            (WATCHED, "hand"),
            (GATE, "hand"),
            (FOLLOWED, "search"),
        ]
    )


# -- the corroboration window -------------------------------------------------------------


@pytest.fixture
def corroboration(qtbot: QtBot, study: tuple[Session, dict[str, str]]) -> CorroborationWindow:
    session, _accepted = study
    window = CorroborationWindow(session)
    qtbot.addWidget(window)
    window.tick("Surveillance")
    return window


def figures(window: CorroborationWindow) -> list[list[object]]:
    """The allegations table as shown: code, sources, first-hand, contradicted, quotes."""
    model = window.rows_model
    return [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]


def quotes(window: CorroborationWindow) -> list[tuple[str, str]]:
    """(quote, origin) of the chosen allegation's quotes, as shown."""
    window.rows_view.selectRow(0)
    model = window.quotes_model
    return list(zip(column(model, 4), column(model, QUOTE_ORIGIN), strict=True))


def test_corroboration_counts_only_the_codings_made_the_ways_chosen(
    corroboration: CorroborationWindow, study: tuple[Session, dict[str, str]]
) -> None:
    _session, accepted = study
    window = corroboration
    assert window.origins.text() == "Codings made: all"
    # Every coding: three documents are three sources (no cases); Liu's hand
    # coding and Wang's suggestion are graded first-hand; four quotes.
    assert figures(window) == [["Surveillance", 3, 2, 0, 4]]
    assert quotes(window) == [
        (accepted["Liu"], SUGGESTION),
        (WATCHED, HAND),
        (accepted["Wang"], SUGGESTION),
        (FOLLOWED, SEARCH),
    ]
    # Accepted suggestions alone: Liu's and Wang's sentences, one first-hand.
    window.origins.set_chosen([SUGGESTION])
    assert window.chosen_origins() == frozenset({"suggestion"})
    assert figures(window) == [["Surveillance", 2, 1, 0, 2]]
    assert quotes(window) == [(accepted["Liu"], SUGGESTION), (accepted["Wang"], SUGGESTION)]
    row = window.rows()[0]
    assert row.sources == ("document: Liu", "document: Wang")
    # By hand or by a search: Liu (first-hand) and Zhang.
    window.choose_origins("hand", "search")
    assert figures(window) == [["Surveillance", 2, 1, 0, 2]]
    assert window.rows()[0].sources == ("document: Liu", "document: Zhang")
    assert quotes(window) == [(WATCHED, HAND), (FOLLOWED, SEARCH)]
    # No coding made that way: no source, nothing first-hand, no quote.
    window.choose_origins("speaker")
    assert figures(window) == [["Surveillance", 0, 0, 0, 0]]
    window.choose_origins()
    assert figures(window) == [["Surveillance", 3, 2, 0, 4]]


def test_a_quotes_origin_tooltip_names_the_suggestions_source_and_confidence(
    corroboration: CorroborationWindow, study: tuple[Session, dict[str, str]]
) -> None:
    session, _accepted = study
    window = corroboration
    window.rows_view.selectRow(0)
    tips = column(window.quotes_model, QUOTE_ORIGIN, Qt.ItemDataRole.ToolTipRole)
    first = window.quotes_model.rows[0].coding_id
    confidence = session.project.coding_origins()[first].confidence
    assert confidence is not None
    assert tips[0].startswith(f"Accepted suggestion (keywords, confidence {confidence:.2f})")
    assert tips[1] == HAND
    assert window.quotes_model.headerData(QUOTE_ORIGIN, Qt.Orientation.Horizontal) == "Origin"


def test_quote_origins_read_a_stretch_at_a_time_are_each_quotes_own(
    corroboration: CorroborationWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(corroboration_window, "ORIGINS_READ", 1)
    window = corroboration
    window.refresh()
    # Asked from the last row up, each read on its own: still each quote's own.
    window.rows_view.selectRow(0)
    model = window.quotes_model
    from_the_end = [
        model.index(row, QUOTE_ORIGIN).data() for row in reversed(range(model.rowCount()))
    ]
    assert from_the_end == [SEARCH, SUGGESTION, HAND, SUGGESTION]


def test_a_long_list_of_quotes_shows_one_line_per_quote(
    corroboration: CorroborationWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = corroboration
    window.rows_view.selectRow(0)
    assert window.quotes_view.wordWrap()  # four quotes: each wraps to be read whole
    monkeypatch.setattr(corroboration_window, "WRAPPED_AT_MOST", 3)
    window.refresh()
    window.rows_view.selectRow(0)
    assert window.quotes_model.rowCount() == 4 and not window.quotes_view.wordWrap()
    header = window.quotes_view.verticalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    tip = window.quotes_model.index(3, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == FOLLOWED  # the whole quote, in its tooltip


def test_the_corroboration_export_holds_only_the_codings_made_the_ways_chosen(
    corroboration: CorroborationWindow, study: tuple[Session, dict[str, str]], tmp_path: Path
) -> None:
    _session, accepted = study
    window = corroboration
    window.choose_origins("suggestion")
    target = tmp_path / "machine.xlsx"
    assert window.export(target, pseudonymise=False) == target
    book = openpyxl.load_workbook(target, read_only=True)
    header, *rows = book["Corroboration"].iter_rows(values_only=True)
    assert header[7] == "Quote" and header[1] == "Sources"
    assert [(row[0], row[7]) for row in rows] == [
        ("Surveillance", accepted["Liu"]),
        ("Surveillance", accepted["Wang"]),
    ]
    # The sheet's figures are those of the codings chosen: two sources, one first-hand.
    assert {(row[1], row[2]) for row in rows} == {(2, 1)}
    window.choose_origins()
    everything = tmp_path / "all.xlsx"
    assert window.export(everything, pseudonymise=False) == everything
    rows = list(openpyxl.load_workbook(everything, read_only=True)["Corroboration"].values)[1:]
    assert sorted(row[7] for row in rows) == sorted([*accepted.values(), WATCHED, FOLLOWED])


# -- the Reports window's Coded segments tab ------------------------------------------------


def test_the_segments_tab_shows_how_each_coding_was_made(
    qtbot: QtBot, study: tuple[Session, dict[str, str]]
) -> None:
    session, accepted = study
    window = ReportsWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.segments)
    model = window.segments.table.rows_model
    assert model.headerData(ORIGIN, Qt.Orientation.Horizontal) == "Origin"
    # By document, then where each coding starts.
    assert list(zip(column(model, 5), column(model, ORIGIN), strict=True)) == [
        (accepted["Liu"], SUGGESTION),
        (GATE, HAND),
        (WATCHED, HAND),
        (accepted["Wang"], SUGGESTION),
        (FOLLOWED, SEARCH),
    ]
    tips = column(model, ORIGIN, Qt.ItemDataRole.ToolTipRole)
    origins = session.project.coding_origins_by_uuid()
    confidence = origins[model.rows[3].coding_uuid].confidence
    assert tips[3].startswith(f"Accepted suggestion (keywords, confidence {confidence:.2f})")
    assert tips[1] == HAND
    # The filter bar's "Codings made" narrows the tab, and the column agrees.
    bar = window.filter_bar
    (search_item,) = [
        bar.origins.item(i)
        for i in range(bar.origins.count())
        if bar.origins.item(i).text() == SEARCH
    ]
    search_item.setSelected(True)
    assert bar.apply()
    window.flush()
    assert list(zip(column(model, 5), column(model, ORIGIN), strict=True)) == [(FOLLOWED, SEARCH)]


def test_segments_loaded_a_batch_at_a_time_each_show_their_own_origin(
    qtbot: QtBot, study: tuple[Session, dict[str, str]]
) -> None:
    session, accepted = study
    view = SegmentsView(session, "Coded segments", batch=2)
    qtbot.addWidget(view)
    view.show_rows(segment_rows(session.project), None)
    model = view.rows_model
    assert column(model, ORIGIN) == [SUGGESTION, HAND]  # the first batch only
    model.fetch_all()
    assert list(zip(column(model, 5), column(model, ORIGIN), strict=True)) == [
        (accepted["Liu"], SUGGESTION),
        (GATE, HAND),
        (WATCHED, HAND),
        (accepted["Wang"], SUGGESTION),
        (FOLLOWED, SEARCH),
    ]


def test_codings_from_before_the_upgrade_show_unknown_beside_new_ones(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "old.qcode"
    build(path)
    _as_version(path, 6)  # a file from before qcode kept origins: all five read unknown
    with Project.open(path, coder="Amina") as project:
        project.apply_code(project.document("Zhang"), "Detention", *span(ZHANG, "I ran"))
        view = SegmentsView(Session(project, Settings(tmp_path / "settings")), "Coded", batch=2)
        qtbot.addWidget(view)
        view.show_rows(segment_rows(project), None)
        view.rows_model.fetch_all()
        shown = list(zip(column(view.rows_model, 5), column(view.rows_model, ORIGIN), strict=True))
        unknown = "Unknown (made before qcode kept this)"
        assert [origin for _text, origin in shown] == [unknown] * 5 + [HAND]
        assert shown[-1] == ("I ran", HAND)


def test_a_new_coding_shows_its_origin_once_the_tab_refreshes(
    qtbot: QtBot, study: tuple[Session, dict[str, str]]
) -> None:
    session, _accepted = study
    project = session.project
    window = ReportsWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.segments)
    model = window.segments.table.rows_model
    zhang = project.document("Zhang")
    code_hits(project, search(project, "I ran"), project.code("Detention"))
    window.flush()
    assert ("I ran", SEARCH) in list(zip(column(model, 5), column(model, ORIGIN), strict=True))
    assert len(project.codings(document=zhang)) == 2


# -- the Query window's results --------------------------------------------------------------


def test_query_results_say_how_the_codings_in_each_passage_were_made(
    qtbot: QtBot, study: tuple[Session, dict[str, str]]
) -> None:
    session, accepted = study
    window = QueryWindow(session)
    qtbot.addWidget(window)
    window.editor.set_expression('"Surveillance" OR "Detention"')
    hits = window.run()
    assert hits is not None
    shown = list(zip(column(window.model, 2), column(window.model, HIT_ORIGIN), strict=True))
    # Liu's suggested sentence holds the hand coding of GATE (Detention): one
    # passage made both ways, named in the order the filters list them.
    assert shown == [
        (accepted["Liu"], f"{HAND}, {SUGGESTION}"),
        (WATCHED, HAND),
        (accepted["Wang"], SUGGESTION),
        (FOLLOWED, SEARCH),
    ]
    tip = window.model.index(0, HIT_ORIGIN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0].startswith("Accepted suggestion (keywords, confidence ")
    assert tip.splitlines()[1] == HAND
    # Only accepted suggestions count: the hand coding inside is not named.
    window.origins.set_chosen([SUGGESTION])
    window.run()
    shown = list(zip(column(window.model, 2), column(window.model, HIT_ORIGIN), strict=True))
    assert shown == [(accepted["Liu"], SUGGESTION), (accepted["Wang"], SUGGESTION)]
    # A code the query does not name does not count: Detention alone is by hand.
    window.origins.set_chosen([])
    window.editor.set_expression('"Detention"')
    window.run()
    shown = list(zip(column(window.model, 2), column(window.model, HIT_ORIGIN), strict=True))
    assert shown == [(GATE, HAND)]


# -- the framework matrix's passages ------------------------------------------------------


def test_a_framework_cells_passages_say_which_were_accepted_suggestions(
    qtbot: QtBot, study: tuple[Session, dict[str, str]]
) -> None:
    session, accepted = study
    project = session.project
    liu = project.create_case("Liu", type="informant")
    project.assign_to_case(liu, [Member(document_id=project.document("Liu").id)])
    window = FrameworkWindow(session)
    qtbot.addWidget(window)
    surveillance = project.code("Surveillance")
    assert window.choose_cell(liu, surveillance)
    items = {item.text(): item.toolTip() for item in window.quote_items()}
    suggested, by_hand = f"Liu: “{accepted['Liu']}”", f"Liu: “{WATCHED}”"
    assert set(items) == {suggested, by_hand}
    first_line = items[suggested].splitlines()[0]
    assert first_line.startswith("Surveillance — Amina — Accepted suggestion (keywords, ")
    # By hand, as the document's own tooltip says it: nothing added.
    assert items[by_hand].splitlines()[0] == "Surveillance — Amina"


# -- qcode corroboration --origin ----------------------------------------------------------


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


def test_corroboration_on_the_command_line_counts_only_those_codings(
    tmp_path: Path, qcode: Run
) -> None:
    path = tmp_path / "study.qcode"
    accepted = build(path)
    (row,) = qcode.json("corroboration", path, "--codes", "Surveillance", "--origin", "suggestion")
    assert (row["source_count"], row["first_hand"]) == (2, 1)
    assert [quote["text"] for quote in row["quotes"]] == [accepted["Liu"], accepted["Wang"]]
    (row,) = qcode.json(
        "corroboration", path, "--codes", "Surveillance", "--origin", "hand", "--origin", "search"
    )
    assert row["sources"] == ["document: Liu", "document: Zhang"]
    assert [quote["text"] for quote in row["quotes"]] == [WATCHED, FOLLOWED]
    (plain,) = qcode.json("corroboration", path, "--codes", "Surveillance")
    (every,) = qcode.json(
        "corroboration", path, "--codes", "Surveillance", "--origin", ",".join(ORIGINS)
    )
    assert plain == every and plain["source_count"] == 3 and len(plain["quotes"]) == 4
    out, _err = qcode("corroboration", path, "--codes", "Surveillance", "--origin", "search")
    assert "Surveillance" in out and "document: Zhang" in out and "document: Liu" not in out


def test_corroboration_refuses_an_unknown_origin_as_segments_does(
    tmp_path: Path, qcode: Run
) -> None:
    path = tmp_path / "study.qcode"
    build(path)
    expected = qcode.error("segments", path, "--origin", "robot")
    assert expected == f"qcode: error: unknown origin 'robot' (origins: {', '.join(ORIGINS)})"
    with Project.open(path, read_only=True) as project:
        before = stored_state(project)
    arguments = ("--codes", "Surveillance", "--origin", "hand,robot")
    assert qcode.error("corroboration", path, *arguments) == expected
    assert qcode.error("corroboration", path, "--codes", "Surveillance", "--origin", ",") == (
        f"qcode: error: --origin needs one of: {', '.join(ORIGINS)}"
    )
    with Project.open(path, read_only=True) as project:
        assert stored_state(project) == before
