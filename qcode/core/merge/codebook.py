"""Merge steps for who and what: coders, attribute definitions, the codebook.

Each row of the other project is matched by UUID first, then by name (a
code by its place in the tree); what matches keeps the project's values and
a difference is reported; what does not match is added with its UUID.
"""

from __future__ import annotations

import json
from collections import defaultdict

from qcode.core.code_edits import DEPTH_RULE
from qcode.core.merge.plan import MergeState
from qcode.core.names import shown
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import MAX_CODE_DEPTH, Code, Codebook
from qcode.store import attributes, coders, codes
from qcode.store.attributes import ValueRow, VariableRow
from qcode.store.coders import CoderRow
from qcode.store.codes import NewCode


def merge_coders(state: MergeState) -> None:
    own = coders.rows(state.tx.conn)
    by_uuid = {row.uuid: row for row in own}
    by_name = {row.name: row for row in own}
    state.coder_names = {row.id: row.name for row in own}
    added = 0
    for row in state.other.coders:
        match = by_uuid.get(row.uuid)
        if match is not None and match.name != row.name:
            state.report.conflict(
                "coder",
                match.name,
                Message(
                    "called '{theirs}' in {other}; kept the name '{ours}'",
                    theirs=row.name,
                    other=state.other.name,
                    ours=match.name,
                ),
            )
        match = match or by_name.get(row.name)
        if match is not None:
            state.coders[row.id] = match.id
            continue
        coder_id = coders.insert(state.tx.changes, row.name, row.created_at, uuid=row.uuid)
        new = CoderRow(coder_id, row.uuid, row.name, row.created_at)
        by_name[row.name] = by_uuid[row.uuid] = new
        state.coders[row.id] = coder_id
        state.coder_names[coder_id] = row.name
        added += 1
    state.report.coders_added = added


def merge_variables(state: MergeState) -> None:
    """Attribute definitions; values are merged with their documents."""
    own = attributes.variable_rows(state.tx.conn)
    by_uuid = {row.uuid: row for row in own}
    by_name = {row.name: row for row in own}
    values_of: dict[int, list[ValueRow]] = defaultdict(list)
    for value in state.other.values:
        values_of[value.variable_id].append(value)
    other_documents = {row.id: row.name for row in state.other.documents}
    for row in state.other.variables:
        match: VariableRow | None = by_uuid.get(row.uuid) or by_name.get(row.name)
        if match is None:
            variable_id = attributes.insert_variable(
                state.tx.changes, row.name, row.type, row.description, uuid=row.uuid
            )
            state.variables[row.id] = variable_id
            # Two of theirs may share a name once cleaned: the second matches the first.
            by_name[row.name] = row._replace(id=variable_id)
            state.report.variables_added += 1
            continue
        if match.name != row.name:
            state.report.conflict(
                "attribute",
                match.name,
                Message(
                    "called '{theirs}' in {other}; kept the name '{ours}'",
                    theirs=row.name,
                    other=state.other.name,
                    ours=match.name,
                ),
            )
        if match.type != row.type:
            skipped = [
                f"{other_documents.get(value.document_id, '?')}={value.value}"
                for value in values_of[row.id]
            ]
            state.report.conflict(
                "attribute",
                match.name,
                Message(
                    "is of type {ours} here but {theirs} in {other}; "
                    "its values there were not merged ({values})",
                    ours=match.type,
                    theirs=row.type,
                    other=state.other.name,
                    values="; ".join(skipped),
                )
                if skipped
                else Message(
                    "is of type {ours} here but {theirs} in {other}; "
                    "its values there were not merged",
                    ours=match.type,
                    theirs=row.type,
                    other=state.other.name,
                ),
            )
            continue
        state.variables[row.id] = match.id


