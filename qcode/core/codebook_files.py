"""The codebook to and from REFI-QDA codebook files (``.qdc``): the import
command and the tree an export writes, both built without recursion, since a
file's nesting depth is whatever its author made it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from qcode.core.code_edits import DEPTH_RULE, insert_code
from qcode.core.commands import Command, Transaction
from qcode.core.names import clean_name, is_blank, shown, unique_name
from qcode.errors import QcodeError, message_of
from qcode.io.qdc import CodebookCode
from qcode.messages import Message
from qcode.model import MAX_CODE_DEPTH, Codebook
from qcode.store import codes as stored_codes


def _codebook(tx: Transaction) -> Codebook:
    return Codebook(stored_codes.codes(tx.conn))


@dataclass
class ImportCodebook(Command["CodebookImport"]):
    """Add the codes of a .qdc codebook that the project does not have yet.

    A code is already there if a code has its GUID, or the same path; those
    are left as they are (and counted), never overwritten.  Names are
    cleaned (see :func:`qcode.core.names.clean_name`) and each cleaned name
    is noted.  A codebook nested deeper than ``MAX_CODE_DEPTH`` is refused
    whole: flattening it would silently change what its codes mean.
    """

    kind: ClassVar[str] = "import_codebook"
    codes: Sequence[CodebookCode]
    source_name: str

    @property
    def label(self) -> Message:
        return Message("import codebook '{source}'", source=self.source_name)

    def do(self, tx: Transaction) -> CodebookImport:
        levels = tree_levels(self.codes)
        if levels > MAX_CODE_DEPTH:
            raise QcodeError(
                Message(
                    "{file}: its codes are nested {levels:,} levels deep; {rule}, and "
                    "flattening them would change the codebook; nothing was imported",
                    file=self.source_name,
                    levels=levels,
                    rule=DEPTH_RULE,
                )
            )
        result = CodebookImport()
        # Depth first with a stack of iterators: the file's own order, no recursion.
        pending: list[tuple[Iterator[CodebookCode], int | None]] = [(iter(self.codes), None)]
        while pending:
            entry = next(pending[-1][0], None)
            if entry is None:
                pending.pop()
                continue
            parent_id = pending[-1][1]
            code_id = self._add(tx, entry, parent_id, result)
            pending.append((iter(entry.children), code_id))
        return result

    def _add(
        self, tx: Transaction, entry: CodebookCode, parent_id: int | None, result: CodebookImport
    ) -> int:
        codebook = _codebook(tx)
        existing = codebook.by_uuid(entry.guid)
        if existing is not None:
            result.matched += 1
            return existing.id
        name, cleaned = clean_name(entry.name, "code")
        if is_blank(entry.name):  # two nameless codes stay two codes
            name = unique_name(name, {code.name for code in codebook.children(parent_id)})
            result.notes.append(
                Message("a code without a name is now named '{name}'", name=name)
                if parent_id is None
                else Message(
                    "a code without a name under '{parent}' is now named '{name}'",
                    parent=shown(codebook.path(parent_id)),
                    name=name,
                )
            )
        elif cleaned:
            result.notes.append(
                Message("code name '{raw}' cleaned to '{name}'", raw=shown(entry.name), name=name)
            )
        existing = codebook.child_named(parent_id, name)
        if existing is not None:
            result.matched += 1
            return existing.id
        try:
            code_id = insert_code(
                tx,
                parent_id,
                name,
                color=entry.color,
                description=entry.description,
                codable=entry.codable,
                uuid=entry.guid,
            )
        except QcodeError as error:
            raise QcodeError(
                Message(
                    "{file}: {error}; nothing was imported",
                    file=self.source_name,
                    error=message_of(error),
                )
            ) from None
        result.added += 1
        return code_id


@dataclass
class CodebookImport:
    added: int = 0
    matched: int = 0
    notes: list[str] = field(default_factory=list)


def tree_levels(codes: Sequence[CodebookCode]) -> int:
    """How many levels a tree of codebook codes has (0: no codes)."""
    deepest = 0
    pending = [(code, 1) for code in codes]
    while pending:
        code, level = pending.pop()
        deepest = max(deepest, level)
        pending.extend((child, level + 1) for child in code.children)
    return deepest


def codebook_codes(
    codebook: Codebook, rename: Callable[[str], str] | None = None
) -> list[CodebookCode]:
    """The project's codes as a nested codebook to write as .qdc, with
    ``rename`` applied to names and descriptions (e.g. pseudonymising)."""
    top: list[CodebookCode] = []
    made: dict[int, CodebookCode] = {}
    for code in codebook.walk():  # parents before children, siblings in order
        entry = CodebookCode(
            guid=code.uuid,
            name=rename(code.name) if rename else code.name,
            color=code.color,
            description=rename(code.description) if rename else code.description,
            codable=code.codable,
        )
        siblings = top if code.parent_id is None else made[code.parent_id].children
        siblings.append(entry)
        made[code.id] = entry
    return top
