"""A value that cannot be stored is refused in one line, and nothing changes.

A lone surrogate (half of a UTF-16 pair on its own) is what Python makes of
bytes that are not UTF-8 in an argument, an environment variable or a file
name, and of a ``"\\ud800"`` escape in JSON.  SQLite cannot store it: before
these checks, an attribute value, a project description, a code's
description or keywords, a pseudonym, a consent reference or the coder's
name holding one ended in a traceback from the database.  Each is now a
``QcodeError`` naming what held it, with every table as it was; a file
whose *name* is not UTF-8 is imported under a readable name, and a
recording whose path is not UTF-8 is refused (its path could not be kept).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument
from tests.findings import code, interviews, stored_state
from tests.test_media import write_wav

LONE = "x\ud800"  # what JSON's "x\ud800" gives
ESCAPED = "x\udce9"  # what Python makes of the bytes b"x\xe9" (Latin-1 "é") in argv
BAD_BYTES = b"x\xed\xa0\x80"  # a UTF-16 surrogate written as UTF-8: invalid UTF-8


def _invalid(what: str) -> str:
    return f"{what} contains an invalid character (a lone surrogate)"


# Each: what the refusal says, and the edit.
REFUSED: dict[str, tuple[str, Callable[[Project], object]]] = {
    "a document's attribute value": (
        _invalid("attribute 'age'"),
        lambda p: p.set_attributes(p.document("Interview 1"), {"age": LONE}),
    ),
    "an attribute value with a type already": (
        _invalid("attribute 'region'"),
        lambda p: p.set_attributes(p.document("Interview 2"), {"region": ESCAPED}),
    ),
    "an attribute given to an import": (
        _invalid("attribute 'site'"),
        lambda p: p.add_documents(
            [ImportedDocument("New", "A third interview.", "new.txt", "text")], {"site": LONE}
        ),
    ),
    "a case's attribute value": (
        _invalid("attribute 'age'"),
        lambda p: p.set_case_attributes(p.cases()[0], {"age": LONE}),
    ),
    "the project's name": (_invalid("the project's name"), lambda p: p.set_info(name=LONE)),
    "the project's description": (
        _invalid("the project's description"),
        lambda p: p.set_info(description=LONE),
    ),
    "a new code's description": (
        _invalid("the code's description"),
        lambda p: p.create_code("Fear", description=LONE),
    ),
    "a new code's keywords": (
        _invalid("the code's keyword 'x\\ud800'"),
        lambda p: p.add_code("Fear/Of police", keywords=["police", LONE]),
    ),
    "a code's description edited": (
        _invalid("the code's description"),
        lambda p: p.update_code(p.code("Police"), description=ESCAPED),
    ),
    "a code's keywords edited": (
        _invalid("the code's keyword 'x\\udce9'"),
        lambda p: p.update_code(p.code("Police"), keywords=[ESCAPED]),
    ),
    "a pseudonym's identifier": (_invalid("the identifier"), lambda p: p.set_pseudonym(LONE, "P1")),
    "a pseudonym's replacement": (
        _invalid("the replacement"),
        lambda p: p.set_pseudonym("Liu", LONE),
    ),
    "a pseudonym's kind": (
        _invalid("the identifier's kind"),
        lambda p: p.set_pseudonym("Liu", "P1", LONE),
    ),
    "a consent reference": (
        _invalid("the consent reference"),
        lambda p: p.set_participant("P1", speaker="Liu", consent_ref=LONE),
    ),
    # Checked before this session too: kept here so the audit stays whole.
    "a document's attribute name": (
        "an attribute name cannot contain unpaired surrogates (U+D800 found in 'x\\ud800')",
        lambda p: p.set_attributes(p.document("Interview 1"), {LONE: "1"}),
    ),
    "a memo": (_invalid("the memo"), lambda p: p.add_memo("project", None, LONE)),
    "a speaker's role": (_invalid("the speaker's role"), lambda p: p.set_speaker("Liu", role=LONE)),
    "a case's type": (_invalid("the case's type"), lambda p: p.create_case("Wang", type=LONE)),
    "a link type's description": (
        _invalid("the link type's description"),
        lambda p: p.add_link_type("echoes", LONE),
    ),
    "a saved query": (_invalid("the query"), lambda p: p.save_query("q", f'"{LONE}"')),
}


def everything(project: Project) -> tuple[object, ...]:
    """Every row an edit can change, and the log (a refused edit leaves no entry)."""
    log = [(entry.seq, entry.kind, entry.state) for entry in project.history()]
    return stored_state(project), log


@pytest.fixture
def study(tmp_path: Path) -> Project:
    """Two interviews, a coding, a case and a document attribute."""
    project = interviews(tmp_path)
    code(project, "Interview 1", "Police", "The police came")
    project.create_case("Liu", attributes={"age": 34})
    project.set_attributes(project.document("Interview 2"), {"region": "north"})
    return project


@pytest.mark.parametrize("edit", REFUSED, ids=list(REFUSED))
def test_a_lone_surrogate_is_refused_naming_the_field_and_changes_nothing(
    study: Project, edit: str
) -> None:
    message, make = REFUSED[edit]
    before = everything(study)
    with pytest.raises(QcodeError) as refused:
        make(study)
    assert str(refused.value) == message
    assert everything(study) == before


def test_a_coder_name_that_cannot_be_stored_is_refused_at_the_first_edit(
    study: Project, tmp_path: Path
) -> None:
    before = everything(study)
    study.close()
    with Project.open(tmp_path / "study.qcode", coder=ESCAPED) as project:
        with pytest.raises(QcodeError) as refused:
            project.add_memo("project", None, "A note.")
        assert str(refused.value) == (
            "a coder name cannot contain unpaired surrogates (U+DCE9 found in 'x\\udce9')"
        )
        assert everything(project) == before


def test_any_other_unstorable_text_is_still_one_line_and_changes_nothing(
    study: Project,
) -> None:
    """The last guard, for text no command checks itself (here, a reader's
    document handed straight to the core)."""
    before = everything(study)
    document = ImportedDocument("New", f"A third {LONE} interview.", "new.txt", "text")
    with pytest.raises(QcodeError) as refused:
        study.add_documents([document])
    assert str(refused.value) == (
        "'import 'New'' was not done: a text in it holds an invalid character (a lone surrogate)"
    )
    assert everything(study) == before


@pytest.mark.skipif(sys.platform == "win32", reason="file names are bytes on POSIX only")
def test_a_file_whose_name_is_not_utf8_is_imported_under_a_readable_name(
    study: Project, tmp_path: Path
) -> None:
    path = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt"))
    path.write_text("Liu: They came back the next day.\n", encoding="utf-8")
    (document,) = study.import_files([path])
    assert document.name == "caf\ufffd"
    assert study.undo_label() == "import 'caf\ufffd'"
    assert study.text(document) == "Liu: They came back the next day."


@pytest.mark.skipif(sys.platform == "win32", reason="file names are bytes on POSIX only")
def test_a_recording_whose_path_is_not_utf8_is_refused_and_nothing_is_linked(
    study: Project, tmp_path: Path
) -> None:
    recording = Path(os.fsdecode(bytes(tmp_path) + b"/night\xe9.wav"))
    write_wav(recording)
    before = everything(study)
    with pytest.raises(QcodeError) as refused:
        study.link_media(study.document("Interview 1"), recording)
    assert str(refused.value) == (
        "night\ufffd.wav: the file's path is not valid UTF-8 text, so it cannot be linked; "
        "rename it (or its folder) and link it again"
    )
    assert everything(study) == before
    assert recording.is_file()


# -- the command line, with bytes that are not UTF-8 as a terminal would pass them -------


def _qcode(*args: bytes | str | Path, env: dict[str, str] | None = None) -> tuple[int, str]:
    """``qcode ARGS`` in a process of its own, given bytes as a terminal would."""
    command = [sys.executable.encode(), b"-m", b"qcode"]
    command += [a if isinstance(a, bytes) else os.fsencode(a) for a in args]
    result = subprocess.run(
        command, capture_output=True, check=False, env={**os.environ, **(env or {})}
    )
    assert result.returncode == 0 or result.stdout == b""
    return result.returncode, result.stderr.decode("utf-8")


def _dump(path: Path) -> tuple[object, ...]:
    with Project.open(path, read_only=True) as project:
        return everything(project)


@pytest.fixture
def cli_study(study: Project, tmp_path: Path) -> Path:
    study.close()
    return tmp_path / "study.qcode"


ARGV: dict[str, tuple[list[bytes | str], str]] = {
    "attr value": (
        ["attr", "{p}", "Interview 1", b"age=" + BAD_BYTES],
        "KEY=VALUE 'age=x\\udced\\udca0\\udc80'",
    ),
    "attr name": (
        ["attr", "{p}", "Interview 1", BAD_BYTES + b"=1"],
        "KEY=VALUE 'x\\udced\\udca0\\udc80=1'",
    ),
    "an import's attribute": (
        ["import", "{p}", "{f}", "--attr", b"site=" + BAD_BYTES],
        "--attr 'site=x\\udced\\udca0\\udc80'",
    ),
    "case attribute": (
        ["case", "{p}", "Liu", "--attr", b"age=" + BAD_BYTES],
        "--attr 'age=x\\udced\\udca0\\udc80'",
    ),
    "code description": (
        ["edit-code", "{p}", "Police", "--description", BAD_BYTES],
        "--description 'x\\udced\\udca0\\udc80'",
    ),
    "pseudonym": (["pseudonym", "{p}", "Liu", BAD_BYTES], "REPLACEMENT 'x\\udced\\udca0\\udc80'"),
    "consent reference": (
        ["participant", "{p}", "P1", "--speaker", "Liu", "--consent-ref", BAD_BYTES],
        "--consent-ref 'x\\udced\\udca0\\udc80'",
    ),
}


@pytest.mark.skipif(sys.platform == "win32", reason="argv is bytes on POSIX only")
@pytest.mark.parametrize("case", ARGV, ids=list(ARGV))
def test_an_argument_that_is_not_utf8_is_one_line_and_changes_nothing(
    cli_study: Path, case: str
) -> None:
    args, shown = ARGV[case]
    new_file = cli_study.with_name("Interview 3.txt")
    new_file.write_text("Zhao: I was not there that night.\n", encoding="utf-8")
    before = _dump(cli_study)
    given = {"{p}": cli_study, "{f}": new_file}
    status, err = _qcode(*[given.get(a, a) if isinstance(a, str) else a for a in args])
    assert status == 1
    assert err == (
        f"qcode: error: {shown} is not valid UTF-8 text (is the terminal set to another "
        "encoding?)\n"
    )
    assert _dump(cli_study) == before


@pytest.mark.skipif(sys.platform == "win32", reason="the environment is bytes on POSIX only")
def test_a_coder_name_from_the_environment_that_is_not_utf8_is_one_line(cli_study: Path) -> None:
    before = _dump(cli_study)
    env = {"QCODE_CODER": os.fsdecode(b"Am\xe9na")}
    status, err = _qcode("memo", cli_study, "--project", "A note.", env=env)
    assert status == 1
    assert err == (
        "qcode: error: a coder name cannot contain unpaired surrogates "
        "(U+DCE9 found in 'Am\\udce9na')\n"
    )
    assert _dump(cli_study) == before


@pytest.mark.skipif(sys.platform == "win32", reason="file names are bytes on POSIX only")
def test_a_recording_named_in_another_encoding_is_one_line_from_the_command_line(
    cli_study: Path, tmp_path: Path
) -> None:
    write_wav(Path(os.fsdecode(bytes(tmp_path) + b"/night\xe9.wav")))
    before = _dump(cli_study)
    status, err = _qcode("media", cli_study, "Interview 1", bytes(tmp_path) + b"/night\xe9.wav")
    assert status == 1
    assert err == (
        "qcode: error: night\ufffd.wav: the file's path is not valid UTF-8 text, so it cannot be "
        "linked; rename it (or its folder) and link it again\n"
    )
    assert _dump(cli_study) == before
