"""Names (codes, coders, documents, attributes) are trimmed and validated at
every way in: typed ones are refused in one line when they hold control
characters or are blank; ones read from other people's files (.qdc, .qdpx, a
merged project, a file name) are cleaned, and the cleaning is reported."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.merge.project import merge_project
from qcode.core.names import check_name, clean_name
from qcode.core.project import Project
from qcode.core.qdpx_import import import_qdpx
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument
from tests.test_qdpx_import import G, qdpx

TEXT = "Interviewer: Were you afraid?\nInformant: Yes, every day.\n"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_error_line(capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    """Run the CLI expecting a refusal: exit 1, nothing on stdout, one line on stderr."""
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    assert status == 1, err
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("qcode: error: ")
    assert "\x1b" not in err and "\r" not in err  # the terminal is never driven by a name
    return lines[0].removeprefix("qcode: error: ")


@pytest.fixture
def study(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "study.qcode"
    source = tmp_path / "Interview 1.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(source)]) == 0
    assert main(["add-code", str(path), "Harms"]) == 0
    capsys.readouterr()
    return path


# -- the rule ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Harms ", "Harms"),
        ("\u200bHarms\ufeff", "Harms"),  # zero-width space and BOM pasted at the ends
        ("Trust\n", "Trust"),  # a line end copied with the word
        ("می\u200cخواهم", "می\u200cخواهم"),  # Persian needs its zero-width non-joiner
        ("👩\u200d⚕️ care", "👩\u200d⚕️ care"),  # an emoji sequence keeps its joiner
        ("Fear & <loyalty>", "Fear & <loyalty>"),
    ],
)
def test_names_are_trimmed_but_keep_what_scripts_need(typed: str, stored: str) -> None:
    assert check_name(typed, "code") == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "Harms\x1b[31m",
            "a code name cannot contain control characters (U+001B found in 'Harms\\x1b[31m')",
        ),
        ("a\x00b", "a code name cannot contain control characters (U+0000 found in 'a\\x00b')"),
        ("a\rb", "a code name cannot contain control characters (U+000D found in 'a\\rb')"),
        ("a\nb", "a code name cannot contain control characters (U+000A found in 'a\\nb')"),
        ("a\tb", "a code name cannot contain control characters (U+0009 found in 'a\\tb')"),
        ("a\x7fb", "a code name cannot contain control characters (U+007F found in 'a\\x7fb')"),
        ("a\x9bb", "a code name cannot contain control characters (U+009B found in 'a\\x9bb')"),
        ("a\u2028b", "a code name cannot contain control characters (U+2028 found in 'a\\u2028b')"),
        ("a\ud800", "a code name cannot contain unpaired surrogates (U+D800 found in 'a\\ud800')"),
        ("   ", "a code needs a name ('   ' is only spaces or invisible characters)"),
        ("\u200b", "a code needs a name ('\\u200b' is only spaces or invisible characters)"),
        ("", "a code needs a name"),
    ],
)
def test_bad_names_are_refused_with_the_character_shown_escaped(typed: str, message: str) -> None:
    with pytest.raises(QcodeError) as refused:
        check_name(typed, "code")
    assert str(refused.value) == message


@pytest.mark.parametrize(
    ("found", "cleaned", "changed"),
    [
        ("Harms\x1b[31m", "Harms[31m", True),
        ("Fear\r\nof police", "Fear of police", True),
        ("a \n b", "a b", True),
        ("Null\x00ed", "Nulled", True),
        ("\u200b", "Unnamed code", True),
        ("", "Unnamed code", True),
        ("bad \ud800", "bad \ufffd", True),
        (" Trust ", "Trust", False),  # trimming alone is not worth a report line
        ("Trust", "Trust", False),
    ],
)
def test_names_from_files_are_cleaned_and_say_so(found: str, cleaned: str, changed: bool) -> None:
    assert clean_name(found, "code") == (cleaned, changed)
    check_name(cleaned, "code")  # what cleaning gives is always a valid name


# -- typed names: the command line and the core API refuse -------------------------------


def test_a_code_name_with_an_escape_sequence_is_refused_and_nothing_changes(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha256(study)
    message = one_error_line(capsys, "add-code", study, "Harms/Shaming\x1b]0;pwned\x07")
    assert message == (
        "a code name cannot contain control characters "
        "(U+001B found in 'Shaming\\x1b]0;pwned\\x07')"
    )
    assert sha256(study) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("code", "{p}", "Interview 1", "Fear\rFake", "0", "5", "--create"),
            "a code name cannot contain control characters (U+000D found in 'Fear\\rFake')",
        ),
        (
            ("code", "{p}", "Interview 1", "\u200b", "0", "5", "--create"),
            "a code needs a name ('\\u200b' is only spaces or invisible characters)",
        ),
        (
            ("edit-code", "{p}", "Harms", "--name", "Ha\x00rms"),
            "a code name cannot contain control characters (U+0000 found in 'Ha\\x00rms')",
        ),
        (
            ("add-code", "{p}", "Fear", "--coder", "   "),
            "a coder needs a name",
        ),
        (
            ("add-code", "{p}", "Fear", "--coder", "Amina\x1b[8m"),
            "a coder name cannot contain control characters (U+001B found in 'Amina\\x1b[8m')",
        ),
        (
            ("attr", "{p}", "Interview 1", "ci\x1bty=Paris"),
            "an attribute name cannot contain control characters (U+001B found in 'ci\\x1bty')",
        ),
        (
            ("rename-doc", "{p}", "Interview 1", "Interview\n2"),
            "a document name cannot contain control characters (U+000A found in 'Interview\\n2')",
        ),
        (
            ("import", "{p}", "{d}", "--attr", "\u200b=1"),
            "an attribute needs a name ('\\u200b' is only spaces or invisible characters)",
        ),
        (
            ("attr", "{p}", "Interview 1", "ci\x1bty=Paris"),
            "an attribute name cannot contain control characters (U+001B found in 'ci\\x1bty')",
        ),
    ],
    ids=[
        "cr-in-code",
        "zero-width-code",
        "nul-rename",
        "blank-coder",
        "esc-coder",
        "esc-attr",
        "newline-doc",
        "zero-width-attr",
        "esc-attr-again",
    ],
)
def test_every_typed_name_is_checked(
    study: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    before = sha256(study)
    second = study.with_name("Interview 2.txt")
    second.write_text("Informant: I left.\n", encoding="utf-8")
    error = one_error_line(capsys, *(arg.format(p=study, d=second) for arg in args))
    assert error == message
    assert sha256(study) == before
    with Project.open(study, read_only=True) as project:
        assert [code.name for code in project.codebook().walk()] == ["Harms"]
        assert [coder.name for coder in project.coders()] == ["Test Coder"]


def test_the_core_api_refuses_the_same_names(project: Project) -> None:
    (document,) = project.add_documents([ImportedDocument("Interview", TEXT, "i.txt", "text")])
    with pytest.raises(QcodeError, match="U\\+001B"):
        project.create_code("Harms\x1b[31m")
    with pytest.raises(QcodeError, match="a code needs a name"):
        project.create_code("\u200b\u200b")
    code = project.create_code(" Fear\u200b")
    assert code.name == "Fear"
    with pytest.raises(QcodeError, match="U\\+2028"):
        project.update_code(code, name="Fear\u2028of police")
    with pytest.raises(QcodeError, match="a document name cannot contain control characters"):
        project.rename_document(document, "Interview\n2")
    with pytest.raises(QcodeError, match="a coder needs a name"):
        project.coder_id("\u200b", create=True)
    with pytest.raises(QcodeError, match="a coder name cannot contain control characters"):
        project.coder_id("A\rnn", create=True)
    with pytest.raises(QcodeError, match="an attribute needs a name"):
        project.set_attributes(document, {"  ": "x"})
    assert [c.name for c in project.coders()] == ["Amina"]  # who made the edits above
    assert project.documents()[0].name == "Interview"
    assert [c.name for c in project.codebook().walk()] == ["Fear"]


def test_a_coder_set_in_the_app_is_checked_when_it_first_writes(project: Project) -> None:
    project.coder_name = "Li\x1bWei"  # what the app's "Coding as" dialog sets
    with pytest.raises(QcodeError, match="a coder name cannot contain control characters"):
        project.create_code("Harms")
    assert project.codebook().codes == {}
    project.coder_name = "  Li Wei "
    project.create_code("Harms")
    assert sorted(c.name for c in project.coders()) == ["Li Wei"]


# -- names from files: cleaned and reported --------------------------------------------


def test_a_file_name_with_a_newline_gives_a_one_line_document_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "study.qcode"
    source = tmp_path / "Interview\n\r2.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(source)]) == 0
    _out, err = capsys.readouterr()
    assert "imported 'Interview 2'" in err  # the name it is stored under, shown
    with Project.open(path, read_only=True) as project:
        assert [document.name for document in project.documents()] == ["Interview 2"]


def codebook_file(tmp_path: Path, *names: str) -> Path:
    codes = "".join(
        f'<Code guid="{G(index + 1)}" name="{name}" isCodable="true"/>'
        for index, name in enumerate(names)
    )
    path = tmp_path / "shared.qdc"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0">'
        f"<Codes>{codes}</Codes></CodeBook>",
        encoding="utf-8",
    )
    return path


def test_qdc_names_are_cleaned_and_the_cli_lists_each_one(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # XML 1.0 cannot carry ESC or NUL at all (such a file is refused as not
    # well-formed), but it can carry CR, LF and TAB as references, C1 controls
    # (U+009B is a one-character ESC [ on some terminals), DEL and U+2028.
    shared = codebook_file(
        tmp_path, "Fear&#13;&#10;of police", "Sh\x9b2Jame", "Pa\x7fin", "&#8203;", "   ", "Loss"
    )
    assert main(["import", str(study), str(shared)]) == 0
    _out, err = capsys.readouterr()
    assert "\x9b" not in err and "\x7f" not in err
    assert err.splitlines() == [
        "shared.qdc: 6 codes added, 0 already there",
        "  code name 'Fear\\r\\nof police' cleaned to 'Fear of police'",
        "  code name 'Sh\\x9b2Jame' cleaned to 'Sh2Jame'",
        "  code name 'Pa\\x7fin' cleaned to 'Pain'",
        "  a code without a name is now named 'Unnamed code'",
        "  a code without a name is now named 'Unnamed code (2)'",
    ]
    with Project.open(study, read_only=True) as project:
        names = [code.name for code in project.codebook().walk()]
    assert names == [
        "Harms",
        "Fear of police",
        "Sh2Jame",
        "Pain",
        "Unnamed code",
        "Unnamed code (2)",
        "Loss",
    ]


def test_a_qdc_holding_an_escape_character_is_refused_in_one_line(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha256(study)
    shared = codebook_file(tmp_path, "Harms&#27;[31m")
    message = one_error_line(capsys, "import", study, shared)
    assert message == "shared.qdc: is not well-formed XML (line 1)"
    assert sha256(study) == before


def test_qdpx_names_are_cleaned_and_reported(tmp_path: Path, project: Project) -> None:
    body = (
        f'<Users><User guid="{G(11)}" name="Am\x85al&#9;"/></Users>'
        f'<CodeBook><Codes><Code guid="{G(1)}" name="Harms\x9b31m" isCodable="true">'
        f'<Code guid="{G(2)}" name="&#8203;" isCodable="true"/></Code></Codes></CodeBook>'
        f'<Variables><Variable guid="{G(60)}" name="ci\x7fty" typeOfVariable="Text"/>'
        "</Variables>"
        f'<Sources><TextSource guid="{G(20)}" name="Liu&#10;Interview" '
        f'plainTextPath="internal://{G(20)}.txt"><PlainTextSelection guid="{G(30)}" '
        f'startPosition="0" endPosition="5" creatingUser="{G(11)}"><Coding guid="{G(40)}">'
        f'<CodeRef targetGUID="{G(2)}"/></Coding></PlainTextSelection>'
        f'<VariableValue><VariableRef targetGUID="{G(60)}"/><TextValue>Paris</TextValue>'
        "</VariableValue></TextSource></Sources>"
        f'<Sets><Set guid="{G(80)}" name="Ur\u2028ban"><MemberSource targetGUID="{G(20)}"/>'
        "</Set></Sets>"
    )
    report = import_qdpx(project, qdpx(tmp_path, body, {f"{G(20)}.txt": TEXT.encode()}))
    assert sorted(coder.name for coder in project.coders()) == ["Am al", "Amina"]
    assert [project.codebook().path(c.id) for c in project.codebook().walk()] == [
        "Harms31m",
        "Harms31m/Unnamed code",
    ]
    (document,) = project.documents()
    assert document.name == "Liu Interview"
    assert document.attributes == {"city": "Paris", "set: Ur ban": True}
    assert "user name 'Am\\x85al' is now 'Am al'" in report.changed
    assert "code 'Harms\\x9b31m' at the top level is now named 'Harms31m'" in report.changed
    assert "code '\\u200b' under 'Harms31m' is now named 'Unnamed code'" in report.changed
    assert "variable name 'ci\\x7fty' is now 'city'" in report.changed
    assert "document name 'Liu\\nInterview' is now 'Liu Interview'" in report.changed
    assert "set name 'Ur\\u2028ban' is now 'Ur ban'" in report.changed
    assert report.codings == 1


def test_a_merged_project_with_hostile_names_is_cleaned_and_reported(tmp_path: Path) -> None:
    other_path = tmp_path / "coder-b.qcode"
    with Project.create(other_path, coder="Bo") as other:
        (document,) = other.add_documents([ImportedDocument("Interview", TEXT, "i.txt", "text")])
        other.set_attributes(document, {"city": "Paris"})
        other.apply_code(document, "Harms/Fear", 0, 11, create=True)
    # What an older qcode, or someone editing the file by hand, could leave in it.
    with sqlite3.connect(other_path) as conn:
        conn.execute("UPDATE codes SET name = ? WHERE name = 'Fear'", ("Fear\x1b[2J",))
        conn.execute("UPDATE coders SET name = ?", ("Bo\x00",))
        conn.execute("UPDATE documents SET name = ?", ("Inter\rview",))
        conn.execute("UPDATE variables SET name = ?", ("\u200b",))
    conn.close()
    with Project.create(tmp_path / "lead.qcode", coder="Amina") as lead:
        report = merge_project(lead, other_path, backup=False)
        assert [lead.codebook().path(c.id) for c in lead.codebook().walk()] == [
            "Harms",
            "Harms/Fear[2J",
        ]
        assert sorted(c.name for c in lead.coders()) == ["Amina", "Bo"]
        (merged,) = lead.documents()
        assert merged.name == "Inter view"
        assert merged.attributes == {"Unnamed attribute": "Paris"}
        assert lead.codings(coder="Bo")
    details = {(c.kind, c.subject, c.detail) for c in report.conflicts}
    assert details >= {
        ("code", "Fear[2J", "named 'Fear\\x1b[2J' in coder-b.qcode; cleaned to 'Fear[2J'"),
        ("coder", "Bo", "named 'Bo\\x00' in coder-b.qcode; cleaned to 'Bo'"),
        (
            "document",
            "Inter view",
            "named 'Inter\\rview' in coder-b.qcode; cleaned to 'Inter view'",
        ),
        (
            "attribute",
            "Unnamed attribute",
            "named '\\u200b' in coder-b.qcode; cleaned to 'Unnamed attribute'",
        ),
    }
