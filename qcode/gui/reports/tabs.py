"""The figure tabs of the Reports window: code frequencies (with a chart),
breakdowns by document, coder and attribute, the code × document matrix,
the code × attribute crosstab and co-occurrence as a heat map.

Each tab shows one analysis of :mod:`qcode.analysis` for the filters it is
given (:meth:`FigureTab.refresh`); double-clicking a cell that counts coded
segments asks for them with ``drillRequested(Drill)``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSplitter, QVBoxLayout, QWidget

from qcode.analysis.cases import case_attribute_crosstab, case_attribute_names
from qcode.analysis.cooccurrence import cooccurrence
from qcode.analysis.filters import Filters, attribute_text
from qcode.analysis.frequencies import (
    NOT_SET,
    Breakdown,
    Counts,
    code_frequencies,
    frequency_breakdown,
)
from qcode.analysis.matrices import (
    Matrix,
    attribute_names,
    code_attribute_crosstab,
    code_document_matrix,
)
from qcode.gui.reports.charts import TopCodesChart
from qcode.gui.reports.segments import Drill
from qcode.gui.reports.tables import ReportModel, ReportRow, ReportTable, code_rows
from qcode.gui.session import Session

# Marked here, translated when shown (the translator is installed after import).
METRICS = (
    QT_TRANSLATE_NOOP("reports", "Segments"),
    QT_TRANSLATE_NOOP("reports", "Documents"),
    QT_TRANSLATE_NOOP("reports", "Characters"),
    QT_TRANSLATE_NOOP("reports", "Words"),
    QT_TRANSLATE_NOOP("reports", "Coders"),
)
OWN_NOTE = QT_TRANSLATE_NOOP(
    "reports",
    "<b>own</b>: a code's own codings; <b>with sub-codes</b>: also those of all its "
    "sub-codes. Characters (and their words) count once where codings overlap. "
    "Double-click a row to list its coded segments.",
)
DRILL_NOTE = QT_TRANSLATE_NOOP(
    "reports", "Double-click a cell (or press Return) to list the coded segments behind it."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


def metric_names() -> list[str]:
    return [_tr(metric) for metric in METRICS]


def own_headers() -> tuple[str, ...]:
    """The figures of a code's own codings: two lines each, to keep the columns narrow."""
    return tuple(
        QCoreApplication.translate("reports", "{metric}\n(own)").format(metric=metric)
        for metric in metric_names()
    )


def rolled_headers() -> tuple[str, ...]:
    return tuple(
        QCoreApplication.translate("reports", "{metric}\n(with sub-codes)").format(metric=metric)
        for metric in metric_names()
    )


def counts(found: Counts) -> list[int]:
    return [found.segments, found.documents, found.characters, found.words, found.coders]


class FigureTab(QWidget):
    """A tab holding one :class:`ReportTable` of figures."""

    title = ""
    drillRequested = Signal(object)  # Drill

    def __init__(self, session: Session, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.title = _tr(title or self.title)
        self.session = session
        self.filters = Filters()
        self.model = ReportModel(self)
        self.table = ReportTable(self.model, self.title, self)
        self.table.cellChosen.connect(self._on_chosen)
        self.table.note.setText(_tr(DRILL_NOTE))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.table)

    def refresh(self, filters: Filters) -> None:
        self.filters = filters
        self._fill()
        self.table.fit_columns()

    def _fill(self) -> None:
        raise NotImplementedError

    def drill(self, row: int, column: int) -> Drill | None:
        """The segments behind a cell, or None for a cell that counts none."""
        return None

    def _on_chosen(self, index: QModelIndex) -> None:
        found = self.drill(index.row(), index.column())
        if found is not None:
            self.drillRequested.emit(found)

    def _code_drill(self, row: int, rolled: bool, where: str = "", **narrow: Any) -> Drill | None:
        report_row = self.model.rows[row]
        code = report_row.code
        if code is None:
            return None
        path = report_row.tooltips.get(0, code.name)
        which = self.tr("with sub-codes") if rolled else self.tr("own codings")
        return Drill(
            f"{path} ({which}){where}",
            replace(self.filters, codes=frozenset({code.id}), **narrow),
            None if rolled else frozenset({code.id}),
        )


def _attribute_combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.setMinimumContentsLength(14)
    return combo


def _refill(combo: QComboBox, names: list[str]) -> None:
    if names == [combo.itemText(i) for i in range(combo.count())]:
        return
    current = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    combo.addItems(names)
    if current in names:
        combo.setCurrentText(current)
    combo.blockSignals(False)


