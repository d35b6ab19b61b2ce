"""Passphrases in the app: to open an encrypted project (asked again after a
wrong one), to create an encrypted project (File ▸ New encrypted project…),
to encrypt the open one (File ▸ Encrypt this project…), to change its
passphrase (File ▸ Change passphrase…) and to decrypt it (File ▸ Decrypt this
project…).  The encrypting itself is the core's (:mod:`qcode.core.encryption`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from qcode.core.encryption import (
    WrongPassphraseError,
    change_passphrase,
    check_new_passphrase,
    decrypt_project,
    encrypt_project,
)
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text

# Marked here, translated where shown (_tr): the translator comes after import.
FORGOTTEN = QT_TRANSLATE_NOOP(
    "privacy",
    "There is no way to open the project without it: if it is forgotten, the "
    "project is lost. Keep it somewhere safe, apart from the computer.",
)
ENCRYPT_WARNING = QT_TRANSLATE_NOOP(
    "privacy",
    "{name} will be encrypted: from now on it opens only with the passphrase. "
    "{forgotten}"
    "\n\nThe old unencrypted contents may still be readable on this disk (SSDs move "
    "data around), and copies, backups and exports made earlier stay unencrypted: "
    "encryption protects best a project that was encrypted from the start.",
)
DECRYPT_WARNING = QT_TRANSLATE_NOOP(
    "privacy",
    "{name} will be decrypted: a plain file that anyone who has it can read, every "
    "transcript and name in it included. Encrypted backups beside it still need the "
    "passphrase.\n\nDecrypt it?",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("privacy", text)


def ask_passphrase(parent: QWidget | None, path: Path, problem: str = "") -> str | None:
    """The passphrase of the encrypted project ``path``; ``None``: cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("privacy.passphrase_dialog", "Encrypted project"),
        QCoreApplication.translate(
            "privacy.passphrase_dialog", "{problem}{name} is encrypted. Its passphrase:"
        ).format(problem=problem, name=path.name),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice; OK only once both match and it is long enough."""

    def __init__(self, parent: QWidget | None, title: str, message: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{title} — qcode").format(title=title))
        self.setAccessibleName(title)
        intro = QLabel(message, self)
        intro.setWordWrap(True)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Passphrase again"))
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("The same again:"), self.second)
        self.problem = QLabel(self)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self.resize(520, self.sizeHint().height())
        self._check()

    def _check(self) -> None:
        problem = ""
        try:
            check_new_passphrase(self.first.text())
        except QcodeError as weak:
            text = error_text(weak)
            problem = f"{text[:1].upper()}{text[1:]}."
        else:
            if self.second.text() != self.first.text():
                problem = self.tr("The two passphrases differ.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def passphrase(self) -> str:
        return self.first.text()


def ask_new_passphrase(parent: QWidget | None, title: str, message: str) -> str | None:
    """A new passphrase typed twice; ``None``: cancelled."""
    dialog = NewPassphraseDialog(parent, title, message)
    try:
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def unlock(
    parent: QWidget | None, path: Path, attempt: Callable[[str], Project | None]
) -> Project | None:
    """Ask for the passphrase of ``path`` until ``attempt(passphrase)`` opens
    the project or the user cancels (``None``)."""
    problem = ""
    while True:
        passphrase = ask_passphrase(parent, path, problem)
        if passphrase is None:
            return None
        try:
            return attempt(passphrase)
        except WrongPassphraseError:
            problem = QCoreApplication.translate(
                "privacy.passphrase_dialog",
                "Wrong passphrase (or the file is damaged); try again.\n\n",
            )


def new_encrypted_project(parent: QWidget | None, coder: str) -> Project | None:
    """File ▸ New encrypted project…: a file name, a passphrase typed twice,
    and the new project, open; ``None``: cancelled or refused (and said so)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("privacy.passphrase_dialog", "New encrypted project"),
        str(Path.home()),
        QCoreApplication.translate("privacy.passphrase_dialog", "qcode projects (*.qcode)"),
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.endswith(".qcode") else chosen + ".qcode")
    passphrase = ask_new_passphrase(
        parent,
        QCoreApplication.translate("privacy.passphrase_dialog", "New encrypted project"),
        QCoreApplication.translate(
            "privacy.passphrase_dialog",
            "{name} will be encrypted with this passphrase. {forgotten}",
        ).format(name=path.name, forgotten=_tr(FORGOTTEN)),
    )
    if passphrase is None:
        return None
    try:
        return Project.create(path, coder=coder, passphrase=passphrase)
    except QcodeError as problem:
        QMessageBox.warning(parent, "qcode", error_text(problem))
        return None


