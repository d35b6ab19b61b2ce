"""The query builder's results: one row per passage, with a little of the
text before and after it, the passage itself in bold."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from qcode.analysis.queries.run import QueryHit
from qcode.core.project import Project
from qcode.gui.widgets.table_model import LEFT, RIGHT, Column, TableModel
from qcode.gui.widgets.text import one_line

CONTEXT = 60  # characters of context either side of a passage


@dataclass(frozen=True)
class HitRow:
    """A passage as the list shows it."""

    hit: QueryHit
    before: str
    after: str


def hit_rows(project: Project, hits: list[QueryHit]) -> list[HitRow]:
    """Each hit with its context (each document's text read once)."""
    texts: dict[int, str] = {}
    rows = []
    for hit in hits:
        text = texts.get(hit.document_id)
        if text is None:
            text = texts[hit.document_id] = project.text(hit.document_id)
        before = " ".join(text[max(0, hit.start - CONTEXT) : hit.start].split())
        after = " ".join(text[hit.end : hit.end + CONTEXT].split())
        rows.append(HitRow(hit, before[-CONTEXT:], after[:CONTEXT]))
    return rows


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class HitsModel(TableModel[HitRow]):
    """Document · before · passage (bold) · after."""

    def __init__(self, parent: QWidget | None = None) -> None:
        bold = _bold()
        columns = [
            Column[HitRow](self.tr("Document"), lambda row: row.hit.document),
            Column[HitRow](
                self.tr("Before"), lambda row: ("…" + row.before) if row.before else "", align=RIGHT
            ),
            Column[HitRow](
                self.tr("Passage"),
                lambda row: one_line(row.hit.text),
                tooltip=lambda row: row.hit.text[:2000],
                align=LEFT,
                roles={int(Qt.ItemDataRole.FontRole): lambda _row: bold},
            ),
            Column[HitRow](self.tr("After"), lambda row: (row.after + "…") if row.after else ""),
        ]
        super().__init__(columns, parent)


class HitsView(QTableView):
    """The passages; double-click (or Return) opens one in the text."""

    def __init__(self, model: HitsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Query results"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(0, 140)
        self.setColumnWidth(1, 210)
        self.setColumnWidth(2, 300)
