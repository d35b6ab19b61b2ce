"""File ▸ Import survey or spreadsheet…: a sheet's answers as documents.

The dialog shows the sheet's first rows and one line per column, where the
researcher picks the respondents' id column and ticks which columns are
text to code and which are attributes, starting from a guess
(:func:`qcode.core.surveys.guess_columns`: long free text → text, short
repeated values → attribute).  The import itself is
:class:`qcode.core.surveys.ImportSurvey`, the command ``qcode import`` runs,
with a progress dialog whose Cancel leaves the project as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcode.core.project import Project
from qcode.core.surveys import (
    ImportSurvey,
    SurveyColumns,
    SurveyImport,
    guess_columns,
    notice_lines,
    plan_survey,
)
from qcode.errors import QcodeError
from qcode.gui.session import Session
from qcode.io.sheets import Sheet, read_sheet

PREVIEW_ROWS = 5
_EXAMPLE_LENGTH = 60  # characters of a column's first value shown beside it
# The columns of the column table.
COLUMN, TEXT, ATTRIBUTE, EXAMPLE = range(4)
_FILES = "Surveys and spreadsheets (*.csv *.tsv *.xlsx *.ods)"


def ask_and_import_survey(session: Session, parent: QWidget) -> SurveyImport | None:
    """Choose a sheet, then :func:`import_survey`."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, "Import survey or spreadsheet", str(session.project.path.parent), _FILES
    )
    return import_survey(session, parent, Path(chosen)) if chosen else None


