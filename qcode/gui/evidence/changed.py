"""Edit ▸ Changed codings…: the codings a correction of the text cut through,
flagged "text changed", for the researcher to read again.

Each row shows the coding's code, its document, who coded it, what it
covers now and where it was before; "Show in text" selects it, and "Mark
reviewed" clears the flag (one undoable edit, ``Project.review_codings``).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.core.events import ProjectChanged
from qcode.gui.evidence.provenance import when
from qcode.gui.i18n.plurals import number
from qcode.gui.session import Session
from qcode.gui.widgets.table_model import Column, TableModel
from qcode.gui.widgets.text import one_line
from qcode.model import ChangedCoding, Coding


@dataclass(frozen=True)
class ChangedRow:
    flag: ChangedCoding
    coding: Coding
    document: str
    code: str
    coder: str
    text: str  # what it covers now, on one line


class ChangedModel(TableModel[ChangedRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column[ChangedRow](self.tr("Code"), lambda r: r.code),
                Column[ChangedRow](self.tr("Document"), lambda r: r.document),
                Column[ChangedRow](self.tr("Coder"), lambda r: r.coder),
                Column[ChangedRow](self.tr("Text now"), lambda r: r.text, tooltip=lambda r: r.text),
                Column[ChangedRow](
                    self.tr("Was"),
                    lambda r: f"{number(r.flag.old_start)}–{number(r.flag.old_end)}",
                    header_tooltip=self.tr(
                        "Where the coding was before the correction (characters)"
                    ),
                ),
                Column[ChangedRow](
                    self.tr("Changed"),
                    lambda r: self.tr("version {version}, {when}").format(
                        version=r.flag.version, when=when(r.flag.flagged_at)
                    ),
                ),
            ],
            parent,
        )


def changed_rows(session: Session) -> list[ChangedRow]:
    """The flagged codings, by document and position."""
    project = session.project
    flags = project.changed_codings()
    if not flags:
        return []
    codebook = project.codebook()
    coders = {coder.id: coder.name for coder in project.coders()}
    names = {document.id: document for document in project.documents()}
    texts: dict[int, str] = {}
    rows = []
    for coding in project.codings():
        flag = flags.get(coding.id)
        if flag is None:
            continue
        if coding.document_id not in texts:
            texts[coding.document_id] = project.text(coding.document_id)
        document = names.get(coding.document_id)
        rows.append(
            ChangedRow(
                flag,
                coding,
                document.name if document else "?",
                codebook.path(coding.code_id) if coding.code_id in codebook else "?",
                coders.get(coding.coder_id, "?"),
                one_line(texts[coding.document_id][coding.start : coding.end]),
            )
        )
    return sorted(rows, key=lambda r: (r.document, r.coding.start))


class ChangedCodingsDialog(QDialog):
    """The flagged codings; kept up to date while open."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Codings whose text was changed"))
        self.resize(880, 360)
        self.model = ChangedModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Changed codings"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.show_in_text())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        show = QPushButton(self.tr("&Show in text"), self)
        show.clicked.connect(self.show_in_text)
        self.review_button = QPushButton(self.tr("&Mark reviewed"), self)
        self.review_button.setToolTip(
            self.tr("Clear the “text changed” flag of the selected codings")
        )
        self.review_button.clicked.connect(self.mark_reviewed)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(show)
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        session.project.changed.connect(self._on_project_changed)
        self.destroyed.connect(lambda: self._disconnect(session))
        self.refresh()

    def _disconnect(self, session: Session) -> None:
        with contextlib.suppress(ValueError):  # already gone
            session.project.changed.disconnect(self._on_project_changed)

    def _on_project_changed(self, event: ProjectChanged) -> None:
        if event.kinds & {"codings", "documents", "codes"}:
            self.refresh()

    def refresh(self) -> None:
        rows = changed_rows(self.session)
        self.model.set_rows(rows)
        self.review_button.setEnabled(bool(rows))
        self.summary.setText(
            self.tr(
                "A correction of the text cut through these codings: each was kept on what "
                "remains of its text. Read them again, then mark them reviewed."
            )
            if rows
            else self.tr("No coding is flagged “text changed”.")
        )

    def selected(self) -> list[ChangedRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row] for row in rows]

    def show_in_text(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        coding = chosen[0].coding
        project = self.session.project
        self.session.open_document(
            project.document(coding.document_id), select=(coding.start, coding.end)
        )

    def mark_reviewed(self) -> None:
        chosen = self.selected() or (self.model.rows if len(self.model.rows) == 1 else [])
        if not chosen:
            self.session.status.emit(self.tr("Select the codings you have reviewed first."))
            return
        project = self.session.project
        count = self.session.edit(lambda: project.review_codings([r.coding for r in chosen]))
        if count:
            self.session.status.emit(self.tr("%Ln codings marked reviewed.", "", count))


def show_changed_codings(session: Session, parent: QWidget) -> ChangedCodingsDialog:
    dialog = ChangedCodingsDialog(session, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    parent.changed_codings = dialog  # type: ignore[attr-defined]  # kept for tests
    return dialog
