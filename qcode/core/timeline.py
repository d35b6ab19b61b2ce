"""Where a passage of a timed document is in its recording.

A document imported from subtitles (or typed with ``[hh:mm:ss]`` marks) has
speaker turns that carry times: each cue's start and end in seconds.  A
passage (a coding, a search hit) is in the recording from the start of the
first timed cue it overlaps to the end of the last: the cues are the finest
timing the transcript knows, so "play this passage" plays whole cues rather
than guessing where inside one a word was said.  Positions are code points,
like every position in qcode.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from qcode.model import SpeakerTurn

Times = tuple[float | None, float | None]
UNTIMED: Times = (None, None)


class Timeline:
    """A document's timed cues, for many questions about its passages."""

    def __init__(self, turns: Sequence[SpeakerTurn]) -> None:
        timed = sorted(
            (turn for turn in turns if turn.time_start is not None),
            key=lambda turn: (turn.start, turn.end),
        )
        self.cues = timed
        self._starts = [turn.start for turn in timed]
        # A cue ends where its text ends; cues never overlap in a transcript,
        # but a hand-made one might: the running maximum keeps lookups right.
        ends: list[int] = []
        for turn in timed:
            ends.append(max(turn.end, ends[-1]) if ends else turn.end)
        self._ends = ends

    @property
    def timed(self) -> bool:
        """Whether the document has any timed cue."""
        return bool(self.cues)

    def span(self, start: int, end: int) -> Times:
        """(seconds where ``text[start:end]`` begins, where it ends) in the
        recording, or ``(None, None)`` when it overlaps no timed cue."""
        if not self.cues or end <= start:
            return UNTIMED
        first = bisect_right(self._ends, start)  # the first cue ending after start
        last = bisect_left(self._starts, end)  # cues from here on start at or after end
        overlapping = [cue for cue in self.cues[first:last] if cue.end > start]
        if not overlapping:
            return UNTIMED
        began = min(cue.time_start for cue in overlapping if cue.time_start is not None)
        ends = [cue.time_end for cue in overlapping if cue.time_end is not None]
        return began, max(ends) if ends else None

    def cue_at_time(self, seconds: float) -> SpeakerTurn | None:
        """The cue being spoken at ``seconds`` (the last one begun), if any."""
        best: SpeakerTurn | None = None
        for cue in self.cues:
            begun = cue.time_start is not None and cue.time_start <= seconds
            if begun and (cue.time_end is None or seconds < cue.time_end):
                best = cue
        return best


def passage_time(turns: Sequence[SpeakerTurn], start: int, end: int) -> Times:
    """When ``text[start:end]`` is spoken (see :meth:`Timeline.span`)."""
    return Timeline(turns).span(start, end)


def clock(seconds: float) -> str:
    """``754.2`` → ``00:12:34`` (hours:minutes:seconds, seconds cut, not rounded,
    so that playing from the time shown never starts after the words)."""
    whole = max(int(seconds), 0)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def clock_span(times: Times) -> str:
    """``(61.5, 75.0)`` → ``00:01:01–00:01:15``; ``""`` for an untimed passage."""
    began, ended = times
    if began is None:
        return ""
    if ended is None or clock(ended) == clock(began):
        return clock(began)
    return f"{clock(began)}–{clock(ended)}"
