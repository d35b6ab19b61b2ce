"""``qcode encrypt``, ``passphrase`` and ``decrypt``: a project's encryption,
changed in place.  Presentation only; the work is in qcode.core.encryption."""

from __future__ import annotations

import argparse
from pathlib import Path

from qcode.cli.output import say
from qcode.cli.passphrase import NEW_ENVIRONMENT, new_passphrase, passphrase_for
from qcode.core.encryption import (
    change_passphrase,
    check_encryptable,
    decrypt_project,
    encrypt_project,
    is_encrypted,
)
from qcode.errors import QcodeError


def cmd_encrypt(options: argparse.Namespace) -> int:
    from qcode.core.project_file import wait_from_environment

    path = Path(options.project)
    wait = wait_from_environment()  # like every writer: wait a little for another
    check_encryptable(path, wait)  # before asking for a passphrase
    encrypt_project(path, new_passphrase(path), wait)
    say(
        f"encrypted {path}; it now needs the passphrase to open. Earlier copies and backups "
        "are still unencrypted, and so may be the old bytes on this disk (see the README)"
    )
    return 0


def _encrypted(path: Path) -> None:
    if not path.is_file():
        raise QcodeError(f"project not found: {path}")
    if not is_encrypted(path):
        raise QcodeError(f"{path.name} is not encrypted; nothing was changed")


def cmd_passphrase(options: argparse.Namespace) -> int:
    from qcode.core.project_file import wait_from_environment

    path = Path(options.project)
    wait = wait_from_environment()
    _encrypted(path)  # before asking for anything
    old = passphrase_for(path)
    assert old is not None
    new = new_passphrase(path, environment=NEW_ENVIRONMENT)
    change_passphrase(path, old, new, wait)
    say(
        f"{path} now opens with the new passphrase. Backups and coders' copies made "
        "earlier still open with the old one"
    )
    return 0


def cmd_decrypt(options: argparse.Namespace) -> int:
    from qcode.core.project_file import wait_from_environment

    path = Path(options.project)
    wait = wait_from_environment()
    _encrypted(path)
    if not options.yes:
        raise QcodeError(
            f"decrypting {path.name} lets anyone who has the file read every transcript in "
            "it; add --yes to decrypt it"
        )
    passphrase = passphrase_for(path)
    assert passphrase is not None
    decrypt_project(path, passphrase, wait)
    say(
        f"decrypted {path}: it is now a plain file that anyone who has it can read "
        "(encrypted backups beside it still need the passphrase)"
    )
    return 0
