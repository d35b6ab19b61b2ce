"""The state of a REFI-QDA import (:mod:`qcode.core.qdpx_import`), and what it
puts together once the texts are in.

Notes come after the sources in a project file, and links, sets and cases
refer to things anywhere in it, so they are kept until the end (cases and
links: :mod:`qcode.core.qdpx_cases`); notes then become memos (on what
refers to them, else on the project) and sets document attributes.  The
report's closing lines sum up what was left out or changed.
"""

from __future__ import annotations

import math
import uuid as uuidlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from qcode.core.commands import Transaction
from qcode.core.names import clean_name, shown, unique_name
from qcode.io import qdpx_model as qm
from qcode.messages import Message
from qcode.model import AttributeValue
from qcode.store import attributes, cases, coders, codings, documents, memos, project_info
from qcode.store.codings import CodingRow
from qcode.store.memos import NewMemo

_TRUE, _FALSE = {"true", "1", "yes"}, {"false", "0", "no"}
# What a cleaned name names, as the report says it ("case name 'x' is now 'y'").
_NAMED = {
    "case": Message("case"),
    "document": Message("document"),
    "link type": Message("link type"),
    "set": Message("set"),
    "user": Message("user"),
    "variable": Message("variable"),
}


@dataclass
class QdpxImportReport:
    """What an import brought in, and what it left out or changed (one sentence each)."""

    source: str
    origin: str = ""
    documents: int = 0
    codes: int = 0
    codings: int = 0
    memos: int = 0
    users: int = 0
    variables: int = 0
    sets: int = 0
    cases: int = 0
    links: int = 0
    skipped: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


