"""Merge steps for codings, memos (on cases too) and rejected suggestions.

Codings keep their UUID, coder and time, and how they were made (an
accepted suggestion...); one made by hand there is ``merge`` here, one the
other project did not know how it was made stays ``unknown`` (see
:func:`merged_origin`).  One the project already has (same UUID, or the
same code, span and coder) is skipped, so merging a file twice adds
nothing.  Memos follow what they are on; a memo whose target already
has a memo of the same text is skipped for the same reason.
"""

from __future__ import annotations

import uuid as uuidlib
from collections import defaultdict

from qcode.core.merge.documents import DocumentMerge
from qcode.core.merge.plan import MergeState, Placement
from qcode.messages import Message
from qcode.model import Codebook, Coding
from qcode.store import codes, coding_provenance, codings, documents, memos, suggestions
from qcode.store.coding_provenance import ProvenanceRow
from qcode.store.codings import CodingKey, CodingRow
from qcode.store.memos import NewMemo, target_of
from qcode.store.schema_provenance import UNKNOWN_THROUGH_KEY
from qcode.store.suggestions import NewRejection, Rejection

Key = CodingKey  # document, code, start, end, coder


class CodingMerge:
    def __init__(self, state: MergeState, documents: DocumentMerge) -> None:
        self.state = state
        self.documents = documents
        own = codings.rows(state.tx.conn)
        self.by_uuid = {coding.uuid: coding for coding in own}
        self.keys: dict[Key, int] = {_key(coding): coding.id for coding in own}
        self.codebook = Codebook(codes.codes(state.tx.conn))
        self._texts: dict[tuple[str, int], str] = {}

    def run(self) -> None:
        state = self.state
        report = state.report
        rows: list[CodingRow] = []
        added: dict[int, int] = {}  # their coding id -> the new coding's id here
        for row in state.other.codings:
            placement = state.documents[row.document_id]
            code_id = state.codes[row.code_id]
            coder_id = state.coders[row.coder_id]
            start, end = row.start, row.end
            span: tuple[int, int] | None = (start, end)
            if placement.reanchor is not None:
                span = placement.reanchor.span(start, end)
            existing = self.by_uuid.get(row.uuid)
            if existing is not None:
                state.codings[row.id] = existing.id
                report.codings_skipped_duplicate += 1
                if span is not None:
                    self._compare(existing, (placement.document_id, code_id, *span, coder_id))
                continue
            document_id = placement.document_id
            if span is None:
                document_id = self.documents.copy_for(placement)
                placement.unplaced.append(row)
                span = (start, end)
            key = (document_id, code_id, span[0], span[1], coder_id)
            if key in self.keys:
                state.codings[row.id] = self.keys[key]
                report.codings_skipped_duplicate += 1
                continue
            coding_id = self.keys[key] = state.codings[row.id] = state.new_id(codings.next_id)
            added[row.id] = coding_id
            rows.append(
                CodingRow(
                    id=coding_id,
                    uuid=row.uuid,
                    document_id=document_id,
                    code_id=code_id,
                    start=span[0],
                    end=span[1],
                    coder_id=coder_id,
                    created_at=row.created_at,
                )
            )
            if document_id == placement.copy_id:
                report.codings_on_copies += 1
            elif placement.reanchor is not None:
                self._note_moved(placement, row, key)
        codings.insert(state.tx.changes, rows)
        report.codings_added = len(rows)
        self._record_merged(added)

    def _record_merged(self, added: dict[int, int]) -> None:
        """How the codings this merge added were made, for those the other
        project has no record of (the others' records are carried by
        :func:`merge_provenance`)."""
        state = self.state
        recorded = {row.coding_id for row in state.other.findings.provenance}
        before = int(state.other.info.get(UNKNOWN_THROUGH_KEY, "0"))
        new = []
        for theirs, mine in added.items():
            if theirs not in recorded:
                source, reason = merged_origin(theirs <= before, state.other.name)
                new.append(ProvenanceRow(mine, source, None, None, reason, state.tx.now))
        coding_provenance.record(state.tx.changes, new)

    def _compare(self, existing: Coding, key: Key) -> None:
        """A coding the project already has by UUID: say so if it was changed.

        The same coding on another document is not a change: after a first
        merge put it on a re-anchored text, a second merge may see it on a
        copy of the other's document."""
        document, code, start, end, coder = key
        if (existing.code_id, existing.coder_id) == (code, coder) and (
            existing.document_id != document or (existing.start, existing.end) == (start, end)
        ):
            return
        state = self.state
        self.state.report.conflict(
            "coding",
            f"{state.document_names.get(existing.document_id, '?')}: "
            f"{self.codebook.path(existing.code_id)} "
            f"{existing.start}–{existing.end}",
            Message(
                "the same coding ({uuid}) is {code} at {start}–{end} by "
                "{coder} in {other}; kept this project's",
                uuid=existing.uuid,
                code=self.codebook.path(code),
                start=start,
                end=end,
                coder=state.coder_names.get(coder, "?"),
                other=state.other.name,
            ),
        )

    def _note_moved(self, placement: Placement, row: Coding, key: Key) -> None:
        """List a re-anchored coding whose covered text changed."""
        old_text = self._text("other", placement.other_id)[row.start : row.end]
        text = self._text("own", placement.document_id)[key[2] : key[3]]
        if old_text == text:
            return
        self.state.report.codings_reanchored.append(
            {
                "document": self.state.document_names[placement.document_id],
                "code": self.codebook.path(key[1]),
                "coder": self.state.coder_names.get(key[4], "?"),
                "old_start": row.start,
                "old_end": row.end,
                "start": key[2],
                "end": key[3],
                "old_text": old_text,
                "text": text,
            }
        )

    def _text(self, side: str, document_id: int) -> str:
        text = self._texts.get((side, document_id))
        if text is None:
            if side == "other":
                text = self.state.other.text(document_id)
            else:
                text = documents.text(self.state.tx.conn, document_id)
            self._texts[(side, document_id)] = text
        return text


