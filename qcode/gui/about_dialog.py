"""Help ▸ About qcode…: the version, the licence, the libraries in use (what an
organisation's IT and a bug report ask for) and the third-party notices.

An app bundle carries ``THIRD-PARTY-NOTICES.txt``, generated from its packages'
licence metadata when it was built (packaging/notices.py); the dialog shows
it.  A qcode installed with pip has no such file: each package's licence is in
that package's own metadata, and the dialog says so.
"""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcode import __version__
from qcode.core.project_file import library_versions
from qcode.resources import bundle_folder, icon_files, notices_file

LICENCE = "GPL-3.0-or-later"
# Translated when shown (AboutDialog): the translator is installed after import.
LICENCE_TEXT = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "qcode is free software: you may share and change it under the GNU General Public "
    "License, version 3 or (at your option) any later version ({licence}). "
    "It comes with no warranty.",
)
NO_NOTICES = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "This qcode runs from a Python installation, not from an app bundle. The third-party "
    "notices are generated when a bundle is built (packaging/notices.py); here, each "
    "installed package's licence is in that package's own metadata.",
)


def components() -> list[tuple[str, str]]:
    """(name, version) of qcode and the libraries it runs on, as loaded now.
    spaCy's is read from its metadata: importing spaCy here would freeze the
    window for a second (suggestions load it in their own process)."""
    sqlite, sqlcipher = library_versions()
    try:
        spacy = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        spacy = QCoreApplication.translate("about_dialog", "not installed")
    return [
        ("qcode", __version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("spaCy", spacy),
        ("SQLite", sqlite),
        (
            "SQLCipher",
            sqlcipher
            or QCoreApplication.translate(
                "about_dialog", "not installed (encrypted projects cannot be opened)"
            ),
        ),
    ]


def application_icon() -> QIcon:
    """qcode's icon, at every size shipped (empty if none is)."""
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon


class AboutDialog(QDialog):
    """What qcode is, under which licence, on which libraries; the notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About qcode"))
        self.versions = components()
        layout = QVBoxLayout(self)

        heading = QHBoxLayout()
        self.icon_label = QLabel(self)
        pixmap = application_icon().pixmap(64, 64)
        if not pixmap.isNull():
            self.icon_label.setPixmap(pixmap)
        heading.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(
            self.tr(
                "<h2>qcode {__version__}</h2>Qualitative coding of interview transcripts, "
                "fully offline. Your text never leaves this computer."
            ).format(__version__=__version__),
            self,
        )
        self.title.setWordWrap(True)
        heading.addWidget(self.title, 1)
        layout.addLayout(heading)

        self.licence = QLabel(self.tr(LICENCE_TEXT).format(licence=LICENCE), self)
        self.licence.setWordWrap(True)
        layout.addWidget(self.licence)

        form = QFormLayout()
        self.version_labels: dict[str, QLabel] = {}
        for name, version in self.versions[1:]:
            label = QLabel(version, self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.version_labels[name] = label
            form.addRow(f"{name}:", label)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("<b>Third-party notices</b>"), self))
        self.notices = QPlainTextEdit(self)
        self.notices.setReadOnly(True)
        self.notices.setAccessibleName(self.tr("Third-party notices"))
        self.notices.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.notices_path = notices_file()
        if self.notices_path is not None:
            self.notices.setPlainText(
                self.notices_path.read_text(encoding="utf-8", errors="replace")
            )
        else:
            self.notices.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            self.notices.setFont(QFont())
            self.notices.setPlainText(self.tr(NO_NOTICES))
        layout.addWidget(self.notices, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy versions"), self)
        self.copy_button.setToolTip(
            self.tr("Copy qcode's and its libraries' versions, for a bug report")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def versions_text(self) -> str:
        """The versions as plain lines, as copied for a bug report."""
        where = (
            self.tr("app bundle") if bundle_folder() is not None else self.tr("Python installation")
        )
        lines = [f"{name} {version}" for name, version in self.versions]
        return "\n".join([*lines, f"({where}, {platform.platform()})"])

    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.versions_text())


def show_about(parent: QWidget | None) -> AboutDialog:
    """Open the About dialog (not modal: the window stays usable)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
