"""Merge steps for link types, links between codings, source grades and
saved queries.

Link types, grades and saved queries match by UUID, then by name (the
built-in link types have the same UUID everywhere).  A link matches by UUID
or by its type and (merged) codings; a coding's grade by the coding.  What
matches keeps the project's values: a link memo the project lacks is taken
over and a different one goes to a memo on the link's origin coding; a
saved query of the same name with another expression is added beside the
project's under a new name.  Nothing a coder wrote is dropped.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import replace

from qcode.core.merge.plan import MergeState
from qcode.core.names import clean_name, unique_name
from qcode.messages import Message
from qcode.model import Grade, LinkType, SavedQuery
from qcode.store import codings, grades, links, saved_queries
from qcode.store.grades import NewGrade
from qcode.store.links import NewLink
from qcode.store.saved_queries import NewQuery


def _cleaned(state: MergeState, name: str, kind: str, what: str) -> str:
    clean, changed = clean_name(name, what)
    if changed:
        state.report.conflict(
            kind,
            clean,
            Message(
                "named '{raw}' in {other}; cleaned to '{name}'",
                raw=name,
                other=state.other.name,
                name=clean,
            ),
        )
    return clean


def merge_link_types(state: MergeState) -> None:
    tx = state.tx
    own = links.type_rows(tx.conn)
    by_uuid: dict[str, LinkType] = {row.uuid: row for row in own}
    by_name: dict[str, LinkType] = {row.name: row for row in own}
    added = 0
    for row in state.other.findings.link_types:
        name = _cleaned(state, row.name, "link", "link type")
        match = by_uuid.get(row.uuid)
        if match is not None and match.name != name:
            state.report.conflict(
                "link",
                match.name,
                Message(
                    "the link type is called '{theirs}' in {other}; kept '{ours}'",
                    theirs=name,
                    other=state.other.name,
                    ours=match.name,
                ),
            )
        match = match or by_name.get(name)
        if match is not None:
            state.link_types[row.id] = match.id
            continue
        type_id = links.insert_type(tx.changes, name, row.description, row.created_at, row.uuid)
        by_name[name] = by_uuid[row.uuid] = LinkType(
            type_id, row.uuid, name, row.description, row.created_at
        )
        state.link_types[row.id] = type_id
        added += 1
    state.report.link_types_added = added


def merge_links(state: MergeState) -> None:
    tx = state.tx
    own = links.links(tx.conn)
    by_uuid = {link.uuid: link for link in own}
    by_key = {(link.type_id, link.origin_coding_id, link.target_coding_id): link for link in own}
    new: list[NewLink] = []
    for row in state.other.findings.links:
        origin = state.codings.get(row.origin_coding_id)
        target = state.codings.get(row.target_coding_id)
        if origin is None or target is None or origin == target:
            continue  # two codings that became one here: nothing to link
        key = (state.link_types[row.type_id], origin, target)
        mine = by_uuid.get(row.uuid) or by_key.get(key)
        if mine is not None:
            if row.memo and not mine.memo:
                links.update(tx.changes, mine.id, memo=row.memo)
            elif row.memo and row.memo != mine.memo:
                title = f"Link memo in {state.other.name}"
                state.extra_memos.append(("coding", mine.origin_coding_id, title, row.memo))
                state.report.conflict(
                    "link",
                    Message(
                        "a link from coding {uuid}", uuid=_uuid_of(state, mine.origin_coding_id)
                    ),
                    Message(
                        "{other} has another memo on it; kept this project's, theirs "
                        "is in a memo on the origin coding titled '{title}'",
                        other=state.other.name,
                        title=title,
                    ),
                )
            continue
        coder_id = None if row.coder_id is None else state.coders[row.coder_id]
        uuid = row.uuid if row.uuid not in by_uuid else str(uuidlib.uuid4())
        new.append(NewLink(*key, row.memo, coder_id, row.created_at, uuid))
        # Stands for the new link, should the other file hold it twice.
        by_uuid[uuid] = by_key[key] = replace(
            row, uuid=uuid, type_id=key[0], origin_coding_id=origin, target_coding_id=target
        )
    links.insert(tx.changes, new)
    state.report.links_added = len(new)


def _uuid_of(state: MergeState, coding_id: int) -> str:
    found = codings.codings(state.tx.conn, ids=[coding_id])
    return found[0].uuid if found else "?"


def merge_grades(state: MergeState) -> None:
    """The scale: the other's grades the project lacks go after its own."""
    tx = state.tx
    own = grades.rows(tx.conn)
    by_uuid: dict[str, Grade] = {row.uuid: row for row in own}
    by_name: dict[str, Grade] = {row.name: row for row in own}
    position = grades.max_position(tx.conn)
    added = 0
    for row in sorted(state.other.findings.grades, key=lambda g: (g.position, g.id)):
        name = _cleaned(state, row.name, "grade", "grade")
        match = by_uuid.get(row.uuid)
        if match is not None and match.name != name:
            state.report.conflict(
                "grade",
                match.name,
                Message(
                    "called '{theirs}' in {other}; kept '{ours}'",
                    theirs=name,
                    other=state.other.name,
                    ours=match.name,
                ),
            )
        match = match or by_name.get(name)
        if match is not None:
            state.grades[row.id] = match.id
            if match.first_hand != row.first_hand:
                state.report.conflict(
                    "grade",
                    match.name,
                    Message("is first-hand in {other}; kept this project's", other=state.other.name)
                    if row.first_hand
                    else Message(
                        "is not first-hand in {other}; kept this project's",
                        other=state.other.name,
                    ),
                )
            continue
        position += 1
        new = NewGrade(name, position, row.first_hand, row.description, row.uuid)
        (grade_id,) = grades.insert(tx.changes, [new])
        by_name[name] = by_uuid[row.uuid] = replace(row, id=grade_id, name=name)
        state.grades[row.id] = grade_id
        added += 1
    state.report.grades_added = added


