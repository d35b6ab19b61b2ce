"""The things researchers work with, as plain immutable values.

These are snapshots read from the project; changing one means running a
command (see :mod:`qcode.core.commands`).  ``id`` is the row id inside this
project file; ``uuid`` is the identity that survives export, import and
merging, and the one shown to users and scripts.

Positions (``start``, ``end``) are Unicode code-point offsets into the
document's stored text, end exclusive: ``text[start:end]`` is the span.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

AttributeValue = str | int | float | bool


@dataclass(frozen=True)
class Coder:
    id: int
    uuid: str
    name: str


@dataclass(frozen=True)
class Document:
    id: int
    uuid: str
    name: str
    length: int
    sha256: str
    source_name: str | None
    importer: str | None
    imported_at: str
    attributes: dict[str, AttributeValue] = field(default_factory=dict)
    speakers: tuple[str, ...] = ()


@dataclass(frozen=True)
class SpeakerTurn:
    """One speaker's turn: ``text[start:end]`` begins with the speaker label.

    ``time_start``/``time_end`` are seconds from the start of the recording,
    for subtitle cues; ``None`` elsewhere.
    """

    speaker: str
    start: int
    end: int
    time_start: float | None = None
    time_end: float | None = None


@dataclass(frozen=True)
class Variable:
    """A document attribute's definition: its name and value type."""

    id: int
    uuid: str
    name: str
    type: str  # text | integer | float | boolean | date


@dataclass(frozen=True)
class Code:
    id: int
    uuid: str
    parent_id: int | None
    name: str
    color: str
    description: str
    keywords: tuple[str, ...]
    codable: bool
    position: int


@dataclass(frozen=True)
class Coding:
    id: int
    uuid: str
    document_id: int
    code_id: int
    start: int
    end: int
    coder_id: int
    created_at: str


@dataclass(frozen=True)
class CodingOrigin:
    """How a coding was made when a researcher did not select its text and
    code by hand: ``source`` is ``suggestion:keywords``, ``suggestion:learned``
    or ``suggestion:similar`` (an accepted suggestion, with its model's
    ``model_version`` and its ``confidence``), ``autocode:speaker`` (a
    speaker's turns coded at once), ``query`` or ``search`` (a "code all"
    of results), ``merge`` (made by hand in a project merged in), ``import``
    (read from a file: ``import:json``...), ``unknown`` (merged in, made there
    before qcode kept this).  A coding made by hand here has none.

    :attr:`kind` is one word of :data:`ORIGINS`, what ``qcode segments
    --json`` prints as ``origin`` and what ``--origin`` filters on."""

    source: str
    model_version: str | None = None
    confidence: float | None = None
    reason: str | None = None

    def describe(self) -> str:
        """In words: "accepted suggestion (0.72, learned)"."""
        kind, _, detail = self.source.partition(":")
        if kind == "suggestion":
            shown = [f"{self.confidence:.2f}"] if self.confidence is not None else []
            return f"accepted suggestion ({', '.join([*shown, detail or '?'])})"
        words = {"autocode": f"auto-coded {detail} turn", "query": "query results coded at once"}
        words["search"] = "search results coded at once"
        words["merge"] = "merged in, made by hand there"
        words["import"] = f"imported ({detail})" if detail else "imported"
        words["unknown"] = "made before qcode kept how codings are made"
        return words.get(kind, self.source)

    @property
    def kind(self) -> str:
        """The origin in one word of :data:`ORIGINS` (a source qcode does not
        know, from a newer qcode, is ``unknown``)."""
        return ORIGIN_OF_SOURCE.get(self.source.partition(":")[0], "unknown")


