"""File ▸ Import: documents, a codebook (.qdc) and a REFI-QDA project (.qdpx).

The work is in :mod:`qcode.core` (:meth:`Project.import_files`,
:meth:`Project.import_codebook`, :mod:`qcode.core.qdpx_import`); this module
only asks which files, shows progress and reports what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text, shown
from qcode.gui.i18n.plurals import Plural, sentence_list
from qcode.gui.session import Session
from qcode.io.documents import SUPPORTED_SUFFIXES
from qcode.model import Document

if TYPE_CHECKING:
    from qcode.core.qdpx_relations import QdpxImportReport

MOST_WARNINGS_SHOWN = 20  # the rest are counted


# -- documents -----------------------------------------------------------------------------


def ask_and_import_documents(session: Session, parent: QWidget) -> list[Document]:
    """File ▸ Import documents: choose files, then :func:`import_documents`."""
    patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("exchange.imports", "Import documents"),
        str(Path.home()),
        QCoreApplication.translate("exchange.imports", "Documents ({patterns})").format(
            patterns=patterns
        ),
    )
    return import_documents(session, parent, [Path(p) for p in paths]) if paths else []


def import_documents(session: Session, parent: QWidget, paths: list[Path]) -> list[Document]:
    """Import with a progress dialog; Cancel leaves the project as it was.
    Opens the first document added and says what reading the files changed."""
    progress = QProgressDialog(
        QCoreApplication.translate("exchange.imports", "Importing…"),
        QCoreApplication.translate("exchange.imports", "Cancel"),
        0,
        len(paths),
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("exchange.imports", "Import documents"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def report(index: int, count: int, name: str) -> bool:
        progress.setValue(index)
        progress.setLabelText(
            QCoreApplication.translate(
                "exchange.imports", "Importing {name} ({number} of {count})…"
            ).format(name=name, number=index + 1, count=count)
        )
        return not progress.wasCanceled()

    project = session.project
    warnings: list[str] = []
    added = session.edit(lambda: project.import_files(paths, progress=report, warnings=warnings))
    progress.setValue(len(paths))
    progress.close()
    if not added:
        return []
    session.open_document(added[0])
    session.status.emit(Plural.tr("Imported %Ln documents.", "", len(added)))
    if warnings:
        # What reading the files changed or guessed (bytes replaced by
        # U+FFFD, a legacy encoding): the researcher should check the source.
        listed = [shown(line) for line in warnings[:MOST_WARNINGS_SHOWN]]
        if len(warnings) > len(listed):
            listed.append(Plural.tr("… and %Ln more", "", len(warnings) - len(listed)))
        check = Plural.tr("Imported %Ln documents. Please check:\n\n", "", len(added))
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("exchange.imports", "Import report"),
            check + "\n".join(listed),
        )
    return list(added)


# -- a codebook ----------------------------------------------------------------------------


def ask_and_import_codebook(session: Session, parent: QWidget) -> None:
    """File ▸ Import codebook: choose a .qdc (or .qde), then :func:`import_codebook`."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("exchange.imports", "Import codebook"),
        str(Path.home()),
        QCoreApplication.translate("exchange.imports", "REFI-QDA codebooks (*.qdc *.qde)"),
    )
    if path:
        import_codebook(session, Path(path))


def import_codebook(session: Session, path: Path, *, named: bool = False) -> None:
    """Add the codes of ``path`` that the codebook lacks; says how many
    (``named``: the file's name first, as for a file dropped on the window)."""
    project = session.project
    result = session.edit(lambda: project.import_codebook(path))
    if result is not None:
        where = f"{path.name}: " if named else ""
        said = QCoreApplication.translate(
            "exchange.imports", "{where}{added} codes added, {matched} already there."
        ).format(where=where, added=result.added, matched=result.matched)
        if result.notes:  # names the import had to change: the researcher should know
            said += " " + QCoreApplication.translate("exchange.imports", "Note: {notes}.").format(
                notes="; ".join(shown(note) for note in result.notes)
            )
        session.status.emit(said)


