"""``qcode bench --survey --gui``: the app on a survey of 100,000 answers.

Measured offscreen on the project :mod:`qcode.bench.survey` builds: the
window ready (shown and idle), a question's answers table shown, the
longest frame while paging down the table 200 times, and 1,000 selected
rows coded in one step until the codes column and the codebook's counts
are redrawn.  Each figure runs until Qt has processed the resulting events
and painted once more.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from qcode.bench.common import Progress, Result
from qcode.core.project import Project

PAGE_DOWNS = 200
CODED_ROWS = 1000


def run_survey_gui_benchmarks(project_path: Path, progress: Progress = None) -> list[Result]:
    """Open ``project_path`` (a survey project) in the app and measure it."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QItemSelection, QItemSelectionModel
    from PySide6.QtWidgets import QAbstractSlider, QApplication

    from qcode.gui.main_window import MainWindow
    from qcode.gui.surveys.answers_window import SurveyAnswersWindow, show_survey_answers
    from qcode.settings import Settings

    say = progress or (lambda message: None)
    app = QApplication.instance() or QApplication([])
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="qcode-bench-survey-gui-") as config:
        say("opening the survey in the app…")
        began = time.perf_counter()
        window = MainWindow(Project.open(project_path, coder="bench"), Settings(Path(config)))
        window.show()
        _settle(app, window)
        seconds = time.perf_counter() - began
        answers = len(window.project.documents())
        results.append(Result(f"app window ready on {answers:,} answers", seconds, "s", 2.0))

        began = time.perf_counter()
        show_survey_answers(window, window.session)
        table = window.survey_answers
        assert isinstance(table, SurveyAnswersWindow)
        _settle(app, table)
        seconds = time.perf_counter() - began
        rows = table.model.rowCount()
        results.append(Result(f"show a question's table ({rows:,} answers)", seconds, "s", 0.5))

        say(f"paging down the table {PAGE_DOWNS} times…")
        bar = table.view.verticalScrollBar()
        longest = 0.0
        for _ in range(PAGE_DOWNS):
            began = time.perf_counter()
            bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
            _settle(app, table)
            longest = max(longest, time.perf_counter() - began)
        results.append(
            Result(f"longest frame paging down the table ({PAGE_DOWNS}×)", longest * 1000, "ms", 50)
        )

        say(f"coding {CODED_ROWS:,} selected answers…")
        first = min(5000, max(0, rows - CODED_ROWS))
        last = min(rows, first + CODED_ROWS) - 1  # a small project has fewer rows
        model = table.model
        selection = QItemSelection(model.index(first, 0), model.index(last, 0))
        flags = QItemSelectionModel.SelectionFlag
        table.view.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        table.view.scrollTo(model.index(first, 0))
        code = next(c for c in window.project.codebook().codes.values() if c.codable)
        table.choose_code(code)
        _settle(app, table)
        began = time.perf_counter()
        coded = table.code_selected_rows()
        _settle(app, window)
        _settle(app, table)
        seconds = time.perf_counter() - began
        results.append(
            Result(
                f"code {last - first + 1:,} selected answers, counts redrawn ({coded:,} new)",
                seconds,
                "s",
                0.5,
            )
        )
        table.close()
        window.close()
    return results


def _settle(app: object, widget: object) -> None:
    """Let Qt handle what is pending and paint ``widget`` once."""
    app.processEvents()  # type: ignore[attr-defined]
    widget.repaint()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
