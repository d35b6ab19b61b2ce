"""The names of edits (Edit ▸ Undo/Redo, the history, the log) in the
interface's language: each command names its edit with a message whose
English text is what it always was (the command line and the log print
it), the project file keeps the message's template and values so the app
can translate edits of earlier sessions too, rows written before that
show their English name, and names a withdrawal removes are gone from the
stored messages as well."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from qcode.core.events import ProjectChanged
from qcode.core.project import Project
from qcode.messages import Message
from qcode.model import Member
from tests.evidence_files import Cli

CORRECTION = "Moderator: Where were you?\nCarla: At the station in Ribeira.\n"


def _project(tmp_path: Path) -> Project:
    for name in ("Amina", "Bo", "Chen", "Dana"):
        (tmp_path / f"Interview {name}.txt").write_text(f"Q: Hello.\n{name}: Hi.\n", "utf-8")
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    project.import_files([tmp_path / f"Interview {n}.txt" for n in ("Amina", "Bo", "Chen", "Dana")])
    return project


# -- the core: every edit's name is a message with the same English ---------------------


def test_edit_names_are_messages_with_the_english_they_always_had(tmp_path: Path) -> None:
    project = _project(tmp_path)
    announced: list[str] = []

    def on_changed(event: ProjectChanged) -> None:
        announced.append(event.label)

    project.changed.connect(on_changed)
    amina = project.document("Interview Amina")
    project.apply_code(amina, "Fear", 0, 2, create=True)
    project.update_code(project.code("Fear"), name="Fear of police")
    case = project.create_case("Ana (witness)")
    project.assign_to_case(case, [Member(document_id=amina.id)])
    project.delete_documents(project.documents())
    expected = [
        "apply 'Fear'",
        "rename code 'Fear' to 'Fear of police'",
        "create case 'Ana (witness)'",
        "assign a document to case 'Ana (witness)'",
        "delete 4 documents ('Interview Amina', 'Interview Bo', 'Interview Chen' and 1 more)",
    ]
    assert announced == expected
    assert all(isinstance(label, Message) for label in announced)
    assert announced[1].template == "rename code '{old}' to '{new}'"
    assert announced[3].values["members"].template == "a document"
    labels = [entry.label for entry in project.history()]
    assert labels == ["import 4 documents", *expected]
    assert project.undo() == expected[-1]
    project.verify()  # logged, not an edit
    assert project.history()[-1].label == "checked the hashes of 4 documents: all match"
    project.close()


def test_names_come_back_as_messages_after_reopening(tmp_path: Path) -> None:
    project = _project(tmp_path)
    project.apply_code(project.document("Interview Bo"), "Fear", 0, 2, create=True)
    project.update_code(project.code("Fear"), name="Fear of police")
    project.undo()
    project.close()
    with Project.open(tmp_path / "study.qcode") as reopened:
        labels = [entry.label for entry in reopened.history()]
        redo = reopened.redo_label()
        undo = reopened.undo_label()
    assert labels == [
        "import 4 documents",
        "apply 'Fear'",
        "rename code 'Fear' to 'Fear of police'",
    ]
    assert isinstance(redo, Message) and redo == labels[2]
    assert redo.template == "rename code '{old}' to '{new}'"
    assert dict(redo.values) == {"old": "Fear", "new": "Fear of police"}
    assert isinstance(undo, Message) and undo.template == "apply '{code}'"
    assert isinstance(labels[0], Message) and dict(labels[0].values) == {"count": 4}


def _as_before_migration_11(path: Path) -> None:
    """Make the file what qcode wrote at format 10: no stored messages."""
    conn = sqlite3.connect(path)
    conn.executescript("ALTER TABLE history DROP COLUMN label_message; PRAGMA user_version = 10;")
    conn.close()


def test_rows_from_before_the_upgrade_keep_their_english_name(tmp_path: Path) -> None:
    project = _project(tmp_path)
    project.apply_code(project.document("Interview Bo"), "Fear", 0, 2, create=True)
    project.close()
    path = tmp_path / "study.qcode"
    _as_before_migration_11(path)
    with Project.open(path) as reopened:
        reopened.create_case("Bo")
        labels = [entry.label for entry in reopened.history()]
    assert labels == ["import 4 documents", "apply 'Fear'", "create case 'Bo'"]
    assert [isinstance(label, Message) for label in labels] == [False, False, True]
    assert (tmp_path / "study.qcode.v10.bak").exists()  # the upgrade kept a backup


def test_a_stored_message_that_no_longer_gives_the_label_is_not_shown(tmp_path: Path) -> None:
    project = _project(tmp_path)
    project.create_case("Ana")
    project.close()
    conn = sqlite3.connect(tmp_path / "study.qcode")
    # A label rewritten by another tool (or a bug): the English text is the truth.
    conn.execute(
        "UPDATE history SET label = 'create case ''A.''' WHERE label = 'create case ''Ana'''"
    )
    conn.execute("UPDATE history SET label_message = '{\"template\": 3' WHERE seq = 1")
    conn.commit()
    conn.close()
    with Project.open(tmp_path / "study.qcode") as reopened:
        labels = [entry.label for entry in reopened.history()]
    assert labels == ["import 4 documents", "create case 'A.'"]
    assert not any(isinstance(label, Message) for label in labels)


def test_a_withdrawal_leaves_no_name_in_the_stored_messages(tmp_path: Path) -> None:
    (tmp_path / "Carla Ribeira.txt").write_text(CORRECTION, "utf-8")
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        (carla,) = project.import_files([tmp_path / "Carla Ribeira.txt"])
        project.apply_code(carla, "Detention", 0, 9, create=True)
        project.create_case("Carla (witness)")
        project.set_participant("Carla", documents=[carla])
        with sqlite3.connect(path) as conn:
            before = [row[0] for row in conn.execute("SELECT label_message FROM history")]
        assert any(stored and "Carla" in stored for stored in before)  # the test can see it
        project.withdraw(project.participant("Carla"))
        labels = [entry.label for entry in project.history()]
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT label, label_message FROM history").fetchall()
    conn.close()
    assert not any("Carla" in label or "Carla" in (stored or "") for label, stored in rows)
    # the names still read in the app's language where the message could be rewritten
    case_label = next(label for label in labels if label.startswith("create case"))
    assert isinstance(case_label, Message)
    assert case_label.template == "create case '{case}'" and "Carla" not in case_label


def test_a_redaction_leaves_no_identifier_in_the_stored_messages(tmp_path: Path) -> None:
    source = tmp_path / "Interview Zhang Wei.txt"
    source.write_text("Q: Who?\nZhang Wei: Me.\n", "utf-8")
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        (document,) = project.import_files([source])
        project.create_case("Zhang Wei family")
        project.set_pseudonym("Zhang Wei", "Respondent 3")
        project.redact_documents([document])
    # closing made the redaction permanent and rewrote the log
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT label, label_message FROM history").fetchall()
    conn.close()
    assert rows and not any("Zhang" in label or "Zhang" in (stored or "") for label, stored in rows)
    with Project.open(path) as reopened:
        labels = [entry.label for entry in reopened.history()]
    assert "create case 'Respondent 3 family'" in labels
    case_label = labels[labels.index("create case 'Respondent 3 family'")]
    assert isinstance(case_label, Message) and case_label.values["case"] == "Respondent 3 family"


# -- the command line: exactly as before ------------------------------------------------


def test_the_command_line_log_and_undo_stay_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _project(tmp_path)
    project.apply_code(project.document("Interview Bo"), "Fear", 0, 2, create=True)
    project.close()
    path = tmp_path / "study.qcode"
    cli = Cli(capsys)
    log = cli.json("log", path)
    assert [list(entry) for entry in log] == [
        ["seq", "kind", "label", "coder", "created_at", "state", "changed_at"]
    ] * 2
    assert [entry["label"] for entry in log] == ["import 4 documents", "apply 'Fear'"]
    _out, err = cli("undo", path)
    assert err == "undone: apply 'Fear'\n"
    out, _err = cli("log", path)
    assert "apply 'Fear'" in out and "undone" in out


# -- the app: Edit ▸ Undo, Redo and the history in another language ---------------------

FRENCH = {
    "messages": {
        "import {count} documents": "importer {count} documents",
        "apply '{code}'": "appliquer « {code} »",
        "create case '{case}'": "créer le cas « {case} »",
        # A translation that asks for a value the program does not give.
        "rename code '{old}' to '{new}'": "renommer « {ancien} » en « {new} »",
    },
    "UndoController": {
        "Undo {edit}": "Annuler : {edit}",
        "Redo {edit}": "Rétablir : {edit}",
        "Undo": "Annuler",
        "Redo": "Rétablir",
    },
}


def _compiled(tmp_path: Path, table: dict[str, dict[str, str]]) -> Path:
    """A .qm made by Qt's own tool from a hand-written .ts."""
    contexts = "".join(
        f"<context><name>{escape(context)}</name>"
        + "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(target)}</translation></message>"
            for source, target in messages.items()
        )
        + "</context>"
        for context, messages in table.items()
    )
    ts = tmp_path / "test_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="fr">{contexts}</TS>\n',
        "utf-8",
    )
    qm = tmp_path / "test_fr.qm"
    lrelease = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "pyside6-lrelease"
    command = str(lrelease) if lrelease.exists() else "pyside6-lrelease"
    subprocess.run([command, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def french(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[None]:
    pytest.importorskip("pytestqt")
    request.getfixturevalue("qapp")
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(_compiled(tmp_path, FRENCH)))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def _history_shown(window: object) -> list[str]:
    view = window.history  # type: ignore[attr-defined]
    model = view.model()
    return [model.index(row, 0).data() for row in range(1, model.rowCount())]


@pytest.mark.gui
def test_the_app_names_edits_in_its_language(
    tmp_path: Path, qtbot: object, french: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from qcode.gui.main_window import MainWindow
    from qcode.settings import Settings

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    project = _project(tmp_path)
    project.apply_code(project.document("Interview Bo"), "Fear", 0, 2, create=True)
    project.close()
    path = tmp_path / "study.qcode"
    _as_before_migration_11(path)  # the first two edits were made by an older qcode
    project = Project.open(path, coder="Amina")
    window = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    # an edit of an earlier session, stored without its message: English inside French
    assert window.undo_action.text() == "Annuler : apply 'Fear'"
    project.create_case("Ana & Bo")
    assert window.undo_action.text() == "Annuler : créer le cas « Ana && Bo »"  # & is no shortcut
    project.update_code(project.code("Fear"), name="Fear of police")
    # a translation that asks for a value the edit does not have: the English name
    assert window.undo_action.text() == "Annuler : rename code 'Fear' to 'Fear of police'"
    window.undo_action.trigger()
    assert window.redo_action.text() == "Rétablir : rename code 'Fear' to 'Fear of police'"
    window.undo_action.trigger()
    assert window.redo_action.text() == "Rétablir : créer le cas « Ana && Bo »"
    assert project.redo_label() == "create case 'Ana & Bo'"  # the log stays English
    window.redo_action.trigger()
    window.close()
    project.close()

    # Reopened: the app rebuilds Undo and the history from the stored messages.
    project = Project.open(path, coder="Amina")
    window = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.undo_action.text() == "Annuler : créer le cas « Ana && Bo »"
    assert _history_shown(window) == [
        "import 4 documents",
        "apply 'Fear'",
        "créer le cas « Ana & Bo »",
        "rename code 'Fear' to 'Fear of police'",
    ]
    window.close()
    project.close()


@pytest.mark.gui
def test_without_a_translation_the_app_reads_as_before(
    tmp_path: Path, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from qcode.gui.main_window import MainWindow
    from qcode.settings import Settings

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    project = _project(tmp_path)
    window = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.undo_action.text() == "Undo import 4 documents"
    assert not window.redo_action.isEnabled() and window.redo_action.text() == "Redo"
    window.undo_action.trigger()
    assert window.undo_action.text() == "Undo" and not window.undo_action.isEnabled()
    assert window.redo_action.text() == "Redo import 4 documents"
    assert _history_shown(window) == ["import 4 documents"]
    window.close()
    project.close()
