"""Where qcode's shipped files are: the codebooks and the demo material.

In a checkout (or an editable install) they are the repository's own
``codebooks/`` and ``projects/`` folders; a regular install puts copies in
``<prefix>/share/qcode/`` (see ``data-files`` in pyproject.toml).
"""

from __future__ import annotations

import sys
from pathlib import Path

from qcode.errors import QcodeError

_REPOSITORY = Path(__file__).resolve().parent.parent


def _roots() -> list[Path]:
    return [_REPOSITORY, Path(sys.prefix) / "share" / "qcode"]


def shared_folder(name: str) -> Path:
    """``codebooks`` or ``projects``, wherever this installation has it."""
    for root in _roots():
        folder = root / name
        if folder.is_dir():
            return folder
    raise QcodeError(f"qcode's '{name}' folder is missing from this installation")


def shipped_codebooks() -> list[Path]:
    return sorted(shared_folder("codebooks").glob("*.qdc"))


def find_codebook(ref: str) -> Path:
    """A codebook file by path, or by the name of one shipped with qcode."""
    path = Path(ref)
    if path.is_file():
        return path
    if path.suffix == "" and path.parent == Path("."):
        for shipped in shipped_codebooks():
            if shipped.stem == ref:
                return shipped
    shipped_names = ", ".join(p.stem for p in shipped_codebooks())
    raise QcodeError(f"codebook not found: {ref} (shipped with qcode: {shipped_names})")


def demo_folder() -> Path:
    return shared_folder("projects") / "demo"
