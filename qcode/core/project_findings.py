"""The project's framework matrix, links, source grades, saved queries and
coding batches: the ``Project`` methods that read and edit them (inherited
by :class:`qcode.core.project.Project`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from qcode.core import framework_edits, link_edits, query_edits
from qcode.core.coding_edits import AddCodings, AddedCodings, NewCoding
from qcode.core.names import shown
from qcode.core.project_parts import ProjectPart
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import (
    Case,
    Code,
    Coding,
    CodingOrigin,
    Document,
    FrameworkCell,
    Grade,
    Link,
    LinkType,
    QueryOptions,
    SavedQuery,
    split_path,
)
from qcode.store import coding_provenance, framework, grades, links, saved_queries

# How codings made by a "code all" of query results were made.
QUERY_RESULTS = CodingOrigin("query")
# What code_spans may call its passages (the app and the command line pass the
# English words): the log's label names them as messages the app translates.
_PASSAGES = {"passages": Message("passages"), "query results": Message("query results")}


class FindingMethods(ProjectPart):
    """Framework cells, links, grades, saved queries (see the module)."""

    # -- framework matrix ------------------------------------------------------------

    def framework_cells(self, case: Case | None = None) -> list[FrameworkCell]:
        """Every cell (of one case), by case and code, with its quotes."""
        return framework.cells(self.conn, None if case is None else [case.id])

    def framework_cell(self, case: Case, code: Code) -> FrameworkCell | None:
        return framework.cell(self.conn, case.id, code.id)

    def set_summary(self, case: Case, code: Code, summary: str) -> FrameworkCell | None:
        """Write the case's summary on the code; an empty summary removes a
        cell without quotes (``None`` is returned then)."""
        cell_id = self.push(framework_edits.SetSummary(case, code, summary))
        return None if cell_id is None else framework.cell(self.conn, case.id, code.id)

    def link_quotes(self, case: Case, code: Code, codings: Sequence[Coding]) -> int:
        """Link codings to the case's cell on the code as quotes; returns how many were new."""
        return self.push(framework_edits.LinkQuotes(case, code, codings))

    def unlink_quotes(self, case: Case, code: Code, codings: Sequence[Coding]) -> int:
        """Take quotes off the cell (a cell left without summary or quotes goes)."""
        return self.push(framework_edits.UnlinkQuotes(case, code, codings))

    # -- links between codings ----------------------------------------------------------

    def link_types(self) -> list[LinkType]:
        """The built-in link types first, then the project's own by name."""
        return links.link_types(self.conn)

    def link_type(self, name: str) -> LinkType:
        """A link type by name (exact, else case-insensitive when unique)."""
        label = name.strip()
        types = self.link_types()
        found = [t for t in types if t.name == label] or [
            t for t in types if t.name.casefold() == label.casefold()
        ]
        if len(found) != 1:
            raise QcodeError(Message("no link type '{name}'", name=shown(label)))
        return found[0]

    def add_link_type(self, name: str, description: str = "") -> LinkType:
        type_id = self.push(link_edits.AddLinkType(name, description))
        return next(t for t in self.link_types() if t.id == type_id)

    def edit_link_type(
        self, link_type: LinkType, *, name: str | None = None, description: str | None = None
    ) -> LinkType:
        """Rename a project-defined link type or change any type's description."""
        self.push(link_edits.UpdateLinkType(link_type, name, description))
        return next(t for t in self.link_types() if t.id == link_type.id)

    def remove_link_type(self, link_type: LinkType) -> None:
        """Remove a project-defined link type that no link uses."""
        self.push(link_edits.RemoveLinkType(link_type))

    def links(
        self, *, coding: Coding | None = None, link_type: LinkType | None = None
    ) -> list[Link]:
        """Every link (from or to one coding; of one type), in the order made."""
        return links.links(
            self.conn,
            coding_ids=None if coding is None else [coding.id],
            type_id=None if link_type is None else link_type.id,
        )

    def link_codings(
        self,
        origin: Coding,
        target: Coding,
        link_type: LinkType | str = "corroborates",
        *,
        memo: str = "",
    ) -> Link:
        """Link ``origin`` to ``target`` with a type (a value or its name)."""
        name = link_type.name if isinstance(link_type, LinkType) else link_type
        link_id = self.push(link_edits.LinkCodings(origin, target, link_type, memo, name))
        return links.links(self.conn, ids=[link_id])[0]

    def edit_link_memo(self, link: Link, memo: str) -> Link:
        self.push(link_edits.EditLinkMemo(link, memo))
        return links.links(self.conn, ids=[link.id])[0]

    def unlink(self, links: Sequence[Link]) -> None:
        self.push(link_edits.Unlink(links))

    # -- source grades -----------------------------------------------------------------

    def grades(self) -> list[Grade]:
        """The project's scale of source grades, in order."""
        return grades.grades(self.conn)

    def add_grade(
        self,
        name: str,
        *,
        first_hand: bool = False,
        description: str = "",
        position: int | None = None,
    ) -> Grade:
        """Add a grade, last or at ``position`` (0: first)."""
        grade_id = self.push(link_edits.AddGrade(name, first_hand, description, position))
        return next(g for g in self.grades() if g.id == grade_id)

    def edit_grade(
        self,
        grade: Grade,
        *,
        name: str | None = None,
        first_hand: bool | None = None,
        description: str | None = None,
    ) -> Grade:
        self.push(link_edits.UpdateGrade(grade, name, first_hand, description))
        return next(g for g in self.grades() if g.id == grade.id)

    def move_grade(self, grade: Grade, position: int) -> None:
        """Put a grade at ``position`` in the scale (0: first)."""
        self.push(link_edits.MoveGrade(grade, position))

    def delete_grade(self, grade: Grade) -> None:
        """Remove a grade no coding carries (refused while one does)."""
        self.push(link_edits.DeleteGrade(grade))

    def set_grade(self, codings: Sequence[Coding], grade: Grade | str | None) -> int:
        """Give codings a grade (a value or its name), or clear it with
        ``None``; returns how many codings changed."""
        name = grade.name if isinstance(grade, Grade) else grade or ""
        return self.push(link_edits.SetGrade(codings, grade, name))

    def clear_grade(self, codings: Sequence[Coding]) -> int:
        return self.set_grade(codings, None)

    def coding_grades(self, codings: Sequence[Coding] | None = None) -> dict[int, int]:
        """The grade of each graded coding (of these): coding id → grade id."""
        ids = None if codings is None else [coding.id for coding in codings]
        return grades.coding_grades(self.conn, ids)

    # -- provenance ----------------------------------------------------------------------

    def coding_origins(self, codings: Sequence[Coding] | None = None) -> dict[int, CodingOrigin]:
        """How each coding (of these) not made by hand was made: coding id →
        origin.  A coding made by hand is absent."""
        ids = None if codings is None else [coding.id for coding in codings]
        return coding_provenance.origins(self.conn, ids)

    def coding_origins_by_uuid(self, uuids: Iterable[str] | None = None) -> dict[str, CodingOrigin]:
        """:meth:`coding_origins` of every coding (or of those with these
        UUIDs), by the coding's UUID."""
        return coding_provenance.origins_by_uuid(self.conn, uuids)

    # -- saved queries -----------------------------------------------------------------

    def saved_queries(self) -> list[SavedQuery]:
        """Every saved query, by name."""
        return saved_queries.saved_queries(self.conn)

    def saved_query(self, name: str) -> SavedQuery:
        """A saved query by name (exact, else case-insensitive when unique)."""
        label = name.strip()
        found = saved_queries.by_name(self.conn, label)
        if found is not None:
            return found
        folded = [q for q in self.saved_queries() if q.name.casefold() == label.casefold()]
        if len(folded) != 1:
            raise QcodeError(Message("no saved query '{name}'", name=shown(label)))
        return folded[0]

    def save_query(
        self, name: str, expression: str, options: QueryOptions | None = None
    ) -> SavedQuery:
        """Save a query (check that it parses first: the core cannot), replacing
        the one of that name."""
        query_id = self.push(query_edits.SaveQuery(name, expression, options or QueryOptions()))
        found = saved_queries.by_id(self.conn, query_id)
        assert found is not None
        return found

    def rename_query(self, query: SavedQuery, name: str) -> SavedQuery:
        self.push(query_edits.RenameQuery(query, name))
        found = saved_queries.by_id(self.conn, query.id)
        assert found is not None
        return found

    def delete_query(self, query: SavedQuery) -> None:
        self.push(query_edits.DeleteQuery(query))

    # -- coding batches ----------------------------------------------------------------

    def code_spans(
        self,
        spans: Sequence[tuple[Document | int, int, int]],
        code: Code | str,
        *,
        create: bool = False,
        what: str = "passages",
        origin: CodingOrigin | None = QUERY_RESULTS,
    ) -> AddedCodings:
        """Code each (document, start, end) with ``code`` (a code or a path;
        ``create`` makes a missing one) in one undoable step labelled "code
        37 query results as 'X'" (``what`` names the passages).  A span this
        coder already coded with the code is skipped.  Each coding keeps
        ``origin`` (by default: made from query results)."""
        code_ref: int | str = code.id if isinstance(code, Code) else code
        name = code.name if isinstance(code, Code) else split_path(code)[-1]
        new = [
            NewCoding(
                document if isinstance(document, int) else document.id,
                code_ref,
                start,
                end,
                origin=origin,
            )
            for document, start, end in spans
        ]
        if not new:
            raise QcodeError(Message("no {what} to code", what=_PASSAGES.get(what, what)))
        label = Message(
            "code {count} {what} as '{code}'",
            count=len(new),
            what=_PASSAGES.get(what, what),
            code=name,
        )
        return self.push(AddCodings(new, create_codes=create, describe=lambda: label))
