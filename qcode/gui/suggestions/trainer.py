"""Suggestion work in worker processes, so the window never freezes.

Analysing text with spaCy takes seconds on a large document, and training
the model minutes on a large project: the window's thread does neither.
:class:`WorkerProcess` runs jobs in a process of its own and hands each
result back in the window's thread.  :class:`SuggestionTrainer` trains the
model with :func:`qcode.analysis.suggestions.worker.train_for_project` (which opens
the project read-only by itself) in a process of its own, reports its
progress, can cancel it at once, says in one line when it died, and stores
the result in the project from the main thread; asking again while a run is
going runs once more after it, so the model always catches up with the
latest coding without piling up runs.  :class:`SuggestionFinder` finds the
suggestions for a document with
:func:`qcode.analysis.suggestions.worker.suggest_in_worker`, in a second
process (a long training never delays them); only the newest request is
answered.
"""

from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from qcode.analysis.suggestions.progress import TrainingLimits, TrainingProgress
from qcode.analysis.suggestions.worker import (
    LEARNED_FLOOR,
    WorkerSuggestions,
    suggest_in_worker,
    train_for_project,
)
from qcode.core.project import Project
from qcode.core.project_file import sqlite_errors
from qcode.errors import QcodeError, message_of
from qcode.gui.i18n.messages import error_text, shown

POLL_MS = 100  # how often the window looks whether a training is done
FIND_POLL_MS = 15  # suggestions take a moment: shown within a frame or two of being ready

# (project path, pipeline, unit) -> (fingerprint, model or None); must be picklable
TrainingJob = Callable[..., tuple[str, bytes | None]]
# suggest_in_worker's arguments -> its answer; must be picklable
SuggestJob = Callable[..., WorkerSuggestions]


def with_passphrase(job: Callable[..., Any], project: Project) -> Callable[..., Any]:
    """``job``, told the passphrase of an encrypted project: the worker opens
    the file itself.  (A plain project's job is left as it is.)"""
    if project.passphrase is None:
        return job
    return functools.partial(job, passphrase=project.passphrase)


class WorkerProcess(QObject):
    """One worker process, started when first needed, that runs jobs one
    after another; each job's ``then(future)`` is called in the window's
    thread once it is done.  A worker that died is replaced on the next job."""

    def __init__(self, parent: QObject | None = None, *, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._executor: ProcessPoolExecutor | None = None
        # (the job's future, what to call with it, the pool it runs in)
        self._jobs: list[tuple[Future[Any], Callable[[Future[Any]], None], object]] = []
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._on_poll)

    def submit(
        self, job: Callable[..., Any], *args: Any, then: Callable[[Future[Any]], None]
    ) -> None:
        """Run ``job(*args)`` over there; raises RuntimeError if it cannot start."""
        if self._closed:
            raise RuntimeError("the worker process was shut down")
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn")
            )
        try:
            future = self._executor.submit(job, *args)
        except (BrokenProcessPool, RuntimeError):
            self._discard_executor()
            raise
        self._jobs.append((future, then, self._executor))
        self._timer.start()

    def pids(self) -> list[int]:
        """The ids of the worker processes alive now (for tests and diagnostics)."""
        processes = getattr(self._executor, "_processes", None) or {}
        return [pid for pid, process in processes.items() if process.is_alive()]

    def _on_poll(self) -> None:
        done, going = [], []
        for job in self._jobs:
            (done if job[0].done() else going).append(job)
        self._jobs = going
        if not going:
            self._timer.stop()
        for future, then, executor in done:
            broken = not future.cancelled() and isinstance(future.exception(), BrokenProcessPool)
            if broken and executor is self._executor:
                self._discard_executor()  # a dead pool takes no more work: the next gets a new one
            then(future)

    def shutdown(self) -> None:
        """End the worker process, even in the middle of a job; no callbacks after this."""
        self._closed = True
        self._timer.stop()
        jobs, self._jobs = self._jobs, []
        for future, _then, _executor in jobs:
            future.cancel()
        self._discard_executor()

    def _discard_executor(self) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return
        # A running job cannot be cancelled, only ended: Python 3.14 has
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


