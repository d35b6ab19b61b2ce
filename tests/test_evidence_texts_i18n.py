"""Evidence, consent and privacy texts in the interface's language (issue 18).

What the core writes without refusing — a verification's problems, a
recording's problem, the consent register's "passages left out" lines, the
names of text versions — keeps its English byte for byte (``qcode verify``
and ``qcode withdraw`` print it, scripts read it) and is a
:class:`~qcode.messages.Message`, so the app shows it translated.  The app's
own sentences (the withdrawal warning, the backups a redaction leaves) are
whole sentences to translate, never English pieces glued together.

The translations here are the test's own French table, given to Qt through
a translator as the shipped ``.qm`` files are.
"""

from __future__ import annotations

import os
import sqlite3
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from qcode.core.evidence import version_label
from qcode.core.media import check_media
from qcode.core.project import Project
from qcode.messages import CONTEXT, Message
from tests.evidence_files import Cli
from tests.translators import speaking

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LIU = "Interviewer: Were you stopped?\nLiu: Yes, 𠮷 the gate refused my card at Xian station."
CHANGED = "the stored bytes of its original file no longer match their hash"

# (context, English) → French; the core's messages are in CONTEXT.
FRENCH: dict[tuple[str, str], str] = {
    (CONTEXT, "'{document}': {problem}"): "« {document} » : {problem}",
    (CONTEXT, CHANGED): "les octets enregistrés de son fichier d'origine ne correspondent plus "
    "à leur empreinte",
    (CONTEXT, "the stored text does not match its hash"): "le texte enregistré ne correspond "
    "pas à son empreinte",
    (CONTEXT, "{count} passage{s} left out: {reason}"): "{count} passage(s) omis : {reason}",
    (CONTEXT, "{participant} did not consent to being quoted"): "{participant} n'a pas "
    "consenti à être cité",
    (CONTEXT, "{removed:,} → {added:,} characters at {start:,}"): "{removed:,} → {added:,} "
    "caractères à la position {start:,}",
    (CONTEXT, "as imported"): "tel qu'importé",
    ("evidence.withdraw", "Withdraw '{name}' and delete everything about them?"): "Retirer "
    "« {name} » et supprimer tout ce qui le concerne ?",
    (
        "evidence.withdraw",
        "This deletes their documents ({documents}) with every coding and memo on them; "
        "their original files, the earlier versions of those texts; and every copy of their "
        "text in the edit history.",
    ): "Cela supprime ses documents ({documents}) avec tous leurs codages et mémos ; ses "
    "fichiers d'origine et les versions antérieures de ces textes ; et chaque copie de son "
    "texte dans l'historique.",
    (
        "evidence.withdraw",
        "Their record in the register goes too; the log keeps only a deletion record "
        "(who withdrew them, when, and how much was removed).",
    ): "Sa fiche du registre est supprimée aussi ; le journal ne garde qu'une trace de "
    "suppression.",
    (
        "evidence.withdraw",
        "This is permanent: Edit ▸ Undo cannot bring it back, and the edits made before it "
        "can no longer be undone.",
    ): "C'est définitif : Édition ▸ Annuler ne peut pas le rétablir.",
    (
        "RedactionDialog",
        "These backups beside the project still hold the original text: {files}. "
        "Delete them if the project must never hold it.",
    ): "Ces sauvegardes contiennent encore le texte d'origine : {files}. Supprimez-les si le "
    "projet ne doit jamais le contenir.",
}


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """Liu's interview, imported from a file (its original kept)."""
    source = tmp_path / "Liu interview.txt"
    source.write_bytes(LIU.replace("\n", "\r\n").encode("utf-8"))
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        project.import_files([source])
    return path


