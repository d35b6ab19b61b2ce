"""The app bundle (packaging/, issue 22): the bundled qcode is the same program.

The bundle tests run a built bundle's own program (``dist/qcode/qcode``, made
by ``bash packaging/build-linux.sh``) through a researcher's first steps: the
demo, importing a .docx and a .pdf, coding, exporting .xlsx and .qdpx,
suggestions, and suggestions' worker processes started by the frozen program
itself.  They are skipped, saying why, when no bundle has been built; with
``QCODE_REQUIRE_BUNDLE=1`` (the bundles workflow) they fail instead.
``QCODE_BUNDLE`` names another program to test.

The other tests need no bundle: what a bundle relies on (its files found
inside it, ``python -m qcode``), the packaging's self-check and the
third-party notices generator.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

import qcode
from qcode import resources
from qcode.errors import QcodeError
from qcode.settings import Settings

REPOSITORY = Path(__file__).resolve().parents[1]
PHRASE = "cameras outside my home"  # coded in the flow; after 𠮷, outside the BMP
TIMEOUT = 600  # seconds for one command: generous, a loaded 2-core machine is slow


def _default_program() -> Path:
    if sys.platform == "win32":
        return REPOSITORY / "dist" / "qcode" / "qcode.exe"
    if sys.platform == "darwin":
        return REPOSITORY / "dist" / "qcode.app" / "Contents" / "MacOS" / "qcode"
    return REPOSITORY / "dist" / "qcode" / "qcode"


@pytest.fixture
def bundle() -> Path:
    """The bundle's program, or skip (fail under QCODE_REQUIRE_BUNDLE) without one."""
    program = Path(os.environ.get("QCODE_BUNDLE") or _default_program())
    if not program.is_file():
        reason = (
            f"no app bundle has been built ({program} is missing); "
            "bash packaging/build-linux.sh builds it"
        )
        if os.environ.get("QCODE_REQUIRE_BUNDLE"):
            pytest.fail(reason)
        pytest.skip(reason)
    return program


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QCODE_CONFIG_DIR=str(tmp_path / "config"), QCODE_CODER="Bundle Tester")
    env.pop("QT_QPA_PLATFORM", None)
    return env


def _network_calls(log: Path) -> list[str]:
    """Connections or datagrams to another machine in an strace log."""
    calls = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        outward = "AF_INET" in line and re.search(r"\b(connect|sendto|sendmsg)\(", line)
        if outward and not re.search(r'inet_(addr|pton)\([^)]*"(127\.|::1")', line):
            calls.append(line)
    return calls


class Bundle:
    """Runs the bundle's program as a researcher would, watching for the network
    (under strace, where there is one) and failing on any error."""

    def __init__(self, program: Path, folder: Path) -> None:
        self.program, self.folder = program, folder
        self.env = _env(folder)
        self.strace = shutil.which("strace") if sys.platform.startswith("linux") else None
        self.network: list[str] = []

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.program), *args]
        log = self.folder / "strace.log"
        if self.strace:
            command = [
                self.strace,
                "-f",
                "-qq",
                "-e",
                "trace=connect,sendto,sendmsg",
                "-o",
                str(log),
                *command,
            ]
        done = subprocess.run(
            command,
            cwd=self.folder,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT,
        )
        if self.strace and log.exists():
            self.network += _network_calls(log)
        if check:
            assert done.returncode == 0, f"qcode {' '.join(args)}: {done.stderr}"
        return done

    def json(self, *args: str) -> object:
        return json.loads(self.run(*args, "--json").stdout)


def _write_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Interviewer: How did you learn that you were listed?")
    document.add_paragraph(
        f"Respondent: 𠮷 They installed {PHRASE} in 2019, and the neighbourhood "
        "committee watched who came to visit."
    )
    document.save(str(path))


def _write_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, "Respondent: My score dropped after I complained to the office.")
    pdf.output(str(path))


