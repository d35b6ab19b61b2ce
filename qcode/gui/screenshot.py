"""Make the README's screenshot: the main window on the demo project.

``python -m qcode.gui.screenshot OUT.png`` draws offscreen (or on the
display in ``$DISPLAY``, e.g. under ``xvfb-run``).  Chinese text needs a CJK
font such as Debian's fonts-noto-cjk.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(out: str) -> int:
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
        ok = window.grab().save(out)
        window.close()
    print(f"wrote {out}" if ok else f"could not write {out}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshot.png"))
