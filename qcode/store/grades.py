"""Source grades: the project's scale ("first-hand witness", "second-hand",
"documentary"...), in order, and the one grade a coding may carry."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from qcode.model import Grade
from qcode.store.changes import ChangeRecorder
from qcode.store.database import Connection
from qcode.store.sql import IN_IDS, json_ids

_COLUMNS = "id, uuid, name, position, first_hand, description"


class NewGrade(NamedTuple):
    """A grade to insert (``uuid=None``: a new one)."""

    name: str
    position: int
    first_hand: bool
    description: str
    uuid: str | None = None


def _grade(row: Sequence[Any]) -> Grade:
    return Grade(int(row[0]), str(row[1]), str(row[2]), int(row[3]), bool(row[4]), str(row[5]))


# -- reading ---------------------------------------------------------------------


def grades(conn: Connection) -> list[Grade]:
    """The scale, in order."""
    cursor = conn.execute(f"SELECT {_COLUMNS} FROM grades ORDER BY position, id")
    return [_grade(row) for row in cursor]


def rows(conn: Connection) -> list[Grade]:
    """Every grade in id order (a merge reads a project whole)."""
    return [_grade(row) for row in conn.execute(f"SELECT {_COLUMNS} FROM grades ORDER BY id")]


def max_position(conn: Connection) -> int:
    """The position of the last grade (-1: none)."""
    row = conn.execute("SELECT coalesce(max(position), -1) FROM grades").fetchone()
    return int(row[0])


def coding_grades(conn: Connection, coding_ids: Iterable[int] | None = None) -> dict[int, int]:
    """The grade of each coding that has one (of these codings): coding → grade id."""
    sql = "SELECT coding_id, grade_id FROM coding_grades"
    params: list[Any] = []
    if coding_ids is not None:
        sql += f" WHERE coding_id {IN_IDS}"
        params.append(json_ids(coding_ids))
    return {int(coding): int(grade) for coding, grade in conn.execute(sql, params)}


def graded_of(conn: Connection, coding_ids: Iterable[int]) -> list[int]:
    """Those of these codings that have a grade (their rows' keys)."""
    cursor = conn.execute(
        f"SELECT coding_id FROM coding_grades WHERE coding_id {IN_IDS} ORDER BY coding_id",
        (json_ids(coding_ids),),
    )
    return [int(row[0]) for row in cursor]


def graded_with(conn: Connection, grade_ids: Iterable[int]) -> list[int]:
    """Codings that carry one of these grades."""
    cursor = conn.execute(
        f"SELECT coding_id FROM coding_grades WHERE grade_id {IN_IDS} ORDER BY coding_id",
        (json_ids(grade_ids),),
    )
    return [int(row[0]) for row in cursor]


def count_by_grade(conn: Connection) -> dict[int, int]:
    """Graded codings per grade id (grades not in use are absent)."""
    cursor = conn.execute("SELECT grade_id, count(*) FROM coding_grades GROUP BY grade_id")
    return {int(grade): int(number) for grade, number in cursor}


# -- writing (recorded: undo and redo replay it) ---------------------------------------


def insert(changes: ChangeRecorder, new: Sequence[NewGrade]) -> list[int]:
    """Add grades; returns their ids."""
    return changes._insert(
        "grades",
        [
            {
                "uuid": grade.uuid or str(uuidlib.uuid4()),
                "name": grade.name,
                "position": grade.position,
                "first_hand": int(grade.first_hand),
                "description": grade.description,
            }
            for grade in new
        ],
    )


def update(
    changes: ChangeRecorder,
    grade_id: int,
    *,
    name: str | None = None,
    position: int | None = None,
    first_hand: bool | None = None,
    description: str | None = None,
) -> None:
    """Change a grade (``None``: left as it is); one recorded step."""
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = name
    if position is not None:
        values["position"] = position
    if first_hand is not None:
        values["first_hand"] = int(first_hand)
    if description is not None:
        values["description"] = description
    if values:
        changes._update("grades", grade_id, values)


def delete(changes: ChangeRecorder, ids: Sequence[int]) -> None:
    changes._delete("grades", ids)


def grade_codings(changes: ChangeRecorder, pairs: Sequence[tuple[int, int]]) -> None:
    """Give codings that have no grade one: (coding, grade) pairs."""
    changes._insert(
        "coding_grades", [{"coding_id": coding, "grade_id": grade} for coding, grade in pairs]
    )


def regrade(changes: ChangeRecorder, coding_id: int, grade_id: int) -> None:
    """Give a graded coding another grade."""
    changes._update("coding_grades", coding_id, {"grade_id": grade_id})


def ungrade(changes: ChangeRecorder, coding_ids: Sequence[int]) -> None:
    """Take the grade off these codings (each must have one)."""
    changes._delete("coding_grades", coding_ids)
