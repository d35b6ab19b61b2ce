"""The recordings of a REFI-QDA project as read: a transcript's timed cues
from its sync points, and where an audio or video source's file is.

**Cues.**  A sync point ties a position in the transcript to a time in the
recording.  The text between two timed sync points is spoken between their
two times, so each stretch between consecutive points (ordered by position)
is a cue, unless it holds nothing but white space (the line break between
two subtitle cues, which qcode exports as the end point of one cue and the
start point of the next).  Text after the last point is an open cue (no
end time) from that point's time, the way a transcript typed with
``[hh:mm:ss]`` marks ends.  Each cue's speaker is read from a ``Name:``
label at its start, as for marks typed by hand.

**Provenance.**  :func:`read_provenance` reads qcode's own record of how
each coding was made (``qcode/provenance.json``, written by
:mod:`qcode.export.qdpx_provenance`), keeping only what a project may store.

**Paths.**  The standard names a media file ``internal://NAME`` (inside the
``.qdpx``, in ``sources/``), ``relative://PATH`` (from the project's
``basePath``) or ``absolute://PATH``; ``currentPath`` may say where it was on
the exporting machine.  :func:`media_location` turns these into either the
name of the entry inside the archive or the candidate files on this disk.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote

from qcode.io.speakers import split_speaker_label
from qcode.model import SpeakerTurn

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_DRIVE = re.compile(r"^/[A-Za-z]:")


def cues_from_sync_points(text: str, points: Sequence[tuple[int, int]]) -> list[SpeakerTurn]:
    """The timed cues that ``points`` ((code point, milliseconds), in any
    order) make of ``text`` (see the module); none without points."""
    ordered = sorted(set(points))
    cues: list[SpeakerTurn] = []
    for index, (start, millis) in enumerate(ordered):
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        end = following[0] if following is not None else len(text)
        while end > start and text[end - 1] in " \t\n":
            end -= 1  # the white space before the next cue is not this cue's
        if end <= start or not text[start:end].strip():
            continue
        line = text[start:end].split("\n", 1)[0].strip()
        label = split_speaker_label(line)
        ended = following[1] / 1000 if following is not None else None
        began = millis / 1000
        if ended is not None and ended < began:
            ended = began  # points out of order in time: a cue of no length
        cues.append(SpeakerTurn(label[0] if label else "", start, end, began, ended))
    return cues


def media_location(
    path: str, current: str, base: str, beside: Path
) -> tuple[str | None, list[Path]]:
    """Where a media source's file is: ``(entry, [])`` for one inside the
    archive (``entry`` is its name in ``sources/``), else ``(None,
    candidates)``: the files on this disk it may be, in the order to try
    (``path`` first, then ``currentPath``, then a file of that name beside
    the ``.qdpx`` in ``beside``)."""
    candidates: list[Path] = []
    for reference in (path, current):
        scheme_match = _SCHEME.match(reference)
        scheme = scheme_match.group(1).lower() if scheme_match else ""
        rest = unquote(reference[scheme_match.end() :] if scheme_match else reference)
        if scheme == "internal" and reference is path:
            return rest.lstrip("/"), []
        if scheme == "relative":
            folder = Path(base) if base else beside
            candidates.append(folder / rest.lstrip("/"))
        elif scheme in ("absolute", "file") or (not scheme and rest):
            if _DRIVE.match(rest):
                rest = rest[1:]  # "absolute:///C:/x" names "C:/x"
            candidates.append(Path(rest))
    names = [candidate.name for candidate in candidates if candidate.name]
    candidates += [beside / name for name in dict.fromkeys(names)]
    return None, list(dict.fromkeys(candidates))


class RecordedOrigin(NamedTuple):
    """One coding's origin as the provenance record gives it (cleaned)."""

    source: str
    model_version: str | None
    confidence: float | None
    reason: str | None


def read_provenance(data: bytes) -> dict[str, RecordedOrigin] | None:
    """The record's origins by ``Coding`` GUID (lower case); ``None`` when
    the bytes are no such record.  An entry without a source is left out; a
    confidence outside 0–1 is dropped; texts lose control characters and
    are cut to a sensible length."""
    try:
        record = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    entries = record.get("codings") if isinstance(record, dict) else None
    if not isinstance(entries, dict):
        return None
    found: dict[str, RecordedOrigin] = {}
    for guid, fields in entries.items():
        if not isinstance(fields, dict):
            continue
        source = _text(fields.get("source"), 100)
        if source is None:
            continue
        given = fields.get("confidence")
        sure = isinstance(given, int | float) and not isinstance(given, bool) and 0 <= given <= 1
        found[str(guid).lower()] = RecordedOrigin(
            source,
            _text(fields.get("model_version"), 200),
            float(given) if sure and isinstance(given, int | float) else None,
            _text(fields.get("reason"), 2000),
        )
    return found


def _text(value: object, longest: int) -> str | None:
    """A text field without control characters, at most ``longest`` long; else None."""
    if not isinstance(value, str):
        return None
    cleaned = "".join(ch for ch in value if ch.isprintable() or ch in "\n\t")[:longest]
    return cleaned.strip() or None
