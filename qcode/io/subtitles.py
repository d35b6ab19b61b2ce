"""Subtitle import: WebVTT (.vtt) and SubRip (.srt) transcripts.

Each cue becomes one line of text and one :class:`SpeakerTurn` carrying the
cue's start and end time in seconds.  The speaker comes from a WebVTT voice
tag (``<v Amal>``) or from a ``Name:`` prefix on the cue text; the stored
line is ``"Name: text"`` when a speaker is known, otherwise just the text.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from qcode.errors import UnreadableFileError
from qcode.io.base import normalise_newlines
from qcode.io.speakers import split_speaker_label
from qcode.io.text import decode_text, read_text_bytes
from qcode.messages import Message
from qcode.model import SpeakerTurn

_TIMESTAMP = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?")
# 99,999 hours is over eleven years; more digits is not a recording's time
# (and int() of thousands of digits is slow, or refused by Python).
_MAX_HOUR_DIGITS = 5
_SHOWN_STAMP = 24
_TIMING = re.compile(r"^\s*(\S+)\s+-->\s+(\S+)")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]*)>")
# Ruby annotations (pronunciation over CJK) are not part of the spoken words.
_RUBY_TEXT = re.compile(r"<rt>.*?</rt>", re.DOTALL)
# Tags (<i>, </c>, <c.yellow>, <font ...>, <lang en>) and cue timestamps
# (<00:00:01.500>); a "<" followed by anything else is left as text.
_TAG = re.compile(r"</?(?:[a-zA-Z][^<>]*|\d+(?::\d+)*(?:[.,]\d+)?)>")
# SubRip files from Aegisub-style tools carry {\an8}-style override codes.
_OVERRIDE = re.compile(r"\{\\[^{}]*\}")
_LINE_BREAK = re.compile(r"[\r\n]")
_WEBVTT_BLOCKS = ("NOTE", "STYLE", "REGION")
_MIN_LABEL_USES = 2


@dataclass
class _Cue:
    start: float
    end: float
    lines: list[str]


def read_subtitles(
    path: Path, webvtt: bool, warnings: list[str] | None = None
) -> tuple[str, list[SpeakerTurn]]:
    """Return the stored text (one line per cue) and one turn per cue.

    ``webvtt`` selects WebVTT rules (.vtt); otherwise SubRip rules (.srt).
    Conversion warnings (bytes replaced, a legacy encoding) go to ``warnings``.
    """
    source = normalise_newlines(decode_text(read_text_bytes(path), path, warnings))
    cues = _parse_cues(source, webvtt, path)
    lines: list[tuple[str, str, _Cue]] = []  # (speaker, line, cue)
    for cue in cues:
        speaker, words = _cue_words(cue, webvtt)
        if words:
            lines.append((speaker, f"{speaker}: {words}" if speaker else words, cue))
    if not lines:
        raise UnreadableFileError(
            path, Message("no subtitle cues found (no 'start --> end' timings)")
        )
    lines = _label_speakers(lines)

    parts: list[str] = []
    turns: list[SpeakerTurn] = []
    offset = 0
    for speaker, line, cue in lines:
        parts.append(line)
        turns.append(SpeakerTurn(speaker, offset, offset + len(line), cue.start, cue.end))
        offset += len(line) + 1
    return "\n".join(parts), turns


def _parse_cues(source: str, webvtt: bool, path: Path) -> list[_Cue]:
    cues: list[_Cue] = []
    for index, (first_line, block) in enumerate(_blocks(source)):
        if webvtt and (
            (index == 0 and block[0].startswith("WEBVTT"))
            or block[0].split(maxsplit=1)[0] in _WEBVTT_BLOCKS
        ):
            continue
        timing_at = next((i for i, line in enumerate(block) if "-->" in line), None)
        if timing_at is None:
            # SubRip cues sometimes hold a blank line: the rest of the text
            # belongs to the cue before.  WebVTT says to drop such blocks.
            if not webvtt and cues and not block[0].strip().isdigit():
                cues[-1].lines.extend(block)
            continue
        times = _parse_timing(block[timing_at], path, first_line + timing_at)
        if times is not None:
            # Lines before the timing are the cue identifier.
            cues.append(_Cue(times[0], times[1], block[timing_at + 1 :]))
    return cues


def _blocks(source: str) -> list[tuple[int, list[str]]]:
    """The runs of non-blank lines, each with the number of its first line."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    first = 1
    for number, line in enumerate(source.split("\n"), start=1):
        if line.strip():
            if not current:
                first = number
            current.append(line)
        elif current:
            blocks.append((first, current))
            current = []
    if current:
        blocks.append((first, current))
    return blocks


def _parse_timing(line: str, path: Path, number: int) -> tuple[float, float] | None:
    match = _TIMING.match(line)
    if match is None:
        return None
    start, end = _seconds(match.group(1), path, number), _seconds(match.group(2), path, number)
    if start is None or end is None:
        return None
    return start, end


def _seconds(stamp: str, path: Path, number: int) -> float | None:
    match = _TIMESTAMP.fullmatch(stamp)
    if match is None:
        return None
    hours, minutes, seconds, fraction = match.groups()
    if hours is not None and len(hours.lstrip("0")) > _MAX_HOUR_DIGITS:
        shown = stamp if len(stamp) <= _SHOWN_STAMP else stamp[:_SHOWN_STAMP] + "…"
        problem = Message(
            "line {number}: the time '{time}' is not a valid timestamp", number=number, time=shown
        )
        raise UnreadableFileError(path, problem)
    millis = int(fraction.ljust(3, "0")) if fraction else 0
    total = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + millis / 1000
    return round(total, 3)


def _cue_words(cue: _Cue, webvtt: bool) -> tuple[str, str]:
    """The cue's voice (or "") and its words, lines joined by single spaces."""
    joined = " ".join(line.strip() for line in cue.lines if line.strip())
    voice = _VOICE.search(joined)
    speaker = voice.group(1).strip() if voice else ""
    words = _TAG.sub("", _RUBY_TEXT.sub("", _OVERRIDE.sub("", joined)))
    if webvtt:
        # WebVTT escapes &, < and > (and may use &nbsp;); SubRip text is raw.
        words = html.unescape(words)
    # An escaped line break ("&#10;") must not split the cue's one line.
    return speaker, _LINE_BREAK.sub(" ", words).strip()


def _label_speakers(
    lines: list[tuple[str, str, _Cue]],
) -> list[tuple[str, str, _Cue]]:
    """Take speakers from "Name:" prefixes that label at least two cues."""
    labels = [None if speaker else split_speaker_label(line) for speaker, line, _ in lines]
    uses = Counter(label[0] for label in labels if label is not None)
    labelled: list[tuple[str, str, _Cue]] = []
    for (speaker, line, cue), label in zip(lines, labels, strict=True):
        if label is not None and uses[label[0]] >= _MIN_LABEL_USES:
            speaker = label[0]
        labelled.append((speaker, line, cue))
    return labelled
