"""Commands for corroboration: link types, links between codings, and the
project's scale of source grades with the grade of each coding.

A link goes from one coding to another with a type (``corroborates``,
``contradicts``, ``explains`` are built in; a project may add its own) and an
optional memo.  A grade says what kind of source a coding rests on
("first-hand witness", "second-hand", "documentary"); a coding has one at
most.  A type or a grade in use is never removed with its links or gradings:
removing it is refused until they are gone, so nothing the researcher
decided disappears as a side effect.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from qcode.core.commands import Command, Transaction
from qcode.core.names import check_name, check_text, clean_name
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import Coding, Grade, Link, LinkType
from qcode.store import codings, grades, links
from qcode.store.grades import NewGrade
from qcode.store.links import NewLink

# -- link types ------------------------------------------------------------------


def link_type_now(tx: Transaction, link_type: LinkType | int | str) -> LinkType:
    """A link type as it is now: by id, by the value, or by name (exact,
    else case-insensitive when that names one)."""
    types = links.link_types(tx.conn)
    if isinstance(link_type, str):
        name = link_type.strip()
        found = [t for t in types if t.name == name] or [
            t for t in types if t.name.casefold() == name.casefold()
        ]
        if len(found) != 1:
            known = ", ".join(f"'{t.name}'" for t in types)
            raise QcodeError(
                Message("no link type '{name}' (the project has {known})", name=name, known=known)
            )
        return found[0]
    type_id = link_type if isinstance(link_type, int) else link_type.id
    for candidate in types:
        if candidate.id == type_id:
            return candidate
    raise QcodeError(Message("the link type no longer exists"))


def _check_type_name(tx: Transaction, name: str, but: int | None = None) -> str:
    name = check_name(name, "link type")
    if any(t.name == name and t.id != but for t in links.link_types(tx.conn)):
        raise QcodeError(Message("there is already a link type '{name}'", name=name))
    return name


@dataclass
class AddLinkType(Command[int]):
    kind: ClassVar[str] = "add_link_type"
    name: str
    description: str = ""

    @property
    def label(self) -> Message:
        return Message("add link type '{name}'", name=clean_name(self.name, "link type")[0])

    def do(self, tx: Transaction) -> int:
        name = _check_type_name(tx, self.name)
        check_text(self.description, Message("the link type's description"))
        return links.insert_type(tx.changes, name, self.description, tx.now)


@dataclass
class UpdateLinkType(Command[None]):
    """Rename a link type or change its description (a built-in one keeps
    its name: analyses and other projects know it by it)."""

    kind: ClassVar[str] = "update_link_type"
    link_type: LinkType
    name: str | None = None
    description: str | None = None

    @property
    def label(self) -> Message:
        return Message("edit link type '{name}'", name=self.link_type.name)

    def do(self, tx: Transaction) -> None:
        current = link_type_now(tx, self.link_type)
        name = None
        if self.name is not None:
            name = _check_type_name(tx, self.name, but=current.id)
            if current.builtin and name != current.name:
                raise QcodeError(
                    Message(
                        "link type '{current}' is built in; it keeps its name", current=current.name
                    )
                )
        if self.description is not None:
            check_text(self.description, Message("the link type's description"))
        links.update_type(tx.changes, current.id, name=name, description=self.description)


@dataclass
class RemoveLinkType(Command[None]):
    """Remove a link type the project defined and no link uses."""

    kind: ClassVar[str] = "remove_link_type"
    link_type: LinkType

    @property
    def label(self) -> Message:
        return Message("remove link type '{name}'", name=self.link_type.name)

    def do(self, tx: Transaction) -> None:
        current = link_type_now(tx, self.link_type)
        if current.builtin:
            raise QcodeError(
                Message(
                    "link type '{current}' is built in; it cannot be removed", current=current.name
                )
            )
        used = links.count_by_type(tx.conn).get(current.id, 0)
        if used:
            raise QcodeError(
                Message.counted(
                    "link type '{name}' is used by {count} link{s}; unlink them first",
                    name=current.name,
                    count=used,
                )
            )
        links.delete_types(tx.changes, [current.id])


# -- links -------------------------------------------------------------------------


def link_now(tx: Transaction, link: Link) -> Link:
    found = links.links(tx.conn, ids=[link.id])
    if not found:
        raise QcodeError(Message("the link no longer exists"))
    return found[0]


@dataclass
class LinkCodings(Command[int]):
    """Link a coding (the origin) to another (the target) with a type."""

    kind: ClassVar[str] = "link_codings"
    origin: Coding
    target: Coding
    link_type: LinkType | int | str
    memo: str = ""
    type_name: str = ""

    @property
    def label(self) -> Message:
        name = self.type_name or (self.link_type if isinstance(self.link_type, str) else "")
        if name:
            return Message("link codings ({link_type})", link_type=name.strip())
        return Message("link codings")

    def do(self, tx: Transaction) -> int:
        link_type = link_type_now(tx, self.link_type)
        ids = {self.origin.id, self.target.id}
        if len(ids) == 1:
            raise QcodeError(Message("a coding cannot be linked to itself"))
        if len(codings.codings(tx.conn, ids=ids)) != 2:
            raise QcodeError(Message("a coding to link no longer exists"))
        check_text(self.memo, Message("the link's memo"))
        for existing in links.links(tx.conn, coding_ids=[self.origin.id], type_id=link_type.id):
            if (existing.origin_coding_id, existing.target_coding_id) == (
                self.origin.id,
                self.target.id,
            ):
                raise QcodeError(
                    Message(
                        "these codings are already linked as '{link_type}'",
                        link_type=link_type.name,
                    )
                )
        new = NewLink(link_type.id, self.origin.id, self.target.id, self.memo, tx.coder.id, tx.now)
        return links.insert(tx.changes, [new])[0]


@dataclass
class EditLinkMemo(Command[None]):
    kind: ClassVar[str] = "edit_link_memo"
    link: Link
    memo: str

    @property
    def label(self) -> Message:
        return Message("edit link memo")

    def do(self, tx: Transaction) -> None:
        current = link_now(tx, self.link)
        check_text(self.memo, Message("the link's memo"))
        links.update(tx.changes, current.id, memo=self.memo)


@dataclass
class Unlink(Command[None]):
    kind: ClassVar[str] = "unlink"
    links: Sequence[Link]

    @property
    def label(self) -> Message:
        if len(self.links) == 1:
            return Message("unlink codings")
        return Message("remove {count} links", count=len(self.links))

    def do(self, tx: Transaction) -> None:
        if not self.links:
            raise QcodeError(Message("no links to remove"))
        ids = list(dict.fromkeys(link.id for link in self.links))
        if len(links.links(tx.conn, ids=ids)) != len(ids):
            raise QcodeError(Message("some of these links no longer exist"))
        links.delete(tx.changes, ids)


# -- grades ------------------------------------------------------------------------


def grade_now(tx: Transaction, grade: Grade | int | str) -> Grade:
    """A grade as it is now: by id, by the value, or by name (exact, else
    case-insensitive when that names one)."""
    scale = grades.grades(tx.conn)
    if isinstance(grade, str):
        name = grade.strip()
        found = [g for g in scale if g.name == name] or [
            g for g in scale if g.name.casefold() == name.casefold()
        ]
        if len(found) != 1:
            if not scale:
                raise QcodeError(
                    Message("no grade '{name}' (the project has no grades yet)", name=name)
                )
            known = ", ".join(f"'{g.name}'" for g in scale)
            raise QcodeError(
                Message("no grade '{name}' (the project has {known})", name=name, known=known)
            )
        return found[0]
    grade_id = grade if isinstance(grade, int) else grade.id
    for candidate in scale:
        if candidate.id == grade_id:
            return candidate
    raise QcodeError(Message("the grade no longer exists"))


def _check_grade_name(tx: Transaction, name: str, but: int | None = None) -> str:
    name = check_name(name, "grade")
    if any(g.name == name and g.id != but for g in grades.grades(tx.conn)):
        raise QcodeError(Message("there is already a grade '{name}'", name=name))
    return name


def _place(tx: Transaction, order: list[Grade]) -> None:
    """Number the scale 0, 1, 2... in this order (only what moved is written)."""
    for position, grade in enumerate(order):
        if grade.position != position:
            grades.update(tx.changes, grade.id, position=position)


@dataclass
class AddGrade(Command[int]):
    """Add a grade to the scale, last or at ``position`` (0: first)."""

    kind: ClassVar[str] = "add_grade"
    name: str
    first_hand: bool = False
    description: str = ""
    position: int | None = None

    @property
    def label(self) -> Message:
        return Message("add grade '{grade}'", grade=clean_name(self.name, "grade")[0])

    def do(self, tx: Transaction) -> int:
        name = _check_grade_name(tx, self.name)
        check_text(self.description, Message("the grade's description"))
        scale = grades.grades(tx.conn)
        new = NewGrade(name, len(scale), bool(self.first_hand), self.description)
        (grade_id,) = grades.insert(tx.changes, [new])
        if self.position is not None:
            added = grades.grades(tx.conn)[-1]
            index = max(0, min(self.position, len(scale)))
            _place(tx, [*scale[:index], added, *scale[index:]])
        return grade_id


@dataclass
class UpdateGrade(Command[None]):
    """Rename a grade, or change whether it is first-hand or its description."""

    kind: ClassVar[str] = "update_grade"
    grade: Grade
    name: str | None = None
    first_hand: bool | None = None
    description: str | None = None

    @property
    def label(self) -> Message:
        if self.name is not None:
            return Message(
                "rename grade '{old}' to '{new}'",
                old=self.grade.name,
                new=clean_name(self.name, "grade")[0],
            )
        return Message("edit grade '{grade}'", grade=self.grade.name)

    def do(self, tx: Transaction) -> None:
        current = grade_now(tx, self.grade)
        name = None if self.name is None else _check_grade_name(tx, self.name, but=current.id)
        if self.description is not None:
            check_text(self.description, Message("the grade's description"))
        grades.update(
            tx.changes,
            current.id,
            name=name,
            first_hand=self.first_hand,
            description=self.description,
        )


@dataclass
class MoveGrade(Command[None]):
    """Put a grade at ``position`` in the scale (0: first)."""

    kind: ClassVar[str] = "move_grade"
    grade: Grade
    position: int

    @property
    def label(self) -> Message:
        return Message("move grade '{grade}'", grade=self.grade.name)

    def do(self, tx: Transaction) -> None:
        current = grade_now(tx, self.grade)
        others = [g for g in grades.grades(tx.conn) if g.id != current.id]
        index = max(0, min(self.position, len(others)))
        _place(tx, [*others[:index], current, *others[index:]])


@dataclass
class DeleteGrade(Command[None]):
    """Remove a grade no coding carries (one in use is refused)."""

    kind: ClassVar[str] = "delete_grade"
    grade: Grade

    @property
    def label(self) -> Message:
        return Message("delete grade '{grade}'", grade=self.grade.name)

    def do(self, tx: Transaction) -> None:
        current = grade_now(tx, self.grade)
        used = grades.count_by_grade(tx.conn).get(current.id, 0)
        if used:
            raise QcodeError(
                Message.counted(
                    "grade '{name}' is given to {count} coding{s}; clear or change their "
                    "grade first",
                    name=current.name,
                    count=used,
                )
            )
        grades.delete(tx.changes, [current.id])
        _place(tx, grades.grades(tx.conn))


@dataclass
class SetGrade(Command[int]):
    """Give codings a grade, or clear it (``grade=None``); returns how many
    codings changed."""

    kind: ClassVar[str] = "set_grade"
    codings: Sequence[Coding]
    grade: Grade | int | str | None
    grade_name: str = ""

    @property
    def label(self) -> Message:
        count = len(self.codings)
        if self.grade is None:
            if count == 1:
                return Message("clear the grade of coding")
            return Message("clear the grade of {count} codings", count=count)
        name = self.grade_name or (self.grade.name if isinstance(self.grade, Grade) else "")
        if not name:
            if count == 1:
                return Message("grade coding")
            return Message("grade {count} codings", count=count)
        if count == 1:
            return Message("grade coding as '{grade}'", grade=name)
        return Message("grade {count} codings as '{grade}'", count=count, grade=name)

    def do(self, tx: Transaction) -> int:
        ids = list(dict.fromkeys(coding.id for coding in self.codings))
        if not ids:
            raise QcodeError(Message("no codings to grade"))
        if len(codings.codings(tx.conn, ids=ids)) != len(ids):
            raise QcodeError(Message("some of these codings no longer exist"))
        current = grades.coding_grades(tx.conn, ids)
        if self.grade is None:
            graded = [coding for coding in ids if coding in current]
            grades.ungrade(tx.changes, graded)
            return len(graded)
        grade = grade_now(tx, self.grade)
        new = [(coding, grade.id) for coding in ids if coding not in current]
        grades.grade_codings(tx.changes, new)
        changed = len(new)
        for coding in ids:
            if coding in current and current[coding] != grade.id:
                grades.regrade(tx.changes, coding, grade.id)
                changed += 1
        return changed
