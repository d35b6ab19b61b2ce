"""The packaging's quick self-check: everything the bundle builds read is
there and agrees with itself, without building anything (seconds, not
minutes).  ``bash packaging/build-linux.sh --check`` (and the macOS and
Windows scripts' ``--check``) run it; so does .ci/run, and every build first.

Standard library only: the build scripts run it with the system's Python,
before their own virtualenv exists.  Prints one line per problem and exits 1,
or one line saying what was checked.
"""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_files as bf

ROOT = bf.ROOT
PACKAGING = ROOT / "packaging"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WINDOWS_APP = "qcode-app"  # the console-less program of the Windows bundle


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def check_files() -> list[str]:
    problems = []
    for name in ("qcode.spec", "bundle_files.py", "notices.py", "icons.py", "build-linux.sh",
                 "build-macos.sh", "build-windows.ps1", "windows/qcode.iss", "macos/Info.plist",
                 "linux/org.qcode.qcode.desktop", "linux/org.qcode.qcode.xml",
                 "linux/install-desktop-entry.sh", "hooks/hook-PySide6.QtGui.py",
                 "hooks/hook-spacy.py", "hooks/hook-thinc.py", "licenses/LGPL-3.0.txt",
                 "licenses/Apache-2.0.txt", "licenses/SQLCipher.txt"):  # fmt: skip
        if not (PACKAGING / name).is_file():
            problems.append(f"packaging/{name}: missing")
    for name in ("LICENSE", "qcode/__main__.py", ".github/workflows/bundles.yml"):
        if not (ROOT / name).is_file():
            problems.append(f"{name}: missing")
    try:
        bf.own_files()
    except FileNotFoundError as missing:
        problems.append(str(missing))
    return problems


def check_scripts() -> list[str]:
    problems = []
    for path in [*PACKAGING.glob("*.py"), *PACKAGING.glob("hooks/*.py"), PACKAGING / "qcode.spec"]:
        try:
            compile(_text(path), str(path), "exec")
        except SyntaxError as error:
            problems.append(f"{path.relative_to(ROOT)}:{error.lineno}: {error.msg}")
    shells = [("bash", p) for p in PACKAGING.glob("*.sh")]
    shells.append(("sh", PACKAGING / "linux" / "install-desktop-entry.sh"))
    for shell, path in shells:
        if shutil.which(shell) is None:
            continue  # Windows without Git Bash: the shell scripts are not for it anyway
        done = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True)
        if done.returncode != 0:
            problems.append(f"{path.relative_to(ROOT)}: {done.stderr.strip().splitlines()[-1]}")
    spec = _text(PACKAGING / "qcode.spec")
    if f'"{WINDOWS_APP}"' not in spec:
        problems.append(f"packaging/qcode.spec: no '{WINDOWS_APP}' program (the .iss starts it)")
    windows = _text(PACKAGING / "build-windows.ps1")
    for needed in (
        "packaging\\qcode.spec",
        "packaging\\notices.py",
        "packaging\\windows\\qcode.iss",
    ):
        if needed not in windows:
            problems.append(f"packaging/build-windows.ps1: does not use {needed}")
    workflow = _text(ROOT / ".github" / "workflows" / "bundles.yml")
    for script in ("build-linux.sh", "build-windows.ps1", "build-macos.sh", "tests/test_bundle.py"):
        if script not in workflow:
            problems.append(f".github/workflows/bundles.yml: does not run {script}")
    return problems


def check_version() -> list[str]:
    declared = tomllib.loads(_text(ROOT / "pyproject.toml"))["project"]["version"]
    source = bf.version()
    if declared != source:
        return [f"pyproject.toml says version {declared}, qcode/__init__.py {source}"]
    return []