def change_original(path: Path) -> None:
    """Someone replaces the kept bytes of the original behind qcode's back."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE originals SET data = ?", (zlib.compress(b"another file"),))
    conn.close()


@pytest.fixture
def speaks(qapp: object) -> Iterator[object]:
    """``speaks(table)``: the app translates with ``table`` ((context,
    English) → translation), as a shipped translator would; what is not in
    it falls through to the next translator (English)."""
    from contextlib import ExitStack

    with ExitStack() as stack:

        def install(table: Mapping[tuple[str, str], str]) -> None:
            stack.enter_context(speaking(lambda context, source: table.get((context, source))))

        yield install


# -- the core and the command line: English unchanged, translatable -------------------


def test_a_changed_original_is_a_message_and_verify_prints_it_unchanged(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    change_original(study)
    with Project.open(study) as project:
        (problem,) = project.verify().problems
    line = str(problem)
    assert line == f"'Liu interview': {CHANGED}"
    assert isinstance(line, Message) and line.template == "'{document}': {problem}"
    assert isinstance(problem.detail, Message) and problem.detail.template == CHANGED
    _out, err = Cli(capsys)("verify", study, status=1)
    assert err.splitlines()[0] == f"mismatch: 'Liu interview': {CHANGED}"
    (found,) = Cli(capsys).json("verify", study, status=1)
    assert (found["document"], found["what"], found["problem"]) == (
        "Liu interview",
        "original",
        CHANGED,
    )


def test_a_missing_recording_is_a_message_with_its_english(tmp_path: Path) -> None:
    from tests.test_media import write_wav

    (tmp_path / "night.vtt").write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:00.800\n<v Carla>They came at night.\n",
        encoding="utf-8",
    )
    wav = tmp_path / "night.wav"
    write_wav(wav)
    with Project.create(tmp_path / "study.qcode", coder="Amina") as project:
        project.import_files([tmp_path / "night.vtt"])  # the recording beside it is linked
        wav.unlink()
        (check,) = check_media(tmp_path, project.all_media())
    problem = check.problem()
    assert problem == f"its recording night.wav is missing (looked for {wav})"
    assert isinstance(problem, Message)
    assert problem.template == "its recording {file_name} is missing (looked for {path})"


def test_a_consent_line_keeps_its_english_and_is_translated(study: Path) -> None:
    with Project.open(study) as project:
        liu = project.document("Liu interview")
        project.set_participant("Liu", documents=[liu], quote="no")
        screen = project.unquotable()
    block = screen.blocking(liu.id, 0, 5)
    assert block is not None
    screen.leave_out(block, 2)
    (line,) = screen.summary()
    assert line == "2 passages left out: Liu did not consent to being quoted"
    assert isinstance(line, Message)
    french = line.translated(lambda template: FRENCH.get((CONTEXT, template), template))
    assert french == "2 passage(s) omis : Liu n'a pas consenti à être cité"


def test_the_labels_qcode_wrote_on_versions_are_recognised_as_messages() -> None:
    edit = version_label("1,234 → 5 characters at 10,000")
    assert isinstance(edit, Message) and edit == "1,234 → 5 characters at 10,000"
    assert dict(edit.values) == {"removed": 1234, "added": 5, "start": 10000}
    for fixed in (
        "as imported",
        "a participant withdrew: their turns were removed",
        "redaction: the pseudonym table's identifiers replaced",
    ):
        assert isinstance(version_label(fixed), Message) and version_label(fixed) == fixed
    merged = version_label("merged from team.qcode")
    assert isinstance(merged, Message) and merged.values == {"project": "team.qcode"}
    # A label qcode did not write (or not in its own form) stays plain text.
    for other in ("12 → 5 characters at 1000", "typed by hand"):
        assert version_label(other) == other and not isinstance(version_label(other), Message)


# -- the app: shown in the user's language ------------------------------------------


def session_of(project: Project, tmp_path: Path) -> object:
    from qcode.gui.session import Session
    from qcode.settings import Settings

    return Session(project, Settings(tmp_path / "config"))


@pytest.mark.gui
def test_the_verify_window_shows_the_problem_in_french(
    qtbot: object, study: Path, speaks: object
) -> None:
    from qcode.gui.evidence.verify import VerifyDialog

    change_original(study)
    with Project.open(study) as project:
        result = project.verify()
    dialog = VerifyDialog(result)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.problems.item(0).text() == f"'Liu interview': {CHANGED}"  # English first
    speaks(FRENCH)  # type: ignore[operator]
    dialog = VerifyDialog(result)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert [dialog.problems.item(i).text() for i in range(dialog.problems.count())] == [
        "« Liu interview » : les octets enregistrés de son fichier d'origine ne correspondent "
        "plus à leur empreinte"
    ]


@pytest.mark.gui
def test_the_withdrawal_warning_is_whole_sentences_in_french(
    qtbot: object, study: Path, tmp_path: Path, speaks: object
) -> None:
    from qcode.gui.evidence.withdraw import warning_text

    with Project.open(study) as project:
        liu = project.document("Liu interview")
        project.set_participant("Liu", documents=[liu])
        (participant,) = project.participants()
        session = session_of(project, tmp_path)
        english = warning_text(session, participant)
        speaks(FRENCH)  # type: ignore[operator]
        french = warning_text(session, participant)
    assert english == (
        "Withdraw 'Liu' and delete everything about them?\n\n"
        "This deletes their documents ('Liu interview') with every coding and memo on them; "
        "their original files, the earlier versions of those texts; and every copy of their "
        "text in the edit history.\n\n"
        "Their record in the register goes too; the log keeps only a deletion record (who "
        "withdrew them, when, and how much was removed).\n\n"
        "This is permanent: Edit ▸ Undo cannot bring it back, and the edits made before it "
        "can no longer be undone."
    )
    assert french == (
        "Retirer « Liu » et supprimer tout ce qui le concerne ?\n\n"
        "Cela supprime ses documents ('Liu interview') avec tous leurs codages et mémos ; ses "
        "fichiers d'origine et les versions antérieures de ces textes ; et chaque copie de son "
        "texte dans l'historique.\n\n"
        "Sa fiche du registre est supprimée aussi ; le journal ne garde qu'une trace de "
        "suppression.\n\n"
        "C'est définitif : Édition ▸ Annuler ne peut pas le rétablir."
    )


@pytest.mark.gui
def test_the_versions_of_a_corrected_text_are_named_in_french(
    qtbot: object, study: Path, tmp_path: Path, speaks: object
) -> None:
    from qcode.gui.evidence.provenance import ProvenanceDialog

    with Project.open(study) as project:
        liu = project.document("Liu interview")
        start = project.text(liu).index("Xian")
        project.edit_text(liu, start, start + len("Xian"), "Xi'an")
        speaks(FRENCH)  # type: ignore[operator]
        dialog = ProvenanceDialog(session_of(project, tmp_path), liu)
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        model = dialog.versions
        what = [model.data(model.index(row, 3)) for row in range(model.rowCount())]
        stored = [version.label for version in project.text_versions(liu)]
    assert stored == ["as imported", f"4 → 5 characters at {start}"]  # as qcode provenance says
    assert what == ["tel qu'importé", f"4 → 5 caractères à la position {start}"]


@pytest.mark.gui
def test_the_redaction_dialog_names_the_backups_in_one_french_sentence(
    qtbot: object, study: Path, tmp_path: Path, speaks: object
) -> None:
    from qcode.gui.privacy.redaction_dialog import RedactionDialog

    (tmp_path / "study.qcode.v5.bak").write_bytes(b"")
    speaks(FRENCH)  # type: ignore[operator]
    with Project.open(study) as project:
        dialog = RedactionDialog(session_of(project, tmp_path), None)
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        said = dialog.backups.text()
    assert said == (
        "Ces sauvegardes contiennent encore le texte d'origine : study.qcode.v5.bak. "
        "Supprimez-les si le projet ne doit jamais le contenir."
    )


def test_withdraw_prints_its_lines_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_media import write_wav

    (tmp_path / "carla.vtt").write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:00.800\n<v Carla>They came 😀 at night.\n",
        encoding="utf-8",
    )
    wav = tmp_path / "carla.wav"
    write_wav(wav)
    path = tmp_path / "study.qcode"
    with Project.create(path, coder="Amina") as project:
        project.import_files([tmp_path / "carla.vtt"])
        carla = project.document("carla")
        project.set_participant("Carla", documents=[carla], keep_recording="yes")
        uuid = project.participants()[0].uuid
    _out, err = Cli(capsys)("withdraw", path, "Carla", "--yes", "--delete-recordings")
    assert err.splitlines() == [
        "withdrawn: 1 document, 0 turns in 0 shared documents, 0 codings, 0 memos, "
        "1 original file, 1 text version, 0 cases, 1 recording link deleted for good",
        "the log records the withdrawal (who, when, counts) under the participant's "
        f"record id {uuid}; undo stops here",
        f"not deleted: {wav}: their consent record says the recording may be kept "
        "(keep recording: yes); delete it yourself if their withdrawal covers it",
        f"warning: the recording {wav} still holds their voice; qcode unlinked it and never "
        "deletes it unasked: delete it yourself",
    ]
    assert wav.is_file()


@pytest.mark.gui
def test_a_learning_process_killed_is_said_in_french(qapp: object, speaks: object) -> None:
    from qcode.gui.suggestions.trainer import _death

    english = (
        "Learning from your coding stopped: it ended unexpectedly (exit code 3). Retry with "
        "fewer passages?"
    )
    assert _death(3) == english
    speaks(  # type: ignore[operator]
        {
            ("suggestions.trainer", english.replace("3", "{code}")): "L'apprentissage à partir "
            "de votre codage s'est arrêté : il a pris fin de façon inattendue (code de sortie "
            "{code}). Réessayer avec moins de passages ?"
        }
    )
    assert _death(3) == (
        "L'apprentissage à partir de votre codage s'est arrêté : il a pris fin de façon "
        "inattendue (code de sortie 3). Réessayer avec moins de passages ?"
    )
