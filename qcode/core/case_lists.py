"""Importing a case list: a sheet with a row per case (its name, optionally
its type, and attribute columns), as one undoable command.

Cases missing from the project are created; cases it has (by name) get the
type and values of their row.  An empty cell leaves the value as it is.  The
file is read by :func:`qcode.io.sheets.read_sheet`; a problem anywhere (a row
without a name, a value that does not fit its attribute) is refused in one
line naming the file and the row, and nothing is changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from qcode.core.case_edits import set_case_values
from qcode.core.commands import Command, Transaction
from qcode.core.names import check_name, check_text
from qcode.errors import QcodeError, message_of
from qcode.io.sheets import Sheet
from qcode.messages import Message
from qcode.model import AttributeValue
from qcode.store import cases
from qcode.store.cases import NewCase

# Header names taken for the case's name and type when the caller names none.
NAME_HEADERS = ("name", "case", "case name")
TYPE_HEADERS = ("type", "case type")


@dataclass(frozen=True)
class CaseListRow:
    """One case of a list: ``where`` names it in messages ("cases.csv: row 7")."""

    name: str
    type: str | None
    values: Mapping[str, AttributeValue]
    where: str = ""


@dataclass(frozen=True)
class CaseImport:
    """What importing a case list did."""

    created: int
    updated: int  # cases already there whose type or attributes changed
    unchanged: int


def rows_from_sheet(
    sheet: Sheet, *, name_column: str | None = None, type_column: str | None = None
) -> list[CaseListRow]:
    """The cases of a sheet: the name from ``name_column`` (default: a column
    headed "name", "case" or "case name", else the first), the type from
    ``type_column`` (default: a column headed "type" or "case type", if
    any), every other column an attribute."""
    name_index = _column(sheet, name_column, NAME_HEADERS, "name")
    if name_index is None:
        name_index = 0
    type_index = _column(sheet, type_column, TYPE_HEADERS, "type")
    if type_index == name_index:
        raise sheet.error(None, Message("the name and the type cannot come from the same column"))
    rows: list[CaseListRow] = []
    first_row: dict[str, int] = {}
    for row in sheet.rows:
        raw = row.values[name_index]
        if raw is None:
            raise sheet.error(
                row,
                Message("no case name ({column} is empty)", column=sheet.column_names[name_index]),
            )
        try:
            name = check_name(str(raw), "case")
        except QcodeError as error:
            raise sheet.error(row, message_of(error)) from None
        if name in first_row:
            raise sheet.error(
                row,
                Message("case '{case}' is already on row {row}", case=name, row=first_row[name]),
            )
        first_row[name] = row.number
        type_ = None
        if type_index is not None and row.values[type_index] is not None:
            type_ = str(row.values[type_index])
        values = {
            sheet.header[index]: value
            for index, value in enumerate(row.values)
            if index not in (name_index, type_index) and value is not None
        }
        where = Message("{file}: row {row}: ", file=sheet.path.name, row=row.number)
        rows.append(CaseListRow(name, type_, values, where))
    if not rows:
        raise sheet.error(None, Message("has no cases (only a header row)"))
    return rows


def _column(sheet: Sheet, given: str | None, defaults: Sequence[str], what: str) -> int | None:
    if given is not None:
        index = sheet.column_index(given)
        if index is None:
            problem = (
                Message("has no column '{column}' for the case name", column=given.strip())
                if what == "name"
                else Message("has no column '{column}' for the case type", column=given.strip())
            )
            raise sheet.error(None, problem)
        return index
    for header in defaults:
        index = sheet.column_index(header)
        if index is not None:
            return index
    return None


@dataclass
class ImportCases(Command[CaseImport]):
    """Create the cases of a list that are missing and set every listed
    case's type and attributes, in one step."""

    kind: ClassVar[str] = "import_cases"
    rows: Sequence[CaseListRow]
    source: str = ""  # the file's name, for the label

    @property
    def label(self) -> Message:
        count = len(self.rows)
        if self.source:
            return Message.counted(
                "import {count} case{s} from '{source}'", count=count, source=self.source
            )
        return Message.counted("import {count} case{s}", count=count)

    def do(self, tx: Transaction) -> CaseImport:
        if not self.rows:
            raise QcodeError(Message("no cases to import"))
        created = updated = unchanged = 0
        for row in self.rows:
            try:
                name = check_name(row.name, "case")
                if row.type is not None:
                    check_text(row.type, Message("the case's type"))
            except QcodeError as error:
                raise QcodeError(
                    Message("{where}{problem}", where=row.where, problem=message_of(error))
                ) from None
            found = cases.ids_named(tx.conn, name)
            if found:
                case_id = found[0]
                changed = 0
                current = cases.cases(tx.conn, [case_id])[0]
                if row.type is not None and row.type.strip() != current.type:
                    cases.update(tx.changes, case_id, type_=row.type.strip())
                    changed += 1
                changed += set_case_values(tx, case_id, row.values, row.where)
                if changed:
                    updated += 1
                else:
                    unchanged += 1
                continue
            (case_id,) = cases.insert(
                tx.changes, [NewCase(name, (row.type or "").strip(), "", tx.now)]
            )
            set_case_values(tx, case_id, row.values, row.where)
            created += 1
        return CaseImport(created, updated, unchanged)