def check_linux() -> list[str]:
    problems = []
    desktop_path = PACKAGING / "linux" / f"{bf.APP_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    entry.read(desktop_path, encoding="utf-8")
    if not entry.has_section("Desktop Entry"):
        return [f"{desktop_path.name}: no [Desktop Entry] group"]
    values = entry["Desktop Entry"]
    expected = {"Type": "Application", "Name": "qcode", "Icon": bf.APP_ID, "Terminal": "false"}
    for key, value in expected.items():
        if values.get(key) != value:
            problems.append(f"{desktop_path.name}: {key} is {values.get(key)!r}, not {value!r}")
    if not values.get("Exec", "").startswith("qcode ") or "%f" not in values.get("Exec", ""):
        problems.append(f"{desktop_path.name}: Exec must be 'qcode %f' (the installer rewrites it)")
    if bf.MIME_TYPE not in values.get("MimeType", "").split(";"):
        problems.append(f"{desktop_path.name}: MimeType does not list {bf.MIME_TYPE}")
    mime_path = PACKAGING / "linux" / f"{bf.APP_ID}.xml"
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    mime = ElementTree.parse(mime_path).getroot().find(f"{namespace}mime-type")
    if mime is None or mime.get("type") != bf.MIME_TYPE:
        return [*problems, f"{mime_path.name}: does not declare {bf.MIME_TYPE}"]
    globs = [glob.get("pattern") for glob in mime.iter(f"{namespace}glob")]
    if f"*{bf.DOCUMENT_SUFFIX}" not in globs:
        problems.append(f"{mime_path.name}: no glob *{bf.DOCUMENT_SUFFIX}")
    icon = mime.find(f"{namespace}icon")
    if icon is None or icon.get("name") != bf.APP_ID:
        problems.append(f"{mime_path.name}: its icon is not {bf.APP_ID}")
    return problems


def check_macos() -> list[str]:
    path = PACKAGING / "macos" / "Info.plist"
    with path.open("rb") as file:
        info = plistlib.load(file)
    exported = {
        declared.get("UTTypeIdentifier"): declared.get("UTTypeTagSpecification", {})
        for declared in info.get("UTExportedTypeDeclarations", [])
    }
    problems = []
    for document in info.get("CFBundleDocumentTypes", []):
        for uti in document.get("LSItemContentTypes", []):
            tags = exported.get(uti)
            if tags is None:
                problems.append(f"Info.plist: document type {uti} is not declared")
            elif bf.DOCUMENT_SUFFIX[1:] in tags.get("public.filename-extension", []):
                return problems
    return [*problems, f"Info.plist: no document type for {bf.DOCUMENT_SUFFIX} files"]


def check_windows() -> list[str]:
    path = PACKAGING / "windows" / "qcode.iss"
    script = _text(path)
    problems = [
        f"qcode.iss: missing {needed!r}"
        for needed in (
            f'#define AppExe "{WINDOWS_APP}.exe"',
            "Software\\Classes\\.qcode",
            "Software\\Classes\\qcode.Project\\shell\\open\\command",
            '""%1""',
            "ChangesAssociations=yes",
            "PrivilegesRequired=lowest",
            "{#Root}\\dist\\qcode\\*",
        )
        if needed not in script
    ]
    if "LicenseFile={#Root}\\LICENSE" not in script:
        problems.append("qcode.iss: the installer does not show LICENSE")
    return problems


def check_icons() -> list[str]:
    """Each PNG size exists and is a PNG of that size (icons.py --check also
    compares them with the SVG; that needs Qt)."""
    sys.path.insert(0, str(PACKAGING))
    from icons import SIZES, SVG, png_path

    problems = [] if SVG.is_file() else [f"{SVG}: missing"]
    for size in SIZES:
        path = png_path(size)
        head = path.read_bytes()[:24] if path.is_file() else b""
        if head[:8] != PNG_SIGNATURE:
            problems.append(f"{path.relative_to(ROOT)}: missing or not a PNG")
            continue
        width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
        if (width, height) != (size, size):
            problems.append(f"{path.relative_to(ROOT)}: {width}×{height}, not {size}×{size}")
    return problems


CHECKS: list[tuple[str, Callable[[], list[str]]]] = [
    ("files", check_files),
    ("scripts", check_scripts),
    ("version", check_version),
    ("Linux desktop entry and file type", check_linux),
    ("macOS Info.plist", check_macos),
    ("Windows installer", check_windows),
    ("icons", check_icons),
]


def main() -> int:
    problems = []
    for name, check in CHECKS:
        try:
            problems += check()
        except (OSError, ValueError, KeyError, ElementTree.ParseError) as error:
            problems.append(f"{name}: {error}")
    for problem in problems:
        print(f"packaging self-check: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"packaging self-check: {', '.join(name for name, _check in CHECKS)}: all good")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
