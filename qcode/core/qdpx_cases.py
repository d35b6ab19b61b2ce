"""Cases and links of a REFI-QDA import, put together once the texts and their
codings are in (the rest of the import: :mod:`qcode.core.qdpx_import`).

* ``<Case>`` → a qcode case: its name (cleaned, made unique), ``Description``,
  values → the case's attributes (the value of qcode's "case type" variable,
  :data:`~qcode.io.qdpx_model.CASE_TYPE_VARIABLE`, → its type), ``SourceRef``
  → document members, ``SelectionRef`` → coding members (every coding of the
  selection), ``CodeRef`` → coding members: the codings of that code (a case
  "coded with" a code is the case of what the code marks, as in NVivo's case
  nodes; the code stays, and the report says so).
* ``<Link>`` from a note → that note is a memo on the other end (a coding, a
  document, a code or a case), as before.
* ``<Link>`` between two selections (or codings) that became codings → a
  qcode link from the first to the second, of the type its ``name`` names
  (the built-in ones matched without regard to case, any other made a
  project link type); its notes (``NoteRef``) → the link's memo.
* any other link is listed as not imported.
"""

from __future__ import annotations

from qcode.core.names import unique_name
from qcode.core.qdpx_relations import ImportState, note_title, typed
from qcode.io import qdpx_model as qm
from qcode.io.qdpx_model import CASE_TYPE_VARIABLE
from qcode.messages import Message
from qcode.model import AttributeValue, Member
from qcode.store import attributes, cases, codings, links, memos
from qcode.store.attributes import NewValue
from qcode.store.cases import NewCase, NewCaseValue
from qcode.store.links import NewLink

_UNNAMED_LINK = "related"


