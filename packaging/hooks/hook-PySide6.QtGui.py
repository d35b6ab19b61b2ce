"""PyInstaller hook for PySide6.QtGui, replacing PyInstaller's own: the same
Qt libraries and plugins, less the plugins qcode never needs (see
bundle_files.QT_PLUGINS_DROPPED).  They must be left out here, before
PyInstaller follows their links: GTK's platform theme alone would bring GTK,
Cairo and Pango from the build machine, the virtual keyboard QML and Quick."""

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bundle_files

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if bundle_files.keep_qt_plugin(entry[0])]
