"""Commands on documents: add (import), rename, delete, set attributes."""

from __future__ import annotations

import hashlib
import uuid as uuidlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from qcode.core import attributes, references
from qcode.core.commands import Command, Transaction
from qcode.core.names import check_name, clean_name, unique_name
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument
from qcode.io.documents import read_document
from qcode.model import AttributeValue, Document, SpeakerTurn
from qcode.store import attributes as stored_attributes
from qcode.store import codings, documents, memos, speakers, suggestions
from qcode.store.documents import NewDocument


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _quoted_names(names: Sequence[str]) -> str:
    shown = ", ".join(f"'{name}'" for name in names[:3])
    return shown + (f" and {len(names) - 3} more" if len(names) > 3 else "")


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

    @property
    def label(self) -> str:
        if len(self.documents) == 1:
            only = self.documents[0]
            return f"import '{only.stem if isinstance(only, Path) else only.name}'"
        return f"import {len(self.documents)} documents"

    def do(self, tx: Transaction) -> list[int]:
        if not self.documents:
            raise QcodeError("no documents to import")
        taken = {doc.name for doc in documents.documents(tx.conn)}
        seen_hashes: dict[str, str] = {}
        position = documents.max_position(tx.conn)
        ids: list[int] = []
        self.warnings = []
        for index, source in enumerate(self.documents):
            if self.progress is not None:
                name = source.name if isinstance(source, Path) else source.source_name
                if not self.progress(index, len(self.documents), name):
                    raise QcodeError("import cancelled; nothing was imported")
            imported = source if isinstance(source, ImportedDocument) else read_document(source)
            self.warnings.extend(f"{imported.source_name}: {line}" for line in imported.warnings)
            _check_text(imported)
            digest = text_sha256(imported.text)
            if digest in seen_hashes:
                raise QcodeError(
                    f"{imported.source_name} and {seen_hashes[digest]} hold the same text; "
                    "nothing was imported"
                )
            clash = documents.ids_with_sha256(tx.conn, digest)
            if clash:
                existing = documents.documents(tx.conn, clash)[0].name
                raise QcodeError(
                    f"{imported.source_name}: the same text is already in the project "
                    f"as '{existing}'; nothing was imported"
                )
            seen_hashes[digest] = imported.source_name
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
            insert_text_and_turns(tx, document_id, imported.text, imported.turns)
            set_attribute_values(tx, document_id, self.attributes)
        return ids


def _check_text(imported: ImportedDocument) -> None:
    if not imported.text.strip():
        raise QcodeError(f"{imported.source_name}: the document has no text")
    if "\r" in imported.text:
        # Importers normalise line endings; a CR here would shift offsets later.
        raise ValueError(f"{imported.source_name}: text still has CR line endings")
    length = len(imported.text)
    for turn in imported.turns:
        if not 0 <= turn.start <= turn.end <= length:
            raise ValueError(f"{imported.source_name}: speaker turn outside the text")


def insert_text_and_turns(
    tx: Transaction, document_id: int, text: str, turns: Sequence[SpeakerTurn]
) -> None:
    """A new document's stored text and its speaker turns (its row exists)."""
    documents.insert_text(tx.changes, document_id, text)
    speakers.insert(tx.changes, document_id, turns)


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
    def label(self) -> str:
        names = list(self.values)
        what = f"'{names[0]}'" if len(names) == 1 else f"{len(names)} attributes"
        return f"set {what} of '{self.document.name}'"

    def do(self, tx: Transaction) -> None:
        set_attribute_values(tx, self.document.id, self.values)


@dataclass
class RenameDocument(Command[None]):
    kind: ClassVar[str] = "rename_document"
    document: Document
    name: str

    @property
    def label(self) -> str:
        return f"rename '{self.document.name}' to '{self.name.strip()}'"

    def do(self, tx: Transaction) -> None:
        name = check_name(self.name, "document")
        clash = [i for i in documents.ids_named(tx.conn, name) if i != self.document.id]
        if clash:
            raise QcodeError(f"there is already a document named '{name}'")
        documents.rename(tx.changes, self.document.id, name)


@dataclass
class DeleteDocuments(Command[None]):
    """Delete documents with everything on them (undo brings all of it back)."""

    kind: ClassVar[str] = "delete_documents"
    documents: Sequence[Document]

    @property
    def label(self) -> str:
        if len(self.documents) == 1:
            return f"delete '{self.documents[0].name}'"
        names = _quoted_names([d.name for d in self.documents])
        return f"delete {len(self.documents)} documents ({names})"

    def do(self, tx: Transaction) -> None:
        ids = [document.id for document in self.documents]
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
