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

from qcode.core.coding_edits import check_text
from qcode.core.commands import Command, Transaction
from qcode.core.names import check_name, clean_name
from qcode.errors import QcodeError
from qcode.model import Coding, Grade, Link, LinkType
from qcode.store import codings, grades, links
from qcode.store.grades import NewGrade
from qcode.store.links import NewLink


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


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
            raise QcodeError(f"no link type '{name}' (the project has {known})")
        return found[0]
    type_id = link_type if isinstance(link_type, int) else link_type.id
    for candidate in types:
        if candidate.id == type_id:
            return candidate
    raise QcodeError("the link type no longer exists")


def _check_type_name(tx: Transaction, name: str, but: int | None = None) -> str:
    name = check_name(name, "link type")
    if any(t.name == name and t.id != but for t in links.link_types(tx.conn)):
        raise QcodeError(f"there is already a link type '{name}'")
    return name


@dataclass
class AddLinkType(Command[int]):
    kind: ClassVar[str] = "add_link_type"
    name: str
    description: str = ""

    @property
    def label(self) -> str:
        return f"add link type '{clean_name(self.name, 'link type')[0]}'"

    def do(self, tx: Transaction) -> int:
        name = _check_type_name(tx, self.name)
        check_text(self.description, "the link type's description")
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
    def label(self) -> str:
        return f"edit link type '{self.link_type.name}'"

    def do(self, tx: Transaction) -> None:
        current = link_type_now(tx, self.link_type)
        name = None
        if self.name is not None:
            name = _check_type_name(tx, self.name, but=current.id)
            if current.builtin and name != current.name:
                raise QcodeError(f"link type '{current.name}' is built in; it keeps its name")
        if self.description is not None:
            check_text(self.description, "the link type's description")
        links.update_type(tx.changes, current.id, name=name, description=self.description)


@dataclass
class RemoveLinkType(Command[None]):
    """Remove a link type the project defined and no link uses."""

    kind: ClassVar[str] = "remove_link_type"
    link_type: LinkType

    @property
    def label(self) -> str:
        return f"remove link type '{self.link_type.name}'"

    def do(self, tx: Transaction) -> None:
        current = link_type_now(tx, self.link_type)
        if current.builtin:
            raise QcodeError(f"link type '{current.name}' is built in; it cannot be removed")
        used = links.count_by_type(tx.conn).get(current.id, 0)
        if used:
            raise QcodeError(
                f"link type '{current.name}' is used by {_plural(used, 'link')}; unlink them first"
            )
        links.delete_types(tx.changes, [current.id])


# -- links -------------------------------------------------------------------------


def link_now(tx: Transaction, link: Link) -> Link:
    found = links.links(tx.conn, ids=[link.id])
    if not found:
        raise QcodeError("the link no longer exists")
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
    def label(self) -> str:
        name = self.type_name or (self.link_type if isinstance(self.link_type, str) else "")
        return f"link codings ({name.strip()})" if name else "link codings"

    def do(self, tx: Transaction) -> int:
        link_type = link_type_now(tx, self.link_type)
        ids = {self.origin.id, self.target.id}
        if len(ids) == 1:
            raise QcodeError("a coding cannot be linked to itself")
        if len(codings.codings(tx.conn, ids=ids)) != 2:
            raise QcodeError("a coding to link no longer exists")
        check_text(self.memo, "the link's memo")
        for existing in links.links(tx.conn, coding_ids=[self.origin.id], type_id=link_type.id):
            if (existing.origin_coding_id, existing.target_coding_id) == (
                self.origin.id,
                self.target.id,
            ):
                raise QcodeError(f"these codings are already linked as '{link_type.name}'")
        new = NewLink(link_type.id, self.origin.id, self.target.id, self.memo, tx.coder.id, tx.now)
        return links.insert(tx.changes, [new])[0]


@dataclass
class EditLinkMemo(Command[None]):
    kind: ClassVar[str] = "edit_link_memo"
    link: Link
    memo: str

    @property
    def label(self) -> str:
        return "edit link memo"

    def do(self, tx: Transaction) -> None:
        current = link_now(tx, self.link)
        check_text(self.memo, "the link's memo")
        links.update(tx.changes, current.id, memo=self.memo)


@dataclass
class Unlink(Command[None]):
    kind: ClassVar[str] = "unlink"
    links: Sequence[Link]

    @property
    def label(self) -> str:
        return "unlink codings" if len(self.links) == 1 else f"remove {len(self.links)} links"

    def do(self, tx: Transaction) -> None:
        if not self.links:
            raise QcodeError("no links to remove")
        ids = list(dict.fromkeys(link.id for link in self.links))
        if len(links.links(tx.conn, ids=ids)) != len(ids):
            raise QcodeError("some of these links no longer exist")
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
            known = ", ".join(f"'{g.name}'" for g in scale) or "no grades yet"
            raise QcodeError(f"no grade '{name}' (the project has {known})")
        return found[0]
    grade_id = grade if isinstance(grade, int) else grade.id
    for candidate in scale:
        if candidate.id == grade_id:
            return candidate
    raise QcodeError("the grade no longer exists")


def _check_grade_name(tx: Transaction, name: str, but: int | None = None) -> str:
    name = check_name(name, "grade")
    if any(g.name == name and g.id != but for g in grades.grades(tx.conn)):
        raise QcodeError(f"there is already a grade '{name}'")
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
    def label(self) -> str:
        return f"add grade '{clean_name(self.name, 'grade')[0]}'"

    def do(self, tx: Transaction) -> int:
        name = _check_grade_name(tx, self.name)
        check_text(self.description, "the grade's description")
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
    def label(self) -> str:
        if self.name is not None:
            return f"rename grade '{self.grade.name}' to '{clean_name(self.name, 'grade')[0]}'"
        return f"edit grade '{self.grade.name}'"

    def do(self, tx: Transaction) -> None:
        current = grade_now(tx, self.grade)
        name = None if self.name is None else _check_grade_name(tx, self.name, but=current.id)
        if self.description is not None:
            check_text(self.description, "the grade's description")
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
    def label(self) -> str:
        return f"move grade '{self.grade.name}'"

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
    def label(self) -> str:
        return f"delete grade '{self.grade.name}'"

    def do(self, tx: Transaction) -> None:
        current = grade_now(tx, self.grade)
        used = grades.count_by_grade(tx.conn).get(current.id, 0)
        if used:
            raise QcodeError(
                f"grade '{current.name}' is given to {_plural(used, 'coding')}; "
                "clear or change their grade first"
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
    def label(self) -> str:
        what = "coding" if len(self.codings) == 1 else f"{len(self.codings)} codings"
        if self.grade is None:
            return f"clear the grade of {what}"
        name = self.grade_name or (self.grade.name if isinstance(self.grade, Grade) else "")
        return f"grade {what} as '{name}'" if name else f"grade {what}"

    def do(self, tx: Transaction) -> int:
        ids = list(dict.fromkeys(coding.id for coding in self.codings))
        if not ids:
            raise QcodeError("no codings to grade")
        if len(codings.codings(tx.conn, ids=ids)) != len(ids):
            raise QcodeError("some of these codings no longer exist")
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