def merge_coding_grades(state: MergeState) -> None:
    tx = state.tx
    own = grades.coding_grades(tx.conn)
    names = {grade.id: grade.name for grade in grades.rows(tx.conn)}
    new: list[tuple[int, int]] = []
    for other_coding, other_grade in sorted(state.other.findings.coding_grades.items()):
        coding_id = state.codings.get(other_coding)
        if coding_id is None:
            continue
        grade_id = state.grades[other_grade]
        mine = own.get(coding_id)
        if mine is None:
            own[coding_id] = grade_id
            new.append((coding_id, grade_id))
        elif mine != grade_id:
            state.report.conflict(
                "grade",
                Message("coding {uuid}", uuid=_uuid_of(state, coding_id)),
                Message(
                    "is graded '{theirs}' in {other}; kept '{ours}'",
                    theirs=names.get(grade_id, "?"),
                    other=state.other.name,
                    ours=names.get(mine, "?"),
                ),
            )
    grades.grade_codings(tx.changes, new)
    state.report.gradings_added = len(new)


def merge_queries(state: MergeState) -> None:
    """Saved queries; one of the same name and another expression is added
    beside the project's under "NAME (from COPY)"."""
    tx = state.tx
    own = saved_queries.rows(tx.conn)
    by_uuid: dict[str, SavedQuery] = {row.uuid: row for row in own}
    by_name: dict[str, SavedQuery] = {row.name: row for row in own}
    new: list[NewQuery] = []
    for row in state.other.findings.queries:
        name = _cleaned(state, row.name, "query", "query")
        mine = by_uuid.get(row.uuid) or by_name.get(name)
        uuid: str | None = row.uuid if row.uuid not in by_uuid else None
        if mine is not None:
            if (mine.expression, mine.options) == (row.expression, row.options):
                continue
            beside = by_name.get(name + state.suffix)
            if beside is not None and (beside.expression, beside.options) == (
                row.expression,
                row.options,
            ):
                continue  # added by an earlier merge of the same file
            name = unique_name(name + state.suffix, set(by_name))
            uuid = None
            state.report.conflict(
                "query",
                mine.name,
                Message(
                    "{other} saved another query under this name; kept both, theirs as '{name}'",
                    other=state.other.name,
                    name=name,
                ),
            )
        query = NewQuery(name, row.expression, row.options, row.created_at, row.modified_at, uuid)
        new.append(query)
        by_name[name] = replace(row, name=name)
        if uuid is not None:
            by_uuid[uuid] = by_name[name]
    saved_queries.insert(tx.changes, new)
    state.report.queries_added = len(new)
