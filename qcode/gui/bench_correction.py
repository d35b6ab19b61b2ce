"""``qcode bench --gui``: correcting a transcript in the app, measured
offscreen — from choosing "Apply correction" until the text, its highlights
and stripes are drawn again (issue 14: ≤ 50 ms for a 60,000-character
document with 1,000 codings)."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from qcode.bench.common import Progress, Result, synthetic_text
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.io.base import ImportedDocument

CHARACTERS = 60_000
CODINGS = 1_000
TARGET_MS = 50


def run_correction_benchmark(progress: Progress = None, repeats: int = 9) -> list[Result]:
    """The median time of ``repeats`` corrections, each until redrawn."""
    from PySide6.QtWidgets import QApplication

    from qcode.gui.evidence.correct import apply_correction
    from qcode.gui.main_window import MainWindow
    from qcode.settings import Settings

    say = progress or (lambda message: None)
    app = QApplication.instance() or QApplication([])
    rng = random.Random(14)
    with tempfile.TemporaryDirectory(prefix="qcode-gui-bench-") as folder:
        root = Path(folder)
        say(f"correcting a {CHARACTERS:,}-character transcript with {CODINGS:,} codings…")
        project = Project.create(root / "correct.qcode", coder="bench")
        (document,) = project.add_documents(
            [ImportedDocument("Long interview", synthetic_text(rng, CHARACTERS), "l.txt", "text")]
        )
        codes = [project.create_code(f"Theme {n + 1}").id for n in range(20)]
        project.add_codings(
            [
                NewCoding(document.id, rng.choice(codes), start, start + rng.randint(10, 400))
                for start in (rng.randrange(0, CHARACTERS - 1_000) for _ in range(CODINGS))
            ]
        )
        window = MainWindow(project, Settings(root))
        window.show()

        def settle() -> None:
            app.processEvents()
            window.repaint()
            app.processEvents()

        session = window.session
        session.open_document(project.document("Long interview"))
        settle()
        samples = []
        for n in range(repeats):
            current = project.document("Long interview")
            start = 20_000 + n * 1_500  # in the middle, so most codings move
            began = time.perf_counter()
            apply_correction(session, current, start, start + 5, "Xi'an 😀")
            settle()
            samples.append(time.perf_counter() - began)
        window.close()
    return [
        Result(
            f"correct a {CHARACTERS:,}-character transcript with {CODINGS:,} codings: "
            "text, highlights and stripes redrawn",
            statistics.median(samples) * 1000,
            "ms",
            TARGET_MS,
        )
    ]


if __name__ == "__main__":  # pragma: no cover - a quick look without the whole bench
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for result in run_correction_benchmark():
        print(result)
