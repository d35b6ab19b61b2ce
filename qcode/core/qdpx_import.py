"""Import a REFI-QDA project (``.qdpx``, or a bare ``.qde``) into an empty project.

The whole import is one command, so one transaction and one undo step: if
anything is wrong with the file, nothing is imported.  The file is read as a
stream (:mod:`qcode.io.qdpx_read`) and written as it is read, codings in bulk,
so a project of 200,000 codings never sits in memory whole.

What goes where:

* users → coders; codes → codes (GUID, colour, description, codable, order);
* text sources, the text of PDFs and the transcripts of audio and video →
  documents; their selections' codings → codings (positions converted, see
  :class:`qcode.io.qdpx_model.RawOffsets`);
* variables and their values → typed document attributes; cases → qcode
  cases, and links between codings → qcode links (see
  :mod:`qcode.core.qdpx_cases`); sets of sources → a yes/no attribute
  ``set: NAME``; sets of codes → a project memo listing the codes;
* notes → memos on what refers to them (document, code, coding, case, or
  the project; a link's notes → its memo); a selection's description → a
  memo on its codings; a selection without a code → a memo on its document
  quoting the passage.

A media source's recording is linked to its transcript's document, and how
each coding was made is read from qcode's own record when the file has one,
else every coding gets the origin ``import`` (:mod:`qcode.core.qdpx_media`).

Anything that cannot be carried over (pictures, media without transcript,
region selections, graphs) is listed in :attr:`QdpxImportReport.skipped`, and
anything carried over differently in :attr:`QdpxImportReport.changed`.
GUIDs are kept (lower-cased); a GUID the file repeats gets a new one, reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from qcode.core.code_edits import DEPTH_RULE, PALETTE, check_color
from qcode.core.codebook_files import tree_levels
from qcode.core.commands import Command, Transaction
from qcode.core.document_edits import insert_text_and_turns, text_sha256
from qcode.core.media import NOT_ENCRYPTED_PROBLEM
from qcode.core.names import clean_name, shown, unique_name
from qcode.core.project import Project
from qcode.core.qdpx_cases import CasesAndLinks
from qcode.core.qdpx_media import ImportedRecordings, import_provenance
from qcode.core.qdpx_relations import QdpxImportReport
from qcode.errors import QcodeError
from qcode.io import qdpx_model as qm
from qcode.io.qdc import CodebookCode
from qcode.io.qdpx_media import cues_from_sync_points
from qcode.io.qdpx_read import read_project
from qcode.io.qdpx_zip import DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES, QdpxArchive
from qcode.io.speakers import detect_speaker_turns
from qcode.messages import Message
from qcode.model import MAX_CODE_DEPTH, Codebook, escape_name
from qcode.store import codes, codings, documents
from qcode.store.codes import NewCode
from qcode.store.codings import CodingRow
from qcode.store.documents import NewDocument

__all__ = ["ImportQdpx", "QdpxImportReport", "import_qdpx"]

_CODING_CHUNK = 20_000
_TYPES = {"Text": "text", "Boolean": "boolean", "Integer": "integer", "Float": "float"}
_TYPES |= {"Date": "date", "DateTime": "text"}
_QUOTE = 2000  # characters of a passage quoted in a memo


def import_qdpx(
    project: Project,
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_entries: int = DEFAULT_MAX_ENTRIES,
) -> QdpxImportReport:
    """Import the REFI-QDA project at ``path`` into ``project`` (a
    :class:`~qcode.core.project.Project` with no documents and no codings) as one
    undoable step.  Raises :class:`QcodeError`, changing nothing, if it cannot."""
    command = ImportQdpx(Path(path), max_bytes=max_bytes, max_entries=max_entries)
    report = project.push(command)
    if command.recordings_linked and project.encrypted:
        report.warnings.append(NOT_ENCRYPTED_PROBLEM)
    return report


@dataclass
class ImportQdpx(Command[QdpxImportReport]):
    kind: ClassVar[str] = "import_qdpx"
    path: Path
    max_bytes: int = DEFAULT_MAX_BYTES
    max_entries: int = DEFAULT_MAX_ENTRIES
    recordings_linked: int = 0

    @property
    def label(self) -> Message:
        return Message("import {file}", file=self.path.name)

    def do(self, tx: Transaction) -> QdpxImportReport:
        name = self.path.name
        held_documents = len(documents.documents(tx.conn))
        held_codings = codings.count(tx.conn)
        if held_documents or held_codings:
            count = held_documents or held_codings
            held = (
                Message.counted("{count:,} document{s}", count=count)
                if held_documents
                else Message.counted("{count:,} coding{s}", count=count)
            )
            raise QcodeError(
                Message(
                    "{name}: a REFI-QDA project can only be imported into a project without "
                    "documents or codings, and this one has {held}; create a new project "
                    "for it",
                    name=name,
                    held=held,
                )
            )
        report = QdpxImportReport(source=name)
        with QdpxArchive(self.path, max_bytes=self.max_bytes, max_entries=self.max_entries) as zip_:
            run = _Import(tx, report)
            run.recordings = recordings = ImportedRecordings(tx, None, zip_, self.path)
            first_coding = run.next_coding
            try:
                for item in read_project(zip_):
                    run.take(item)
                run.finish()
                imported = range(first_coding, run.next_coding)
                import_provenance(tx, zip_, run.coding_guids, imported)
            except BaseException:
                recordings.remove_written()  # a refused import leaves nothing on disk
                raise
            report.changed += recordings.lines
            self.recordings_linked = len(recordings.lines)
            report.warnings += recordings.problems
            report.warnings[:0] = zip_.warnings
            if zip_.missing:
                missing = len(set(zip_.missing))
                report.warnings.append(
                    Message(
                        "{count:,} text file the project refers to is missing from the archive",
                        count=missing,
                    )
                    if missing == 1
                    else Message(
                        "{count:,} text files the project refers to are missing from the archive",
                        count=missing,
                    )
                )
        return report


class _Import(CasesAndLinks):
    """Takes each part of the file as it is read."""

    recordings: ImportedRecordings

    # -- dispatch -----------------------------------------------------------------

    def take(self, item: qm.QdpxItem) -> None:
        if isinstance(item, qm.QdpxHeader):
            self.report.origin = item.origin
            self.recordings.base_path = item.base_path
            tool = re.split(r"\s+for\s+|\s+\d|\s*[(,]", item.origin, maxsplit=1)[0].strip()
            self.tool = clean_name(tool, "tool", "imported")[0]
        elif isinstance(item, qm.QdpxUser):
            self._user(item)
        elif isinstance(item, qm.QdpxCodebook):
            self._codebook(item)
        elif isinstance(item, qm.QdpxVariable):
            self._variable(item)
        elif isinstance(item, qm.QdpxSource):
            self._source(item)
        elif isinstance(item, qm.QdpxNote):
            self.notes.append(item)
        elif isinstance(item, qm.QdpxLink):
            self.links.append(item)
        elif isinstance(item, qm.QdpxSet):
            self.sets.append(item)
        elif isinstance(item, qm.QdpxCase):
            self.cases.append(item)
        elif isinstance(item, qm.QdpxGraph):
            self.report.skipped.append(
                Message(
                    "graph '{name}' ({nodes}, {links}) was not imported: "
                    "qcode has no network views",
                    name=item.name,
                    nodes=Message.counted("{count:,} node{s}", count=item.vertices),
                    links=Message.counted("{count:,} link{s}", count=item.edges),
                )
            )
        elif isinstance(item, qm.QdpxEnd):
            self._end(item)

    # -- users and codes ----------------------------------------------------------

    def _user(self, user: qm.QdpxUser) -> None:
        self.user_count += 1
        name = self._clean(user.name, "user", f"user {self.user_count}")
        existing = self.coder_uuids.get(user.guid or "") or self.coder_names.get(name)
        if existing is None:
            existing = self._new_coder(name, user.guid)
        if user.guid is not None:
            self.coders.setdefault(user.guid, existing)
        self.report.users += 1

    def _codebook(self, codebook: qm.QdpxCodebook) -> None:
        levels = tree_levels(codebook.codes)
        if levels > MAX_CODE_DEPTH:
            raise QcodeError(
                Message(
                    "{source}: its codes are nested {levels:,} levels deep; {rule}, and "
                    "flattening them would change the codebook; nothing was imported",
                    source=self.report.source,
                    levels=levels,
                    rule=DEPTH_RULE,
                )
            )
        existing = Codebook(codes.codes(self.tx.conn))
        rows: list[NewCode] = []
        next_id = codes.next_id(self.tx.changes)
        # (codes, parent id, parent path, parent's level: 0 for the top)
        pending: list[tuple[Sequence[CodebookCode], int | None, str, int]] = [
            (codebook.codes, None, "", 0)
        ]
        while pending:
            entries, parent_id, parent_path, parent_level = pending.pop()
            names = {code.name for code in existing.children(parent_id)}
            position = codes.max_position(self.tx.conn, parent_id) + 1
            for entry in entries:
                name = clean_name(" ".join(entry.name.split()), "code")[0]
                path = f"{parent_path}/{escape_name(name)}" if parent_path else escape_name(name)
                found = existing.by_uuid(entry.guid) or existing.child_named(parent_id, name)
                level = parent_level + 1
                if found is not None:
                    code_id = found.id
                    level = existing.depth(found.id) + 1
                    self.counts["codes matched"] += 1
                else:
                    unique = unique_name(name, names)
                    if unique != entry.name:
                        where = (
                            Message("under '{path}'", path=parent_path)
                            if parent_path
                            else Message("at the top level")
                        )
                        self.report.changed.append(
                            Message(
                                "code '{name}' {where} is now named '{unique}' "
                                "(two codes had that name)",
                                name=shown(entry.name),
                                where=where,
                                unique=unique,
                            )
                            if unique != name
                            else Message(
                                "code '{name}' {where} is now named '{unique}'",
                                name=shown(entry.name),
                                where=where,
                                unique=unique,
                            )
                        )
                    path = (
                        f"{parent_path}/{escape_name(unique)}"
                        if parent_path
                        else escape_name(unique)
                    )
                    code_id, next_id = next_id, next_id + 1
                    count = len(existing) + len(rows)
                    rows.append(
                        NewCode(
                            id=code_id,
                            uuid=self._uuid("code", entry.guid),
                            parent_id=parent_id,
                            name=unique,
                            color=check_color(entry.color or PALETTE[count % len(PALETTE)]),
                            description=entry.description,
                            keywords=(),
                            codable=entry.codable,
                            position=position,
                            created_at=self.tx.now,
                        )
                    )
                    names.add(unique)
                    position += 1
                    if not entry.codable:
                        self.not_codable[code_id] = path
                if level > MAX_CODE_DEPTH:  # under a code of the project matched by GUID
                    raise QcodeError(
                        Message(
                            "{source}: code '{path}' would be at level {level}; {rule}; "
                            "nothing was imported",
                            source=self.report.source,
                            path=shown(path),
                            level=level,
                            rule=DEPTH_RULE,
                        )
                    )
                self.codes.setdefault(entry.guid, code_id)
                self.code_paths.setdefault(entry.guid, path)
                pending.append((entry.children, code_id, path, level))
        codes.insert(self.tx.changes, rows)
        self.report.codes += len(rows)
        for code_guid, notes in codebook.note_refs.items():
            for note in notes:
                self._note_on(note, "code", self.codes.get(code_guid))

    def _variable(self, variable: qm.QdpxVariable) -> None:
        if variable.guid == qm.CASE_TYPE_VARIABLE:
            return  # qcode's own: its values are the cases' types
        if variable.name:
            variable.name = self._clean(variable.name, "variable", "Unnamed variable")
        type_ = _TYPES.get(variable.type, "text")
        if not variable.name or variable.guid is None:
            self.report.skipped.append(
                Message("variable '{name}' has no name or GUID", name=variable.name)
            )
            return
        if variable.type not in _TYPES or variable.type == "DateTime":
            self.report.changed.append(
                Message(
                    "variable '{name}' ({type}) is kept as text",
                    name=variable.name,
                    type=variable.type,
                )
            )
        known = self.variable_names.get(variable.name)
        if known is not None and known[1] == type_:
            self.variables[variable.guid] = (known[0], variable.name, type_)
            return
        name = unique_name(variable.name, set(self.variable_names))
        if name != variable.name:
            self.report.changed.append(
                Message("variable '{old}' is now named '{new}'", old=variable.name, new=name)
            )
        self.variables[variable.guid] = (self._new_variable(name, type_, variable), name, type_)

    # -- sources ------------------------------------------------------------------

    def _source(self, source: qm.QdpxSource) -> None:
        self.report.skipped += source.skipped
        ids: list[int] = []
        for text in source.texts:
            self.report.skipped += text.skipped
            if text.text is None:
                continue
            document_id = self._document(source, text)
            ids.append(document_id)
            for guid in (text.guid, *text.aliases):
                if guid is not None:
                    self.documents.setdefault(guid, []).append(document_id)
            for note in text.note_refs:
                self._note_on(note, "document", document_id)
            if text.description.strip():
                self._memo(text.description, "document", document_id, title="Description")
            self._selections(text, document_id)
        if not ids:
            return
        if source.kind in ("AudioSource", "VideoSource"):
            self.recordings.link(source, ids[0], source.name)
        if source.guid is not None and source.guid not in {text.guid for text in source.texts}:
            self.documents.setdefault(source.guid, []).extend(ids)  # a video's transcripts
        for note in source.note_refs:
            self._note_on(note, "document", ids[0])
        if source.description.strip():
            self._memo(source.description, "document", ids[0], title="Description")
        for document_id in dict.fromkeys(ids):
            for value in source.values:
                self._value(document_id, value, f"'{source.name}'")

    def _document(self, source: qm.QdpxSource, text: qm.QdpxText) -> int:
        assert text.text is not None
        digest = text_sha256(text.text)
        earlier = self.texts.get(digest)
        if earlier is not None:
            self.report.changed.append(
                Message(
                    "'{name}' has the same text as '{earlier}'; its codings and memos "
                    "are on that document",
                    name=text.name,
                    earlier=earlier[1],
                )
            )
            return earlier[0]
        cleaned = self._clean(text.name, "document", "Untitled")
        name = unique_name(cleaned, self.document_names)
        if name != cleaned:
            self.report.changed.append(
                Message("a second document named '{old}' is now '{new}'", old=cleaned, new=name)
            )
        self.document_names.add(name)
        turns = cues_from_sync_points(text.text, text.sync_points) or detect_speaker_turns(
            text.text
        )
        new = NewDocument(
            uuid=self._uuid("document", text.guid),
            name=name,
            length=len(text.text),
            sha256=digest,
            source_name=self.report.source,
            importer="qdpx",
            imported_at=text.created or self.tx.now,
            position=self.report.documents + 1,
            speakers=list(dict.fromkeys(turn.speaker for turn in turns)),
        )
        (document_id,) = documents.insert(self.tx.changes, [new])
        insert_text_and_turns(self.tx, document_id, text.text, turns)
        self.texts[digest] = (document_id, name)
        self.report.documents += 1
        return int(document_id)

    def _selections(self, text: qm.QdpxText, document_id: int) -> None:
        assert text.text is not None
        uncoded = 0
        for selection in text.selections:
            added = [self._coding(selection, coding, document_id) for coding in selection.codings]
            coding_ids = [(coding, coder) for coding, coder in added if coding]
            first = coding_ids[0][0] if coding_ids else None
            if selection.guid is not None and selection.guid not in self.selections:
                self.selections[selection.guid] = (document_id, first)
                if len(coding_ids) > 1:
                    self.selection_codings[selection.guid] = [coding for coding, _ in coding_ids]
            for note in selection.note_refs:
                self._note_on(note, "coding" if first else "document", first or document_id)
            description = selection.description.strip()
            if coding_ids and description:
                for coding_id, coder_id in coding_ids:
                    self._memo(description, "coding", coding_id, coder=coder_id)
                self.counts["described"] += len(coding_ids)
            elif not selection.codings or description:
                uncoded += 1
                quote = text.text[selection.start : selection.end]
                quote = quote if len(quote) <= _QUOTE else quote[: _QUOTE - 1] + "…"
                body = f"“{quote}”\n(characters {selection.start}–{selection.end})"
                title = selection.name or f"Passage {selection.start}–{selection.end}"
                memo = f"{description}\n\n{body}" if description else body
                self._memo(
                    memo, "document", document_id, title=title[:200], created=selection.created
                )
        if uncoded:
            self.report.changed.append(
                Message(
                    "'{name}': {count:,} passage marked without a code "
                    "is now memos on the document, quoting the passage",
                    name=text.name,
                    count=uncoded,
                )
                if uncoded == 1
                else Message(
                    "'{name}': {count:,} passages marked without a code "
                    "are now memos on the document, quoting the passage",
                    name=text.name,
                    count=uncoded,
                )
            )
        if len(self.rows) >= _CODING_CHUNK:
            self._flush()

    def _coding(
        self, selection: qm.QdpxSelection, coding: qm.QdpxCoding, document_id: int
    ) -> tuple[int, int]:
        """Add one coding; returns its id (0 if it was not added) and coder."""
        code_id = self.codes.get(coding.code or "")
        if code_id is None:
            self.counts["unknown code"] += 1
            return 0, 0
        coder_id = self._coder(coding.user or selection.user)
        key = (document_id, code_id, selection.start, selection.end, coder_id)
        if key in self.keys:
            self.counts["duplicate"] += 1
            return 0, 0
        self.keys.add(key)
        if code_id in self.not_codable:
            codes.update(self.tx.changes, code_id, codable=True)
            self.report.changed.append(
                Message(
                    "code '{path}' is marked not codable in the file "
                    "but has codings; it is codable now",
                    path=self.not_codable.pop(code_id),
                )
            )
        guid = selection.guid if len(selection.codings) == 1 and selection.guid else coding.guid
        coding_id, self.next_coding = self.next_coding, self.next_coding + 1
        created = coding.created or selection.created or self.tx.now
        self.rows.append(
            CodingRow(
                id=coding_id,
                uuid=self._uuid("coding", guid),
                document_id=document_id,
                code_id=code_id,
                start=selection.start,
                end=selection.end,
                coder_id=coder_id,
                created_at=created,
            )
        )
        if coding.guid is not None:
            self.coding_guids.setdefault(coding.guid, coding_id)
        for note in coding.note_refs:
            self._note_on(note, "coding", coding_id)
        self.report.codings += 1
        return coding_id, coder_id