def test_bundled_program_is_this_version(bundle: Path, tmp_path: Path) -> None:
    done = Bundle(bundle, tmp_path).run("--version")
    assert done.stdout.strip() == f"qcode {qcode.__version__}"


def test_bundled_command_line_flow(bundle: Path, tmp_path: Path) -> None:
    from qcode.demo import build_demo
    from qcode.io.documents import read_document

    run = Bundle(bundle, tmp_path)

    # The demo, as this checkout builds it.
    run.run("demo", "demo.qcode")
    with build_demo(tmp_path / "reference.qcode") as reference:
        expected = [d.name for d in reference.documents()]
        expected_codings = len(reference.codings())
    assert [d["name"] for d in run.json("documents", "demo.qcode")] == expected  # type: ignore[union-attr]
    assert len(run.json("segments", "demo.qcode")) == expected_codings  # type: ignore[arg-type]

    # Import a .docx and a .pdf: the same text as this checkout's readers make.
    _write_docx(tmp_path / "interview.docx")
    _write_pdf(tmp_path / "statement.pdf")
    run.run("new", "study.qcode")
    run.run("import", "study.qcode", "interview.docx", "statement.pdf")
    for name, suffix in (("interview", ".docx"), ("statement", ".pdf")):
        stored = run.run("text", "study.qcode", name).stdout
        assert stored == read_document(tmp_path / f"{name}{suffix}").text

    # Suggestions: "cameras" is found by the keyword "camera" only through
    # spaCy's lemma tables (spacy-lookups-data), which must be in the bundle.
    run.run("add-code", "study.qcode", "Surveillance/Cameras")
    run.run("edit-code", "study.qcode", "Surveillance/Cameras", "--keywords", "camera")
    found = run.json("suggest", "study.qcode", "interview", "--source", "keywords")
    assert [(s["code"], s["source"]) for s in found] == [("Surveillance/Cameras", "keywords")]  # type: ignore[index, union-attr]
    assert PHRASE in found[0]["text"]  # type: ignore[index]

    # Code a span given in code points (𠮷 before it counts as one).
    text = run.run("text", "study.qcode", "interview").stdout
    start = text.index(PHRASE)
    end = start + len(PHRASE)
    run.run("code", "study.qcode", "interview", "Surveillance/Cameras", str(start), str(end))
    segments = run.json("segments", "study.qcode")
    assert [(s["code"], s["text"]) for s in segments] == [("Surveillance/Cameras", PHRASE)]  # type: ignore[index, union-attr]

    # Exports another program reads.
    run.run("export", "study.qcode", "report.xlsx")
    import openpyxl

    workbook = openpyxl.load_workbook(tmp_path / "report.xlsx", read_only=True)
    rows = [row for row in workbook["Segments"].iter_rows(values_only=True) if PHRASE in row]
    workbook.close()
    assert len(rows) == 1
    assert rows[0][0] == "Surveillance/Cameras" and {start, end} <= set(rows[0])
    run.run("export", "study.qcode", "study.qdpx")
    with zipfile.ZipFile(tmp_path / "study.qdpx") as archive:
        project = archive.read("project.qde").decode("utf-8")
        sources = [
            archive.read(n).decode("utf-8-sig")
            for n in archive.namelist()
            if n.startswith("sources/")
        ]
    assert 'name="Cameras"' in project
    assert f'startPosition="{start}" endPosition="{end}"' in project
    assert text in sources

    run.json("suggest", "demo.qcode", "Interview 02 – official")  # English and Chinese

    assert run.network == [], "the bundled qcode reached for the network"


