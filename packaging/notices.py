"""Third-party notices for qcode's app bundle, generated from the licence
metadata of the packages installed with qcode (``importlib.metadata``): each
package qcode needs, directly or through another, with its version, its
licence and the licence texts it ships; then the parts that carry no package
metadata of their own (Python, Qt inside PySide6, SQLCipher and OpenSSL
inside sqlcipher3, PyInstaller's launcher).

    python packaging/notices.py --output FILE   write the notices (build-*.sh do)
    python packaging/notices.py --check         check every package has licence
                                                information; write nothing

Run it with the Python the bundle is built from: it describes that
environment.  The output has no date in it, so the same packages give the
same file.  Needs only the standard library and ``packaging`` (which pip,
PyInstaller and pytest all bring).
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import sys
import sysconfig
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HERE = Path(__file__).resolve().parent
LICENSES = HERE / "licenses"
PYPROJECT = HERE.parent / "pyproject.toml"
# Where a package names a licence but ships no text, the standard text we keep
# (the licence's own words; a copyright line cannot be made up, so MIT and BSD
# packages without a text are listed with their licence's name only).
STANDARD_TEXTS = {
    "LGPL-3.0": "LGPL-3.0.txt",  # PySide6 and shiboken6 (Qt for Python)
    "Apache": "Apache-2.0.txt",
}
_LICENCE_FILE_NAMES = ("LICEN", "COPYING", "NOTICE")


@dataclass
class Notice:
    """One component of the bundle, and what its licence says."""

    name: str
    version: str
    licence: str  # an SPDX expression or the package's own words; "" if unknown
    texts: list[tuple[str, str]] = field(default_factory=list)  # (file name, text)
    note: str = ""


def _licence_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) <= 80:
        return declared
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.strip() != "License :: OSI Approved"
    ]
    return " OR ".join(classifiers)


def _licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """The licence files a distribution installed (PEP 639's ``licenses/``
    folder, older wheels' files in dist-info, a package's own LICENSE)."""
    texts = []
    for entry in dist.files or []:
        if not any(part in entry.name.upper() for part in _LICENCE_FILE_NAMES):
            continue
        if entry.suffix in {".py", ".pyc", ".so", ".pyd", ".dll"}:
            continue
        path = Path(str(dist.locate_file(entry)))
        try:
            text = path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            continue
        if text and all(text != kept for _name, kept in texts):
            texts.append((str(entry), text))
    return texts


def qcode_requirements() -> list[str]:
    """qcode's own requirements, from the pyproject.toml next to this script: the
    source the bundle is built from (an installed qcode's metadata may be older)."""
    with PYPROJECT.open("rb") as file:
        requirements: list[str] = tomllib.load(file)["project"]["dependencies"]
    return requirements


def required_distributions() -> tuple[dict[str, metadata.Distribution], list[str]]:
    """Every distribution qcode needs, directly or through another (not extras)
    and installed here, by canonical name; and qcode's own requirements that
    are not installed (a bundle built here would lack them)."""
    found: dict[str, metadata.Distribution] = {}
    missing = []
    waiting = [(line, True) for line in qcode_requirements()]
    while waiting:
        line, direct = waiting.pop()
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue  # an extra, or for another platform or Python
        name = canonicalize_name(requirement.name)
        if name in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if direct:
                missing.append(requirement.name)
            continue
        found[name] = dist
        waiting += [(needed, False) for needed in dist.requires or []]
    return found, missing


def package_notices(distributions: dict[str, metadata.Distribution]) -> list[Notice]:
    notices = []
    for _name, dist in sorted(distributions.items()):
        notice = Notice(dist.metadata["Name"], dist.version, _licence_name(dist))
        notice.texts = _licence_texts(dist)
        if not notice.texts:
            for key, file_name in STANDARD_TEXTS.items():
                if key in notice.licence:
                    notice.texts.append((file_name, (LICENSES / file_name).read_text("utf-8")))
                    notice.note = "The package ships no licence text: the licence's standard text."
        notices.append(notice)
    return notices


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def _sqlcipher_version() -> str:
    try:
        import sqlcipher3.dbapi2 as cipher  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError:
        return ""
    connection = cipher.connect(":memory:")
    try:
        row = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    return f"{row[0]} (SQLite {cipher.sqlite_version})" if row else ""


def _openssl_version() -> str:
    """The OpenSSL built into sqlcipher3's extension (it says so in its own bytes)."""
    import re

    try:
        import sqlcipher3  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError:
        return ""
    for library in Path(sqlcipher3.__file__).parent.glob("_sqlite3*"):
        found = re.search(rb"OpenSSL (\d+\.\d+\.\d+)", library.read_bytes())
        if found:
            return found.group(1).decode()
    return ""


def _python_licence() -> list[tuple[str, str]]:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for candidate in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            return [(candidate.name, candidate.read_text(encoding="utf-8", errors="replace"))]
    return []


def embedded_notices() -> list[Notice]:
    """The parts of the bundle that no package's metadata describes."""
    python = Notice(
        "Python",
        sys.version.split()[0],
        "PSF-2.0",
        _python_licence(),
        "The Python interpreter and its standard library.",
    )
    if not python.texts:
        python.note += " (This Python installation has no LICENSE.txt to include.)"
    found = [python]
    qt = _version("pyside6-essentials") or _version("pyside6")
    if qt:
        found.append(
            Notice(
                "Qt",
                qt,
                "LGPL-3.0-only",
                [("LGPL-3.0.txt", (LICENSES / "LGPL-3.0.txt").read_text("utf-8"))],
                "Qt's libraries, inside PySide6, used unmodified as shared libraries (which "
                "may be replaced). The GNU GPL, to which the LGPL refers, is in LICENSE. Qt's "
                "own third-party parts are listed in Qt's documentation, 'Licenses Used in Qt'.",
            )
        )
    cipher = _sqlcipher_version()
    if cipher:
        found.append(
            Notice(
                "SQLCipher",
                cipher,
                "BSD-3-Clause (SQLite: public domain)",
                [("SQLCipher.txt", (LICENSES / "SQLCipher.txt").read_text("utf-8"))],
                "Inside the sqlcipher3 package.",
            )
        )
        found.append(
            Notice(
                "OpenSSL",
                _openssl_version() or "(version not found)",
                "Apache-2.0",
                [("Apache-2.0.txt", (LICENSES / "Apache-2.0.txt").read_text("utf-8"))],
                "Its cryptography, built into sqlcipher3 for SQLCipher.",
            )
        )
    pyinstaller = _version("pyinstaller")
    if pyinstaller:
        dist = metadata.distribution("pyinstaller")
        found.append(
            Notice(
                "PyInstaller bootloader",
                pyinstaller,
                "GPL-2.0-or-later WITH Bootloader-exception",
                _licence_texts(dist),
                "The small program that starts the bundled Python (the qcode executable); "
                "its licence's exception allows it to carry any program.",
            )
        )
    return found


def render(notices: list[Notice]) -> str:
    """The notices file's text."""
    with PYPROJECT.open("rb") as file:
        qcode_version = tomllib.load(file)["project"]["version"]
    lines = [
        f"qcode {qcode_version}: third-party notices",
        "",
        "qcode is free software under the GNU General Public License, version 3 or",
        "(at your option) any later version: see LICENSE. This app bundle also",
        "contains the software below, each part under its own licence. This file was",
        "generated from the installed packages' licence metadata by",
        "packaging/notices.py when the bundle was built.",
        "",
        "Summary",
        "-------",
    ]
    width = max(len(notice.name) for notice in notices)
    for notice in notices:
        lines.append(
            f"{notice.name:<{width}}  {notice.version:<24}  {notice.licence or '(see its text)'}"
        )
    for notice in notices:
        heading = f"{notice.name} {notice.version}"
        lines += [
            "",
            "",
            heading,
            "=" * len(heading),
            f"Licence: {notice.licence or 'as in the text below'}",
        ]
        if notice.note:
            lines.append(notice.note)
        if not notice.texts:
            lines.append("(No licence text is shipped with this package.)")
        for file_name, text in notice.texts:
            lines += ["", f"--- {file_name} ---", text.strip()]
    return "\n".join(lines) + "\n"


def problems(notices: list[Notice]) -> list[str]:
    """Components whose licence cannot be told at all (neither a name nor a text)."""
    return [
        f"{notice.name} {notice.version}: no licence in its metadata and no licence file"
        for notice in notices
        if not notice.licence and not notice.texts
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, help="write the notices to this file")
    parser.add_argument("--check", action="store_true", help="check only; write nothing")
    options = parser.parse_args(argv)
    if not options.output and not options.check:
        parser.error("give --output FILE or --check")
    distributions, missing = required_distributions()
    notices = package_notices(distributions) + embedded_notices()
    found = [f"{name}: qcode needs it, and it is not installed here" for name in missing]
    found += problems(notices)
    for problem in found:
        print(f"notices: {problem}", file=sys.stderr)
    if found:
        return 1
    text = render(notices)
    if options.output:
        options.output.parent.mkdir(parents=True, exist_ok=True)
        options.output.write_text(text, encoding="utf-8")
    where = f"wrote {options.output}" if options.output else "checked"
    print(f"notices: {where}: {len(notices)} components, each with its licence")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
