"""Commands on cases: create, rename, edit, delete, set attributes, assign
and unassign members (importing a case list: :mod:`qcode.core.case_lists`).

A case is an informant, an incident, an institution: what a finding is
about, across documents.  Its members are documents, speakers (everywhere,
or in one document) and single codings; which codings that makes a case's is
:meth:`qcode.core.project_cases.CaseMethods.case_codings`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from qcode.core import attributes, references
from qcode.core.commands import Command, Transaction
from qcode.core.names import check_name, check_text, clean_name, shown
from qcode.errors import QcodeError, message_of
from qcode.messages import Message
from qcode.model import AttributeValue, Case, Member
from qcode.store import attributes as stored_attributes
from qcode.store import cases, codings, documents, speakers
from qcode.store.cases import NewCase, NewCaseValue


def case_now(tx: Transaction, case: Case | int) -> Case:
    """The case as it is now in the project (refused if it was deleted)."""
    case_id = case if isinstance(case, int) else case.id
    found = cases.cases(tx.conn, [case_id])
    if not found:
        if isinstance(case, int):
            raise QcodeError(Message("the case no longer exists"))
        raise QcodeError(Message("the case '{case}' no longer exists", case=case.name))
    return found[0]


def check_case_name(tx: Transaction, name: str, but: int | None = None) -> str:
    """``name`` as a case name, refused when another case has it."""
    name = check_name(name, "case")
    if any(case_id != but for case_id in cases.ids_named(tx.conn, name)):
        raise QcodeError(Message("there is already a case named '{name}'", name=name))
    return name


def set_case_values(
    tx: Transaction, case_id: int, values: Mapping[str, AttributeValue | None], where: str = ""
) -> int:
    """Set (or, with ``None``, remove) attributes of one case; returns how
    many values changed.  Variables are shared with documents: a new name
    makes a new variable, typed by its first value."""
    changed = 0
    known = {variable.name: variable for variable in stored_attributes.variables(tx.conn)}
    for name, raw in values.items():
        variable = known.get(name.strip())
        try:
            name = variable.name if variable is not None else check_name(name, "attribute")
            if isinstance(raw, str):
                check_text(raw, Message("attribute '{name}'", name=name))
        except QcodeError as error:
            raise QcodeError(
                Message("{where}{problem}", where=where, problem=message_of(error))
            ) from None
        if raw is None:
            if variable is not None:
                current = cases.value(tx.conn, case_id, variable.id)
                if current is not None:
                    cases.delete_values(tx.changes, [current.id])
                    changed += 1
            continue
        if variable is None:
            type_ = attributes.infer_type(raw)
            variable_id = stored_attributes.insert_variable(tx.changes, name, type_)
            known = {variable.name: variable for variable in stored_attributes.variables(tx.conn)}
        else:
            type_, variable_id = variable.type, variable.id
        try:
            value = attributes.coerce(name, type_, raw)
        except QcodeError as error:
            raise QcodeError(
                Message("{where}{problem}", where=where, problem=message_of(error))
            ) from None
        current = cases.value(tx.conn, case_id, variable_id)
        if current is None:
            cases.insert_values(tx.changes, [NewCaseValue(case_id, variable_id, value)])
            changed += 1
        elif _stored(current.value, type_) != value:
            cases.set_value(tx.changes, current.id, value)
            changed += 1
    return changed


def _stored(value: object, type_: str) -> object:
    return bool(value) if type_ == "boolean" else value


@dataclass
class CreateCase(Command[int]):
    """Create a case (with attributes); returns its id."""

    kind: ClassVar[str] = "create_case"
    name: str
    type: str = ""
    description: str = ""
    attributes: Mapping[str, AttributeValue] = field(default_factory=dict)

    @property
    def label(self) -> Message:
        return Message("create case '{case}'", case=clean_name(self.name, "case")[0])

    def do(self, tx: Transaction) -> int:
        name = check_case_name(tx, self.name)
        check_text(self.type, Message("the case's type"))
        check_text(self.description, Message("the case's description"))
        (case_id,) = cases.insert(
            tx.changes, [NewCase(name, self.type.strip(), self.description, tx.now)]
        )
        set_case_values(tx, case_id, self.attributes)
        return case_id


@dataclass
class UpdateCase(Command[None]):
    """Rename a case, or change its type or description (``None``: as it is)."""

    kind: ClassVar[str] = "update_case"
    case: Case
    name: str | None = None
    type: str | None = None
    description: str | None = None

    @property
    def label(self) -> Message:
        if self.name is not None:
            return Message(
                "rename case '{old}' to '{new}'",
                old=self.case.name,
                new=clean_name(self.name, "case")[0],
            )
        return Message("edit case '{case}'", case=self.case.name)

    def do(self, tx: Transaction) -> None:
        case = case_now(tx, self.case)
        name = None if self.name is None else check_case_name(tx, self.name, but=case.id)
        if self.type is not None:
            check_text(self.type, Message("the case's type"))
        if self.description is not None:
            check_text(self.description, Message("the case's description"))
        cases.update(
            tx.changes,
            case.id,
            name=name,
            type_=None if self.type is None else self.type.strip(),
            description=self.description,
        )


@dataclass
class DeleteCases(Command[None]):
    """Delete cases with their members, attributes, memos and framework
    cells (undo brings all of it back).  The documents and codings that
    were members stay."""

    kind: ClassVar[str] = "delete_cases"
    cases: Sequence[Case]

    @property
    def label(self) -> Message:
        if len(self.cases) == 1:
            return Message("delete case '{case}'", case=self.cases[0].name)
        return Message("delete {count} cases", count=len(self.cases))

    def do(self, tx: Transaction) -> None:
        if not self.cases:
            raise QcodeError(Message("no cases to delete"))
        ids = list(dict.fromkeys(case_now(tx, case).id for case in self.cases))
        references.delete_cases(tx, ids)


@dataclass
class SetCaseAttributes(Command[None]):
    """Set or remove (value ``None``) attributes of one case."""

    kind: ClassVar[str] = "set_case_attributes"
    case: Case
    values: Mapping[str, AttributeValue | None]

    @property
    def label(self) -> Message:
        names = list(self.values)
        if len(names) == 1:
            return Message(
                "set '{attribute}' of case '{case}'", attribute=names[0], case=self.case.name
            )
        return Message(
            "set {count} attributes of case '{case}'", count=len(names), case=self.case.name
        )

    def do(self, tx: Transaction) -> None:
        set_case_values(tx, case_now(tx, self.case).id, self.values)


def check_member(tx: Transaction, member: Member) -> Member:
    """``member`` checked against the project (the speaker label trimmed);
    refused in one line when what it names is not there."""
    if member.coding_id is not None:
        if member.document_id is not None or member.speaker is not None:
            raise QcodeError(
                Message("a case member is a document, a speaker or a coding, not several")
            )
        if not codings.codings(tx.conn, ids=[member.coding_id]):
            raise QcodeError(Message("the coding no longer exists"))
        return member
    if member.document_id is None and member.speaker is None:
        raise QcodeError(Message("a case member is a document, a speaker or a coding"))
    document_name = ""
    if member.document_id is not None:
        found = documents.names(tx.conn, [member.document_id])
        if not found:
            raise QcodeError(Message("the document no longer exists"))
        document_name = found[member.document_id].name
    if member.speaker is None:
        return member
    label = check_name(member.speaker, "speaker")
    if member.document_id is None:
        known = set(speakers.labels(tx.conn))
    else:
        known = {turn.speaker for turn in speakers.turns(tx.conn, member.document_id)}
    if label not in known:
        # as typed, in another case: the label, when only one matches
        folded = [name for name in known if name.casefold() == label.casefold()]
        if len(folded) != 1:
            if document_name:
                raise QcodeError(
                    Message(
                        "no speaker '{speaker}' in '{document}'",
                        speaker=shown(label),
                        document=document_name,
                    )
                )
            raise QcodeError(
                Message("no speaker '{speaker}' in any document", speaker=shown(label))
            )
        label = folded[0]
    return Member(member.document_id, label, None)


@dataclass
class AssignMembers(Command[int]):
    """Assign documents, speakers or codings to a case; returns how many
    were new (one already assigned is skipped)."""

    kind: ClassVar[str] = "assign_to_case"
    case: Case
    members: Sequence[Member]

    @property
    def label(self) -> Message:
        return Message(
            "assign {members} to case '{case}'",
            members=_members_text(self.members),
            case=self.case.name,
        )

    def do(self, tx: Transaction) -> int:
        case = case_now(tx, self.case)
        if not self.members:
            raise QcodeError(Message("nothing to assign"))
        present = {member.member for member in cases.members(tx.conn, case.id)}
        new: list[Member] = []
        for member in self.members:
            checked = check_member(tx, member)
            if checked not in present:
                present.add(checked)
                new.append(checked)
        cases.insert_members(tx.changes, case.id, new)
        return len(new)


@dataclass
class UnassignMembers(Command[int]):
    """Take members off a case; returns how many were members."""

    kind: ClassVar[str] = "unassign_from_case"
    case: Case
    members: Sequence[Member]

    @property
    def label(self) -> Message:
        return Message(
            "unassign {members} from case '{case}'",
            members=_members_text(self.members),
            case=self.case.name,
        )

    def do(self, tx: Transaction) -> int:
        case = case_now(tx, self.case)
        stored = {member.member: member.id for member in cases.members(tx.conn, case.id)}
        wanted = [_trimmed(member) for member in self.members]
        ids = list(dict.fromkeys(stored[m] for m in wanted if m in stored))
        if not ids:
            raise QcodeError(
                Message("nothing to unassign: not members of case '{case}'", case=case.name)
            )
        cases.delete_members(tx.changes, ids)
        return len(ids)


def _trimmed(member: Member) -> Member:
    if member.speaker is None:
        return member
    return Member(member.document_id, member.speaker.strip(), member.coding_id)


def _members_text(members: Sequence[Member]) -> Message:
    if len(members) != 1:
        return Message("{count} members", count=len(members))
    kind = members[0].kind
    if kind == "document":
        return Message("a document")
    return Message("a speaker") if kind == "speaker" else Message("a coding")
