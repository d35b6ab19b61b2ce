"""The one way every export of the app goes, whatever it writes.

1. Pseudonymise?  Asked when the project has pseudonyms, ticked by default
   (the safe answer); Cancel stops here.  An export of passages (``quotes``)
   then says what the consent register will leave out, with an "Ignore
   consent (own backup)" box, unticked by default; asked only when the
   register blocks something.
2. Where?  A save dialog (unless the caller knows the path) suggesting a
   name beside the project, marked "(pseudonymised)" when it is.
3. Writing, through :mod:`qcode.export`, under a progress dialog whose
   Cancel leaves no file.
4. What happened: a status message naming the file (and what consent left
   out), or one line of error.

An export says only what differs, as an :class:`Export`; see
:mod:`qcode.gui.exchange.exports` for all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QProgressDialog, QWidget

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text
from qcode.gui.i18n.plurals import Plural, sentence_list
from qcode.gui.session import Session

if TYPE_CHECKING:
    from qcode.core.pseudonymise import Pseudonymiser
    from qcode.export.consent import Consent

T = TypeVar("T")
Progress = Callable[[int, int], bool]

# Marked here, translated where shown (with _tr: the translator comes after import).
PSEUDONYMISE_LABEL = QT_TRANSLATE_NOOP(
    "exchange", "Pseudonymise (replace identifiers from the Pseudonyms table)"
)
PSEUDONYMISED_NOTE = QT_TRANSLATE_NOOP(
    "exchange", " Pseudonymised, and checked: no identifier is left in it."
)
IGNORE_CONSENT_LABEL = QT_TRANSLATE_NOOP("exchange", "Ignore consent (own backup)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("exchange", text)


@dataclass(frozen=True)
class Export(Generic[T]):
    """What one export writes and says; the steps are :func:`run_export`'s."""

    title: str  # of the question and the dialogs: "Export to Excel"
    label: str  # after the project's name in the suggested file name: " report"
    suffix: str  # ".xlsx", added when the user leaves it out
    file_filter: str  # "Excel workbooks (*.xlsx)"
    # Through qcode.export: (path, pseudonymiser, progress), and with
    # ``quotes`` also the Consent the export must honour.
    write: Callable[..., T]
    done: Callable[[T, Path], str]  # the status message once written
    writing: str = QT_TRANSLATE_NOOP("exchange", "Writing…")  # under the progress bar
    cancelled: str = QT_TRANSLATE_NOOP("exchange", "Export cancelled: no file was written.")
    quotes: bool = False  # writes passages of the texts: the consent register applies


def run_export(
    session: Session,
    parent: QWidget,
    export: Export[T],
    path: Path | None = None,
    pseudonymise: bool | None = None,
    *,
    show_error: Callable[[str], None] | None = None,
    show_status: Callable[[str], None] | None = None,
    ignore_consent: bool | None = None,
) -> Path | None:
    """Take ``export`` through the steps: ``path`` None asks where,
    ``pseudonymise`` None asks whether to, ``ignore_consent`` None asks
    (for an export of passages, when the consent register blocks any).  A
    failure goes to ``show_error`` (by default ``session.error``); the
    message once written to
    ``show_status`` (if given) and ``session.status``.  Returns the path
    written, or None."""
    go_on, pseudonymiser = choose_pseudonymiser(session, parent, export.title, pseudonymise)
    if not go_on:
        return None
    consent = None
    if export.quotes:
        consent = choose_consent(session.project, parent, export.title, ignore_consent)
        if consent is None:
            return None
    if path is None:
        marked = pseudonymiser is not None
        suggested = suggested_name(session.project, export.label, export.suffix, marked)
        path = ask_save_path(parent, export.title, suggested, export.file_filter, export.suffix)
        if path is None:
            return None
    target = path
    failed = show_error or session.error.emit
    dialog = _progress_dialog(parent, export.title, _tr(export.writing))

    def progress(done: int, total: int) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        return not dialog.wasCanceled()

    # Some writers never report progress: the cursor says the app is busy.
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        if consent is not None:
            result = export.write(target, pseudonymiser, progress, consent)
        else:
            result = export.write(target, pseudonymiser, progress)
    except QcodeError as problem:  # names the file already
        if dialog.wasCanceled():
            session.status.emit(_tr(export.cancelled))
        else:
            failed(error_text(problem))
        return None
    except OSError as problem:
        failed(
            QCoreApplication.translate(
                "exchange.export_flow", "Could not write {name}: {problem}"
            ).format(name=target.name, problem=problem)
        )
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
        dialog.close()
    message = export.done(result, target) + (_tr(PSEUDONYMISED_NOTE) if pseudonymiser else "")
    if consent is not None:
        message += consent_note(consent)
    if show_status is not None:
        show_status(message)
    session.status.emit(message)
    return target