def merge_codes(state: MergeState) -> None:
    """The code tree: parents before children, new codes after the project's
    own children of the same parent, in the other project's order."""
    own = Codebook(codes.codes(state.tx.conn))
    other = Codebook(state.other.codes)  # under the names OtherProject cleaned
    levels: dict[int | None, int] = {None: 0}  # a code of the project → its level
    children: dict[int | None, dict[str, int]] = defaultdict(dict)
    for code in own.codes.values():
        children[code.parent_id][code.name] = code.id
    next_position: dict[int | None, int] = {}
    descriptions: list[tuple[int, str]] = []
    rows: list[NewCode] = []
    for code in other.walk():
        parent = None if code.parent_id is None else state.codes[code.parent_id]
        match = own.by_uuid(code.uuid)
        if match is None and code.name in children[parent]:
            existing = children[parent][code.name]
            if existing not in own.codes:
                # Added by this merge a moment ago: only a damaged file has two
                # sibling codes of one name, and the unique index would refuse it.
                state.codes[code.id] = existing
                state.report.codes_matched += 1
                state.report.conflict(
                    "code",
                    other.path(code.id),
                    Message(
                        "{other} has two codes of this name here; both were merged into one",
                        other=state.other.name,
                    ),
                )
                continue
            match = own.codes[existing]
        if match is not None:
            state.codes[code.id] = match.id
            state.report.codes_matched += 1
            description = _compare_code(state, own, match, code, parent, other)
            if description:
                descriptions.append((match.id, description))
            continue
        if parent not in levels:
            levels[parent] = own.depth(parent) + 1 if parent is not None else 0
        if levels[parent] + 1 > MAX_CODE_DEPTH:
            raise QcodeError(
                Message(
                    "{other}: its code '{path}' would be at level {number} here; {rule}; "
                    "nothing was merged",
                    other=state.other.name,
                    path=shown(other.path(code.id)),
                    number=levels[parent] + 1,
                    rule=DEPTH_RULE,
                )
            )
        if parent not in next_position:
            siblings = own.children(parent)
            next_position[parent] = max((c.position for c in siblings), default=-1) + 1
        code_id = state.new_id(codes.next_id)
        rows.append(
            NewCode(
                id=code_id,
                uuid=code.uuid,
                parent_id=parent,
                name=code.name,
                color=code.color,
                description=code.description,
                keywords=code.keywords,
                codable=code.codable,
                position=next_position[parent],
                created_at=state.other.code_times[code.id],
            )
        )
        next_position[parent] += 1
        levels[code_id] = levels[parent] + 1
        children[parent][code.name] = code_id
        state.codes[code.id] = code_id
    codes.insert(state.tx.changes, rows)
    state.report.codes_added = len(rows)
    state.code_descriptions = descriptions


def _compare_code(
    state: MergeState, own: Codebook, mine: Code, theirs: Code, parent: int | None, other: Codebook
) -> str:
    """Report how a matched code differs; returns the other's description
    when it differs and should be kept in a memo."""
    path = own.path(mine.id)
    where = state.other.name
    differences: list[Message] = []
    if mine.name != theirs.name:
        differences.append(Message("its name ('{name}')", name=theirs.name))
    if mine.parent_id != parent:
        differences.append(Message("its place ('{path}')", path=other.path(theirs.id)))
    if mine.color != theirs.color:
        differences.append(Message("its colour ({colour})", colour=theirs.color))
    if mine.codable != theirs.codable:
        differences.append(Message("whether it can be applied"))
    if set(mine.keywords) != set(theirs.keywords):
        differences.append(
            Message(
                "its keywords ({keywords})",
                keywords=json.dumps(list(theirs.keywords), ensure_ascii=False),
            )
        )
    described = theirs.description.strip() and theirs.description != mine.description
    if described:
        differences.append(Message("its description"))
    if differences:
        state.report.conflict(
            "code",
            path,
            Message(
                "{other} differs in {differences}; kept this project's; their description "
                "is in a memo on the code titled 'Description in {other}'",
                other=where,
                differences=_and(differences),
            )
            if described
            else Message(
                "{other} differs in {differences}; kept this project's",
                other=where,
                differences=_and(differences),
            ),
        )
    return theirs.description if described else ""


def _and(items: list[Message]) -> Message:
    """ "a, b and c", each item still translatable."""
    listed = items[0]
    for item in items[1:-1]:
        listed = Message("{list}, {item}", list=listed, item=item)
    return listed if len(items) == 1 else Message("{list} and {last}", list=listed, last=items[-1])