def merge_provenance(state: MergeState) -> None:
    """Carry how each coding was made onto the same coding (by UUID) here,
    unless it already says.  A coding matched by code, span and coder is
    another coding, made here its own way, and keeps that."""
    tx = state.tx
    theirs = {row.id: row.uuid for row in state.other.codings}
    targets = {
        row.coding_id: state.codings.get(row.coding_id) for row in state.other.findings.provenance
    }
    mine = {
        coding.id: coding.uuid
        for coding in codings.codings(tx.conn, ids=[i for i in targets.values() if i is not None])
    }
    known = set(coding_provenance.recorded_of(tx.conn, mine))
    carried = []
    for row in state.other.findings.provenance:
        coding_id = targets[row.coding_id]
        if (
            coding_id is None
            or coding_id in known
            or mine.get(coding_id) != theirs.get(row.coding_id)
        ):
            continue
        known.add(coding_id)
        carried.append(row._replace(coding_id=coding_id))
    coding_provenance.record(tx.changes, carried)


def merged_origin(made_before_records: bool, project_name: str) -> tuple[str, str]:
    """(source, reason) of a merged coding the other project kept no record
    of: ``merge`` when it was made by hand there (a coding made by hand *here*
    is the researcher's own; a colleague's arrives by merge, and its coder
    says whose), ``unknown`` when it was made there before qcode kept how
    codings are made (a merge does not make it known)."""
    if made_before_records:
        return "unknown", f"merged from {project_name}, made there before qcode kept how"
    return "merge", f"merged from {project_name}, made there by hand"


def _key(row: Coding | Rejection) -> Key:
    return (row.document_id, row.code_id, row.start, row.end, row.coder_id)


def merge_memos(state: MergeState) -> None:
    tx = state.tx
    own = memos.rows(tx.conn)
    by_uuid = {memo.uuid: memo for memo in own}
    texts: dict[tuple[str, int | None], set[str]] = defaultdict(set)
    for memo in own:
        texts[target_of(memo)].add(memo.text)
    rows: list[NewMemo] = []
    title = f"Description in {state.other.name}"
    for code_id, description in state.code_descriptions:
        if description not in texts[("code", code_id)]:
            texts[("code", code_id)].add(description)
            rows.append(_new_memo(state, ("code", code_id), description, title))
    for extra_kind, extra_id, extra_title, text in state.extra_memos:
        if text not in texts[(extra_kind, extra_id)]:
            texts[(extra_kind, extra_id)].add(text)
            rows.append(_new_memo(state, (extra_kind, extra_id), text, extra_title))
    mapped = {
        "document": {other: placement.document_id for other, placement in state.documents.items()},
        "code": state.codes,
        "coding": state.codings,
        "case": state.cases,
    }
    for row in state.other.memos:
        kind, other_id = target_of(row)
        target_id = None if other_id is None else mapped[kind].get(other_id)
        if other_id is not None and target_id is None:
            continue  # on something the merge did not bring over (cannot happen)
        target = (kind, target_id)
        if row.text in texts[target]:
            continue
        mine = by_uuid.get(row.uuid)
        if mine is not None and mine.text == row.text:
            continue
        texts[target].add(row.text)
        new = NewMemo(
            target=kind,
            target_id=target_id,
            title=row.title,
            text=row.text,
            coder_id=None if row.coder_id is None else state.coders[row.coder_id],
            created_at=row.created_at,
            modified_at=row.modified_at,
            uuid=row.uuid,
        )
        if mine is not None:
            new = new._replace(uuid=str(uuidlib.uuid4()), title=(row.title + state.suffix).strip())
            state.report.conflict(
                "memo",
                mine.title or _start(mine.text),
                Message(
                    "{other} holds another text of this memo; both were kept, theirs "
                    "titled '{title}'",
                    other=state.other.name,
                    title=new.title,
                ),
            )
        rows.append(new)
    memos.insert(tx.changes, rows)
    state.report.memos_added = len(rows)


def _new_memo(state: MergeState, target: tuple[str, int], text: str, title: str) -> NewMemo:
    kind, target_id = target
    return NewMemo(
        target=kind,
        target_id=target_id,
        title=title,
        text=text,
        coder_id=state.tx.coder.id,
        created_at=state.tx.now,
        modified_at=state.tx.now,
    )


def _start(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def merge_rejections(state: MergeState) -> None:
    """Rejected suggestions: a coder's "not this code here" is kept too."""
    own = suggestions.rejection_rows(state.tx.conn)
    uuids = {row.uuid for row in own}
    keys = {_key(row)[:4] for row in own}
    rows: list[NewRejection] = []
    for row in state.other.rejections:
        if row.uuid in uuids:
            continue
        placement = state.documents[row.document_id]
        document_id = placement.document_id
        span = (row.start, row.end)
        if placement.reanchor is not None:
            moved = placement.reanchor.span(*span)
            if moved is not None:
                span = moved
            elif placement.copy_id is not None:
                document_id = placement.copy_id
            else:
                continue  # its text is not in this project: nothing to reject
        key = (document_id, state.codes[row.code_id], *span)
        if key in keys:
            continue
        keys.add(key)
        rows.append(
            NewRejection(
                uuid=row.uuid,
                document_id=document_id,
                code_id=key[1],
                start=span[0],
                end=span[1],
                coder_id=state.coders[row.coder_id],
                created_at=row.created_at,
            )
        )
    suggestions.insert_rejections(state.tx.changes, rows)
    state.report.rejections_added = len(rows)
