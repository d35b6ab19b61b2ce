"""The query builder's results: one row per passage, with a little of the
text before and after it, the passage itself in bold, and how the codings
it is made of were made (by hand, accepted suggestions...)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from qcode.analysis.queries.grammar import parse
from qcode.analysis.queries.run import QueryHit, resolve_terms
from qcode.analysis.queries.saved import filters_of
from qcode.core.project import Project
from qcode.gui.coding.origins import origin_details, origin_kind, origin_name
from qcode.gui.widgets.table_model import LEFT, RIGHT, Column, TableModel
from qcode.gui.widgets.text import one_line
from qcode.model import ORIGINS, Coding, CodingOrigin, QueryOptions

CONTEXT = 60  # characters of context either side of a passage
TIP_LINES = 12  # ways of making shown in a passage's Origin tooltip
READ_AT_ONCE = 500  # passages whose codings' origins are read together


class PassageOrigins:
    """How the codings in each passage were made: the codings of the query's
    codes, by the coders and made the ways its filters count, that overlap
    the passage (None: by hand), by start.

    Read when a row first shows, for it and the next :data:`READ_AT_ONCE`
    passages: a query can answer with 200,000 passages, of which a reader
    sees a screenful."""

    def __init__(
        self, project: Project, hits: list[QueryHit], expression: str, options: QueryOptions
    ) -> None:
        self.project, self.hits = project, hits
        self.scope = filters_of(project, options).resolve(project)
        terms = resolve_terms(parse(expression), self.scope.codebook)
        self.code_ids = frozenset().union(*terms.values())
        self._made: dict[int, tuple[CodingOrigin | None, ...]] = {}
        # Per document: its codings that count, by start, their starts, the longest.
        self._documents: dict[int, tuple[list[Coding], list[int], int]] = {}

    def of(self, index: int) -> tuple[CodingOrigin | None, ...]:
        """The origins of the codings in passage ``index`` (see the class)."""
        if index not in self._made:
            self._read(range(index, min(index + READ_AT_ONCE, len(self.hits))))
        return self._made.get(index, ())

    def _read(self, indexes: range) -> None:
        inside: dict[int, list[Coding]] = {}
        for index in indexes:
            if index in self._made:
                continue
            hit = self.hits[index]
            codings, starts, longest = self._codings_of(hit.document_id)
            first = bisect_left(starts, hit.start - longest)
            last = bisect_left(starts, hit.end)
            inside[index] = [c for c in codings[first:last] if c.end > hit.start]
        listed = [coding for codings in inside.values() for coding in codings]
        origins = self.project.coding_origins(listed) if listed else {}
        counts = self.scope.origins
        for index, codings in inside.items():
            made = tuple(origins.get(coding.id) for coding in codings)
            if counts is not None:  # only the codings made those ways count
                made = tuple(origin for origin in made if origin_kind(origin) in counts)
            self._made[index] = made

    def _codings_of(self, document_id: int) -> tuple[list[Coding], list[int], int]:
        found = self._documents.get(document_id)
        if found is None:
            scope = self.scope
            codings = [
                coding
                for coding in self.project.codings(document=self.project.document(document_id))
                if coding.code_id in self.code_ids and scope.includes_coder(coding.coder_id)
            ]
            codings.sort(key=lambda coding: (coding.start, coding.end))
            longest = max((coding.end - coding.start for coding in codings), default=0)
            found = (codings, [coding.start for coding in codings], longest)
            self._documents[document_id] = found
        return found


@dataclass(frozen=True)
class HitRow:
    """A passage as the list shows it."""

    hit: QueryHit
    before: str
    after: str
    index: int = 0  # its place in the results
    # How the codings in the passage were made, given the query it answers.
    origins: PassageOrigins | None = None

    @property
    def made(self) -> tuple[CodingOrigin | None, ...]:
        """How each coding of the query's codes inside the passage was made
        (None: by hand), by start: what tells "my coding" from accepted suggestions."""
        return () if self.origins is None else self.origins.of(self.index)

    def origin_names(self) -> str:
        """The ways its codings were made, each named once, in the order of
        :data:`~qcode.model.ORIGINS`."""
        kinds = {origin_kind(origin) for origin in self.made}
        return ", ".join(origin_name(kind) for kind in ORIGINS if kind in kinds)

    def origin_lines(self) -> str | None:
        """Each distinct origin in full (a suggestion's source, confidence and model)."""
        lines = list(dict.fromkeys(origin_details(origin) for origin in self.made))
        if len(lines) > TIP_LINES:
            lines = [*lines[:TIP_LINES], "…"]
        return "\n".join(lines) or None


def hit_rows(
    project: Project,
    hits: list[QueryHit],
    expression: str | None = None,
    options: QueryOptions | None = None,
) -> list[HitRow]:
    """Each hit with its context (each document's text read once) and, given
    the query it answers (``expression``, ``options``), how the codings in it
    were made."""
    origins = None
    if hits and expression:
        origins = PassageOrigins(project, hits, expression, options or QueryOptions())
    texts: dict[int, str] = {}
    rows = []
    for index, hit in enumerate(hits):
        text = texts.get(hit.document_id)
        if text is None:
            text = texts[hit.document_id] = project.text(hit.document_id)
        before = " ".join(text[max(0, hit.start - CONTEXT) : hit.start].split())
        after = " ".join(text[hit.end : hit.end + CONTEXT].split())
        rows.append(HitRow(hit, before[-CONTEXT:], after[:CONTEXT], index, origins))
    return rows


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class HitsModel(TableModel[HitRow]):
    """Document · before · passage (bold) · after · origin."""

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
            Column[HitRow](
                self.tr("Origin"),
                HitRow.origin_names,
                tooltip=HitRow.origin_lines,
                header_tooltip=self.tr("How the codings in the passage were made"),
            ),
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
        self.setColumnWidth(3, 210)