# The bundle's program runs a Python command given after -c when it is called
# the way multiprocessing starts its resource tracker (PyInstaller's runtime
# hook: the frozen interpreter's flags, then -c and this import; the app's own
# tracker is started so).  So here the frozen program itself starts the
# workers, exactly as the app does.
_HELPER_FLAGS = ["-B", "-S", "-I"]
_HELPER_PREFIX = "from multiprocessing.resource_tracker import main"
_FROZEN_PARENT = """
import json, multiprocessing, os, sys
from concurrent.futures import ProcessPoolExecutor
from qcode.analysis.suggestions.worker import suggest_in_worker, train_for_project

path, document_id = sys.argv[-2], int(sys.argv[-1])
context = multiprocessing.get_context("spawn")  # as qcode/gui/suggestions/trainer.py
with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
    worker = pool.submit(os.getpid).result(timeout=300)
    trained = pool.submit(train_for_project, path).result(timeout=600)  # (fingerprint, model...)
    answer = pool.submit(suggest_in_worker, path, document_id, ["keywords"]).result(timeout=300)
print(json.dumps({
    "frozen": bool(getattr(sys, "frozen", False)),
    "parent": os.getpid(),
    "worker": worker,
    "trained": trained[1] is not None,
    "suggestions": [s.as_json() for s in answer.suggestions],
}))
"""


