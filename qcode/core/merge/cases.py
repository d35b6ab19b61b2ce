"""Merge steps for speakers, cases (with attributes and members) and the
framework matrix.

Speakers match by label; cases by UUID, then name; framework cells by their
case and code.  What matches keeps the project's values, fills in what the
project left empty, and reports a difference: the other's case description
or framework summary is kept in a memo on the case, so that no text written
in a coder's copy is lost.  Case members follow their documents and codings
(merged before).
"""

from __future__ import annotations

import uuid as uuidlib

from qcode.core.merge.plan import MergeState
from qcode.core.names import clean_name
from qcode.messages import Message
from qcode.model import Codebook, Member
from qcode.store import cases, codes, framework, speakers
from qcode.store.cases import CaseRow, NewCase, NewCaseValue
from qcode.store.framework import CellRow, NewCell
from qcode.store.speakers import NewSpeaker


def merge_speakers(state: MergeState) -> None:
    """Roles and descriptions of speakers, by label."""
    own = {row.name: row for row in speakers.speaker_rows(state.tx.conn)}
    uuids = {row.uuid for row in own.values()}
    added: list[NewSpeaker] = []
    for row in state.other.findings.speakers:
        mine = own.get(row.name)
        if mine is None:
            uuid = row.uuid if row.uuid not in uuids else None
            added.append(NewSpeaker(row.name, row.role, row.description, row.created_at, uuid))
            continue
        role = row.role if row.role and not mine.role else None
        description = row.description if row.description and not mine.description else None
        speakers.update_speaker(state.tx.changes, mine.id, role=role, description=description)
        for what, ours, theirs in (
            (Message("role"), mine.role, row.role),
            (Message("description"), mine.description, row.description),
        ):
            if ours and theirs and ours != theirs:
                state.report.conflict(
                    "speaker",
                    mine.name,
                    Message(
                        "their {what} is '{theirs}' in {other}; kept '{ours}'",
                        what=what,
                        theirs=theirs,
                        other=state.other.name,
                        ours=ours,
                    ),
                )
    speakers.insert_speakers(state.tx.changes, added)
    state.report.speakers_added = len(added)


def merge_cases(state: MergeState) -> None:
    """Cases with their attribute values and members (documents, codings and
    variables are merged already)."""
    tx = state.tx
    own = cases.rows(tx.conn)
    by_uuid = {row.uuid: row for row in own}
    by_name = {row.name: row for row in own}
    new: list[NewCase] = []
    for row in state.other.findings.cases:
        name, cleaned = clean_name(row.name, "case")
        if cleaned:
            state.report.conflict(
                "case",
                name,
                Message(
                    "named '{raw}' in {other}; cleaned to '{name}'",
                    raw=row.name,
                    other=state.other.name,
                    name=name,
                ),
            )
        match = by_uuid.get(row.uuid)
        if match is not None and match.name != name:
            state.report.conflict(
                "case",
                match.name,
                Message(
                    "called '{theirs}' in {other}; kept the name '{ours}'",
                    theirs=name,
                    other=state.other.name,
                    ours=match.name,
                ),
            )
        match = match or by_name.get(name)
        if match is not None:
            state.cases[row.id] = match.id
            _compare_case(state, match, row)
            continue
        case_id = state.new_id(cases.next_id)
        uuid = row.uuid if row.uuid not in by_uuid else str(uuidlib.uuid4())
        new.append(NewCase(name, row.type, row.description, row.created_at, uuid, case_id))
        by_name[name] = by_uuid[uuid] = CaseRow(case_id, uuid, name, row.type, "", "")
        state.cases[row.id] = case_id
    cases.insert(tx.changes, new)
    state.report.cases_added = len(new)
    _merge_values(state)
    _merge_members(state)


def _compare_case(state: MergeState, mine: CaseRow, theirs: CaseRow) -> None:
    type_ = theirs.type if theirs.type and not mine.type else None
    description = theirs.description if theirs.description and not mine.description else None
    cases.update(state.tx.changes, mine.id, type_=type_, description=description)
    where = state.other.name
    if mine.type and theirs.type and mine.type != theirs.type:
        state.report.conflict(
            "case",
            mine.name,
            Message(
                "is of type '{theirs}' in {other}; kept '{ours}'",
                theirs=theirs.type,
                other=where,
                ours=mine.type,
            ),
        )
    if mine.description and theirs.description and mine.description != theirs.description:
        title = f"Description in {where}"
        state.extra_memos.append(("case", mine.id, title, theirs.description))
        state.report.conflict(
            "case",
            mine.name,
            Message(
                "{other} describes it otherwise; kept this project's description, theirs is in "
                "a memo on the case titled '{title}'",
                other=where,
                title=title,
            ),
        )


