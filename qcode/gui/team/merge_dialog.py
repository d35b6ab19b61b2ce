"""File ▸ Merge project…: bring other projects' work (usually coders' copies
made with File ▸ Prepare coder copies…) into the open project, then show
what the merge did.

The merging itself is the core's (:meth:`Project.merge`): it writes a backup
first and is one undoable edit per merged file.  Here we choose the files,
ask before changing anything, and show the :class:`MergeReport` of each:
the counts, the conflicts a researcher should look at, and the codings that
had to be moved because a document's text differs between the projects.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qcode.core.merge.project import merge_project
from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text, shown
from qcode.gui.i18n.plurals import Plural, number
from qcode.gui.session import Session

if TYPE_CHECKING:
    from qcode.core.merge.project import MergeReport
    from qcode.core.project import Project

# Rows that fit their wrapped text; past this many, measuring them all is too slow.
WRAP_ROW_LIMIT = 400
# Longest text shown in a cell of the re-anchored table (the tooltip has it all).
CELL_TEXT_LIMIT = 300


def merge_projects(window: QWidget, session: Session) -> MergeReportDialog | None:
    """Ask for projects to merge into the open one, merge them one by one
    (stopping at the first that fails; the session shows why) and show the
    report.  Returns the report dialog, or None when nothing was merged."""
    project = session.project
    chosen, _ = QFileDialog.getOpenFileNames(
        window,
        QCoreApplication.translate("team.merge_dialog", "Merge projects into this one"),
        str(project.path.parent),
        QCoreApplication.translate("team.merge_dialog", "qcode projects (*.qcode)"),
    )
    if not chosen:
        return None
    paths = [Path(name) for name in chosen]
    own = project.path.resolve()
    for path in paths:
        if path.resolve() == own:
            session.error.emit(
                QCoreApplication.translate(
                    "team.merge_dialog",
                    "{name}: this is the open project; choose another project to merge into it",
                ).format(name=path.name)
            )
            return None
    question = Plural.tr(
        "Merge %Ln projects into {name}? A backup is written first.", "", len(paths)
    ).format(name=project.name)
    answer = QMessageBox.question(
        window, QCoreApplication.translate("team.merge_dialog", "Merge projects"), question
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    reports: list[MergeReport] = []
    problem: str | None = None
    for path in paths:
        try:
            reports.append(_merge_one(window, project, path))
        except QcodeError as error:
            problem = error_text(error)
            break
    if problem is not None:  # shown after the busy cursor is gone
        session.error.emit(problem)
    if not reports:
        return None
    added = sum(report.codings_added for report in reports)
    session.status.emit(
        Plural.tr("Merged %Ln projects: {added}.", "", len(reports)).format(
            added=Plural.tr("%Ln codings added", "", added)
        )
    )
    dialog = MergeReportDialog(reports, window, folder=project.path.parent)
    dialog.show()
    return dialog


def _item(text: str, tooltip: str | None = None) -> QTableWidgetItem:
    cut = text if len(text) <= CELL_TEXT_LIMIT else text[: CELL_TEXT_LIMIT - 1] + "…"
    item = QTableWidgetItem(cut)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(tooltip if tooltip is not None else text)
    return item


def _number(value: int | None) -> QTableWidgetItem:
    item = _item("—" if value is None else number(value), "")
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(
    name: str, headers: Sequence[str], rows: Sequence[Sequence[QTableWidgetItem]]
) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    for row, items in enumerate(rows):
        for column, item in enumerate(items):
            table.setItem(row, column, item)
    return table


def _merge_one(window: QWidget, project: Project, path: Path) -> MergeReport:
    """Merge ``path`` (asking for its passphrase when it is encrypted with
    another one than this project's) under a busy cursor."""
    from qcode.core.encryption import PassphraseNeededError, WrongPassphraseError
    from qcode.gui.privacy.passphrase_dialog import ask_passphrase

    passphrase: str | None = None
    problem = ""
    while True:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return merge_project(project, path, passphrase=passphrase)
        except (PassphraseNeededError, WrongPassphraseError) as error:
            if passphrase is not None:
                problem = QCoreApplication.translate("team.merge_dialog", "Wrong passphrase. ")
            elif isinstance(error, WrongPassphraseError):
                problem = QCoreApplication.translate(
                    "team.merge_dialog", "It has another passphrase than this project. "
                )
        finally:
            QApplication.restoreOverrideCursor()
        passphrase = ask_passphrase(window, path, problem)
        if passphrase is None:
            raise QcodeError(
                QCoreApplication.translate(
                    "team.merge_dialog", "{name} was not merged: no passphrase given"
                ).format(name=path.name)
            )


class MergeReportDialog(QDialog):
    """What each merge did: one tab per merged file (no tab bar for one)."""

    def __init__(
        self,
        reports: Sequence[MergeReport],
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.reports = list(reports)
        self._folder = folder
        self.setWindowTitle(self.tr("Merge report — qcode"))
        self.setAccessibleName(self.tr("Merge report"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Merged projects"))
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)
        for report in self.reports:
            self.tabs.addTab(self._report_page(report), Path(report.source).name)
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(self.tr("Report saved"))
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("Save report…"), self)
        self.save_button.setAccessibleName(self.tr("Save report"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(lambda: self.save_report())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.saved_label)
        layout.addWidget(buttons)
        self.resize(980, 680)

    # -- one merged file ------------------------------------------------------------

    def _report_page(self, report: MergeReport) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        about = QVBoxLayout()
        about.addWidget(
            _label(
                self.tr("Merged from <b>{escape}</b>.").format(escape=_escape(report.source)), page
            )
        )
        on_copies = getattr(report, "codings_on_copies", 0)
        if on_copies:
            about.addWidget(
                _label(
                    self.tr(
                        "%Ln codings were kept on a copy of their document, because their text "
                        "is not in this project.",
                        "",
                        on_copies,
                    ),
                    page,
                )
            )
        if report.backup:
            backup = _label(
                self.tr("This project as it was before: {escape}").format(
                    escape=_escape(report.backup)
                ),
                page,
            )
        else:
            backup = _label(self.tr("No backup was written."), page)
        backup.setAccessibleName(self.tr("Backup"))
        about.addWidget(backup)
        about.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self._counts_table(report), 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(about, 1)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.setChildrenCollapsible(False)
        groups = [self._conflicts_group(report, page), self._reanchored_group(report, page)]
        for group, rows in groups:
            if rows:
                splitter.addWidget(group)
                # Share the height by how much each has to show.
                splitter.setStretchFactor(splitter.count() - 1, min(rows, 8) + 2)
            else:
                layout.addWidget(group)
        if splitter.count():
            layout.addWidget(splitter, 1)
        else:
            splitter.deleteLater()
            layout.addStretch(1)
        return page

    def _conflicts_group(self, report: MergeReport, page: QWidget) -> tuple[QGroupBox, int]:
        group = QGroupBox(
            self.tr("Conflicts to check ({n_conflicts})").format(n_conflicts=len(report.conflicts)),
            page,
        )
        box = QVBoxLayout(group)
        if not report.conflicts:
            box.addWidget(QLabel(self.tr("None: nothing to check."), group))
            return group, 0
        kinds = self._kind_names()
        rows = [
            [_item(kinds.get(c.kind, c.kind)), _item(shown(c.subject)), _item(shown(c.detail))]
            for c in report.conflicts
        ]
        table = _table(
            self.tr("Conflicts"), [self.tr("Kind"), self.tr("Subject"), self.tr("Detail")], rows
        )
        _fit_columns(table, fixed={0: 90, 1: 200}, stretch=2)
        box.addWidget(table)
        return group, len(rows)

    def _kind_names(self) -> dict[str, str]:
        """The conflict kinds (:data:`qcode.core.merge.report.CONFLICT_KINDS`) as shown."""
        return {
            "document": self.tr("document"),
            "code": self.tr("code"),
            "coding": self.tr("coding"),
            "memo": self.tr("memo"),
            "coder": self.tr("coder"),
            "attribute": self.tr("attribute"),
            "pseudonym": self.tr("pseudonym"),
            "speaker": self.tr("speaker"),
            "case": self.tr("case"),
            "framework": self.tr("framework"),
            "link": self.tr("link"),
            "grade": self.tr("grade"),
            "query": self.tr("query"),
            "participant": self.tr("participant"),
        }

    def _reanchored_group(self, report: MergeReport, page: QWidget) -> tuple[QGroupBox, int]:
        moved = report.codings_reanchored
        group = QGroupBox(
            self.tr("Re-anchored codings ({n_moved})").format(n_moved=len(moved)), page
        )
        box = QVBoxLayout(group)
        if not moved:
            box.addWidget(
                QLabel(
                    self.tr(
                        "None: every merged coding covers the same text as in the other project."
                    ),
                    group,
                )
            )
            return group, 0
        box.addWidget(
            _label(
                self.tr(
                    "These documents' text differs between the projects, so these codings were "
                    "moved to where the same text is in this project."
                ),
                group,
            )
        )
        rows = [
            [
                _item(str(entry["document"])),
                _item(str(entry["code"])),
                _item(str(entry["coder"])),
                _item(str(entry["old_text"]), _span_tip(entry, "old_")),
                _item(str(entry["text"]), _span_tip(entry, "")),
            ]
            for entry in moved
        ]
        table = _table(
            self.tr("Re-anchored codings"),
            [
                self.tr("Document"),
                self.tr("Code"),
                self.tr("Coder"),
                self.tr("Old text"),
                self.tr("New text"),
            ],
            rows,
        )
        _fit_columns(table, fixed={0: 150, 1: 150, 2: 90}, stretch=None)
        box.addWidget(table)
        return group, len(rows)

    def _counts_table(self, report: MergeReport) -> QTableWidget:
        counts = [
            (self.tr("Documents"), report.documents_added, report.documents_matched),
            (self.tr("Codes"), report.codes_added, report.codes_matched),
            (self.tr("Codings"), report.codings_added, report.codings_skipped_duplicate),
            (self.tr("Memos"), report.memos_added, None),
            (self.tr("Coders"), report.coders_added, None),
        ]
        extras = [
            (self.tr("Attributes"), getattr(report, "variables_added", 0)),
            (self.tr("Attribute values"), getattr(report, "values_added", 0)),
            (self.tr("Rejected suggestions"), getattr(report, "rejections_added", 0)),
            (self.tr("Pseudonyms"), getattr(report, "pseudonyms_added", 0)),
        ]
        counts += [(what, added, None) for what, added in extras if added]
        rows = [[_item(what, ""), _number(added), _number(had)] for what, added, had in counts]
        table = _table(
            self.tr("Merge counts"), ["", self.tr("Added"), self.tr("Already here (skipped)")], rows
        )
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setAlternatingRowColors(False)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(0, max(table.columnWidth(0), 110))
        table.setColumnWidth(1, max(table.columnWidth(1), 90))
        table.resizeRowsToContents()
        width = sum(table.columnWidth(c) for c in range(table.columnCount()))
        height = header.height() + sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedSize(width + 2 * table.frameWidth(), height + 2 * table.frameWidth())
        return table

    # -- saving ------------------------------------------------------------------------

    def as_json(self) -> list[dict[str, object]]:
        return [report.as_json() for report in self.reports]

    def save_report(self, path: Path | None = None) -> Path | None:
        """Write the reports as JSON (asks where unless ``path`` is given)."""
        if path is None:
            folder = self._folder or Path(self.reports[0].source).parent
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save merge report"),
                str(folder / self.tr("merge report.json")),
                self.tr("JSON (*.json)"),
            )
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".json") else chosen + ".json")
        text = json.dumps(self.as_json(), indent=2, ensure_ascii=False)
        try:
            path.write_text(text + "\n", encoding="utf-8")
        except OSError as problem:
            self.saved_label.setText(
                self.tr("Could not save the report: {problem}").format(
                    problem=problem.strerror or problem
                )
            )
            return None
        self.saved_label.setText(self.tr("Saved the report to {path}.").format(path=path))
        return path


def _fit_columns(table: QTableWidget, fixed: dict[int, int], stretch: int | None) -> None:
    """Fixed widths for short columns; the long text columns share the rest
    and wrap, so a row is as tall as its text (for tables of modest size)."""
    header = table.horizontalHeader()
    header.setMinimumSectionSize(60)
    for column in range(table.columnCount()):
        if column in fixed:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, fixed[column])
        elif stretch is None or column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    if table.rowCount() <= WRAP_ROW_LIMIT:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the core's order until clicked
    table.setSortingEnabled(True)


def _span_tip(entry: dict[str, object], prefix: str) -> str:
    start, end = entry.get(f"{prefix}start"), entry.get(f"{prefix}end")
    return QCoreApplication.translate(
        "team.merge_dialog", "{get}\n\n(characters {start}–{end})"
    ).format(get=entry.get(f"{prefix}text", ""), start=start, end=end)


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
