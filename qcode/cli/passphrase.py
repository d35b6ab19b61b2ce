"""Where the command line gets an encrypted project's passphrase.

``QCODE_PASSPHRASE`` when it is set (scripts, tests; it is used without
asking), else asked on the terminal without echo.  With neither (a script
with no terminal), a one-line error: a command never hangs waiting for a
passphrase nobody can type.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from qcode.core.encryption import check_new_passphrase, is_encrypted
from qcode.errors import QcodeError

ENVIRONMENT = "QCODE_PASSPHRASE"
# The new passphrase when a project's passphrase is changed (the old one is
# QCODE_PASSPHRASE then).
NEW_ENVIRONMENT = "QCODE_NEW_PASSPHRASE"


def _from_environment(variable: str = ENVIRONMENT) -> str | None:
    return os.environ.get(variable) or None


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise QcodeError("no passphrase was given; nothing was changed") from None


def passphrase_for(path: Path) -> str | None:
    """The passphrase to open the project ``path``: ``None`` when it is not
    encrypted (or not there: opening it says so)."""
    if not is_encrypted(path):
        return None
    given = _from_environment()
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise QcodeError(f"{path.name} is encrypted: set {ENVIRONMENT} or run from a terminal")
    return _ask(f"Passphrase for {path.name}: ")


def new_passphrase(path: Path, environment: str = ENVIRONMENT) -> str:
    """A passphrase to encrypt ``path`` with: the variable ``environment``
    (``QCODE_PASSPHRASE``), else typed twice on the terminal (the two must
    match)."""
    given = _from_environment(environment)
    if given is not None:
        return check_new_passphrase(given)
    if not sys.stdin.isatty():
        raise QcodeError(
            f"{path.name}: set {environment} or run from a terminal to choose a passphrase"
        )
    first = check_new_passphrase(_ask(f"New passphrase for {path.name}: "))
    if _ask("The same passphrase again: ") != first:
        raise QcodeError("the two passphrases differ; nothing was changed")
    return first
