"""The options of ``qcode import`` that apply to a survey or spreadsheet
(.csv, .tsv, .xlsx, .ods): which column is the respondent's id, which hold
text to code, which are attributes, and which sheet of a workbook."""

from __future__ import annotations

import argparse

from qcode.errors import QcodeError

# Files imported as a sheet of answers (a .txt stays a document).
SHEET_SUFFIXES = (".csv", ".tsv", ".xlsx", ".ods")
_OPTIONS = ("id_column", "text_columns", "attribute_columns", "all_other_columns", "sheet")


def add_sheet_options(parser: argparse.ArgumentParser) -> None:
    """Declare the sheet options on ``qcode import``."""
    group = parser.add_argument_group(
        "a survey or spreadsheet (.csv .tsv .xlsx .ods)",
        "each non-empty answer becomes a document named 'QUESTION – ID', with the "
        "respondent's id and attribute columns as its attributes",
    )
    group.add_argument("--id-column", metavar="COL", help="the column of respondents' ids")
    group.add_argument(
        "--text-columns",
        metavar="COL[,COL...]",
        action="append",
        help="the columns of free text to code (one document per non-empty cell)",
    )
    which = group.add_mutually_exclusive_group()
    which.add_argument(
        "--attribute-columns",
        metavar="COL[,COL...]",
        action="append",
        help="columns to keep as each answer's attributes",
    )
    which.add_argument(
        "--all-other-columns",
        action="store_true",
        help="every column that is neither the id nor a text is an attribute",
    )
    group.add_argument("--sheet", metavar="NAME", help="the worksheet to read (default: the first)")


def sheet_options_given(options: argparse.Namespace) -> bool:
    """Whether any sheet option was given."""
    return any(getattr(options, name, None) for name in _OPTIONS)


def column_list(values: list[str] | None, option: str) -> tuple[str, ...]:
    """``--text-columns a,b --text-columns c`` → ``("a", "b", "c")``."""
    names: list[str] = []
    for value in values or []:
        for part in value.split(","):
            name = part.strip()
            if not name:
                raise QcodeError(f"{option} '{value}' has an empty column name")
            names.append(name)
    return tuple(names)
