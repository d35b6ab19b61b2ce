"""Documents ▸ Provenance…: where a document came from and what happened to
its text since.

The dialog shows the file it was imported from (name, size, SHA-256, who
imported it and when, what converting it to text changed), every version of
its text (who, when, what, size, hash) and, for a chosen version, what
differs between it and the text now.  "Save original file…" writes the
kept bytes back out, byte for byte (the core checks them against their hash
and logs it); when only the hash was kept it says so instead.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text, shown
from qcode.gui.i18n.plurals import Plural, number
from qcode.gui.session import Session
from qcode.gui.widgets.table_model import RIGHT, Column, TableModel
from qcode.model import Document, OriginalFile, TextVersion

# A diff longer than this many lines is cut (a whole re-typed transcript).
MAX_DIFF_LINES = 2000


def size_text(size: int) -> str:
    """A file size as people read it (bytes, with KB/MB beside)."""
    in_bytes = Plural.tr("%Ln bytes", "", size)
    if size < 1024:
        return in_bytes
    for unit, scale in (
        ("MB", 1024 * 1024),
        (QCoreApplication.translate("evidence.provenance", "KB"), 1024),
    ):
        if size >= scale:
            return QCoreApplication.translate(
                "evidence.provenance", "{value} {unit} ({bytes})"
            ).format(value=QLocale().toString(size / scale, "f", 1), unit=unit, bytes=in_bytes)
    return in_bytes  # pragma: no cover - covered by the loop


def when(stamp: str) -> str:
    """An ISO time stamp shown without its seconds' noise."""
    return stamp.replace("T", " ")[:16] + (
        QCoreApplication.translate("evidence.provenance", " UTC")
        if stamp.endswith("+00:00")
        else ""
    )


def _what(version: TextVersion) -> str:
    # The labels qcode wrote come as Messages (core.evidence.version_label).
    label = shown(version.label)
    if version.version == 1:
        return label or QCoreApplication.translate("evidence.provenance", "as imported")
    if not version.edit_kept:
        return QCoreApplication.translate(
            "evidence.provenance", "{label} (the edit was erased by a redaction or withdrawal)"
        ).format(label=label)
    return label


class VersionsModel(TableModel[TextVersion]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column[TextVersion](self.tr("Version"), lambda v: v.version, align=RIGHT),
                Column[TextVersion](self.tr("Who"), lambda v: v.coder or "?"),
                Column[TextVersion](self.tr("When"), lambda v: when(v.created_at)),
                Column[TextVersion](self.tr("What"), _what),
                Column[TextVersion](self.tr("Characters"), lambda v: number(v.length), align=RIGHT),
                Column[TextVersion](
                    "SHA-256", lambda v: v.sha256[:16] + "…", tooltip=lambda v: v.sha256
                ),
            ],
            parent,
        )


def diff_text(old: str, new: str, old_name: str, new_name: str) -> str:
    """A line-by-line diff of two versions of a text (paragraphs are lines),
    with one line of context; cut past :data:`MAX_DIFF_LINES` lines."""
    lines = list(
        difflib.unified_diff(
            old.splitlines(), new.splitlines(), old_name, new_name, n=1, lineterm=""
        )
    )
    if not lines:
        return QCoreApplication.translate(
            "evidence.provenance", "No difference: this version's text is the text now."
        )
    if len(lines) > MAX_DIFF_LINES:
        cut = len(lines) - MAX_DIFF_LINES
        lines = [
            *lines[:MAX_DIFF_LINES],
            Plural.tr("… %Ln more lines of difference not shown", "", cut),
        ]
    return "\n".join(lines)


