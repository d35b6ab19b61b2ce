"""Screenshots of the evidence features for the README: the provenance of a
corrected transcript, and the Participants panel.

``python -m qcode.gui.screenshot_evidence FOLDER`` writes
``provenance.png`` and ``participants.png`` there (offscreen, or on the
display in ``$DISPLAY``, e.g. under ``xvfb-run``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

INTERVIEWS = {
    "Interview 07 – Liu": (
        "Interviewer: When were you stopped?\n"
        "Liu: In March, at Xian station. The gate refused my card and two officers "
        "took me to a side room.\n"
        "Interviewer: Were you told why?\n"
        "Liu: Nobody told me anything. They said my name was on a list.\n"
    ),
    "Interview 08 – Wang": (
        "Interviewer: What happened at the station?\n"
        "Wang: They stopped me at the gate too, in front of everyone.\n"
        "Interviewer: Did you get notice?\n"
        "Wang: A letter came later, three weeks after.\n"
    ),
}


def main(folder: str) -> int:
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from qcode.core.project import Project
    from qcode.gui.main_window import MainWindow
    from qcode.settings import Settings

    out = Path(folder)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        paths = []
        for name, text in INTERVIEWS.items():
            path = root / f"{name}.txt"
            path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
            paths.append(path)
        project = Project.create(root / "study.qcode", coder="Amina Diallo")
        project.import_files(paths)
        liu = project.document("Interview 07 – Liu")
        text = project.text(liu)
        for code, words in (
            ("Stopped at station", "The gate refused my card"),
            ("No notice", "Nobody told me anything"),
        ):
            start = text.index(words)
            project.apply_code(liu, code, start, start + len(words), create=True)
        start = text.index("Xian")
        project.edit_text(liu, start, start + len("Xian"), "Xi'an")
        wang = project.document("Interview 08 – Wang")
        project.set_participant(
            "Liu", documents=[liu], quote="no", named="no", keep_recording="no",
            retain_until="2031-12-31", consent_ref="CF-2024-007",
        )  # fmt: skip
        project.set_participant(
            "Wang", documents=[wang], speaker="Wang", quote="yes", named="no",
            keep_recording="yes", retain_until="2025-06-30", consent_ref="CF-2024-008",
        )  # fmt: skip
        window = MainWindow(project, Settings(root))
        window.resize(1400, 860)
        window.show()
        window.session.open_document(project.document("Interview 07 – Liu"))
        window.docks["participants"].raise_()
        window.resizeDocks([window.docks["participants"]], [560], Qt.Orientation.Horizontal)
        for _ in range(5):
            app.processEvents()
        ok = window.grab().save(str(out / "participants.png"))
        window.provenance_action.trigger()
        dialog = window.provenance
        dialog.resize(900, 620)
        dialog.table.selectRow(0)
        for _ in range(5):
            app.processEvents()
        ok = dialog.grab().save(str(out / "provenance.png")) and ok
        dialog.close()
        window.close()
    said = f"wrote {out}/provenance.png and participants.png" if ok else "could not write"
    print(said, file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