class CasesAndLinks(ImportState):
    """The last steps of an import: cases, links, then notes, sets and values."""

    def finish(self) -> None:
        self._flush()
        self._cases()
        self._links()
        self._notes()
        self._sets()
        values = [
            NewValue(document, variable, value)
            for (document, variable), value in self.values.items()
        ]
        attributes.insert_values(self.tx.changes, values)
        memos.insert(self.tx.changes, self.memos)
        self.report.memos += len(self.memos)
        self._summarise()

    # -- cases ----------------------------------------------------------------------

    def _cases(self) -> None:
        names = {case.name for case in cases.rows(self.tx.conn)}
        for case in self.cases:
            cleaned = self._clean(case.name, "case", "Unnamed case")
            name = unique_name(cleaned, names)
            if name != cleaned:
                self.report.changed.append(
                    Message("a second case named '{old}' is now '{new}'", old=cleaned, new=name)
                )
            names.add(name)
            type_ = next(
                (v.value for v in case.values if v.variable == CASE_TYPE_VARIABLE), ""
            ).strip()
            uuid = self._uuid("case", case.guid)
            (case_id,) = cases.insert(
                self.tx.changes, [NewCase(name, type_, case.description, self.tx.now, uuid)]
            )
            if case.guid is not None:
                self.case_guids.setdefault(case.guid, case_id)
            self._case_values(case_id, name, case.values)
            cases.insert_members(self.tx.changes, case_id, self._members(name, case))
            self.report.cases += 1

    def _case_values(self, case_id: int, name: str, values: list[qm.QdpxValue]) -> None:
        kept: dict[int, AttributeValue] = {}
        for value in values:
            if value.variable == CASE_TYPE_VARIABLE:
                continue
            variable = self.variables.get(value.variable or "")
            if variable is None:
                self.counts["value without variable"] += 1
                continue
            variable_id, variable_name, type_ = variable
            value_typed = typed(type_, value.value)
            if value_typed is None:
                self.report.skipped.append(
                    Message(
                        "case '{case}': value '{value}' of '{variable}' is not {type}; "
                        "not imported",
                        case=name,
                        value=value.value,
                        variable=variable_name,
                        type=type_,
                    )
                )
            elif variable_id in kept and kept[variable_id] != value_typed:
                self.report.skipped.append(
                    Message(
                        "case '{case}': a second value '{value}' of '{variable}' was "
                        "not imported (it keeps '{kept}')",
                        case=name,
                        value=value.value,
                        variable=variable_name,
                        kept=kept[variable_id],
                    )
                )
            else:
                kept[variable_id] = value_typed
        cases.insert_values(
            self.tx.changes,
            [NewCaseValue(case_id, variable, value) for variable, value in kept.items()],
        )

    def _members(self, name: str, case: qm.QdpxCase) -> list[Member]:
        """The case's documents and codings in this project; what is lost is reported."""
        members: dict[Member, None] = {}
        lost_sources = lost_selections = uncoded = 0
        for guid in case.sources:
            found = self.documents.get(guid)
            if not found:
                lost_sources += 1
            for document_id in found or ():
                members[Member(document_id=document_id)] = None
        for guid in case.selections:
            coding_ids = self._codings_of(guid)
            if coding_ids is None:
                lost_selections += 1
            elif not coding_ids:
                uncoded += 1
            for coding_id in coding_ids or ():
                members[Member(coding_id=coding_id)] = None
        for guid in case.codes:
            code_id = self.codes.get(guid)
            if code_id is None:
                self.report.skipped.append(
                    Message(
                        "case '{case}' refers to a code that is not in the codebook; ignored",
                        case=name,
                    )
                )
                continue
            coded = [c.id for c in codings.codings(self.tx.conn, code_ids=[code_id])]
            for coding_id in coded:
                members[Member(coding_id=coding_id)] = None
            self.report.changed.append(
                Message.counted(
                    "case '{case}' refers to code '{code}': its {count:,} coding{s} "
                    "are members of the case (the code stays)",
                    case=name,
                    code=self.code_paths[guid],
                    count=len(coded),
                )
            )
        if lost_sources or lost_selections:
            sources = Message.counted("{count:,} source{s}", count=lost_sources)
            selections = Message.counted("{count:,} selection{s}", count=lost_selections)
            what = (
                Message("{sources} and {selections}", sources=sources, selections=selections)
                if lost_sources and lost_selections
                else sources
                if lost_sources
                else selections
            )
            self.report.skipped.append(
                Message(
                    "case '{case}': {what} of it were not imported, so they are not its members",
                    case=name,
                    what=what,
                )
            )
        if uncoded:
            self.report.skipped.append(
                Message.counted(
                    "case '{case}': {count:,} passage{s} of it without a code are not "
                    "its members (qcode's case members are documents, speakers and codings)",
                    case=name,
                    count=uncoded,
                )
            )
        return list(members)

    def _codings_of(self, guid: str) -> list[int] | None:
        """The codings a selection (or a coding's) GUID became: ``[]`` for a
        selection without a code, ``None`` for what was not imported."""
        if guid in self.selections:
            first = self.selections[guid][1]
            return self.selection_codings.get(guid, [first] if first else [])
        if guid in self.coding_guids:
            return [self.coding_guids[guid]]
        return None

    # -- links ----------------------------------------------------------------------

    def _links(self) -> None:
        notes = {note.guid: note for note in self.notes if note.guid is not None}
        to_notes = [link for link in self.links if link.origin in notes or link.target in notes]
        self._memo_links(to_notes)
        types = {t.name: t.id for t in links.link_types(self.tx.conn)}
        folded = {name.casefold(): type_id for name, type_id in reversed(types.items())}
        made: dict[tuple[int, int, int], NewLink] = {}
        unnamed = undirected = several = repeated = 0
        for link in self.links:
            if link.origin in notes or link.target in notes:
                continue
            ends = [self._codings_of(guid) if guid else None for guid in (link.origin, link.target)]
            origin, target = ends
            if not origin or not target:
                self.report.skipped.append(
                    Message(
                        "link '{link}' was not imported: qcode links codings, and its origin "
                        "is {what}",
                        link=link.name,
                        what=self._what(link.origin),
                    )
                    if not origin
                    else Message(
                        "link '{link}' was not imported: qcode links codings, and its target "
                        "is {what}",
                        link=link.name,
                        what=self._what(link.target),
                    )
                )
                continue
            if origin[0] == target[0]:
                self.report.skipped.append(
                    Message(
                        "link '{link}' from a coding to itself was not imported", link=link.name
                    )
                )
                continue
            name = self._clean(link.name, "link type", _UNNAMED_LINK)
            type_id = types.get(name) or folded.get(name.casefold())
            if type_id is None:
                type_id = types[name] = links.insert_type(self.tx.changes, name, "", self.tx.now)
                folded[name.casefold()] = type_id
            key = (type_id, origin[0], target[0])
            if key in made:
                repeated += 1
                continue
            unnamed += not link.name.strip()
            several += len(origin) > 1 or len(target) > 1
            undirected += link.direction in ("Associative", "Bidirectional")
            memo, coder, created = self._link_memo(link, notes)
            uuid = self._uuid("link", link.guid)
            made[key] = NewLink(type_id, origin[0], target[0], memo, coder, created, uuid)
        links.insert(self.tx.changes, list(made.values()))
        self.report.links += len(made)
        report = self.report.changed
        if unnamed:
            report.append(
                Message.counted(
                    "{count:,} link{s} without a name are of type '{type}'",
                    count=unnamed,
                    type=_UNNAMED_LINK,
                )
            )
        if undirected:
            report.append(
                Message.counted(
                    "{count:,} associative or two-way link{s} now go from "
                    "their origin to their target",
                    count=undirected,
                )
            )
        if several:
            report.append(
                Message.counted(
                    "{count:,} link{s} to passages with several codings link their first codings",
                    count=several,
                )
            )
        if repeated:
            self.report.skipped.append(
                Message.counted(
                    "{count:,} link{s} repeating another (same type, origin and target) "
                    "not imported again",
                    count=repeated,
                )
            )

    def _link_memo(
        self, link: qm.QdpxLink, notes: dict[str, qm.QdpxNote]
    ) -> tuple[str, int | None, str]:
        """The link's memo (its notes' texts), who wrote it and when."""
        texts: list[str] = []
        coder: int | None = None
        created = ""
        for guid in link.note_refs:
            note = notes.get(guid)
            if note is None or not note.text:
                continue
            self.link_notes.add(guid)
            title = note_title(note)
            texts.append(f"{title}\n\n{note.text}" if title else note.text)
            if coder is None and note.user is not None:
                coder = self._coder(note.user)
            created = created or note.created or ""
        return "\n\n".join(texts), coder, created or self.tx.now

    def _what(self, guid: str | None) -> Message:
        """What a link's end that is no coding is, for the report."""
        if guid is None:
            return Message("missing")
        if guid in self.selections:
            return Message("a passage without a code")
        if guid in self.documents:
            return Message("a document")
        if guid in self.codes:
            return Message("a code")
        if guid in self.case_guids:
            return Message("a case")
        return Message("not in the file or not imported")
