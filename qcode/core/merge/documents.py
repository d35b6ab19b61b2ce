"""Merge step for documents, their texts, speaker turns and attribute values.

A document of the other project is the project's document when their UUIDs
and texts agree, or when only their texts agree.  When the UUID or the name
agrees but the text differs, the other's codings are re-anchored onto the
project's text (:mod:`qcode.core.merge.reanchor`); codings that cannot be placed
there go to a copy of the other's document, made only when needed.  Anything
else is a new document, added with its UUID.
"""

from __future__ import annotations

import uuid as uuidlib
from collections import defaultdict

from qcode.core.merge.participants import carry_document
from qcode.core.merge.plan import MergeState, Placement
from qcode.core.merge.reanchor import Reanchor
from qcode.messages import Message
from qcode.store import attributes, documents, speakers
from qcode.store.attributes import NewValue, ValueRow
from qcode.store.documents import DocumentRow, NewDocument
from qcode.store.speakers import TurnRow

# Below this share of unchanged text, two documents of one name are taken to
# be different documents, not two versions of one.
SAME_DOCUMENT = 0.5


class DocumentMerge:
    """Matches the other's documents and adds what is missing."""

    def __init__(self, state: MergeState) -> None:
        self.state = state
        tx = state.tx
        own = documents.rows(tx.conn)
        state.document_names = {row.id: row.name for row in own}
        state.document_uuids = {row.uuid for row in own}
        self.by_uuid = {row.uuid: row for row in own}
        self.by_sha = {row.sha256: row for row in own}
        self.by_name = {row.name: row for row in own}
        self.position = documents.max_position(tx.conn)
        self.own_values: dict[tuple[int, int], ValueRow] = {
            (row.document_id, row.variable_id): row for row in attributes.value_rows(tx.conn)
        }
        self.values: dict[int, list[ValueRow]] = defaultdict(list)
        for value in state.other.values:
            self.values[value.document_id].append(value)
        self.turns: dict[int, list[TurnRow]] = defaultdict(list)
        for turn in state.other.turns:
            self.turns[turn.document_id].append(turn)
        self.variable_names = {row.id: row.name for row in state.other.variables}
        self.other_documents = {row.id: row for row in state.other.documents}

    def run(self) -> None:
        state = self.state
        in_order = sorted(self.other_documents.values(), key=lambda r: (r.position, r.id))
        claimed: set[int] = set()
        later: list[DocumentRow] = []
        for row in in_order:  # first the same texts, so a name never claims them
            mine = self.by_uuid.get(row.uuid)
            if mine is None or mine.sha256 != row.sha256:
                mine = self.by_sha.get(row.sha256)
            if mine is None or mine.id in claimed:
                later.append(row)
                continue
            claimed.add(mine.id)
            state.documents[row.id] = Placement(mine.id, row.id)
            state.report.documents_matched += 1
            if mine.name != row.name:
                state.report.conflict(
                    "document",
                    mine.name,
                    Message(
                        "called '{theirs}' in {other}; kept the name '{ours}'",
                        theirs=row.name,
                        other=state.other.name,
                        ours=mine.name,
                    ),
                )
            self._merge_values(row.id, mine.id)
        for row in later:
            mine = self.by_uuid.get(row.uuid) or self.by_name.get(row.name)
            if mine is not None and mine.id not in claimed:
                claimed.add(mine.id)
                self._reanchor(row, mine)
            else:
                self._add_new(row)

    def _reanchor(self, row: DocumentRow, mine: DocumentRow) -> None:
        state = self.state
        other_text = state.other.text(row.id)
        own_text = documents.text(state.tx.conn, mine.id)
        reanchor = Reanchor(other_text, own_text)
        if reanchor.similarity < SAME_DOCUMENT:
            copy_id = self.copy_for(Placement(mine.id, row.id))
            state.documents[row.id] = Placement(copy_id, row.id)
            state.report.conflict(
                "document",
                mine.name,
                Message(
                    "{other} has a document of this name with another text "
                    "({percent}% alike); it was added as '{copy}' with its codings",
                    other=state.other.name,
                    percent=round(100 * reanchor.similarity),
                    copy=state.document_names[copy_id],
                ),
            )
            return
        state.documents[row.id] = Placement(mine.id, row.id, reanchor=reanchor)
        state.report.documents_matched += 1
        self._merge_values(row.id, mine.id)

    def _add_new(self, row: DocumentRow) -> None:
        state = self.state
        name = state.unique_document_name(row.name)
        uuid = row.uuid if row.uuid not in state.document_uuids else str(uuidlib.uuid4())
        document_id = self.add_document(row, name, uuid)
        state.documents[row.id] = Placement(document_id, row.id)
        if name != row.name:
            state.report.conflict(
                "document",
                row.name,
                Message("the name is taken by another document here; added as '{name}'", name=name),
            )

    def _merge_values(self, other_id: int, document_id: int) -> None:
        """The project's attribute values win; missing ones are taken over."""
        state = self.state
        rows: list[NewValue] = []
        for value in self.values[other_id]:
            variable_id = state.variables.get(value.variable_id)
            if variable_id is None:
                continue
            mine = self.own_values.get((document_id, variable_id))
            if mine is None:
                rows.append(NewValue(document_id, variable_id, value.value))
            elif mine.value != value.value:
                variable = self.variable_names[value.variable_id]
                state.report.conflict(
                    "attribute",
                    state.document_names[document_id],
                    Message(
                        "'{variable}' is {ours} here but {theirs} in {other}; kept {ours}",
                        variable=variable,
                        ours=repr(mine.value),
                        theirs=repr(value.value),
                        other=state.other.name,
                    ),
                )
        attributes.insert_values(state.tx.changes, rows)
        state.report.values_added += len(rows)

    def add_document(self, row: DocumentRow, name: str, uuid: str) -> int:
        """Add the other's document ``row`` with its text, speaker turns and
        attribute values; returns its id."""
        state = self.state
        tx = state.tx
        self.position += 1
        document_id = state.new_id(documents.next_id)
        new = NewDocument(
            id=document_id,
            uuid=uuid,
            name=name,
            length=row.length,
            sha256=row.sha256,
            source_name=row.source_name,
            importer=row.importer,
            imported_at=row.imported_at,
            position=self.position,
            speakers=row.speakers,
        )
        documents.insert(tx.changes, [new])
        text = state.other.text(row.id)
        documents.insert_text(tx.changes, document_id, text)
        speakers.insert(tx.changes, document_id, [turn.turn for turn in self.turns[row.id]])
        carry_document(state, row.id, document_id, text)
        values = [
            NewValue(document_id, state.variables[value.variable_id], value.value)
            for value in self.values[row.id]
            if value.variable_id in state.variables
        ]
        attributes.insert_values(tx.changes, values)
        state.report.values_added += len(values)
        state.report.documents_added += 1
        state.document_names[document_id] = name
        state.document_uuids.add(uuid)
        return document_id

    def copy_for(self, placement: Placement) -> int:
        """The copy of the other's document that keeps codings whose text is
        not in the project's version; made the first time it is needed."""
        if placement.copy_id is None:
            state = self.state
            row = self.other_documents[placement.other_id]
            uuid = row.uuid if row.uuid not in state.document_uuids else str(uuidlib.uuid4())
            name = state.unique_document_name(row.name + state.suffix)
            placement.copy_id = self.add_document(row, name, uuid)
        return placement.copy_id

    def report_reanchored(self) -> None:
        """One conflict per document whose text differed: how its codings fared."""
        state = self.state
        for placement in state.documents.values():
            if placement.reanchor is None:
                continue
            name = state.document_names[placement.document_id]
            changed = sum(
                1 for entry in state.report.codings_reanchored if entry["document"] == name
            )
            detail = Message(
                "the text differs from the one in {other}; its codings were "
                "re-anchored onto this project's text ({changed} now cover changed text)",
                other=state.other.name,
                changed=changed,
            )
            if placement.unplaced:
                copy = state.document_names[placement.copy_id or placement.document_id]
                spans = [f"{coding.start}–{coding.end}" for coding in placement.unplaced]
                shown: str = ", ".join(spans[:5])
                if len(spans) > 5:
                    shown = Message("{spans} and {more} more", spans=shown, more=len(spans) - 5)
                detail = Message(
                    "{detail}; {count} coding(s) on text that is not here ({spans} in "
                    "{other}) were kept on '{copy}'",
                    detail=detail,
                    count=len(spans),
                    spans=shown,
                    other=state.other.name,
                    copy=copy,
                )
            state.report.conflict("document", name, detail)
