"""A survey question's answers as one table: what the app's answers table reads.

A survey's answers are documents named ``question – respondent`` (see
:mod:`qcode.core.surveys`), each a member of its respondent's case.  These
reads fetch a question's answers, their respondents, the respondents'
chosen attributes and the answers' codes in a few statements, never one per
answer: a question may have 100,000 answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from qcode.model import AttributeValue
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, json_ids

# Past every character a name can hold: "name < prefix + _LAST" is "starts with prefix".
_LAST = "\U0010ffff"


# One answer: (document id, name, text, respondent's case id, case name),
# the case ``None`` when it has none.  A plain tuple: a question may have
# 100,000 answers, and a named tuple each would cost more than the read.
AnswerRow = tuple[int, str, str, int | None, str | None]


def answer_names(conn: Connection, importer: str) -> list[str]:
    """The names of every document this importer added, in list order
    (what the questions are read from)."""
    cursor = conn.execute(
        "SELECT name FROM documents WHERE importer = ? ORDER BY position, id",
        (importer,),
    )
    return [row[0] for row in cursor]


def answers(conn: Connection, prefix: str, importer: str, case_type: str) -> Iterator[AnswerRow]:
    """The documents this importer added whose name starts with ``prefix``,
    with their texts and respondents' cases (the first case of ``case_type``
    each is a member of), in list order.

    The rows come one at a time, never all held at once: 100,000 rows alive
    together would set off Python's full cycle collections (each scanning the
    whole app's objects) several times over while they are read."""
    # Three plain reads cost less than a lookup of the case for every answer.
    names = dict(conn.execute("SELECT id, name FROM cases WHERE type = ?", (case_type,)))
    member: dict[int, int] = {}
    cursor = conn.execute(
        "SELECT m.document_id, m.case_id FROM case_members m JOIN cases c ON c.id = m.case_id "
        "WHERE c.type = ? AND m.document_id IS NOT NULL ORDER BY m.case_id DESC",
        (case_type,),
    )
    member.update(cursor)  # the smallest case id last: it wins
    get_case, get_name = member.get, names.get
    cursor = conn.execute(
        "SELECT d.id, d.name, t.text FROM documents d "
        "JOIN document_texts t ON t.document_id = d.id "
        "WHERE d.importer = ? AND d.name >= ? AND d.name < ? "
        "ORDER BY d.position, d.name COLLATE NOCASE, d.id",
        (importer, prefix, prefix + _LAST),
    )
    for document_id, name, text in cursor:
        case_id = get_case(document_id)
        yield (document_id, name, text, case_id, get_name(case_id))


def code_ids_by_document(
    conn: Connection, document_ids: Iterable[int], coder_id: int | None = None
) -> dict[int, list[int]]:
    """The codes applied in each of these documents (by this coder only, if
    given), each once, in the order of their first coding in the text."""
    sql = f"SELECT document_id, code_id FROM codings WHERE document_id {IN_IDS}"
    params: list[Any] = [json_ids(document_ids)]
    if coder_id is not None:
        sql += " AND coder_id = ?"
        params.append(coder_id)
    found: dict[int, list[int]] = {}
    for document_id, code_id in conn.execute(sql + " ORDER BY document_id, start_pos, id", params):
        codes = found.get(document_id)
        if codes is None:
            found[document_id] = [code_id]
        elif code_id not in codes:
            codes.append(code_id)
    return found


def case_values(conn: Connection, names: Sequence[str]) -> list[dict[int, AttributeValue]]:
    """For each variable called one of ``names`` (in that order), the value
    each case holds (case id → value; a variable no case holds maps nothing)."""
    known = {
        str(name): (int(variable_id), str(type_))
        for variable_id, name, type_ in conn.execute("SELECT id, name, type FROM variables")
    }
    wanted: dict[int, dict[int, AttributeValue]] = {
        known[name][0]: {} for name in names if name in known
    }
    if len(wanted) == 1:
        # One variable: its index (variable, value) leads to its rows alone.
        ((variable_id, values),) = wanted.items()
        cursor = conn.execute(
            "SELECT case_id, value FROM case_values WHERE variable_id = ?", (variable_id,)
        )
        values.update(cursor.fetchall())
    elif wanted:
        # Several: each case holds its values side by side, so one pass over
        # the table reads fewer pages than a lookup per value through the index.
        marks = ",".join("?" * len(wanted))
        cursor = conn.execute(
            "SELECT case_id, variable_id, value FROM case_values NOT INDEXED "
            f"WHERE variable_id IN ({marks})",
            list(wanted),
        )
        for case_id, variable_id, value in cursor:
            wanted[variable_id][case_id] = value
    found: list[dict[int, AttributeValue]] = []
    for name in names:
        if name not in known:
            found.append({})
            continue
        variable_id, type_ = known[name]
        values = wanted[variable_id]
        found.append({k: bool(v) for k, v in values.items()} if type_ == "boolean" else values)
    return found


def values_by_document(
    conn: Connection, document_ids: Iterable[int], case_type: str, names: Sequence[str]
) -> dict[int, tuple[AttributeValue | None, ...]]:
    """Each of these documents' values of the variables ``names`` (in that
    order, ``None`` for one not held), those of the first case of
    ``case_type`` it is a member of, as :func:`answers` finds it; a document
    in no such case is left out.  For a page of a table's rows."""
    ids = json_ids(document_ids)
    case_of: dict[int, int] = {}
    cursor = conn.execute(
        "SELECT m.document_id, m.case_id FROM case_members m JOIN cases c ON c.id = m.case_id "
        f"WHERE c.type = ? AND m.document_id {IN_IDS} ORDER BY m.case_id DESC",
        (case_type, ids),
    )
    case_of.update(cursor.fetchall())  # the smallest case id last: it wins
    known = {
        str(name): (int(variable_id), str(type_))
        for variable_id, name, type_ in conn.execute("SELECT id, name, type FROM variables")
    }
    wanted = [known[name] for name in names if name in known]
    held: dict[tuple[int, int], AttributeValue] = {}
    if wanted and case_of:
        marks = ",".join("?" * len(wanted))
        cursor = conn.execute(
            "SELECT case_id, variable_id, value FROM case_values "
            f"WHERE case_id {IN_IDS} AND variable_id IN ({marks})",
            [json_ids(set(case_of.values())), *(variable_id for variable_id, _ in wanted)],
        )
        held = {(case_id, variable_id): value for case_id, variable_id, value in cursor}
    slots = [known.get(name) for name in names]
    found: dict[int, tuple[AttributeValue | None, ...]] = {}
    for document_id, case_id in case_of.items():
        row: list[AttributeValue | None] = []
        for slot in slots:
            value = None if slot is None else held.get((case_id, slot[0]))
            if value is not None and slot is not None and slot[1] == "boolean":
                value = bool(value)
            row.append(value)
        found[document_id] = tuple(row)
    return found


def case_variable_names(conn: Connection, case_type: str) -> list[str]:
    """The names of the variables that cases of this type hold, by name."""
    cursor = conn.execute(
        "SELECT v.name FROM variables v WHERE EXISTS (SELECT 1 FROM case_values cv "
        "JOIN cases c ON c.id = cv.case_id WHERE cv.variable_id = v.id AND c.type = ?) "
        "ORDER BY v.name COLLATE NOCASE, v.name",
        (case_type,),
    )
    return [str(row[0]) for row in cursor]
