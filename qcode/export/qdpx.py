"""Export a project as a REFI-QDA project exchange file (``.qdpx``).

The file is a zip holding ``project.qde`` (XML in ``urn:QDA-XML:project:1.0``,
valid against ``Project-mrt2019.xsd``) and ``sources/<GUID>.txt``, each
document's stored text in UTF-8 without a byte-order mark, byte for byte.

What goes where:

* coders → ``Users`` (GUID = the coder's UUID);
* the code tree → ``CodeBook`` (colour, ``isCodable``, description; memos on a
  code as ``NoteRef``);
* document attributes → ``Variables``, and each document's values as
  ``VariableValue`` on its ``TextSource``;
* documents → ``TextSource`` (GUID = document UUID, ``plainTextPath`` =
  ``internal://<GUID>.txt``), in the documents' display order; a document
  with a linked recording → ``AudioSource``/``VideoSource`` with the text as
  its ``Transcript``, cues as sync points and codings as
  ``TranscriptSelection`` (see :mod:`qcode.export.qdpx_media`);
* each coding → one ``PlainTextSelection`` (GUID = coding UUID; positions are
  our code-point offsets, end exclusive, exactly as stored, which is what the
  standard means) holding one ``Coding`` whose GUID is derived from the
  coding's UUID (:func:`coding_guid`), so exporting again gives the same
  GUIDs; memos on the coding are ``NoteRef`` of the selection;
* memos → ``Notes`` (GUID = memo UUID), referred to from their code, document
  or selection, or from the project (project memos);
* cases → ``Cases``, and links between codings → ``Links``, as
  :mod:`qcode.export.qdpx_cases` describes (a case memo is a ``Note`` linked
  to its case; a link's memo a ``Note`` it refers to);
* the project description → the project's ``Description``.

**Pseudonymised** (with a :class:`~qcode.core.pseudonymise.Pseudonymiser`):
every source text has its identifiers replaced and each selection's
positions follow through the position map, so that it covers exactly the
replaced text of its coding (a coding that began or ended inside an
identifier covers its whole replacement); names, descriptions, memos, user
names and attribute values are replaced too (a value that is not text and
held an identifier is left out).  The written file is checked for leaks
before it is moved into place.  No recording is written (a voice identifies).

**How each coding was made** (its provenance: accepted suggestion, search,
query, merge, import...) has no place in REFI-QDA; it goes in a member of
its own, ``qcode/provenance.json``, keyed by the ``Coding`` GUID, which other
tools ignore and a qcode import reads back (:mod:`qcode.export.qdpx_provenance`).

**Consent**: the text a participant did not consent to have quoted (their
documents, their turns in shared ones) is left out of the sources: each of
its characters is ``█`` (line breaks kept), so every coding, case and link
stays where it is and the copy stays whole; :attr:`QdpxExportSummary.consent`
says how many passages and why (:mod:`qcode.export.consent`).

REFI-QDA has no place for code keywords, speaker turns (their labels stay in
the text), speakers assigned to cases, source grades, the framework matrix,
saved queries, rejected suggestions or the undo history;
:attr:`QdpxExportSummary.not_exported` lists what a project had of those.

The export streams: ``project.qde`` is written element by element into its
zip entry and texts are read one at a time, so memory stays flat however big
the project.  The zip is written beside the target and moved into place when
complete; its entries carry a fixed date, so exporting an unchanged project
twice gives the same bytes.
"""

from __future__ import annotations

import math
import re
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcode import __version__
from qcode.core.project import Project
from qcode.core.reader import NoteRow
from qcode.errors import QcodeError
from qcode.export.atomic import atomic_file
from qcode.export.leak_check import leak_check
from qcode.export.qdpx_cases import Findings
from qcode.export.qdpx_media import Recordings
from qcode.export.qdpx_provenance import MEMBER, write_provenance
from qcode.export.qdpx_xml import XmlWriter
from qcode.messages import Message
from qcode.model import AttributeValue, Code, CodingOrigin, Document

if TYPE_CHECKING:
    from qcode.core.pseudonymise import Pseudonymiser
    from qcode.export.consent import Consent

PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0"
# Coding GUIDs are uuid5(this, coding UUID): stable, and never a coding's own UUID.
CODING_GUIDS = uuid.uuid5(uuid.NAMESPACE_URL, "qcode:refi-qda:coding")
Progress = Callable[[int, int], bool]

