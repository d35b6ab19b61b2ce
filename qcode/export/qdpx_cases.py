"""Cases and links between codings in a REFI-QDA export (:mod:`qcode.export.qdpx`).

What goes where:

* each case → ``<Case>`` (GUID = the case's UUID, its name, its description
  as ``Description``, its attributes as ``VariableValue`` of the project's
  variables, each document member as ``SourceRef`` and each coding member as
  ``SelectionRef`` to that coding's selection, whose GUID is the coding's
  UUID);
* a case's **type** → the value of one more text variable, "case type",
  whose GUID is fixed (:data:`~qcode.io.qdpx_model.CASE_TYPE_VARIABLE`): other tools show it as
  an attribute of the case, and qcode reads it back as the type;
* a **speaker** member has no REFI-QDA equivalent (the standard has no
  speakers).  The codings it gives the case (those starting in the speaker's
  turns, outside the case's member documents) are written as more
  ``SelectionRef``, so that another tool sees the case's evidence; imported
  back into qcode they are coding members.  The summary says so;
* a case's **memos**: ``<Case>`` has no ``NoteRef``, so each memo is a
  ``Note`` (written with the others) and a one-way ``Link`` from the note to
  the case, the way the standard's own example attaches a memo to a
  quotation;
* each **link** between codings → a one-way ``<Link>`` (GUID = the link's
  UUID, ``name`` = its type's name, ``originGUID``/``targetGUID`` = the two
  codings' selections); its memo → a ``Note`` (GUID derived from the link's
  UUID, :func:`link_note_guid`, by the link's coder) and a ``NoteRef``.

Source grades, the framework matrix, saved queries, speakers' roles and the
descriptions of link types have no place in the standard: they are listed in
:attr:`Findings.not_exported`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from qcode.core.project import Project
from qcode.core.reader import NoteRow
from qcode.export.qdpx_xml import XmlWriter
from qcode.io.qdpx_model import CASE_TYPE_VARIABLE
from qcode.messages import Message
from qcode.model import AttributeValue, Case, Link, LinkType

CASE_TYPE_NAME = "case type"
_LINK_NOTES = uuid.uuid5(uuid.NAMESPACE_URL, "qcode:refi-qda:link-memo")
_MEMO_LINKS = uuid.uuid5(uuid.NAMESPACE_URL, "qcode:refi-qda:case-memo-link")
MEMO_LINK_NAME = "memo on case"

ValueWriter = Callable[[XmlWriter, Mapping[str, AttributeValue]], None]


def link_note_guid(link_uuid: str) -> str:
    """The GUID of the ``Note`` that holds a link's memo."""
    return str(uuid.uuid5(_LINK_NOTES, link_uuid))


def case_memo_link_guid(memo_uuid: str) -> str:
    """The GUID of the ``Link`` from a case memo's ``Note`` to its case."""
    return str(uuid.uuid5(_MEMO_LINKS, memo_uuid))


@dataclass
class _CaseOut:
    case: Case
    sources: list[str]  # document UUIDs
    selections: list[str]  # coding UUIDs
    memos: list[str]  # memo UUIDs


@dataclass
class _LinkOut:
    link: Link
    type_name: str
    origin: str  # coding UUIDs
    target: str
    coder: str | None  # coder UUID


