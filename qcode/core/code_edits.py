"""Commands on the codebook: create, edit, move, merge, delete (import: codebook_files)."""

from __future__ import annotations

import re
import uuid as uuidlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from qcode.core import references
from qcode.core.commands import Command, Transaction
from qcode.core.names import check_name, check_text, clean_name, shown
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import MAX_CODE_DEPTH, Code, Codebook, escape_name, split_path
from qcode.store import codes, codings, memos, suggestions
from qcode.store.codes import NewCode

# Distinct, readable highlight colours, given to new codes in turn.
PALETTE = (
    "#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4", "#46f0f0",
    "#f032e6", "#bcf60c", "#fabebe", "#008080", "#e6beff", "#9a6324", "#fffac8",
    "#800000", "#aaffc3", "#808000", "#ffd8b1", "#000075", "#808080",
)  # fmt: skip
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def check_color(color: str) -> str:
    if not _COLOR.fullmatch(color):
        raise QcodeError(Message("colour '{color}' is not of the form #RRGGBB", color=color))
    return color.lower()


DEPTH_RULE = Message("qcode allows at most {levels} levels of codes", levels=MAX_CODE_DEPTH)


def _codebook(tx: Transaction) -> Codebook:
    return Codebook(codes.codes(tx.conn))


def _check_free(
    codebook: Codebook, parent_id: int | None, name: str, but: int | None = None
) -> None:
    clash = codebook.child_named(parent_id, name)
    if clash is not None and clash.id != but:
        if parent_id is None:
            raise QcodeError(
                Message("there is already a code '{name}' at the top level", name=name)
            )
        raise QcodeError(
            Message(
                "there is already a code '{name}' under '{parent}'",
                name=name,
                parent=codebook.path(parent_id),
            )
        )


def _check_depth(
    codebook: Codebook, parent_id: int | None, levels: int, what: str, now: int = 0
) -> None:
    """Refuse putting ``levels`` levels of codes (``what``) under ``parent_id``
    past the limit, unless they reach no deeper than ``now`` (so the too-deep
    tree of an older project can be reordered and moved up, level by level)."""
    above = 0 if parent_id is None else codebook.depth(parent_id) + 1
    if above + levels > max(MAX_CODE_DEPTH, now):
        if parent_id is None:
            raise QcodeError(
                Message(
                    "{what} would reach level {level}; {rule}",
                    what=what,
                    level=above + levels,
                    rule=DEPTH_RULE,
                )
            )
        raise QcodeError(
            Message(
                "{what} under '{parent}' would reach level {level}; {rule}",
                what=what,
                parent=shown(codebook.path(parent_id)),
                level=above + levels,
                rule=DEPTH_RULE,
            )
        )


def insert_code(
    tx: Transaction,
    parent_id: int | None,
    name: str,
    *,
    color: str | None = None,
    description: str = "",
    keywords: Sequence[str] = (),
    codable: bool = True,
    uuid: str | None = None,
) -> int:
    """Insert one code as the last child of ``parent_id``; returns its id."""
    name = check_name(name, "code")
    codebook = _codebook(tx)
    _check_free(codebook, parent_id, name)
    _check_depth(codebook, parent_id, 1, Message("code '{code}'", code=shown(name)))
    return _insert_row(
        tx,
        parent_id,
        name,
        len(codebook),
        color=color,
        description=description,
        keywords=keywords,
        codable=codable,
        uuid=uuid,
    )


def _insert_row(
    tx: Transaction,
    parent_id: int | None,
    name: str,
    code_count: int,
    *,
    color: str | None = None,
    description: str = "",
    keywords: Sequence[str] = (),
    codable: bool = True,
    uuid: str | None = None,
) -> int:
    """The row of a code whose name, place and depth are already checked."""
    _check_texts(description, keywords)
    new = NewCode(
        uuid=uuid or str(uuidlib.uuid4()),
        parent_id=parent_id,
        name=name,
        color=check_color(color) if color else PALETTE[code_count % len(PALETTE)],
        description=description,
        keywords=keywords,
        codable=codable,
        position=codes.max_position(tx.conn, parent_id) + 1,
        created_at=tx.now,
    )
    return codes.insert(tx.changes, [new])[0]


def _check_texts(description: str | None, keywords: Sequence[str] | None) -> None:
    if description is not None:
        check_text(description, Message("the code's description"))
    for keyword in keywords or ():
        check_text(keyword, Message("the code's keyword '{keyword}'", keyword=shown(keyword)))