_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can say: a fixed date, not "now"
_EXCERPT = 60  # characters of coded text in a selection's name
_TYPES = {  # qcode variable type → (typeOfVariable, value element)
    "text": ("Text", "TextValue"),
    "integer": ("Integer", "IntegerValue"),
    "float": ("Float", "FloatValue"),
    "boolean": ("Boolean", "BooleanValue"),
    "date": ("Date", "DateValue"),
}
_COLOR = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
_DATE_TIME = re.compile(r"-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")
_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_INTEGER = re.compile(r"[+-]?\d+")


@dataclass
class QdpxExportSummary:
    """What an export wrote (and what REFI-QDA could not carry)."""

    path: Path
    documents: int = 0
    codes: int = 0
    codings: int = 0
    memos: int = 0
    users: int = 0
    variables: int = 0
    cases: int = 0
    links: int = 0
    # characters XML cannot hold, replaced by U+FFFD in names, memos and descriptions
    replaced_characters: int = 0
    not_exported: list[str] = field(default_factory=list)
    consent: list[str] = field(default_factory=list)  # what was left out and why
    recordings: list[str] = field(default_factory=list)  # where the recordings are
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            **self.__dict__,
            "path": str(self.path),
            "not_exported": list(self.not_exported),
            "consent": list(self.consent),
            "recordings": list(self.recordings),
        }


def coding_guid(coding_uuid: str) -> str:
    """The GUID of the ``Coding`` element exported for this coding."""
    return str(uuid.uuid5(CODING_GUIDS, coding_uuid))


def export_qdpx(
    project: Project,
    path: str | Path,
    progress: Progress | None = None,
    *,
    pseudonymiser: Pseudonymiser | None = None,
    consent: Consent | None = None,
    include_media: bool = False,
) -> QdpxExportSummary:
    """Write the whole project to ``path`` as a REFI-QDA ``.qdpx`` file.

    ``progress(done, total)`` is called as the work goes on; when it returns
    False the export stops with :class:`QcodeError` ("export cancelled").  On
    any failure nothing is written and an existing file at ``path`` is kept.
    ``consent`` None: the consent register as it is (see the module).
    ``include_media``: linked recordings go inside the file, not by path.
    """
    from qcode.export.consent import Consent

    began = time.perf_counter()
    path = Path(path)
    if path.suffix.lower() != ".qdpx":
        raise QcodeError(
            Message("{file}: a REFI-QDA project file's name must end in .qdpx", file=path.name)
        )
    if not path.parent.is_dir():
        raise QcodeError(
            Message(
                "{file}: folder {folder} does not exist", file=path.name, folder=str(path.parent)
            )
        )
    if path.is_dir():
        raise QcodeError(Message("{file}: is a folder", file=path.name))
    summary = QdpxExportSummary(path)
    consent = consent if consent is not None else Consent.of(project)
    with project.reader.snapshot():
        export = _Export(project, summary, progress, pseudonymiser, consent)
        export.recordings = Recordings(
            project, include=include_media, enabled=pseudonymiser is None
        )
        check = leak_check(pseudonymiser, path.name)
        with (
            atomic_file(path, check=check) as temporary,
            zipfile.ZipFile(temporary, "w") as archive,
        ):
            export.write(archive)
    summary.recordings = export.recordings.lines()
    summary.consent = consent.lines()
    summary.seconds = time.perf_counter() - began
    return summary


