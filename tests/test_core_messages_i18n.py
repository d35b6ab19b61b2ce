"""The core's errors in the interface's language (issue 18).

The core refuses in English (the command line prints that text and scripts
compare it); each refusal is a :class:`~qcode.messages.Message` that also
remembers its template, so the app shows it in the user's language, with a
message quoted inside another (a file name and its problem, an entry of a
file and why it was refused) translated too.

The translations here are the test's own (a French and a Chinese table),
given to Qt through a translator as the shipped ``.qm`` files are, so the
test does not depend on the shipped translations being finished.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from qcode.core.coding_json import codings_from_json
from qcode.core.project import Project
from qcode.errors import ProjectLockedError, QcodeError, message_of
from qcode.messages import CONTEXT, Message, error_text
from tests.translators import speaking

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LOCKED = (
    "{file} is open for editing in another qcode window or command; "
    "close it there first (it can still be read meanwhile)"
)
SAME_TEXT = "{file}: the same text is already in the project as '{existing}'; nothing was imported"
ONLY_SPACES = "{what} needs a name ('{value}' is only spaces or invisible characters)"

FRENCH = {
    "there is already a case named '{name}'": "il existe déjà un cas nommé « {name} »",
    "no code '{ref}' in {file}": "aucun code « {ref} » dans {file}",
    "no document '{ref}' in {file}": "aucun document « {ref} » dans {file}",
    "{source}: coding {number}": "{source} : codage {number}",
    "{label}: {problem}": "{label} : {problem}",
    "{what} needs a name": "{what} doit avoir un nom",
    ONLY_SPACES: "{what} doit avoir un nom (« {value} » n'a que des espaces "
    "ou des signes invisibles)",
    "a case": "un cas",
    "a code": "un code",
    LOCKED: "{file} est ouvert en écriture dans une autre fenêtre ou commande qcode ; "
    "fermez-le d'abord (il reste lisible en attendant)",
    SAME_TEXT: "{file} : le même texte est déjà dans le projet sous le nom « {existing} » ; "
    "rien n'a été importé",
}

CHINESE = {
    "there is already a case named '{name}'": "已有名为“{name}”的个案",
    SAME_TEXT: "{file}：项目中已有相同文本（“{existing}”）；未导入任何内容",
    LOCKED: "{file} 正在另一个 qcode 窗口或命令中编辑；请先在那里关闭（期间仍可读取）",
}


def french(template: str) -> str:
    return FRENCH.get(template, template)


def refusal(action: object) -> QcodeError:
    """The error ``action`` (a callable) raises, with its English text checked
    to be a Message."""
    assert callable(action)
    with pytest.raises(QcodeError) as caught:
        action()
    error = caught.value
    assert isinstance(error.args[0], Message), f"not a Message: {error}"
    return error


# -- the core: English unchanged, translatable ------------------------------------------


def test_a_duplicate_case_keeps_its_english_and_is_translatable(project: Project) -> None:
    project.create_case("Li Wei")
    error = refusal(lambda: project.create_case("Li Wei"))
    assert str(error) == "there is already a case named 'Li Wei'"
    assert error_text(error, french) == "il existe déjà un cas nommé « Li Wei »"
    assert project.cases()[0].name == "Li Wei" and len(project.cases()) == 1


def test_an_unknown_code_keeps_its_english_and_is_translatable(project: Project) -> None:
    project.create_code("Blacklist")
    error = refusal(lambda: project.code("Travel ban"))
    assert str(error) == "no code 'Travel ban' in test.qcode"
    assert error_text(error, french) == "aucun code « Travel ban » dans test.qcode"


def test_a_locked_project_keeps_its_english_and_is_translatable(project: Project) -> None:
    with pytest.raises(ProjectLockedError) as caught:
        Project.open(project.path)
    error = caught.value
    assert str(error) == (
        "test.qcode is open for editing in another qcode window or command; "
        "close it there first (it can still be read meanwhile)"
    )
    assert error_text(error, french).startswith("test.qcode est ouvert en écriture")


def test_the_kind_of_name_is_translated_inside_the_refusal(project: Project) -> None:
    error = refusal(lambda: project.create_code("   "))
    assert str(error) == "a code needs a name ('   ' is only spaces or invisible characters)"
    assert error_text(error, french) == (
        "un code doit avoir un nom (« " + "   " + " » n'a que des espaces ou des signes invisibles)"
    )
    blank = refusal(lambda: project.create_case(""))
    assert str(blank) == "a case needs a name"
    assert error_text(blank, french) == "un cas doit avoir un nom"
    assert project.codebook().codes == {} and project.cases() == []


def test_a_file_entry_and_its_problem_are_translated_inside(project: Project) -> None:
    raw = '[{"document": "Interview 7", "code": "Blacklist", "start": 0, "end": 4}]'
    error = refusal(
        lambda: codings_from_json(raw, "codings.json", lambda ref: project.document(ref).id)
    )
    # What `qcode code --from-json` prints, as before.
    assert str(error) == "codings.json: coding 1: no document 'Interview 7' in test.qcode"
    # Three messages, one inside the other, each in French.
    assert error_text(error, french) == (
        "codings.json : codage 1 : aucun document « Interview 7 » dans test.qcode"
    )


def test_a_wrapped_refusal_keeps_the_inner_message(project: Project) -> None:
    # The message of an error re-raised with more context is kept whole, and
    # survives the trip to and from a worker process (the suggestions do that).
    project.create_case("Li Wei")
    inner = refusal(lambda: project.create_case("Li Wei"))
    kept = message_of(inner)
    assert isinstance(kept, Message) and kept == str(inner)
    wrapped = QcodeError(Message("{label}: {problem}", label="cases.csv: row 3", problem=kept))
    assert (
        error_text(wrapped, french) == "cases.csv: row 3 : il existe déjà un cas nommé « Li Wei »"
    )
    back = pickle.loads(pickle.dumps(kept))
    assert isinstance(back, Message) and back.translated(french) == kept.translated(french)
    # An error that is not a Message is shown as it is.
    assert message_of(OSError("disk full")) == "disk full"


# -- the app: shown in the user's language ----------------------------------------------


@pytest.fixture
def speaks(qapp: object) -> Iterator[object]:
    """``speaks(table)``: the app translates core messages with ``table``
    (a translator like the shipped ones, in the ``messages`` context)."""
    from contextlib import ExitStack

    with ExitStack() as stack:

        def install(table: Mapping[str, str]) -> None:
            stack.enter_context(
                speaking(lambda context, source: table.get(source) if context == CONTEXT else None)
            )

        yield install


@pytest.mark.gui
def test_the_case_dialog_shows_the_refusal_in_french(
    qtbot: object, project: Project, speaks: object, tmp_path: Path
) -> None:
    from qcode.gui.findings.case_dialogs import CaseDialog
    from qcode.gui.session import Session
    from qcode.settings import Settings

    speaks(FRENCH)  # type: ignore[operator]
    project.create_case("Li Wei")
    session = Session(project, Settings(tmp_path / "config"))
    dialog = CaseDialog(session, None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.name.setText("Li Wei")
    dialog.accept()
    assert dialog.message.text() == "il existe déjà un cas nommé « Li Wei »"
    dialog.name.setText("")
    dialog.accept()
    assert dialog.message.text() == "un cas doit avoir un nom"
    assert [case.name for case in project.cases()] == ["Li Wei"]


@pytest.mark.gui
@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            FRENCH,
            "Liu copy.txt : le même texte est déjà dans le projet sous le nom « Liu "
            "interview » ; rien n'a été importé",
        ),
        (CHINESE, "Liu copy.txt：项目中已有相同文本（“Liu interview”）；未导入任何内容"),
    ],
)
def test_the_window_shows_a_refused_import_in_the_users_language(
    qtbot: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    speaks: object,
    table: Mapping[str, str],
    expected: str,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from qcode.gui.main_window import MainWindow
    from qcode.settings import Settings

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    speaks(table)  # type: ignore[operator]
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    window = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    text = "Liu: 𠮷 told me at the station 😀.\r\nInterviewer: 失信被执行人?\r\n"
    first, copy = tmp_path / "Liu interview.txt", tmp_path / "Liu copy.txt"
    first.write_text(text, encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    window.import_files([first])
    assert shown == []
    window.import_files([copy])
    assert shown == [expected]
    assert [document.name for document in project.documents()] == ["Liu interview"]


@pytest.mark.gui
def test_a_locked_project_is_explained_in_french_when_opening_it(
    qapp: object, project: Project, monkeypatch: pytest.MonkeyPatch, speaks: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from qcode.gui.app import open_project

    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(str(a[2])))
    speaks(FRENCH)  # type: ignore[operator]
    assert open_project(project.path, "Amina") is None  # `project` holds the lock
    assert len(asked) == 1
    assert asked[0].startswith(
        "test.qcode est ouvert en écriture dans une autre fenêtre ou commande qcode ; "
        "fermez-le d'abord (il reste lisible en attendant)"
    )
