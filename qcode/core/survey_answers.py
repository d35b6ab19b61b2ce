"""A survey question's answers as a table, and coding many answers at once.

A survey's answers are documents named ``question – respondent`` (see
:mod:`qcode.core.surveys`), each in its respondent's case, which holds the
respondent's attributes.  :func:`survey_answers` reads one question's
answers with their respondents, the chosen attributes and their codes in
a few reads, not one per answer; :func:`code_answers` codes the whole text
of many answers as one undoable edit.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from qcode.core import coding_edits
from qcode.core.surveys import IMPORTER, NAME_SEPARATOR, RESPONDENT
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import AttributeValue, Code
from qcode.store import documents
from qcode.store import survey_answers as stored

if TYPE_CHECKING:
    from qcode.core.project import Project


class SurveyAnswer(NamedTuple):
    """One answer to a question: its document, its respondent (the case's
    name, else what the document's name says after the question), its text,
    its respondent's values of the chosen attributes (``None``: none) and
    the ids of the codes applied in it, in text order."""

    document_id: int
    respondent: str
    text: str
    values: tuple[AttributeValue | None, ...]
    code_ids: tuple[int, ...]


def _question(name: str) -> str | None:
    """The question an answer's document name holds, or ``None`` for a name
    that is not ``question – respondent`` (a renamed answer).  The
    respondent's id follows the last separator: a question's header may
    hold one, an id rarely does."""
    question, separator, _ = name.rpartition(NAME_SEPARATOR)
    return question if separator and question else None


def questions(project: Project) -> list[str]:
    """The questions of the survey answers in the project, in list order."""
    # _question() inlined: a survey of 100,000 answers has as many names.
    found: dict[str, None] = {}
    for name in stored.answer_names(project.conn, IMPORTER):
        question, separator, _ = name.rpartition(NAME_SEPARATOR)
        if separator and question:
            found[question] = None
    return list(found)


def question_of(name: str, known: Collection[str]) -> str | None:
    """The question among ``known`` that a document named ``name`` answers
    (the longest, should one question's name begin another's)."""
    matching = [q for q in known if name.startswith(q + NAME_SEPARATOR)]
    return max(matching, key=len) if matching else None


def respondent_attributes(project: Project) -> list[str]:
    """The attributes respondents hold (on their cases), by name."""
    return stored.case_variable_names(project.conn, RESPONDENT)


def survey_answers(
    project: Project,
    question: str,
    attributes: Sequence[str] = (),
    *,
    coder: str | None = None,
    values: bool = True,
    codes: bool = True,
) -> list[SurveyAnswer]:
    """The answers to ``question`` in list order, with their respondents'
    values of ``attributes`` (unless not ``values``: then each answer's
    ``values`` is empty, and a table reads them for the rows it shows with
    :func:`respondent_values`) and their codes (only ``coder``'s, if given;
    unless not ``codes``: then each answer's ``code_ids`` is empty, read
    for the rows shown with :func:`answer_codes`)."""
    prefix = question + NAME_SEPARATOR
    start = len(prefix)
    # tuple.__new__ skips the named tuple's own __new__ (a Python function):
    # a question's 50,000 answers in half the time.
    make = tuple.__new__
    found: list[SurveyAnswer] = []
    case_ids: list[int | None] = []  # each answer's respondent's case
    add, add_case = found.append, case_ids.append
    # Built as the rows come, the rows never all held at once (see stored.answers).
    for document_id, name, text, case_id, case_name in stored.answers(
        project.conn, prefix, IMPORTER, RESPONDENT
    ):
        if name.rfind(NAME_SEPARATOR) != len(question):  # a longer question's (as _question())
            continue
        respondent = case_name if case_name is not None else name[start:]
        add(make(SurveyAnswer, (document_id, respondent, text, (), ())))
        add_case(case_id)
    held_codes = answer_codes(project, [a[0] for a in found], coder=coder) if codes else {}
    by_case = stored.case_values(project.conn, attributes) if values else []
    if not held_codes and not by_case:
        return found
    columns = [[values_of.get(case_id) for case_id in case_ids] for values_of in by_case]  # type: ignore[arg-type]
    held_values = list(zip(*columns, strict=True)) if columns else [()] * len(found)
    get_codes = held_codes.get
    return [
        make(SurveyAnswer, (answer[0], answer[1], answer[2], held, get_codes(answer[0], ())))
        for answer, held in zip(found, held_values, strict=True)
    ]


def respondent_values(
    project: Project, document_ids: Iterable[int], attributes: Sequence[str]
) -> dict[int, tuple[AttributeValue | None, ...]]:
    """The values of ``attributes`` (in that order) that the respondents of
    these answers hold, by answer; an answer with no respondent's case is
    left out.  What :func:`survey_answers` gives without its ``values``."""
    return stored.values_by_document(project.conn, document_ids, RESPONDENT, attributes)


def answer_codes(
    project: Project, document_ids: Iterable[int], *, coder: str | None = None
) -> dict[int, tuple[int, ...]]:
    """The ids of the codes applied in each of these documents (only by
    ``coder``, if given), in text order; a document with none is left out."""
    coder_id = None
    if coder is not None:
        try:
            coder_id = project.coder_id(coder)
        except QcodeError:  # a coder filter naming nobody shows no codes
            return {}
    found = stored.code_ids_by_document(project.conn, document_ids, coder_id)
    return {document_id: tuple(ids) for document_id, ids in found.items()}


def code_answers(
    project: Project, document_ids: Sequence[int], code: Code
) -> coding_edits.AddedCodings:
    """Code the whole text of each of these documents with ``code``, as one
    undoable edit (an answer already coded so by this coder is skipped)."""
    if not code.codable:
        raise QcodeError(
            Message("'{code}' is a grouping code; apply one of its sub-codes", code=code.name)
        )
    lengths = documents.lengths(project.conn, document_ids)
    missing = [i for i in document_ids if i not in lengths]
    if missing:
        raise QcodeError(
            Message(
                "{count:,} of the chosen answers no longer exist; nothing coded", count=len(missing)
            )
        )
    new = [
        coding_edits.NewCoding(document_id, code.id, 0, lengths[document_id])
        for document_id in dict.fromkeys(document_ids)
        if lengths[document_id] > 0
    ]
    count = len(new)
    label = Message.counted("code {count:,} answer{s} '{code}'", count=count, code=code.name)
    return project.push(coding_edits.AddCodings(new, describe=lambda: label))
