"""Commands on documents: add (import), rename, delete, set attributes."""

from __future__ import annotations

import hashlib
import uuid as uuidlib
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from qcode.core import attributes, media, references
from qcode.core.commands import Command, Transaction
from qcode.core.names import check_name, clean_name, unique_name
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument, file_name_text
from qcode.io.documents import read_document
from qcode.messages import Message
from qcode.model import AttributeValue, Document, SpeakerTurn
from qcode.store import attributes as stored_attributes
from qcode.store import codings, documents, memos, originals, speakers, suggestions, text_versions
from qcode.store.documents import NewDocument
from qcode.store.originals import NewOriginal
from qcode.store.text_versions import NewVersion

LANGUAGE = "language"  # the attribute that picks a document's text pipelines


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _quoted_names(names: Sequence[str]) -> str:
    shown = ", ".join(f"'{name}'" for name in names[:3])
    if len(names) <= 3:
        return shown
    return Message("{names} and {more} more", names=shown, more=len(names) - 3)


@dataclass
class AddDocuments(Command[list[int]]):
    """Add imported documents, with attributes for all of them."""

    kind: ClassVar[str] = "add_documents"
    documents: Sequence[ImportedDocument | Path]  # a Path is read while importing
    attributes: Mapping[str, AttributeValue] = field(default_factory=dict)
    # Called before each document with (index, count, name); returning False
    # cancels the whole import, which then changes nothing.
    progress: Callable[[int, int, str], bool] | None = None
    # Filled while importing: what reading each file changed or guessed,
    # one line each, "file name: problem" (see ImportedDocument.warnings).
    warnings: list[str] = field(default_factory=list, init=False)
    # Guess each document's language from its text (qcode.io.language) when
    # ``attributes`` does not name one: what a researcher's import does.
    detect_language: bool = False

    @property
    def label(self) -> Message:
        if len(self.documents) == 1:
            only = self.documents[0]
            name = file_name_text(only.stem) if isinstance(only, Path) else only.name
            return Message("import '{document}'", document=name)
        return Message("import {count} documents", count=len(self.documents))

    def do(self, tx: Transaction) -> list[int]:
        if not self.documents:
            raise QcodeError(Message("no documents to import"))
        self.warnings = []
        ids: list[int] = []
        with _Originals(tx, originals.keep_originals(tx.conn)) as kept:
            taken = {doc.name for doc in documents.documents(tx.conn)}
            seen_hashes: dict[str, str] = {}
            position = documents.max_position(tx.conn)
            for index, source in enumerate(self.documents):
                if self.progress is not None:
                    name = source.name if isinstance(source, Path) else source.source_name
                    if not self.progress(index, len(self.documents), name):
                        raise QcodeError(Message("import cancelled; nothing was imported"))
                imported = source if isinstance(source, ImportedDocument) else read_document(source)
                self.warnings.extend(
                    Message("{file}: {problem}", file=imported.source_name, problem=line)
                    for line in imported.warnings
                )
                digest = _check_new(tx, imported, seen_hashes)
                # A file's name is not typed by the user: cleaned, not refused.
                name = unique_name(clean_name(imported.name, "document", "Untitled")[0], taken)
                taken.add(name)
                position += 1
                (document_id,) = documents.insert(
                    tx.changes,
                    [
                        NewDocument(
                            uuid=str(uuidlib.uuid4()),
                            name=name,
                            length=len(imported.text),
                            sha256=digest,
                            source_name=imported.source_name,
                            importer=imported.importer,
                            imported_at=tx.now,
                            position=position,
                            speakers=list(dict.fromkeys(turn.speaker for turn in imported.turns)),
                        )
                    ],
                )
                ids.append(document_id)
                text, turns = imported.text, imported.turns
                insert_text_and_turns(tx, document_id, text, turns, sha256=digest)
                if imported.original is not None:
                    kept.add(document_id, imported)
                set_attribute_values(tx, document_id, self.attributes)
                if self.detect_language and not _language_given(self.attributes):
                    _set_detected_language(tx, document_id, text)
                if imported.recording is not None:  # a subtitle file's, found beside it
                    media.link_recording(tx, document_id, imported.recording)
            kept.flush()
        return ids


def _language_given(given: Mapping[str, AttributeValue]) -> bool:
    return any(name.strip().casefold() == LANGUAGE for name in given)


def _set_detected_language(tx: Transaction, document_id: int, text: str) -> None:
    """The ``language`` attribute, from the text, unless too little text."""
    from qcode.io.language import detect_language

    detected = detect_language(text)
    if detected is not None:
        set_attribute_values(tx, document_id, {LANGUAGE: detected})


