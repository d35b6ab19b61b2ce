"""What findings add to a highlight in the text view: its right-click menu
("Assign this coding to case…", "Link to…", its links, its grade) and its
tooltip (grade and links).

The main window hands :meth:`CodingFindings.add_actions` and
:meth:`CodingFindings.tip` to the document view, which knows nothing of
findings.  "Remember for linking" marks a coding as the other end of the
next link, so that passages far apart (in two documents) can be linked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from qcode.errors import QcodeError
from qcode.gui.findings.case_dialogs import assign
from qcode.gui.findings.grades_dialog import define_grades
from qcode.gui.findings.link_dialog import LinkDialog, segment_label
from qcode.gui.i18n.messages import error_text
from qcode.gui.session import Session
from qcode.model import Case, Coding, Grade, Link, Member


class CodingFindings(QObject):
    """The findings part of a highlight's menu and tooltip."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.window = parent
        self.remembered: Coding | None = None  # the coding chosen before, for a link
        self.last_dialog: LinkDialog | None = None

    # -- the menu ---------------------------------------------------------------------------

    def add_actions(self, menu: QMenu, coding: Coding, label: str) -> None:
        """Add this coding's findings actions to ``menu`` (``label`` names it)."""
        project = self.session.project
        menu.addAction(
            self.tr("Assign coding {label} to case…").format(label=label),
            lambda: self.assign_to_case(coding),
        )
        menu.addAction(
            self.tr("Link coding {label} to…").format(label=label), lambda: self.link(coding)
        )
        menu.addAction(
            self.tr("Remember coding {label} for linking").format(label=label),
            lambda: self.remember(coding),
        )
        links = project.links(coding=coding)
        if links:
            self._links_menu(
                menu.addMenu(
                    self.tr("Links of {label} ({n_links})").format(label=label, n_links=len(links))
                ),
                coding,
                links,
            )
        grades = project.grades()
        held = project.coding_grades([coding]).get(coding.id)
        grade_menu = menu.addMenu(self.tr("Grade of {label}").format(label=label))
        for grade in grades:
            action = grade_menu.addAction(grade.name, lambda g=grade: self.set_grade(coding, g))
            action.setCheckable(True)
            action.setChecked(grade.id == held)
        if grades:
            clear = grade_menu.addAction(
                self.tr("(no grade)"), lambda: self.set_grade(coding, None)
            )
            clear.setEnabled(held is not None)
            grade_menu.addSeparator()
        grade_menu.addAction(
            self.tr("Define grades…"), lambda: define_grades(self.session, self.window)
        )

    def _links_menu(self, menu: QMenu, coding: Coding, links: list[Link]) -> None:
        project = self.session.project
        types = {link_type.id: link_type.name for link_type in project.link_types()}
        others = {
            link.id: link.target_coding_id
            if link.origin_coding_id == coding.id
            else link.origin_coding_id
            for link in links
        }
        found = project.reader.codings_with_ids(set(others.values()))
        segments = {segment.coding.id: segment for segment in project.segments(found)}
        for link in links:
            segment = segments.get(others[link.id])
            if segment is None:
                continue
            name = types.get(link.type_id, "?")
            arrow = f"{name} →" if link.origin_coding_id == coding.id else f"← {name}"
            sub = menu.addMenu(f"{arrow} {segment_label(segment, 50)}")
            if link.memo:
                sub.setToolTip(link.memo)
            sub.addAction(self.tr("Open the other end"), lambda c=segment.coding: self.open(c))
            sub.addAction(self.tr("Edit the link's memo…"), lambda k=link: self.edit_memo(k))
            sub.addAction(self.tr("Remove the link"), lambda k=link: self.unlink(k))

    # -- what the actions do ------------------------------------------------------------

    def remember(self, coding: Coding) -> None:
        self.remembered = coding
        self.session.status.emit(
            self.tr("Remembered: right-click another coding ▸ Link coding … to…")
        )

    def assign_to_case(self, coding: Coding, case: Case | None = None) -> int | None:
        return assign(
            self.session, [Member(coding_id=coding.id)], self.tr("the coding"), case, self.window
        )

    def link(self, coding: Coding) -> Link | None:
        """Ask for the other coding, the type and a memo; link them (one undoable edit)."""
        before = self.remembered
        dialog = LinkDialog(self.session, coding, self.window, before=before)
        self.last_dialog = dialog
        try:
            dialog.exec()
            return dialog.link
        finally:
            self.last_dialog = None
            dialog.deleteLater()

    def set_grade(self, coding: Coding, grade: Grade | None) -> None:
        self.session.edit(lambda: self.session.project.set_grade([coding], grade))

    def open(self, coding: Coding) -> None:
        try:
            document = self.session.project.document(coding.document_id)
        except QcodeError as problem:
            self.session.error.emit(error_text(problem))
            return
        self.session.open_document(document, select=(coding.start, coding.end))

    def edit_memo(self, link: Link, memo: str | None = None) -> None:
        if memo is None:
            memo, ok = QInputDialog.getText(
                self.window, self.tr("Link memo"), self.tr("Memo on the link:"), text=link.memo
            )
            if not ok:
                return
        text = memo
        self.session.edit(lambda: self.session.project.edit_link_memo(link, text.strip()))

    def unlink(self, link: Link) -> None:
        self.session.edit(lambda: self.session.project.unlink([link]))

    # -- the tooltip ------------------------------------------------------------------------

    def tip(self, coding: Coding) -> str:
        """The coding's grade and links, one line each (empty when none)."""
        project = self.session.project
        lines: list[str] = []
        held = project.coding_grades([coding]).get(coding.id)
        if held is not None:
            names = {grade.id: grade.name for grade in project.grades()}
            lines.append(self.tr("    grade: {get}").format(get=names.get(held, "?")))
        links = project.links(coding=coding)
        if links:
            types = {link_type.id: link_type.name for link_type in project.link_types()}
            counts: dict[str, int] = {}
            for link in links:
                name = types.get(link.type_id, "?")
                counts[name] = counts.get(name, 0) + 1
            shown = ", ".join(f"{name} {count}" for name, count in counts.items())
            lines.append(self.tr("    links: {shown}").format(shown=shown))
        return "\n".join(lines)
