"""How good are suggestions on this project?  A small report, measured on the
researcher's own coding in a worker process
(:func:`qcode.analysis.suggestions.worker.evaluate_in_worker`): precision,
recall, F1 and average precision, how often each confidence was right,
what reviewing more finds, the learning curve, and (judged against one
coder) how a colleague's coding of the same passages does — so a researcher
knows when suggestions start to pay."""

from __future__ import annotations

import functools
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.suggestions.scores import Evaluation
from qcode.analysis.suggestions.worker import evaluate_in_worker
from qcode.gui.i18n.messages import error_text, shown
from qcode.gui.i18n.plurals import number
from qcode.gui.session import Session
from qcode.gui.suggestions.trainer import WorkerProcess, with_passphrase
from qcode.gui.widgets.overrides import guarded


class EvaluationReport(QObject):
    """The translation context of the report's sentences."""


def _rate(value: float | None) -> str:
    return "—" if value is None else QLocale().toString(value, "f", 2)


def _beside_colleagues(result: Evaluation) -> list[str]:
    """Each colleague's coding judged like the suggestions, beside them."""
    if not result.yardsticks:
        return []
    lines = [
        "",
        EvaluationReport.tr(
            "Beside a colleague (their coding judged against {coder}'s the same way, "
            "on the same passages):"
        ).format(coder=result.against),
    ]
    for yardstick in result.yardsticks:
        theirs, mine = yardstick.colleague, yardstick.suggestions
        lines.append(
            "  "
            + EvaluationReport.tr(
                "{colleague}, on %Ln passages: their coding F1 {f1} (precision {precision}, "
                "recall {recall}); the suggestions F1 {mine}, {share} of theirs",
                "",
                yardstick.units,
            ).format(
                colleague=yardstick.coder,
                f1=_rate(theirs.f1),
                precision=_rate(theirs.precision),
                recall=_rate(theirs.recall),
                mine=_rate(mine.f1),
                share=_rate(yardstick.share),
            )
        )
    return lines


def report_text(result: Evaluation) -> str:
    """The evaluation in a few lines a researcher can read, in the
    interface's language (code names are the researcher's own)."""
    mine = result.suggestions
    lines = [
        EvaluationReport.tr(
            "Judged on %Ln passages of coded documents: {how}.", "", result.units
        ).format(how=shown(result.held_out)),
        "",
        EvaluationReport.tr(
            "At the learned thresholds: {precision} of the suggestions were right "
            "(precision), and they found {recall} of what you coded (recall); F1 {f1}."
        ).format(precision=_rate(mine.precision), recall=_rate(mine.recall), f1=_rate(mine.f1)),
        EvaluationReport.tr("Ranking quality (average precision): {value}.").format(
            value=_rate(mine.average_precision)
        ),
        EvaluationReport.tr("Keywords alone: F1 {f1}.").format(f1=_rate(result.keywords.f1)),
        EvaluationReport.tr(
            "All three sources together (what the Suggestions panel shows unless you untick "
            "some): precision {precision}, recall {recall}, F1 {f1}."
        ).format(
            precision=_rate(result.together.precision),
            recall=_rate(result.together.recall),
            f1=_rate(result.together.f1),
        ),
        *_beside_colleagues(result),
        "",
        EvaluationReport.tr("How often suggestions were right, by confidence:"),
    ]
    for bin_ in result.calibration:
        if bin_.suggestions:
            lines.append(
                "  "
                + EvaluationReport.tr("{low}–{high}: {rate} of %Ln", "", bin_.suggestions).format(
                    low=QLocale().toString(bin_.low, "f", 1),
                    high=QLocale().toString(bin_.high, "f", 1),
                    rate=_rate(bin_.rate),
                )
            )
    lines += ["", EvaluationReport.tr("Reviewing more (the slider towards “many, to review”):")]
    for point in result.review:
        lines.append(
            "  "
            + EvaluationReport.tr(
                "{how}: finds {recall} of your coding, {precision} right, {count} per passage"
            ).format(
                how=shown(point.label),
                recall=_rate(point.recall),
                precision=_rate(point.precision),
                count=QLocale().toString(point.per_passage, "f", 1),
            )
        )
    if result.curve:
        lines += [
            "",
            EvaluationReport.tr(
                "Learning curve (F1 after learning from this many coded passages):"
            ),
        ]
        for curve in result.curve:
            lines.append(
                "  "
                + EvaluationReport.tr("{count}: F1 {f1}").format(
                    count=number(curve.coded_passages), f1=_rate(curve.f1)
                )
            )
    lines += ["", EvaluationReport.tr("Per code (precision/recall/F1, average precision):")]
    for code, _keyword, _similar in result.codes:
        lines.append(
            "  "
            + EvaluationReport.tr(
                "{code}: {precision}/{recall}/{f1}, AP {ap} (%Ln coded)", "", code.support
            ).format(
                code=code.code,
                precision=_rate(code.precision),
                recall=_rate(code.recall),
                f1=_rate(code.f1),
                ap=_rate(code.average_precision),
            )
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
        self.job = job
        self.status = QLabel(self.tr("Measuring on your coding (this retrains a few times)…"), self)
        # Judged against everyone's coding, or one coder's beside their colleagues'.
        self.against = QComboBox(self)
        self.against.setAccessibleName(self.tr("Judged against"))
        self.against.addItem(self.tr("everyone's coding"), None)
        for coder in session.project.coders():
            self.against.addItem(coder.name, coder.name)
        self.against.setCurrentIndex(0)
        self.against.currentIndexChanged.connect(self._measure)
        row = QHBoxLayout()
        label = QLabel(self.tr("Judged against:"), self)
        label.setBuddy(self.against)
        row.addWidget(label)
        row.addWidget(self.against, 1)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Suggestions report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        if self.against.count() <= 2:  # one coder: nobody else to judge against
            label.hide()
            self.against.hide()
        self.resize(640, 520)
        self._measure()

    def _measure(self) -> None:
        """Measure against the chosen coding (again, when the choice changes)."""
        session = self.session
        coder = self.against.currentData()
        self.against.setEnabled(False)
        self.text.clear()
        self.status.setText(self.tr("Measuring on your coding (this retrains a few times)…"))
        try:
            self.worker.submit(
                with_passphrase(
                    functools.partial(self.job, curve=True, coder=coder), session.project
                ),
                str(session.project.path),
                session.settings.suggestion_pipeline,
                "sentence",
                then=self._on_done,
            )
        except RuntimeError as problem:
            self.against.setEnabled(True)
            self.status.setText(
                self.tr("Could not measure: {problem}").format(problem=error_text(problem))
            )

    def _on_done(self, future: Future[Any]) -> None:
        try:
            result = future.result()
        except Exception as problem:  # e.g. nothing coded yet: said in one line
            self.status.setText(
                self.tr("Could not measure: {problem}").format(problem=error_text(problem))
            )
        else:
            self.status.setText(self.tr("Measured on your own coding:"))
            self.text.setPlainText(report_text(result))
        self.against.setEnabled(True)
        self.measured.emit()

    @guarded
    def done(self, result: int) -> None:
        self.worker.shutdown()
        super().done(result)

    def shutdown(self) -> None:
        self.worker.shutdown()
