"""Where each coding came from, in the app: the Coded segments panel shows
each coding's origin (with the suggestion's source and confidence in its
tooltip) and filters by it; the Reports window's filter bar, the Report
dialog and the Query window have the same "Codings made" filter.

The study is the one of :mod:`tests.test_origin_filters` (coded by hand,
by a search's "code all" and by accepting keyword suggestions)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from qcode.analysis.frequencies import code_frequencies
from qcode.core.project import Project
from qcode.export.report import write_report
from qcode.gui.coding.origins import origin_choices
from qcode.gui.coding.segments_panel import SegmentsPanel
from qcode.gui.findings.query_window import QueryWindow
from qcode.gui.reports.filters import FilterBar
from qcode.gui.reports.report_dialog import ReportDialog
from qcode.gui.session import Session
from qcode.model import ORIGINS
from qcode.settings import Settings
from tests.test_origin_filters import GATE, NIGHT, TAKEN, WATCHED, build_study, span

pytestmark = pytest.mark.gui

ORIGIN = 5  # the Origin column of the Coded segments panel


@pytest.fixture
def study(tmp_path: Path) -> Iterator[tuple[Session, list[str]]]:
    path = tmp_path / "study.qcode"
    accepted = build_study(path)
    project = Project.open(path, coder="Amina")
    yield Session(project, Settings(tmp_path / "settings")), accepted
    project.close()


@pytest.fixture
def panel(qtbot: QtBot, study: tuple[Session, list[str]]) -> SegmentsPanel:
    session, _accepted = study
    panel = SegmentsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1000, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def shown(panel: SegmentsPanel, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole):
    model = panel.table.model()
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def coded_texts(panel: SegmentsPanel) -> list[str]:
    return [line.segment.text for line in panel.rows()]


def choose(panel: SegmentsPanel, name: str) -> None:
    """Pick an entry of the Origin box by what it shows, as a user does."""
    box = panel.origin_filter
    index = box.findText(name)
    assert index >= 0, name
    box.setCurrentIndex(index)


def test_the_segments_panel_shows_how_each_coding_was_made(
    panel: SegmentsPanel, study: tuple[Session, list[str]]
) -> None:
    session, (first, last) = study
    project = session.project
    panel.show_code(project.code("Surveillance"), include_subcodes=False)
    assert coded_texts(panel) == [first, WATCHED, last]
    assert panel.table.model().headerData(ORIGIN, Qt.Orientation.Horizontal) == "Origin"
    assert shown(panel, ORIGIN) == ["Accepted suggestion", "By hand", "Accepted suggestion"]
    tips = shown(panel, ORIGIN, Qt.ItemDataRole.ToolTipRole)
    confidences = {
        coding_id: origin.confidence for coding_id, origin in project.coding_origins().items()
    }
    first_id = panel.rows()[0].segment.coding.id
    assert tips[0].startswith(
        f"Accepted suggestion (keywords, confidence {confidences[first_id]:.2f})"
    )
    assert tips[1] == "By hand"
    panel.show_code(project.code("Detention"), include_subcodes=False)
    assert shown(panel, ORIGIN) == ["By hand", "By hand", "Search results coded at once"]


def test_the_segments_panel_lists_only_the_codings_made_one_way(
    panel: SegmentsPanel, study: tuple[Session, list[str]], qtbot: QtBot
) -> None:
    session, (first, last) = study
    project = session.project
    panel.show_code(project.code("Surveillance"), include_subcodes=False)
    choose(panel, "By hand")
    assert coded_texts(panel) == [WATCHED]
    header = panel.header.text()
    assert header.startswith("Surveillance — 1 ") and header.endswith(" — only: By hand")
    choose(panel, "Accepted suggestion")
    assert coded_texts(panel) == [first, last]
    assert set(shown(panel, ORIGIN)) == {"Accepted suggestion"}
    # The filter stays while the user codes: a new hand coding is not listed.
    liu = project.document("Liu")
    project.apply_code(liu, "Surveillance", *span("followed me home"))
    qtbot.waitUntil(lambda: len(project.codings(code=project.code("Surveillance"))) == 4)
    assert coded_texts(panel) == [first, last]
    choose(panel, "By hand")
    assert coded_texts(panel) == [WATCHED, "followed me home"]
    # Another code keeps the filter.
    panel.show_code(project.code("Detention"), include_subcodes=False)
    assert coded_texts(panel) == [GATE, TAKEN]
    choose(panel, "Accepted suggestion")
    assert coded_texts(panel) == []  # Detention has no accepted suggestion
    choose(panel, "Search results coded at once")
    assert coded_texts(panel) == [NIGHT]
    choose(panel, "Any origin")
    assert coded_texts(panel) == [GATE, TAKEN, NIGHT]
    assert "only:" not in panel.header.text()


def test_every_origin_has_its_own_name_in_the_app() -> None:
    names = [name for _origin, name in origin_choices()]
    assert [origin for origin, _name in origin_choices()] == list(ORIGINS)
    assert len(set(names)) == len(ORIGINS) and all(names)


def select(widget: QListWidget, text: str) -> None:
    matches = [widget.item(row) for row in range(widget.count()) if widget.item(row).text() == text]
    assert len(matches) == 1, text
    matches[0].setSelected(True)


def test_the_reports_filter_bar_counts_only_accepted_suggestions(
    qtbot: QtBot, study: tuple[Session, list[str]]
) -> None:
    session, _accepted = study
    project = session.project
    bar = FilterBar(project)
    qtbot.addWidget(bar)
    applied = []
    bar.applied.connect(applied.append)
    select(bar.origins, "Accepted suggestion")
    assert bar.apply()
    assert applied[-1].origins == frozenset({"suggestion"})
    assert "codings made: suggestion" in bar.description.text()
    segments = {row.code.name: row.own.segments for row in code_frequencies(project, applied[-1])}
    assert segments == {"Surveillance": 2, "Detention": 0}
    bar.set_filters(applied[-1])  # shown again as applied
    assert [item.text() for item in bar.origins.selectedItems()] == ["Accepted suggestion"]
    bar.clear()
    assert applied[-1].origins is None and bar.origins.selectedItems() == []


def test_the_report_dialog_writes_only_the_codings_made_by_hand(
    qtbot: QtBot, study: tuple[Session, list[str]], tmp_path: Path
) -> None:
    session, _accepted = study
    dialog = ReportDialog(session)
    qtbot.addWidget(dialog)
    select(dialog.filter_bar.origins, "By hand")
    dialog.filter_bar.apply()
    options = dialog.options()
    assert options.filters.origins == frozenset({"hand"})
    out = tmp_path / "hand.docx"
    summary = write_report(session.project, out, options)
    document = docx.Document(str(out))
    quoted = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert sorted(quoted) == sorted([WATCHED, TAKEN, GATE]) and summary.quotes == 3


def test_the_query_window_counts_only_the_codings_made_those_ways(
    qtbot: QtBot, study: tuple[Session, list[str]]
) -> None:
    session, (first, last) = study
    window = QueryWindow(session)
    qtbot.addWidget(window)
    window.editor.set_expression('"Surveillance"')
    window.origins.set_chosen(["Accepted suggestion"])
    assert window.options().origins == ("suggestion",)
    hits = window.run()
    assert hits is not None and [hit.text for hit in hits] == [first, last]
    saved = window.save("machine")
    assert saved is not None and saved.options.origins == ("suggestion",)
    window.origins.set_chosen([])
    assert [hit.text for hit in window.run() or []] == [first, WATCHED, last]
    window.set_options(saved.options)  # running the saved query shows its filter again
    assert window.origins.chosen() == ["Accepted suggestion"]
