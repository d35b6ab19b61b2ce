"""The argument types the command-line grammar checks arguments with, and
the check that text arguments are valid UTF-8 (kept apart from
:mod:`qcode.cli.parser` to keep the grammar short)."""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Callable
from typing import NoReturn

from qcode.cli.output import printable
from qcode.core.names import has_lone_surrogate
from qcode.errors import QcodeError


class Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line and exit status 1."""

    def error(self, message: str) -> NoReturn:
        print(printable(f"qcode: error: {message} (see '{self.prog} --help')"), file=sys.stderr)
        raise SystemExit(1)


def shown(text: str) -> str:
    """An argument quoted in an error, cut short if it is long."""
    return repr(text if len(text) <= 24 else text[:23] + "…")


WHOLE_NUMBER = re.compile(r"[+-]?[0-9]{1,15}")  # beyond 15 digits is never a count here


def whole_number(least: int, what: str) -> Callable[[str], int]:
    def convert(text: str) -> int:
        if WHOLE_NUMBER.fullmatch(text.strip()) is None or int(text) < least:
            raise argparse.ArgumentTypeError(f"{shown(text)} is not {what}")
        return int(text)

    return convert


position = whole_number(0, "a position (a whole number of code points, from 0)")


def fraction(text: str) -> float:
    """A number from 0 to 1 (a confidence, a threshold)."""
    try:
        value = float(text) if len(text) <= 40 else math.nan
    except ValueError:
        value = math.nan
    if not 0 <= value <= 1:  # NaN fails too
        raise argparse.ArgumentTypeError(f"{shown(text)} is not a number from 0 to 1")
    return value


# Arguments that name files: these may hold any bytes the file system
# allows.  Every other text argument is stored or looked up as text.
_FILE_ARGUMENTS = frozenset(
    "project file files from_json codebook out others report folder xlsx path".split()
)


def check_arguments(options: argparse.Namespace) -> None:
    """Refuse a text argument holding bytes that are not UTF-8 (Python
    passes them on as lone surrogates, which can be neither stored nor
    printed): a terminal or script set to another encoding."""
    command: argparse.ArgumentParser | None = getattr(options, "command_parser", None)
    labels = {
        action.dest: action.option_strings[0] if action.option_strings else str(action.metavar)
        for action in (command._actions if command is not None else [])
    }
    for name, value in vars(options).items():
        if name in _FILE_ARGUMENTS:
            continue
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and has_lone_surrogate(text):
                raise QcodeError(
                    f"{labels.get(name, name)} {printable(shown(text))} is not valid UTF-8 "
                    "text (is the terminal set to another encoding?)"
                )
