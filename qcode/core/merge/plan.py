"""The state a merge carries from step to step: the other project's rows,
and how each of its rows maps onto a row of the project being merged into.

The steps (coders, variables, documents, codes, codings, memos) live in
:mod:`qcode.core.merge.documents`, :mod:`qcode.core.merge.codebook` and
:mod:`qcode.core.merge.codings`; each fills in the maps the later ones read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from qcode.core.commands import Transaction
from qcode.core.merge.reanchor import Reanchor
from qcode.core.merge.report import MergeReport
from qcode.core.names import clean_name, shown, unique_name
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import (
    CaseMember,
    Code,
    Coding,
    Grade,
    Link,
    LinkType,
    Memo,
    Pseudonym,
    SavedQuery,
)
from qcode.store import (
    attributes,
    cases,
    coders,
    codes,
    coding_provenance,
    codings,
    documents,
    framework,
    grades,
    links,
    memos,
    project_info,
    pseudonyms,
    saved_queries,
    speakers,
    suggestions,
)
from qcode.store.attributes import ValueRow, VariableRow
from qcode.store.cases import CaseRow, CaseValueRow
from qcode.store.changes import ChangeRecorder
from qcode.store.coders import CoderRow
from qcode.store.coding_provenance import ProvenanceRow
from qcode.store.database import Connection, broken_references, read_snapshot
from qcode.store.documents import DocumentRow
from qcode.store.framework import CellRow, QuoteRow
from qcode.store.speakers import SpeakerRow, TurnRow
from qcode.store.suggestions import Rejection


@dataclass
class OtherFindings:
    """What the other project holds beyond documents, codes and codings."""

    speakers: list[SpeakerRow]
    cases: list[CaseRow]
    case_values: list[CaseValueRow]
    members: list[CaseMember]
    cells: list[CellRow]
    quotes: list[QuoteRow]
    link_types: list[LinkType]
    links: list[Link]
    grades: list[Grade]
    coding_grades: dict[int, int]
    queries: list[SavedQuery]
    provenance: list[ProvenanceRow]

    @classmethod
    def read(cls, conn: Connection) -> OtherFindings:
        """Read inside the caller's read snapshot."""
        return cls(
            speakers=speakers.speaker_rows(conn),
            cases=cases.rows(conn),
            case_values=cases.value_rows(conn),
            members=cases.members(conn),
            cells=framework.rows(conn),
            quotes=framework.quote_rows(conn),
            link_types=links.type_rows(conn),
            links=links.links(conn),
            grades=grades.rows(conn),
            coding_grades=grades.coding_grades(conn),
            queries=saved_queries.rows(conn),
            provenance=coding_provenance.rows(conn),
        )