def test_the_bundled_app_opens_a_project_and_stays_up(bundle: Path, tmp_path: Path) -> None:
    # The window itself, offscreen: a module the freezer left out (Qt
    # Multimedia once) only shows when the app starts, not in the CLI flow.
    run = Bundle(bundle, tmp_path)
    run.run("demo", "demo.qcode")
    # The name is known (else the first start waits on the question of it).
    Settings(Path(run.env["QCODE_CONFIG_DIR"])).coder_name = "Bundle Tester"
    env = dict(run.env, QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen(
        [str(bundle), "demo.qcode"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _out, err = app.communicate(timeout=15)
    except subprocess.TimeoutExpired:  # still up after 15 s: it opened and is waiting for the user
        app.terminate()
        _out, err = app.communicate(timeout=15)
    else:
        pytest.fail(f"the bundled app ended by itself (status {app.returncode}): {err[-2000:]}")
    assert "Traceback" not in err and "Failed to execute" not in err, err[-2000:]


def test_suggestion_workers_start_from_the_frozen_program(bundle: Path, tmp_path: Path) -> None:
    from qcode.analysis.suggestions.worker import suggest_in_worker
    from qcode.core.project import Project
    from qcode.demo import build_demo

    build_demo(tmp_path / "demo.qcode").close()
    with Project.open(tmp_path / "demo.qcode", read_only=True) as project:
        document = next(d for d in project.documents() if d.name.startswith("Interview 04"))
    command = f"{_HELPER_PREFIX}; exec({_FROZEN_PARENT!r})"
    done = subprocess.run(
        [
            str(bundle),
            *_HELPER_FLAGS,
            "-c",
            command,
            str(tmp_path / "demo.qcode"),
            str(document.id),
        ],
        cwd=tmp_path,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["frozen"] and answer["worker"] != answer["parent"]
    assert answer["trained"], "the demo's coding is enough to learn from"
    expected = suggest_in_worker(str(tmp_path / "demo.qcode"), document.id, ["keywords"])
    assert answer["suggestions"] == [s.as_json() for s in expected.suggestions]
    assert answer["suggestions"], "the demo's keywords find passages in interview 04"


# -- what a bundle relies on, tested without one ----------------------------------------


def test_a_bundle_uses_its_own_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inside = tmp_path / "_internal"
    (inside / "codebooks").mkdir(parents=True)
    (inside / "codebooks" / "bundled.qdc").write_text("<CodeBook/>", encoding="utf-8")
    (inside / "projects" / "demo").mkdir(parents=True)
    (inside / "resources" / "icons").mkdir(parents=True)
    for size in (128, 16, 32):
        (inside / "resources" / "icons" / f"qcode-{size}.png").write_bytes(b"png")
    (inside / resources.NOTICES).write_text("notices", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(inside), raising=False)

    assert resources.shipped_codebooks() == [inside / "codebooks" / "bundled.qdc"]
    assert resources.demo_folder() == inside / "projects" / "demo"
    assert [p.name for p in resources.icon_files()] == [
        "qcode-16.png",
        "qcode-32.png",
        "qcode-128.png",
    ]
    assert resources.notices_file() == inside / resources.NOTICES
    # Never the files of a checkout or an installed qcode instead of the bundle's own.
    shutil.rmtree(inside / "codebooks")
    with pytest.raises(QcodeError, match="'codebooks' folder is missing"):
        resources.shipped_codebooks()


def test_outside_a_bundle_there_are_no_notices_and_the_icons_are_the_repositorys() -> None:
    assert resources.bundle_folder() is None and resources.notices_file() is None
    assert [p.name for p in resources.icon_files()][:2] == ["qcode-16.png", "qcode-24.png"]


def test_python_dash_m_qcode_is_the_command(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "qcode", "--version"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=_env(tmp_path),
    )
    assert (done.returncode, done.stdout.strip()) == (0, f"qcode {qcode.__version__}")


def _copy_packaging(target: Path) -> Path:
    """The files the packaging's self-check reads, copied to ``target``."""
    for name in ("packaging", "resources/icons", "codebooks", "projects/demo", "qcode/gui/i18n"):
        shutil.copytree(
            REPOSITORY / name, target / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    for name in (
        "LICENSE",
        "pyproject.toml",
        "qcode/__init__.py",
        "qcode/__main__.py",
        ".github/workflows/bundles.yml",
    ):
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPOSITORY / name, target / name)
    return target / "packaging" / "selfcheck.py"


def test_packaging_self_check_passes_and_catches_a_broken_file_type(tmp_path: Path) -> None:
    selfcheck = _copy_packaging(tmp_path)
    done = subprocess.run([sys.executable, str(selfcheck)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    desktop = tmp_path / "packaging" / "linux" / "org.qcode.qcode.desktop"
    desktop.write_text(
        desktop.read_text(encoding="utf-8").replace("MimeType=application/x-qcode;", ""),
        encoding="utf-8",
    )
    plist = tmp_path / "packaging" / "macos" / "Info.plist"  # .qcode no longer its document
    plist.write_text(
        plist.read_text("utf-8").replace("<string>qcode</string>", "<string>qdc</string>")
    )
    done = subprocess.run([sys.executable, str(selfcheck)], capture_output=True, text=True)
    assert done.returncode == 1
    assert "MimeType does not list application/x-qcode" in done.stderr
    assert "Info.plist: no document type for .qcode files" in done.stderr


def test_notices_name_every_package_qcode_needs_with_its_licence(tmp_path: Path) -> None:
    import tomllib

    output = tmp_path / "THIRD-PARTY-NOTICES.txt"
    done = subprocess.run(
        [sys.executable, str(REPOSITORY / "packaging" / "notices.py"), "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stderr
    notices = output.read_text(encoding="utf-8")
    summary = notices.split("\n\n\n", 1)[0]
    requirements = tomllib.loads((REPOSITORY / "pyproject.toml").read_text("utf-8"))
    for requirement in requirements["project"]["dependencies"]:
        name = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0]
        dist = metadata.distribution(name)
        line = re.search(rf"^{re.escape(dist.metadata['Name'])} +(\S+) +(.+)$", summary, re.M)
        assert line is not None, f"{name} is not in the notices' summary"
        assert line.group(1) == dist.version
    # Qt's licence text travels with it; SQLCipher is named with the version in use.
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices.split("\nQt ", 1)[1]
    cipher = pytest.importorskip("sqlcipher3.dbapi2")
    connection = cipher.connect(":memory:")
    version = connection.execute("PRAGMA cipher_version").fetchone()[0]
    connection.close()
    assert re.search(rf"^SQLCipher +{re.escape(version)} ", summary, re.M)
