"""Reading any supported document file into an :class:`ImportedDocument`.

:func:`read_document` is the one entry point: it checks the file, picks the
importer by extension and applies the rules every import shares (newlines
normalised, trailing whitespace dropped, speaker turns found, the limits of
:mod:`qcode.io.limits` kept).  The format modules load their libraries only
when called, so importing this is cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qcode.errors import UnreadableFileError
from qcode.io.base import ImportedDocument, file_name_text, normalise_newlines
from qcode.io.docx import read_docx
from qcode.io.limits import (
    check_regular,
    max_document_characters,
    read_limited,
    read_once,
    too_many_characters,
)
from qcode.io.media import recording_beside
from qcode.io.odt import read_odt
from qcode.io.pdf import read_pdf
from qcode.io.rtf import read_rtf
from qcode.io.speakers import detect_speaker_turns
from qcode.io.subtitles import read_subtitles
from qcode.io.text import read_text_bytes, read_text_file
from qcode.messages import Message

# Extension -> (importer name, function returning the raw text and adding
# its conversion warnings to the list it is given).
_TEXT_READERS: dict[str, tuple[str, Callable[[Path, list[str]], str]]] = {
    ".txt": ("text", read_text_file),
    ".md": ("text", read_text_file),
    ".docx": ("docx", read_docx),
    ".odt": ("odt", read_odt),
    ".rtf": ("rtf", read_rtf),
    ".pdf": ("pdf", read_pdf),
}
_SUBTITLE_IMPORTERS = {".vtt": "webvtt", ".srt": "srt"}
# Text files: refused unread when too large for the character limit.
_TEXT_FILES = frozenset({".txt", ".md", *_SUBTITLE_IMPORTERS})

SUPPORTED_SUFFIXES: tuple[str, ...] = (*_TEXT_READERS, *_SUBTITLE_IMPORTERS)

# Formats people often try, with what to do instead.
_HINTS = {
    ".doc": Message("save it as .docx first"),
    ".pages": Message("export it as .docx first"),
    ".html": Message("save it as .txt first"),
    ".htm": Message("save it as .txt first"),
}


def read_document(path: Path) -> ImportedDocument:
    """Read a .txt, .md, .docx, .odt, .rtf, .pdf, .vtt or .srt file.

    Raises UnreadableFileError, naming the file and the problem, for anything
    the user can fix: a missing, empty, damaged, unsupported or too large
    file, or one that is not a regular file (a pipe, a device).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    _check_file(path, suffix)
    warnings: list[str] = []
    # The file is read once, here, within the limits; the reader converts
    # these very bytes (read_once hands them to it), so the original the
    # project keeps is exactly what the text came from, even if the file
    # changes on disk meanwhile.
    original = read_text_bytes(path) if suffix in _TEXT_FILES else read_limited(path)
    with read_once(path, original):
        if suffix in _SUBTITLE_IMPORTERS:
            text, turns = read_subtitles(path, webvtt=suffix == ".vtt", warnings=warnings)
            importer = _SUBTITLE_IMPORTERS[suffix]
        else:
            importer, reader = _TEXT_READERS[suffix]
            text = normalise_newlines(reader(path, warnings)).rstrip()
            if not text:
                raise UnreadableFileError(path, Message("contains no text (only whitespace)"))
            turns = []
    # The readers keep the limit while reading; this catches what they
    # cannot tell before the text is whole (a plain-text file's length).
    limit = max_document_characters()
    if len(text) > limit:
        raise too_many_characters(path, limit)
    recording = None
    if suffix not in _SUBTITLE_IMPORTERS:
        turns = detect_speaker_turns(text)
    else:
        recording = recording_beside(path, warnings)
    return ImportedDocument(
        name=file_name_text(path.stem),
        text=text,
        source_name=file_name_text(path.name),
        importer=importer,
        turns=turns,
        warnings=warnings,
        original=original,
        recording=recording,
    )


def _check_file(path: Path, suffix: str) -> None:
    # Nothing is opened here: a FIFO would block the open itself.
    size = check_regular(path).st_size
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableFileError(path, _unsupported_problem(suffix))
    if not size:
        raise UnreadableFileError(path, Message("the file is empty"))


def _unsupported_problem(suffix: str) -> Message:
    known = ", ".join(SUPPORTED_SUFFIXES)
    if suffix:
        problem = Message(
            "unsupported file type '{suffix}' (qcode reads {known})", suffix=suffix, known=known
        )
    else:
        problem = Message("unsupported file type (no extension) (qcode reads {known})", known=known)
    if suffix in _HINTS:
        return Message("{problem}; {hint}", problem=problem, hint=_HINTS[suffix])
    return problem
