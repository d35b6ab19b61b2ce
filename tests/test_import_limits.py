"""Hostile and oversized files are refused in seconds and a few megabytes.

Each file is made here (see tests/hostile_files.py), the way the probe made
it: a .docx zip bomb (with an honest header and with one that lies), .odt
tables whose repeat attributes ask for 100 million characters or 20
terabytes, a FIFO and a device named .txt.  Each is imported in a fresh
child process that reports its own peak memory, with the defaults in force,
and through the command line with the project's bytes compared before and
after.  PDFs have their own module, tests/test_import_limits_pdf.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from qcode.errors import QcodeError
from qcode.io import limits
from qcode.io.documents import read_document
from tests.hostile_files import (
    BYTE_LIMIT,
    CHARACTER_LIMIT,
    CHILD_TIMEOUT,
    CONTENT_TYPES,
    DRAWING_LIMIT,
    RELATIONSHIPS,
    REPOSITORY,
    W,
    child_environment,
    cli_refuses,
    lie_about_size,
    refused_quickly,
    repeated_table,
    text_bomb_docx,
    write_docx,
    write_odt,
    write_pdf,
)


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "p.qcode"
    result = subprocess.run(
        [sys.executable, "-m", "qcode", "new", str(path)],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        cwd=REPOSITORY,
        env=child_environment(),
    )
    assert result.returncode == 0, result.stderr
    return path


# --- .docx -------------------------------------------------------------------


def test_docx_zip_bomb_is_refused_by_the_byte_limit(tmp_path: Path) -> None:
    bomb = text_bomb_docx(tmp_path / "bomb.docx", 210)
    assert bomb.stat().st_size < 400_000
    assert refused_quickly(bomb) == f"unpacks to {BYTE_LIMIT}"


def test_docx_zip_bomb_with_a_lying_header_is_stopped_while_unpacking(tmp_path: Path) -> None:
    bomb = text_bomb_docx(tmp_path / "liar.docx", 210)
    lie_about_size(bomb, "word/document.xml", 1000)
    # Whatever stops it (the zip's own size check or the byte count), it
    # stops at once and in little memory, with a one-line message.
    assert refused_quickly(bomb) in (
        "is damaged or not a real .docx file",
        f"unpacks to {BYTE_LIMIT}",
    )


def test_docx_just_under_the_byte_limit_is_refused_by_the_character_limit(
    tmp_path: Path,
) -> None:
    # 150 MB unpacked is within the byte limit; its text is not within the
    # character limit, and is never built whole.
    bomb = text_bomb_docx(tmp_path / "long.docx", 150)
    assert refused_quickly(bomb) == f"expands to {CHARACTER_LIMIT}"


def test_docx_of_millions_of_empty_paragraphs_stops_at_the_limit(tmp_path: Path) -> None:
    # 20 million <w:p/> (120 MB of XML): python-docx built a tree of them
    # all; the stream stops once the 100,000 newlines allowed are used.
    bomb = write_docx(tmp_path / "empty.docx", b"<w:p/>" * 1_000_000, repeat=20)
    problem = refused_quickly(bomb, **{limits.CHARACTERS_VARIABLE: "100000"})
    assert problem.startswith("expands to more than 100,000 characters")


def test_docx_with_a_dtd_is_refused_as_damaged(tmp_path: Path) -> None:
    laughs = (
        b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        b'<w:document xmlns:w="' + W.encode() + b'"><w:body><w:p><w:r><w:t>&b;</w:t>'
        b"</w:r></w:p></w:body></w:document>"
    )
    path = tmp_path / "entities.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", RELATIONSHIPS)
        package.writestr("word/document.xml", laughs)
    with pytest.raises(QcodeError, match=r"^entities\.docx: is damaged or not a real \.docx file$"):
        read_document(path)


# --- .odt ----------------------------------------------------------------------


def test_odt_with_repeated_cells_asking_for_100_million_characters(tmp_path: Path) -> None:
    path = write_odt(tmp_path / "repeat.odt", repeated_table(f"<text:p>{'x' * 100}</text:p>"))
    assert path.stat().st_size < 1000
    assert refused_quickly(path) == f"expands to {CHARACTER_LIMIT}"


def test_odt_with_nested_repeats_asking_for_terabytes(tmp_path: Path) -> None:
    inner = repeated_table(f"<text:p>{'y' * 20}</text:p>")
    path = write_odt(tmp_path / "nested.odt", repeated_table(inner))
    assert path.stat().st_size < 1000
    assert refused_quickly(path) == f"expands to {CHARACTER_LIMIT}"


def test_odt_space_runs_with_huge_counts_are_capped_and_counted(tmp_path: Path) -> None:
    paragraph = f'<text:p>a<text:s text:c="{"9" * 5000}"/>b</text:p>'
    path = write_odt(tmp_path / "spaces.odt", paragraph * 20_000)
    assert refused_quickly(path) == f"expands to {CHARACTER_LIMIT}"
    # One such run on its own is capped at 1,000 spaces, not refused.
    write_odt(path, paragraph)
    assert read_document(path).text == "a" + " " * 1000 + "b"


# --- special files ---------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_named_txt_is_refused_at_once(tmp_path: Path, project_file: Path) -> None:
    fifo = tmp_path / "notes.txt"
    os.mkfifo(fifo)
    # Opening a FIFO to read waits for a writer: this used to hang forever
    # while holding the project's write lock.
    assert refused_quickly(fifo) == "is a named pipe (FIFO), not a regular file"
    assert cli_refuses(project_file, fifo).endswith("is a named pipe (FIFO), not a regular file")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_symlink_to_dev_zero_named_txt_is_refused(tmp_path: Path, project_file: Path) -> None:
    link = tmp_path / "endless.txt"
    link.symlink_to("/dev/zero")
    assert refused_quickly(link) == "is a device, not a regular file"
    assert cli_refuses(project_file, link).endswith("is a device, not a regular file")


# --- the command line, end to end ----------------------------------------------


def test_cli_refusals_leave_the_project_byte_identical(tmp_path: Path, project_file: Path) -> None:
    bomb = text_bomb_docx(tmp_path / "bomb.docx", 210)
    odt = write_odt(tmp_path / "table.odt", repeated_table(f"<text:p>{'x' * 100}</text:p>"))
    pdf = write_pdf(tmp_path / "drawing.pdf", b"q Q\n" * 15_000_000)
    error = "qcode: error:"
    assert cli_refuses(project_file, bomb) == f"{error} bomb.docx: unpacks to {BYTE_LIMIT}"
    assert cli_refuses(project_file, odt) == f"{error} table.odt: expands to {CHARACTER_LIMIT}"
    assert cli_refuses(project_file, pdf) == f"{error} drawing.pdf: {DRAWING_LIMIT}"


# --- the limits are settings -------------------------------------------------------


def test_limits_are_read_from_the_environment_at_each_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Witness: " + "word " * 400, encoding="utf-8")  # 2,009 characters
    assert len(read_document(path).text) == 2008
    monkeypatch.setenv(limits.CHARACTERS_VARIABLE, "2_000")
    with pytest.raises(QcodeError) as caught:
        read_document(path)
    assert str(caught.value) == (
        "note.txt: has more than 2,000 characters (the limit for one document; "
        "set QCODE_MAX_DOCUMENT_CHARACTERS to allow more)"
    )
    monkeypatch.setenv(limits.CHARACTERS_VARIABLE, "")
    monkeypatch.setenv(limits.BYTES_VARIABLE, "1000")
    with pytest.raises(QcodeError) as caught:
        read_document(path)
    assert str(caught.value) == (
        "note.txt: is larger than 1,000 bytes (the limit for one import; "
        "set QCODE_MAX_IMPORT_BYTES to allow more)"
    )


@pytest.mark.parametrize("value", ["lots", "-5", "0", "1e9", "9" * 5000])
def test_a_setting_that_is_not_a_number_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Witness: hello", encoding="utf-8")
    monkeypatch.setenv(limits.BYTES_VARIABLE, value)
    with pytest.raises(QcodeError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith("QCODE_MAX_IMPORT_BYTES must be") and "\n" not in message
    assert len(message) < 200


def test_a_text_file_four_times_the_character_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(limits.CHARACTERS_VARIABLE, "1000")
    path = tmp_path / "long.txt"
    # Read, these bytes would be "binary data"; they are never read.
    path.write_bytes(b"\x00\x01" * 2005)
    with pytest.raises(QcodeError, match=r"^long\.txt: has more than 1,000 characters"):
        read_document(path)
    path.write_bytes(b"\x00\x01" * 2002)  # 4,004 bytes could be 1,000 characters
    with pytest.raises(QcodeError, match=r"^long\.txt: does not look like text"):
        read_document(path)
