"""File ▸ Import survey or spreadsheet…: a sheet's answers as documents.

The dialog shows the sheet's first rows and one line per column, where the
researcher picks the respondents' id column and ticks which columns are
text to code and which are attributes, starting from a guess
(:func:`qcode.core.surveys.guess_columns`: long free text → text, short
repeated values → attribute).  A workbook of several sheets gets a box to
choose the sheet (:func:`qcode.io.sheet_names.sheet_names`), and choosing
another reloads the preview and the guess.  The import itself is
:class:`qcode.core.surveys.ImportSurvey`, the command ``qcode import`` runs,
with a progress dialog whose Cancel leaves the project as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
from qcode.gui.i18n.messages import error_text, shown
from qcode.gui.i18n.plurals import number
from qcode.gui.session import Session
from qcode.io.sheet_names import sheet_names
from qcode.io.sheets import Sheet, read_sheet

PREVIEW_ROWS = 5
_EXAMPLE_LENGTH = 60  # characters of a column's first value shown beside it
# The columns of the column table.
COLUMN, TEXT, ATTRIBUTE, EXAMPLE = range(4)


def ask_and_import_survey(session: Session, parent: QWidget) -> SurveyImport | None:
    """Choose a sheet, then :func:`import_survey`."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SurveyImportDialog", "Import survey or spreadsheet"),
        str(session.project.path.parent),
        QCoreApplication.translate(
            "SurveyImportDialog", "Surveys and spreadsheets (*.csv *.tsv *.xlsx *.ods)"
        ),
    )
    return import_survey(session, parent, Path(chosen)) if chosen else None


def import_survey(session: Session, parent: QWidget, path: Path) -> SurveyImport | None:
    """Read ``path``, let the researcher choose its columns, then import."""
    try:
        sheet = read_sheet(path)
        names = sheet_names(path)
    except QcodeError as problem:
        session.error.emit(error_text(problem))
        return None
    dialog = SurveyImportDialog(sheet, parent, names)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return run_import(session, parent, dialog.sheet, dialog.columns())  # the sheet chosen