def run_training(
    queue: Any,
    job: TrainingJob,
    path: str,
    pipeline: str,
    unit: str,
    limits: TrainingLimits | None,
    passphrase: str | None,
) -> None:
    """The training process: runs ``job`` and sends its progress, then its
    result or its error, through ``queue``."""
    from qcode.analysis.suggestions import worker

    worker.report_progress_to(lambda state: queue.put(("progress", state)))
    options: dict[str, Any] = {}
    if passphrase is not None:
        options["passphrase"] = passphrase
    if limits is not None:
        options["limits"] = limits
    try:
        queue.put(("done", job(path, pipeline, unit, **options)))
    except Exception as problem:  # whatever went wrong here is told to the window
        queue.put(("error", message_of(problem)))  # a Message pickles whole


class SuggestionTrainer(QObject):
    """Trains the project's suggestion model in a process of its own.

    ``progressed(TrainingProgress)`` reports what was read and learnt;
    ``finished(fingerprint, has_model)`` is emitted in the main thread once
    the model is stored (``has_model`` is false when the project has no
    codable code); ``failed(message)`` when the worker could not train, or
    died (killed by the system, out of memory): one line, and
    :meth:`retry_with_fewer_units` then offers a lighter run.  ``cancel()``
    ends the process at once.
    """

    started = Signal()
    progressed = Signal(object)
    finished = Signal(str, bool)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        project: Project,
        parent: QObject | None = None,
        *,
        job: TrainingJob = train_for_project,
        limits: TrainingLimits | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self._job = job
        self.limits = limits  # None: the defaults (train_for_project's)
        self._process: Any = None
        self._queue: Any = None
        self._running: tuple[str, str] | None = None  # (pipeline, unit) of the run going on
        self._pending: tuple[str, str] | None = None  # asked for while a run was going on
        self._closed = False
        self._tried: set[str] = set()  # keys training was asked for
        self._learned: dict[str, bool] = {}  # fingerprint -> whether training gave a model
        self.progress: TrainingProgress | None = None  # the last report of the run going on
        self.died = False  # the last run's process ended without an answer
        self.units_read = 0  # passages the last run had read when it stopped
        # A model that could not be stored (read-only project) is kept here instead.
        self.unsaved_model: tuple[str, bytes] | None = None
        self._process_exit: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_poll)

    @property
    def running(self) -> bool:
        return self._running is not None

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def worker_pids(self) -> list[int]:
        """The ids of the worker processes alive now (for tests and diagnostics)."""
        process = self._process
        return [process.pid] if process is not None and process.is_alive() else []

    def describe(self, answer: WorkerSuggestions | None) -> str:
        """What learning is up to, for the status line; ``answer``: the
        suggestions shown last."""
        if self.running:
            if self.progress is None:
                return self.tr("Learning from your coding…")
            return self.tr("Learning from your coding… {progress}.").format(
                progress=shown(self.progress.line())
            )
        if answer is not None and answer.model_ready:
            if not answer.coded_units:
                return self.tr("Suggesting from your codebook: nothing is coded yet to learn from.")
            return self.tr(
                "Model up to date (learned from %Ln coded passages).", "", answer.coded_units
            )
        learned = None if answer is None else self._learned.get(answer.fingerprint)
        if learned is not None and answer is not None and not answer.has_model:
            if learned:  # just now: the suggestions shown were found without it
                return self.tr("Learned from your coding: looking for suggestions with it…")
            return self.tr("Nothing to learn yet: the codebook has no code to apply.")
        return self.tr("Will learn from your coding in a moment.")

    def train_if_needed(self, key: str, pipeline: str, unit: str) -> bool:
        """Train unless that was tried for ``key`` already (a cancelled or
        failed run is not retried by itself)."""
        if self._closed or key in self._tried:
            return False
        self._tried.add(key)
        self.train(pipeline, unit)
        return True

    # -- running --------------------------------------------------------------------

    def train(self, pipeline: str, unit: str) -> None:
        """Train for the project as it is now; after the current run if one is going."""
        if self._closed:
            return
        if self._running is not None:
            self._pending = (pipeline, unit)
            return
        self._start(pipeline, unit)

    def retry_with_fewer_units(self, pipeline: str, unit: str) -> None:
        """Train again, reading half the passages the last run had read."""
        self.limits = (self.limits or TrainingLimits()).fewer_units(self.units_read)
        self.train(pipeline, unit)

    def _start(self, pipeline: str, unit: str) -> None:
        # A run started now reads the latest coding: earlier requests are met by it.
        self._pending = None
        context = multiprocessing.get_context("spawn")
        self._queue = context.Queue()
        self._process = context.Process(
            target=run_training,
            args=(
                self._queue,
                self._job,
                str(self.project.path),
                pipeline,
                unit,
                self.limits,
                self.project.passphrase,
            ),
            daemon=True,
        )
        try:
            self._process.start()
        except (OSError, RuntimeError) as problem:
            self._process = None
            self.failed.emit(
                self.tr("Could not start learning from your coding: {problem}").format(
                    problem=error_text(problem)
                )
            )
            return
        self._running = (pipeline, unit)
        self.progress, self.died = None, False
        self._timer.start()
        self.started.emit()

    def _on_poll(self) -> None:
        import queue as queues

        answer = None
        ended = self._process is None or not self._process.is_alive()
        while answer is None:
            try:
                # Once the process has ended, what it sent last may still be on its way.
                message = self._queue.get(timeout=1) if ended else self._queue.get_nowait()
            except (queues.Empty, OSError, ValueError, EOFError):
                break
            if message[0] == "progress":
                self.progress = message[1]
                self.units_read = max(self.units_read, message[1].units)
                self.progressed.emit(message[1])
            else:
                answer = message
        if answer is None:
            if ended:
                self._stop_process()
                self._end_run()
                self.died = True
                # Not retried by itself (it might die again): the panel offers a lighter run.
                self.failed.emit(_death(self._process_exit))
            return
        self._stop_process()
        pipeline = (self._running or ("", ""))[0]
        self._end_run()
        if answer[0] == "done":
            fingerprint, data = answer[1][0], answer[1][1]
            self._store(fingerprint, pipeline, data)
        else:
            self._failed(
                self.tr("Could not learn from your coding: {problem}").format(
                    problem=shown(answer[1])
                )
            )
        if self._pending is not None and self._running is None and not self._closed:
            self._start(*self._pending)

    def _stop_process(self) -> None:
        process, self._process = self._process, None
        self._timer.stop()
        if process is None:
            return
        if process.is_alive():
            process.terminate()
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)
        self._process_exit = process.exitcode
        if self._queue is not None:
            self._queue.close()
            self._queue.cancel_join_thread()
            self._queue = None

    def _end_run(self) -> None:
        self._running = None
        self.progress = None

    def cancel(self) -> None:
        """Stop the run going on at once (and forget one asked for after it)."""
        if self._running is None:
            return
        self._pending = None
        self._stop_process()
        self._end_run()
        self.cancelled.emit()

    def _failed(self, message: str) -> None:
        self._tried.clear()  # the next refresh may try again
        self.failed.emit(message)

    def _store(self, fingerprint: str, pipeline: str, data: bytes | None) -> None:
        self._tried.add(fingerprint)
        self._learned[fingerprint] = data is not None
        if data is not None:
            if self.project.read_only:
                self.unsaved_model = (fingerprint, data)
            else:
                try:
                    self.project.save_suggestion_model(fingerprint, pipeline, data)
                except sqlite_errors("Error", QcodeError) as problem:  # e.g. the file was closed
                    self.unsaved_model = (fingerprint, data)
                    self.failed.emit(
                        self.tr("Could not keep the learned model: {problem}").format(
                            problem=error_text(problem)
                        )
                    )
        self.finished.emit(fingerprint, data is not None)

    # -- stopping ------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop any run and end the worker process; no signals after this."""
        self._closed = True
        self._pending = None
        self._stop_process()
        self._end_run()


