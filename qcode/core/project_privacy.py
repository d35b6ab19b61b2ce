"""The pseudonym table and redaction: the ``Project`` methods (inherited by
:class:`qcode.core.project.Project`); see :mod:`qcode.core.pseudonyms` and
:mod:`qcode.core.redaction`.  The pseudonym table maps each identifier to
its replacement, which pseudonymised exports apply and a redaction writes
into the project's own text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from qcode.core.project_parts import ProjectPart
from qcode.model import Document, Pseudonym

if TYPE_CHECKING:
    from qcode.core.redaction import DocumentRedaction


class PrivacyMethods(ProjectPart):
    """Pseudonyms and redaction (see the module)."""

    def pseudonyms(self) -> list[Pseudonym]:
        """The pseudonym table, longest original first (the order to replace in)."""
        from qcode.core.pseudonyms import read_pseudonyms

        return read_pseudonyms(self.conn)

    def set_pseudonym(self, original: str, replacement: str, kind: str | None = None) -> Pseudonym:
        """Add ``original`` with its replacement, or change its replacement
        (``kind=None`` keeps an existing entry's kind)."""
        from qcode.core.pseudonyms import SetPseudonym, read_pseudonyms

        row_id = self.push(SetPseudonym(original, replacement, kind))
        return read_pseudonyms(self.conn, [row_id])[0]

    def delete_pseudonyms(self, items: Sequence[Pseudonym]) -> None:
        from qcode.core.pseudonyms import DeletePseudonyms

        self.push(DeletePseudonyms(items))

    def redact_documents(self, documents: Sequence[Document]) -> list[DocumentRedaction]:
        """Replace the pseudonym table's identifiers in these documents' own
        text, names, attributes and memos, moving their codings along: one
        undoable edit until the project is closed, then permanent."""
        from qcode.core.redaction import RedactDocuments

        return self.push(RedactDocuments(documents))

    def was_redacted(self, document: Document) -> bool:
        """Has a redaction rewritten this document's text?  (Its recording
        still says what was replaced.)"""
        from qcode.core.redaction import was_redacted

        return was_redacted(self.conn, document)
