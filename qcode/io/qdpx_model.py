"""The values a REFI-QDA project is read into (:mod:`qcode.io.qdpx_read`), and the
rules for positions, GUIDs and dates they follow.

Positions are code points into the text with line endings normalised to
``\\n``, end exclusive, as qcode stores them.  The standard says code points;
NVivo counts UTF-16 code units over its ``.txt`` after the byte-order mark,
with CR LF counting two (see ``refi-qda/samples/SOURCES.md``: the NVivo for
Windows and for Mac exports of one project agree only under that reading).
:class:`RawOffsets` converts either.  GUIDs are lower-case, or ``None`` when a
file's GUID is not one; dates are qcode's ISO strings (UTC, to the second), or
``None``.  Nothing here knows about XML or about qcode projects.
"""

from __future__ import annotations

import re
import uuid
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import UTC, datetime

from qcode.io.qdc import CodebookCode
from qcode.messages import Message

# qcode writes a case's type as the value of a text variable with this GUID,
# the same in every file, so that an import tells it from an attribute.
CASE_TYPE_VARIABLE = str(uuid.uuid5(uuid.NAMESPACE_URL, "qcode:refi-qda:case-type"))

_GUID = re.compile(r"\{?([0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})\}?")
_CANONICAL = re.compile(r"[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}")
_UTC_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|\+00:00)")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def canonical_guid(value: str | None) -> str | None:
    """A GUID as qcode keeps it (lower case, no braces), or ``None`` if it is not one."""
    if not value:
        return None
    if _CANONICAL.fullmatch(value):  # the common case, and the fast one
        return value
    match = _GUID.fullmatch(value.strip())
    return match.group(1).lower() if match else None


def iso_time(value: str | None) -> str | None:
    """An ``xsd:dateTime`` as qcode's ISO string (UTC, to the second), or ``None``."""
    if not value:
        return None
    if _UTC_TIME.fullmatch(value):  # already UTC to the second: the common case
        return f"{value[:19]}+00:00"
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


class RawOffsets:
    """Positions a producer counted in its raw text → code points in the stored text.

    ``raw`` is the decoded text (byte-order mark removed) with its line endings
    as they were; :attr:`text` is that text with CR LF and lone CR made ``\\n``.
    With ``utf16`` the raw offsets count UTF-16 code units (a character outside
    the Basic Multilingual Plane counts two), else code points.  Calling the map
    with a raw offset gives the offset in :attr:`text`, or ``None`` when the
    offset lies outside the text or inside a surrogate pair.
    """

    def __init__(self, raw: str, *, utf16: bool) -> None:
        self.text = raw.replace("\r\n", "\n").replace("\r", "\n")
        astral = [match.start() for match in _ASTRAL.finditer(raw)] if utf16 else []
        # the UTF-16 offset at which each of those characters begins
        self._pairs = [position + index for index, position in enumerate(astral)]
        # the code-point index of every CR that normalising removes (the CR of CR LF)
        self._removed = [match.start() for match in re.finditer("\r\n", raw)]
        self.raw_length = len(raw) + len(astral)
        self.unit = Message("UTF-16 units") if utf16 else Message("characters")

    def __call__(self, offset: int) -> int | None:
        if not 0 <= offset <= self.raw_length:
            return None
        index = offset
        if self._pairs:
            before = bisect_left(self._pairs, offset)
            if before and self._pairs[before - 1] == offset - 1:
                return None  # between the two halves of one character
            index -= before
        if self._removed:
            index -= bisect_left(self._removed, index)
        return index


# -- what the reader yields --------------------------------------------------------


@dataclass
class QdpxHeader:
    name: str
    origin: str
    created: str | None
    utf16: bool  # positions count UTF-16 code units (NVivo)
    base_path: str = ""  # basePath: where ``relative://`` media paths start


@dataclass
class QdpxUser:
    guid: str | None
    name: str  # the name, else the initials (``id``), else ""


@dataclass
class QdpxCodebook:
    codes: list[CodebookCode]
    note_refs: dict[str, list[str]]  # code GUID → GUIDs of notes on it


@dataclass
class QdpxVariable:
    guid: str | None
    name: str
    type: str  # typeOfVariable: Text, Boolean, Integer, Float, Date, DateTime
    description: str


@dataclass
class QdpxValue:
    variable: str | None  # the variable's GUID
    type: str  # the value element: TextValue, BooleanValue, ...
    value: str


@dataclass
class QdpxCase:
    guid: str | None
    name: str
    values: list[QdpxValue]
    sources: list[str]  # GUIDs of whole sources (SourceRef)
    description: str = ""
    selections: list[str] = field(default_factory=list)  # SelectionRef GUIDs
    codes: list[str] = field(default_factory=list)  # CodeRef GUIDs


@dataclass
class QdpxCoding:
    guid: str | None
    code: str | None  # the code's GUID
    user: str | None
    created: str | None
    note_refs: list[str] = field(default_factory=list)


@dataclass
class QdpxSelection:
    guid: str | None
    name: str
    start: int  # code points into QdpxText.text, end exclusive
    end: int
    user: str | None
    created: str | None
    description: str
    codings: list[QdpxCoding]
    note_refs: list[str]


@dataclass
class QdpxText:
    """One text a document can be made of: a text source, a PDF's text, a transcript."""

    guid: str | None
    aliases: list[str]  # other GUIDs that mean this text (a PDF's representation)
    name: str
    text: str | None  # None: see ``problem``
    problem: str
    created: str | None
    description: str
    selections: list[QdpxSelection]
    note_refs: list[str]
    skipped: list[str]
    # a transcript's sync points that carry a time: (code point, milliseconds)
    sync_points: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class QdpxSource:
    kind: str  # TextSource, PDFSource, PictureSource, AudioSource, VideoSource
    guid: str | None
    name: str
    texts: list[QdpxText]
    values: list[QdpxValue]
    note_refs: list[str]
    description: str
    skipped: list[str]
    media_path: str = ""  # an audio or video source's ``path`` (internal://, absolute://...)
    current_path: str = ""  # its ``currentPath``, where the file was on the exporter's disk


@dataclass
class QdpxNote:
    guid: str | None
    name: str
    text: str
    user: str | None
    created: str | None
    modified: str | None
    skipped: list[str]


@dataclass
class QdpxLink:
    name: str
    origin: str | None
    target: str | None
    guid: str | None = None
    direction: str = ""  # Associative, OneWay, Bidirectional, or "" when not given
    note_refs: list[str] = field(default_factory=list)


@dataclass
class QdpxSet:
    name: str
    description: str
    codes: list[str]
    sources: list[str]
    notes: list[str]


@dataclass
class QdpxGraph:
    name: str
    vertices: int
    edges: int


@dataclass
class QdpxEnd:
    description: str
    note_refs: list[str]


QdpxItem = (
    QdpxHeader
    | QdpxUser
    | QdpxCodebook
    | QdpxVariable
    | QdpxCase
    | QdpxSource
    | QdpxNote
    | QdpxLink
    | QdpxSet
    | QdpxGraph
    | QdpxEnd
)