class ProvenanceDialog(QDialog):
    """A document's original file, its text versions and their differences."""

    def __init__(self, session: Session, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.document = document
        self.setWindowTitle(self.tr("Provenance of '{name}'").format(name=document.name))
        self.resize(860, 640)
        project = session.project
        self.original: OriginalFile | None = project.original(document)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, value in self._facts().items():
            label = QLabel(value, self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            label.setAccessibleName(key)
            if key == "SHA-256":
                label.setFont(fixed)
            self.fields[key] = label
            form.addRow(self.tr("{field}:").format(field=key), label)

        self.save_button = QPushButton(self.tr("&Save original file…"), self)
        self.save_button.setAccessibleName(self.tr("Save original file"))
        self.save_button.clicked.connect(self.save_original)
        kept = self.original is not None and self.original.kept
        self.save_button.setEnabled(kept)
        if not kept:
            self.save_button.setToolTip(self._not_kept_reason())

        self.versions = VersionsModel(self)
        self.versions.set_rows(project.text_versions(document))
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Text versions"))
        self.table.setModel(self.versions)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_diff(current.row())
        )

        self.diff = QPlainTextEdit(self)
        self.diff.setReadOnly(True)
        self.diff.setFont(fixed)
        self.diff.setAccessibleName(self.tr("Difference from the text now"))
        self.diff.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        count = len(self.versions.rows)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Versions of the text ({count}); choose one to see how it differs from the "
                    "text now:"
                ).format(count=count),
                self,
            )
        )
        layout.addWidget(self.table, 2)
        layout.addWidget(self.diff, 3)
        layout.addWidget(buttons)
        if count:
            self.table.selectRow(0 if count == 1 else count - 2)

    def _facts(self) -> dict[str, str]:
        document, original = self.document, self.original
        facts = {
            self.tr("Document"): self.tr("{name} (%Ln characters)", "", document.length).format(
                name=document.name
            )
        }
        if original is None:
            facts[self.tr("Imported from")] = self.tr(
                "no file (added as text: a survey answer, or a project exchange file "
                "without its source)"
            )
            return facts
        facts[self.tr("Imported from")] = original.file_name
        facts[self.tr("Size")] = size_text(original.size)
        facts["SHA-256"] = original.sha256
        facts[self.tr("Imported")] = self.tr("{when} by {who}").format(
            when=when(original.imported_at), who=original.imported_by or "?"
        )
        facts[self.tr("Original kept")] = (
            self.tr("yes, byte for byte, inside the project")
            if original.kept
            else self.tr(
                "no: only its name, size and SHA-256 (the project keeps no imported files)"
            )
        )
        facts[self.tr("Conversion")] = (
            "\n".join(original.warnings)
            if original.warnings
            else self.tr("nothing was dropped or changed")
        )
        return facts

    def _not_kept_reason(self) -> str:
        if self.original is None:
            return self.tr("'{name}' was not imported from a file: it has no original.").format(
                name=self.document.name
            )
        return self.tr(
            "The bytes of {file_name} were not kept in the project, only its size and SHA-256."
        ).format(file_name=self.original.file_name)

    def show_diff(self, row: int) -> None:
        """Show how version ``row`` (a row of the table) differs from the text now."""
        if not 0 <= row < len(self.versions.rows):
            self.diff.setPlainText("")
            return
        version = self.versions.rows[row]
        project = self.session.project
        try:
            old = project.text_at(self.document, version.version)
        except QcodeError as problem:
            self.diff.setPlainText(error_text(problem))
            return
        now = project.text(self.document)
        latest = self.versions.rows[-1].version
        self.diff.setPlainText(
            diff_text(
                old,
                now,
                self.tr("version {version}").format(version=version.version),
                self.tr("now (version {latest})").format(latest=latest),
            )
        )

    def save_original(self) -> Path | None:
        """Ask where, then write the original file there; returns it."""
        if self.original is None or not self.original.kept:
            self.session.error.emit(self._not_kept_reason())
            return None
        suggested = Path.home() / Path(self.original.file_name).name
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the original file"), str(suggested)
        )
        if not name:
            return None
        written = self.session.edit(
            lambda: self.session.project.write_original(self.document, Path(name))
        )
        if written is not None:
            self.session.status.emit(
                self.tr("Wrote the original file to {written} (checked: its hash matches).").format(
                    written=written
                )
            )
        return written


def show_provenance(session: Session, document: Document | None, parent: QWidget) -> None:
    """Open the provenance dialog of ``document`` (or say to choose one)."""
    if document is None:
        session.status.emit(
            QCoreApplication.translate(
                "evidence.provenance",
                "Choose a document first (in the Documents list or by opening it).",
            )
        )
        return
    dialog = ProvenanceDialog(session, document, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    parent.provenance = dialog  # type: ignore[attr-defined]  # kept for tests and screenshots