# -- a REFI-QDA project --------------------------------------------------------------------


def import_qdpx_dialog(
    session: Session,
    parent: QWidget,
    open_project: Callable[[Path], None],
    source: Path | None = None,
    target: Path | None = None,
) -> Path | None:
    """Import a .qdpx (or .qde) file.

    Into the open project when it holds no documents yet; otherwise into a new
    project file the user names (``target``), which ``open_project`` then
    opens.  Returns the project file that received the import, or None.
    """
    from qcode.core.qdpx_import import import_qdpx

    if source is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("exchange.imports", "Import REFI-QDA project"),
            str(session.project.path.parent),
            QCoreApplication.translate("exchange.imports", "REFI-QDA projects (*.qdpx *.qde)"),
        )
        if not chosen:
            return None
        source = Path(chosen)
    project = session.project
    into_open_project = not project.documents() and not project.coding_counts()
    if not into_open_project and target is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate(
                "exchange.imports", "This project already has documents: import into a new project"
            ),
            str(project.path.with_name(source.stem + ".qcode")),
            QCoreApplication.translate("exchange.imports", "qcode projects (*.qcode)"),
        )
        if not chosen:
            return None
        target = Path(chosen if chosen.endswith(".qcode") else chosen + ".qcode")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if into_open_project:
            report = session.edit(lambda: import_qdpx(project, source))
            received = project.path
        else:
            assert target is not None
            try:
                report = _import_into_new(target, source, project.coder_name)
            except QcodeError as problem:
                report = None
                session.error.emit(error_text(problem))
            received = target
    finally:
        QGuiApplication.restoreOverrideCursor()
    if report is None:
        return None
    _show_report(parent, report)
    if not into_open_project:
        open_project(received)
    return received


def _import_into_new(target: Path, source: Path, coder: str) -> QdpxImportReport:
    from qcode.core.qdpx_import import import_qdpx

    created = Project.create(target, coder=coder)
    try:
        with created:
            return import_qdpx(created, source)
    except BaseException:
        # A failed import leaves no half project behind.
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        raise


def report_lines(report: QdpxImportReport) -> list[str]:
    """The import report's warnings, changes and omissions, one line each, in
    the interface's language (the core writes them as translatable messages)."""
    headed = (
        (QCoreApplication.translate("exchange.imports", "warning: {line}"), report.warnings),
        (QCoreApplication.translate("exchange.imports", "changed: {line}"), report.changed),
        (QCoreApplication.translate("exchange.imports", "skipped: {line}"), report.skipped),
    )
    return [heading.format(line=shown(line)) for heading, lines in headed for line in lines]


def _show_report(parent: QWidget, report: QdpxImportReport) -> None:
    counts = sentence_list(
        [
            Plural.tr("%Ln documents", "", report.documents),
            Plural.tr("%Ln codes", "", report.codes),
            Plural.tr("%Ln codings", "", report.codings),
            Plural.tr("%Ln memos", "", report.memos),
            Plural.tr("%Ln coders", "", report.users),
            Plural.tr("%Ln attributes", "", report.variables),
        ]
    )
    lines = report_lines(report)
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("exchange.imports", "REFI-QDA import"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(
        QCoreApplication.translate("exchange.imports", "Imported {counts}.").format(counts=counts)
    )
    if lines:
        box.setInformativeText(
            QCoreApplication.translate(
                "exchange.imports",
                "{n_lines} things were skipped or changed: see the details below.",
            ).format(n_lines=len(lines))
        )
        box.setDetailedText("\n".join(lines))
    else:
        box.setInformativeText(
            QCoreApplication.translate("exchange.imports", "Nothing was skipped or changed.")
        )
    box.setAccessibleName(QCoreApplication.translate("exchange.imports", "REFI-QDA import report"))
    box.exec()
