"""A project: the one API the app, the command line and scripts all use.

Reading returns model values (:mod:`qcode.model`).  Every change is a
command pushed through the project's :class:`~qcode.core.commands.CommandStack`
and is on disk when the method returns; :attr:`Project.changed` then
announces it.  Nothing here knows about Qt or SQL.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from qcode.core import code_edits, coding_edits, document_edits, project_edits
from qcode.core.commands import Command, CommandStack
from qcode.core.events import ProjectChanged, Signal
from qcode.core.names import check_name, clean_name, has_lone_surrogate, shown
from qcode.core.project_cases import CaseMethods
from qcode.core.project_evidence import EvidenceMethods
from qcode.core.project_findings import FindingMethods
from qcode.core.project_media import MediaMethods
from qcode.core.project_privacy import PrivacyMethods
from qcode.core.reader import ProjectReader
from qcode.errors import NotFoundError, QcodeError
from qcode.io.base import ImportedDocument
from qcode.messages import Message
from qcode.model import (
    AttributeValue,
    Code,
    Codebook,
    Coder,
    Coding,
    CodingOrigin,
    Document,
    Memo,
    Segment,
    SpeakerTurn,
)
from qcode.store import (
    coders,
    codes,
    codings,
    documents,
    history,
    memos,
    project_info,
    speakers,
    suggestions,
)
from qcode.store.database import SUFFIX, Connection, Database
from qcode.store.database import UpgradeNeededError as UpgradeNeededError  # for the CLI

if TYPE_CHECKING:
    from qcode.core.codebook_files import CodebookImport

R = TypeVar("R")


def default_coder_name() -> str:
    """``QCODE_CODER``, else the login name: who is coding, if nobody said."""
    name = os.environ.get("QCODE_CODER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return "coder"


class Project(CaseMethods, FindingMethods, EvidenceMethods, MediaMethods, PrivacyMethods):
    """An open project file.

    Speakers and cases are read and edited through the methods of
    :class:`~qcode.core.project_cases.CaseMethods`; the framework matrix,
    links, grades, saved queries and coding batches through those of
    :class:`~qcode.core.project_findings.FindingMethods`; originals, text
    versions and corrections, verification, consent and withdrawal through
    those of :class:`~qcode.core.project_evidence.EvidenceMethods`; recordings
    through :class:`~qcode.core.project_media.MediaMethods`; the pseudonym
    table and redaction through :class:`~qcode.core.project_privacy.PrivacyMethods`."""

    def __init__(self, database: Database, coder_name: str | None = None) -> None:
        self._database = database
        # Checked when the coder first writes (see _coder_for_write): reading
        # needs no valid name, and an existing coder's name is always usable.
        self.coder_name = (coder_name or default_coder_name()).strip()
        self.changed: Signal[ProjectChanged] = Signal()
        self.stack = CommandStack(database, self._coder_for_write, self.changed)
        self._reader = ProjectReader(database)
        self._closed = False

    # -- opening and closing ---------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        name: str | None = None,
        coder: str | None = None,
        passphrase: str | None = None,
    ) -> Project:
        """Make a new, empty project file (refuses to overwrite one), encrypted
        with ``passphrase`` when one is given (see :mod:`qcode.core.encryption`).
        The file appears only once it is complete (a crash leaves none)."""
        path = Path(path)
        if path.suffix != SUFFIX:
            raise QcodeError(
                Message("{file}: a project file name must end in .qcode", file=path.name)
            )
        # A file name may hold bytes that are not UTF-8 (as surrogates): the
        # project's title is text, so they become U+FFFD.
        title = clean_name(name, "project")[0] if name else clean_name(path.stem, "project")[0]
        database = Database(
            path,
            read_only=False,
            create=True,
            passphrase=passphrase,
            initialise=lambda conn: project_info.init(conn, title),
        )
        return cls(database, coder)

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        read_only: bool = False,
        coder: str | None = None,
        passphrase: str | None = None,
        lock_wait: float = 0.0,
    ) -> Project:
        """Open an existing project; ``read_only`` takes no writer lock.  An
        encrypted project needs its ``passphrase`` (a plain one ignores it).
        A writer waits up to ``lock_wait`` seconds for another to close it."""
        database = Database(
            Path(path), read_only=read_only, passphrase=passphrase, lock_wait=lock_wait
        )
        try:
            # Redactions of a session that ended without closing (a crash)
            # are made permanent now, as closing would have.
            from qcode.core.redaction import seal_redactions

            seal_redactions(database)
        except BaseException:
            database.close()
            raise
        return cls(database, coder)

    def close(self) -> None:
        """Close the file (safe twice).  Redactions made while it was open
        become permanent first (:mod:`qcode.core.redaction`)."""
        if self._closed:
            return
        self._closed = True
        try:
            from qcode.core.redaction import seal_redactions

            seal_redactions(self._database)
        finally:
            self._database.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._database.path

    @property
    def read_only(self) -> bool:
        return self._database.read_only

    @property
    def encrypted(self) -> bool:
        return self._database.encrypted

    @property
    def passphrase(self) -> str | None:
        """The passphrase of an encrypted project (``None``: a plain one), for
        opening its other files: backups, coders' copies, a file to merge in,
        a worker process's read-only view.  Never shown, logged or stored."""
        return self._database.passphrase

    @property
    def conn(self) -> Connection:
        """For the core's own reads through :mod:`qcode.store`; the layers above
        read through :attr:`reader` (:mod:`qcode.core.reader`) instead."""
        return self._database.conn

    @property
    def reader(self) -> ProjectReader:
        """What analyses and exports read beyond this class's own read methods
        (:mod:`qcode.core.reader`); it only reads."""
        return self._reader

    def backup_to(self, target: Path) -> None:
        """A copy of the project at ``target``; encrypted with the same
        passphrase when the project is encrypted."""
        self._database.backup_to(target)

    def flush_pending(self) -> bool:
        """Finish moving edits into the project file if a reader held that up
        (the app calls this every few seconds); True when the file alone
        holds every edit.  Cheap when nothing is pending."""
        return self._database.checkpoint()

    # -- coders ----------------------------------------------------------------

    def _coder_for_write(self, conn: Connection) -> Coder:
        # A name SQLite cannot look up (a lone surrogate) goes to check_name's refusal.
        unstorable = has_lone_surrogate(self.coder_name)
        coder = None if unstorable else coders.by_name(conn, self.coder_name)
        if coder is None:
            name = check_name(self.coder_name, "coder")  # refused inside the transaction
            coder = coders.by_name(conn, name)
            if coder is None:
                coders.add(conn, name)
                coder = coders.by_name(conn, name)
            assert coder is not None
        return coder

    def coders(self) -> list[Coder]:
        return coders.coders(self.conn)

    def coder_id(self, name: str, *, create: bool = False) -> int:
        """The id of a coder by name; ``create`` adds an unknown one."""
        coder = coders.by_name(self.conn, name.strip())
        if coder is not None:
            return coder.id
        if not create:
            raise QcodeError(Message("no coder named '{name}'", name=shown(name)))
        checked = check_name(name, "coder")
        coder = coders.by_name(self.conn, checked)
        if coder is not None:
            return coder.id
        with self._database.write() as conn:
            return coders.add(conn, checked)

    # -- reading -------------------------------------------------------------------

    def info(self) -> dict[str, str]:
        return project_info.info(self.conn)

    @property
    def name(self) -> str:
        return self.info().get("name", self.path.stem)

    def documents(self) -> list[Document]:
        return documents.documents(self.conn)

    def document(self, ref: str | int) -> Document:
        """A document by id, name, UUID or unique UUID prefix."""
        if isinstance(ref, int):
            found = documents.documents(self.conn, [ref])
            if not found:
                raise NotFoundError(Message("the document no longer exists"))
            return found[0]
        ref = ref.strip()
        ids = documents.ids_named(self.conn, ref) or documents.ids_with_uuid(self.conn, ref.lower())
        if ids:
            return documents.documents(self.conn, ids)[0]
        if len(ref) >= 4:
            ids = documents.ids_with_uuid_prefix(self.conn, ref.lower())
            if len(ids) == 1:
                return documents.documents(self.conn, ids)[0]
        folded = [doc for doc in self.documents() if doc.name.casefold() == ref.casefold()]
        if len(folded) == 1:
            return folded[0]
        raise NotFoundError(Message("no document '{ref}' in {file}", ref=ref, file=self.path.name))

    def text(self, document: Document | int) -> str:
        document_id = document if isinstance(document, int) else document.id
        return documents.text(self.conn, document_id)

    def speaker_turns(self, document: Document) -> list[SpeakerTurn]:
        return speakers.turns(self.conn, document.id)

    def codebook(self) -> Codebook:
        return Codebook(codes.codes(self.conn))

    def code(self, ref: str) -> Code:
        """A code by path (``Parent/Child``) or UUID."""
        codebook = self.codebook()
        found = codebook.by_path(ref) or codebook.by_uuid(ref.strip())
        if found is None:
            raise QcodeError(Message("no code '{ref}' in {file}", ref=ref, file=self.path.name))
        return found

    def coding_counts(self) -> dict[int, int]:
        """Codings per code id (a code's own, not its sub-codes')."""
        return codings.counts_by_code(self.conn)

    def coding_counts_by_document(self) -> dict[int, int]:
        return codings.counts_by_document(self.conn)

    def coding_count(self, *, code: Code | None = None, document: Document | None = None) -> int:
        if code is not None:
            return codings.count(self.conn, code_id=code.id)
        if document is not None:
            return codings.count(self.conn, document_id=document.id)
        raise TypeError("give a code or a document")  # a caller's mistake, not a user's

    def codings(
        self,
        *,
        document: Document | None = None,
        code: Code | None = None,
        include_subcodes: bool = False,
        coder: str | None = None,
    ) -> list[Coding]:
        code_ids: list[int] | None = None
        if code is not None:
            code_ids = [code.id]
            if include_subcodes:
                code_ids += [c.id for c in self.codebook().descendants(code.id)]
        coder_id = self.coder_id(coder) if coder is not None else None
        return codings.codings(
            self.conn,
            document_id=None if document is None else document.id,
            code_ids=code_ids,
            coder_id=coder_id,
        )

    def coding(self, uuid: str) -> Coding:
        ids = codings.ids_by_uuid(self.conn, [uuid.strip().lower()])
        if not ids:
            raise QcodeError(Message("no coding '{ref}' in {file}", ref=uuid, file=self.path.name))
        return codings.codings(self.conn, ids=list(ids.values()))[0]

    def segments(self, codings: Sequence[Coding]) -> list[Segment]:
        """Codings with their document name, code path, coder, text and memo."""
        codebook = self.codebook()
        names = documents.names(self.conn, {coding.document_id for coding in codings})
        coder_names = {coder.id: coder.name for coder in self.coders()}
        memo_texts = memos.texts_of_codings(self.conn, [coding.id for coding in codings])
        texts: dict[int, str] = {}
        segments = []
        for coding in codings:
            text = texts.get(coding.document_id)
            if text is None:
                text = texts[coding.document_id] = self.text(coding.document_id)
            document_name, document_uuid = names[coding.document_id]
            segments.append(
                Segment(
                    coding=coding,
                    document=document_name,
                    document_uuid=document_uuid,
                    code_path=codebook.path(coding.code_id),
                    coder=coder_names.get(coding.coder_id, "?"),
                    text=text[coding.start : coding.end],
                    memo=memo_texts.get(coding.id),
                )
            )
        return segments

    def memos(self) -> list[Memo]:
        return memos.memos(self.conn)

    def memos_on(self, target: str, target_id: int | None = None) -> list[Memo]:
        """The memos on the project, a document, a code, a coding or a case, oldest first."""
        return memos.memos_on(self.conn, target, target_id)

    def history(self) -> list[history.HistoryEntry]:
        return history.entries(self.conn)

    # -- editing: every method is one undoable command ------------------------------

    def push(self, command: Command[R]) -> R:
        return self.stack.push(command)

    def undo(self) -> str:
        return self.stack.undo()

    def redo(self) -> str:
        return self.stack.redo()

    def undo_label(self) -> str | None:
        return self.stack.undo_label()

    def redo_label(self) -> str | None:
        return self.stack.redo_label()

    def set_info(self, *, name: str | None = None, description: str | None = None) -> None:
        self.push(project_edits.SetProjectInfo(name, description))

    def make_history_permanent(self) -> None:
        """Every edit so far stays; undo stops here (e.g. after building the demo)."""
        with self._database.write() as conn:
            history.make_permanent(conn)

    def add_documents(
        self,
        documents: Sequence[ImportedDocument],
        attributes: Mapping[str, AttributeValue] | None = None,
        *,
        detect_language: bool = False,  # a language attribute guessed unless given
    ) -> list[Document]:
        add = document_edits.AddDocuments(documents, attributes or {}, None, detect_language)
        ids = self.push(add)
        return self._documents(ids)

    def import_files(
        self,
        paths: Iterable[Path],
        attributes: Mapping[str, AttributeValue] | None = None,
        progress: Callable[[int, int, str], bool] | None = None,
        warnings: list[str] | None = None,
    ) -> list[Document]:
        """Import files in one undoable step; if any cannot be read, nothing
        is added.  Files are read one at a time inside the transaction, so a
        thousand transcripts never sit in memory together.

        What reading them changed or guessed (bytes replaced, a legacy
        encoding) is appended to ``warnings``, one "file: problem" line each.
        """
        files = [Path(p) for p in paths]  # True: their languages guessed, unless given
        command = document_edits.AddDocuments(files, attributes or {}, progress, True)
        ids = self.push(command)
        if warnings is not None:
            warnings.extend(command.warnings)
        return self._documents(ids)

    def _documents(self, ids: Sequence[int]) -> list[Document]:
        return documents.documents(self.conn, ids)

    def rename_document(self, document: Document, name: str) -> None:
        self.push(document_edits.RenameDocument(document, name))

    def delete_documents(self, documents: Sequence[Document]) -> None:
        self.push(document_edits.DeleteDocuments(documents))

    def set_attributes(
        self, document: Document, values: Mapping[str, AttributeValue | None]
    ) -> None:
        self.push(document_edits.SetAttributes(document, values))

    def create_code(
        self,
        name: str,
        parent: Code | None = None,
        *,
        color: str | None = None,
        description: str = "",
        keywords: Sequence[str] = (),
    ) -> Code:
        code_id = self.push(
            code_edits.CreateCode(
                name, None if parent is None else parent.id, color, description, keywords
            )
        )
        return self.codebook().codes[code_id]

    def add_code(
        self,
        path: str,
        *,
        color: str | None = None,
        description: str = "",
        keywords: Sequence[str] = (),
    ) -> Code:
        """Create the code at ``path`` (``Parent/Child``; ``\\/`` for a ``/`` in a
        name) and any missing parents, as one undoable step."""
        code_id = self.push(code_edits.CreateCodePath(path, color, description, keywords))
        return self.codebook().codes[code_id]

    def update_code(self, code: Code, **changes: object) -> None:
        self.push(code_edits.UpdateCode(code, **changes))  # type: ignore[arg-type]

    def move_code(self, code: Code, parent: Code | None, position: int | None = None) -> None:
        self.push(code_edits.MoveCode(code, None if parent is None else parent.id, position))

    def merge_codes(self, source: Code, target: Code) -> None:
        self.push(code_edits.MergeCodes(source, target))

    def delete_code(self, code: Code) -> None:
        self.push(code_edits.DeleteCode(code))

    def apply_code(
        self,
        document: Document,
        code: Code | str,
        start: int,
        end: int,
        *,
        memo: str | None = None,
        create: bool = False,
        coder: str | None = None,
        origin: CodingOrigin | None = None,
    ) -> Coding | None:
        """Code ``text[start:end]``; returns the new coding, or ``None`` when
        this coder had already applied this code to exactly this span.
        A new ``coder`` is added, and ``origin`` kept, by the same undoable edit."""
        name = code.name if isinstance(code, Code) else code.split("/")[-1]
        command = coding_edits.AddCodings(
            [
                coding_edits.NewCoding(
                    document.id,
                    code.id if isinstance(code, Code) else code,
                    start,
                    end,
                    memo=memo,
                    coder_name=coder,
                    origin=origin,
                )
            ],
            create_codes=create,
            describe=lambda: Message("apply '{code}'", code=name),
        )
        result = self.push(command)
        if not result.ids:
            return None
        return codings.codings(self.conn, ids=result.ids)[0]

    def add_codings(
        self, codings: Sequence[coding_edits.NewCoding], *, create: bool = False
    ) -> coding_edits.AddedCodings:
        """Many codings in one transaction and one undo step."""
        return self.push(coding_edits.AddCodings(codings, create_codes=create))

    def remove_codings(self, codings: Sequence[Coding]) -> None:
        name = ""
        if codings and len({c.code_id for c in codings}) == 1:
            name = self.codebook().codes[codings[0].code_id].name
        self.push(coding_edits.RemoveCodings(codings, name))

    def add_memo(
        self,
        target: str,
        target_id: int | None,
        text: str,
        *,
        title: str = "",
        target_name: str = "",
    ) -> Memo:
        memo_id = self.push(coding_edits.AddMemo(target, target_id, text, title, target_name))
        return memos.memos(self.conn, ids=[memo_id])[0]

    def edit_memo(self, memo: Memo, text: str, title: str | None = None) -> None:
        self.push(coding_edits.EditMemo(memo, text, title))

    def delete_memo(self, memo: Memo) -> None:
        self.push(coding_edits.DeleteMemo(memo))

    def reject_suggestion(self, document: Document, code: Code, start: int, end: int) -> None:
        """Never suggest ``code`` for this passage again (undoable)."""
        self.push(coding_edits.RejectSuggestion(document.id, code.id, start, end, code.name))

    def save_suggestion_model(self, key: str, pipeline: str, data: bytes) -> None:
        """Keep a trained suggestion model (not an edit: no undo, no history)."""
        with self._database.write() as conn:
            suggestions.save_model(conn, key, pipeline, data)

    def import_codebook(self, path: Path) -> CodebookImport:
        from qcode.core.codebook_files import ImportCodebook
        from qcode.io.qdc import read_codebook

        codes = read_codebook(path)
        return self.push(ImportCodebook(codes, path.name))
