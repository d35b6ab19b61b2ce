"""How good are suggestions on this project?  A small report, measured on the
researcher's own coding in a worker process
(:func:`qcode.analysis.suggestions.worker.evaluate_in_worker`): precision,
recall, F1 and average precision, how often each confidence was right,
what reviewing more finds, and the learning curve — so a researcher knows
when suggestions start to pay."""

from __future__ import annotations

import functools
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.suggestions.scores import Evaluation
from qcode.analysis.suggestions.worker import evaluate_in_worker
from qcode.gui.session import Session
from qcode.gui.suggestions.trainer import WorkerProcess, with_passphrase
from qcode.gui.widgets.overrides import guarded


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def report_text(result: Evaluation) -> str:
    """The evaluation in a few lines a researcher can read."""
    mine = result.suggestions
    lines = [
        f"Judged on {result.units} coded-document passages: {result.held_out}.",
        "",
        f"At the learned thresholds: {_rate(mine.precision)} of the suggestions were right "
        f"(precision), and they found {_rate(mine.recall)} of what you coded (recall); "
        f"F1 {_rate(mine.f1)}.",
        f"Ranking quality (average precision): {_rate(mine.average_precision)}.",
        f"Keywords alone: F1 {_rate(result.keywords.f1)}.",
        "",
        "How often suggestions were right, by confidence:",
    ]
    for bin_ in result.calibration:
        if bin_.suggestions:
            lines.append(
                f"  {bin_.low:.1f}–{bin_.high:.1f}: {_rate(bin_.rate)} of {bin_.suggestions}"
            )
    lines += ["", "Reviewing more (the slider towards “many, to review”):"]
    for point in result.review:
        lines.append(
            f"  {point.label}: finds {_rate(point.recall)} of your coding, "
            f"{_rate(point.precision)} right, {point.per_passage:.1f} per passage"
        )
    if result.curve:
        lines += ["", "Learning curve (F1 after learning from this many coded passages):"]
        for curve in result.curve:
            lines.append(f"  {curve.coded_passages:5d}: F1 {_rate(curve.f1)}")
    lines += ["", "Per code (precision/recall/F1, average precision):"]
    for code, _keyword, _similar in result.codes:
        lines.append(
            f"  {code.code}: {_rate(code.precision)}/{_rate(code.recall)}/{_rate(code.f1)}, "
            f"AP {_rate(code.average_precision)} ({code.support} coded)"
        )
    return "\n".join(lines)


class EvaluationDialog(QDialog):
    """Measures the suggestions and shows :func:`report_text`; ``measured``
    is emitted once the report (or why there is none) is shown."""

    measured = Signal()

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, job: Any = evaluate_in_worker
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How good are suggestions?"))
        self.session = session
        self.worker = WorkerProcess(self)
        self.status = QLabel(self.tr("Measuring on your coding (this retrains a few times)…"), self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Suggestions report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
        try:
            self.worker.submit(
                with_passphrase(functools.partial(job, curve=True), session.project),
                str(session.project.path),
                session.settings.suggestion_pipeline,
                "sentence",
                then=self._on_done,
            )
        except RuntimeError as problem:
            self.status.setText(self.tr("Could not measure: {problem}").format(problem=problem))

    def _on_done(self, future: Future[Any]) -> None:
        try:
            result = future.result()
        except Exception as problem:  # e.g. nothing coded yet: said in one line
            self.status.setText(self.tr("Could not measure: {problem}").format(problem=problem))
        else:
            self.status.setText(self.tr("Measured on your own coding:"))
            self.text.setPlainText(report_text(result))
        self.measured.emit()

    @guarded
    def done(self, result: int) -> None:
        self.worker.shutdown()
        super().done(result)

    def shutdown(self) -> None:
        self.worker.shutdown()