# How a coding came to be, in one word each (``qcode segments --json``'s
# ``origin``, ``--origin``): ``hand``: a researcher selected the text and
# coded it here; ``search``/``query``: a "code all" of search or query
# results; ``suggestion``: an accepted suggestion; ``speaker``: a speaker's
# turns auto-coded; ``merge``: made by hand in a project merged in; ``import``:
# read from a file (``qcode code --from-json``, a REFI-QDA project);
# ``unknown``: made before qcode kept how codings were made.
ORIGINS = ("hand", "search", "query", "suggestion", "speaker", "merge", "import", "unknown")
# The first part of a stored source ("suggestion:learned") -> its origin.
ORIGIN_OF_SOURCE = {
    "suggestion": "suggestion",
    "autocode": "speaker",
    "search": "search",
    "query": "query",
    "merge": "merge",
    "import": "import",
}


def made_by(origin: CodingOrigin | None) -> str:
    """How a coding was made, in words: "by hand" when it has no origin."""
    return "by hand" if origin is None else origin.describe()


@dataclass(frozen=True)
class Memo:
    """A memo on the project (no target), a document, a code, a coding or a case."""

    id: int
    uuid: str
    document_id: int | None
    code_id: int | None
    coding_id: int | None
    title: str
    text: str
    coder_id: int | None
    created_at: str
    modified_at: str
    case_id: int | None = None

    @property
    def target_kind(self) -> str:
        if self.document_id is not None:
            return "document"
        if self.code_id is not None:
            return "code"
        if self.coding_id is not None:
            return "coding"
        if self.case_id is not None:
            return "case"
        return "project"


@dataclass(frozen=True)
class Segment:
    """A coding with what a reader needs to see it: names and the coded text."""

    coding: Coding
    document: str
    document_uuid: str
    code_path: str
    coder: str
    text: str
    memo: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.coding.uuid,
            "document": self.document,
            "code": self.code_path,
            "start": self.coding.start,
            "end": self.coding.end,
            "text": self.text,
            "coder": self.coder,
            "memo": self.memo,
        }


# -- code paths ------------------------------------------------------------------
# A path joins code names with "/".  A "/" or "\" inside a name is escaped
# with a backslash, so every code has exactly one path.

# The most levels a code tree may have (a top-level code is level 1).  Real
# codebooks stay under ten; the limit keeps every tree small enough to show,
# export and import, and refuses a runaway path (``a/a/a/…``) at once.  Code
# that walks the tree never recurses, so even a deeper tree in an older
# project can still be read, exported and fixed.
MAX_CODE_DEPTH = 30


def escape_name(name: str) -> str:
    return name.replace("\\", "\\\\").replace("/", "\\/")