def _check_new(tx: Transaction, imported: ImportedDocument, seen_hashes: dict[str, str]) -> str:
    """The hash of a new document's text, refused when its text is empty or
    already in the import or the project."""
    _check_text(imported)
    digest = text_sha256(imported.text)
    if digest in seen_hashes:
        raise QcodeError(
            Message(
                "{file} and {other_file} hold the same text; nothing was imported",
                file=imported.source_name,
                other_file=seen_hashes[digest],
            )
        )
    clash = documents.ids_with_sha256(tx.conn, digest)
    if clash:
        existing = documents.documents(tx.conn, clash)[0].name
        raise QcodeError(
            Message(
                "{file}: the same text is already in the project as '{existing}'; "
                "nothing was imported",
                file=imported.source_name,
                existing=existing,
            )
        )
    seen_hashes[digest] = imported.source_name
    return digest


def _check_text(imported: ImportedDocument) -> None:
    if not imported.text.strip():
        raise QcodeError(Message("{file}: the document has no text", file=imported.source_name))
    if "\r" in imported.text:
        # Importers normalise line endings; a CR here would shift offsets later.
        # A bug in an importer, not the user's to fix: not translated.
        raise AssertionError(f"{imported.source_name}: text still has CR line endings")
    length = len(imported.text)
    for turn in imported.turns:
        if not 0 <= turn.start <= turn.end <= length:
            raise AssertionError(f"{imported.source_name}: speaker turn outside the text")


def insert_text_and_turns(
    tx: Transaction,
    document_id: int,
    text: str,
    turns: Sequence[SpeakerTurn],
    label: str = "as imported",
    sha256: str | None = None,
) -> None:
    """A new document's stored text, its speaker turns and its first text
    version, called ``label`` (its row exists; ``sha256``: the text's, when
    the caller has it already)."""
    documents.insert_text(tx.changes, document_id, text)
    speakers.insert(tx.changes, document_id, turns)
    first_version(tx, document_id, text, label, sha256)


def first_version(
    tx: Transaction, document_id: int, text: str, label: str, sha256: str | None = None
) -> None:
    """Version 1 of a new document's text: its hash, whom and when."""
    digest = text_sha256(text) if sha256 is None else sha256
    version = NewVersion(
        document_id, 1, digest, len(text), None, None, None, tx.coder.id, tx.now, label
    )
    text_versions.insert(tx.changes, [version])


def record_original(
    tx: Transaction,
    document_id: int,
    file_name: str,
    data: bytes,
    warnings: Sequence[str] = (),
    keep: bool | None = None,
) -> None:
    """Record the file a new document was converted from: its name, size and
    SHA-256, with its bytes unless the project keeps only hashes (``keep``:
    the project's setting when ``None``), who imported it and when, and the
    conversion's ``warnings``.  Also for other importers (a .qdpx source)."""
    if keep is None:
        keep = originals.keep_originals(tx.conn)
    packed = originals.pack(data) if keep else None
    originals.insert(tx.changes, [new_original(tx, document_id, file_name, data, warnings, packed)])


def new_original(
    tx: Transaction,
    document_id: int,
    file_name: str,
    data: bytes,
    warnings: Sequence[str],
    packed: bytes | None,
) -> NewOriginal:
    """The row of a new document's original (its bytes ``packed``, or
    ``None`` when only the hash is kept), imported now by this coder."""
    return NewOriginal(
        document_id=document_id,
        file_name=file_name,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        packed=packed,
        imported_at=tx.now,
        imported_by=tx.coder.id,
        warnings=list(warnings),
    )


# Files are handed to the packing thread a batch at a time: handed one at a
# time, the thread hand-offs cost about as much as the packing they took off
# the importing thread (measured on 200 bench transcripts: keeping originals
# cost 15% more than hashes only, one file a hand-off; 7-8%, a megabyte).
_BATCH_BYTES = 1 << 20
_BATCH_ROWS = 64  # rows stored in one statement, also when only hashes are kept
_Batch = tuple[list[NewOriginal], Future[list[bytes]] | None]  # rows, their packing


