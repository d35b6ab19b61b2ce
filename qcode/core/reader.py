"""The read door of analyses and exports: what they read of a project
beyond what :class:`~qcode.core.project.Project` itself offers.

A :class:`ProjectReader` is reached as ``project.reader``.  It only reads;
each method hands the question to the store module that owns the data, so
the layers above the core never hold the database connection and never
import :mod:`qcode.store`.  Reads an analysis repeats for every coding come
back as the store gives them (plain tuples, a :class:`CodingReader` that
sweeps one document after another): building an object per coding would
cost more than the read.

The row shapes these reads return belong to the store (they follow its
columns); they are re-exported here so that a caller can name them.
Reads that ``Project`` already has (documents, codebook, coders, codings,
memos, a document's text and speaker turns) are not repeated here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from qcode.model import Coding
from qcode.store import (
    attributes,
    coding_provenance,
    coding_sweeps,
    codings,
    documents,
    history,
    memos,
    suggestions,
)
from qcode.store.attributes import VariableRow
from qcode.store.coding_sweeps import (
    AgreementRow,
    CodingReader,
    DocumentCoding,
    PlacedCoding,
    Span,
)
from qcode.store.codings import SelectionRow
from qcode.store.database import read_snapshot
from qcode.store.memos import NoteRow
from qcode.store.suggestions import RejectedSpan
from qcode.store.summary import ProjectCounts
from qcode.store.summary import counts as project_counts

if TYPE_CHECKING:
    from qcode.store.database import Connection, Database

__all__ = [
    "AgreementRow",
    "CodingReader",
    "DocumentCoding",
    "NoteRow",
    "PlacedCoding",
    "ProjectCounts",
    "ProjectReader",
    "RejectedSpan",
    "SelectionRow",
    "Span",
    "VariableRow",
]

# Filters of the coding reads: ids to keep, ``None`` for all.
Ids = Collection[int] | None


class ProjectReader:
    """Read-only questions about one open project (see the module)."""

    def __init__(self, database: Database) -> None:
        self._database = database

    @property
    def _conn(self) -> Connection:
        return self._database.conn

    # -- the project as a whole ---------------------------------------------------------

    def snapshot(self) -> AbstractContextManager[None]:
        """Every read inside this ``with`` sees the project as it was at one
        moment, though another process writes meanwhile (for an export)."""
        return read_snapshot(self._conn)

    def counts(self) -> ProjectCounts:
        """How much the project holds (codings, memos, characters of names
        and memos...): what a whole-project export sizes itself by."""
        return project_counts(self._conn)

    def last_edit_at(self) -> str | None:
        """When the project was last edited (or an edit undone), if ever."""
        return history.last_edit_at(self._conn)

    # -- documents' texts ---------------------------------------------------------------

    def texts(self, document_ids: Iterable[int]) -> Iterator[str]:
        """Each document's stored text in the order given ("" for one that does
        not exist), read one at a time as they are consumed."""
        return documents.texts(self._conn, document_ids)

    def excerpt(self, document_id: int, start: int, length: int) -> str:
        """``length`` characters (code points) of a document's text from
        ``start``, without reading the rest of the text."""
        return documents.excerpt(self._conn, document_id, start, length)

    def document_names(self, document_ids: Iterable[int] | None = None) -> list[tuple[int, str]]:
        """(id, name) of the documents in display order (only these ids, if given)."""
        return documents.names_in_order(self._conn, document_ids)

    def documents_containing(
        self, needle: str, *, fold_ascii: bool = False, or_containing: Iterable[str] = ()
    ) -> set[int]:
        """Ids of the documents that may hold ``needle``: an exact substring
        test (with ``fold_ascii``, A-Z folded on both sides), or one of
        ``or_containing``; a document left out cannot match."""
        return documents.ids_containing(
            self._conn, needle, fold_ascii=fold_ascii, or_containing=or_containing
        )

    # -- codings ------------------------------------------------------------------------

    def coding_sweep(
        self, code_ids: Ids, coder_ids: Ids, origins: Collection[str] | None = None
    ) -> CodingReader:
        """The codings of one document after another, by start, with these
        code, coder and origin (:data:`~qcode.model.ORIGINS`) filters."""
        return CodingReader(self._conn, code_ids, coder_ids, origins)

    def coding_total(
        self,
        document_ids: Ids,
        code_ids: Ids,
        coder_ids: Ids,
        origins: Collection[str] | None = None,
    ) -> int:
        """How many codings pass these filters."""
        return coding_sweeps.coding_total(self._conn, document_ids, code_ids, coder_ids, origins)

    def segment_counts(
        self,
        document_ids: Ids,
        code_ids: Ids,
        coder_ids: Ids,
        origins: Collection[str] | None = None,
    ) -> list[tuple[int, int, int]]:
        """(code, document, codings) of every pair with a coding that passes the filters."""
        return coding_sweeps.segment_counts(self._conn, document_ids, code_ids, coder_ids, origins)

    def origin_names(self, coding_ids: Collection[int]) -> dict[int, str]:
        """How each of these codings was made, in one word of :data:`~qcode.model.ORIGINS`."""
        return coding_provenance.origin_names(self._conn, coding_ids)

    def codings_by_id(
        self, coding_ids: Collection[int]
    ) -> dict[int, tuple[int, int, int, int, int]]:
        """(document, code, start, end, coder) of each of these codings that exists."""
        return coding_sweeps.codings_by_id(self._conn, coding_ids)

    def spans_by_code(self) -> list[tuple[int, int, int, int]]:
        """(code, document, start, end) of every coding, by code, document and start."""
        return codings.spans_by_code(self._conn)

    def documents_coded_by(self, coder_ids: Collection[int]) -> dict[int, set[int]]:
        """The documents each of these coders has coded at least once."""
        return coding_sweeps.documents_coded_by(self._conn, coder_ids)

    def agreement_codings(
        self,
        document_ids: Collection[int],
        code_ids: Ids,
        coder_ids: Collection[int],
        origins: Collection[str] | None = None,
    ) -> list[AgreementRow]:
        """The codings of these coders in these documents (and codes, and
        origins), by code, document, coder and start: what agreement sweeps."""
        return coding_sweeps.agreement_codings(
            self._conn, document_ids, code_ids, coder_ids, origins
        )

    def codings_with_ids(self, coding_ids: Collection[int]) -> list[Coding]:
        """The codings with these ids that exist, in document then text order
        (an exchange file names a case's or a link's codings by UUID)."""
        return codings.codings(self._conn, ids=coding_ids)

    def selections(self, document_id: int) -> list[SelectionRow]:
        """A document's codings in text order with their code's and coder's
        UUIDs: what an exchange file refers to."""
        return codings.selections(self._conn, document_id)

    # -- memos --------------------------------------------------------------------------

    def notes(self) -> Iterator[NoteRow]:
        """Every memo with its author's UUID, oldest first, read as consumed."""
        return memos.notes(self._conn)

    def memo_texts_of_codings_in(self, document_id: int) -> dict[int, str]:
        """The memo text of each coding of a document that has one (several
        joined by a blank line, oldest first)."""
        return memos.texts_of_codings_in(self._conn, document_id)

    def memo_uuids_on(self, target: str, target_id: int | None = None) -> list[str]:
        """The UUIDs of the memos on the project, a document, a code or a coding."""
        return memos.uuids_on(self._conn, target, target_id)

    def memo_uuids_of_codings_in(self, document_id: int) -> dict[int, list[str]]:
        """The memos on each coding of a document (coding id → memo UUIDs)."""
        return memos.uuids_of_codings_in(self._conn, document_id)

    def memo_uuids_by_code(self) -> dict[int, list[str]]:
        """The memos on each code (code id → memo UUIDs, oldest first)."""
        return memos.uuids_by_code(self._conn)

    # -- attributes ----------------------------------------------------------------------

    def variables(self) -> list[VariableRow]:
        """Every document variable with its type and description, by name."""
        return attributes.variable_rows(self._conn)

    def attribute_values(self, name: str, inherited_from: str | None) -> dict[int, Any]:
        """Document id → its value of the attribute ``name``, its own or that
        of its case of the type ``inherited_from`` (see
        :func:`qcode.store.attributes.values_of_variable`)."""
        return attributes.values_of_variable(self._conn, name, inherited_from)

    def attribute_names(self, inherited_from: str | None) -> list[str]:
        """Names of the attributes documents hold, themselves or through such a case."""
        return attributes.names_held(self._conn, inherited_from)

    # -- suggestions ---------------------------------------------------------------------

    def rejections(self, document_id: int | None = None) -> list[RejectedSpan]:
        """(document, code, start, end) of the rejected suggestions, by
        document and start (only one document's, if given)."""
        return suggestions.rejections(self._conn, document_id)

    def coding_state(self) -> tuple[Any, ...]:
        """A cheap summary that changes whenever codings, rejections, codes or
        documents change: the key for caches of what is derived from them."""
        return suggestions.coding_state(self._conn)

    def suggestion_model(self, fingerprint: str) -> bytes | None:
        """The trained suggestion model kept for this fingerprint, if any."""
        return suggestions.load_model(self._conn, fingerprint)
