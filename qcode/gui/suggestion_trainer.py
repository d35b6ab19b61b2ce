"""Training the suggestion model without freezing the window.

Training reads every coded document and fits a classifier: seconds on a
small project, minutes on a large one.  :class:`SuggestionTrainer` runs
:func:`qcode.analysis.suggest.train_for_project` in a separate process (which
opens the project read-only by itself), watches it with a timer, and stores
the result in the project from the main thread.  Asking again while a run is
going runs once more after it, so the model always catches up with the
latest coding without piling up runs.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from qcode.analysis import learn
from qcode.analysis.suggest import Suggester, train_for_project
from qcode.core.project import Project
from qcode.errors import QcodeError

POLL_MS = 100  # how often the window looks whether the worker is done

# (project path, pipeline, unit) -> (fingerprint, model or None); must be picklable
TrainingJob = Callable[[str, str, str], tuple[str, bytes | None, dict[str, Any]]]


class SuggestionTrainer(QObject):
    """Trains the project's suggestion model in a worker process.

    ``finished(fingerprint, has_model)`` is emitted in the main thread once the
    model is stored (``has_model`` is false when there is not enough coding to
    learn from yet); ``failed(message)`` when the worker could not train.
    """

    started = Signal()
    finished = Signal(str, bool)
    failed = Signal(str)

    def __init__(
        self,
        project: Project,
        parent: QObject | None = None,
        *,
        job: TrainingJob = train_for_project,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self._job = job
        self._executor: ProcessPoolExecutor | None = None
        self._future: Future[tuple[str, bytes | None]] | None = None
        self._running: tuple[str, str] | None = None  # (pipeline, unit) of the run going on
        self._pending: tuple[str, str] | None = None  # asked for while a run was going on
        self._closed = False
        self._tried: set[str] = set()  # fingerprints training was asked for
        # A model that could not be stored (read-only project) is kept here instead.
        self.unsaved_model: tuple[str, bytes] | None = None
        # What the "similar" source needs, computed by the worker with the model.
        self.side_data: dict[str, Any] | None = None
        self._loaded: tuple[str, learn.Classifier] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_poll)

    @property
    def running(self) -> bool:
        return self._future is not None

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def worker_pids(self) -> list[int]:
        """The ids of the worker processes alive now (for tests and diagnostics)."""
        processes = getattr(self._executor, "_processes", None) or {}
        return [pid for pid, process in processes.items() if process.is_alive()]

    # -- the model for the coding as it is now ------------------------------------

    def classifier(self, suggester: Suggester) -> learn.Classifier | None:
        """The trained model that fits the project's coding now, if there is one
        (never trains: that would freeze the window)."""
        found = suggester.classifier(train=False)
        if found is not None or self.unsaved_model is None:
            return found
        key, data = self.unsaved_model
        if key != suggester.fingerprint():
            return None
        if self._loaded is None or self._loaded[0] != key:
            self._loaded = (key, learn.Classifier(data))
        return self._loaded[1]

    def tried(self, suggester: Suggester) -> bool:
        """Whether training was already asked for the coding as it is now."""
        return suggester.fingerprint() in self._tried

    def train_if_needed(self, suggester: Suggester) -> bool:
        """Train unless a model fits the coding now or one was tried for it
        (too little coding gives no model: asking again would not help)."""
        if self._closed or self.classifier(suggester) is not None:
            return False
        key = suggester.fingerprint()
        if key in self._tried:
            return False
        self._tried.add(key)
        self.train(suggester.pipeline, suggester.unit)
        return True

    # -- running --------------------------------------------------------------------

    def train(self, pipeline: str, unit: str) -> None:
        """Train for the project as it is now; after the current run if one is going."""
        if self._closed:
            return
        if self._future is not None:
            self._pending = (pipeline, unit)
            return
        self._start(pipeline, unit)

    def _start(self, pipeline: str, unit: str) -> None:
        # A run started now reads the latest coding: earlier requests are met by it.
        self._pending = None
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn")
            )
        try:
            self._future = self._executor.submit(self._job, str(self.project.path), pipeline, unit)
        except (BrokenProcessPool, RuntimeError) as problem:
            self._discard_executor()
            self.failed.emit(f"Could not start learning from your coding: {problem}")
            return
        self._running = (pipeline, unit)
        self._timer.start()
        self.started.emit()

    def _on_poll(self) -> None:
        future = self._future
        if future is None:
            self._timer.stop()
            return
        if not future.done():
            return
        self._timer.stop()
        self._future = None
        pipeline, _unit = self._running or ("", "")
        self._running = None
        try:
            fingerprint, data, side = future.result()
        except BrokenProcessPool:
            self._discard_executor()  # a dead pool takes no more work: the next run gets a new one
            self._failed("Learning from your coding stopped: the worker process ended.")
        except Exception as problem:  # whatever went wrong over there must not break the window
            self._failed(f"Could not learn from your coding: {problem}")
        else:
            self.side_data = side
            self._store(fingerprint, pipeline, data)
        if self._pending is not None and self._future is None and not self._closed:
            self._start(*self._pending)

    def _failed(self, message: str) -> None:
        self._tried.clear()  # the next refresh may try again
        self.failed.emit(message)

    def _store(self, fingerprint: str, pipeline: str, data: bytes | None) -> None:
        self._tried.add(fingerprint)
        if data is not None:
            if self.project.read_only:
                self.unsaved_model = (fingerprint, data)
            else:
                try:
                    self.project.save_suggestion_model(fingerprint, pipeline, data)
                except (QcodeError, sqlite3.Error) as problem:  # e.g. the file was closed
                    self.unsaved_model = (fingerprint, data)
                    self.failed.emit(f"Could not keep the learned model: {problem}")
        self.finished.emit(fingerprint, data is not None)

    # -- stopping ------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop any run and end the worker process; no signals after this."""
        self._closed = True
        self._timer.stop()
        self._pending = None
        if self._future is not None:
            self._future.cancel()
        self._future = None
        self._running = None
        self._discard_executor()

    def _discard_executor(self) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return
        # A running training cannot be cancelled, only ended: Python 3.14 has
        # terminate_workers(); before that the pool's processes are reached directly.
        terminate = getattr(executor, "terminate_workers", None)
        processes = list((getattr(executor, "_processes", None) or {}).values())
        if terminate is not None:
            terminate()
        else:
            for process in processes:
                if process.is_alive():
                    process.terminate()
        executor.shutdown(wait=True, cancel_futures=True)
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join(timeout=5)
