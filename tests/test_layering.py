"""The layers of STYLE.md, checked: Qt only in qcode/gui, SQL, table and
column names only in qcode/store, heavy libraries loaded only when needed,
and the core working with Qt absent altogether."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "qcode"


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imports(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_import_contracts_hold() -> None:
    # The layers of ARCHITECTURE.md, Qt only in qcode/gui, the store only
    # behind core, and no import circles: import-linter's contracts in
    # pyproject.toml (also run by .ci/run).  A broken contract names the
    # import chain that breaks it.
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(linter), "--no-cache"],
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_only_the_store_runs_sql() -> None:
    offenders = []
    for path in _modules():
        relative = path.relative_to(PACKAGE.parent)
        if relative.parts[1] == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("execute", "executemany", "executescript")
            ):
                offenders.append(f"{relative}:{node.lineno}")
    assert offenders == []


def test_only_the_store_names_tables_and_columns() -> None:
    """The store's entity modules own the schema: the core calls their typed
    readers and writers, never names a table or a column and never imports
    sqlite3; above it, no table is named either (change events carry kinds of
    things, not tables)."""
    from qcode.store.schema import TABLES

    # In the core, every table (but "project": also the everyday word, as in a
    # memo on the project) and every column whose name is not a plain word.
    tables = set(TABLES) - {"project"}
    columns = {column for names in TABLES.values() for column in names if "_" in column}
    # Above the core "documents" or "codes" are also command names and kinds,
    # so only the tables that are no word of their own are looked for there.
    compound = {table for table in TABLES if "_" in table}
    offenders = []
    for path in _modules():
        relative = path.relative_to(PACKAGE.parent)
        layer = relative.parts[1]
        if layer not in ("core", "analysis", "export", "gui", "cli"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if layer == "core" and any(name.split(".")[0] == "sqlite3" for name in _imports(tree)):
            offenders.append(f"{relative}: imports sqlite3")
        named = (tables | columns) if layer == "core" else compound
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and node.value in named:
                offenders.append(f"{relative}:{node.lineno}: {node.value!r}")
            elif isinstance(node, ast.Attribute) and node.attr == "tables":
                offenders.append(f"{relative}:{node.lineno}: reads .tables")
    assert offenders == []


def test_above_the_core_nothing_holds_the_database_connection() -> None:
    # Analyses and exports read through Project and its reader (core), never
    # through the connection: import-linter cannot see an attribute, this can.
    offenders = []
    for path in _modules():
        relative = path.relative_to(PACKAGE.parent)
        if relative.parts[1] not in ("analysis", "export", "gui", "cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "conn":
                offenders.append(f"{relative}:{node.lineno}")
    assert offenders == []


def test_modules_stay_small() -> None:
    too_long = {
        str(path.relative_to(PACKAGE.parent)): len(path.read_text(encoding="utf-8").splitlines())
        for path in _modules()
    }
    assert {name: n for name, n in too_long.items() if n > 600} == {}


_WITHOUT_QT = textwrap.dedent(
    """
    import importlib, pkgutil, sys, tempfile, pathlib

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError("Qt is not installed here")
            return None

    sys.meta_path.insert(0, NoQt())
    import qcode
    for info in pkgutil.walk_packages(qcode.__path__, "qcode."):
        if info.name.startswith("qcode.gui") or info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
    from qcode.cli import main
    folder = pathlib.Path(tempfile.mkdtemp())
    (folder / "a.txt").write_text("Liu: 没有 notice.\\nWang: yes.\\nLiu: no.", encoding="utf-8")
    project = str(folder / "p.qcode")
    assert main(["new", project]) == 0
    assert main(["import", project, str(folder / "a.txt")]) == 0
    assert main(["code", project, "a", "Harms", "0", "3", "--create"]) == 0
    assert main(["stats", project, "--json"]) == 0
    assert "PySide6" not in sys.modules
    print("CORE WITHOUT QT OK")
    """
)


def test_core_and_cli_work_with_qt_absent() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _WITHOUT_QT], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "CORE WITHOUT QT OK" in result.stdout


def test_heavy_libraries_load_lazily() -> None:
    code = (
        "import sys; from qcode.cli import main; from qcode.cli.parser import build_parser; "
        "build_parser(); import qcode.core.project, qcode.io.documents; "
        "heavy = ['spacy', 'openpyxl', 'docx', 'pdfminer', 'odf', 'striprtf', "
        "'charset_normalizer', 'PySide6', 'xmlschema', 'fpdf', 'uharfbuzz', 'fontTools', "
        "'PIL']; "
        "print([m for m in heavy if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
