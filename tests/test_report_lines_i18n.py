"""Import, REFI-QDA and merge reports in the interface's language (issue 18).

The core writes what an import changed or left out, and what a merge found
the two projects disagreeing on, as lines the command line prints in
English (scripts and people compare that text).  Each line is a
:class:`~qcode.messages.Message`, so the app shows the same line in the
user's language, with counts, names and nested parts ("its name ... and its
colour ...") translated too.

The translations are the test's own (a French table), given to Qt through a
translator as the shipped ``.qm`` files are, so the test does not depend on
the shipped translations being finished.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from qcode.core.copies import prepare_coder_copies
from qcode.core.merge.project import merge_project
from qcode.core.merge.report import MergeReport
from qcode.core.project import Project
from qcode.core.qdpx_import import QdpxImportReport, import_qdpx
from qcode.messages import Message
from tests.test_cli import Run
from tests.test_merge import lead_project
from tests.test_qdpx_import import TEXT, G, qdpx, rich_body
from tests.translators import speaking

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BYTES = "{count:,} bytes that are not valid UTF-8 replaced by \ufffd on line{s} {lines}"
GRAPH = "graph '{name}' ({nodes}, {links}) was not imported: qcode has no network views"
MISSING = "'{name}' was not imported: {problem}"
DIFFERS = "{other} differs in {differences}; kept this project's"

FRENCH = {
    # core messages (context "messages")
    "{file}: {problem}": "{file} : {problem}",
    BYTES: "{count:,} octets non valides en UTF-8 remplacés par \ufffd (ligne{s} {lines})",
    GRAPH: "graphe « {name} » ({nodes}, {links}) non importé : qcode n'a pas de vue en réseau",
    "{count:,} node{s}": "{count:,} nœud{s}",
    "{count:,} link{s}": "{count:,} lien{s}",
    MISSING: "« {name} » non importé : {problem}",
    "its text file sources/{path} is missing from the archive": (
        "son fichier texte sources/{path} manque dans l'archive"
    ),
    "{count:,} text file the project refers to is missing from the archive": (
        "{count:,} fichier texte cité par le projet manque dans l'archive"
    ),
    DIFFERS: "{other} diffère par {differences} ; celui de ce projet est gardé",
    "{list} and {last}": "{list} et {last}",
    "its name ('{name}')": "son nom (« {name} »)",
    "its colour ({colour})": "sa couleur ({colour})",
    "called '{theirs}' in {other}; kept the name '{ours}'": (
        "nommé « {theirs} » dans {other} ; le nom « {ours} » est gardé"
    ),
    "a code without a name under '{parent}' is now named '{name}'": (
        "un code sans nom sous '{parent}' s'appelle maintenant '{name}'"
    ),
    # the app's own words around them
    "{where}{added} codes added, {matched} already there.": (
        "{where}{added} codes ajoutés, {matched} déjà là."
    ),
    "Note: {notes}.": "Remarque : {notes}.",
    "warning: {line}": "avertissement : {line}",
    "skipped: {line}": "ignoré : {line}",
    "code": "code",
    "coder": "codeur",
}


def french(template: str) -> str:
    return FRENCH.get(template, template)


def damaged_file(folder: Path) -> Path:
    """A transcript whose last line has two bytes that are not UTF-8 (line 4)."""
    path = folder / "Liu.txt"
    path.write_bytes("Liu: J’étais là.\n".encode() * 3 + b"Liu: d\xe9j\xe0\n")
    return path


def missing_text_file(folder: Path) -> Path:
    """A .qdpx whose one source refers to a text file the archive lacks."""
    body = (
        f'<Sources><TextSource guid="{G(20)}" name="Wang" plainTextPath="internal://gone.txt"/>'
        "</Sources>"
    )
    return qdpx(folder, body, {})


def merged_with_conflicts(folder: Path) -> tuple[Path, Path]:
    """A lead project and a copy where the coder and the code Harms were renamed
    and Harms recoloured: (project file, copy file), both closed."""
    with lead_project(folder) as lead:
        (copy_path,) = prepare_coder_copies(lead, ["B"])
        lead_path = lead.path
    with Project.open(copy_path, coder="B") as copy:
        copy.update_code(copy.code("Harms"), name="Harm", color="#445566")
    with sqlite3.connect(copy_path) as conn:
        conn.execute("UPDATE coders SET name = 'The lead' WHERE name = 'Lead'")
    conn.close()
    return lead_path, copy_path


def merge_report(folder: Path) -> MergeReport:
    lead_path, copy_path = merged_with_conflicts(folder)
    with Project.open(lead_path, coder="Lead") as lead:
        return merge_project(lead, copy_path)


# -- the core: English unchanged, every line translatable -----------------------------------


def test_a_document_import_warning_is_translatable(project: Project, tmp_path: Path) -> None:
    warnings: list[str] = []
    project.import_files([damaged_file(tmp_path)], warnings=warnings)
    assert warnings == ["Liu.txt: 2 bytes that are not valid UTF-8 replaced by \ufffd on line 4"]
    (line,) = warnings
    assert isinstance(line, Message)
    assert line.translated(french) == (
        "Liu.txt : 2 octets non valides en UTF-8 remplacés par \ufffd (ligne 4)"
    )


def test_every_line_of_a_qdpx_import_report_is_translatable(
    project: Project, tmp_path: Path
) -> None:
    files = {f"{G(20)}.txt": TEXT.encode("utf-8-sig"), f"{G(22)}.txt": b"Annual report text"}
    report = import_qdpx(project, qdpx(tmp_path, rich_body(), files))
    lines = report.warnings + report.changed + report.skipped
    assert len(lines) >= 10
    assert [line for line in lines if not isinstance(line, Message)] == []
    # The English the command line prints, as before (a sample of each kind).
    assert "graph 'Map' (1 node, 0 links) was not imported: qcode has no network views" in (
        report.skipped
    )
    assert "'Photo.jpg' (picture) was not imported: it has no text or transcript" in (
        report.skipped
    )
    assert "code set 'Core' is now a project memo listing its 2 codes" in report.changed
    assert (
        "code 'Police' under 'Trust' is now named 'Police (2)' (two codes had that name)"
        in report.changed
    )
    (graph,) = [line for line in report.skipped if line.startswith("graph")]
    assert isinstance(graph, Message)
    assert graph.translated(french) == (
        "graphe « Map » (1 nœud, 0 liens) non importé : qcode n'a pas de vue en réseau"
    )


def test_a_missing_text_file_is_reported_in_english_and_translatable(
    project: Project, tmp_path: Path
) -> None:
    report = import_qdpx(project, missing_text_file(tmp_path))
    assert report.warnings == ["1 text file the project refers to is missing from the archive"]
    assert report.skipped == [
        "'Wang' was not imported: its text file sources/gone.txt is missing from the archive"
    ]
    (warning,), (skipped,) = report.warnings, report.skipped
    assert isinstance(warning, Message) and isinstance(skipped, Message)
    assert warning.translated(french) == (
        "1 fichier texte cité par le projet manque dans l'archive"
    )
    assert skipped.translated(french) == (
        "« Wang » non importé : son fichier texte sources/gone.txt manque dans l'archive"
    )
    assert project.documents() == []


def test_merge_conflicts_keep_their_english_and_are_translatable(tmp_path: Path) -> None:
    report = merge_report(tmp_path)
    details = {(c.kind, c.subject): c.detail for c in report.conflicts}
    assert details[("coder", "Lead")] == "called 'The lead' in lead-B.qcode; kept the name 'Lead'"
    code = details[("code", "Harms")]
    assert (
        code
        == "lead-B.qcode differs in its name ('Harm') and its colour (#445566); kept this project's"
    )
    assert isinstance(code, Message)
    # The list of differences is translated piece by piece.
    assert code.translated(french) == (
        "lead-B.qcode diffère par son nom (« Harm ») et sa couleur (#445566) ; "
        "celui de ce projet est gardé"
    )
    assert all(isinstance(c.detail, Message) for c in report.conflicts)


# -- the command line prints the same English ----------------------------------------------


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


def test_the_command_line_prints_an_import_report_as_before(qcode: Run, tmp_path: Path) -> None:
    project = tmp_path / "study.qcode"
    qcode("new", project, "--coder", "Amina")
    _, said = qcode("import", project, missing_text_file(tmp_path))  # said on stderr
    assert said.splitlines() == [
        "study.qdpx (from MAXQDA 2022): 0 documents, 0 codes, 0 codings, 0 memos, 0 coders, "
        "0 attributes, 0 sets, 0 cases, 0 links",
        "  warning: 1 text file the project refers to is missing from the archive",
        "  skipped: 'Wang' was not imported: its text file sources/gone.txt is missing "
        "from the archive",
    ]


def test_the_command_line_prints_merge_conflicts_as_before(qcode: Run, tmp_path: Path) -> None:
    lead_path, copy_path = merged_with_conflicts(tmp_path)
    out, _ = qcode("merge", lead_path, copy_path)
    conflicts = [line for line in out.splitlines() if line.startswith("  conflict")]
    assert conflicts == [
        "  conflict (coder) Lead: called 'The lead' in lead-B.qcode; kept the name 'Lead'",
        "  conflict (code) Harms: lead-B.qcode differs in its name ('Harm') and its colour "
        "(#445566); kept this project's",
    ]


# -- the app shows them in the user's language ----------------------------------------------


@pytest.fixture
def speaks_french(qapp: object) -> Iterator[None]:
    """The app translates with :data:`FRENCH` (in any context), as a shipped
    translator would; strings not in the table fall through to English."""
    with speaking(lambda _context, source: FRENCH.get(source)):
        yield


@pytest.mark.gui
def test_the_app_shows_a_document_import_warning_in_french(
    qtbot: object, speaks_french: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from qcode.gui.main_window import MainWindow
    from qcode.settings import Settings

    boxes: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: boxes.append(text)
    )
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    window = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.import_files([damaged_file(tmp_path)])
    (box,) = boxes
    assert box.endswith("Liu.txt : 2 octets non valides en UTF-8 remplacés par \ufffd (ligne 4)")


@pytest.mark.gui
def test_the_app_shows_a_qdpx_import_report_in_french(
    speaks_french: None, project: Project, tmp_path: Path
) -> None:
    from qcode.gui.exchange.imports import report_lines

    report: QdpxImportReport = import_qdpx(project, missing_text_file(tmp_path))
    assert report_lines(report) == [
        "avertissement : 1 fichier texte cité par le projet manque dans l'archive",
        "ignoré : « Wang » non importé : son fichier texte sources/gone.txt manque dans l'archive",
    ]


@pytest.mark.gui
def test_the_merge_report_shows_conflicts_in_french(
    qtbot: object, speaks_french: None, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QTableWidget

    from qcode.gui.team.merge_dialog import MergeReportDialog

    dialog = MergeReportDialog([merge_report(tmp_path)])
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    (table,) = [t for t in dialog.findChildren(QTableWidget) if t.accessibleName() == "Conflicts"]
    cell: Callable[[int, int], str] = lambda row, column: table.item(row, column).toolTip()  # noqa: E731
    rows = {cell(row, 1): (cell(row, 0), cell(row, 2)) for row in range(table.rowCount())}
    assert rows == {
        "Lead": ("codeur", "nommé « The lead » dans lead-B.qcode ; le nom « Lead » est gardé"),
        "Harms": (
            "code",
            "lead-B.qcode diffère par son nom (« Harm ») et sa couleur (#445566) ; "
            "celui de ce projet est gardé",
        ),
    }


@pytest.mark.gui
def test_the_app_says_which_names_a_codebook_import_changed_in_french(
    speaks_french: None, project: Project, tmp_path: Path
) -> None:
    from qcode.gui.exchange.imports import import_codebook
    from qcode.gui.session import Session
    from qcode.settings import Settings

    path = tmp_path / "team.qdc"
    path.write_bytes(
        b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
        b'<Code guid="' + G(1).encode() + b'" name="Harms" isCodable="true">'
        b'<Code guid="' + G(2).encode() + b'" name=" " isCodable="true"/></Code>'
        b"</Codes></CodeBook>"
    )
    session = Session(project, Settings(tmp_path / "config"))
    said: list[str] = []
    session.status.connect(said.append)
    import_codebook(session, path)
    assert said == [
        "2 codes ajoutés, 0 déjà là. Remarque : un code sans nom sous 'Harms' "
        "s'appelle maintenant 'Unnamed code'."
    ]
    assert project.codebook().path(project.code("Harms/Unnamed code").id) == "Harms/Unnamed code"


@pytest.mark.gui
def test_the_app_shows_the_qdpx_import_details_in_french(
    speaks_french: None, project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from qcode.gui.exchange.imports import import_qdpx_dialog
    from qcode.gui.session import Session
    from qcode.settings import Settings

    details: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: details.append(box.detailedText()))
    session = Session(project, Settings(tmp_path / "config"))
    received = import_qdpx_dialog(session, None, lambda _path: None, missing_text_file(tmp_path))
    assert received == project.path
    assert details == [
        "avertissement : 1 fichier texte cité par le projet manque dans l'archive\n"
        "ignoré : « Wang » non importé : son fichier texte sources/gone.txt manque dans l'archive"
    ]
