"""Read a REFI-QDA project (``.qdpx`` or bare ``.qde``) into plain values, streaming.

:func:`read_project` parses ``project.qde`` with defusedxml (no DTD, no
entities) as a stream and yields one value per part as soon as it is complete
(the values are in :mod:`qcode.io.qdpx_model`): a :class:`QdpxHeader`, each
:class:`QdpxUser`, the :class:`QdpxCodebook`, each :class:`QdpxVariable`,
:class:`QdpxCase` and :class:`QdpxSource` (with its texts, read from the
archive), each :class:`QdpxNote`, :class:`QdpxLink`, :class:`QdpxSet` and
:class:`QdpxGraph`, and last a :class:`QdpxEnd`.  Each part is dropped from the
parse tree once yielded, so a project of 200,000 codings never sits in memory
as a tree.  Nothing here touches a qcode project.

Positions come out converted (see :class:`RawOffsets`): a project whose
``origin`` names NVivo counts UTF-16 code units, any other code points.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from qcode.errors import QcodeError, message_of
from qcode.io.qdc import PROJECT_NAMESPACE, read_codebook_element
from qcode.io.qdpx_model import (
    QdpxCase,
    QdpxCodebook,
    QdpxCoding,
    QdpxEnd,
    QdpxGraph,
    QdpxHeader,
    QdpxItem,
    QdpxLink,
    QdpxNote,
    QdpxSelection,
    QdpxSet,
    QdpxSource,
    QdpxText,
    QdpxUser,
    QdpxValue,
    QdpxVariable,
    RawOffsets,
    canonical_guid,
    iso_time,
)
from qcode.io.qdpx_zip import QdpxArchive, refused
from qcode.io.text import decode_text
from qcode.messages import Message

_EXAMPLES = 3  # spans shown in one report line
_EMPTY = Message("the project XML is empty")
MEDIA_KINDS = {
    "PictureSource": Message("picture"),
    "AudioSource": Message("audio"),
    "VideoSource": Message("video"),
}


def read_project(archive: QdpxArchive) -> Iterator[QdpxItem]:
    """Yield the parts of the project in ``archive`` in file order (see the module).

    Raises :class:`QcodeError`, naming the file, for XML that is not well formed,
    holds a DTD or entities, or is not a REFI-QDA project.
    """
    return _Reader(archive).items()


# -- element helpers ----------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _child_text(element: ET.Element, name: str) -> str:
    child = element.find(name)
    return (child.text or "") if child is not None else ""


def _refs(element: ET.Element, name: str) -> list[str]:
    found = element.findall(name)
    if not found:
        return []
    guids = (canonical_guid(child.get("targetGUID")) for child in found)
    return [guid for guid in guids if guid is not None]


def _ref(element: ET.Element, name: str) -> str | None:
    found = element.find(name)
    return None if found is None else canonical_guid(found.get("targetGUID"))


def _int(value: str | None) -> int | None:
    try:
        return int(value.strip()) if value is not None else None
    except ValueError:
        return None


def _codings(element: ET.Element) -> list[QdpxCoding]:
    return [
        QdpxCoding(
            guid=canonical_guid(coding.get("guid")),
            code=_ref(coding, "CodeRef"),
            user=canonical_guid(coding.get("creatingUser")),
            created=iso_time(coding.get("creationDateTime")),
            note_refs=_refs(coding, "NoteRef"),
        )
        for coding in element.findall("Coding")
    ]


def _values(element: ET.Element) -> list[QdpxValue]:
    values = []
    for item in element.findall("VariableValue"):
        variable = _ref(item, "VariableRef")
        for child in item:
            if child.tag != "VariableRef":
                values.append(QdpxValue(variable, child.tag, (child.text or "").strip()))
                break
    return values


def _codings_n(count: int) -> Message:
    """``"1 coding"``, ``"1,234 codings"``, translatable."""
    return Message.counted("{count:,} coding{s}", count=count)


def _spans(spans: list[tuple[int, int]]) -> str:
    shown = ", ".join(f"{start}–{end}" for start, end in spans[:_EXAMPLES])
    return shown + (", …" if len(spans) > _EXAMPLES else "")


def _not_a_project(local: str, namespace: str) -> Message:
    if namespace:
        problem = Message(
            "is not a REFI-QDA project (root element is <{element}> in namespace {namespace})",
            element=local,
            namespace=namespace,
        )
    else:
        problem = Message("is not a REFI-QDA project (root element is <{element}>)", element=local)
    if local == "CodeBook":
        return Message("{problem} (a codebook: import it as a .qdc file)", problem=problem)
    return problem


_ITEMS = {"User", "Variable", "Case", "TextSource", "PDFSource", *MEDIA_KINDS}
_ITEMS |= {"Note", "Link", "Set", "Graph"}
_CONTAINERS = {"Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links"}
_CONTAINERS |= {"Sets", "Graphs"}


class _Builder(ET.TreeBuilder):
    """Builds the tree, checking the root element the moment it starts."""

    def __init__(self, check: Callable[[ET.Element], QdpxHeader]) -> None:
        super().__init__()
        self._check = check
        self.root: ET.Element | None = None
        self.header: QdpxHeader | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        element = super().start(tag, attrs)
        self.root = element
        self.header = self._check(element)
        # Every later element goes straight to the fast builder.
        setattr(self, "start", super().start)  # noqa: B010
        return element


def _drop(root: ET.Element, element: ET.Element) -> None:
    """Take a part that has been read out of the tree, so memory stays flat.

    Parts are read in file order, so it is the first child of its container;
    anything before it that nobody reads (an element qcode does not know) goes too.
    """
    for container in root:
        while len(container) and container[0] is not element and container[0].tag not in _ITEMS:
            del container[0]
        if len(container) and container[0] is element:
            del container[0]
            return


class _Reader:
    def __init__(self, archive: QdpxArchive) -> None:
        self.archive = archive
        self.utf16 = False

    def items(self) -> Iterator[QdpxItem]:
        stream = self.archive.open_project()
        try:
            yield from self._parse(stream)
        finally:
            stream.close()

    def _parse(self, stream: object) -> Iterator[QdpxItem]:
        # Only "end" events: with defusedxml's pure-Python parser, start events would
        # cost a quarter of the import.  The builder checks the root as it starts.
        name = self.archive.name
        builder = _Builder(self._header)
        parser = SafeET.DefusedXMLParser(target=builder, forbid_dtd=True)
        events = SafeET.iterparse(stream, events=("end",), parser=parser)
        while True:
            try:
                _event, element = next(events)
            except StopIteration:
                break
            except ET.ParseError as error:
                line = error.position[0]
                problem = Message("the project XML is not well formed (line {line})", line=line)
                if builder.root is None and error.code == 3:  # "no element found"
                    problem = _EMPTY
                raise refused(name, problem) from None
            except DefusedXmlException:
                problem = Message(
                    "the project XML declares a DTD or entities, which qcode refuses for safety"
                )
                raise refused(name, problem) from None
            except LookupError:
                problem = Message("the project XML declares an unknown encoding")
                raise refused(name, problem) from None
            root = builder.root
            assert root is not None
            if builder.header is not None:
                yield builder.header
                builder.header = None
            element.tag = tag = _local(element.tag)
            if tag in _ITEMS:
                item = self._item(element)
                if item is not None:
                    yield item
                _drop(root, element)
            elif tag in _CONTAINERS:
                if tag == "CodeBook":
                    yield self._codebook(element)
                if element in root:
                    root.remove(element)
            elif element is root:
                yield QdpxEnd(_child_text(element, "Description"), _refs(element, "NoteRef"))
        if builder.root is None:
            raise refused(name, _EMPTY)

    def _header(self, root: ET.Element) -> QdpxHeader:
        namespace, _, local = root.tag[1:].partition("}") if "}" in root.tag else ("", "", root.tag)
        if local != "Project" or namespace != PROJECT_NAMESPACE:
            raise refused(self.archive.name, _not_a_project(local, namespace))
        origin = (root.get("origin") or "").strip()
        self.utf16 = "nvivo" in origin.lower()
        return QdpxHeader(
            name=(root.get("name") or "").strip(),
            origin=origin,
            created=iso_time(root.get("creationDateTime")),
            utf16=self.utf16,
            base_path=(root.get("basePath") or "").strip(),
        )

    def _codebook(self, element: ET.Element) -> QdpxCodebook:
        note_refs: dict[str, list[str]] = {}
        for child in element.iter():
            child.tag = _local(child.tag)
        for code in element.iter("Code"):
            guid, notes = canonical_guid(code.get("guid")), _refs(code, "NoteRef")
            if guid is not None and notes:
                note_refs.setdefault(guid, []).extend(notes)
        # Read from the tree as it is (tags without namespace), not re-serialised:
        # writing a deeply nested element back out would recurse once per level.
        return QdpxCodebook(read_codebook_element(element), note_refs)

    def _item(self, element: ET.Element) -> QdpxItem | None:
        tag = element.tag
        if tag == "User":
            name = (element.get("name") or "").strip() or (element.get("id") or "").strip()
            return QdpxUser(canonical_guid(element.get("guid")), name)
        if tag == "Variable":
            return QdpxVariable(
                guid=canonical_guid(element.get("guid")),
                name=(element.get("name") or "").strip(),
                type=(element.get("typeOfVariable") or "Text").strip(),
                description=_child_text(element, "Description"),
            )
        if tag == "Case":
            return QdpxCase(
                guid=canonical_guid(element.get("guid")),
                name=(element.get("name") or "").strip(),
                values=_values(element),
                sources=_refs(element, "SourceRef") + _refs(element, "MemberSource"),
                description=_child_text(element, "Description"),
                selections=_refs(element, "SelectionRef"),
                codes=_refs(element, "CodeRef"),
            )
        if tag == "TextSource" or tag == "PDFSource" or tag in MEDIA_KINDS:
            return self._source(element)
        if tag == "Note":
            return self._note(element)
        if tag == "Link":
            return QdpxLink(
                name=element.get("name") or "",
                origin=canonical_guid(element.get("originGUID")),
                target=canonical_guid(element.get("targetGUID")),
                guid=canonical_guid(element.get("guid")),
                direction=(element.get("direction") or "").strip(),
                note_refs=_refs(element, "NoteRef"),
            )
        if tag == "Set":
            return QdpxSet(
                name=(element.get("name") or "").strip(),
                description=_child_text(element, "Description"),
                codes=_refs(element, "MemberCode"),
                sources=_refs(element, "MemberSource"),
                notes=_refs(element, "MemberNote"),
            )
        if tag == "Graph":
            return QdpxGraph(
                name=element.get("name") or "",
                vertices=len(element.findall("Vertex")),
                edges=len(element.findall("Edge")),
            )
        return None

    # -- sources ------------------------------------------------------------------

    def _source(self, element: ET.Element) -> QdpxSource:
        kind = element.tag
        guid = canonical_guid(element.get("guid"))
        name = (element.get("name") or "").strip()
        if not name:
            path = element.get("plainTextPath") or element.get("path") or ""
            name = Path(path.rpartition("/")[2]).stem or (guid or "untitled")[:8]
        source = QdpxSource(
            kind=kind,
            guid=guid,
            name=name,
            texts=[],
            values=_values(element),
            note_refs=_refs(element, "NoteRef"),
            description="",
            skipped=[],
        )
        if kind in ("AudioSource", "VideoSource"):
            source.media_path = (element.get("path") or "").strip()
            source.current_path = (element.get("currentPath") or "").strip()
        whole = _codings(element)
        if kind == "TextSource":
            source.texts.append(self._text(element, guid, name, whole))
            return source
        source.description = _child_text(element, "Description")
        what = Message("PDF") if kind == "PDFSource" else MEDIA_KINDS[kind]
        parts = (
            [(element.find("Representation"), name)]
            if kind == "PDFSource"
            else [(element.find("TextDescription"), f"{name} (description)")]
            + [
                (transcript, (transcript.get("name") or "").strip() or f"{name} (transcript)")
                for transcript in element.findall("Transcript")
            ]
        )
        for part, part_name in parts:
            if part is None:
                continue
            part_guid = canonical_guid(part.get("guid"))
            text_guid, aliases = part_guid, []
            if kind == "PDFSource":  # the PDF is the document; its representation is its text
                text_guid, aliases = guid, [part_guid] if part_guid else []
            text = self._text(part, text_guid, part_name, [] if kind != "PDFSource" else whole)
            text.aliases = aliases
            source.texts.append(text)
        regions = [
            child
            for child in element
            if child.tag in ("PDFSelection", "PictureSelection", "AudioSelection", "VideoSelection")
        ]
        if regions:
            codings = sum(len(region.findall("Coding")) for region in regions)
            source.skipped.append(
                Message.counted(
                    "'{name}': {count:,} {what} region or time selection{s} with {codings} "
                    "not imported (qcode codes text only)",
                    name=name,
                    count=len(regions),
                    what=what,
                    codings=_codings_n(codings),
                )
            )
        if whole and (kind != "PDFSource" or not source.texts):
            source.skipped.append(
                Message(
                    "'{name}': {codings} of the whole {what} not imported",
                    name=name,
                    codings=_codings_n(len(whole)),
                    what=what,
                )
            )
        if not source.texts:
            source.skipped.append(
                Message(
                    "'{name}' ({what}) was not imported: it has no text or transcript",
                    name=name,
                    what=what,
                )
            )
        return source

    def _raw_text(self, element: ET.Element, owner: str) -> tuple[str | None, str]:
        """The text of a text source, transcript or note, as written; or None and why."""
        content = element.find("PlainTextContent")
        reference = element.get("plainTextPath")
        if content is not None and (content.text or not reference):
            return content.text or "", ""
        if not reference:
            return None, Message("it has neither a text file nor text")
        data, problem = self.archive.read_internal(reference, owner)
        if data is None:
            return None, problem
        notes: list[str] = []
        try:
            text = decode_text(data, Path(reference.rpartition("/")[2]), notes)
        except QcodeError as error:
            return None, Message(
                "its text file cannot be read ({problem})", problem=message_of(error)
            )
        # Damaged bytes or a legacy encoding: the import report says so.
        self.archive.warnings.extend(
            Message("{owner}: {problem}", owner=owner, problem=note) for note in notes
        )
        return text, ""

    def _text(
        self, element: ET.Element, guid: str | None, name: str, whole: list[QdpxCoding]
    ) -> QdpxText:
        raw, problem = self._raw_text(element, Message("source '{name}'", name=name))
        text = QdpxText(
            guid=guid,
            aliases=[],
            name=name,
            text=None,
            problem=problem,
            created=iso_time(element.get("creationDateTime")),
            description=_child_text(element, "Description"),
            selections=[],
            note_refs=_refs(element, "NoteRef"),
            skipped=[],
        )
        selections = element.findall("PlainTextSelection")
        transcript = element.findall("TranscriptSelection")
        if raw is not None and not raw.strip():
            raw, text.problem = None, Message("it has no text")
        if raw is None:
            codings = len(whole) + sum(
                len(selection.findall("Coding")) for selection in selections + transcript
            )
            text.skipped.append(
                Message(
                    "'{name}' was not imported: {problem} ({codings} lost)",
                    name=name,
                    problem=text.problem,
                    codings=_codings_n(codings),
                )
                if codings
                else Message(
                    "'{name}' was not imported: {problem}", name=name, problem=text.problem
                )
            )
            return text
        if raw.startswith("\ufeff"):
            raw = raw[1:]
        positions = RawOffsets(raw, utf16=self.utf16)
        text.text = positions.text
        if whole:
            text.selections.append(
                QdpxSelection(None, "", 0, len(positions.text), None, None, "", whole, [])
            )
        sync: dict[str | None, int | None] = {}
        for point in element.findall("SyncPoint"):
            at, millis = _int(point.get("position")), _int(point.get("timeStamp"))
            sync[canonical_guid(point.get("guid"))] = at
            converted = None if at is None else positions(at)
            if converted is not None and millis is not None and millis >= 0:
                text.sync_points.append((converted, millis))
        outside: list[tuple[int, int]] = []
        empty: list[tuple[int, int]] = []
        for selection in selections + transcript:
            if selection.tag == "PlainTextSelection":
                first = _int(selection.get("startPosition"))
                last = _int(selection.get("endPosition"))
            else:
                first = sync.get(canonical_guid(selection.get("fromSyncPoint")))
                last = sync.get(canonical_guid(selection.get("toSyncPoint")))
            if first is None or last is None:
                empty.append((-1, -1))
                continue
            start, end = positions(first), positions(last)
            if start is None or end is None:
                outside.append((first, last))
            elif start >= end:
                empty.append((first, last))
            else:
                text.selections.append(self._selection(selection, start, end))
        if outside:
            text.skipped.append(
                Message.counted(
                    "'{name}': {count:,} selection{s} outside its text ({length} {unit}) "
                    "and were not imported: {spans}",
                    name=name,
                    count=len(outside),
                    length=positions.raw_length,
                    unit=positions.unit,
                    spans=_spans(outside),
                )
            )
        if empty:
            text.skipped.append(
                Message.counted(
                    "'{name}': {count:,} selection{s} without a valid start before the end "
                    "were not imported: {spans}",
                    name=name,
                    count=len(empty),
                    spans=_spans(empty),
                )
            )
        return text

    def _selection(self, element: ET.Element, start: int, end: int) -> QdpxSelection:
        return QdpxSelection(
            guid=canonical_guid(element.get("guid")),
            name=(element.get("name") or "").strip(),
            start=start,
            end=end,
            user=canonical_guid(element.get("creatingUser")),
            created=iso_time(element.get("creationDateTime")),
            description=_child_text(element, "Description"),
            codings=_codings(element),
            note_refs=_refs(element, "NoteRef"),
        )

    def _note(self, element: ET.Element) -> QdpxNote:
        name = (element.get("name") or "").strip()
        raw, problem = self._raw_text(element, Message("note '{name}'", name=name))
        text = (raw or "").replace("\r\n", "\n").replace("\r", "\n").strip()
        description = _child_text(element, "Description").strip()
        if description and description != text:
            text = f"{description}\n\n{text}" if text else description
        skipped: list[str] = []
        if raw is None and problem and element.get("plainTextPath"):
            skipped.append(Message("memo '{name}': {problem}", name=name, problem=problem))
        coded = sum(len(s.findall("Coding")) for s in element.findall("PlainTextSelection"))
        if coded:
            skipped.append(
                Message(
                    "memo '{name}': {codings} inside it not imported",
                    name=name,
                    codings=_codings_n(coded),
                )
            )
        return QdpxNote(
            guid=canonical_guid(element.get("guid")),
            name=name,
            text=text,
            user=canonical_guid(element.get("creatingUser")),
            created=iso_time(element.get("creationDateTime")),
            modified=iso_time(element.get("modifiedDateTime")),
            skipped=skipped,
        )