def ensure_path(tx: Transaction, path: str, *, create: bool) -> int:
    """The id of the code at ``path``, creating missing levels if ``create``."""
    parts = split_path(path)
    if len(parts) > MAX_CODE_DEPTH:
        raise QcodeError(
            Message(
                "code path '{path}' has {count:,} levels; {rule}",
                path=shown(path),
                count=len(parts),
                rule=DEPTH_RULE,
            )
        )
    if any(not part for part in parts):
        raise QcodeError(Message("'{path}' is not a code path (empty part)", path=shown(path)))
    # One read of the codebook: below the first code created, every level is new.
    codebook = _codebook(tx)
    created = 0
    parent: int | None = None
    for depth, part in enumerate(parts):
        existing = None if created else codebook.child_named(parent, part)
        if existing is None and create and not created:
            existing = codebook.child_named(parent, check_name(part, "code"))
        if existing is not None:
            parent = existing.id
            continue
        if not create:
            known = "/".join(parts[: depth + 1])
            raise QcodeError(
                Message("no code '{code}' (add --create to make it)", code=shown(known))
            )
        parent = _insert_row(tx, parent, check_name(part, "code"), len(codebook) + created)
        created += 1
    assert parent is not None
    return parent


@dataclass
class CreateCode(Command[int]):
    kind: ClassVar[str] = "create_code"
    name: str
    parent_id: int | None = None
    color: str | None = None
    description: str = ""
    keywords: Sequence[str] = ()

    @property
    def label(self) -> Message:
        return Message("create code '{code}'", code=clean_name(self.name, "code")[0])

    def do(self, tx: Transaction) -> int:
        if self.parent_id is not None and self.parent_id not in _codebook(tx):
            raise QcodeError(Message("the parent code no longer exists"))
        return insert_code(
            tx,
            self.parent_id,
            self.name,
            color=self.color,
            description=self.description,
            keywords=self.keywords,
        )


@dataclass
class CreateCodePath(Command[int]):
    """Create the code at ``path`` (``Parent/Child``, a ``/`` in a name written
    ``\\/``) with any missing parents, as one step: one undo removes them all."""

    kind: ClassVar[str] = "create_code"
    path: str
    color: str | None = None
    description: str = ""
    keywords: Sequence[str] = ()

    @property
    def label(self) -> Message:
        return Message("create code '{code}'", code=split_path(self.path)[-1])

    def do(self, tx: Transaction) -> int:
        parts = split_path(self.path)
        if len(parts) > MAX_CODE_DEPTH:
            raise QcodeError(
                Message(
                    "code path '{path}' has {count:,} levels; {rule}",
                    path=shown(self.path),
                    count=len(parts),
                    rule=DEPTH_RULE,
                )
            )
        if any(not part for part in parts):
            raise QcodeError(
                Message("'{path}' is not a code path (empty part)", path=shown(self.path))
            )
        parent = None
        if len(parts) > 1:
            parent = ensure_path(tx, "/".join(map(escape_name, parts[:-1])), create=True)
        return insert_code(
            tx,
            parent,
            parts[-1],
            color=self.color,
            description=self.description,
            keywords=self.keywords,
        )


@dataclass
class UpdateCode(Command[None]):
    """Rename, recolour, describe, set keywords or codability of one code."""

    kind: ClassVar[str] = "update_code"
    code: Code
    name: str | None = None
    color: str | None = None
    description: str | None = None
    keywords: Sequence[str] | None = None
    codable: bool | None = None

    @property
    def label(self) -> Message:
        if self.name is not None:
            return Message(
                "rename code '{old}' to '{new}'",
                old=self.code.name,
                new=clean_name(self.name, "code")[0],
            )
        if self.color is not None:
            return Message("recolour '{code}'", code=self.code.name)
        if self.description is not None:
            return Message("edit description of '{code}'", code=self.code.name)
        if self.keywords is not None:
            return Message("edit keywords of '{code}'", code=self.code.name)
        return Message("change '{code}'", code=self.code.name)

    def do(self, tx: Transaction) -> None:
        codebook = _codebook(tx)
        if self.code.id not in codebook:
            raise QcodeError(Message("code '{code}' no longer exists", code=self.code.name))
        name = None
        if self.name is not None:
            name = check_name(self.name, "code")
            _check_free(codebook, codebook.codes[self.code.id].parent_id, name, but=self.code.id)
        _check_texts(self.description, self.keywords)
        codes.update(
            tx.changes,
            self.code.id,
            name=name,
            color=None if self.color is None else check_color(self.color),
            description=self.description,
            keywords=(
                None
                if self.keywords is None
                else [word.strip() for word in self.keywords if word.strip()]
            ),
            codable=self.codable,
        )


@dataclass
class MoveCode(Command[None]):
    """Re-parent a code (``parent_id=None``: top level), at ``position``."""

    kind: ClassVar[str] = "move_code"
    code: Code
    parent_id: int | None
    position: int | None = None  # index among the new siblings; None = last

    @property
    def label(self) -> Message:
        return Message("move '{code}'", code=self.code.name)

    def do(self, tx: Transaction) -> None:
        codebook = _codebook(tx)
        if self.code.id not in codebook:
            raise QcodeError(Message("code '{code}' no longer exists", code=self.code.name))
        if self.parent_id is not None:
            if self.parent_id not in codebook:
                raise QcodeError(Message("the new parent code no longer exists"))
            if self.parent_id == self.code.id or self.parent_id in {
                code.id for code in codebook.descendants(self.code.id)
            }:
                raise QcodeError(Message("cannot move '{code}' into itself", code=self.code.name))
        _check_free(codebook, self.parent_id, self.code.name, but=self.code.id)
        levels = codebook.levels(self.code.id)
        what = (
            Message("moving '{code}' with its sub-codes", code=shown(self.code.name))
            if levels > 1
            else Message("moving '{code}'", code=shown(self.code.name))
        )
        now = codebook.depth(self.code.id) + levels
        _check_depth(codebook, self.parent_id, levels, what, now)
        siblings = [c for c in codebook.children(self.parent_id) if c.id != self.code.id]
        index = (
            len(siblings) if self.position is None else max(0, min(self.position, len(siblings)))
        )
        order = [*siblings[:index], self.code, *siblings[index:]]
        codes.move(tx.changes, self.code.id, self.parent_id)
        for position, sibling in enumerate(order):
            codes.set_position(tx.changes, sibling.id, position)