@dataclass
class OtherProject:
    """The project being merged in, read once before the merge starts, with
    the same readers that read the project merged into; every list is in the
    order its rows were added (id order)."""

    path: Path
    conn: Connection
    info: dict[str, str]
    coders: list[CoderRow]
    documents: list[DocumentRow]
    variables: list[VariableRow]
    values: list[ValueRow]
    turns: list[TurnRow]
    codes: list[Code]
    code_times: dict[int, str]  # code id → when it was created
    codings: list[Coding]
    memos: list[Memo]
    rejections: list[Rejection]
    pseudonyms: list[Pseudonym]
    # speakers' roles, cases, framework cells, links, grades, saved queries
    findings: OtherFindings
    # (conflict kind, name as cleaned, name as the file has it), for the report
    cleaned: list[tuple[str, str, str]] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path, conn: Connection) -> OtherProject:
        with read_snapshot(conn):
            broken = broken_references(conn)
            if broken:
                table, missing = broken[0]
                raise QcodeError(
                    Message(
                        "{file}: the project file is damaged ({table} refer to {missing} that "
                        "are not there); nothing was merged",
                        file=path.name,
                        table=table,
                        missing=missing,
                    )
                )
            other = cls(
                path=path,
                conn=conn,
                info=project_info.info(conn),
                coders=coders.rows(conn),
                documents=documents.rows(conn),
                variables=sorted(attributes.variable_rows(conn), key=lambda row: row.id),
                values=attributes.value_rows(conn),
                turns=speakers.rows(conn),
                codes=sorted(codes.codes(conn), key=lambda code: code.id),
                code_times=codes.created_times(conn),
                codings=codings.rows(conn),
                memos=memos.rows(conn),
                rejections=suggestions.rejection_rows(conn),
                pseudonyms=pseudonyms.rows(conn),
                findings=OtherFindings.read(conn),
            )
        other.clean_names()
        return other

    def clean_names(self) -> None:
        """Make the names of the other file's coders, documents, attributes and
        codes valid (:func:`~qcode.core.names.clean_name`): an older qcode, or
        someone editing the file, may have stored control characters or blanks."""
        self.coders = [row._replace(name=self._clean(row.name, "coder")) for row in self.coders]
        self.documents = [
            row._replace(name=self._clean(row.name, "document")) for row in self.documents
        ]
        self.variables = [
            row._replace(name=self._clean(row.name, "attribute")) for row in self.variables
        ]
        self.codes = [replace(code, name=self._clean(code.name, "code")) for code in self.codes]

    def _clean(self, stored: object, kind: str) -> str:
        raw = stored if isinstance(stored, str) else str(stored)
        name, changed = clean_name(raw, kind)
        if changed:
            self.cleaned.append((kind, name, raw))
        return name

    @property
    def name(self) -> str:
        return self.path.name

    def text(self, document_id: int) -> str:
        return documents.text(self.conn, document_id)


@dataclass
class Placement:
    """Where the other project's codings on one document go."""

    document_id: int  # the project's document
    other_id: int  # the other project's document
    reanchor: Reanchor | None = None  # set when the texts differ
    copy_id: int | None = None  # a copy of the other's document, made when needed
    unplaced: list[Coding] = field(default_factory=list)  # codings that went to the copy


class MergeState:
    """Maps from the other project's row ids to the project's, plus what the
    steps share: the transaction, the report, names already taken."""

    def __init__(self, tx: Transaction, other: OtherProject, report: MergeReport) -> None:
        self.tx = tx
        self.other = other
        self.report = report
        self.coders: dict[int, int] = {}
        self.variables: dict[int, int] = {}  # absent: not merged (types differ)
        self.documents: dict[int, Placement] = {}
        self.codes: dict[int, int] = {}
        self.codings: dict[int, int] = {}
        self.cases: dict[int, int] = {}
        self.link_types: dict[int, int] = {}
        self.grades: dict[int, int] = {}
        # (target kind, target id, title, text): memos that keep the other's
        # text where the project's was kept (a case description, a summary)
        self.extra_memos: list[tuple[str, int, str, str]] = []
        self.coder_names: dict[int, str] = {}
        self.document_names: dict[int, str] = {}  # the project's, by id
        self.document_uuids: set[str] = set()
        # (code id, the other's description) for codes whose descriptions differ
        self.code_descriptions: list[tuple[int, str]] = []
        self._next_ids: dict[Callable[[ChangeRecorder], int], int] = {}
        for kind, name, raw in other.cleaned:
            report.conflict(
                kind,
                name,
                Message(
                    "named '{raw}' in {other}; cleaned to '{name}'",
                    raw=shown(raw),
                    other=other.name,
                    name=name,
                ),
            )

    @property
    def suffix(self) -> str:
        """Added to names and titles that come from the other project."""
        return f" (from {self.other.path.stem})"

    def new_id(self, first: Callable[[ChangeRecorder], int]) -> int:
        """An id for a row about to be inserted (ids are given out once);
        ``first`` is the entity's ``next_id`` (e.g. :func:`qcode.store.codes.next_id`)."""
        if first not in self._next_ids:
            self._next_ids[first] = first(self.tx.changes)
        value = self._next_ids[first]
        self._next_ids[first] = value + 1
        return value

    def unique_document_name(self, name: str) -> str:
        return unique_name(name, set(self.document_names.values()))


def quoted(names: Sequence[str], limit: int = 3) -> str:
    """``'a', 'b', 'c' and 2 more``."""
    shown = ", ".join(f"'{name}'" for name in names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")
