"""Withdraw participant…: a participant asks for everything about them to be
deleted.

Before: a warning that says what will go and that it is permanent (Edit ▸
Undo cannot bring it back, and the edits made before can no longer be
undone).  Then ``Project.withdraw`` removes their documents (or their turns
in shared documents), codings, memos, original files and the copies of
their text in the edit history, and rebuilds the file so none of their
text is left in it.  The recordings that hold their voice are listed
before, each with whether qcode deletes it (its own copy of one that came
inside a ``.qdpx``) or the researcher must; after, the app offers to delete
the files of their own interviews (``Project.delete_withdrawn_recordings``,
never a group recording) and says what became of each.  After: what was
removed (counts), and the backups beside the project that still hold their
data, with the offer to delete them (``Project.delete_backups``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from qcode.core.withdrawal import IF_ASKED, RecordingFate, WithdrawalReport, recording_lines
from qcode.gui.i18n.messages import shown
from qcode.gui.i18n.plurals import Plural, sentence_list
from qcode.gui.session import Session
from qcode.model import Participant


def warning_text(
    session: Session, participant: Participant, fates: list[RecordingFate] | None = None
) -> str:
    """What the withdrawal will delete, in words, and that it is for good:
    each paragraph one whole sentence to translate (what goes depends on
    whether they have documents, a speaker label, or both); then each
    recording that holds their voice (``fates``), and who deletes it."""
    names = {d.id: d.name for d in session.project.documents()}
    documents = sentence_list(f"'{names.get(i, '?')}'" for i in participant.documents)
    speaker = participant.speaker
    if participant.documents and speaker:
        deletes = QCoreApplication.translate(
            "evidence.withdraw",
            "This deletes their documents ({documents}) with every coding and memo on them; "
            "the text of every turn of speaker '{speaker}' in other documents (replaced by "
            "“[withdrawn]”), with the codings inside those turns; their original files, the "
            "earlier versions of those texts; and every copy of their text in the edit history.",
        )
    elif participant.documents:
        deletes = QCoreApplication.translate(
            "evidence.withdraw",
            "This deletes their documents ({documents}) with every coding and memo on them; "
            "their original files, the earlier versions of those texts; and every copy of their "
            "text in the edit history.",
        )
    elif speaker:
        deletes = QCoreApplication.translate(
            "evidence.withdraw",
            "This deletes the text of every turn of speaker '{speaker}' in other documents "
            "(replaced by “[withdrawn]”), with the codings inside those turns; their original "
            "files, the earlier versions of those texts; and every copy of their text in the "
            "edit history.",
        )
    else:
        deletes = QCoreApplication.translate(
            "evidence.withdraw",
            "This deletes their original files, the earlier versions of those texts and every "
            "copy of their text in the edit history.",
        )
    paragraphs = [
        QCoreApplication.translate(
            "evidence.withdraw", "Withdraw '{name}' and delete everything about them?"
        ).format(name=participant.name),
        deletes.format(documents=documents, speaker=speaker),
        QCoreApplication.translate(
            "evidence.withdraw",
            "Their record in the register goes too; the log keeps only a deletion record "
            "(who withdrew them, when, and how much was removed).",
        ),
    ]
    if fates:
        paragraphs.append(
            QCoreApplication.translate(
                "evidence.withdraw",
                "Recordings that hold their voice (qcode cannot cut a voice out of a "
                "recording; each is unlinked):\n{recordings}",
            ).format(recordings="\n".join(f"  {shown(fate.line())}" for fate in fates))
        )
        if any(fate.action == IF_ASKED for fate in fates):
            paragraphs.append(
                QCoreApplication.translate(
                    "evidence.withdraw",
                    "After the withdrawal you will be asked whether qcode should delete the "
                    "recording files of their own interviews too.",
                )
            )
    paragraphs.append(
        QCoreApplication.translate(
            "evidence.withdraw",
            "This is permanent: Edit ▸ Undo cannot bring it back, and the edits made before it "
            "can no longer be undone.",
        )
    )
    return "\n\n".join(paragraphs)


def report_text(report: WithdrawalReport) -> str:
    lines = [
        QCoreApplication.translate("evidence.withdraw", "Deleted: {counts}.").format(
            counts=shown(report.counts())
        ),
        QCoreApplication.translate(
            "evidence.withdraw",
            "The project file was rebuilt so that none of their text is left in it.",
        )
        if report.sealed
        else QCoreApplication.translate(
            "evidence.withdraw",
            "The project file's write-ahead log still holds their text until the project "
            "is closed (another program has it open).",
        ),
    ]
    recordings = recording_lines(report)
    if recordings:
        lines.append(
            QCoreApplication.translate("evidence.withdraw", "Recordings:\n{recordings}").format(
                recordings="\n".join(f"  {shown(line)}" for line in recordings)
            )
        )
    if report.copies:
        copies = "\n".join(f"  {path.name}" for path in report.copies)
        lines.append(
            QCoreApplication.translate(
                "evidence.withdraw",
                "Coders' copies of this project beside it may still hold their data; delete "
                "them or make them again:\n{copies}",
            ).format(copies=copies)
        )
    return "\n\n".join(lines)


def withdraw(
    session: Session,
    participant: Participant,
    parent: QWidget,
    after: Callable[[], None] | None = None,
) -> WithdrawalReport | None:
    """Ask, withdraw, show what was removed, and offer to delete backups;
    ``after`` runs once the history was erased (the window rebuilds Edit ▸
    Undo from it)."""
    fates = session.project.recording_fates(participant)
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("evidence.withdraw", "Withdraw participant — permanent"),
        warning_text(session, participant, fates),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = session.edit(lambda: session.project.withdraw(participant))
    finally:
        QGuiApplication.restoreOverrideCursor()
    if after is not None:
        after()
    if report is None:
        return None
    session.refresh_all()
    _offer_to_delete_recordings(session, report, fates, parent)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("evidence.withdraw", "Participant withdrawn"),
        report_text(report),
    )
    if report.backups:
        listed = "\n".join(f"  {path.name}" for path in report.backups)
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("evidence.withdraw", "Delete backups?"),
            QCoreApplication.translate(
                "evidence.withdraw",
                "These backups beside the project still hold their data:\n{listed}\n\nDelete them "
                "now? (They hold everyone else's data too, as it was when each backup was "
                "made.)",
            ).format(listed=listed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            gone = session.edit(lambda: session.project.delete_backups(report.backups)) or []
            report.deleted_backups = gone
            report.backups = [path for path in report.backups if path not in gone]
    deleted = len(report.deleted_backups)
    counts = shown(report.counts())
    session.status.emit(
        QCoreApplication.translate(
            "evidence.withdraw", "Participant withdrawn: {counts}; {backups} deleted."
        ).format(counts=counts, backups=_backups(deleted))
        if deleted
        else QCoreApplication.translate(
            "evidence.withdraw", "Participant withdrawn: {counts}."
        ).format(counts=counts)
    )
    return report


def _offer_to_delete_recordings(
    session: Session, report: WithdrawalReport, fates: list[RecordingFate], parent: QWidget
) -> None:
    """Ask whether to delete the files of their own interviews' recordings
    (those only qcode's copies were deleted of: never a group recording)."""
    asked = [fate.held.path for fate in fates if fate.action == IF_ASKED]
    if not any(path not in report.deleted_recordings for path in asked):
        return
    listed = "\n".join(f"  {path}" for path in asked)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("evidence.withdraw", "Delete their recordings?"),
        QCoreApplication.translate(
            "evidence.withdraw",
            "These recordings of their own interviews still hold their voice:\n{listed}\n\n"
            "Delete the files now? (Only a file that is still the recording linked is "
            "deleted; if you keep one, delete it yourself.)",
        ).format(listed=listed),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Yes:
        session.edit(lambda: session.project.delete_withdrawn_recordings(report))


def _backups(count: int) -> str:
    backups = Plural.tr("%Ln backups", "", count)  # (not "return Plural.tr": lupdate)
    return backups