class Findings:
    """The cases and links of one export, read up front (before ``<Sources>``,
    which the cases precede in the file)."""

    def __init__(
        self,
        project: Project,
        document_uuids: Mapping[int, str],
        replace: Callable[[str], str],
    ) -> None:
        self.replace = replace
        reader = project.reader
        self.cases: list[_CaseOut] = []
        self.links: list[_LinkOut] = []
        self.not_exported: list[str] = []  # Messages: the app shows them translated
        cases = project.cases()
        links = project.links()
        members = project.case_members() if cases else []
        documents: dict[int, set[int]] = {}
        direct: dict[int, list[int]] = {}
        speakers: dict[int, int] = {}  # case id → speaker members
        for member in members:
            kind, case_id = member.member.kind, member.case_id
            if kind == "coding":
                assert member.member.coding_id is not None
                direct.setdefault(case_id, []).append(member.member.coding_id)
            elif kind == "document":
                assert member.member.document_id is not None
                documents.setdefault(case_id, set()).add(member.member.document_id)
            else:
                speakers[case_id] = speakers.get(case_id, 0) + 1
        through_speakers = project.case_codings() if speakers else {}
        wanted = {i for ids in direct.values() for i in ids}
        for case_id in speakers:
            wanted |= through_speakers.get(case_id, frozenset())
        wanted |= {end for link in links for end in (link.origin_coding_id, link.target_coding_id)}
        # in document, then text order
        codings = {c.id: (c.uuid, c.document_id) for c in reader.codings_with_ids(wanted)}
        order = {coding_id: index for index, coding_id in enumerate(codings)}
        derived = 0
        for case in cases:
            own = documents.get(case.id, set())
            selections = [codings[i][0] for i in direct.get(case.id, []) if i in codings]
            if case.id in speakers:
                found = [i for i in through_speakers.get(case.id, ()) if i in codings]
                before = len(set(selections))
                selections += [
                    codings[i][0]
                    for i in sorted(found, key=order.__getitem__)
                    if codings[i][1] not in own
                ]
                derived += len(set(selections)) - before
            self.cases.append(
                _CaseOut(
                    case,
                    [document_uuids[d] for d in sorted(own) if d in document_uuids],
                    list(dict.fromkeys(selections)),
                    reader.memo_uuids_on("case", case.id),
                )
            )
        coders = {coder.id: coder.uuid for coder in project.coders()}
        types = {link_type.id: link_type for link_type in project.link_types()}
        for link in links:
            ends = codings.get(link.origin_coding_id), codings.get(link.target_coding_id)
            if ends[0] is None or ends[1] is None:
                continue
            self.links.append(
                _LinkOut(
                    link,
                    types[link.type_id].name,
                    ends[0][0],
                    ends[1][0],
                    coders.get(link.coder_id) if link.coder_id is not None else None,
                )
            )
        self._lost(project, speakers, derived, list(types.values()))

    @property
    def has_case_types(self) -> bool:
        return any(out.case.type for out in self.cases)

    def _lost(
        self, project: Project, speakers: dict[int, int], derived: int, types: Sequence[LinkType]
    ) -> None:
        """What of cases and corroboration the file cannot hold, for the summary."""
        lost = self.not_exported
        if speakers:
            lost.append(
                Message(
                    "the speakers assigned to {cases} ({assignments}; REFI-QDA has no speakers, "
                    "so the {codings} in their turns are written as those cases' selections)",
                    cases=Message.counted("{count:,} case{s}", count=len(speakers)),
                    assignments=Message.counted(
                        "{count:,} assignment{s}", count=sum(speakers.values())
                    ),
                    codings=Message.counted("{count:,} coding{s}", count=derived),
                )
            )
        graded = len(project.coding_grades())
        scale = len(project.grades())
        if graded:
            lost.append(
                Message(
                    "the source grades of {codings}",
                    codings=Message.counted("{count:,} coding{s}", count=graded),
                )
            )
        if scale:
            lost.append(
                Message(
                    "the scale of {grades}",
                    grades=Message.counted("{count:,} source grade{s}", count=scale),
                )
            )
        cells = len(project.framework_cells())
        if cells:
            lost.append(
                Message(
                    "{cells} (summaries and their quotes)",
                    cells=Message.counted("{count:,} framework matrix cell{s}", count=cells),
                )
            )
        queries = len(project.saved_queries())
        if queries:
            lost.append(
                Message.counted("{count:,} saved query", count=queries)
                if queries == 1
                else Message.counted("{count:,} saved queries", count=queries)
            )
        described = sum(1 for s in project.speakers() if s.role or s.description)
        if described:
            lost.append(
                Message(
                    "the roles and descriptions of {speakers}",
                    speakers=Message.counted("{count:,} speaker{s}", count=described),
                )
            )
        used = {out.link.type_id for out in self.links}
        own = [t for t in types if not t.builtin]
        unused = sum(1 for t in own if t.id not in used)
        if unused:
            lost.append(
                Message(
                    "{types} no link uses",
                    types=Message.counted("{count:,} link type{s}", count=unused),
                )
            )
        with_description = sum(1 for t in own if t.description and t.id in used)
        if with_description:
            lost.append(
                Message(
                    "the descriptions of {types}",
                    types=Message.counted("{count:,} link type{s}", count=with_description),
                )
            )
        unsigned = sum(1 for out in self.links if not out.link.memo)
        if unsigned:
            lost.append(
                Message(
                    "who made {links} without a memo, and when (a link's memo carries them)",
                    links=Message.counted("{count:,} link{s}", count=unsigned),
                )
            )

    # -- writing ------------------------------------------------------------------

    def write_case_type_variable(self, writer: XmlWriter, taken: set[str]) -> None:
        """The "case type" variable, if any case has a type (call inside ``<Variables>``)."""
        name, number = CASE_TYPE_NAME, 1
        while name in taken:
            number += 1
            name = f"{CASE_TYPE_NAME} ({number})"
        writer.empty(
            "Variable",
            [("guid", CASE_TYPE_VARIABLE), ("name", name), ("typeOfVariable", "Text")],
        )

    def write_cases(self, writer: XmlWriter, values: ValueWriter) -> None:
        """``<Cases>``, if the project has any; ``values`` writes a case's attributes."""
        if not self.cases:
            return
        writer.start("Cases")
        for out in self.cases:
            case = out.case
            writer.start("Case", [("guid", case.uuid), ("name", self.replace(case.name))])
            if case.description:
                writer.leaf("Description", self.replace(case.description))
            values(writer, case.attributes)
            if case.type:
                writer.start("VariableValue")
                writer.empty("VariableRef", [("targetGUID", CASE_TYPE_VARIABLE)])
                writer.leaf("TextValue", self.replace(case.type))
                writer.end("VariableValue")
            for guid in out.sources:
                writer.empty("SourceRef", [("targetGUID", guid)])
            for guid in out.selections:
                writer.empty("SelectionRef", [("targetGUID", guid)])
            writer.end("Case")
        writer.end("Cases")

    def link_notes(self) -> list[NoteRow]:
        """The memo of each link that has one, as a note to write in ``<Notes>``."""
        return [
            NoteRow(
                link_note_guid(out.link.uuid),
                "",
                out.link.memo,
                out.coder,
                out.link.created_at,
                out.link.created_at,
            )
            for out in self.links
            if out.link.memo
        ]

    def write_links(self, writer: XmlWriter) -> None:
        """``<Links>``: the links between codings and the case memos' links."""
        memo_links = [(memo, out.case.uuid) for out in self.cases for memo in out.memos]
        if not (self.links or memo_links):
            return
        writer.start("Links")
        for out in self.links:
            link = out.link
            attributes = [
                ("guid", link.uuid),
                ("name", self.replace(out.type_name)),
                ("direction", "OneWay"),
                ("originGUID", out.origin),
                ("targetGUID", out.target),
            ]
            if not link.memo:
                writer.empty("Link", attributes)
                continue
            writer.start("Link", attributes)
            writer.empty("NoteRef", [("targetGUID", link_note_guid(link.uuid))])
            writer.end("Link")
        for memo, case in memo_links:
            writer.empty(
                "Link",
                [
                    ("guid", case_memo_link_guid(memo)),
                    ("name", MEMO_LINK_NAME),
                    ("direction", "OneWay"),
                    ("originGUID", memo),
                    ("targetGUID", case),
                ],
            )
        writer.end("Links")
