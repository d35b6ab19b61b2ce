"""``qcode bench --gui``: the desktop app's speed, measured offscreen.

Each figure is the time until Qt has processed the resulting events and
painted the window once more, so it includes drawing highlights and stripes.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from qcode.bench.common import Progress, Result, synthetic_text
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.io.base import ImportedDocument


def run_gui_benchmarks(
    *, documents: int = 1000, codings: int = 200_000, progress: Progress = None
) -> list[Result]:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from qcode.gui.main_window import MainWindow
    from qcode.settings import Settings

    say = progress or (lambda message: None)
    app = QApplication.instance() or QApplication([])
    rng = random.Random(3)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="qcode-gui-bench-") as folder:
        root = Path(folder)
        say(f"building a project of {documents} documents and {codings:,} codings…")
        project = Project.create(root / "gui.qcode", coder="bench")
        docs = project.add_documents(
            [
                ImportedDocument(
                    f"Interview {i:04d}", synthetic_text(rng, 50_000), f"{i}.txt", "text"
                )
                for i in range(documents)
            ]
        )
        code_ids = []
        for group in range(20):
            parent = project.create_code(f"Theme {group + 1}")
            code_ids.append(parent.id)
            code_ids += [project.create_code(f"Sub {n + 1}", parent).id for n in range(9)]
        per_document = max(1, codings // len(docs))
        specs = []
        for document in docs:
            for _ in range(per_document):
                start = rng.randrange(0, document.length - 600)
                specs.append(
                    NewCoding(
                        document.id, rng.choice(code_ids), start, start + rng.randint(20, 500)
                    )
                )
        project.add_codings(specs)
        (big,) = project.add_documents(
            [ImportedDocument("Long interview", synthetic_text(rng, 60_000), "long.txt", "text")]
        )
        project.add_codings(
            [
                NewCoding(big.id, rng.choice(code_ids), s, s + rng.randint(10, 400))
                for s in (rng.randrange(0, 59_000) for _ in range(1000))
            ]
        )
        path = project.path
        project.close()

        def settle() -> None:
            app.processEvents()
            window.repaint()
            app.processEvents()

        say("opening the window…")
        began = time.perf_counter()
        window = MainWindow(Project.open(path, coder="bench"), Settings(root))
        window.show()
        settle()
        results.append(
            Result(
                f"window opens on {documents} documents, {codings:,} codings",
                time.perf_counter() - began,
                "s",
                2.0,
            )
        )
        session = window.session
        target = session.project.document("Long interview")
        samples = []
        for _ in range(7):
            session.open_document(None)
            settle()
            samples.append(_time(lambda: (session.open_document(target), settle())))
        results.append(
            Result(
                "open a 60,000-character document with 1,000 codings",
                statistics.median(samples) * 1000,
                "ms",
                150,
            )
        )
        others = session.project.documents()[:20]
        results.append(
            Result(
                f"switch documents ({documents}-document project)",
                statistics.median(
                    _time(lambda d=d: (session.open_document(d), settle())) for d in others
                )
                * 1000,
                "ms",
                150,
            )
        )
        session.open_document(target)
        settle()
        code = session.project.codebook().codes[code_ids[3]]
        samples = []
        for offset in range(10):
            start = 100 + offset * 997
            window.document_view.select(start, start + 40)
            samples.append(_time(lambda: (session.apply_code(code), settle())))
        results.append(
            Result(
                "apply a code: highlight drawn, count updated",
                statistics.median(samples) * 1000,
                "ms",
                50,
            )
        )
        window.close()
        results += _training_responsiveness(app, root, progress)
    from qcode.gui.bench_correction import run_correction_benchmark

    results += run_correction_benchmark(progress)  # issue 14: correcting a transcript
    return results


def _training_responsiveness(app: object, root: Path, progress: Progress) -> list[Result]:
    """The longest the window goes without processing events while the
    suggestion model trains on 2,000 coded units (in a worker process)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from qcode.bench.suggest import topical_document
    from qcode.gui.main_window import MainWindow
    from qcode.settings import Settings

    say = progress or (lambda message: None)
    rng = random.Random(5)
    project = Project.create(root / "training.qcode", coder="bench")
    units = 0
    while units < 2000:
        text, codings = topical_document(rng, 20_000)
        (document,) = project.add_documents(
            [ImportedDocument(f"Interview {units}", text, "i.txt", "text")]
        )
        project.add_codings([NewCoding(document.id, c, s, e) for c, s, e in codings], create=True)
        units += text.count(".")
    window = MainWindow(project, Settings(root))
    window.show()
    window.docks["suggestions"].raise_()
    say(f"training on {units} units in the background…")
    longest = 0
    clock = QElapsedTimer()
    clock.start()
    last = clock.elapsed()

    def tick() -> None:
        nonlocal last, longest
        now = clock.elapsed()
        longest = max(longest, now - last)
        last = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    trainer = window.suggestions.trainer
    trainer.finished.connect(lambda *_args: loop.quit())
    trainer.failed.connect(lambda *_args: loop.quit())
    began = time.perf_counter()
    timer.start()
    suggester = window.suggestions._make_suggester()
    trainer.train(suggester.pipeline, suggester.unit)
    QTimer.singleShot(300_000, loop.quit)
    last = clock.elapsed()
    longest = 0
    loop.exec()
    timer.stop()
    seconds = time.perf_counter() - began
    window.close()
    return [
        Result(
            f"longest frame while training ({seconds:.0f} s, {units:,} units)", longest, "ms", 100
        )
    ]


def _time(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began