def _merge_values(state: MergeState) -> None:
    tx = state.tx
    own = {(row.case_id, row.variable_id): row for row in cases.value_rows(tx.conn)}
    names = {row.id: row.name for row in state.other.variables}
    case_names = {row.id: row.name for row in cases.rows(tx.conn)}
    new: list[NewCaseValue] = []
    for value in state.other.findings.case_values:
        variable_id = state.variables.get(value.variable_id)
        if variable_id is None:  # its types differ: reported with the variables
            continue
        case_id = state.cases[value.case_id]
        mine = own.get((case_id, variable_id))
        if mine is None:
            new.append(NewCaseValue(case_id, variable_id, value.value))
        elif mine.value != value.value:
            name = case_names.get(case_id, "?")
            state.report.conflict(
                "attribute",
                Message("case {name}", name=name),
                Message(
                    "'{variable}' is {ours} here but {theirs} in {other}; kept {ours}",
                    variable=names.get(value.variable_id, "?"),
                    ours=repr(mine.value),
                    theirs=repr(value.value),
                    other=state.other.name,
                ),
            )
    cases.insert_values(tx.changes, new)
    state.report.case_values_added = len(new)


def _merge_members(state: MergeState) -> None:
    tx = state.tx
    present = {(m.case_id, m.member) for m in cases.members(tx.conn)}
    added = 0
    for member in state.other.findings.members:
        case_id = state.cases[member.case_id]
        theirs = member.member
        if theirs.coding_id is not None:
            coding_id = state.codings.get(theirs.coding_id)
            if coding_id is None:
                continue
            mapped = Member(coding_id=coding_id)
        else:
            document_id = None
            if theirs.document_id is not None:
                document_id = state.documents[theirs.document_id].document_id
            mapped = Member(document_id, theirs.speaker, None)
        if (case_id, mapped) in present:
            continue
        present.add((case_id, mapped))
        cases.insert_members(tx.changes, case_id, [mapped])
        added += 1
    state.report.case_members_added = added


def merge_framework(state: MergeState) -> None:
    """Framework cells by case and code: a summary the project lacks is taken
    over, a different one goes to a memo on the case; quotes are joined."""
    tx = state.tx
    own = {(row.case_id, row.code_id): row for row in framework.rows(tx.conn)}
    uuids = {row.uuid for row in own.values()}
    codebook = Codebook(codes.codes(tx.conn))
    case_names = {row.id: row.name for row in cases.rows(tx.conn)}
    cell_ids: dict[int, int] = {}
    added = 0
    for row in state.other.findings.cells:
        key = (state.cases[row.case_id], state.codes[row.code_id])
        coder_id = None if row.coder_id is None else state.coders[row.coder_id]
        mine = own.get(key)
        if mine is None:
            cell_id = state.new_id(framework.next_id)
            uuid = row.uuid if row.uuid not in uuids else None
            cell = NewCell(*key, row.summary, coder_id, row.modified_at, uuid, cell_id)
            framework.insert(tx.changes, [cell])
            own[key] = CellRow(cell_id, uuid or "", *key, row.summary, coder_id, row.modified_at)
            cell_ids[row.id] = cell_id
            added += 1
            continue
        cell_ids[row.id] = mine.id
        if row.summary and not mine.summary:
            framework.update(
                tx.changes,
                mine.id,
                summary=row.summary,
                coder_id=coder_id,
                modified_at=row.modified_at,
            )
        elif row.summary and row.summary != mine.summary:
            code = codebook.path(key[1])
            title = f"Summary on “{code}” in {state.other.name}"
            state.extra_memos.append(("case", key[0], title, row.summary))
            state.report.conflict(
                "framework",
                f"{case_names.get(key[0], '?')} × {code}",
                Message(
                    "{other} summarises it otherwise; kept this project's summary, "
                    "theirs is in a memo on the case titled '{title}'",
                    other=state.other.name,
                    title=title,
                ),
            )
    state.report.framework_cells_added = added
    quoted = {(q.cell_id, q.coding_id) for q in framework.quote_rows(tx.conn)}
    new: list[tuple[int, int]] = []
    for quote in state.other.findings.quotes:
        coding_id = state.codings.get(quote.coding_id)
        pair = (cell_ids[quote.cell_id], coding_id or 0)
        if coding_id is None or pair in quoted:
            continue
        quoted.add(pair)
        new.append(pair)
    framework.insert_quotes(tx.changes, new)
    state.report.quotes_added = len(new)
