"""Commands that code text and write memos."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from qcode.core import references
from qcode.core.code_edits import ensure_path
from qcode.core.commands import Command, Transaction
from qcode.core.names import check_name, check_text
from qcode.errors import QcodeError, message_of
from qcode.messages import Message
from qcode.model import Codebook, Coding, CodingOrigin, Memo
from qcode.store import (
    cases,
    coders,
    codes,
    coding_provenance,
    codings,
    documents,
    memos,
    suggestions,
)
from qcode.store.coding_provenance import ProvenanceRow
from qcode.store.codings import CodingRow
from qcode.store.memos import TARGETS, NewMemo
from qcode.store.suggestions import NewRejection


@dataclass(frozen=True)
class NewCoding:
    """A coding to add: ``text[start:end]`` of a document gets a code.

    ``code`` is a code id or a path.  The coder is ``coder_id``, else the
    coder named ``coder_name`` (added to the project, as part of the same
    undoable edit, when new), else the current coder.  ``expected_text``,
    when given, must equal the text at the span: a guard against offsets
    counted some other way (bytes, UTF-16).  ``origin`` says how the coding
    was made when not by hand (an accepted suggestion...); it is kept with
    the coding, in the same undoable edit.
    """

    document_id: int
    code: int | str
    start: int
    end: int
    coder_id: int | None = None
    memo: str | None = None
    expected_text: str | None = None
    label: str = ""  # how to name this coding in an error ("coding 3")
    coder_name: str | None = None
    origin: CodingOrigin | None = None


@dataclass
class AddedCodings:
    ids: list[int] = field(default_factory=list)
    uuids: list[str] = field(default_factory=list)
    skipped_duplicates: int = 0


@dataclass
class AddCodings(Command[AddedCodings]):
    """Apply codes to spans; all of them or, on any error, none."""

    kind: ClassVar[str] = "add_codings"
    codings: Sequence[NewCoding]
    create_codes: bool = False
    describe: Callable[[], Message] | None = None

    @property
    def label(self) -> Message:
        if self.describe is not None:
            return self.describe()
        if len(self.codings) == 1 and isinstance(self.codings[0].code, str):
            return Message("apply '{code}'", code=self.codings[0].code.split("/")[-1])
        return Message("add {count} codings", count=len(self.codings))

    def do(self, tx: Transaction) -> AddedCodings:
        result = AddedCodings()
        lengths = documents.lengths(tx.conn, {c.document_id for c in self.codings})
        for new in self.codings:
            where = Message("{label}: ", label=new.label) if new.label else ""
            for what, value in (
                (Message("the memo"), new.memo),
                (Message("the expected text"), new.expected_text),
            ):
                if value is not None:
                    check_text(value, Message("{where}{what}", where=where, what=what))
        code_ids = self._resolve_codes(tx)
        coder_ids = self._resolve_coders(tx)
        codebook = Codebook(codes.codes(tx.conn))
        existing = codings.keys_in_documents(tx.conn, {c.document_id for c in self.codings})
        rows: list[CodingRow] = []
        memo_rows: list[NewMemo] = []
        origin_rows: list[ProvenanceRow] = []
        next_id = codings.next_id(tx.changes)
        texts: dict[int, str] = {}
        for new, code_id in zip(self.codings, code_ids, strict=True):
            where = Message("{label}: ", label=new.label) if new.label else ""
            length = lengths.get(new.document_id)
            if length is None:
                raise QcodeError(Message("{where}the document no longer exists", where=where))
            if not (isinstance(new.start, int) and isinstance(new.end, int)):
                raise QcodeError(Message("{where}start and end must be whole numbers", where=where))
            if not 0 <= new.start < new.end <= length:
                raise QcodeError(
                    Message(
                        "{where}span {start}–{end} is not inside the document (0–{length}, "
                        "start before end)",
                        where=where,
                        start=new.start,
                        end=new.end,
                        length=length,
                    )
                )
            code = codebook.codes[code_id]
            if not code.codable:
                raise QcodeError(
                    Message(
                        "{where}'{code}' is a grouping code only",
                        where=where,
                        code=codebook.path(code_id),
                    )
                )
            if new.expected_text is not None:
                text = texts.get(new.document_id)
                if text is None:
                    text = texts[new.document_id] = documents.text(tx.conn, new.document_id)
                actual = text[new.start : new.end]
                if actual != new.expected_text:
                    raise QcodeError(
                        Message(
                            "{where}the text at {start}–{end} is {actual!r}, not {expected!r} "
                            "(offsets must count code points)",
                            where=where,
                            start=new.start,
                            end=new.end,
                            actual=_short(actual),
                            expected=_short(new.expected_text),
                        )
                    )
            coder_id = new.coder_id
            if coder_id is None:
                coder_id = tx.coder.id if new.coder_name is None else coder_ids[new.coder_name]
            key = (new.document_id, code_id, new.start, new.end, coder_id)
            if key in existing:
                result.skipped_duplicates += 1
                continue
            existing.add(key)
            coding_id = next_id
            next_id += 1
            coding_uuid = str(uuidlib.uuid4())
            rows.append(
                CodingRow(
                    id=coding_id,
                    uuid=coding_uuid,
                    document_id=new.document_id,
                    code_id=code_id,
                    start=new.start,
                    end=new.end,
                    coder_id=coder_id,
                    created_at=tx.now,
                )
            )
            result.ids.append(coding_id)
            result.uuids.append(coding_uuid)
            if new.memo:
                memo_rows.append(_new_memo(tx, new.memo, "coding", coding_id, coder_id=coder_id))
            if new.origin is not None:
                origin_rows.append(_provenance(new.origin, coding_id, tx.now, where))
        codings.insert(tx.changes, rows)
        memos.insert(tx.changes, memo_rows)
        coding_provenance.record(tx.changes, origin_rows)
        return result

    def _resolve_codes(self, tx: Transaction) -> list[int]:
        by_path: dict[str, int] = {}
        ids: list[int] = []
        codebook = Codebook(codes.codes(tx.conn))
        for new in self.codings:
            if isinstance(new.code, int):
                if new.code not in codebook:
                    raise QcodeError(
                        Message(
                            "{label}: the code no longer exists",
                            label=new.label or Message("coding"),
                        )
                    )
                ids.append(new.code)
                continue
            code_id = by_path.get(new.code)
            if code_id is None:
                try:
                    code_id = ensure_path(tx, new.code, create=self.create_codes)
                except QcodeError as error:
                    if not new.label:
                        raise
                    raise QcodeError(
                        Message("{label}: {problem}", label=new.label, problem=message_of(error))
                    ) from None
                by_path[new.code] = code_id
            ids.append(code_id)
        return ids

    def _resolve_coders(self, tx: Transaction) -> dict[str, int]:
        """Ids of the coders named by the codings; a new coder is inserted
        through ``tx``, so undoing the edit removes them again."""
        ids: dict[str, int] = {}
        for new in self.codings:
            if new.coder_id is not None or new.coder_name is None or new.coder_name in ids:
                continue
            try:
                name = check_name(new.coder_name, "coder")
            except QcodeError as error:
                if not new.label:
                    raise
                raise QcodeError(
                    Message("{label}: {problem}", label=new.label, problem=message_of(error))
                ) from None
            found = coders.by_name(tx.conn, name)
            if found is not None:
                ids[new.coder_name] = found.id
                continue
            ids[new.coder_name] = coders.insert(tx.changes, name, tx.now)
        return ids


def _provenance(origin: CodingOrigin, coding_id: int, now: str, where: str) -> ProvenanceRow:
    confidence = origin.confidence
    if not origin.source or (confidence is not None and not 0 <= confidence <= 1):
        raise QcodeError(
            Message(
                "{where}the coding's origin is not valid (it needs a source, and a "
                "confidence from 0 to 1 if any)",
                where=where,
            )
        )
    for text in (origin.source, origin.model_version, origin.reason):
        if text is not None:
            check_text(text, Message("{where}the coding's origin", where=where))
    return ProvenanceRow(
        coding_id, origin.source, origin.model_version, confidence, origin.reason, now
    )


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _new_memo(
    tx: Transaction,
    text: str,
    target: str,
    target_id: int | None,
    *,
    coder_id: int | None = None,
    title: str = "",
) -> NewMemo:
    return NewMemo(
        target=target,
        target_id=target_id,
        title=title,
        text=text,
        coder_id=coder_id if coder_id is not None else tx.coder.id,
        created_at=tx.now,
        modified_at=tx.now,
    )


@dataclass
class RemoveCodings(Command[None]):
    """Remove codings (and their memos)."""

    kind: ClassVar[str] = "remove_codings"
    codings: Sequence[Coding]
    code_name: str = ""

    @property
    def label(self) -> Message:
        if self.code_name:
            return Message("remove '{code}'", code=self.code_name)
        if len(self.codings) == 1:
            return Message("remove coding")
        return Message("remove {count} codings", count=len(self.codings))

    def do(self, tx: Transaction) -> None:
        ids = [coding.id for coding in self.codings]
        if len(codings.codings(tx.conn, ids=ids)) != len(set(ids)):
            raise QcodeError(Message("some of these codings no longer exist"))
        memos.delete(tx.changes, memos.ids_on_codings(tx.conn, ids))
        references.forget_codings(tx, ids)
        codings.delete(tx.changes, ids)


@dataclass
class RejectSuggestion(Command[None]):
    """Remember that a suggested passage is not to be coded with a code."""

    kind: ClassVar[str] = "reject_suggestion"
    document_id: int
    code_id: int
    start: int
    end: int
    code_name: str = ""

    @property
    def label(self) -> Message:
        if self.code_name:
            return Message("reject suggestion '{code}'", code=self.code_name)
        return Message("reject suggestion")

    def do(self, tx: Transaction) -> None:
        lengths = documents.lengths(tx.conn, [self.document_id])
        if self.document_id not in lengths:
            raise QcodeError(Message("the document no longer exists"))
        if self.code_id not in Codebook(codes.codes(tx.conn)):
            raise QcodeError(Message("the code no longer exists"))
        if not 0 <= self.start < self.end <= lengths[self.document_id]:
            raise QcodeError(
                Message(
                    "span {start}–{end} is not inside the document", start=self.start, end=self.end
                )
            )
        rejection = NewRejection(
            uuid=str(uuidlib.uuid4()),
            document_id=self.document_id,
            code_id=self.code_id,
            start=self.start,
            end=self.end,
            coder_id=tx.coder.id,
            created_at=tx.now,
        )
        suggestions.insert_rejections(tx.changes, [rejection])


MEMO_TARGETS = TARGETS


def _memo_target(target: str) -> Message:
    """What a memo is on, as the log names it ("add memo on coding")."""
    if target == "document":
        return Message("document")
    if target == "code":
        return Message("code")
    return Message("coding") if target == "coding" else Message("case")


@dataclass
class AddMemo(Command[int]):
    """Write a memo on the project, a document, a code, a coding or a case."""

    kind: ClassVar[str] = "add_memo"
    target: str  # one of MEMO_TARGETS
    target_id: int | None
    text: str
    title: str = ""
    target_name: str = ""

    @property
    def label(self) -> Message:
        target = self.target
        if target == "project":
            return Message("add project memo")
        if not self.target_name:
            return Message("add memo on {target}", target=_memo_target(target))
        return Message(
            "add memo on {target} '{name}'", target=_memo_target(target), name=self.target_name
        )

    def do(self, tx: Transaction) -> int:
        if self.target not in MEMO_TARGETS:
            raise ValueError(self.target)
        if not self.text.strip():
            raise QcodeError(Message("the memo is empty"))
        check_text(self.text, Message("the memo"))
        check_text(self.title, Message("the memo's title"))
        if self.target != "project":
            _check_target_exists(tx, self.target, self.target_id)
        target_id = None if self.target == "project" else self.target_id
        memo = _new_memo(tx, self.text, self.target, target_id, title=self.title)
        return memos.insert(tx.changes, [memo])[0]


def _check_target_exists(tx: Transaction, target: str, target_id: int | None) -> None:
    if target_id is None:
        raise QcodeError(Message("which {target} is the memo on?", target=_memo_target(target)))
    if target == "document":
        found = bool(documents.lengths(tx.conn, [target_id]))
    elif target == "code":
        found = target_id in Codebook(codes.codes(tx.conn))
    elif target == "case":
        found = bool(cases.cases(tx.conn, [target_id]))
    else:
        found = bool(codings.codings(tx.conn, ids=[target_id]))
    if not found:
        raise QcodeError(Message("the {target} no longer exists", target=_memo_target(target)))


@dataclass
class EditMemo(Command[None]):
    kind: ClassVar[str] = "edit_memo"
    memo: Memo
    text: str
    title: str | None = None

    @property
    def label(self) -> Message:
        return Message("edit memo")

    def do(self, tx: Transaction) -> None:
        if not self.text.strip():
            raise QcodeError(Message("the memo is empty (delete it instead)"))
        check_text(self.text, Message("the memo"))
        if self.title is not None:
            check_text(self.title, Message("the memo's title"))
        memos.update(tx.changes, self.memo.id, text=self.text, modified_at=tx.now, title=self.title)


@dataclass
class DeleteMemo(Command[None]):
    kind: ClassVar[str] = "delete_memo"
    memo: Memo

    @property
    def label(self) -> Message:
        return Message("delete memo")

    def do(self, tx: Transaction) -> None:
        memos.delete(tx.changes, [self.memo.id])
