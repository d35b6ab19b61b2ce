"""The project's speakers and cases: the ``Project`` methods that read and
edit them (inherited by :class:`qcode.core.project.Project`).

A speaker is the label of their turns across the project, with a role and a
description.  A case is an informant, an incident, an institution; its
members are documents, speakers and single codings, and
:meth:`CaseMethods.case_codings` says which codings that makes each case's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from qcode.core import case_edits, case_lists, speaker_edits
from qcode.core.case_lists import CaseImport, CaseListRow
from qcode.core.coding_edits import AddedCodings
from qcode.core.names import shown
from qcode.core.project_parts import ProjectPart
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import AttributeValue, Case, CaseMember, Code, Document, Member, Speaker
from qcode.model import SpeakerTurn as SpeakerTurn
from qcode.store import cases, speakers


class CaseMethods(ProjectPart):
    """Speakers and cases (see the module)."""

    # -- speakers ------------------------------------------------------------------

    def speakers(self) -> list[Speaker]:
        """Every speaker (a label with turns, or with a role or description),
        by name, with how many documents, turns, characters and codings
        (starting inside their turns) they have."""
        return speakers.speakers(self.conn)

    def speaker(self, name: str) -> Speaker:
        """One speaker by label (exact, else case-insensitive when unique)."""
        everyone = self.speakers()
        label = name.strip()
        found = [s for s in everyone if s.name == label] or [
            s for s in everyone if s.name.casefold() == label.casefold()
        ]
        if len(found) != 1:
            raise QcodeError(
                Message("no speaker '{speaker}' in any document", speaker=shown(label))
            )
        return found[0]

    def turns_of_speaker(
        self, name: str, documents: Sequence[Document] | None = None
    ) -> list[tuple[int, SpeakerTurn]]:
        """(document id, turn) of each turn of a speaker (in these documents),
        in the documents' order, then text order."""
        ids = None if documents is None else [document.id for document in documents]
        return [(row.document_id, row.turn) for row in speakers.turns_of(self.conn, name, ids)]

    def set_speaker(
        self, name: str, *, role: str | None = None, description: str | None = None
    ) -> Speaker:
        """Set a speaker's role (free text; the app offers interviewer,
        respondent, interpreter) or description; ``None`` leaves it."""
        self.push(speaker_edits.SetSpeaker(name, role, description))
        return self.speaker(name)

    def set_speaker_role(self, name: str, role: str) -> Speaker:
        return self.set_speaker(name, role=role)

    def autocode_speaker(
        self,
        name: str,
        code: Code | str,
        *,
        documents: Sequence[Document] | None = None,
        create: bool = False,
    ) -> AddedCodings:
        """Code every turn of a speaker (in these documents) with ``code`` (a
        code or a path; ``create`` makes a missing one), without the turn's
        label: one undoable step.  Spans this coder already coded with the
        code are skipped (counted in ``skipped_duplicates``)."""
        command = speaker_edits.AutocodeSpeaker(
            name,
            code.id if isinstance(code, Code) else code,
            None if documents is None else [document.id for document in documents],
            create,
            code.name if isinstance(code, Code) else "",
        )
        return self.push(command)

    # -- cases -------------------------------------------------------------------

    def cases(self) -> list[Case]:
        """Every case by name, with its attributes and member count."""
        return cases.cases(self.conn)

    def case_list(self) -> list[Case]:
        """Every case by name with its member count but *without* its
        attributes: a list of 50,000 respondents is read in a tenth of the
        time, and its attributes a page at a time (:meth:`case_attributes`)."""
        return cases.cases(self.conn, with_values=False)

    def cases_with_ids(self, ids: Sequence[int]) -> list[Case]:
        """These cases (those that still exist) by name, with their attributes."""
        return cases.cases(self.conn, ids)

    def case_attributes(self, ids: Sequence[int]) -> dict[int, dict[str, AttributeValue]]:
        """The attributes of these cases, by case id (a case with none is absent)."""
        return cases.values_by_case(self.conn, ids)

    def case_attribute_names(self) -> list[str]:
        """Names of the attributes at least one case has (in no set order)."""
        return cases.variable_names(self.conn)

    def case(self, ref: str | int) -> Case:
        """A case by id, name (exact, else case-insensitive when unique) or UUID."""
        if isinstance(ref, int):
            found = cases.cases(self.conn, [ref])
            if not found:
                raise QcodeError(Message("the case no longer exists"))
            return found[0]
        name = ref.strip()
        ids = cases.ids_named(self.conn, name) or cases.ids_with_uuid(self.conn, name.lower())
        if ids:
            return cases.cases(self.conn, ids)[0]
        folded = [case for case in self.cases() if case.name.casefold() == name.casefold()]
        if len(folded) == 1:
            return folded[0]
        raise QcodeError(Message("no case '{name}'", name=shown(name)))

    def create_case(
        self,
        name: str,
        *,
        type: str = "",
        description: str = "",
        attributes: Mapping[str, AttributeValue] | None = None,
    ) -> Case:
        case_id = self.push(case_edits.CreateCase(name, type, description, attributes or {}))
        return self.case(case_id)

    def rename_case(self, case: Case, name: str) -> Case:
        self.push(case_edits.UpdateCase(case, name=name))
        return self.case(case.id)

    def edit_case(
        self,
        case: Case,
        *,
        type: str | None = None,
        description: str | None = None,
    ) -> Case:
        """Change a case's type or description (``None``: as it is)."""
        self.push(case_edits.UpdateCase(case, type=type, description=description))
        return self.case(case.id)

    def delete_cases(self, cases: Sequence[Case]) -> None:
        """Delete cases with their members, attributes, memos and framework
        cells (the documents and codings stay)."""
        self.push(case_edits.DeleteCases(cases))

    def delete_case(self, case: Case) -> None:
        self.delete_cases([case])

    def set_case_attributes(self, case: Case, values: Mapping[str, AttributeValue | None]) -> Case:
        """Set or remove (``None``) attributes of a case; the variables are the
        documents' (a new name makes a new one, typed by its first value)."""
        self.push(case_edits.SetCaseAttributes(case, values))
        return self.case(case.id)

    def case_members(self, case: Case | None = None) -> list[CaseMember]:
        """The members of a case (``None``: of every case), in the order added."""
        return cases.members(self.conn, None if case is None else case.id)

    def assign_to_case(self, case: Case, members: Sequence[Member]) -> int:
        """Assign documents, speakers (everywhere, or in one document) or
        codings to a case; returns how many were not members yet."""
        return self.push(case_edits.AssignMembers(case, members))

    def unassign_from_case(self, case: Case, members: Sequence[Member]) -> int:
        """Take members off a case; returns how many were members."""
        return self.push(case_edits.UnassignMembers(case, members))

    def case_codings(self) -> dict[int, frozenset[int]]:
        """Which codings belong to which case: case id → coding ids (cases
        without codings are absent).  A coding belongs to a case when it is
        a member, when its document is, or when it starts inside a turn of a
        speaker who is (in that document, or everywhere)."""
        return {
            case_id: frozenset(found) for case_id, found in cases.codings_by_case(self.conn).items()
        }

    def coding_cases(self) -> dict[int, tuple[int, ...]]:
        """The other way round: coding id → the ids of its cases, in id order
        (codings of no case are absent)."""
        result: dict[int, list[int]] = {}
        for case_id, found in sorted(cases.codings_by_case(self.conn).items()):
            for coding_id in found:
                result.setdefault(coding_id, []).append(case_id)
        return {coding_id: tuple(ids) for coding_id, ids in result.items()}

    def import_case_list(
        self,
        path: str | Path,
        *,
        name_column: str | None = None,
        type_column: str | None = None,
    ) -> CaseImport:
        """Read a case list (.csv or .xlsx: a row per case; see
        :func:`qcode.core.case_lists.rows_from_sheet`) and create or update its
        cases in one undoable step; nothing changes if any row is wrong."""
        from qcode.io.sheets import read_sheet

        sheet = read_sheet(Path(path))
        rows = case_lists.rows_from_sheet(sheet, name_column=name_column, type_column=type_column)
        return self.import_cases(rows, sheet.path.name)

    def import_cases(self, rows: Sequence[CaseListRow], source: str = "") -> CaseImport:
        """Create or update these cases in one undoable step."""
        return self.push(case_lists.ImportCases(rows, source))