def _delete_code_rows(tx: Transaction, code_ids: list[int]) -> None:
    coding_ids = codings.ids_of_codes(tx.conn, code_ids)
    memo_ids = memos.ids_on_codings(tx.conn, coding_ids)
    memo_ids += memos.ids_on_codes(tx.conn, code_ids)
    memos.delete(tx.changes, memo_ids)
    references.forget_codings(tx, coding_ids)
    references.forget_codes(tx, code_ids)
    codings.delete(tx.changes, coding_ids)
    suggestions.delete_rejections(tx.changes, suggestions.rejection_ids_of_codes(tx.conn, code_ids))
    codes.delete(tx.changes, code_ids)


@dataclass
class DeleteCode(Command[None]):
    """Delete a code, its sub-codes, their codings and memos."""

    kind: ClassVar[str] = "delete_code"
    code: Code

    @property
    def label(self) -> Message:
        return Message("delete code '{code}'", code=self.code.name)

    def do(self, tx: Transaction) -> None:
        codebook = _codebook(tx)
        if self.code.id not in codebook:
            raise QcodeError(Message("code '{code}' no longer exists", code=self.code.name))
        ids = [self.code.id, *(code.id for code in codebook.descendants(self.code.id))]
        _delete_code_rows(tx, ids)


@dataclass
class MergeCodes(Command[None]):
    """Merge ``source`` into ``target``: its codings, memos and sub-codes move
    to the target and the source is deleted.  A coding the target already has
    (same document, span and coder) is not duplicated."""

    kind: ClassVar[str] = "merge_codes"
    source: Code
    target: Code

    @property
    def label(self) -> Message:
        return Message(
            "merge '{source}' into '{target}'", source=self.source.name, target=self.target.name
        )

    def do(self, tx: Transaction) -> None:
        codebook = _codebook(tx)
        for code in (self.source, self.target):
            if code.id not in codebook:
                raise QcodeError(Message("code '{code}' no longer exists", code=code.name))
        if self.source.id == self.target.id:
            raise QcodeError(Message("cannot merge a code into itself"))
        if self.target.id in {code.id for code in codebook.descendants(self.source.id)}:
            raise QcodeError(
                Message("cannot merge '{source}' into its own sub-code", source=self.source.name)
            )
        for child in codebook.children(self.source.id):
            _check_free(codebook, self.target.id, child.name)
        below = codebook.levels(self.source.id) - 1  # the source's sub-codes move, not it
        if below:
            what = Message("the sub-codes of '{code}'", code=shown(self.source.name))
            now = codebook.depth(self.source.id) + 1 + below
            _check_depth(codebook, self.target.id, below, what, now)
        target_keys = {
            (c.document_id, c.start, c.end, c.coder_id): c.id
            for c in codings.codings(tx.conn, code_ids=[self.target.id])
        }
        survivors: dict[int, int] = {}  # a duplicate -> the target's coding that stays
        for coding in codings.codings(tx.conn, code_ids=[self.source.id]):
            key = (coding.document_id, coding.start, coding.end, coding.coder_id)
            if key in target_keys:
                survivors[coding.id] = target_keys[key]
            else:
                codings.recode(tx.changes, coding.id, self.target.id)
                target_keys[key] = coding.id
        for memo in memos.memos(tx.conn, ids=memos.ids_on_codings(tx.conn, list(survivors))):
            # The duplicate's memo stays, on the coding that survives.
            memos.move_to_coding(tx.changes, memo.id, survivors[memo.coding_id or 0])
        # So do its links, grade, quotes and case memberships.
        references.move_coding_references(tx, survivors)
        codings.delete(tx.changes, list(survivors))
        references.move_cells_to_code(
            tx, self.source.id, self.target.id, f"\n\n[{self.source.name}] "
        )
        for memo_id in memos.ids_on_codes(tx.conn, [self.source.id]):
            memos.move_to_code(tx.changes, memo_id, self.target.id)
        for rejected in suggestions.rejection_ids_of_codes(tx.conn, [self.source.id]):
            suggestions.recode_rejection(tx.changes, rejected, self.target.id)
        next_position = codes.max_position(tx.conn, self.target.id) + 1
        for offset, child in enumerate(codebook.children(self.source.id)):
            codes.move(tx.changes, child.id, self.target.id, next_position + offset)
        codes.delete(tx.changes, [self.source.id])