class ImportState:
    """One import in progress: what is known so far and where it went."""

    def __init__(self, tx: Transaction, report: QdpxImportReport) -> None:
        self.tx = tx
        self.report = report
        self.tool = "imported"
        self.coders: dict[str, int] = {}  # user GUID → coder id
        self.coder_names = {coder.name: coder.id for coder in coders.coders(tx.conn)}
        self.coder_uuids = {coder.uuid: coder.id for coder in coders.coders(tx.conn)}
        self.fallback_coder: int | None = None
        self.user_count = 0
        self.codes: dict[str, int] = {}  # code GUID → code id
        self.code_paths: dict[str, str] = {}
        self.not_codable: dict[int, str] = {}  # code id → path, for codes marked so
        self.variables: dict[str, tuple[int, str, str]] = {}  # GUID → (id, name, type)
        self.variable_names = {v.name: (v.id, v.type) for v in attributes.variables(tx.conn)}
        self.values: dict[tuple[int, int], AttributeValue] = {}  # (document, variable) → value
        self.documents: dict[str, list[int]] = {}  # source/text GUID → documents
        self.document_names = {document.name for document in documents.documents(tx.conn)}
        self.texts: dict[str, tuple[int, str]] = {}  # sha256 → (document, name)
        # UUIDs taken, by what has them: "document", "code", "coding", "memo"
        self.used: dict[str, set[str]] = {"document": set(), "code": set(), "coding": set()}
        self.used["memo"] = memos.uuids(tx.conn)
        self.used["case"] = {case.uuid for case in cases.rows(tx.conn)}
        self.used["link"] = set()  # the project has no codings, so no links
        self.reminted: Counter[str] = Counter()
        self.selections: dict[str, tuple[int, int | None]] = {}  # GUID → (document, coding)
        # GUID → every coding, for the selections with more than one
        self.selection_codings: dict[str, list[int]] = {}
        self.case_guids: dict[str, int] = {}  # case GUID → case id
        self.link_notes: set[str] = set()  # GUIDs of notes that are links' memos
        self.coding_guids: dict[str, int] = {}
        self.note_targets: dict[str, list[tuple[str, int | None]]] = {}
        self.notes: list[qm.QdpxNote] = []
        self.links: list[qm.QdpxLink] = []
        self.sets: list[qm.QdpxSet] = []
        self.cases: list[qm.QdpxCase] = []
        self.rows: list[CodingRow] = []
        self.keys: set[tuple[int, int, int, int, int]] = set()
        self.next_coding = codings.next_id(tx.changes)
        self.memos: list[NewMemo] = []
        self.counts: Counter[str] = Counter()

    def _uuid(self, thing: str, guid: str | None) -> str:
        """``guid`` for a new ``thing`` ("document", "code", "coding", "memo",
        "case", "link"), or a new UUID if it is missing or taken."""
        if guid is not None and guid not in self.used[thing]:
            self.used[thing].add(guid)
            return guid
        if guid is not None:
            self.reminted[thing] += 1
        fresh = str(uuidlib.uuid4())
        self.used[thing].add(fresh)
        return fresh

    def _clean(self, value: str, what: str, placeholder: str) -> str:
        """A name from the file made valid (:func:`~qcode.core.names.clean_name`);
        a change beyond trimming is reported."""
        name, changed = clean_name(value, what, placeholder)
        if changed and value:
            self.report.changed.append(
                Message(
                    "{what} name '{old}' is now '{new}'",
                    what=_NAMED.get(what, what),
                    old=shown(value),
                    new=name,
                )
            )
        return name

    def _new_coder(self, name: str, guid: str | None) -> int:
        unique = unique_name(name, set(self.coder_names))
        if unique != name:
            self.report.changed.append(
                Message("a second user named '{old}' is now '{new}'", old=name, new=unique)
            )
        if guid is None or guid in self.coder_uuids:
            guid = str(uuidlib.uuid4())
        coder_id = coders.insert(self.tx.changes, unique, self.tx.now, uuid=guid)
        self.coder_names[unique] = self.coder_uuids[guid] = coder_id
        return coder_id

    def _coder(self, guid: str | None) -> int:
        if guid is not None:
            known = self.coders.get(guid) or self.coder_uuids.get(guid)
            if known is None:
                known = self.coders[guid] = self._new_coder(f"user {guid[:8]}", guid)
                self.report.changed.append(
                    Message(
                        "work by user {guid}, who is not among the file's users, is "
                        "attributed to a new coder 'user {short}'",
                        guid=guid,
                        short=guid[:8],
                    )
                )
            return known
        if self.fallback_coder is None:
            self.fallback_coder = self._new_coder(f"{self.tool} user", None)
        self.counts["no author"] += 1
        return self.fallback_coder

    def _new_variable(self, name: str, type_: str, variable: qm.QdpxVariable | None) -> int:
        guid = variable.guid if variable is not None else None
        taken = {guid} & {v.uuid for v in attributes.variables(self.tx.conn)}
        variable_id = attributes.insert_variable(
            self.tx.changes,
            name,
            type_,
            variable.description if variable is not None else "",
            uuid=guid if guid and not taken else None,
        )
        self.variable_names[name] = (variable_id, type_)
        self.report.variables += 1
        return variable_id

    def _flush(self) -> None:
        codings.insert(self.tx.changes, self.rows)
        self.rows = []

    # -- attributes ----------------------------------------------------------------

    def _value(self, document_id: int, value: qm.QdpxValue, owner: str) -> bool:
        variable = self.variables.get(value.variable or "")
        if variable is None:
            self.counts["value without variable"] += 1
            return False
        variable_id, name, type_ = variable
        value_typed = typed(type_, value.value)
        if value_typed is None:
            self.report.skipped.append(
                Message(
                    "{owner}: value '{value}' of '{variable}' is not {type}; not imported",
                    owner=owner,
                    value=value.value,
                    variable=name,
                    type=type_,
                )
            )
            return False
        key = (document_id, variable_id)
        if key in self.values and self.values[key] != value_typed:
            self.report.skipped.append(
                Message(
                    "{owner}: a second value '{value}' of '{variable}' for one document "
                    "was not imported (it keeps '{kept}')",
                    owner=owner,
                    value=value.value,
                    variable=name,
                    kept=self.values[key],
                )
            )
            return False
        self.values[key] = value_typed
        return True

    def _flag(self, name: str, document_ids: Sequence[int]) -> None:
        """A yes/no attribute ``name`` set to yes on the documents."""
        known = self.variable_names.get(name)
        if known is not None and known[1] == "boolean":
            variable_id = known[0]
        else:
            unique = unique_name(name, set(self.variable_names))
            variable_id = self._new_variable(unique, "boolean", None)
        for document_id in document_ids:
            self.values[(document_id, variable_id)] = True

    # -- memos ----------------------------------------------------------------------

    def _note_on(self, note: str, kind: str, target: int | None) -> None:
        if target is not None and (kind, target) not in self.note_targets.get(note, []):
            self.note_targets.setdefault(note, []).append((kind, target))

    def _memo(
        self,
        text: str,
        kind: str,
        target: int | None,
        *,
        title: str = "",
        guid: str | None = None,
        coder: int | None = None,
        created: str | None = None,
        modified: str | None = None,
    ) -> None:
        when = created or self.tx.now
        self.memos.append(
            NewMemo(
                target=kind,
                target_id=None if kind == "project" else target,
                title=title,
                text=text,
                coder_id=coder,
                created_at=when,
                modified_at=modified or when,
                uuid=self._uuid("memo", guid),
            )
        )

    def _target(self, guid: str | None) -> tuple[str, int] | None:
        """What a link end means in this project: a coding, document, code or case."""
        if guid is None:
            return None
        if guid in self.selections:
            document_id, coding_id = self.selections[guid]
            return ("coding", coding_id) if coding_id else ("document", document_id)
        if guid in self.coding_guids:
            return "coding", self.coding_guids[guid]
        if guid in self.documents:
            return "document", self.documents[guid][0]
        if guid in self.codes:
            return "code", self.codes[guid]
        if guid in self.case_guids:
            return "case", self.case_guids[guid]
        return None

    # -- the end --------------------------------------------------------------------

    def _end(self, end: qm.QdpxEnd) -> None:
        for note in end.note_refs:
            self.note_targets.setdefault(note, []).append(("project", None))
        if end.description.strip():
            project_info.set_description(self.tx.changes, end.description)

    def _memo_links(self, links: Sequence[qm.QdpxLink]) -> None:
        """Links from a note to something: the note is a memo on that thing."""
        notes = {note.guid for note in self.notes if note.guid is not None}
        for link in links:
            note, other = (
                (link.origin, link.target) if link.origin in notes else (link.target, link.origin)
            )
            target = self._target(other)
            if target is not None:
                self._note_on(note or "", *target)
            else:
                self.report.skipped.append(
                    Message(
                        "link '{link}' from a memo to something not imported "
                        "was dropped; the memo is kept",
                        link=link.name,
                    )
                )

    def _notes(self) -> None:
        for note in self.notes:
            self.report.skipped += note.skipped
            targets = self.note_targets.get(note.guid or "")
            if not targets and note.guid in self.link_notes:
                continue  # a link's memo, and nothing else
            if not note.text:
                self.report.skipped.append(
                    Message("memo '{memo}' is empty; not imported", memo=note.name)
                )
                continue
            targets = targets or [("project", None)]
            coder = self._coder(note.user) if note.user else None
            title = note_title(note)
            for index, (kind, target) in enumerate(targets):
                guid = note.guid if index == 0 else None
                when = {"created": note.created, "modified": note.modified}
                self._memo(note.text, kind, target, title=title, guid=guid, coder=coder, **when)
            if len(targets) > 1:
                self.report.changed.append(
                    Message(
                        "memo '{memo}' is on {count} things; it is now {count} memos, one on each",
                        memo=note.name,
                        count=len(targets),
                    )
                )

    def _sets(self) -> None:
        empty: list[str] = []
        for set_ in self.sets:
            set_.name = self._clean(set_.name, "set", "Unnamed set")
            used = False
            if set_.sources:
                documents = [d for guid in set_.sources for d in self.documents.get(guid, [])]
                lost = sum(guid not in self.documents for guid in set_.sources)
                if documents:
                    self._flag(f"set: {set_.name}", list(dict.fromkeys(documents)))
                    used = True
                    flagged = len(set(documents))
                    self.report.changed.append(
                        Message.counted(
                            "set '{set}' is now the yes/no attribute 'set: {set}' "
                            "of {count:,} document{s} ({lost} of its members were not imported)",
                            set=set_.name,
                            count=flagged,
                            lost=lost,
                        )
                        if lost
                        else Message.counted(
                            "set '{set}' is now the yes/no attribute 'set: {set}' "
                            "of {count:,} document{s}",
                            set=set_.name,
                            count=flagged,
                        )
                    )
            if set_.codes:
                paths = [self.code_paths[guid] for guid in set_.codes if guid in self.code_paths]
                if paths:
                    text = "\n".join(filter(None, [set_.description.strip(), *paths]))
                    self._memo(text, "project", None, title=f"Code set: {set_.name}")
                    used = True
                    self.report.changed.append(
                        Message.counted(
                            "code set '{set}' is now a project memo listing its {count:,} code{s}",
                            set=set_.name,
                            count=len(paths),
                        )
                    )
            if set_.notes:
                self.report.skipped.append(
                    Message("set '{set}': its memos are not grouped", set=set_.name)
                )
            self.report.sets += used
            if not used and not set_.notes:
                empty.append(f"'{set_.name}'")
        if empty:
            self.report.skipped.append(
                Message.counted(
                    "{count:,} set{s} without imported members: {sets}",
                    count=len(empty),
                    sets=", ".join(empty),
                )
            )

    def _summarise(self) -> None:
        report, counts = self.report, self.counts
        if counts["codes matched"]:
            count = counts["codes matched"]
            report.changed.append(
                Message.counted(
                    "{count:,} code{s} already in the project (same GUID "
                    "or path) kept as they are; the file's codings of them are on them",
                    count=count,
                )
            )
        if counts["no author"]:
            count = counts["no author"]
            report.changed.append(
                Message.counted(
                    "{count:,} coding{s} without an author: attributed to a coder '{tool} user'",
                    count=count,
                    tool=self.tool,
                )
            )
        if counts["described"]:
            count = counts["described"]
            report.changed.append(
                Message.counted(
                    "the comments of coded passages are now memos on {count:,} coding{s}",
                    count=count,
                )
            )
        for thing, count in self.reminted.items():
            report.changed.append(
                Message(
                    "{things} with a GUID used twice in the file got a new one",
                    things=_counted(thing, count),
                )
            )
        if counts["unknown code"]:
            count = counts["unknown code"]
            report.skipped.append(
                Message.counted(
                    "{count:,} coding{s} of codes missing from the codebook not imported",
                    count=count,
                )
            )
        if counts["duplicate"]:
            count = counts["duplicate"]
            report.skipped.append(
                Message.counted(
                    "{count:,} coding{s} repeating another (same code, "
                    "passage and coder) not imported again",
                    count=count,
                )
            )
        if counts["value without variable"]:
            count = counts["value without variable"]
            report.skipped.append(
                Message.counted(
                    "{count:,} attribute value{s} of "
                    "variables the file does not define not imported",
                    count=count,
                )
            )
        for lines in (report.skipped, report.changed, report.warnings):
            lines[:] = dict.fromkeys(lines)  # a transcript often repeats its text source