def split_path(path: str) -> list[str]:
    """``"A/B\\/C"`` → ``["A", "B/C"]``; empty parts are errors for the caller."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(path)
    for char in chars:
        if char == "\\":
            current.append(next(chars, "\\"))
        elif char == "/":
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return parts


class Codebook:
    """The code tree of a project at one moment, with path lookups."""

    def __init__(self, codes: list[Code]) -> None:
        self.codes: dict[int, Code] = {code.id: code for code in codes}
        self._children: dict[int | None, list[Code]] = {}
        for code in sorted(codes, key=lambda c: (c.position, c.name.casefold(), c.id)):
            self._children.setdefault(code.parent_id, []).append(code)
        self._paths: dict[int, str] = {}
        self._by_path: dict[str, Code] = {}
        for code in self.walk():
            self._by_path[self.path(code.id)] = code
        self._by_uuid = {code.uuid: code for code in codes}

    def __len__(self) -> int:
        return len(self.codes)

    def __contains__(self, code_id: object) -> bool:
        return code_id in self.codes

    def children(self, code_id: int | None) -> list[Code]:
        """Direct children in display order (``None``: the top level)."""
        return list(self._children.get(code_id, []))

    def walk(self, code_id: int | None = None) -> Iterator[Code]:
        """Depth-first, in display order, below ``code_id`` (not including it)."""
        # An explicit stack, not recursion: a tree's depth comes from users' files.
        seen: set[int] = set()
        stack = [iter(self._children.get(code_id, []))]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
            elif child.id not in seen:  # a damaged file's cycle is walked once
                seen.add(child.id)
                yield child
                stack.append(iter(self._children.get(child.id, [])))

    def depth(self, code_id: int) -> int:
        """0 for a top-level code, 1 for its children, …"""
        depth = 0
        parent = self.codes[code_id].parent_id
        while parent is not None and depth <= len(self.codes):
            depth += 1
            parent = self.codes[parent].parent_id
        return depth

    def levels(self, code_id: int) -> int:
        """How many levels the subtree of ``code_id`` has (1: no sub-codes)."""
        deepest, seen = 1, {code_id}
        stack = [(code_id, 1)]
        while stack:
            parent, level = stack.pop()
            deepest = max(deepest, level)
            for child in self._children.get(parent, []):
                if child.id not in seen:
                    seen.add(child.id)
                    stack.append((child.id, level + 1))
        return deepest

    def path(self, code_id: int) -> str:
        cached = self._paths.get(code_id)
        if cached is not None:
            return cached
        # Climb to the nearest ancestor whose path is known, then come down.
        chain: list[int] = []
        on_chain: set[int] = set()  # a damaged file's cycle ends the climb
        current: int | None = code_id
        while current is not None and current not in self._paths and current not in on_chain:
            chain.append(current)
            on_chain.add(current)
            current = self.codes[current].parent_id
        path = self._paths.get(current) if current is not None else None
        for ancestor in reversed(chain):
            own = escape_name(self.codes[ancestor].name)
            path = own if path is None else f"{path}/{own}"
            self._paths[ancestor] = path
        assert path is not None
        return path

    def by_path(self, path: str) -> Code | None:
        parts = split_path(path)
        return self._by_path.get("/".join(escape_name(part) for part in parts))

    def by_uuid(self, uuid: str) -> Code | None:
        return self._by_uuid.get(uuid.lower())

    def descendants(self, code_id: int) -> list[Code]:
        return list(self.walk(code_id))

    def child_named(self, parent_id: int | None, name: str) -> Code | None:
        for child in self._children.get(parent_id, []):
            if child.name == name:
                return child
        return None


@dataclass(frozen=True)
class Pseudonym:
    """One row of the table: ``original`` is replaced by ``replacement``."""

    id: int
    uuid: str
    original: str
    replacement: str
    kind: str  # free text: "person", "place", "phone"... ("" if not said)
    created_at: str


# -- findings: speakers, cases, framework matrices, links, grades, queries ---------


@dataclass(frozen=True)
class Speaker:
    """A speaker across the project, identified by the label of their turns
    (``SpeakerTurn.speaker``), with what the researcher said about them and
    how much they speak.  ``uuid`` is ``None`` until a role or description
    is set.  ``codings`` counts the codings that start inside their turns."""

    name: str
    role: str = ""  # free text; the app offers interviewer / respondent / interpreter
    description: str = ""
    uuid: str | None = None
    documents: int = 0
    turns: int = 0
    characters: int = 0
    codings: int = 0


@dataclass(frozen=True)
class Member:
    """What can belong to a case: a document; a speaker everywhere
    (``document_id`` ``None``) or in one document; or a single coding."""

    document_id: int | None = None
    speaker: str | None = None
    coding_id: int | None = None

    @property
    def kind(self) -> str:
        """``"document"``, ``"speaker"`` or ``"coding"``."""
        if self.coding_id is not None:
            return "coding"
        return "speaker" if self.speaker is not None else "document"


@dataclass(frozen=True)
class CaseMember:
    """One member of a case, as stored."""

    id: int
    case_id: int
    member: Member


@dataclass(frozen=True)
class Case:
    """An informant, an incident, an institution: what a finding is about,
    across documents.  ``members`` counts what is assigned to it."""

    id: int
    uuid: str
    name: str
    type: str
    description: str
    created_at: str
    attributes: dict[str, AttributeValue] = field(default_factory=dict)
    members: int = 0


@dataclass(frozen=True)
class FrameworkCell:
    """A cell of the framework matrix: the researcher's summary of a case on
    a code, and the codings (quotes) it rests on, by id."""

    id: int
    uuid: str
    case_id: int
    code_id: int
    summary: str
    coder_id: int | None
    modified_at: str
    quotes: tuple[int, ...] = ()


@dataclass(frozen=True)
class LinkType:
    """A kind of link between codings; the built-in ones (corroborates,
    contradicts, explains) have the same UUID in every project."""

    id: int
    uuid: str
    name: str
    description: str
    created_at: str
    builtin: bool = False


@dataclass(frozen=True)
class Link:
    """A typed link from one coding (the origin) to another (the target)."""

    id: int
    uuid: str
    type_id: int
    origin_coding_id: int
    target_coding_id: int
    memo: str
    coder_id: int | None
    created_at: str


@dataclass(frozen=True)
class Grade:
    """A step of the project's source-grade scale ("first-hand witness",
    "second-hand", "documentary"), in ``position`` order."""

    id: int
    uuid: str
    name: str
    position: int
    first_hand: bool
    description: str


@dataclass(frozen=True)
class QueryOptions:
    """The filters a saved query runs with (names as the user gave them):
    coders whose codings count (none: all), documents, ``KEY=VALUE``
    attribute conditions, speakers to keep and speakers to leave out, and
    how the codings that count were made (words of :data:`ORIGINS`; none: all)."""

    coders: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    where: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    exclude_speakers: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()

    FIELDS = ("coders", "documents", "where", "speakers", "exclude_speakers", "origins")

    def as_json(self) -> dict[str, list[str]]:
        """The options as JSON (empty ones left out)."""
        return {name: list(getattr(self, name)) for name in self.FIELDS if getattr(self, name)}


@dataclass(frozen=True)
class SavedQuery:
    """A query kept in the project under a name, to run again."""

    id: int
    uuid: str
    name: str
    expression: str
    options: QueryOptions
    created_at: str
    modified_at: str


# -- sources as evidence: originals, text versions, consent ---------------------------


@dataclass(frozen=True)
class OriginalFile:
    """The file a document was imported from: its name, size and SHA-256,
    whether its bytes are kept in the project (``kept``), who imported it
    and when, and what converting it to text changed (``warnings``)."""

    document_id: int
    file_name: str
    size: int
    sha256: str
    kept: bool
    imported_at: str
    imported_by: str | None  # the coder's name
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class TextVersion:
    """One version of a document's stored text.  After the first, the edit
    that made it: ``removed`` characters at ``start`` of the version before
    replaced by ``inserted`` characters (counts; ``None`` when the edit was
    erased by a redaction or withdrawal, ``edit_kept`` then False)."""

    document_id: int
    version: int
    sha256: str
    length: int
    coder: str | None
    created_at: str
    label: str
    start: int | None = None
    removed: int | None = None
    inserted: int | None = None
    edit_kept: bool = True


@dataclass(frozen=True)
class ChangedCoding:
    """A coding flagged "text changed": an edit (the one that made text
    ``version``) changed its text; it covered ``old_start``–``old_end`` before."""

    coding_id: int
    version: int
    old_start: int
    old_end: int
    flagged_at: str


CONSENT_ANSWERS = ("yes", "no", "unknown")


@dataclass(frozen=True)
class Participant:
    """A person in the consent register.  Theirs are ``documents`` (ids) and
    every turn of ``speaker`` (a speaker label) in any document; ``quote``,
    ``named`` and ``keep_recording`` are "yes", "no" or "unknown";
    ``retain_until`` is a date (YYYY-MM-DD) after which their data should
    go; ``case_id`` the case they are, if any."""

    id: int
    uuid: str
    name: str
    speaker: str | None
    quote: str
    named: str
    keep_recording: str
    retain_until: str | None
    consent_ref: str
    case_id: int | None
    created_at: str
    modified_at: str
    documents: tuple[int, ...] = ()
