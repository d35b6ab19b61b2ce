"""Recordings (audio and video files) a transcript is linked to.

qcode never copies a recording into the project (they are large) and never
decodes one outside the app's player: it needs only what identifies the
file, its size and SHA-256, and, for a WAV file, its duration (the standard
library reads it).  :func:`read_media_facts` reads the file once, a
megabyte at a time, so hashing a two-hour video holds no more than that,
and only regular files are read (a pipe or a device named ``.mp3`` is
refused before it is opened, as every import refuses it).

:func:`media_beside` finds the recording a subtitle file was made for: a
file of the same name with a media suffix in the same folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import wave
from dataclasses import dataclass
from pathlib import Path

from qcode.errors import UnreadableFileError
from qcode.io.limits import cannot_read, check_regular, open_regular
from qcode.messages import Message

# Suffix → kind.  Whether the app can play one depends on the system's
# codecs; linking only records the file.
MEDIA_SUFFIXES: dict[str, str] = {
    ".mp3": "audio",
    ".wav": "audio",
    ".m4a": "audio",
    ".ogg": "audio",
    ".oga": "audio",
    ".opus": "audio",
    ".flac": "audio",
    ".mp4": "video",
    ".m4v": "video",
    ".mkv": "video",
    ".webm": "video",
    ".mov": "video",
}
PIECE = 1 << 20  # bytes hashed at a time


@dataclass(frozen=True)
class MediaFacts:
    """What identifies a recording: its size and SHA-256, its kind
    (``"audio"`` or ``"video"``) and, when known, its duration in seconds."""

    path: Path
    size: int
    sha256: str
    kind: str
    duration: float | None


def media_kind(path: Path) -> str:
    """``"audio"`` or ``"video"`` by the file's suffix; refused in one line
    for any other file."""
    kind = MEDIA_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        known = " ".join(MEDIA_SUFFIXES)
        if path.suffix:
            problem = Message(
                "'{suffix}' is not a recording qcode links (it links {known})",
                suffix=path.suffix,
                known=known,
            )
        else:
            problem = Message(
                "(no extension) is not a recording qcode links (it links {known})", known=known
            )
        raise UnreadableFileError(path, problem)
    return kind


def read_media_facts(path: Path) -> MediaFacts:
    """Size, SHA-256, kind and (for WAV) duration of a recording, read a
    piece at a time; a missing, empty or special file, or one that grows
    while it is read, is refused in one line naming it."""
    path = Path(path)
    kind = media_kind(path)
    size = check_regular(path).st_size
    if size == 0:
        raise UnreadableFileError(path, Message("the file is empty"))
    digest, read = file_sha256(path, size)
    if read != size:
        raise UnreadableFileError(path, Message("changed while it was being read; try again"))
    return MediaFacts(path, size, digest, kind, _wav_duration(path))


def file_sha256(path: Path, expected: int) -> tuple[str, int]:
    """The SHA-256 of a regular file and how many bytes it held, reading at
    most one piece past ``expected`` bytes (so a file that keeps growing, or
    a device swapped in, cannot keep qcode reading)."""
    digest = hashlib.sha256()
    read = 0
    with open_regular(path) as stream:
        try:
            while read <= expected:
                piece = stream.read(PIECE)
                if not piece:
                    break
                digest.update(piece)
                read += len(piece)
        except OSError as error:
            raise cannot_read(path, error) from None
    return digest.hexdigest(), read


def same_file_facts(path: Path, size: int, sha256: str) -> bool:
    """Whether the regular file at ``path`` has this size and SHA-256 (any
    file that cannot be read has not)."""
    try:
        if os.stat(path).st_size != size:
            return False
        digest, read = file_sha256(path, size)
    except (OSError, UnreadableFileError):
        return False
    return read == size and digest == sha256


def _wav_duration(path: Path) -> float | None:
    if path.suffix.lower() != ".wav":
        return None
    with (
        contextlib.suppress(wave.Error, EOFError, OSError, ValueError),
        wave.open(str(path), "rb") as reader,
    ):
        rate = reader.getframerate()
        if rate > 0:
            return round(reader.getnframes() / rate, 3)
    return None


def media_beside(path: Path) -> Path | None:
    """The recording a subtitle file was made for: a regular file of the
    same name with a media suffix in the same folder (``None`` if none)."""
    path = Path(path)
    try:
        siblings = {
            entry.name.lower(): Path(entry.path)
            for entry in os.scandir(path.parent)
            if Path(entry.name).stem == path.stem
        }
    except OSError:
        return None
    for suffix in MEDIA_SUFFIXES:
        found = siblings.get(f"{path.stem}{suffix}".lower())
        if found is not None and found.is_file():
            return found
    return None


def recording_beside(path: Path, warnings: list[str]) -> MediaFacts | None:
    """The facts of the recording beside a subtitle file (see
    :func:`media_beside`), or ``None``; one that cannot be read is noted in
    ``warnings`` and left unlinked (the transcript is imported all the same)."""
    found = media_beside(path)
    if found is None:
        return None
    try:
        return read_media_facts(found)
    except UnreadableFileError as error:
        reason = error.args[0] if isinstance(error.args[0], Message) else str(error)
        warnings.append(
            Message("the recording beside it was not linked: {problem}", problem=reason)
        )
        return None