def run_import(
    session: Session, parent: QWidget, sheet: Sheet, columns: SurveyColumns
) -> SurveyImport | None:
    """Import ``sheet``'s answers with a progress dialog; reports what it did."""
    try:
        plan = plan_survey(sheet, columns)
    except QcodeError as problem:
        session.error.emit(error_text(problem))
        return None
    count = len(plan.answers)
    progress = QProgressDialog(
        QCoreApplication.translate("SurveyImportDialog", "Importing answers…"),
        QCoreApplication.translate("SurveyImportDialog", "Cancel"),
        0,
        count,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("SurveyImportDialog", "Import survey"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def report(done: int, total: int, name: str) -> bool:
        progress.setValue(done)
        progress.setLabelText(
            QCoreApplication.translate(
                "SurveyImportDialog", "Importing answer {done} of {total}…"
            ).format(done=number(done + 1), total=number(total))
        )
        return not progress.wasCanceled()

    project: Project = session.project

    def run() -> SurveyImport:
        return project.push(ImportSurvey(plan, progress=report))

    result: SurveyImport | None = session.edit(run)
    progress.setValue(count)
    progress.close()
    if result is None:
        return None
    notes = [shown(note) for note in [*notice_lines(result), *plan.warnings]]
    summary = QCoreApplication.translate(
        "SurveyImportDialog", "Imported {answers} to {questions} from {respondents}."
    ).format(
        answers=SurveyImportDialog.tr("%Ln answers", "", len(result.document_ids)),
        questions=SurveyImportDialog.tr("%Ln questions", "", len(result.questions)),
        respondents=SurveyImportDialog.tr("%Ln respondents", "", result.respondents),
    )
    sentence = QCoreApplication.translate("SurveyImportDialog", "{note}.")
    sentences = [sentence.format(note=note[:1].upper() + note[1:]) for note in notes]
    session.status.emit(" ".join([summary, *sentences]))
    return result


class SurveyImportDialog(QDialog):
    """The sheet's first rows, and which column is what; with ``sheet_names``
    (a workbook of several sheets), a box to choose the sheet, whose rows
    and columns then replace the first's."""

    def __init__(
        self, sheet: Sheet, parent: QWidget | None = None, sheet_names: Sequence[str] = ()
    ) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.setWindowTitle(self.tr("Import survey: {name}").format(name=sheet.path.name))

        self.sheet_box = QComboBox()
        self.sheet_box.addItems(list(sheet_names))
        self.sheet_box.setAccessibleName(self.tr("Sheet"))
        self.sheet_box.currentTextChanged.connect(self._on_sheet_chosen)
        self.id_box = QComboBox()
        self.id_box.setAccessibleName(self.tr("Respondent id column"))
        self.id_box.currentIndexChanged.connect(self._on_id_changed)

        self.rows_label = QLabel()
        self.preview = self._preview_table()
        self.table = self._column_table()
        self.summary = QLabel()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        if len(sheet_names) > 1:
            form.addRow(self.tr("&Sheet:"), self.sheet_box)
        else:
            self.sheet_box.hide()
        form.addRow(self.tr("Respondent &id column:"), self.id_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rows_label)
        layout.addWidget(self.preview)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Each non-empty cell of a text column becomes a document named "
                    "'column – id'; attribute columns become each answer's attributes."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.table.itemChanged.connect(lambda _item: self._update())
        self._show_sheet(sheet)
        self.resize(760, 560)

    def _on_sheet_chosen(self, name: str) -> None:
        if not name or name == self._sheet_name:
            return
        try:
            sheet = read_sheet(self.sheet.path, name)
        except QcodeError as problem:
            # This sheet cannot be imported: say why, and import nothing.
            self._sheet_name = name
            self.summary.setText(error_text(problem))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self._show_sheet(sheet)

    def _show_sheet(self, sheet: Sheet) -> None:
        """Preview ``sheet`` and start again from a guess of its columns."""
        self.sheet = sheet
        self._sheet_name = self.sheet_box.currentText()
        guess = guess_columns(sheet)
        rows = len(sheet.rows)
        self.rows_label.setText(
            self.tr("%Ln rows; the first {shown}:", "", rows).format(
                shown=number(min(rows, PREVIEW_ROWS))
            )
        )
        self._fill_preview()
        self.id_box.blockSignals(True)
        self.id_box.clear()
        self.id_box.addItems(list(sheet.header))
        self.id_box.setCurrentIndex(sheet.header.index(guess.id_column))
        self.id_box.blockSignals(False)
        self.table.blockSignals(True)
        self._fill_columns(guess)
        self.table.blockSignals(False)
        self._on_id_changed(self.id_box.currentIndex())

    def _preview_table(self) -> QTableWidget:
        table = QTableWidget()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAccessibleName(self.tr("First rows of the sheet"))
        table.setMaximumHeight(180)
        return table

    def _fill_preview(self) -> None:
        sheet, table = self.sheet, self.preview
        shown = sheet.rows[:PREVIEW_ROWS]
        table.clear()
        table.setRowCount(len(shown))
        table.setColumnCount(len(sheet.header))
        table.setHorizontalHeaderLabels(list(sheet.header))
        table.setVerticalHeaderLabels([str(row.number) for row in shown])
        for r, row in enumerate(shown):
            for c, value in enumerate(row.values):
                table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))

    def _column_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setAccessibleName(self.tr("Columns"))
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(EXAMPLE, QHeaderView.ResizeMode.Stretch)
        return table

    def _fill_columns(self, guess: SurveyColumns) -> None:
        sheet, table = self.sheet, self.table
        table.clear()
        table.setRowCount(len(sheet.header))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Text to code"),
                self.tr("Attribute"),
                self.tr("First value"),
            ]
        )
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
        table.horizontalHeader().setSectionResizeMode(EXAMPLE, QHeaderView.ResizeMode.Stretch)

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
            self.tr("{answers} from {texts}, with {attributes} each (the id included).").format(
                answers=self.tr("%Ln answers", "", answers),
                texts=self.tr("%Ln text columns", "", len(columns.text_columns)),
                attributes=self.tr("%Ln attributes", "", len(columns.attribute_columns) + 1),
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(columns.text_columns) and answers > 0)