def _death(exit_code: int | None) -> str:
    """One line for a training process that ended without an answer."""
    if exit_code is not None and exit_code < 0:
        import signal

        try:
            name = signal.Signals(-exit_code).name
        except ValueError:
            name = QCoreApplication.translate("suggestions.trainer", "signal {number}").format(
                number=-exit_code
            )
        return QCoreApplication.translate(
            "suggestions.trainer",
            "Learning from your coding stopped: it was stopped by the system ({signal}, perhaps "
            "out of memory). Retry with fewer passages?",
        ).format(signal=name)
    return QCoreApplication.translate(
        "suggestions.trainer",
        "Learning from your coding stopped: it ended unexpectedly (exit code {code}). Retry with "
        "fewer passages?",
    ).format(code=exit_code)


class SuggestionFinder(QObject):
    """Finds the suggestions for a document in a worker process of its own.

    Only the newest request counts: one asked for while the worker is busy
    waits for it (replacing any other waiting one), and an answer to an
    older request is dropped.  ``found(answer)`` (a
    :class:`~qcode.analysis.suggestions.worker.WorkerSuggestions`) or ``failed(message)``
    is emitted in the main thread for the newest request.  The same worker
    lists the spaCy pipelines installed (that imports spaCy too).
    """

    found = Signal(object)
    failed = Signal(str)
    pipelinesListed = Signal(list)

    def __init__(
        self,
        project: Project,
        parent: QObject | None = None,
        *,
        job: SuggestJob = suggest_in_worker,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self._job = job
        self.worker = WorkerProcess(self, poll_ms=FIND_POLL_MS)
        self._latest = 0  # the number of the newest request
        self._running: int | None = None  # the number of the request the worker is on
        self._waiting: tuple[int, tuple[Any, ...]] | None = None  # newest, for after that

    @property
    def busy(self) -> bool:
        """Whether the newest request is not answered yet."""
        waiting = None if self._waiting is None else self._waiting[0]
        return self._latest in (self._running, waiting)

    def find(
        self,
        document_id: int,
        sources: Sequence[str],
        pipeline: str,
        unit: str,
        use_code_names: bool,
        model: tuple[str, bytes] | None,
    ) -> int:
        """Ask for suggestions (see ``suggest_in_worker``); returns the request's number."""
        self._latest += 1
        args = (document_id, list(sources), pipeline, unit, use_code_names, model, LEARNED_FLOOR)
        if self._running is None:
            self._submit(self._latest, args)
        else:
            self._waiting = (self._latest, args)
        return self._latest

    def list_pipelines(self, job: Callable[[], list[str]]) -> None:
        """Ask which spaCy pipelines are installed (``job``: normally
        :func:`qcode.analysis.nlp.installed_pipelines`, which imports spaCy);
        ``pipelinesListed(names)`` tells, with no names if the worker could not."""

        def then(future: Future[Any]) -> None:
            try:
                names = list(future.result())
            except Exception:  # whatever went wrong over there must not break the window
                names = []
            self.pipelinesListed.emit(names)

        try:
            self.worker.submit(job, then=then)
        except (BrokenProcessPool, RuntimeError):
            self.pipelinesListed.emit([])

    def supersede(self) -> None:
        """Forget every request not answered yet (what they asked is out of date)."""
        self._latest += 1
        self._waiting = None

    def _submit(self, number: int, args: tuple[Any, ...]) -> None:
        try:
            self.worker.submit(
                with_passphrase(self._job, self.project),
                str(self.project.path),
                *args,
                then=lambda future: self._on_done(number, future),
            )
        except (BrokenProcessPool, RuntimeError) as problem:
            if number == self._latest:
                self.failed.emit(
                    self.tr("Could not look for suggestions: {problem}").format(
                        problem=error_text(problem)
                    )
                )
            return
        self._running = number

    def _on_done(self, number: int, future: Future[Any]) -> None:
        self._running = None
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._submit(*waiting)
        if number != self._latest:
            return  # a newer request supersedes this one
        try:
            answer = future.result()
        except QcodeError as problem:  # e.g. a pipeline that is not installed
            self.failed.emit(error_text(problem))
        except BrokenProcessPool:
            self.failed.emit(self.tr("Could not look for suggestions: the worker process ended."))
        except Exception as problem:  # whatever went wrong over there must not break the window
            self.failed.emit(
                self.tr("Could not look for suggestions: {problem}").format(
                    problem=error_text(problem)
                )
            )
        else:
            self.found.emit(answer)

    def shutdown(self) -> None:
        """End the worker process; no signals after this."""
        self.supersede()
        self._running = None
        self.worker.shutdown()