class _Export:
    """One export: what it read up front, and the writing of each part."""

    def __init__(
        self,
        project: Project,
        summary: QdpxExportSummary,
        progress: Progress | None,
        pseudonymiser: Pseudonymiser | None = None,
        consent: Consent | None = None,
    ):
        self.project = project
        self.consent = consent
        reader = self.reader = project.reader
        self.pseudonymiser = pseudonymiser
        self.replace: Callable[[str], str] = (
            pseudonymiser.replace if pseudonymiser is not None else _unchanged
        )
        self.summary = summary
        self.info = project.info()
        self.documents = project.documents()
        self.codebook = project.codebook()
        self.coders = project.coders()
        self.variables = {row.name: row for row in reader.variables()}
        self.counts = reader.counts()
        self.code_memos = reader.memo_uuids_by_code() if self.counts.memos else {}
        self.findings = Findings(
            project, {document.id: document.uuid for document in self.documents}, self.replace
        )
        self._progress = progress
        self._done = 0
        self._total = 2 * len(self.documents) + 2
        self._unwritable_values = 0
        self.recordings = Recordings(project, include=False, enabled=False)
        # how each coding not made by hand was made, by coding UUID (see qdpx_provenance)
        self.origins = project.coding_origins_by_uuid()

    def write(self, archive: zipfile.ZipFile) -> None:
        # A streamed entry needs ZIP64 decided before it is written; only a
        # project.qde of gigabytes needs it, and other tools read plain zips best.
        estimate = (
            6 * self.counts.characters
            + 1500 * self.counts.codings
            + 1000 * (self.counts.memos + len(self.codebook) + len(self.documents))
            + 200 * len(self.documents) * len(self.variables)
            + 300 * len(self.findings.links)
            + sum(100 * len(case.selections) + 500 for case in self.findings.cases)
        )
        big = estimate > zipfile.ZIP64_LIMIT // 2
        with archive.open(_entry("project.qde"), "w", force_zip64=big) as stream:
            writer = XmlWriter(stream.write)
            self._project(writer)
            writer.finish()
        for document in self.documents:
            data = self.replace(self._text(document.id)).encode("utf-8")
            archive.writestr(_entry(f"sources/{document.uuid}.txt"), data)
            self._advance()
        replace = self.replace if self.pseudonymiser is not None else None
        made = self.summary.codings
        write_provenance(archive, _entry(MEMBER), self.origins, coding_guid, replace, codings=made)
        self.recordings.write_files(archive)
        self._advance()
        self._summarise(writer)

    def _text(self, document_id: int) -> str:
        """A document's text, with what may not be quoted left out."""
        text = self.project.text(document_id)
        return text if self.consent is None else self.consent.redact(document_id, text)

    def _advance(self) -> None:
        self._done += 1
        done = min(self._done, self._total)
        if self._progress is not None and self._progress(done, self._total) is False:
            raise QcodeError(Message("export cancelled"))

    def _summarise(self, writer: XmlWriter) -> None:
        summary, counts = self.summary, self.counts
        summary.documents = len(self.documents)
        summary.codes = len(self.codebook)
        summary.users = len(self.coders)
        summary.variables = len(self.variables)
        summary.cases = len(self.findings.cases)
        summary.links = len(self.findings.links)
        summary.replaced_characters = writer.replaced
        turns = max(counts.documents_with_speaker_turns - self.recordings.timed, 0)
        recordings = len(self.project.all_media()) if self.pseudonymiser else 0
        lost = [  # (a transcript's timed cues go out as its sync points)
            Message.counted("the keywords of {count:,} codes", count=counts.codes_with_keywords),
            Message.counted(
                "the speaker turns of {count:,} documents (their labels stay in the text)",
                count=turns,
            ),
            Message.counted("{count:,} rejected suggestions", count=counts.rejected_suggestions),
            Message.counted(
                "{count:,} recordings (a voice identifies: a pseudonymised copy leaves them out)",
                count=recordings,
            ),
            Message.counted(
                "{count:,} attribute values REFI-QDA cannot hold", count=self._unwritable_values
            ),
        ]
        summary.not_exported = [line for line in lost if line.values["count"]]
        summary.not_exported += self.findings.not_exported

    # -- project.qde -------------------------------------------------------------

    def _project(self, writer: XmlWriter) -> None:
        info = self.info
        writer.start(
            "Project",
            [
                ("xmlns", PROJECT_NAMESPACE),
                ("name", self.replace(info.get("name") or "qcode project")),
                ("origin", f"qcode {__version__}"),
                ("creationDateTime", _date_time(info.get("created_at", ""))),
                ("modifiedDateTime", _date_time(self.reader.last_edit_at() or "")),
            ],
        )
        if self.coders:
            writer.start("Users")
            for coder in self.coders:
                writer.empty("User", [("guid", coder.uuid), ("name", self.replace(coder.name))])
            writer.end("Users")
        top = self.codebook.children(None)
        if top:
            writer.start("CodeBook")
            writer.start("Codes")
            for code in top:
                self._code(writer, code)
            writer.end("Codes")
            writer.end("CodeBook")
        self._advance()
        findings = self.findings
        if self.variables or findings.has_case_types:
            writer.start("Variables")
            for variable in self.variables.values():
                typed = [("typeOfVariable", _TYPES[variable.type][0])]
                name = self.replace(variable.name)
                attributes = [("guid", variable.uuid), ("name", name), *typed]
                if variable.description:
                    writer.start("Variable", attributes)
                    writer.leaf("Description", self.replace(variable.description))
                    writer.end("Variable")
                else:
                    writer.empty("Variable", attributes)
            if findings.has_case_types:
                taken = {self.replace(name) for name in self.variables}
                findings.write_case_type_variable(writer, taken)
            writer.end("Variables")
        findings.write_cases(writer, self._values)
        if self.documents:
            writer.start("Sources")
            for document in self.documents:
                self._source(writer, document)
                self._advance()
            writer.end("Sources")
        link_notes = findings.link_notes()
        if self.counts.memos or link_notes:
            writer.start("Notes")
            for note in self.reader.notes() if self.counts.memos else ():
                self._note(writer, note)
            for note in link_notes:
                self._note(writer, note, memo=False)
            writer.end("Notes")
        findings.write_links(writer)
        if info.get("description"):
            writer.leaf("Description", self.replace(info["description"]))
        if self.counts.memos:
            for memo_uuid in self.reader.memo_uuids_on("project"):
                writer.empty("NoteRef", [("targetGUID", memo_uuid)])
        writer.end("Project")

    def _code(self, writer: XmlWriter, top: Code) -> None:
        """``top`` and the codes below it, depth first with a stack of iterators:
        an older project's tree may be deeper than recursion allows."""
        pending: list[Iterator[Code]] = [iter([top])]
        while pending:
            code = next(pending[-1], None)
            if code is None:
                pending.pop()
                if pending:
                    writer.end("Code")
                continue
            attributes = [
                ("guid", code.uuid),
                ("name", self.replace(code.name)),
                ("isCodable", "true" if code.codable else "false"),
                ("color", code.color.lower() if _COLOR.fullmatch(code.color or "") else None),
            ]
            children = self.codebook.children(code.id)
            notes = self.code_memos.get(code.id, [])
            if not (code.description or notes or children):
                writer.empty("Code", attributes)
                continue
            writer.start("Code", attributes)
            if code.description:
                writer.leaf("Description", self.replace(code.description))
            for memo_uuid in notes:
                writer.empty("NoteRef", [("targetGUID", memo_uuid)])
            pending.append(iter(children))

    def _source(self, writer: XmlWriter, document: Document) -> None:
        link = self.recordings.of(document)
        name, created = self.replace(document.name), _date_time(document.imported_at)
        selections = self.reader.selections(document.id)
        points: dict[int, str] = {}
        if link is None:
            source = "TextSource"
            writer.start(
                source,
                [
                    ("guid", document.uuid),
                    ("name", name),
                    ("plainTextPath", f"internal://{document.uuid}.txt"),
                    ("creationDateTime", created),
                ],
            )
        else:
            assert self.consent is not None
            length = len(self.project.text(document.id))
            held = self.consent.touches(document.id, 0, length)
            source = self.recordings.start(writer, document, link, name, created, holds_back=held)
            cues = self.project.timeline(document).cues
            spans = [(row.start, row.end) for row in selections]
            points = self.recordings.sync_points(writer, document, cues, spans)
        if selections:
            text = self._text(document.id)
            offsets = None
            if self.pseudonymiser is not None:
                rewritten = self.pseudonymiser.rewrite(text)
                text, offsets = rewritten.text, rewritten.offsets
            memos = self.reader.memo_uuids_of_codings_in(document.id) if self.counts.memos else {}
            made = self.reader.origin_names([row.id for row in selections])
            for row in selections:
                if made.get(row.id) == "unknown" and row.uuid not in self.origins:
                    self.origins[row.uuid] = CodingOrigin("unknown")
            for row in selections:
                created = _date_time(row.created_at)
                start, end = (
                    (row.start, row.end) if offsets is None else offsets.span(row.start, row.end)
                )
                where = (
                    [("startPosition", str(start)), ("endPosition", str(end))]
                    if link is None
                    else [("fromSyncPoint", points[start]), ("toSyncPoint", points[end])]
                )
                selection = "PlainTextSelection" if link is None else "TranscriptSelection"
                writer.start(
                    selection,
                    [
                        ("guid", row.uuid),
                        ("name", _excerpt(text, start, end) or None),
                        *where,
                        ("creatingUser", row.coder_uuid),
                        ("creationDateTime", created),
                    ],
                )
                writer.start(
                    "Coding",
                    [
                        ("guid", coding_guid(row.uuid)),
                        ("creatingUser", row.coder_uuid),
                        ("creationDateTime", created),
                    ],
                )
                writer.empty("CodeRef", [("targetGUID", row.code_uuid)])
                writer.end("Coding")
                for memo_uuid in memos.get(row.id, ()):
                    writer.empty("NoteRef", [("targetGUID", memo_uuid)])
                writer.end(selection)
            self.summary.codings += len(selections)
        if self.counts.memos:
            for memo_uuid in self.reader.memo_uuids_on("document", document.id):
                writer.empty("NoteRef", [("targetGUID", memo_uuid)])
        if link is not None:
            writer.end("Transcript")
        self._values(writer, document.attributes)
        writer.end(source)

    def _values(self, writer: XmlWriter, values: Mapping[str, AttributeValue]) -> None:
        """A document's or a case's attributes as ``VariableValue`` elements."""
        for name, value in values.items():
            variable = self.variables.get(name)
            written = None if variable is None else _typed_value(variable.type, value)
            if variable is None or written is None:
                self._unwritable_values += 1
                continue
            if self.replace(written) != written:
                # an identifier: replaced in a text, left out of a number or a date
                if variable.type != "text":
                    self._unwritable_values += 1
                    continue
                written = self.replace(written)
            writer.start("VariableValue")
            writer.empty("VariableRef", [("targetGUID", variable.uuid)])
            writer.leaf(_TYPES[variable.type][1], written)
            writer.end("VariableValue")

    def _note(self, writer: XmlWriter, note: NoteRow, *, memo: bool = True) -> None:
        """A memo (or, with ``memo`` False, a link's memo) as a ``Note``."""
        if self.pseudonymiser is not None:
            note = note._replace(title=self.replace(note.title), text=self.replace(note.text))
        writer.start(
            "Note",
            [
                ("guid", note.uuid),
                ("name", note.title.strip() or _excerpt(note.text, 0, len(note.text)) or "Memo"),
                ("creatingUser", note.coder_uuid),
                ("creationDateTime", _date_time(note.created_at)),
                ("modifiedDateTime", _date_time(note.modified_at)),
            ],
        )
        writer.leaf("PlainTextContent", note.text)
        writer.end("Note")
        self.summary.memos += memo


