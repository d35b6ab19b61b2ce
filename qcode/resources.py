"""Where qcode's shipped files are: the codebooks, the demo material, the
icons and the third-party notices.

In a checkout (or an editable install) they are the repository's own
``codebooks/``, ``projects/`` and ``resources/`` folders; a regular install puts
copies in ``<prefix>/share/qcode/`` (see ``data-files`` in pyproject.toml); an
app bundle (packaging/qcode.spec) holds them in its data folder, laid out as in
the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

from qcode.errors import QcodeError
from qcode.messages import Message

_REPOSITORY = Path(__file__).resolve().parent.parent
NOTICES = "THIRD-PARTY-NOTICES.txt"


def bundle_folder() -> Path | None:
    """The data folder of the app bundle qcode runs from (``None``: not a bundle)."""
    if not getattr(sys, "frozen", False):
        return None
    folder = getattr(sys, "_MEIPASS", None)  # PyInstaller's: where the bundled files are
    return Path(folder) if folder else Path(sys.executable).resolve().parent


def _roots() -> list[Path]:
    bundle = bundle_folder()
    if bundle is not None:
        return [bundle]  # a bundle uses its own files, never those of an installed qcode
    return [_REPOSITORY, Path(sys.prefix) / "share" / "qcode"]


def shared_folder(name: str) -> Path:
    """``codebooks`` or ``projects``, wherever this installation has it."""
    for root in _roots():
        folder = root / name
        if folder.is_dir():
            return folder
    raise QcodeError(
        Message("qcode's '{folder}' folder is missing from this installation", folder=name)
    )


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
    raise QcodeError(
        Message(
            "codebook not found: {codebook} (shipped with qcode: {shipped})",
            codebook=ref,
            shipped=shipped_names,
        )
    )


def demo_folder() -> Path:
    return shared_folder("projects") / "demo"


def icon_files() -> list[Path]:
    """qcode's application icon as PNG files, smallest first (none if not shipped)."""
    for root in _roots():
        found = {
            int(size): path
            for path in (root / "resources" / "icons").glob("qcode-*.png")
            if (size := path.stem.rpartition("-")[2]).isdigit()
        }
        if found:
            return [found[size] for size in sorted(found)]
    return []


def notices_file() -> Path | None:
    """The third-party notices of an app bundle (``None`` elsewhere: they are
    made when a bundle is built, by packaging/notices.py)."""
    bundle = bundle_folder()
    if bundle is None or not (bundle / NOTICES).is_file():
        return None
    return bundle / NOTICES