class FrequenciesTab(FigureTab):
    """Code frequencies, own and with sub-codes, and a chart of the top codes."""

    title = QT_TRANSLATE_NOOP("reports", "Code frequencies")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.table.note.setText(_tr(OWN_NOTE))
        self.chart = TopCodesChart(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.layout_.addWidget(splitter)
        self.model.header_tooltips = {
            **{
                2 + i: self.tr("{m}: the code's own codings").format(m=m)
                for i, m in enumerate(metric_names())
            },
            **{
                7 + i: self.tr("{m}: the code's codings and its sub-codes'").format(m=m)
                for i, m in enumerate(metric_names())
            },
        }

    def _fill(self) -> None:
        found = code_frequencies(self.session.project, self.filters)
        rows = [
            ReportRow(
                [f.code.name, f.path, *counts(f.own), *counts(f.with_subcodes)],
                f.code,
                f.depth,
                i,
                {0: f.path},
            )
            for i, f in enumerate(found)
        ]
        headers = (self.tr("Code"), self.tr("Path"), *own_headers(), *rolled_headers())
        self.model.set_table(headers, rows)
        self.chart.show_rows(found)

    def drill(self, row: int, column: int) -> Drill | None:
        return self._code_drill(row, column >= 2 + len(METRICS))


class BreakdownTab(FigureTab):
    """Code figures per document, per coder or per value of one attribute."""

    def __init__(self, session: Session, by: Breakdown, parent: QWidget | None = None) -> None:
        titles = {  # before the QWidget exists: no self.tr yet
            "document": QCoreApplication.translate("BreakdownTab", "By document"),
            "coder": QCoreApplication.translate("BreakdownTab", "By coder"),
            "attribute": QCoreApplication.translate("BreakdownTab", "By attribute"),
        }
        super().__init__(session, parent, titles.get(by, by))
        self.by: Breakdown = by
        self.attribute: QComboBox | None = None
        if by == "attribute":
            self.attribute = _attribute_combo(self, self.tr("Attribute to break down by"))
            self.table.add_controls(
                QLabel(self.tr("Attri&bute:"), buddy=self.attribute), self.attribute
            )
            self.attribute.currentTextChanged.connect(lambda _text: self.refresh(self.filters))
        self.groups: dict[str, frozenset[int]] = {}

    def _fill(self) -> None:
        project = self.session.project
        scope = self.filters.resolve(project)
        attribute = None
        if self.attribute is not None:
            _refill(self.attribute, attribute_names(project))
            attribute = self.attribute.currentText()
            if not attribute:
                self.model.set_table((), [])
                self.table.note.setText(self.tr("No document has attributes yet."))
                return
            self.table.note.setText(_tr(DRILL_NOTE))
        groups: dict[str, set[int]] = {}
        if self.by == "coder":
            for coder in project.coders():
                groups.setdefault(coder.name, set()).add(coder.id)
        for document in scope.documents:
            if self.by == "document":
                groups.setdefault(document.name, set()).add(document.id)
            elif attribute is not None:
                value = document.attributes.get(attribute)
                key = NOT_SET if value is None else attribute_text(value)
                groups.setdefault(key, set()).add(document.id)
        self.groups = {name: frozenset(ids) for name, ids in groups.items()}
        found = frequency_breakdown(project, self.by, self.filters, attribute=attribute)
        label = attribute or (self.tr("Document") if self.by == "document" else self.tr("Coder"))
        rows = [
            ReportRow(
                [r.code.name, r.path, r.group, *counts(r.own), *counts(r.with_subcodes)],
                r.code,
                r.depth,
                i,
                {0: r.path},
            )
            for i, r in enumerate(found)
        ]
        self.model.set_table(
            (self.tr("Code"), self.tr("Path"), label, *own_headers(), *rolled_headers()), rows
        )

    def drill(self, row: int, column: int) -> Drill | None:
        group = self.model.rows[row].cells[2]
        ids = self.groups.get(group, frozenset())
        rolled = column >= 3 + len(METRICS)
        narrow = {"coders": ids} if self.by == "coder" else {"documents": ids}
        return self._code_drill(row, rolled, self.tr(" in {group}").format(group=group), **narrow)


class MatrixTab(FigureTab):
    """Coded segments per code (rows) and document (columns)."""

    title = QT_TRANSLATE_NOOP("reports", "Code × document")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.subcodes = QCheckBox(self.tr("Include &sub-codes"), self)
        self.subcodes.setAccessibleName(self.tr("Count each code's sub-codes in its row"))
        self.table.add_controls(self.subcodes)
        self.subcodes.toggled.connect(lambda _on: self.refresh(self.filters))
        self.columns: list[frozenset[int]] = []  # per column: its documents

    def _matrix(self) -> Matrix | None:
        project = self.session.project
        scope = self.filters.resolve(project)
        self.columns = [frozenset({document.id}) for document in scope.documents]
        return code_document_matrix(
            project, self.filters, include_subcodes=self.subcodes.isChecked()
        )

    def _fill(self) -> None:
        found = self._matrix()
        if found is None:
            self.model.set_table((), [])
            return
        totals = found.row_totals()
        rows = code_rows(
            found.codes,
            found.depths,
            found.paths,
            lambda i: [*found.cells[i], totals[i]],
            with_path=False,
        )
        self.model.set_table((self.tr("Code"), *found.columns, self.tr("Total")), rows)

    def drill(self, row: int, column: int) -> Drill | None:
        rolled = self.subcodes.isChecked()
        if 1 <= column <= len(self.columns):
            ids = self.columns[column - 1]
            return self._code_drill(
                row,
                rolled,
                self.tr(" in {headers}").format(headers=self.model.headers[column]),
                documents=ids,
            )
        return self._code_drill(row, rolled)


CASE_PREFIX = "case: "  # in the attribute list: an attribute of cases, not of documents


class CrosstabTab(MatrixTab):
    """Coded segments per code (rows) and value of one attribute (columns):
    a document's, or a case's ("case: …", counting the codings of each case)."""

    title = QT_TRANSLATE_NOOP("reports", "Code × attribute")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.attribute = _attribute_combo(self, self.tr("Attribute for the columns"))
        label = QLabel(self.tr("Attri&bute:"), buddy=self.attribute)
        self.table.controls.insertWidget(0, label)
        self.table.controls.insertWidget(1, self.attribute)
        self.attribute.currentTextChanged.connect(lambda _text: self.refresh(self.filters))

    def _matrix(self) -> Matrix | None:
        project = self.session.project
        cases = [CASE_PREFIX + name for name in case_attribute_names(project)]
        _refill(self.attribute, attribute_names(project) + cases)
        name = self.attribute.currentText()
        if not name:
            self.table.note.setText(self.tr("No document or case has attributes yet."))
            return None
        if name in cases:
            self.table.note.setText(
                self.tr(
                    "Codings whose case holds each value (a coding of two cases counts under both)."
                )
            )
            self.columns = []  # no drill: the figures are not a document filter
            return case_attribute_crosstab(
                project,
                name.removeprefix(CASE_PREFIX),
                self.filters,
                include_subcodes=self.subcodes.isChecked(),
            )
        self.table.note.setText(_tr(DRILL_NOTE))
        found = code_attribute_crosstab(
            project, name, self.filters, include_subcodes=self.subcodes.isChecked()
        )
        by_value: dict[str, set[int]] = {}
        for document in self.filters.resolve(project).documents:
            value = document.attributes.get(name)
            key = NOT_SET if value is None else attribute_text(value)
            by_value.setdefault(key, set()).add(document.id)
        self.columns = [frozenset(by_value.get(value, ())) for value in found.columns]
        return found

    def drill(self, row: int, column: int) -> Drill | None:
        if self.attribute.currentText().startswith(CASE_PREFIX) and column >= 1:
            return None
        return super().drill(row, column)


class CooccurrenceTab(FigureTab):
    """Co-occurrence of codes as a heat map: the darker, the more pairs."""

    title = QT_TRANSLATE_NOOP("reports", "Co-occurrence")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.near = QCheckBox(
            self.tr("Count codings &near each other (same paragraph or turn)"), self
        )
        self.near.setAccessibleName(self.tr("Count codings in the same paragraph or speaker turn"))
        self.table.add_controls(self.near)
        self.model.heat = True
        self.near.toggled.connect(lambda _on: self.refresh(self.filters))
        self.code_ids: list[int] = []

    def _fill(self) -> None:
        found = cooccurrence(self.session.project, self.filters, near=self.near.isChecked())
        self.code_ids = [code.id for code in found.codes]
        rows = code_rows(
            found.codes, found.depths, found.paths, lambda i: list(found.counts[i]), with_path=False
        )
        self.model.header_tooltips = {j + 1: path for j, path in enumerate(found.paths)}
        names = Counter(code.name for code in found.codes)
        headers = [
            code.name if names[code.name] == 1 else path
            for code, path in zip(found.codes, found.paths, strict=True)
        ]
        self.model.set_table((self.tr("Code"), *headers), rows)
        kind = (
            self.tr("in the same paragraph or turn")
            if self.near.isChecked()
            else self.tr("overlapping")
        )
        self.table.note.setText(
            self.tr(
                "Pairs of codings {kind}; the darker the cell, the more pairs. {drill_note}"
            ).format(kind=kind, drill_note=_tr(DRILL_NOTE))
        )

    def drill(self, row: int, column: int) -> Drill | None:
        if column == 0 or column - 1 == row:
            return None
        first, second = self.code_ids[row], self.code_ids[column - 1]
        paths = self.model.rows[row].tooltips.get(0, ""), self.model.header_tooltips[column]
        near = self.near.isChecked()
        how = self.tr("near") if near else self.tr("overlapping")
        return Drill(
            self.tr("{first} and {second}: codings of either {how} the other").format(
                first=paths[0], second=paths[1], how=how
            ),
            replace(self.filters, codes=frozenset({first, second})),
            pair=(first, second),
            near=near,
        )
