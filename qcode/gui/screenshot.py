"""Make the README's screenshots: the main window on the demo project, and
(with ``--findings``) its framework matrix with one cell open.

``python -m qcode.gui.screenshot [--findings] OUT.png`` draws offscreen (or
on the display in ``$DISPLAY``, e.g. under ``xvfb-run``).  Chinese text
needs a CJK font such as Debian's fonts-noto-cjk.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def main(out: str, findings: bool = False) -> int:
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from qcode.demo import build_demo
    from qcode.gui.main_window import MainWindow
    from qcode.settings import Settings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        project = build_demo(Path(folder) / "demo.qcode")
        project.coder_name = "Amina Diallo"
        window = MainWindow(project, Settings(Path(folder)))
        window.resize(1500, 940)
        window.show()
        session = window.session
        document = project.document("Interview 02 – official")
        text = project.text(document)
        start = text.index("City A started a pilot")
        session.open_document(document, select=(start, start + len("City A started a pilot")))
        window.codebook.segmentsRequested.emit(
            project.code("Discourse/Honesty and trustworthiness"), False
        )
        for _ in range(3):
            app.processEvents()
        shown = _framework(window, app) if findings else window
        ok = shown.grab().save(out)
        window.close()
    print(f"wrote {out}" if ok else f"could not write {out}", file=sys.stderr)
    return 0 if ok else 1


def _framework(window: Any, app: Any) -> Any:
    """The framework matrix of the demo, the lawyer's summary on Notice open."""
    from qcode.gui.findings.framework_window import show_framework_window

    framework = show_framework_window(window, window.session)
    framework.resize(1360, 760)
    project = window.project
    framework.choose_cell(
        project.case("Liu, defence lawyer"), project.code("Due process and remedies/Notice")
    )
    for _ in range(3):
        app.processEvents()
    return framework


if __name__ == "__main__":
    arguments = [argument for argument in sys.argv[1:] if argument != "--findings"]
    findings = "--findings" in sys.argv[1:]
    default = "resources/findings.png" if findings else "resources/screenshot.png"
    raise SystemExit(main(arguments[0] if arguments else default, findings))
