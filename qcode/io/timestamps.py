"""Transcripts typed by hand with ``[hh:mm:ss]`` marks: each mark starts a
cue that runs to the next mark (the last to the end of the recording).

A line ``[00:01:02] Liu: we met`` is a cue of speaker Liu from 62 seconds;
``[01:02]`` (minutes and seconds) and a fraction (``[00:01:02.5]``) are read
too.  The cue's text span starts at the mark, so the mark stays part of
the text the researcher typed and positions need no adjusting.
"""

from __future__ import annotations

import re

from qcode.io.speakers import split_speaker_label
from qcode.model import SpeakerTurn

MARK = re.compile(r"\[(?:(\d{1,5}):)?([0-5]?\d):([0-5]\d)(?:[.,](\d{1,3}))?\]")


def mark_text(seconds: float) -> str:
    """The mark typed for ``seconds``: ``[00:01:02]``."""
    whole = max(int(seconds), 0)
    return f"[{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}]"


def mark_seconds(match: re.Match[str]) -> float:
    hours, minutes, seconds, fraction = match.groups()
    millis = int(fraction.ljust(3, "0")) if fraction else 0
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + millis / 1000


def timed_turns(text: str, duration: float | None = None) -> list[SpeakerTurn]:
    """The cues the marks in ``text`` make (none without marks); positions
    are code points.  ``duration`` ends the last cue (else it is open)."""
    marks = list(MARK.finditer(text))
    turns: list[SpeakerTurn] = []
    for i, match in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        span_end = end
        while span_end > match.start() and text[span_end - 1] in "\n ":
            span_end -= 1  # the blank lines before the next mark are not the cue's
        line_end = text.find("\n", match.end())
        line = text[match.end() : len(text) if line_end < 0 else line_end]
        label = split_speaker_label(line.strip())
        started = mark_seconds(match)
        ended = mark_seconds(marks[i + 1]) if i + 1 < len(marks) else duration
        if ended is not None and ended < started:
            ended = started  # marks typed out of order: a cue of no length
        speaker = label[0] if label is not None else ""
        turns.append(SpeakerTurn(speaker, match.start(), span_end, started, ended))
    return turns
