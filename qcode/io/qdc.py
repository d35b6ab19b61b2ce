"""Read and write REFI-QDA codebooks (``.qdc``), and take the codebook out of a project.

The reader accepts a standard codebook (``urn:QDA-XML:codebook:1.0``), a MAXQDA 24
``.qdc`` (``urn:QDA-XML:codebook:0:4``) and a project file (``.qde``) whose ``CodeBook``
is read.  It is lenient about what other tools get wrong (upper-case or missing GUIDs,
odd colours, an empty ``<Sets/>``) and strict about what could hurt: every file is parsed
with defusedxml, and any problem becomes an :class:`UnreadableFileError`.

The writer produces a codebook that validates against ``Codebook.xsd`` (REFI-QDA 1.0).
Both sides work on :class:`CodebookCode` trees; mapping them to a project is not done here
(nor is checking names: a code's name comes out as the file has it, ``""`` when it has
none, and the project's import cleans it).  Neither side recurses, so a file nested ten
thousand levels deep is read (and refused by the import) without exhausting the stack.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import uuid
import xml.etree.ElementTree as ET  # element types; everything we read goes via defusedxml
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from qcode.errors import QcodeError, UnreadableFileError
from qcode.io.limits import read_limited
from qcode.io.qdpx_xml import XmlWriter

CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0"
PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0"
# MAXQDA 24 still exports .qdc files in the namespace of a pre-1.0 draft.
_CODEBOOK_NAMESPACES = (CODEBOOK_NAMESPACE, "urn:QDA-XML:codebook:0:4")
_PROJECT_CODEBOOK_NAMESPACES = (PROJECT_NAMESPACE, *_CODEBOOK_NAMESPACES)

_HEX_GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_GUID_PATTERN = re.compile(rf"{_HEX_GUID}|\{{{_HEX_GUID}\}}")  # GUIDType in the schema
_COLOR_PATTERN = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")  # RGBType in the schema
# Characters XML 1.0 cannot carry at all, not even escaped (e.g. the vertical tab Word
# uses for a manual line break, or a lone surrogate).
_NOT_XML_CHARACTER = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Namespace for GUIDs minted for codes that came without a usable one.
_MINTED_GUIDS = uuid.uuid5(uuid.NAMESPACE_URL, "qcode:refi-qda:codebook:code-path")
_FALSE_WORDS = {"false", "0"}


@dataclass
class CodebookCode:
    """One code of a codebook, with the codes nested under it."""

    guid: str  # canonical lower-case UUID, as qcode stores it
    name: str
    color: str | None  # "#rrggbb" lower-case
    description: str  # "" when there is none
    codable: bool = True
    children: list[CodebookCode] = field(default_factory=list)


def read_codebook(path: Path) -> list[CodebookCode]:
    """Read the codes of a ``.qdc`` codebook or ``.qde`` project file, nested.

    Raises :class:`UnreadableFileError` naming the file for any problem with it.
    """
    data = read_limited(path)  # a regular file within the import byte limit
    return read_codebook_bytes(data, str(path))


def read_codebook_bytes(data: bytes, source_name: str) -> list[CodebookCode]:
    """Read codes from the bytes of a codebook or project file; errors name ``source_name``.

    Use this for the ``project.qde`` inside a ``.qdpx`` archive.
    """
    codebook = _find_codebook(_parse(data, source_name), source_name)
    if codebook is None:  # a project without codes
        return []
    return read_codebook_element(codebook)


def read_codebook_element(codebook: ET.Element) -> list[CodebookCode]:
    """The codes of a parsed ``CodeBook`` element (tags with or without a namespace)."""
    return _read_codes(codebook)


def codebook_to_bytes(codes: Sequence[CodebookCode], origin: str = "qcode") -> bytes:
    """Serialise ``codes`` as an indented UTF-8 REFI-QDA 1.0 codebook.

    Raises :class:`QcodeError` when there are no codes (the standard needs one), and
    ``ValueError`` for a code qcode should never hold (bad GUID or colour, no name).
    """
    if not codes:
        raise QcodeError("the codebook has no codes, and a REFI-QDA codebook needs at least one")
    chunks: list[bytes] = []
    writer = XmlWriter(chunks.append)
    writer.start("CodeBook", [("xmlns", CODEBOOK_NAMESPACE), ("origin", _xml_safe(origin))])
    writer.start("Codes")
    # Depth first with a stack of iterators, not recursion: the depth is the user's.
    pending: list[Iterator[CodebookCode]] = [iter(codes)]
    while pending:
        code = next(pending[-1], None)
        if code is None:
            pending.pop()
            if pending:  # the Codes element closes after the loop
                writer.end("Code")
            continue
        attributes = _code_attributes(code)
        description = _xml_safe(code.description)
        if not description and not code.children:
            writer.empty("Code", attributes)
            continue
        writer.start("Code", attributes)
        if description:
            writer.leaf("Description", description)
        pending.append(iter(code.children))
    writer.end("Codes")
    writer.end("CodeBook")
    writer.finish()
    return b"".join(chunks)


def write_codebook(codes: Sequence[CodebookCode], path: Path, origin: str = "qcode") -> None:
    """Write ``codes`` to ``path`` as a ``.qdc`` codebook, replacing it in one step.

    The file is written beside ``path`` under a temporary name and then moved into
    place, so a failed write leaves any earlier file untouched and no half file.
    Raises :class:`QcodeError` when the file cannot be written.
    """
    data = codebook_to_bytes(codes, origin)
    try:
        _replace_file(path, data)
    except OSError as error:
        raise QcodeError(f"{path.name}: cannot be written ({error.strerror or error})") from error


def _parse(data: bytes, source_name: str) -> ET.Element:
    if not data.strip():
        raise UnreadableFileError(source_name, "file is empty")
    if data.startswith(b"PK\x03\x04"):
        raise UnreadableFileError(source_name, "is a zip archive (a .qdpx project?), not XML")
    try:
        root: ET.Element = SafeET.fromstring(data)
    except ET.ParseError as error:
        line = error.position[0]
        raise UnreadableFileError(source_name, f"is not well-formed XML (line {line})") from None
    except DefusedXmlException:
        problem = "contains XML entities, which qcode refuses for safety"
        raise UnreadableFileError(source_name, problem) from None
    except LookupError:  # an encoding="..." that Python does not know
        raise UnreadableFileError(source_name, "declares an unknown text encoding") from None
    return root


def _split_tag(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def _find_codebook(root: ET.Element, source_name: str) -> ET.Element | None:
    namespace, local = _split_tag(root.tag)
    if local == "CodeBook" and namespace in _CODEBOOK_NAMESPACES:
        return root
    if local == "Project" and namespace == PROJECT_NAMESPACE:
        for child in root:
            child_namespace, child_local = _split_tag(child.tag)
            if child_local == "CodeBook" and child_namespace in _PROJECT_CODEBOOK_NAMESPACES:
                return child
        return None
    shown = f"<{local}>" + (f" in namespace {namespace}" if namespace else "")
    raise UnreadableFileError(source_name, f"is not a REFI-QDA codebook (root element is {shown})")


def _read_codes(codebook: ET.Element) -> list[CodebookCode]:
    namespace, _ = _split_tag(codebook.tag)
    prefix = f"{{{namespace}}}" if namespace else ""
    top: list[CodebookCode] = []
    codes_element = codebook.find(f"{prefix}Codes")
    # Walk with an explicit stack, so a maliciously deep file cannot exhaust recursion.
    pending: list[tuple[ET.Element, list[CodebookCode], list[tuple[str, int]]]] = []
    if codes_element is not None:
        pending.append((codes_element, top, []))
    while pending:
        container, siblings, parent_path = pending.pop()
        seen_names: Counter[str] = Counter()
        for element in container.findall(f"{prefix}Code"):
            name = element.get("name") or ""
            path = [*parent_path, (name, seen_names[name])]
            seen_names[name] += 1
            description = element.find(f"{prefix}Description")
            code = CodebookCode(
                guid=_canonical_guid(element.get("guid")) or _minted_guid(path),
                name=name,
                color=_canonical_color(element.get("color")),
                description=(description.text or "") if description is not None else "",
                codable=element.get("isCodable", "true").strip() not in _FALSE_WORDS,
            )
            siblings.append(code)
            pending.append((element, code.children, path))
    return top


def _canonical_guid(value: str | None) -> str | None:
    if value is None or not _GUID_PATTERN.fullmatch(value.strip()):
        return None
    return str(uuid.UUID(value.strip()))


def _minted_guid(path: list[tuple[str, int]]) -> str:
    # The names from the top down (numbering repeated sibling names), so reading the
    # same file again gives the same GUIDs.
    return str(uuid.uuid5(_MINTED_GUIDS, json.dumps(path, ensure_ascii=False)))


def _canonical_color(value: str | None) -> str | None:
    if value is None or not _COLOR_PATTERN.fullmatch(value.strip()):
        return None
    digits = value.strip()[1:].lower()
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return f"#{digits}"


def _xml_safe(text: str) -> str:
    return _NOT_XML_CHARACTER.sub("", text)


def _code_attributes(code: CodebookCode) -> list[tuple[str, str | None]]:
    guid = _canonical_guid(code.guid)
    if guid is None:
        raise ValueError(f"code {code.name!r} has an invalid GUID {code.guid!r}")
    name = _xml_safe(code.name)
    if not name.strip():
        raise ValueError(f"code {code.guid} has no name")
    color = None
    if code.color is not None:
        color = _canonical_color(code.color)
        if color is None:
            raise ValueError(f"code {code.name!r} has an invalid colour {code.color!r}")
    return [
        ("guid", guid),
        ("name", name),
        ("isCodable", "true" if code.codable else "false"),
        ("color", color),
    ]


def _replace_file(path: Path, data: bytes) -> None:
    # A short unique name in the same folder: os.replace is atomic only within one
    # file system, and a long name plus a suffix could pass the file-name limit.
    temporary = path.with_name(f".qcode-{uuid.uuid4().hex}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o666)  # 0o666 so the umask applies as usual
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