class _Originals:
    """Records an import's originals, packing files' bytes on a worker
    thread, a batch of about a megabyte at a time, while the next files are
    read and stored (zlib lets go of the GIL while it packs).  At most two
    batches are held: the one being packed and the one being gathered."""

    def __init__(self, tx: Transaction, keep: bool) -> None:
        self.tx = tx
        self.pool = ThreadPoolExecutor(max_workers=1) if keep else None
        self.rows: list[NewOriginal] = []  # gathered, not yet sent
        self.data: list[bytes] = []  # their bytes, when they are kept
        self.size = 0
        self.sent: _Batch | None = None

    def add(self, document_id: int, imported: ImportedDocument) -> None:
        assert imported.original is not None
        data = imported.original
        self.rows.append(
            new_original(self.tx, document_id, imported.source_name, data, imported.warnings, None)
        )
        if self.pool is not None:
            self.data.append(data)
            self.size += len(data)
        if self.size >= _BATCH_BYTES or len(self.rows) >= _BATCH_ROWS:
            self._send()

    def flush(self) -> None:
        """Store every original added (call before the import ends)."""
        self._send()
        self._store(self.sent)
        self.sent = None

    def _send(self) -> None:
        """Send the batch gathered, then store the one sent before (the
        worker packs the new batch meanwhile)."""
        before, self.sent = self.sent, None
        if self.rows:
            data = self.data
            packing = None if self.pool is None else self.pool.submit(originals.pack_all, data)
            self.sent = (self.rows, packing)
            self.rows, self.data, self.size = [], [], 0
        self._store(before)

    def _store(self, sent: _Batch | None) -> None:
        if sent is not None:
            rows, packing = sent
            packed = [None] * len(rows) if packing is None else packing.result()
            originals.insert(
                self.tx.changes,
                [row._replace(packed=one) for row, one in zip(rows, packed, strict=True)],
            )

    def __enter__(self) -> _Originals:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def set_attribute_values(
    tx: Transaction, document_id: int, values: Mapping[str, AttributeValue | None]
) -> None:
    """Set (or, with ``None``, remove) attributes of one document."""
    known = {variable.name: variable for variable in stored_attributes.variables(tx.conn)}
    for name, raw in values.items():
        variable = known.get(name.strip())  # an older project's odd name still works
        name = variable.name if variable is not None else check_name(name, "attribute")
        if raw is None:
            if variable is not None:
                current = stored_attributes.value(tx.conn, document_id, variable.id)
                if current is not None:
                    stored_attributes.delete_values(tx.changes, [current.id])
            continue
        if variable is None:
            type_ = attributes.infer_type(raw)
            variable_id = stored_attributes.insert_variable(tx.changes, name, type_)
        else:
            type_, variable_id = variable.type, variable.id
        value = attributes.coerce(name, type_, raw)
        current = stored_attributes.value(tx.conn, document_id, variable_id)
        if current is None:
            new = stored_attributes.NewValue(document_id, variable_id, value)
            stored_attributes.insert_values(tx.changes, [new])
        else:
            stored_attributes.set_value(tx.changes, current.id, value)
        known = {variable.name: variable for variable in stored_attributes.variables(tx.conn)}


@dataclass
class SetAttributes(Command[None]):
    """Set or remove (value ``None``) attributes of one document."""

    kind: ClassVar[str] = "set_attributes"
    document: Document
    values: Mapping[str, AttributeValue | None]

    @property
    def label(self) -> Message:
        names = list(self.values)
        if len(names) == 1:
            return Message(
                "set '{attribute}' of '{document}'", attribute=names[0], document=self.document.name
            )
        return Message(
            "set {count} attributes of '{document}'", count=len(names), document=self.document.name
        )

    def do(self, tx: Transaction) -> None:
        set_attribute_values(tx, self.document.id, self.values)


@dataclass
class RenameDocument(Command[None]):
    kind: ClassVar[str] = "rename_document"
    document: Document
    name: str

    @property
    def label(self) -> Message:
        return Message("rename '{old}' to '{new}'", old=self.document.name, new=self.name.strip())

    def do(self, tx: Transaction) -> None:
        name = check_name(self.name, "document")
        clash = [i for i in documents.ids_named(tx.conn, name) if i != self.document.id]
        if clash:
            raise QcodeError(Message("there is already a document named '{name}'", name=name))
        documents.rename(tx.changes, self.document.id, name)


@dataclass
class DeleteDocuments(Command[None]):
    """Delete documents with everything on them (undo brings all of it back)."""

    kind: ClassVar[str] = "delete_documents"
    documents: Sequence[Document]

    @property
    def label(self) -> Message:
        if len(self.documents) == 1:
            return Message("delete '{document}'", document=self.documents[0].name)
        names = _quoted_names([d.name for d in self.documents])
        return Message("delete {count} documents ({names})", count=len(self.documents), names=names)

    def do(self, tx: Transaction) -> None:
        delete_documents(tx, [document.id for document in self.documents])


def delete_documents(tx: Transaction, ids: Sequence[int]) -> None:
    """Delete documents with everything on them and everything referring to
    them (their codings, memos, turns, attributes, original, versions...)."""
    coding_ids = codings.ids_in_documents(tx.conn, ids)
    memo_ids = memos.ids_on_codings(tx.conn, coding_ids)
    memo_ids += memos.ids_on_documents(tx.conn, ids)
    memos.delete(tx.changes, memo_ids)
    references.forget_codings(tx, coding_ids)
    references.forget_documents(tx, ids)
    codings.delete(tx.changes, coding_ids)
    rejection_ids = suggestions.rejection_ids_of_documents(tx.conn, ids)
    suggestions.delete_rejections(tx.changes, rejection_ids)
    speakers.delete(tx.changes, speakers.ids_of_documents(tx.conn, ids))
    stored_attributes.delete_values(
        tx.changes, stored_attributes.value_ids_of_documents(tx.conn, ids)
    )
    documents.delete(tx.changes, ids)