def _counted(thing: str, count: int) -> Message:
    """``count`` things of a kind :meth:`ImportState._uuid` mints GUIDs for."""
    counted = {
        "document": Message.counted("{count:,} document{s}", count=count),
        "code": Message.counted("{count:,} code{s}", count=count),
        "coding": Message.counted("{count:,} coding{s}", count=count),
        "memo": Message.counted("{count:,} memo{s}", count=count),
        "case": Message.counted("{count:,} case{s}", count=count),
        "link": Message.counted("{count:,} link{s}", count=count),
    }
    return counted.get(thing) or Message.counted("{count:,} {thing}{s}", count=count, thing=thing)


def note_title(note: qm.QdpxNote) -> str:
    """The note's name as a memo's title: "" when it is only the start of its
    text, which is how a memo without a title is exported (by qcode and others)."""
    collapsed, start = " ".join(note.text.split()), note.name.removesuffix("…").rstrip()
    title = note.name
    if title == collapsed or (title.endswith("…") and collapsed.startswith(start)):
        return ""
    return title


def typed(type_: str, raw: str) -> AttributeValue | None:
    """``raw`` as a value of the qcode attribute type ``type_``, or None if it is not one."""
    text = raw.strip()
    try:
        if type_ == "integer":
            return int(text)
        if type_ == "float":
            number = float(text)
            return number if math.isfinite(number) else None
        if type_ == "boolean":
            lowered = text.lower()
            return True if lowered in _TRUE else False if lowered in _FALSE else None
        if type_ == "date":
            return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None
    return raw
