"""What every document importer returns, and the text rules they share.

An importer turns one file into an :class:`ImportedDocument`: plain text with
line endings normalised to ``\\n`` (once, here, so stored offsets never drift),
plus the speaker turns it found.  Positions in turns are Unicode code-point
offsets into that text, end exclusive, like every position in qcode.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qcode.io.media import MediaFacts
from qcode.model import SpeakerTurn

__all__ = [
    "ImportedDocument",
    "SpeakerTurn",
    "expand_ligatures",
    "file_name_text",
    "normalise_newlines",
]

# Typographic ligatures that PDF text extraction (and some word processors)
# hand back as single code points; researchers search for "fi", not "ﬁ".
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_LIGATURE_TABLE = str.maketrans(_LIGATURES)


@dataclass
class ImportedDocument:
    """A document read from a file, ready to be added to a project.

    ``warnings`` says, one line each, what reading it changed or guessed
    (bytes replaced by U+FFFD, a legacy encoding, a simplified PDF page), so
    the researcher can check the source; it is empty for a clean file.

    ``original`` is the file's bytes exactly as read, the very bytes the
    text was converted from (the project keeps them as the evidentiary
    copy); ``None`` for a document that comes from no file.
    """

    name: str
    text: str
    source_name: str
    importer: str
    turns: list[SpeakerTurn] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    original: bytes | None = field(default=None, repr=False)
    # A subtitle file's recording found beside it (same name, a media
    # suffix), read and hashed: the import links it to the document.
    recording: MediaFacts | None = field(default=None, repr=False)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; a leading byte-order mark is dropped."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def expand_ligatures(text: str) -> str:
    """Replace presentation-form ligatures (ﬁ, ﬂ, ...) by their letters."""
    return text.translate(_LIGATURE_TABLE)


def file_name_text(name: str) -> str:
    """A file name as text: bytes that were not valid in the file system's
    encoding (kept by Python as lone surrogates) become U+FFFD, so the name
    can be stored, shown and exported."""
    if not any("\udc80" <= char <= "\udcff" for char in name):
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
