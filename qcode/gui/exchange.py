"""File ▸ Export/Import REFI-QDA project: the app's side of .qdpx exchange.

The work is in :mod:`qcode.export.qdpx` and :mod:`qcode.core.qdpx_import`;
this module only asks where, shows progress and reports what happened.

It also holds the question every export of the app asks when the project
has a pseudonym table: whether to pseudonymise (a ticked checkbox, so the
safe answer is the default); see :func:`choose_pseudonymiser`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QWidget

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.gui.export_flow import ask_save_path, write_with_progress
from qcode.gui.session import Session

if TYPE_CHECKING:
    from qcode.core.pseudonymise import Pseudonymiser

PSEUDONYMISE_LABEL = "Pseudonymise (replace identifiers from the Pseudonyms table)"


def ask_pseudonymise(project: Project, parent: QWidget, title: str) -> bool | None:
    """Whether to pseudonymise an export: asked (ticked by default) when the
    project has pseudonyms, False without asking when it has none; None
    when the user cancels."""
    count = len(project.pseudonyms())
    if not count:
        return False
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setAccessibleName("Pseudonymise the export?")
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(f"This project has {count} pseudonym{'s' if count != 1 else ''}.")
    box.setInformativeText(
        "Ticked, the export shows each identifier's replacement instead, and is checked for "
        "identifiers before it is saved. The project itself does not change."
    )
    check = QCheckBox(PSEUDONYMISE_LABEL, box)
    check.setAccessibleName(PSEUDONYMISE_LABEL)
    check.setChecked(True)
    box.setCheckBox(check)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    if box.exec() != QMessageBox.StandardButton.Ok:
        return None
    return check.isChecked()


def choose_pseudonymiser(
    session: Session, parent: QWidget, title: str, pseudonymise: bool | None
) -> tuple[bool, Pseudonymiser | None]:
    """``(go on, pseudonymiser)`` for an export: ``pseudonymise`` None asks
    (:func:`ask_pseudonymise`); True with an empty table reports the error."""
    from qcode.core.pseudonymise import Pseudonymiser

    if pseudonymise is None:
        pseudonymise = ask_pseudonymise(session.project, parent, title)
        if pseudonymise is None:
            return False, None
    if not pseudonymise:
        return True, None
    try:
        return True, Pseudonymiser.of(session.project)
    except QcodeError as problem:
        session.error.emit(str(problem))
        return False, None


def suggested_name(project: Project, label: str, suffix: str, pseudonymised: bool) -> Path:
    """Where the save dialog starts: beside the project, marked when pseudonymised."""
    marked = " (pseudonymised)" if pseudonymised else ""
    return project.path.with_name(f"{project.path.stem}{label}{marked}{suffix}")


def export_qdpx_dialog(
    session: Session,
    parent: QWidget,
    path: Path | None = None,
    pseudonymise: bool | None = None,
) -> Path | None:
    """Ask where (unless ``path`` is given) and write the project as .qdpx,
    with a progress dialog whose Cancel leaves no file.  ``pseudonymise``
    None asks whether to (when the project has pseudonyms).  Returns the path."""
    from qcode.export.qdpx import export_qdpx

    project = session.project
    go_on, pseudonymiser = choose_pseudonymiser(
        session, parent, "Export REFI-QDA project", pseudonymise
    )
    if not go_on:
        return None
    if path is None:
        suggested = suggested_name(project, "", ".qdpx", pseudonymiser is not None)
        path = ask_save_path(
            parent, "Export REFI-QDA project", suggested, "REFI-QDA projects (*.qdpx)", ".qdpx"
        )
        if path is None:
            return None
    target = path
    summary = write_with_progress(
        session,
        parent,
        "Export REFI-QDA project",
        "Writing the REFI-QDA project…",
        target,
        lambda progress: export_qdpx(project, target, progress, pseudonymiser=pseudonymiser),
    )
    if summary is None:
        return None
    note = ""
    if summary.not_exported:
        note = " Not in the standard, so not exported: " + "; ".join(summary.not_exported)
    if pseudonymiser is not None:
        note += " Pseudonymised, and checked: no identifier is left in it."
    session.status.emit(
        f"Wrote {path}: {summary.documents} documents, {summary.codes} codes, "
        f"{summary.codings:,} codings, {summary.memos} memos.{note}"
    )
    return path


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
            "Import REFI-QDA project",
            str(session.project.path.parent),
            "REFI-QDA projects (*.qdpx *.qde)",
        )
        if not chosen:
            return None
        source = Path(chosen)
    project = session.project
    into_open_project = not project.documents() and not project.coding_counts()
    if not into_open_project and target is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            "This project already has documents: import into a new project",
            str(project.path.with_name(source.stem + ".qcode")),
            "qcode projects (*.qcode)",
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
                session.error.emit(str(problem))
            received = target
    finally:
        QGuiApplication.restoreOverrideCursor()
    if report is None:
        return None
    _show_report(parent, report)
    if not into_open_project:
        open_project(received)
    return received


def _import_into_new(target: Path, source: Path, coder: str) -> object:
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


def _show_report(parent: QWidget, report: object) -> None:
    data = report.as_json()  # type: ignore[attr-defined]
    counts = ", ".join(
        f"{data.get(key, 0):,} {label}"
        for key, label in (
            ("documents", "documents"),
            ("codes", "codes"),
            ("codings", "codings"),
            ("memos", "memos"),
            ("users", "coders"),
            ("variables", "attributes"),
        )
    )
    lines = []
    for heading in ("warnings", "changed", "skipped"):
        for line in data.get(heading, []):
            lines.append(f"{heading.rstrip('s') if heading == 'warnings' else heading}: {line}")
    box = QMessageBox(parent)
    box.setWindowTitle("REFI-QDA import")
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(f"Imported {counts}.")
    if lines:
        box.setInformativeText(
            f"{len(lines)} things were skipped or changed: see the details below."
        )
        box.setDetailedText("\n".join(lines))
    else:
        box.setInformativeText("Nothing was skipped or changed.")
    box.setAccessibleName("REFI-QDA import report")
    box.exec()
