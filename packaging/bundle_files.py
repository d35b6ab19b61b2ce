"""What goes into qcode's app bundle, and what is left out: read by the
PyInstaller spec (``qcode.spec``) and by the quick self-check
(``selfcheck.py``), so the two cannot disagree.  Standard library only.

Sizes that decided the trimming were measured on Linux (see README.md here).
"""

from __future__ import annotations

import fnmatch
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parent.parent
NAME = "qcode"
APP_ID = "org.qcode.qcode"  # reverse-DNS id: macOS bundle id, Linux desktop file name
MIME_TYPE = "application/x-qcode"
DOCUMENT_SUFFIX = ".qcode"

# qcode's own files, as (pattern under the repository, folder in the bundle).
# The bundle's folders mirror the repository, so qcode.resources finds them
# the same way in a checkout and in a bundle.
OWN_FILES: list[tuple[str, str]] = [
    ("codebooks/*.qdc", "codebooks"),
    ("projects/demo/*", "projects/demo"),
    ("resources/icons/*.svg", "resources/icons"),
    ("resources/icons/*.png", "resources/icons"),
    ("qcode/gui/i18n/*.qm", "qcode/gui/i18n"),  # the interface's translations
]

# Packages that hold data found by file name at run time (fonts for PDF reports,
# spaCy's lookup tables): their modules are not imported by name anywhere.
DATA_PACKAGES = ["manimgx_fonts", "fontpkg_amiri", "noto_cjk_sans_otc", "spacy_lookups_data"]
# Imported by name, but their data is read by file name: jieba's dictionary
# (Chinese words), py3langid's model (a document's language at import).
DATA_PACKAGES += ["jieba", "py3langid"]

# Packages that spaCy and thinc find through entry points (architectures,
# loggers, lookups, readers), never imported by name: their modules must be
# collected, and their metadata must travel for the entry points to be seen.
ENTRY_POINT_PACKAGES = ["spacy_legacy", "spacy_loggers", "spacy_lookups_data", "srsly"]

# Distributions whose metadata must travel: those entry points, and versions
# read with importlib.metadata (the About dialog).
METADATA = [
    "qcode",
    "spacy",
    "spacy-legacy",
    "spacy-loggers",
    "spacy-lookups-data",
    "srsly",
    "thinc",
    "pyside6",
    "pyside6-essentials",
    "sqlcipher3",
]

# Modules never used by qcode at run time.  Qt: qcode imports QtCore, QtGui,
# QtWidgets, QtCharts, QtMultimedia with QtMultimediaWidgets (the recordings'
# player, which needs QtNetwork) and QtSvg for its icon; PyInstaller only collects what
# is imported, these keep optional imports in other packages from pulling more.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "IPython",
    "pytest",
    "spacy.tests",
    "thinc.tests",
    "srsly.tests",
    "blis.tests",
    "numpy.tests",
    "PIL.ImageQt",  # would pull a second Qt binding's probe
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtPdf",
    "PySide6.Qt3DCore",
    "PySide6.QtDesigner",
    "PySide6.QtTest",
]

# Files collected by package hooks that are never read at run time (relative
# to the bundle's data folder, glob patterns).
DROPPED_DATA = [
    # Cython sources and headers (fnmatch's * crosses folders)
    "spacy/*.pyx",
    "spacy/*.pxd",
    "spacy/*.cpp",
    "thinc/*.pyx",
    "thinc/*.pxd",
    # spacy-lookups-data: qcode reads only the lemma lookup tables (nlp.py);
    # word probabilities and Brown clusters (53 of its 99 MB) serve trained
    # pipelines' vectors, which a bundle cannot load anyway.
    "spacy_lookups_data/data/*_lexeme_prob*",
    "spacy_lookups_data/data/*_lexeme_cluster*",
    "spacy_lookups_data/data/*_lemma_exc*",
    "spacy_lookups_data/data/*_lemma_index*",
    "spacy_lookups_data/data/*_lemma_rules*",
    # jieba: qcode cuts words (dict.txt, finalseg); not keywords or Paddle's model.
    "jieba/analyse/*",
    "jieba/lac_small/*",
    # Qt's translations of modules qcode does not use (QtCore/QtGui/QtWidgets
    # messages are in qtbase_*.qm, which stays)
    "PySide6/Qt/translations/qtwebengine_*",
    "PySide6/Qt/translations/qtdeclarative_*",
    "PySide6/Qt/translations/qtconnectivity_*",
    "PySide6/Qt/translations/qtlocation_*",
    "PySide6/Qt/translations/qtserialport_*",
    "PySide6/Qt/translations/qtwebsockets_*",
    "PySide6/Qt/translations/assistant_*",
    "PySide6/Qt/translations/designer_*",
    "PySide6/Qt/translations/linguist_*",
    "PySide6/Qt/translations/qt_help_*",
]

# Qt plugins qcode never needs (patterns on "TYPE/FILE" under Qt's plugins
# folder, for every platform's file names).  Kept: the xcb, Wayland, offscreen
# and minimal platforms (Windows', macOS'), input methods (ibus, compose: how
# Chinese is typed), image formats, SVG icons, accessibility, the portal theme.
QT_PLUGINS_DROPPED = [
    "platforms/*eglfs*",  # full-screen embedded displays
    "platforms/*linuxfb*",
    "platforms/*vnc*",
    "platforms/*minimalegl*",
    "platforms/*vkkhrdisplay*",
    "egldeviceintegrations/*",
    "generic/*",  # raw evdev/TUIO input, for the embedded platforms above
    "imageformats/*qpdf*",  # needs Qt Pdf
    "platforminputcontexts/*virtualkeyboard*",  # needs QML and Qt Quick
    "platformthemes/*gtk3*",  # would bring GTK, Cairo and Pango from the build machine
]


def own_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """qcode's own files as PyInstaller ``datas`` (file, folder in the bundle);
    raises FileNotFoundError naming a pattern that matches nothing."""
    found: list[tuple[str, str]] = []
    for pattern, folder in OWN_FILES:
        files = sorted(p for p in root.glob(pattern) if p.is_file())
        if not files:
            raise FileNotFoundError(f"{root / pattern}: no such files (bundle_files.OWN_FILES)")
        found += [(str(p), folder) for p in files]
    return found


def _matches(path: str, patterns: list[str]) -> bool:
    posix = PurePath(path).as_posix()
    return any(fnmatch.fnmatch(posix, pattern) for pattern in patterns)


def keep_data(destination: str) -> bool:
    """Whether a collected data file (its path in the bundle) is kept."""
    return not _matches(destination, DROPPED_DATA)


def keep_qt_plugin(source: str) -> bool:
    """Whether a library collected by the Qt hooks is kept (only plugins are dropped)."""
    parts = PurePath(source).parts
    if "plugins" not in parts:
        return True
    inside = parts[len(parts) - parts[::-1].index("plugins") :]
    return not _matches("/".join(inside), QT_PLUGINS_DROPPED)


def version(root: Path = ROOT) -> str:
    """qcode's version, read from its source (the spec runs before qcode is imported)."""
    for line in (root / "qcode" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise ValueError(f"{root / 'qcode' / '__init__.py'}: no __version__")
