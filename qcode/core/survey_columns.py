"""Which columns of a survey sheet are what: the respondent's id, the answers
to code and the attributes (:class:`SurveyColumns`), each attribute column's
type, and a first guess of them all for the app's import dialog.  The import
itself is :mod:`qcode.core.surveys`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qcode.core import attributes
from qcode.io.sheets import CellValue, Sheet

_INTEGER = re.compile(r"[+-]?(0|[1-9][0-9]{0,17})")
_FLOAT = re.compile(r"[+-]?(0|[1-9][0-9]*)?\.[0-9]+([eE][+-]?[0-9]+)?|[+-]?(0|[1-9][0-9]*)\.?")
_YES_NO = frozenset({"true", "false", "yes", "no"})


@dataclass(frozen=True)
class SurveyColumns:
    """Which columns are what: the respondent's id, the texts to code, and
    the attributes (``all_other``: every column that is neither)."""

    id_column: str
    text_columns: tuple[str, ...]
    attribute_columns: tuple[str, ...] = ()
    all_other: bool = False


def cell_text(value: CellValue) -> str:
    """A cell as text: a whole number without ".0", yes/no as a spreadsheet shows it."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def column_type(values: Sequence[CellValue]) -> str:
    """The attribute type every non-empty value of a column fits: integer,
    float, boolean or date, else text."""
    present = [value for value in values if value is not None]
    if not present:
        return "text"
    for type_, fits in (
        ("boolean", _is_yes_no),
        ("integer", _is_integer),
        ("float", _is_number),
        ("date", _is_date),
    ):
        if all(fits(value) for value in present):
            return type_
    return "text"


def _is_yes_no(value: CellValue) -> bool:
    return isinstance(value, bool) or (isinstance(value, str) and value.lower() in _YES_NO)


def _is_integer(value: CellValue) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return value.is_integer() and abs(value) < 2**53
    return isinstance(value, str) and _INTEGER.fullmatch(value) is not None


def _is_number(value: CellValue) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return value == value and abs(value) != float("inf")
    return isinstance(value, str) and _FLOAT.fullmatch(value) is not None


def _is_date(value: CellValue) -> bool:
    return isinstance(value, str) and attributes.infer_type(value) == "date"


# -- a first guess, for the app's dialog ------------------------------------------------

_ID_HEADERS = ("id", "_id", "respondent", "respondent id", "respondent_id", "uuid", "_uuid")
_TEXT_LENGTH = 30  # characters an answer has on average to be taken for free text


def guess_columns(sheet: Sheet) -> SurveyColumns:
    """Which columns look like what: the id is a column named like one (else
    the first) whose values are all there and all different; long free
    text (answers of 30 characters or more on average, mostly different)
    is text to code; short values that repeat (a region, an age group) and
    numbers, yes/no and dates are attributes.  Short values that never repeat (names, phone
    numbers) are neither: they may identify someone, so they are left out
    unless the researcher ticks them."""
    count = len(sheet.header)
    columns = [[row.values[i] for row in sheet.rows] for i in range(count)]
    unique = [
        all(v is not None for v in values) and len({cell_text(v) for v in values}) == len(values)
        for values in columns
    ]
    named = [i for i in range(count) if sheet.header[i].casefold() in _ID_HEADERS and unique[i]]
    fallback = [i for i in range(count) if unique[i]] or [0]
    id_index = (named or fallback)[0]
    texts: list[str] = []
    attributes_: list[str] = []
    for index, values in enumerate(columns):
        if index == id_index:
            continue
        present = [cell_text(v) for v in values if v is not None]
        if not present:
            continue
        mean = sum(len(v) for v in present) / len(present)
        distinct = len(set(present))
        if mean >= _TEXT_LENGTH and distinct * 2 >= len(present):
            texts.append(sheet.header[index])
        elif distinct < len(present) or column_type(values) != "text":
            attributes_.append(sheet.header[index])
    return SurveyColumns(sheet.header[id_index], tuple(texts), tuple(attributes_))
