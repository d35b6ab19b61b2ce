"""Read REFI-QDA codebooks (``.qdc``), and take the codebook out of a project file.

The reader accepts a standard codebook (``urn:QDA-XML:codebook:1.0``), a MAXQDA 24
``.qdc`` (``urn:QDA-XML:codebook:0:4``) and a project file (``.qde``) whose ``CodeBook``
is read.  It is lenient about what other tools get wrong (upper-case or missing GUIDs,
odd colours, an empty ``<Sets/>``) and strict about what could hurt: every file is parsed
with defusedxml, and any problem becomes an :class:`UnreadableFileError`.

The writer is :mod:`qcode.export.qdc`.  Both work on :class:`CodebookCode` trees;
mapping them to a project is not done here (nor is checking names: a code's name comes
out as the file has it, ``""`` when it has none, and the project's import cleans it).
The reader does not recurse, so a file nested ten thousand levels deep is read (and
refused by the import) without exhausting the stack.
"""

from __future__ import annotations

import json
import re
import uuid
import xml.etree.ElementTree as ET  # element types; everything we read goes via defusedxml
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from qcode.errors import UnreadableFileError
from qcode.io.limits import read_limited
from qcode.messages import Message

CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0"
PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0"
# MAXQDA 24 still exports .qdc files in the namespace of a pre-1.0 draft.
_CODEBOOK_NAMESPACES = (CODEBOOK_NAMESPACE, "urn:QDA-XML:codebook:0:4")
_PROJECT_CODEBOOK_NAMESPACES = (PROJECT_NAMESPACE, *_CODEBOOK_NAMESPACES)

_HEX_GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_GUID_PATTERN = re.compile(rf"{_HEX_GUID}|\{{{_HEX_GUID}\}}")  # GUIDType in the schema
_COLOR_PATTERN = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")  # RGBType in the schema
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


def _parse(data: bytes, source_name: str) -> ET.Element:
    if not data.strip():
        raise UnreadableFileError(source_name, Message("file is empty"))
    if data.startswith(b"PK\x03\x04"):
        raise UnreadableFileError(
            source_name, Message("is a zip archive (a .qdpx project?), not XML")
        )
    try:
        root: ET.Element = SafeET.fromstring(data)
    except ET.ParseError as error:
        line = error.position[0]
        raise UnreadableFileError(
            source_name, Message("is not well-formed XML (line {line})", line=line)
        ) from None
    except DefusedXmlException:
        problem = Message("contains XML entities, which qcode refuses for safety")
        raise UnreadableFileError(source_name, problem) from None
    except LookupError:  # an encoding="..." that Python does not know
        raise UnreadableFileError(
            source_name, Message("declares an unknown text encoding")
        ) from None
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
    if namespace:
        problem = Message(
            "is not a REFI-QDA codebook (root element is <{element}> in namespace {namespace})",
            element=local,
            namespace=namespace,
        )
    else:
        problem = Message("is not a REFI-QDA codebook (root element is <{element}>)", element=local)
    raise UnreadableFileError(source_name, problem)


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
                guid=canonical_guid(element.get("guid")) or _minted_guid(path),
                name=name,
                color=canonical_color(element.get("color")),
                description=(description.text or "") if description is not None else "",
                codable=element.get("isCodable", "true").strip() not in _FALSE_WORDS,
            )
            siblings.append(code)
            pending.append((element, code.children, path))
    return top


def canonical_guid(value: str | None) -> str | None:
    if value is None or not _GUID_PATTERN.fullmatch(value.strip()):
        return None
    return str(uuid.UUID(value.strip()))


def _minted_guid(path: list[tuple[str, int]]) -> str:
    # The names from the top down (numbering repeated sibling names), so reading the
    # same file again gives the same GUIDs.
    return str(uuid.uuid5(_MINTED_GUIDS, json.dumps(path, ensure_ascii=False)))


def canonical_color(value: str | None) -> str | None:
    if value is None or not _COLOR_PATTERN.fullmatch(value.strip()):
        return None
    digits = value.strip()[1:].lower()
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return f"#{digits}"