def import_survey(session: Session, parent: QWidget, path: Path) -> SurveyImport | None:
    """Read ``path``, let the researcher choose its columns, then import."""
    try:
        sheet = read_sheet(path)
    except QcodeError as problem:
        session.error.emit(str(problem))
        return None
    dialog = SurveyImportDialog(sheet, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return run_import(session, parent, sheet, dialog.columns())


def run_import(
    session: Session, parent: QWidget, sheet: Sheet, columns: SurveyColumns
) -> SurveyImport | None:
    """Import ``sheet``'s answers with a progress dialog; reports what it did."""
    try:
        plan = plan_survey(sheet, columns)
    except QcodeError as problem:
        session.error.emit(str(problem))
        return None
    count = len(plan.answers)
    progress = QProgressDialog("Importing answers…", "Cancel", 0, count, parent)
    progress.setWindowTitle("Import survey")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def report(done: int, total: int, name: str) -> bool:
        progress.setValue(done)
        progress.setLabelText(f"Importing answer {done + 1:,} of {total:,}…")
        return not progress.wasCanceled()

    project: Project = session.project

    def run() -> SurveyImport:
        return project.push(ImportSurvey(plan, progress=report))

    result: SurveyImport | None = session.edit(run)
    progress.setValue(count)
    progress.close()
    if result is None:
        return None
    notes = notice_lines(result) + list(plan.warnings)
    summary = (
        f"Imported {len(result.document_ids):,} answers to {len(result.questions)} "
        f"question(s) from {result.respondents:,} respondents."
    )
    session.status.emit(" ".join([summary, *(note[:1].upper() + note[1:] + "." for note in notes)]))
    return result


class SurveyImportDialog(QDialog):
    """The sheet's first rows, and which column is what."""

    def __init__(self, sheet: Sheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.setWindowTitle(f"Import survey: {sheet.path.name}")
        guess = guess_columns(sheet)

        self.id_box = QComboBox()
        self.id_box.addItems(list(sheet.header))
        self.id_box.setCurrentIndex(sheet.header.index(guess.id_column))
        self.id_box.setAccessibleName("Respondent id column")
        self.id_box.currentIndexChanged.connect(self._on_id_changed)

        self.preview = self._preview_table()
        self.table = self._column_table(guess)
        self.summary = QLabel()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("Respondent &id column:", self.id_box)
        layout = QVBoxLayout(self)
        rows = len(sheet.rows)
        layout.addWidget(
            QLabel(f"{rows:,} row{'' if rows == 1 else 's'}; the first {PREVIEW_ROWS}:")
        )
        layout.addWidget(self.preview)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                "Each non-empty cell of a text column becomes a document named "
                "'column – id'; attribute columns become each answer's attributes."
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.table.itemChanged.connect(lambda _item: self._update())
        self._on_id_changed(self.id_box.currentIndex())
        self.resize(760, 560)

    def _preview_table(self) -> QTableWidget:
        sheet = self.sheet
        shown = sheet.rows[:PREVIEW_ROWS]
        table = QTableWidget(len(shown), len(sheet.header))
        table.setHorizontalHeaderLabels(list(sheet.header))
        table.setVerticalHeaderLabels([str(row.number) for row in shown])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAccessibleName("First rows of the sheet")
        for r, row in enumerate(shown):
            for c, value in enumerate(row.values):
                table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        table.setMaximumHeight(180)
        return table

    def _column_table(self, guess: SurveyColumns) -> QTableWidget:
        sheet = self.sheet
        table = QTableWidget(len(sheet.header), 4)
        table.setHorizontalHeaderLabels(["Column", "Text to code", "Attribute", "First value"])
        table.setAccessibleName("Columns")
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(EXAMPLE, QHeaderView.ResizeMode.Stretch)
        texts = set(guess.text_columns)
        attributes = set(guess.attribute_columns)
        for index, header in enumerate(sheet.header):
            table.setItem(index, COLUMN, QTableWidgetItem(header))
            for column, ticked in ((TEXT, header in texts), (ATTRIBUTE, header in attributes)):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                table.setItem(index, column, item)
            first = next((row.values[index] for row in sheet.rows if row.values[index]), None)
            example = "" if first is None else str(first).replace("\n", " ")
            if len(example) > _EXAMPLE_LENGTH:
                example = example[: _EXAMPLE_LENGTH - 1] + "…"
            table.setItem(index, EXAMPLE, QTableWidgetItem(example))
        table.resizeColumnsToContents()
        return table

    # -- what the researcher chose ------------------------------------------------

    def is_ticked(self, column: int, role: int) -> bool:
        """Whether sheet column ``column`` is ticked as ``role`` (TEXT or ATTRIBUTE)."""
        item = self.table.item(column, role)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def set_ticked(self, column: int, role: int, ticked: bool) -> None:
        item = self.table.item(column, role)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def columns(self) -> SurveyColumns:
        """The choice, as the import takes it."""
        id_index = self.id_box.currentIndex()
        header = self.sheet.header
        rows = [i for i in range(len(header)) if i != id_index]
        return SurveyColumns(
            id_column=header[id_index],
            text_columns=tuple(header[i] for i in rows if self.is_ticked(i, TEXT)),
            attribute_columns=tuple(
                header[i]
                for i in rows
                if self.is_ticked(i, ATTRIBUTE) and not self.is_ticked(i, TEXT)
            ),
        )

    def _on_id_changed(self, id_index: int) -> None:
        # The id column is the respondent's, neither text nor an attribute of its own.
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for role in (TEXT, ATTRIBUTE):
                item = self.table.item(row, role)
                if item is None:
                    continue
                if row == id_index:
                    item.setCheckState(Qt.CheckState.Unchecked)
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                else:
                    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        self.table.blockSignals(False)
        self._update()

    def _update(self) -> None:
        columns = self.columns()
        answers = sum(
            1
            for row in self.sheet.rows
            for name in columns.text_columns
            if (value := row.values[self.sheet.header.index(name)]) is not None
            and str(value).strip()
        )
        self.summary.setText(
            f"{answers:,} answers from {len(columns.text_columns)} text column(s), with "
            f"{len(columns.attribute_columns) + 1} attribute(s) each (the id included)."
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(columns.text_columns) and answers > 0)
