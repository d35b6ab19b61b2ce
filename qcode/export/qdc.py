"""Write REFI-QDA codebooks (``.qdc``) that validate against ``Codebook.xsd`` (REFI-QDA 1.0).

The tree is walked with a stack, not recursion: its depth is the user's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from qcode import __version__
from qcode.core.codebook_files import codebook_codes
from qcode.core.project import Project
from qcode.core.pseudonymise import Pseudonymiser
from qcode.errors import QcodeError
from qcode.export.atomic import write_bytes_atomically
from qcode.export.leak_check import leak_check
from qcode.export.qdpx_xml import XmlWriter, xml_safe
from qcode.io.qdc import CODEBOOK_NAMESPACE, CodebookCode, canonical_color, canonical_guid
from qcode.messages import Message


def codebook_to_bytes(codes: Sequence[CodebookCode], origin: str = "qcode") -> bytes:
    """Serialise ``codes`` as an indented UTF-8 REFI-QDA 1.0 codebook.

    Raises :class:`QcodeError` when there are no codes (the standard needs one), and
    ``ValueError`` for a code qcode should never hold (bad GUID or colour, no name).
    """
    if not codes:
        raise QcodeError(
            Message("the codebook has no codes, and a REFI-QDA codebook needs at least one")
        )
    chunks: list[bytes] = []
    writer = XmlWriter(chunks.append)
    writer.start("CodeBook", [("xmlns", CODEBOOK_NAMESPACE), ("origin", xml_safe(origin))])
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
        description = xml_safe(code.description)
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
    write_bytes_atomically(path, codebook_to_bytes(codes, origin))


def _code_attributes(code: CodebookCode) -> list[tuple[str, str | None]]:
    guid = canonical_guid(code.guid)
    if guid is None:
        raise ValueError(
            Message("code {name!r} has an invalid GUID {guid!r}", name=code.name, guid=code.guid)
        )
    name = xml_safe(code.name)
    if not name.strip():
        raise ValueError(Message("code {guid} has no name", guid=code.guid))
    color = None
    if code.color is not None:
        color = canonical_color(code.color)
        if color is None:
            raise ValueError(
                Message(
                    "code {name!r} has an invalid colour {color!r}",
                    name=code.name,
                    color=code.color,
                )
            )
    return [
        ("guid", guid),
        ("name", name),
        ("isCodable", "true" if code.codable else "false"),
        ("color", color),
    ]


def export_codebook(
    project: Project, path: Path, pseudonymiser: Pseudonymiser | None = None
) -> int:
    """Write the project's codebook to ``path`` as a ``.qdc`` file; returns the
    code count.  With a ``pseudonymiser``, names and descriptions are
    pseudonymised and the written file is checked for leaks before it appears."""
    codebook = project.codebook()
    codes = codebook_codes(codebook, None if pseudonymiser is None else pseudonymiser.replace)
    data = codebook_to_bytes(codes, origin=f"qcode {__version__}")
    write_bytes_atomically(path, data, check=leak_check(pseudonymiser, path.name))
    return len(codebook)
