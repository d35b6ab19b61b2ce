"""File readers' and the project store's errors, in the interface's language (issue 18).

A reader's refusal is a :class:`qcode.messages.Message`: the command line
prints its English text exactly as before (scripts compare it), and the app
translates its template and fills the values in again, so that a researcher
working in French or Chinese reads why a file was refused in that language,
with the file's own name left as it is.  These tests make real bad files,
check the English text, the template and values kept, and what a stub
translation (a dict standing in for Qt's) makes of them.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.errors import ProjectLockedError, QcodeError, UnreadableFileError
from qcode.io.documents import read_document
from qcode.io.qdpx_zip import QdpxArchive
from qcode.io.sheets import read_sheet
from qcode.messages import Message, error_text
from qcode.store.lock import WriterLock
from qcode.store.schema import SCHEMA_VERSION

# What a French translation file would hold for these templates.
FRENCH = {
    "{file}: {problem}": "{file} : {problem}",
    "is damaged or not a real .docx file": "est endommagé ou n'est pas un vrai fichier .docx",
    "row {row} has {count:,} field{s} but the header row (row {header_row}) "
    "has {header_count:,}: a value or a delimiter is missing or extra": (
        "la ligne {row} a {count:,} champ(s) mais la ligne d'en-tête (ligne {header_row}) "
        "en a {header_count:,} : une valeur ou un séparateur manque ou est en trop"
    ),
    "{what} {size} (the limit for one import; set {variable} to allow more)": (
        "{what} {size} (la limite d'une importation ; définissez {variable} pour l'augmenter)"
    ),
    "is larger than": "dépasse",
    "{count:,} bytes": "{count:,} octets",
    "{file} is open for editing in another qcode window or command; "
    "close it there first (it can still be read meanwhile)": (
        "{file} est ouvert en modification dans une autre fenêtre ou commande de qcode ; "
        "fermez-le d'abord (il reste lisible en attendant)"
    ),
    "{file} was made by a newer qcode (project format {version}, "
    "this qcode reads up to {supported}); please upgrade qcode": (
        "{file} a été créé par un qcode plus récent (format de projet {version}, "
        "ce qcode lit jusqu'au {supported}) ; mettez qcode à jour"
    ),
    "is not a zip archive (a .qdpx file is one)": (
        "n'est pas une archive zip (un fichier .qdpx en est une)"
    ),
}


def french(template: str) -> str:
    return FRENCH.get(template, template)


def message_of(error: BaseException) -> Message:
    message = error.args[0]
    assert isinstance(message, Message), f"not a Message: {message!r}"
    return message


def problem_of(error: BaseException) -> Message:
    """The problem inside a "{file}: {problem}" refusal."""
    message = message_of(error)
    assert message.template == "{file}: {problem}"
    problem = message.values["problem"]
    assert isinstance(problem, Message), f"problem not a Message: {problem!r}"
    return problem


@pytest.mark.parametrize("name", ["Interview Liu.docx", "访谈 刘.docx", "مقابلة.docx"])
def test_a_docx_that_is_not_a_zip(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"Dear team, the notes from Tuesday follow.\n" * 20)
    with pytest.raises(UnreadableFileError) as caught:
        read_document(path)
    assert str(caught.value) == f"{name}: is damaged or not a real .docx file"
    assert message_of(caught.value).values["file"] == name
    assert problem_of(caught.value).template == "is damaged or not a real .docx file"
    # Translated, the file's name stays as the researcher wrote it.
    assert error_text(caught.value, french) == (
        f"{name} : est endommagé ou n'est pas un vrai fichier .docx"
    )
    # A language with no translation shows the English text.
    assert error_text(caught.value, lambda template: template) == str(caught.value)


@pytest.mark.parametrize(
    ("short_row", "count", "fields"), [("2,no", 2, "fields"), ("2", 1, "field")]
)
def test_a_csv_with_a_ragged_row(tmp_path: Path, short_row: str, count: int, fields: str) -> None:
    path = tmp_path / "survey 2024.csv"
    path.write_text(f"id,answer,age\n1,yes,30\n{short_row}\n3,maybe,41\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError) as caught:
        read_sheet(path)
    assert str(caught.value) == (
        f"survey 2024.csv: row 3 has {count} {fields} but the header row (row 1) has 3: "
        "a value or a delimiter is missing or extra"
    )
    problem = problem_of(caught.value)
    assert problem.values["row"] == 3
    assert problem.values["count"] == count
    assert problem.values["header_row"] == 1
    assert problem.values["header_count"] == 3
    assert error_text(caught.value, french) == (
        f"survey 2024.csv : la ligne 3 a {count} champ(s) mais la ligne d'en-tête (ligne 1) "
        "en a 3 : une valeur ou un séparateur manque ou est en trop"
    )


def test_a_file_over_the_byte_limit_is_translated_in_every_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The refusal is built of parts (the verb, the size, the limit's
    # sentence); each is translated, the variable's name is not.
    monkeypatch.setenv("QCODE_MAX_IMPORT_BYTES", "900")
    path = tmp_path / "notes.docx"
    path.write_bytes(b"x" * 1_000)
    with pytest.raises(UnreadableFileError) as caught:
        read_document(path)
    assert str(caught.value) == (
        "notes.docx: is larger than 900 bytes (the limit for one import; "
        "set QCODE_MAX_IMPORT_BYTES to allow more)"
    )
    assert error_text(caught.value, french) == (
        "notes.docx : dépasse 900 octets (la limite d'une importation ; "
        "définissez QCODE_MAX_IMPORT_BYTES pour l'augmenter)"
    )


def test_a_qdpx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "NVivo export.qdpx"
    path.write_text("<Project/>", encoding="utf-8")
    with pytest.raises(QcodeError) as caught:
        QdpxArchive(path)
    assert str(caught.value) == "NVivo export.qdpx: is not a zip archive (a .qdpx file is one)"
    assert error_text(caught.value, french) == (
        "NVivo export.qdpx : n'est pas une archive zip (un fichier .qdpx en est une)"
    )


def test_an_import_warning_is_a_message_too(tmp_path: Path) -> None:
    # What reading a file changed (here: a legacy code page) goes into the
    # import report; the app can translate it like an error.
    path = tmp_path / "notes.txt"
    path.write_bytes("Interviewer: Où étiez-vous? Réponse: à la maison, déjà.\n".encode("cp1252"))
    (warning,) = read_document(path).warnings
    assert warning == "decoded as Windows-1252, not UTF-8"
    assert isinstance(warning, Message)
    assert warning.values == {"encoding": "Windows-1252"}
    spanish = {"decoded as {encoding}, not UTF-8": "decodificado como {encoding}, no como UTF-8"}
    assert warning.translated(lambda template: spanish.get(template, template)) == (
        "decodificado como Windows-1252, no como UTF-8"
    )


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "étude Xinjiang.qcode"
    with Project.create(path, coder="Amina") as project:
        project.create_code("Harms")
    return path


def test_a_locked_project(study: Path) -> None:
    with Project.open(study, coder="App"):
        with pytest.raises(ProjectLockedError) as caught:
            Project.open(study, coder="Amina")
        english = (
            "étude Xinjiang.qcode is open for editing in another qcode window or command; "
            "close it there first (it can still be read meanwhile)"
        )
        assert str(caught.value) == english
        assert message_of(caught.value).values == {"file": "étude Xinjiang.qcode"}
        assert error_text(caught.value, french) == (
            "étude Xinjiang.qcode est ouvert en modification dans une autre fenêtre ou "
            "commande de qcode ; fermez-le d'abord (il reste lisible en attendant)"
        )
        # After a wait the refusal says how long (the number kept as a value).
        with pytest.raises(ProjectLockedError) as waited:
            WriterLock(study).acquire(0.2)
        assert "(waited 0.2 s)" in str(waited.value)
        assert message_of(waited.value).values["seconds"] == 0.2


def test_a_project_from_a_newer_qcode(study: Path) -> None:
    with sqlite3.connect(study) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(QcodeError) as caught:
        Project.open(study, read_only=True)
    assert str(caught.value) == (
        f"étude Xinjiang.qcode was made by a newer qcode (project format "
        f"{SCHEMA_VERSION + 1}, this qcode reads up to {SCHEMA_VERSION}); please upgrade qcode"
    )
    assert message_of(caught.value).values["version"] == SCHEMA_VERSION + 1
    assert error_text(caught.value, french) == (
        f"étude Xinjiang.qcode a été créé par un qcode plus récent (format de projet "
        f"{SCHEMA_VERSION + 1}, ce qcode lit jusqu'au {SCHEMA_VERSION}) ; mettez qcode à jour"
    )


def test_the_command_line_prints_the_same_bytes_in_any_locale(study: Path) -> None:
    bad = study.with_name("Interview Liu.docx")
    bad.write_bytes(b"not a zip at all")
    for locale in ("C.UTF-8", "zh_CN.UTF-8", "ar_EG.UTF-8", "fr_FR.UTF-8"):
        env = {"PATH": "/usr/bin:/bin", "LANG": locale, "LC_ALL": locale, "LANGUAGE": locale}
        result = subprocess.run(
            [sys.executable, "-m", "qcode.cli", "import", str(study), str(bad)],
            capture_output=True,
            env=env,
            check=False,
            timeout=120,
        )
        assert result.returncode == 1
        assert result.stdout == b""
        assert result.stderr == (
            b"qcode: error: Interview Liu.docx: is damaged or not a real .docx file\n"
        )
    with Project.open(study, read_only=True) as project:
        assert project.documents() == []  # nothing was imported