def _progress_dialog(parent: QWidget, title: str, text: str) -> QProgressDialog:
    dialog = QProgressDialog(
        text, QCoreApplication.translate("exchange.export_flow", "Cancel"), 0, 100, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)
    return dialog


# -- the steps, one by one ---------------------------------------------------------------


def ask_pseudonymise(project: Project, parent: QWidget, title: str) -> bool | None:
    """Whether to pseudonymise an export: asked (ticked by default) when the
    project has pseudonyms, False without asking when it has none; None
    when the user cancels."""
    count = len(project.pseudonyms())
    if not count:
        return False
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setAccessibleName(
        QCoreApplication.translate("exchange.export_flow", "Pseudonymise the export?")
    )
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(Plural.tr("This project has %Ln pseudonyms.", "", count))
    box.setInformativeText(
        QCoreApplication.translate(
            "exchange.export_flow",
            "Ticked, the export shows each identifier's replacement instead, and is checked for "
            "identifiers before it is saved. The project itself does not change.",
        )
    )
    check = QCheckBox(_tr(PSEUDONYMISE_LABEL), box)
    check.setAccessibleName(_tr(PSEUDONYMISE_LABEL))
    check.setChecked(True)
    box.setCheckBox(check)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    if box.exec() != QMessageBox.StandardButton.Ok:
        return None
    return check.isChecked()


def choose_consent(
    project: Project, parent: QWidget, title: str, ignore: bool | None
) -> Consent | None:
    """What an export of passages must leave out: ``ignore`` None asks, with
    an "Ignore consent (own backup)" box unticked by default, when the
    register blocks any passage; None when the user cancels."""
    from qcode.export.consent import Consent

    if ignore is None:
        consent = Consent.of(project)
        if not consent.active:
            return consent
        declined = sorted({p.name for p in project.participants() if p.quote == "no"})
        box = QMessageBox(parent)
        box.setWindowTitle(title)
        box.setAccessibleName(QCoreApplication.translate("exchange.export_flow", "Consent"))
        box.setIcon(QMessageBox.Icon.Information)
        count = len(declined)
        box.setText(
            Plural.tr(
                "%Ln participants did not consent to being quoted: {names}.", "", count
            ).format(names=sentence_list(declined))
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "exchange.export_flow",
                "Their passages are left out of the export, and the export says how many. Tick "
                "the box only for the project's own backup, which must never be shared.",
            )
        )
        check = QCheckBox(_tr(IGNORE_CONSENT_LABEL), box)
        check.setAccessibleName(_tr(IGNORE_CONSENT_LABEL))
        check.setChecked(False)
        box.setCheckBox(check)
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        if box.exec() != QMessageBox.StandardButton.Ok:
            return None
        ignore = check.isChecked()
    return Consent.of(project, ignore=ignore)


def consent_note(consent: Consent) -> str:
    """What the status message adds about consent ("" when nothing was left out)."""
    if consent.ignored:
        return QCoreApplication.translate(
            "exchange.export_flow",
            " Consent register ignored: this is the project's own backup, never share it.",
        )
    line = consent.line()
    return (
        QCoreApplication.translate("exchange.export_flow", " Consent: {line}.").format(line=line)
        if line
        else ""
    )


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
        session.error.emit(error_text(problem))
        return False, None


def suggested_name(project: Project, label: str, suffix: str, pseudonymised: bool) -> Path:
    """Where the save dialog starts: beside the project, marked when pseudonymised."""
    marked = (
        QCoreApplication.translate("exchange.export_flow", " (pseudonymised)")
        if pseudonymised
        else ""
    )
    return project.path.with_name(f"{project.path.stem}{label}{marked}{suffix}")


def ask_save_path(
    parent: QWidget, title: str, suggested: Path, file_filter: str, suffix: str
) -> Path | None:
    """The file the user chose (``suffix`` added when they left it out), or None."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not chosen:
        return None
    return Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
