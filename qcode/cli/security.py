"""``qcode encrypt``: encrypting a plain project in place.
Presentation only; the work is in qcode.core.encryption."""

from __future__ import annotations

import argparse
from pathlib import Path

from qcode.cli.output import say
from qcode.cli.passphrase import new_passphrase
from qcode.core.encryption import check_encryptable, encrypt_project


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