def encrypt_this_project(
    parent: QWidget | None, project: Project, let_go: Callable[[], None]
) -> Project | None:
    """File ▸ Encrypt this project…: a passphrase typed twice after the
    warning; then ``let_go()`` (the window closes the project), encrypt, and
    the project reopened (encrypted; as it was if encrypting failed).
    ``None``: nothing was done."""
    if project.encrypted:
        QMessageBox.information(
            parent,
            "qcode",
            QCoreApplication.translate(
                "privacy.passphrase_dialog", "{name} is already encrypted."
            ).format(name=project.path.name),
        )
        return None
    if project.read_only:
        QMessageBox.warning(
            parent,
            "qcode",
            QCoreApplication.translate(
                "privacy.passphrase_dialog",
                "{name} is open read-only (it is open for editing elsewhere); close it there "
                "first to encrypt it.",
            ).format(name=project.path.name),
        )
        return None
    passphrase = ask_new_passphrase(
        parent,
        QCoreApplication.translate("privacy.passphrase_dialog", "Encrypt this project"),
        _tr(ENCRYPT_WARNING).format(name=project.path.name, forgotten=_tr(FORGOTTEN)),
    )
    if passphrase is None:
        return None
    path, coder = project.path, project.coder_name
    let_go()
    key: str | None = passphrase
    try:
        encrypt_project(path, passphrase)
    except QcodeError as problem:
        QMessageBox.warning(
            parent,
            "qcode",
            QCoreApplication.translate(
                "privacy.passphrase_dialog", "The project was not encrypted: {problem}"
            ).format(problem=error_text(problem)),
        )
        key = None
    return _reopen(parent, path, coder, key)


def _editable_encrypted(parent: QWidget | None, project: Project, doing: str) -> bool:
    """Whether the open project can be re-keyed now; says why not."""
    if not project.encrypted:
        QMessageBox.information(
            parent,
            "qcode",
            QCoreApplication.translate(
                "privacy.passphrase_dialog", "{name} is not encrypted."
            ).format(name=project.path.name),
        )
        return False
    if project.read_only:
        QMessageBox.warning(
            parent,
            "qcode",
            QCoreApplication.translate(
                "privacy.passphrase_dialog",
                "{name} is open read-only (it is open for editing elsewhere); close it there "
                "first to {doing}.",
            ).format(name=project.path.name, doing=doing),
        )
        return False
    return True


def _current_passphrase(parent: QWidget | None, project: Project) -> str | None:
    """The current passphrase, typed again (whoever sits at an open laptop
    must not re-key the project); ``None``: cancelled or wrong (said)."""
    typed = ask_passphrase(
        parent,
        project.path,
        QCoreApplication.translate(
            "privacy.passphrase_dialog", "To go on, type the current passphrase.\n\n"
        ),
    )
    if typed is None:
        return None
    if typed != project.passphrase:
        QMessageBox.warning(
            parent,
            "qcode",
            QCoreApplication.translate(
                "privacy.passphrase_dialog", "That is not the current passphrase; nothing was done."
            ),
        )
        return None
    return typed


def _reopen(parent: QWidget | None, path: Path, coder: str, key: str | None) -> Project | None:
    try:
        return Project.open(path, coder=coder, passphrase=key)
    except QcodeError as problem:
        QMessageBox.warning(
            parent,
            "qcode",
            QCoreApplication.translate(
                "privacy.passphrase_dialog", "Could not reopen the project: {problem}"
            ).format(problem=error_text(problem)),
        )
        return None


def change_this_passphrase(
    parent: QWidget | None, project: Project, let_go: Callable[[], None]
) -> Project | None:
    """File ▸ Change passphrase…: the current passphrase, then the new one
    typed twice; then ``let_go()``, re-key, and the project reopened (with
    the new passphrase; the old one if it failed).  ``None``: nothing done."""
    if not _editable_encrypted(
        parent,
        project,
        QCoreApplication.translate("privacy.passphrase_dialog", "change its passphrase"),
    ):
        return None
    old = _current_passphrase(parent, project)
    if old is None:
        return None
    new = ask_new_passphrase(
        parent,
        QCoreApplication.translate("privacy.passphrase_dialog", "Change passphrase"),
        QCoreApplication.translate(
            "privacy.passphrase_dialog",
            "{name} will open only with this new passphrase. {forgotten} Backups and "
            "coders' copies made earlier keep the old one.",
        ).format(name=project.path.name, forgotten=_tr(FORGOTTEN)),
    )
    if new is None:
        return None
    path, coder = project.path, project.coder_name
    let_go()
    key = new
    try:
        change_passphrase(path, old, new)
    except QcodeError as problem:
        QMessageBox.warning(
            parent,
            "qcode",
            QCoreApplication.translate(
                "privacy.passphrase_dialog", "The passphrase was not changed: {problem}"
            ).format(problem=error_text(problem)),
        )
        key = old
    return _reopen(parent, path, coder, key)


def decrypt_this_project(
    parent: QWidget | None, project: Project, let_go: Callable[[], None]
) -> Project | None:
    """File ▸ Decrypt this project…: a warning to confirm, the current
    passphrase; then ``let_go()``, decrypt, and the project reopened (plain;
    encrypted as before if it failed).  ``None``: nothing done."""
    if not _editable_encrypted(
        parent, project, QCoreApplication.translate("privacy.passphrase_dialog", "decrypt it")
    ):
        return None
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("privacy.passphrase_dialog", "Decrypt this project"),
        _tr(DECRYPT_WARNING).format(name=project.path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    passphrase = _current_passphrase(parent, project)
    if passphrase is None:
        return None
    path, coder = project.path, project.coder_name
    let_go()
    key: str | None = None
    try:
        decrypt_project(path, passphrase)
    except QcodeError as problem:
        QMessageBox.warning(
            parent,
            "qcode",
            QCoreApplication.translate(
                "privacy.passphrase_dialog", "The project was not decrypted: {problem}"
            ).format(problem=error_text(problem)),
        )
        key = passphrase
    return _reopen(parent, path, coder, key)
