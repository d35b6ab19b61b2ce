"""Importing a survey or an intake form: a sheet with a row per respondent,
some columns of free text to code, some of attributes.

Each non-empty (respondent, text column) cell becomes one short document,
named ``<question> – <respondent id>`` (``q1_experience – R00042``), so the
document list groups a question's answers together; they are added question
by question, in the sheet's row order.  A document's text is the cell's text
(trimmed, CRLF made LF, as everywhere).

Each respondent becomes a case (type ``respondent``, named by the id) whose
members are their answers, and the respondent's attribute columns are stored
once, on the case, not copied onto every answer.  Each answer keeps one
attribute of its own: the id, under the id column's header, so that a
respondent's answers are found by document filters as before.  Analyses that
filter or group documents by an attribute read a respondent's attributes
through this case (see :mod:`qcode.analysis.filters`).  A respondent whose
case is already in the project (a second sheet of the same panel) gets
their new answers and any attribute the case lacks; a value that differs
from the case's is refused naming its row.  Empty answers make nothing and
are counted.

Numbers, yes/no and dates keep their type: a column whose every value is a
whole number becomes a whole-number attribute, and so on; a column mixing
kinds is text.  An id like ``007`` stays text (its zeros matter).  A column
whose attribute the project has already keeps that attribute's type, and a
value that does not fit it is refused naming its row.

Identical answers ("No", "N/A") are normal in a survey: they are imported,
and counted in the report.  Importing the same sheet twice is refused: a
document with an answer's name is already there.

The whole sheet is one undoable command: any problem (a missing column,
duplicate or empty ids, a value that does not fit its attribute) is one
line naming the file and the row or column, and nothing is imported.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from qcode.core import attributes
from qcode.core.commands import Command, Transaction
from qcode.core.document_edits import text_sha256
from qcode.core.names import check_name, clean_name, shown, unique_name
from qcode.core.survey_columns import SurveyColumns as SurveyColumns
from qcode.core.survey_columns import cell_text
from qcode.core.survey_columns import column_type as column_type
from qcode.core.survey_columns import guess_columns as guess_columns
from qcode.errors import QcodeError, message_of
from qcode.io.sheets import CellValue, Sheet, read_sheet
from qcode.messages import Message
from qcode.model import AttributeValue
from qcode.store import attributes as stored_attributes
from qcode.store import cases, documents, text_versions
from qcode.store.documents import NewDocument
from qcode.store.text_versions import NewVersion

# Between the question and the respondent in an answer's name.
NAME_SEPARATOR = " – "
IMPORTER = "survey"
# The type of a respondent's case: the case that holds their attributes.
RESPONDENT = "respondent"
_PROGRESS_EVERY = 500  # answers between two progress calls


@dataclass(frozen=True)
class Respondent:
    """One row: its number in the file, its id, its attribute values (one
    per :attr:`SurveyPlan.attribute_names`, the id first)."""

    row: int
    id: str
    values: tuple[CellValue, ...]


@dataclass(frozen=True)
class Answer:
    """One non-empty text cell: the respondent (an index into
    :attr:`SurveyPlan.respondents`), the question (its column) and the text."""

    respondent: int
    question: str
    text: str


@dataclass(frozen=True)
class SurveyPlan:
    """What importing a sheet will add, checked against the sheet itself."""

    source: str  # the file's name
    attribute_names: tuple[str, ...]  # the id column's header first
    respondents: tuple[Respondent, ...]
    answers: tuple[Answer, ...]
    empty: int  # empty text cells, skipped
    warnings: tuple[str, ...] = ()  # what reading the file guessed

    def name(self, answer: Answer) -> str:
        """The document name of an answer: ``question – id``."""
        return f"{answer.question}{NAME_SEPARATOR}{self.respondents[answer.respondent].id}"


@dataclass(frozen=True)
class SurveyImport:
    """What importing a survey did."""

    document_ids: tuple[int, ...]
    respondents: int
    questions: tuple[str, ...]
    empty: int  # empty answers skipped
    identical: int  # answers whose text another document already has
    attributes: tuple[str, ...]
    cases: int = 0  # respondents' cases created (the others were in the project)


def read_survey(path: str | Path, columns: SurveyColumns, sheet: str | None = None) -> SurveyPlan:
    """Read a sheet and plan its import (see :func:`plan_survey`)."""
    return plan_survey(read_sheet(path, sheet), columns)


def plan_survey(sheet: Sheet, columns: SurveyColumns) -> SurveyPlan:
    """The respondents and non-empty answers of ``sheet``; one-line
    :class:`~qcode.errors.UnreadableFileError` naming the column or row for
    a missing column, a column given twice, an empty or repeated id, or a
    sheet with nothing to import."""
    id_index = _index(sheet, columns.id_column, Message("for the respondents' ids"))
    if not columns.text_columns:
        raise sheet.error(
            None, Message("no text column given (name the columns of answers to code)")
        )
    text_indexes = [
        _index(sheet, name, Message("to import as text")) for name in columns.text_columns
    ]
    if columns.all_other:
        taken = {id_index, *text_indexes}
        attribute_indexes = [i for i in range(len(sheet.header)) if i not in taken]
    else:
        attribute_indexes = [
            _index(sheet, name, Message("to import as an attribute"))
            for name in columns.attribute_columns
        ]
    _check_distinct(sheet, id_index, text_indexes, attribute_indexes)
    if not sheet.rows:
        raise sheet.error(None, Message("has a header row but no rows of answers"))
    value_indexes = [id_index, *attribute_indexes]
    respondents: list[Respondent] = []
    first_row: dict[str, int] = {}
    for row in sheet.rows:
        raw = row.values[id_index]
        if raw is None:
            raise sheet.error(
                row,
                Message(
                    "no respondent id ({column} is empty)", column=sheet.column_names[id_index]
                ),
            )
        respondent = cell_text(raw)
        if respondent in first_row:
            raise sheet.error(
                row,
                Message(
                    "respondent '{respondent}' is already on row {row}",
                    respondent=respondent,
                    row=first_row[respondent],
                ),
            )
        first_row[respondent] = row.number
        values = tuple(row.values[i] for i in value_indexes)
        respondents.append(Respondent(row.number, respondent, values))
    answers: list[Answer] = []
    empty = 0
    for index in text_indexes:
        question = sheet.header[index]
        for number, row in enumerate(sheet.rows):
            value = row.values[index]
            text = (
                "" if value is None else cell_text(value).replace("\r\n", "\n").replace("\r", "\n")
            )
            if text.strip():
                answers.append(Answer(number, question, text))
            else:
                empty += 1
    if not answers:
        raise sheet.error(
            None, Message("every cell of {columns} is empty", columns=_listed(columns.text_columns))
        )
    return SurveyPlan(
        source=sheet.path.name,
        attribute_names=tuple(sheet.header[i] for i in value_indexes),
        respondents=tuple(respondents),
        answers=tuple(answers),
        empty=empty,
        warnings=sheet.warnings,
    )


def _index(sheet: Sheet, name: str, purpose: str) -> int:
    index = sheet.column_index(name)
    if index is None:
        raise sheet.error(
            None,
            Message(
                "has no column '{column}' {purpose} (its columns: {columns})",
                column=name,
                purpose=purpose,
                columns=_listed(sheet.header),
            ),
        )
    return index


def _check_distinct(
    sheet: Sheet, id_index: int, text_indexes: list[int], attribute_indexes: list[int]
) -> None:
    roles: dict[int, str] = {id_index: Message("the respondent's id")}
    for indexes, role in (
        (text_indexes, Message("a text to code")),
        (attribute_indexes, Message("an attribute")),
    ):
        for index in indexes:
            if index in roles:
                raise sheet.error(
                    None,
                    Message(
                        "column '{column}' cannot be both {role} and {other_role}",
                        column=sheet.header[index],
                        role=roles[index],
                        other_role=role,
                    ),
                )
            roles[index] = role


def _listed(names: Sequence[str]) -> str:
    shown = ", ".join(f"'{name}'" for name in names[:12])
    if len(names) <= 12:
        return shown
    return Message("{names} and {more} more", names=shown, more=len(names) - 12)


@dataclass
class ImportSurvey(Command[SurveyImport]):
    """Add a survey's answers as documents with their respondents' attributes."""

    kind: ClassVar[str] = "import_survey"
    plan: SurveyPlan
    # Called every few hundred answers with (done, count, name); returning
    # False cancels the whole import, which then changes nothing.
    progress: Callable[[int, int, str], bool] | None = None
    notes: list[str] = field(default_factory=list, init=False)

    @property
    def label(self) -> Message:
        count = len(self.plan.answers)
        return Message.counted(
            "import {count:,} answer{s} from '{source}'", count=count, source=self.plan.source
        )

    def do(self, tx: Transaction) -> SurveyImport:
        plan = self.plan
        names = self._names(tx)
        values = self._values(tx)
        identical = 0
        seen: set[str] = set()
        digests: list[str] = []
        total = len(plan.answers)
        for done, answer in enumerate(plan.answers):
            if done % _PROGRESS_EVERY == 0 and not self._going_on(done, total, names[done]):
                raise QcodeError(Message("import cancelled; nothing was imported"))
            digest = text_sha256(answer.text)
            if digest in seen or documents.ids_with_sha256(tx.conn, digest):
                identical += 1
            seen.add(digest)
            digests.append(digest)
        position = documents.max_position(tx.conn)
        rows = [
            NewDocument(
                uuid=str(uuidlib.uuid4()),
                name=name,
                length=len(answer.text),
                sha256=digest,
                source_name=plan.source,
                importer=IMPORTER,
                imported_at=tx.now,
                position=position + number,
                speakers=(),
            )
            for number, (name, answer, digest) in enumerate(
                zip(names, plan.answers, digests, strict=True), start=1
            )
        ]
        ids = documents.insert(tx.changes, rows)
        texts = [(i, answer.text) for i, answer in zip(ids, plan.answers, strict=True)]
        documents.insert_texts(tx.changes, texts)
        text_versions.insert(
            tx.changes,
            [
                NewVersion(
                    i,
                    1,
                    row.sha256,
                    row.length,
                    None,
                    None,
                    None,
                    tx.coder.id,
                    tx.now,
                    "as imported",
                )
                for i, row in zip(ids, rows, strict=True)
            ],
        )
        # Each answer holds the respondent's id; the other values go on the case.
        stored_attributes.insert_values(
            tx.changes,
            [
                stored_attributes.NewValue(document_id, variable_id, value)
                for document_id, answer in zip(ids, plan.answers, strict=True)
                for variable_id, value in values[answer.respondent][:1]
            ],
        )
        case_ids, new_cases = self._cases(tx, values)
        cases.insert_document_members(
            tx.changes,
            [
                (case_ids[answer.respondent], document_id)
                for document_id, answer in zip(ids, plan.answers, strict=True)
            ],
        )
        self._going_on(total, total, "")
        return SurveyImport(
            document_ids=tuple(ids),
            respondents=len(plan.respondents),
            cases=new_cases,
            questions=tuple(dict.fromkeys(answer.question for answer in plan.answers)),
            empty=plan.empty,
            identical=identical,
            attributes=plan.attribute_names,
        )

    def _cases(
        self, tx: Transaction, values: list[list[tuple[int, AttributeValue]]]
    ) -> tuple[list[int], int]:
        """Each respondent's case id (a new case of type ``respondent``, or
        theirs already: see the module), creating the new ones with their
        attributes; returns the ids, one per respondent, and how many are new."""
        plan = self.plan
        existing = {row.name: row for row in cases.rows(tx.conn)}
        names: dict[str, Respondent] = {}
        case_ids: list[int | None] = []
        fresh: list[int] = []  # indexes of respondents who need a new case
        for index, respondent in enumerate(plan.respondents):
            name = clean_name(respondent.id, "case")[0]
            if name in names:
                raise QcodeError(
                    Message(
                        "{source}: row {row}: respondent '{respondent}' makes the same case "
                        "name as row {other_row}; nothing was imported",
                        source=plan.source,
                        row=respondent.row,
                        respondent=shown(respondent.id),
                        other_row=names[name].row,
                    )
                )
            names[name] = respondent
            row = existing.get(name)
            if row is None:
                case_ids.append(None)
                fresh.append(index)
            elif row.type != RESPONDENT:
                raise QcodeError(
                    Message(
                        "{source}: row {row}: there is already a case named '{name}' of type "
                        "'{type}', not a respondent; nothing was imported",
                        source=plan.source,
                        row=respondent.row,
                        name=shown(name),
                        type=shown(row.type),
                    )
                )
            else:
                case_ids.append(row.id)
        held = cases.values_by_case(tx.conn, [i for i in case_ids if i is not None])
        variable_names = {v.id: v.name for v in stored_attributes.variables(tx.conn)}
        new_values: list[cases.NewCaseValue] = []
        for index, case_id in enumerate(case_ids):
            if case_id is None:
                continue
            respondent, has = plan.respondents[index], held.get(case_id, {})
            for variable_id, value in values[index][1:]:
                name = variable_names[variable_id]
                if name not in has:
                    new_values.append(cases.NewCaseValue(case_id, variable_id, value))
                elif has[name] != value:
                    raise QcodeError(
                        Message(
                            "{source}: row {row}: {attribute} is '{value}' but respondent "
                            "'{respondent}' already has '{held}'; nothing was imported",
                            source=plan.source,
                            row=respondent.row,
                            attribute=name,
                            value=shown(str(value)),
                            respondent=shown(respondent.id),
                            held=shown(str(has[name])),
                        )
                    )
        new_ids = cases.insert(
            tx.changes,
            [
                cases.NewCase(
                    clean_name(plan.respondents[index].id, "case")[0], RESPONDENT, "", tx.now
                )
                for index in fresh
            ],
        )
        for index, case_id in zip(fresh, new_ids, strict=True):
            case_ids[index] = case_id
            new_values += [
                cases.NewCaseValue(case_id, variable_id, value)
                for variable_id, value in values[index][1:]
            ]
        cases.insert_values(tx.changes, new_values)
        return [i for i in case_ids if i is not None], len(new_ids)

    def _going_on(self, done: int, total: int, name: str) -> bool:
        return self.progress is None or self.progress(done, total, name)

    def _names(self, tx: Transaction) -> list[str]:
        """The answers' document names; refused when one is in the project
        already (the same sheet imported twice)."""
        existing = {name for _, name in documents.names_in_order(tx.conn)}
        taken = set(existing)
        names: list[str] = []
        for answer in self.plan.answers:
            name = self.plan.name(answer)
            if not (name.isprintable() and name == name.strip()):
                # Only a name with a control or format character, or white
                # space at an end, needs cleaning (the rule is in core.names).
                name = clean_name(name, "document", "Untitled")[0]
            if name in existing:
                raise QcodeError(
                    Message(
                        "{source}: a document named '{name}' is already in the project (was "
                        "this sheet imported before?); nothing was imported",
                        source=self.plan.source,
                        name=name,
                    )
                )
            name = unique_name(name, taken)
            taken.add(name)
            names.append(name)
        return names

    def _values(self, tx: Transaction) -> list[list[tuple[int, AttributeValue]]]:
        """Each respondent's (variable id, value) pairs, creating the
        variables the project does not have yet, typed by their column."""
        plan = self.plan
        known = {variable.name: variable for variable in stored_attributes.variables(tx.conn)}
        variable_ids: list[int] = []
        types: list[str] = []
        for index, header in enumerate(plan.attribute_names):
            try:
                name = check_name(header, "attribute")
            except QcodeError as error:
                raise QcodeError(
                    Message(
                        "{source}: column '{column}': {problem}",
                        source=plan.source,
                        column=header,
                        problem=message_of(error),
                    )
                ) from None
            variable = known.get(name)
            if variable is not None:
                variable_ids.append(variable.id)
                types.append(variable.type)
                continue
            type_ = column_type([r.values[index] for r in plan.respondents])
            variable_ids.append(stored_attributes.insert_variable(tx.changes, name, type_))
            types.append(type_)
        result: list[list[tuple[int, AttributeValue]]] = []
        for respondent in plan.respondents:
            pairs: list[tuple[int, AttributeValue]] = []
            for index, raw in enumerate(respondent.values):
                if raw is None:
                    continue
                name, type_ = plan.attribute_names[index], types[index]
                value: AttributeValue = cell_text(raw) if type_ == "text" else raw
                try:
                    pairs.append((variable_ids[index], attributes.coerce(name, type_, value)))
                except QcodeError as error:
                    raise QcodeError(
                        Message(
                            "{source}: row {row}: {problem}",
                            source=plan.source,
                            row=respondent.row,
                            problem=message_of(error),
                        )
                    ) from None
            result.append(pairs)
        return result


def notice_lines(result: SurveyImport) -> list[str]:
    """What a researcher should know about an import, one line each."""
    lines: list[str] = []
    if result.respondents:
        old = result.respondents - result.cases
        lines.append(
            Message(
                "each respondent is a case of type '{type}' holding their attributes "
                "({new:,} new, {old:,} already in the project)",
                type=RESPONDENT,
                new=result.cases,
                old=old,
            )
            if old
            else Message(
                "each respondent is a case of type '{type}' holding their attributes ({new:,} new)",
                type=RESPONDENT,
                new=result.cases,
            )
        )
    if result.empty:
        lines.append(Message.counted("{count:,} empty answer{s} skipped", count=result.empty))
    if result.identical:
        lines.append(
            Message(
                "{count:,} answer repeats a text already in the project or the sheet "
                "(imported all the same)",
                count=result.identical,
            )
            if result.identical == 1
            else Message(
                "{count:,} answers repeat a text already in the project or the sheet "
                "(imported all the same)",
                count=result.identical,
            )
        )
    return lines
