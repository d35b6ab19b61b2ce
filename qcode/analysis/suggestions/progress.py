"""How far training has got, and the limits it keeps to.

Training reports a :class:`TrainingProgress` now and then (units read, codes
done, an estimate of the time left) to a callback; the callback may raise
:class:`TrainingCancelled` to stop it.  :class:`TrainingLimits` bound the
memory and time a training may take, whatever the project's size.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from qcode.messages import Message

DEFAULT_MEMORY_MB = 1000  # the worker's peak on a researcher's 8 GB laptop (issue 20)


class TrainingCancelled(Exception):
    """Raised by a progress callback to stop a training (the user pressed Cancel)."""


@dataclass(frozen=True)
class TrainingLimits:
    """What a training may use.  ``memory_mb`` bounds the worker's peak memory
    (roughly: the units kept, the vocabulary and the passages × codes looked at
    together all follow from it); ``max_units`` reads at most that many
    passages (fewer units: faster, less memory, a little less accurate)."""

    memory_mb: int = DEFAULT_MEMORY_MB
    max_units: int | None = None

    def fewer_units(self, read: int) -> TrainingLimits:
        """The limits for a retry after a training of ``read`` units died."""
        return replace(self, max_units=max(200, read // 2))


@dataclass
class TrainingProgress:
    """One report: what was read and learnt so far."""

    stage: str = "reading"  # "reading", "learning" or "done"
    documents: int = 0
    documents_total: int = 0
    units: int = 0
    codes: int = 0
    codes_total: int = 0
    fraction: float = 0.0  # of the whole training
    seconds_left: float | None = None

    def line(self) -> Message:
        """One line for a status bar or a terminal (a Message: the app shows
        it translated, a terminal prints its English)."""
        passages = Message.counted("{count:,} passages", count=self.units)
        text: Message
        if self.stage == "reading":
            text = Message.counted(
                "Reading {documents:,} of {count:,} documents ({passages})",
                count=self.documents_total,
                documents=self.documents,
                passages=passages,
            )
        elif self.stage == "learning":
            text = Message.counted(
                "Learning: {codes:,} of {count:,} codes ({passages})",
                count=self.codes_total,
                codes=self.codes,
                passages=passages,
            )
        else:
            text = Message.counted(
                "Learned {count:,} codes from {passages}",
                count=self.codes_total,
                passages=passages,
            )
        if self.seconds_left is not None and self.stage != "done":
            left = _duration(self.seconds_left)
            text = Message("{progress}, about {duration} left", progress=text, duration=left)
        return text


def _duration(seconds: float) -> Message:
    if seconds < 60:
        return Message("{seconds} s", seconds=max(1, round(seconds)))
    return Message("{minutes} min", minutes=round(seconds / 60))


ProgressCallback = Callable[[TrainingProgress], None]

# The share of the work each stage takes, measured on the survey-shaped bench project.
_READING_SHARE = 0.6


class Meter:
    """Keeps a :class:`TrainingProgress` and passes it on at most every
    ``every`` seconds (and always at the end of a stage)."""

    def __init__(self, callback: ProgressCallback | None, every: float = 0.25) -> None:
        self.callback = callback
        self.every = every
        self.state = TrainingProgress()
        self._began = time.monotonic()
        self._last = 0.0

    def reading(self, documents: int, total: int, units: int, *, force: bool = False) -> None:
        share = documents / total if total else 1.0
        self._update("reading", share * _READING_SHARE, force, documents, total, units)

    def learning(self, codes: int, total: int, share: float, *, force: bool = False) -> None:
        self.state.codes, self.state.codes_total = codes, total
        fraction = _READING_SHARE + (1 - _READING_SHARE) * min(1.0, share)
        self._update("learning", fraction, force)

    def done(self) -> None:
        self.state.seconds_left = 0.0
        self._update("done", 1.0, True)

    def _update(
        self,
        stage: str,
        fraction: float,
        force: bool,
        documents: int | None = None,
        total: int | None = None,
        units: int | None = None,
    ) -> None:
        state = self.state
        state.stage, state.fraction = stage, fraction
        if documents is not None and total is not None and units is not None:
            state.documents, state.documents_total, state.units = documents, total, units
        now = time.monotonic()
        elapsed = now - self._began
        if fraction > 0.02 and elapsed > 0.5:
            state.seconds_left = elapsed * (1 - fraction) / fraction
        if self.callback is not None and (force or now - self._last >= self.every):
            self._last = now
            self.callback(replace(state))
