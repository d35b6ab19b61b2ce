"""The suggestions panel's long jobs and tools, driven as a user would: training
progress, Cancel, a worker killed from outside, "find more like a code" and
the report on how good suggestions are."""

from __future__ import annotations

import itertools
import os
import signal
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qcode.analysis.suggestions.progress import TrainingProgress
from qcode.analysis.suggestions.suggester import Suggester
from qcode.core.project import Project
from qcode.gui.session import Session
from qcode.gui.suggestions.panel import SuggestionsPanel
from qcode.gui.suggestions.ranked import RankedView
from qcode.gui.suggestions.report import EvaluationDialog
from tests.test_gui_suggestions import (
    FAMILY_HERE,
    LIU,
    TRAINING_TIMEOUT_MS,
    Corpus,
    codings_of,
    pid_alive,
    show,
    span,
)

pytestmark = pytest.mark.gui

REPORTED = TrainingProgress(
    stage="reading", documents=1, documents_total=4, units=120, fraction=0.3, seconds_left=40
)


def slow_training(
    path: str, pipeline: str, unit: str, **_options: object
) -> tuple[str, bytes | None]:
    """Runs in the worker: reports some progress, then takes its time."""
    from qcode.analysis.suggestions import worker

    if worker._PROGRESS is not None:
        worker._PROGRESS(REPORTED)
    time.sleep(120)
    raise RuntimeError("not cancelled in time")


@pytest.fixture
def session(project: Project, tmp_path) -> Session:
    from qcode.settings import Settings

    return Session(project, Settings(tmp_path / "settings"))


@pytest.fixture
def corpus(project: Project) -> Corpus:
    return Corpus(project)


@pytest.fixture
def learning(qtbot: QtBot, session: Session, corpus: Corpus) -> Iterator[SuggestionsPanel]:
    """The panel with a training going on (slowly) in its worker."""
    panel = SuggestionsPanel(session, training_job=slow_training)
    qtbot.addWidget(panel)
    panel.keywords_box.setChecked(False)
    panel.similar_box.setChecked(False)
    panel.show()
    show(qtbot, session, panel, corpus.liu)
    qtbot.waitUntil(lambda: bool(panel.trainer.worker_pids()), timeout=TRAINING_TIMEOUT_MS)
    yield panel
    panel.shutdown()


def test_progress_is_shown_and_cancel_stops_the_worker_at_once(
    learning: SuggestionsPanel, qtbot: QtBot
) -> None:
    panel = learning
    workers = panel.trainer.worker_pids()
    expected = (
        "Learning from your coding… Reading 1 of 4 documents (120 passages), about 40 s left."
    )
    qtbot.waitUntil(lambda: panel.status_label.text() == expected, timeout=TRAINING_TIMEOUT_MS)
    assert panel.busy.isVisible() and panel.busy.value() == 30
    assert panel.cancel_button.isVisible()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    # Ended at once: no process left behind, and the panel says so.
    assert not any(pid_alive(pid) for pid in workers)
    assert not panel.trainer.running
    assert panel.status_label.text().startswith("Learning cancelled")
    assert not panel.busy.isVisible() and not panel.cancel_button.isVisible()


def test_a_worker_killed_from_outside_is_said_in_one_line_with_a_retry(
    learning: SuggestionsPanel, qtbot: QtBot
) -> None:
    panel = learning
    (pid,) = panel.trainer.worker_pids()
    with qtbot.waitSignal(panel.trainer.failed, timeout=TRAINING_TIMEOUT_MS) as failed:
        os.kill(pid, signal.SIGKILL)  # as the system does when memory runs out
    message = (
        "Learning from your coding stopped: it was stopped by the system "
        "(SIGKILL, perhaps out of memory). Retry with fewer passages?"
    )
    assert failed.args == [message]
    qtbot.waitUntil(lambda: panel.status_label.text() == message)
    assert "\n" not in message and not panel.busy.isVisible()  # never "Learning…" forever
    assert panel.retry_button.isVisible()
    with qtbot.waitSignal(panel.trainer.started, timeout=TRAINING_TIMEOUT_MS):
        qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    # The retry reads fewer passages: half of the 120 read before, but at least 200.
    limits = panel.trainer.limits
    assert limits is not None and limits.max_units == 200
    assert not panel.retry_button.isVisible() and panel.cancel_button.isVisible()


def test_find_more_like_a_code_ranks_and_accepts(
    qtbot: QtBot, session: Session, corpus: Corpus, project: Project
) -> None:
    Suggester(project).model()  # trained and stored, as the panel's worker would
    session.open_document(corpus.liu)
    view = RankedView(session)
    qtbot.addWidget(view)
    try:
        view.choose(corpus.family, "project")
        with qtbot.waitSignal(view.ranked, timeout=TRAINING_TIMEOUT_MS):
            view.rank()
        rows = view.rows()
        # The one uncoded passage about family comes first; coded ones are not offered.
        assert rows[0].text == FAMILY_HERE and rows[0].document_id == corpus.liu.id
        assert "coded 'Family'" in rows[0].reason
        assert all(a.confidence >= b.confidence for a, b in itertools.pairwise(rows))
        assert not any(r.document_id == corpus.zhao.id and "mother" in r.text for r in rows)
        view.table.setCurrentIndex(view.rows_model.index(0, 0))
        view.accept_button.click()
        assert codings_of(project, corpus.liu, corpus.family) == [
            (*span(LIU, FAMILY_HERE), "Amina")
        ]
        assert all(r.text != FAMILY_HERE for r in view.rows())
    finally:
        view.shutdown()


def test_the_report_says_how_good_suggestions_are(
    qtbot: QtBot, session: Session, corpus: Corpus
) -> None:
    dialog = EvaluationDialog(session)
    qtbot.addWidget(dialog)
    try:
        with qtbot.waitSignal(dialog.measured, timeout=TRAINING_TIMEOUT_MS):
            dialog.show()
        text = dialog.text.toPlainText()
        assert dialog.status.text() == "Measured on your own coding:", dialog.status.text()
        assert "Ranking quality (average precision):" in text
        assert "Learning curve" in text
        assert "  Family: " in text and "(4 coded)" in text
    finally:
        dialog.shutdown()


def test_the_report_says_plainly_when_there_is_too_little_coding(
    qtbot: QtBot, session: Session, project: Project
) -> None:
    project.create_code("Family")
    dialog = EvaluationDialog(session)
    qtbot.addWidget(dialog)
    try:
        with qtbot.waitSignal(dialog.measured, timeout=TRAINING_TIMEOUT_MS):
            dialog.show()
        assert dialog.status.text() == (
            "Could not measure: nothing to evaluate: no document has been coded yet"
        )
    finally:
        dialog.shutdown()
