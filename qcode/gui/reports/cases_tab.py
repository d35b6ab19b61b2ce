"""The Code × case tab of the Reports window: how many codings of each code
belong to each case (a document, speaker or coding assigned to the case
brings its codings), with the coded text behind every cell a double-click
away.  A coding of two cases counts in both."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from qcode.analysis.cases import CaseMatrix, case_code_matrix
from qcode.gui.reports.segments import Drill
from qcode.gui.reports.tables import code_rows
from qcode.gui.reports.tabs import DRILL_NOTE, FigureTab
from qcode.gui.session import Session

NO_CASES = QT_TRANSLATE_NOOP(
    "reports",
    "No cases yet: make them in the Cases panel (View ▸ Cases) and assign documents, "
    "speakers or codings to them.",
)


class CaseMatrixTab(FigureTab):
    """Codings per code (rows) and case (columns)."""

    title = QT_TRANSLATE_NOOP("reports", "Code × case")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.subcodes = QCheckBox(self.tr("Include &sub-codes"), self)
        self.subcodes.setAccessibleName(self.tr("Count each code's sub-codes in its row"))
        self.table.add_controls(self.subcodes)
        self.subcodes.toggled.connect(lambda _on: self.refresh(self.filters))
        self.matrix: CaseMatrix | None = None
        self.model.heat = True  # the darker, the more: a case's themes stand out

    def _fill(self) -> None:
        project = self.session.project
        found = case_code_matrix(project, self.filters, with_subcodes=self.subcodes.isChecked())
        self.matrix = found
        if not found.cases:
            self.model.set_table((), [])
            self.table.note.setText(QCoreApplication.translate("reports", NO_CASES))
            return
        self.table.note.setText(
            self.tr("Codings that belong to each case (its documents, speakers and codings). ")
            + QCoreApplication.translate("reports", DRILL_NOTE)
        )
        codebook = project.codebook()
        depths = [codebook.depth(code.id) for code in found.codes]
        rows = code_rows(
            found.codes,
            depths,
            found.paths,
            lambda j: [*(found.counts[i][j] for i in range(len(found.cases)))],
            with_path=False,
        )
        self.model.header_tooltips = {
            i + 1: case.type or case.name for i, case in enumerate(found.cases)
        }
        self.model.set_table((self.tr("Code"), *(case.name for case in found.cases)), rows)

    def count(self, case_name: str, code_path: str) -> int:
        """The figure in one cell (what the researcher reads off the table)."""
        found = self.matrix
        assert found is not None
        i = [case.name for case in found.cases].index(case_name)
        j = found.paths.index(code_path)
        return found.counts[i][j]

    def drill(self, row: int, column: int) -> Drill | None:
        found = self.matrix
        if found is None or not 1 <= column <= len(found.cases):
            return None
        j = self.model.rows[row].order  # the rows are the matrix's codes, in its order
        i = column - 1
        ids = found.codings(i, j)
        if not ids:
            return None
        code = found.codes[j]
        own = None if found.with_subcodes else frozenset({code.id})
        return Drill(
            self.tr("{paths} in the case {name}").format(
                paths=found.paths[j], name=found.cases[i].name
            ),
            replace(self.filters, codes=frozenset({code.id})),
            own,
            codings=frozenset(found.coding_uuids[coding_id] for coding_id in ids),
        )