def _unchanged(text: str) -> str:
    return text


def _entry(name: str) -> zipfile.ZipInfo:
    """A zip entry that is the same on every export and every platform."""
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, so that the permission bits below mean what they say
    info.external_attr = 0o644 << 16
    return info


def _excerpt(text: str, start: int, end: int) -> str:
    """The start of ``text[start:end]`` on one line, at most :data:`_EXCERPT` characters."""
    stop = min(end, start + 4 * _EXCERPT)
    words = " ".join(text[start:stop].split())
    if len(words) > _EXCERPT or (stop < end and words):
        words = words[: _EXCERPT - 1].rstrip() + "…"
    return words


@lru_cache(maxsize=4096)  # codings added together share one timestamp
def _date_time(value: str) -> str | None:
    """``value`` as an ``xsd:dateTime``, or None when it is not a date and time."""
    if _DATE_TIME.fullmatch(value):
        return value
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.isoformat()


def _typed_value(type_: str, value: AttributeValue) -> str | None:
    """The text of a value element of ``type_``, or None if the value cannot be one."""
    if type_ == "text":
        return str(value)
    if type_ == "boolean":
        text = str(value).strip().lower()
        return {"true": "true", "1": "true", "false": "false", "0": "false"}.get(text)
    if type_ == "integer":
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        text = str(value).strip()
        return str(int(text)) if _INTEGER.fullmatch(text) else None
    if type_ == "float":
        try:
            number = float(value)
        except ValueError:
            return None
        # xsd:decimal has no exponent, infinity or NaN
        return format(Decimal(repr(number)), "f") if math.isfinite(number) else None
    if type_ == "date":
        text = str(value).strip()
        try:
            return text if _DATE.fullmatch(text) and date.fromisoformat(text) else None
        except ValueError:
            return None
    return None
